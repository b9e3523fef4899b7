"""Tables for analysis: one row per article, and exploded tables of dates, quantities,
entities, mentions and claims, ready for pandas, DuckDB or Spark.

Every table carries ``article_id`` (the record's ``id``, else its position in the input)
so that tables join back to the articles. Values stay exact: a quantity's ``value`` is the
Decimal as a string, with ``value_float`` beside it for arithmetic. Inputs may be
:class:`~newskit.Article` objects, their :meth:`~newskit.Article.to_dict` data, or the
records of ``newskit analyze`` (error records become article rows with ``error_type``).

>>> import newskit
>>> from newskit.dataframe import to_records
>>> article = newskit.Pipeline(load_entry_points=False).analyze("Titre\\n\\nUn texte.")
>>> tables = to_records([article])
>>> tables["articles"][0]["title"], sorted(tables)
('Titre', ['articles', 'claims', 'dates', 'entities', 'mentions', 'quantities'])
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["TABLES", "to_dataframe", "to_dataframes", "to_records"]

#: The tables :func:`to_records` returns, in this order.
TABLES = ("articles", "dates", "quantities", "entities", "mentions", "claims")

_SPAN = ("start", "end", "text")
_DATE = (
    *_SPAN,
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
_QUANTITY = (*_SPAN, "value", "unit", "approximate", "kind", "lower", "upper", "bound")


def to_records(articles: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """The six tables of ``newskit.dataframe.TABLES`` as lists of flat rows (plain dicts)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for name, rows in _tables(articles).items():
        tables[name] = [{key: _plain(value) for key, value in row.items()} for row in rows]
    return tables


def _plain(value: Any) -> Any:
    # An Article's dict holds its enums (str subclasses); tables want plain strings.
    return value.value if isinstance(value, enum.Enum) else value


def _tables(articles: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for position, item in enumerate(articles):
        data = _as_dict(item)
        article_id = data.get("id", position)
        tables["articles"].append(_article_row(article_id, data))
        for date in data.get("dates") or ():
            tables["dates"].append({"article_id": article_id, **{k: date.get(k) for k in _DATE}})
        for quantity in data.get("quantities") or ():
            tables["quantities"].append(_quantity_row(article_id, quantity))
        for index, entity in enumerate(data.get("entities") or ()):
            mentions = entity.get("mentions") or ()
            tables["entities"].append(
                {
                    "article_id": article_id,
                    "entity": index,
                    "name": entity["name"],
                    "label": entity["label"],
                    "mentions": len(mentions),
                    "first_start": mentions[0]["start"] if mentions else None,
                }
            )
            for mention in mentions:
                tables["mentions"].append(
                    {
                        "article_id": article_id,
                        "entity": index,
                        "name": entity["name"],
                        "label": entity["label"],
                        **{k: mention.get(k) for k in _SPAN},
                    }
                )
        for index, claim in enumerate(data.get("claims") or ()):
            tables["claims"].append(_claim_row(article_id, index, claim))
    return tables


def to_dataframes(articles: Iterable[Any]) -> dict[str, Any]:
    """The tables of :func:`to_records` as pandas DataFrames (columns even when empty)."""
    import pandas as pd

    frames = {}
    for name, rows in to_records(articles).items():
        fixed = _columns()[name]
        extra = sorted({key for row in rows for key in row} - set(fixed))  # metadata_* columns
        frames[name] = pd.DataFrame(rows, columns=[*fixed, *extra])
    return frames


def to_dataframe(articles: Iterable[Any]) -> Any:
    """One row per article: the ``articles`` table of :func:`to_dataframes`."""
    return to_dataframes(articles)["articles"]


def _as_dict(item: Any) -> Mapping[str, Any]:
    if isinstance(item, Mapping):
        return item
    to_dict = getattr(item, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"expected an Article or its dict, not {type(item).__name__}")
    return to_dict()


def _article_row(article_id: Any, data: Mapping[str, Any]) -> dict[str, Any]:
    error = data.get("error") or {}
    row = {
        "article_id": article_id,
        "title": data.get("title"),
        "published": data.get("published"),
        "anchor": data.get("anchor"),
        "lang": data.get("lang"),
        "newskit": data.get("newskit"),
        "text": data.get("text"),
        "chars": len(data["text"]) if data.get("text") is not None else None,
        "dates": len(data.get("dates") or ()),
        "quantities": len(data.get("quantities") or ()),
        "entities": len(data.get("entities") or ()),
        "claims": len(data.get("claims") or ()),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
    }
    for key, value in sorted((data.get("metadata") or {}).items()):
        row[f"metadata_{key}"] = value
    return row


def _quantity_row(article_id: Any, quantity: Mapping[str, Any]) -> dict[str, Any]:
    row = {"article_id": article_id, **{k: quantity.get(k) for k in _QUANTITY}}
    value = quantity.get("value")
    row["value"] = None if value is None else str(value)
    row["value_float"] = None if value is None else float(value)
    for bound in ("lower", "upper"):
        row[bound] = None if row[bound] is None else str(row[bound])
    return row


def _claim_row(article_id: Any, index: int, claim: Mapping[str, Any]) -> dict[str, Any]:
    source = claim.get("source") or {}
    cue = claim.get("cue") or {}
    source_mention = claim.get("source_mention") or {}
    return {
        "article_id": article_id,
        "claim": index,
        **{k: claim.get(k) for k in _SPAN},
        "kind": claim.get("kind"),
        "cue": cue.get("text"),
        "source": source.get("name"),
        "source_label": source.get("label"),
        "source_mention": source_mention.get("text"),
        "source_resolved": claim.get("source_resolved"),
        "dates": len(claim.get("dates") or ()),
        "quantities": len(claim.get("quantities") or ()),
    }


def _columns() -> dict[str, list[str]]:
    article = [
        "article_id",
        "title",
        "published",
        "anchor",
        "lang",
        "newskit",
        "text",
        "chars",
        "dates",
        "quantities",
        "entities",
        "claims",
        "error_type",
        "error_message",
    ]
    claim = [
        "kind",
        "cue",
        "source",
        "source_label",
        "source_mention",
        "source_resolved",
        "dates",
        "quantities",
    ]
    return {
        "articles": article,
        "dates": ["article_id", *_DATE],
        "quantities": ["article_id", *_QUANTITY, "value_float"],
        "entities": ["article_id", "entity", "name", "label", "mentions", "first_start"],
        "mentions": ["article_id", "entity", "name", "label", *_SPAN],
        "claims": ["article_id", "claim", *_SPAN, *claim],
    }
