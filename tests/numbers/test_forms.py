"""Ratios, scores, heights, bare francs and "second(e)": read as cases.py says, and no
false quantity from the look-alikes (dates, identifiers, law references, units of time)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit_numbers import find_quantities

from .cases import (
    FRANCS,
    HEIGHTS,
    NEGATIVE_FORMS,
    RATIO_NOT_JOINED,
    RATIOS,
    SCORES,
    SECOND_ORDINALS,
)

_FIELDS = ("sentence", "surface", "value", "unit", "approximate", "kind")


def _only(sentence: str, lang: str = "fr"):
    found = find_quantities(sentence, lang=lang)
    assert len(found) == 1, [(q.text, q.value, q.unit) for q in found]
    quantity = found[0]
    return (
        quantity.text,
        quantity.value,
        quantity.unit,
        quantity.approximate,
        quantity.kind.value,
    )


@pytest.mark.parametrize(_FIELDS, RATIOS)
def test_ratio_is_the_proportion_of_what_it_counts(
    sentence, surface, value, unit, approximate, kind
):
    assert _only(sentence) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize(_FIELDS, SCORES)
def test_score_keeps_the_mark_and_names_the_scale(
    sentence, surface, value, unit, approximate, kind
):
    assert _only(sentence) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize(_FIELDS, HEIGHTS)
def test_height_in_metres_and_centimetres(sentence, surface, value, unit, approximate, kind):
    assert _only(sentence) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize(_FIELDS, FRANCS)
def test_francs_are_money(sentence, surface, value, unit, approximate, kind):
    assert _only(sentence) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize(_FIELDS, SECOND_ORDINALS)
def test_second_is_an_ordinal_in_context(sentence, surface, value, unit, approximate, kind):
    assert _only(sentence) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize("sentence", NEGATIVE_FORMS)
def test_look_alikes_give_no_quantity(sentence):
    assert [(q.text, q.value) for q in find_quantities(sentence)] == []


@pytest.mark.parametrize(("sentence", "expected"), RATIO_NOT_JOINED)
def test_sur_as_a_preposition_joins_nothing(sentence, expected):
    found = [(q.text, q.value, q.unit) for q in find_quantities(sentence)]
    assert found == [(text, Decimal(value), unit) for text, value, unit in expected]


@pytest.mark.parametrize(
    ("lang", "code"),
    [("fr", "FRF"), ("fr_CH", "CHF"), ("fr_BE", "BEF"), ("fr_SN", "XOF"), ("fr_CM", "XAF")],
)
def test_bare_francs_are_the_franc_of_the_locale_country(lang, code):
    assert _only("Il a payé 500 francs.", lang=lang)[2] == code


def test_bare_francs_stay_a_count_where_no_franc_was_used():
    assert _only("Il a payé 500 francs.", lang="fr_CA")[2] == "francs"


def test_francs_tireurs_are_counted_not_money():
    assert _only("Il a payé 300 francs-tireurs.")[1:3] == (Decimal(300), "francs-tireurs")


def test_more_than_one_in_two_is_a_bounded_ratio():
    [quantity] = find_quantities("Plus d’un électeur sur deux s’est abstenu.")
    assert (quantity.text, quantity.value, quantity.bound, quantity.lower) == (
        "Plus d’un électeur sur deux",
        Decimal("0.5"),
        "more_than",
        Decimal("0.5"),
    )


def test_range_of_scores_keeps_the_scale():
    [quantity] = find_quantities("Les notes vont de 12/20 à 15/20.")
    assert (quantity.lower, quantity.upper, quantity.unit) == (Decimal(12), Decimal(15), "/20")


def test_a_fraction_without_a_mark_word_stays_a_fraction():
    assert _only("Il a lu 3/4 du livre.")[:3] == ("3/4", Decimal("0.75"), None)


def test_a_ratio_inside_a_date_given_by_the_host_is_dropped():
    text = "Un sur trois mai."
    assert find_quantities(text, skip=[(0, len(text))]) == []


def test_minutes_and_seconds_are_no_height():
    found = find_quantities("Il a bouclé le tour en 2 m 30 s.")
    assert Decimal("2.3") not in [q.value for q in found]
