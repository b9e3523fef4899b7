"""Scale out on Dask: map the analysis over a ``dask.bag.Bag`` of records.

Each partition is analyzed by :func:`~newskit.corpus.partition.analyze_partition`, whose
pipeline is cached per worker process: a worker builds it once, on its first partition,
and reuses it for every later one. Records are dicts (``{"id", "text", "published", …}``)
or strings; the results are the same output records the CLI writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newskit.corpus.partition import analyze_partition, partition_settings
from newskit.corpus.readers import ReadOptions
from newskit.corpus.records import PipelineSpec

__all__ = ["analyze_bag"]


def analyze_bag(
    bag: Any,
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
    """A bag of output records, one per record of ``bag``, in the same order.

    :param bag: a ``dask.bag.Bag`` of dicts or strings.
    :param disable: plugin names not to load; ``plugins``: extra plugin modules to load.
    :param timeout: seconds per record before it becomes an error record.
    :param settings: pipeline settings (``{"entities.backend": "rules"}``…).
    :param text_field: the key holding the text (likewise ``id_field``, ``published_field``).
    :returns: a lazy ``dask.bag.Bag``; ``.compute()`` runs it. A record without an id gets
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
    import dask
    import dask.bag

    parts = [
        dask.delayed(_partition, pure=True)(part, spec, options, number)
        for number, part in enumerate(bag.to_delayed())
    ]
    return dask.bag.from_delayed(parts)


def _partition(
    rows: Iterable[Any], spec: PipelineSpec, options: ReadOptions, number: int
) -> list[dict[str, Any]]:
    return list(analyze_partition(rows, spec, options, label=f"record:{number}"))
