"""Other locales: CLDR symbols per ``lang``; number words only where a data directory exists."""

from __future__ import annotations

from decimal import Decimal

import pytest

import newskit_numbers
from newskit.testing import pipeline_with
from newskit_numbers import find_quantities, parse_number


def test_swiss_german_grouping_and_decimal_point_come_from_cldr():
    [quantity] = find_quantities("Der Preis: 1’234.5 CHF.", lang="de_CH")
    assert (quantity.value, quantity.unit) == (Decimal("1234.5"), "CHF")


def test_swiss_french_apostrophe_groups_with_a_decimal_point():
    [quantity] = find_quantities("Le prix est de 1’234.50 francs suisses.")
    assert (quantity.text, quantity.value, quantity.unit) == (
        "1’234.50 francs suisses",
        Decimal("1234.5"),
        "CHF",
    )


def test_english_reads_comma_groups_and_cldr_units():
    found = find_quantities("It cost 1,234.5 dollars over 20 km.", lang="en")
    assert [(q.value, q.unit) for q in found] == [
        (Decimal("1234.5"), "dollars"),
        (Decimal(20), "km"),
    ]


def test_german_dot_groups_and_currency_name():
    [quantity] = find_quantities("Es kostet 1.234,5 Euro.", lang="de")
    assert (quantity.value, quantity.unit) == (Decimal("1234.5"), "EUR")


def test_language_without_word_tables_reads_no_words():
    assert find_quantities("Eighteen agents were killed.", lang="en") == []
    with pytest.raises(ValueError, match="not a cardinal number"):
        parse_number("eighteen", lang="en")


@pytest.mark.parametrize("lang", ["fr_BE", "fr_CH", "fr-CA"])
def test_french_variants_share_the_french_words(lang):
    [quantity] = find_quantities("Nonante-deux personnes sont venues.", lang=lang)
    assert quantity.value == 92


def test_the_pipeline_passes_its_language():
    article = pipeline_with(newskit_numbers).analyze("Der Preis: 1’234.5 CHF.", lang="de_CH")
    assert [q.value for q in article.quantities] == [Decimal("1234.5")]
