"""DataFrame tables: one row per article, exploded dates, quantities, entities, mentions, claims."""

from __future__ import annotations

from decimal import Decimal

import pytest

import newskit
from newskit.dataframe import TABLES, to_dataframe, to_dataframes, to_records
from newskit.testing import pipeline_with
from newskit.types import Claim, Entity, Mention, Quantity, TimeExpression

TEXT = "Titre\n\nLe 5 janvier 2022, Tokayev a déclaré que 18 agents étaient morts."


class Everything:
    """One of each annotation, at known offsets of TEXT."""

    @newskit.hookimpl
    def newskit_find_dates(self, text):
        return [TimeExpression.of(text, 10, 24, type="DATE", value="2022-01-05")]

    @newskit.hookimpl
    def newskit_find_quantities(self, text):
        return [Quantity.of(text, 48, 50, value=Decimal("18"), unit="agents", kind="count")]

    @newskit.hookimpl
    def newskit_find_entities(self, text):
        return [
            Entity(name="Tokayev", label="PER", mentions=[Mention.of(text, 26, 33, label="PER")])
        ]

    @newskit.hookimpl
    def newskit_find_claims(self, text, entities):
        return [
            Claim.of(
                text, 44, len(text) - 1, kind="indirect", cue=Mention.of(text, 34, 43),
                source=entities[0], source_mention=entities[0].mentions[0],
            )
        ]  # fmt: skip


@pytest.fixture(scope="module")
def article():
    return pipeline_with(Everything()).analyze(
        TEXT, published="2022-01-10", metadata={"site": "x.fr"}
    )


def test_every_table_has_one_row_per_annotation_joined_by_article_id(article):
    tables = to_records([article, {"id": "k", **article.to_dict()}])
    assert tuple(tables) == TABLES
    assert [row["article_id"] for row in tables["articles"]] == [0, "k"]
    assert {name: len(rows) for name, rows in tables.items()} == {
        "articles": 2, "dates": 2, "quantities": 2, "entities": 2, "mentions": 2, "claims": 2,
    }  # fmt: skip


def test_rows_are_flat_and_values_exact(article):
    tables = to_records([article])
    assert tables["dates"][0]["value"] == "2022-01-05"
    quantity = tables["quantities"][0]
    assert (quantity["value"], quantity["value_float"], quantity["unit"]) == ("18", 18.0, "agents")
    assert tables["mentions"][0]["name"] == "Tokayev"
    claim = tables["claims"][0]
    assert (claim["source"], claim["cue"], claim["kind"], claim["quantities"]) == (
        "Tokayev",
        "a déclaré",
        "indirect",
        1,
    )
    row = tables["articles"][0]
    assert (row["title"], row["published"], row["metadata_site"], row["claims"]) == (
        "Titre",
        "2022-01-10",
        "x.fr",
        1,
    )


def test_error_records_become_article_rows_with_the_error():
    tables = to_records(
        [{"id": 3, "error": {"type": "EmptyInputError", "message": "input is empty"}}]
    )
    assert tables["articles"][0]["error_type"] == "EmptyInputError"
    assert tables["articles"][0]["text"] is None
    assert tables["dates"] == []


def test_dataframes_have_their_columns_even_when_empty(article):
    frames = to_dataframes([article])
    assert frames["articles"].loc[0, "metadata_site"] == "x.fr"
    empty = to_dataframes([])
    assert list(empty["quantities"].columns)[:4] == ["article_id", "start", "end", "text"]
    assert len(to_dataframe([article, article])) == 2


def test_anything_else_is_a_type_error():
    with pytest.raises(TypeError, match="expected an Article"):
        to_records([42])
