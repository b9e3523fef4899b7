"""The seed article, through a pipeline holding only this plugin."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import newskit
import newskit_numbers
from newskit.testing import assert_spans_aligned, pipeline_with

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
# The project keeps its own copy of the analyst's expectations beside the acceptance test.
EXPECTED = ROOT / "tests" / "acceptance" / "seed-expected.json"


@pytest.fixture(scope="module")
def article() -> newskit.Article:
    return pipeline_with(newskit_numbers).analyze(SEED.read_text(encoding="utf-8"))


def _covering(article: newskit.Article, surface: str) -> newskit.Quantity:
    matches = [q for q in article.quantities if surface in q.text]
    assert matches, f"no quantity covers {surface!r}"
    return matches[0]


def test_seed_environ_1000_personnes_is_approximate(article):
    quantity = _covering(article, "environ 1 000 personnes")
    assert (quantity.value, quantity.unit, quantity.approximate, quantity.kind) == (
        Decimal(1000), "personnes", True, newskit.QuantityKind.COUNT,
    )  # fmt: skip


def test_seed_18_agents_de_securite(article):
    quantity = _covering(article, "18 agents")
    assert (quantity.value, quantity.unit, quantity.approximate) == (
        Decimal(18),
        "agents de sécurité",
        False,
    )


def test_seed_double_premier_premiere(article):
    kinds = {(q.text, q.value, q.kind.value) for q in article.quantities}
    assert ("double", Decimal(2), "multiplier") in kinds
    assert ("premier", Decimal(1), "ordinal") in kinds
    assert ("première", Decimal(1), "ordinal") in kinds


def test_seed_day_numbers_and_year_are_not_quantities(article):
    for quantity in article.quantities:
        assert quantity.value not in (Decimal(5), Decimal(7), Decimal(19), Decimal(2022)), quantity
    assert len(article.quantities) == 5


def test_seed_spans_are_aligned(article):
    assert_spans_aligned(article)


def test_seed_meets_the_shared_acceptance_file(article):
    spec = json.loads(EXPECTED.read_text(encoding="utf-8"))["quantities"]
    for item in spec["must"]:
        quantity = _covering(article, item["text"])
        assert (str(quantity.value), quantity.unit, quantity.approximate) == (
            item["value"], item["unit"], item["approximate"],
        )  # fmt: skip


def test_host_dates_are_skipped():
    text = "Le 5 janvier, 300 personnes ont manifesté."
    date = newskit.TimeExpression.of(text, 3, 12, type="DATE", value="XXXX-01-05")
    found = newskit_numbers.newskit_find_quantities(
        text=text, lang="fr", dates=(date,), pipeline=None
    )
    assert [(q.text, q.value) for q in found] == [("300 personnes", Decimal(300))]


def test_a_number_the_host_calls_a_date_is_skipped():
    text = "Il reste 48 heures."
    duration = newskit.TimeExpression.of(text, 9, 18, type="DURATION", value="PT48H")
    assert newskit_numbers.find_quantities(text, skip=(duration,)) == []
    assert [q.value for q in newskit_numbers.find_quantities(text)] == [Decimal(48)]
