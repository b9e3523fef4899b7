"""The Arrow schema of an output record: nested, typed, the same for every batch of a run.

Inferring the schema from the data would differ from batch to batch (a batch without any
claim has no claim type to infer), so it is written out here, following
:mod:`newskit.types`; a test checks it against the types' fields. Decimal values stay
strings, as in JSON, so that no digit is lost; dates are ISO strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

__all__ = ["article_fields", "record_schema", "to_arrow_row"]


@cache
def article_fields() -> tuple[Any, ...]:
    """The Arrow fields of the article part of a record, in :data:`ARTICLE_KEYS` order."""
    import pyarrow as pa

    span = [
        pa.field("start", pa.int64()),
        pa.field("end", pa.int64()),
        pa.field("text", pa.string()),
    ]
    mention = pa.struct([*span, pa.field("label", pa.string())])
    date = pa.struct(
        [
            *span,
            *(
                pa.field(name, pa.string())
                for name in (
                    "type",
                    "value",
                    "mod",
                    "anchor",
                    "anchor_value",
                    "begin",
                    "until",
                    "quant",
                    "freq",
                )
            ),
        ]
    )
    quantity = pa.struct(
        [
            *span,
            pa.field("value", pa.string()),
            pa.field("unit", pa.string()),
            pa.field("approximate", pa.bool_()),
            pa.field("kind", pa.string()),
            pa.field("lower", pa.string()),
            pa.field("upper", pa.string()),
            pa.field("bound", pa.string()),
        ]
    )
    entity = pa.struct(
        [
            pa.field("name", pa.string()),
            pa.field("label", pa.string()),
            pa.field("mentions", pa.list_(mention)),
        ]
    )
    claim = pa.struct(
        [
            *span,
            pa.field("kind", pa.string()),
            pa.field("cue", mention),
            pa.field("source", entity),
            pa.field("source_mention", mention),
            pa.field("source_resolved", pa.bool_()),
            pa.field("dates", pa.list_(date)),
            pa.field("quantities", pa.list_(quantity)),
        ]
    )
    boilerplate = pa.struct([*span, pa.field("reason", pa.string())])
    return (
        pa.field("newskit", pa.string()),
        pa.field("text", pa.string()),
        pa.field("raw", pa.string()),
        pa.field("title", pa.string()),
        pa.field("published", pa.string()),
        pa.field("lang", pa.string()),
        pa.field("dates", pa.list_(date)),
        pa.field("quantities", pa.list_(quantity)),
        pa.field("entities", pa.list_(entity)),
        pa.field("claims", pa.list_(claim)),
        pa.field("boilerplate", pa.list_(boilerplate)),
        pa.field("offsets", pa.list_(pa.list_(pa.int64()))),
        pa.field("metadata", pa.map_(pa.string(), pa.string())),
        pa.field("anchor", pa.string()),
    )


def record_schema(kept: Iterable[str]) -> Any:
    """The schema of a run's records: ``id``, the kept input fields, the article, ``error``.

    Ids and kept fields are strings (a non-string value is written as JSON), since an
    input's fields carry no declared type.
    """
    import pyarrow as pa

    error = pa.struct([pa.field("type", pa.string()), pa.field("message", pa.string())])
    return pa.schema(
        [
            pa.field("id", pa.string()),
            *(pa.field(name, pa.string()) for name in kept),
            *article_fields(),
            pa.field("error", error),
        ]
    )


def to_arrow_row(record: Mapping[str, Any], kept: Iterable[str]) -> dict[str, Any]:
    """The record with its id and kept fields as strings, its metadata as key/value pairs."""
    row = dict(record)
    row["id"] = _as_string(record.get("id"))
    for name in kept:
        row[name] = _as_string(record.get(name))
    if isinstance(row.get("metadata"), Mapping):
        row["metadata"] = list(row["metadata"].items())
    return row


def _as_string(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
