"""The finder sets the fields of its quantities directly (:func:`.finder._quantity`);
the constructor, with its converters and checks, must accept every one of them and make
an equal quantity, and the constructor's way must give the same results.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from newskit.types import Quantity, QuantityKind
from newskit_numbers import find_quantities, finder

from .cases import BOUNDS, FRANCS, HEIGHTS, MULTIPLIERS_AND_ORDINALS, POSITIVE, RATIOS, SCORES
from .test_fast_paths import _TEXTS

ROOT = Path(__file__).resolve().parents[2]
_GOLDEN = json.loads((Path(__file__).parent / "data" / "golden.json").read_text(encoding="utf-8"))
_ARTICLES = [a["text"] for a in _GOLDEN["articles"]]
_SENTENCES = [row[0] for table in (POSITIVE, BOUNDS, MULTIPLIERS_AND_ORDINALS) for row in table]
_SENTENCES += [row[0] for table in (RATIOS, SCORES, HEIGHTS, FRANCS) for row in table]
_SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _assert_as_constructed(text: str) -> int:
    """Every quantity of ``text`` is one the constructor accepts, equal to its own."""
    found = find_quantities(text)
    for q in found:
        assert type(q.start) is int
        assert type(q.end) is int
        assert text[q.start : q.end] == q.text
        assert type(q.kind) is QuantityKind
        for value in (q.value, q.lower, q.upper):
            assert value is None or type(value) is Decimal
        rebuilt = Quantity(**{name: getattr(q, name) for name in finder._FIELDS})
        assert rebuilt == q
        assert repr(rebuilt) == repr(q)
        assert hash(rebuilt) == hash(q)
    return len(found)


@pytest.mark.parametrize("text", _SEEDS + _ARTICLES, ids=lambda t: t[:30])
def test_article_quantities_are_those_of_the_constructor(text):
    assert _assert_as_constructed(text) > 0


def test_example_sentences_give_quantities_the_constructor_accepts():
    assert sum(_assert_as_constructed(sentence) for sentence in _SENTENCES) > len(_SENTENCES) / 2


@settings(max_examples=300)
@given(_TEXTS)
def test_any_text_gives_quantities_the_constructor_accepts(text):
    _assert_as_constructed(text)


def test_quantities_are_frozen_as_constructed_ones():
    quantity = find_quantities("environ 1 000 personnes")[0]
    with pytest.raises(AttributeError):
        quantity.value = Decimal(2)  # type: ignore[misc]


def test_direct_fields_are_exactly_those_of_quantity():
    """If the core's Quantity changes its fields, the finder uses the constructor again."""
    if tuple(f.name for f in attrs.fields(Quantity)) != finder._FIELDS:
        assert not finder._DIRECT


def test_constructor_way_gives_the_same_quantities(monkeypatch):
    direct = [find_quantities(text) for text in _SEEDS + _ARTICLES + _SENTENCES]
    monkeypatch.setattr(finder, "_DIRECT", False)
    constructed = [find_quantities(text) for text in _SEEDS + _ARTICLES + _SENTENCES]
    assert [[repr(q) for q in found] for found in constructed] == [
        [repr(q) for q in found] for found in direct
    ]
