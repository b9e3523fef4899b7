"""Analyze a partition of records (dicts or strings): the function Dask and Spark map.

The pipeline is built once per process (:func:`~newskit.corpus.records.pipeline_for`
caches it), so a worker that handles many partitions builds it once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newskit.corpus.readers import ReadOptions, _table_record
from newskit.corpus.records import InputRecord, PipelineSpec, analyze_record

__all__ = ["analyze_partition", "partition_settings", "to_input_records"]


def partition_settings(
    *,
    disable: Iterable[str] = (),
    plugins: Iterable[str] = (),
    lang: str = "fr",
    timeout: float | None = None,
    settings: Mapping[str, Any] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    published_field: str = "published",
    published: str | None = None,
    metadata: Mapping[str, str] | None = None,
) -> tuple[PipelineSpec, ReadOptions]:
    """The picklable pipeline spec and read options that :func:`analyze_partition` takes,
    from the keywords of :func:`~newskit.corpus.dask.analyze_bag` and
    :func:`~newskit.corpus.spark.analyze_rdd` (records are dicts, read like JSONL rows)."""
    spec = PipelineSpec(
        disable=tuple(disable),
        plugins=tuple(plugins),
        lang=lang,
        timeout=timeout,
        settings=dict(settings or {}),
    )
    options = ReadOptions(
        input_format="jsonl",
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        published=published,
        metadata=dict(metadata or {}),
    )
    return spec, options


def to_input_records(
    rows: Iterable[Any], options: ReadOptions, *, start: int = 0, label: str = "record"
) -> Iterator[InputRecord]:
    """Input records from dicts (keys as in JSONL input), Spark ``Row`` objects or strings.

    A row without an id gets ``<label>:<n>``, ``n`` counting from ``start`` + 1.
    """
    for number, row in enumerate(rows, start=start + 1):
        if isinstance(row, str | bytes):
            yield InputRecord(
                id=f"{label}:{number}",
                source=row,
                published=options.published,
                metadata=options.metadata,
            )
            continue
        if hasattr(row, "asDict"):  # a pyspark.sql.Row
            row = row.asDict()
        if not isinstance(row, Mapping):
            row = TypeError(f"a record must be a dict or a string, not {type(row).__name__}")
        yield _table_record(
            label, number, row if isinstance(row, BaseException) else dict(row), options
        )


def analyze_partition(
    rows: Iterable[Any],
    spec: PipelineSpec | None = None,
    options: ReadOptions | None = None,
    *,
    start: int = 0,
    label: str = "record",
) -> Iterator[dict[str, Any]]:
    """The output record of every row, in order; bad rows become error records.

    >>> from newskit.corpus import PipelineSpec, analyze_partition
    >>> spec = PipelineSpec(disable=["html", "boilerplate", "dates_fr", "numbers", "entities", "claims"])
    >>> [r["id"] for r in analyze_partition([{"id": 7, "text": "Un texte."}, {"id": 8}], spec)]
    [7, 8]
    """
    spec = spec or PipelineSpec()
    options = options or ReadOptions()
    for record in to_input_records(rows, options, start=start, label=label):
        yield analyze_record(record, spec)
