"""JSON for articles: one converter, a stable record layout, and its published JSON Schema.

A record is the :class:`~newskit.types.Article` as a JSON object with a ``newskit``
stamp (the version that wrote it). Decimals are written as strings so that no digit is
lost; dates as ISO 8601 strings; enums as their values; ``None`` fields are kept, so every
record has the same keys (good for DataFrames and for the schema).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import cattrs

from newskit.errors import SerializationError
from newskit.types import Article, OffsetMap

__all__ = [
    "SCHEMA_ID",
    "article_from_dict",
    "article_from_json",
    "article_to_dict",
    "article_to_json",
    "converter",
    "json_schema",
]

SCHEMA_ID = "https://newskit.readthedocs.io/schema/article-1.json"


@cache
def converter() -> cattrs.Converter:
    """The cattrs converter that defines newskit's JSON layout."""
    conv = cattrs.Converter(forbid_extra_keys=False)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, lambda value, _: Decimal(str(value)))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    conv.register_unstructure_hook(OffsetMap, lambda m: [list(s) for s in m.segments])
    conv.register_structure_hook(OffsetMap, lambda value, _: OffsetMap(value))
    return conv


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as JSON-ready data, stamped with the newskit version."""
    data: dict[str, Any] = converter().unstructure(article)
    return {"newskit": article.version, **{k: v for k, v in data.items() if k != "version"}}


def article_to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as one JSON document (one line unless ``indent`` is given)."""
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent, sort_keys=False)


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from :func:`article_to_dict` data.

    :raises SerializationError: the data is not a newskit record.
    """
    if not isinstance(data, dict) or "text" not in data or "raw" not in data:
        raise SerializationError("not a newskit article record (needs at least 'text' and 'raw')")
    fields = {k: v for k, v in data.items() if k != "newskit"}
    fields["version"] = data.get("newskit", "")
    try:
        return converter().structure(fields, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        raise SerializationError(f"invalid newskit article record: {_describe(error)}") from error


def article_from_json(document: str | bytes) -> Article:
    """Rebuild an article from :func:`article_to_json` output.

    :raises SerializationError: not JSON, or not a newskit record.
    """
    try:
        data = json.loads(document)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise SerializationError(f"not JSON: {error}") from error
    return article_from_dict(data)


def _describe(error: BaseException) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(error)) or str(error)
    return str(error)


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a newskit record, as shipped in the package."""
    text = resources.files("newskit").joinpath("schema/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
