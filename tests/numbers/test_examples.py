"""The example tables of cases.py, read by find_quantities directly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit_numbers import find_quantities

from .cases import BOUNDS, MULTIPLIERS_AND_ORDINALS, NEGATIVE, POSITIVE


def _only(sentence: str):
    found = find_quantities(sentence)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


@pytest.mark.parametrize(("sentence", "surface", "value", "unit", "approximate", "kind"), POSITIVE)
def test_sentence_gives_its_quantity(sentence, surface, value, unit, approximate, kind):
    if surface is None:
        assert find_quantities(sentence) == []
        return
    quantity = _only(sentence)
    assert (
        quantity.text,
        quantity.value,
        quantity.unit,
        quantity.approximate,
        quantity.kind.value,
    ) == (surface, Decimal(value), unit, approximate, kind)


@pytest.mark.parametrize(("sentence", "surface", "value", "lower", "upper", "bound"), BOUNDS)
def test_bounds_and_ranges_are_read(sentence, surface, value, lower, upper, bound):
    quantity = _only(sentence)
    as_decimal = lambda v: None if v is None else Decimal(v)  # noqa: E731
    assert (quantity.text, quantity.value, quantity.lower, quantity.upper, quantity.bound) == (
        surface,
        as_decimal(value),
        as_decimal(lower),
        as_decimal(upper),
        bound,
    )


@pytest.mark.parametrize(("sentence", "surface", "value", "kind"), MULTIPLIERS_AND_ORDINALS)
def test_multipliers_and_ordinals_are_not_counts(sentence, surface, value, kind):
    quantity = _only(sentence)
    assert (quantity.text, quantity.value, quantity.kind.value) == (surface, Decimal(value), kind)
    if kind == "multiplier":
        assert quantity.unit == "×"


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_quantity_in_dates_phones_identifiers(sentence):
    assert [(q.text, q.value) for q in find_quantities(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Un mort et deux blessés ont été signalés.",
            [("Un mort", 1, "mort"), ("deux blessés", 2, "blessés")],
        ),
        ("Deux morts et un blessé.", [("Deux morts", 2, "morts"), ("un blessé", 1, "blessé")]),
        (
            "Trois morts, et une blessée grave.",
            [("Trois morts", 3, "morts"), ("une blessée", 1, "blessée")],
        ),
    ],
)
def test_un_counts_when_coordinated_with_a_count(sentence, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(sentence)] == expected


def test_a_change_is_two_values_and_the_start_borrows_the_unit():
    found = find_quantities("Le chômage est passé de 8 à 7 %.")
    assert [(q.text, q.value, q.unit) for q in found] == [("8", 8, "%"), ("7 %", 7, "%")]
    found = find_quantities("Le taux passe de 1,5 % à 2 %.")
    assert [(q.value, q.lower) for q in found] == [(Decimal("1.5"), None), (2, None)]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Un séisme de magnitude 5,4 frappe le sud du pays.", "5,4"),
        # "Neuf personnes sur 10 approuvent" is now one ratio (test_proportions.py).
        ("Sur cent sondés, 10 approuvent la réforme.", "10"),
        ("Ils étaient 18 ont dit les témoins.", "18"),
    ],
)
def test_a_verb_after_a_plural_number_is_not_what_it_counts(sentence, surface):
    assert [(q.text, q.unit) for q in find_quantities(sentence)][-1] == (surface, None)
