"""Scale out on Spark: map the analysis over the partitions of an RDD.

The pipeline is built inside the partition, in the Python worker, and cached there
(:func:`~newskit.corpus.records.pipeline_for`): Spark reuses its Python workers, so each
builds it once. Rows are dicts, ``pyspark.sql.Row`` objects (``spark.read.json(...).rdd``)
or strings; the results are the output records of ``newskit analyze``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from newskit.corpus.partition import analyze_partition, partition_settings
from newskit.corpus.readers import ReadOptions
from newskit.corpus.records import PipelineSpec

__all__ = ["analyze_rdd"]


def analyze_rdd(
    rdd: Any,
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
) -> Any:
    """An RDD of output records (dicts), one per row of ``rdd``, partition by partition.

    The keywords are those of :func:`~newskit.corpus.dask.analyze_bag`. A row without an id gets
    ``record:<partition>:<n>``.
    """
    spec, options = partition_settings(
        disable=disable,
        plugins=plugins,
        lang=lang,
        timeout=timeout,
        settings=settings,
        text_field=text_field,
        id_field=id_field,
        published_field=published_field,
        published=published,
        metadata=metadata,
    )
    return rdd.mapPartitionsWithIndex(_Partition(spec, options))


class _Partition:
    """The function Spark ships to its workers: picklable, holding only the settings."""

    def __init__(self, spec: PipelineSpec, options: ReadOptions) -> None:
        self.spec = spec
        self.options = options

    def __call__(self, index: int, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
        return analyze_partition(rows, self.spec, self.options, label=f"record:{index}")
