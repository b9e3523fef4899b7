"""Hypothesis properties: what babel writes and what a French speller writes parse back."""

from __future__ import annotations

import itertools
from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.testing import french_text
from newskit_numbers import find_quantities, parse_number

_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int, hyphen: str) -> str:
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return f"dix{hyphen}{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…
        base = "soixante" if tens == 7 else f"quatre{hyphen}vingt"
        rest = n - (60 if tens == 7 else 80)
        joiner = f"{hyphen}et{hyphen}" if rest == 11 and tens == 7 else hyphen
        return base + joiner + _below_100(rest, hyphen)
    if tens == 8:
        return (
            f"quatre{hyphen}vingts" if unit == 0 else f"quatre{hyphen}vingt{hyphen}{_UNITS[unit]}"
        )
    word = _TENS[tens]
    if unit == 0:
        return word
    if unit == 1:
        return f"{word}{hyphen}et{hyphen}un" if hyphen == "-" else f"{word} et un"
    return f"{word}{hyphen}{_UNITS[unit]}"


def _below_1000(n: int, sep: str, hyphen: str) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_100(rest, hyphen)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]}{sep}cent" + ("s" if rest == 0 else "")
    return head if rest == 0 else f"{head}{sep}{_below_100(rest, hyphen)}"


def spell(n: int, reform: bool = False) -> str:
    """French words for 0 <= n < 1 000 000: traditional spelling, or the 1990 all-hyphens one."""
    sep = "-" if reform else " "
    if n < 1000:
        return _below_1000(n, sep, "-")
    thousands, rest = divmod(n, 1000)
    count = _below_1000(thousands, sep, "-")
    if count.endswith(("cents", "vingts")):  # "deux cent mille", "quatre-vingt mille"
        count = count[:-1]
    head = "mille" if thousands == 1 else f"{count}{sep}mille"
    return head if rest == 0 else f"{head}{sep}{_below_1000(rest, sep, '-')}"


def test_speller_writes_known_examples():
    assert spell(80) == "quatre-vingts"
    assert spell(71) == "soixante-et-onze"
    assert spell(200) == "deux cents"
    assert spell(280_000) == "deux cent quatre-vingt mille"
    assert spell(21, reform=True) == "vingt-et-un"


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
@settings(max_examples=400, deadline=None)
def test_every_integer_below_a_million_in_words_parses_back(n, reform):
    assert parse_number(spell(n, reform)) == n


@given(st.integers(min_value=-(10**12), max_value=10**12))
@settings(max_examples=300, deadline=None)
def test_babel_formatted_integers_parse_back(n):
    written = format_decimal(n, locale="fr_FR")
    assert parse_number(written) == n
    for space in (" ", "\u00a0", "\u202f"):
        assert parse_number(written.replace("\u202f", space)) == n


@given(
    st.decimals(
        min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False
    )
)
@settings(max_examples=300, deadline=None)
def test_babel_formatted_decimals_parse_back(d):
    written = format_decimal(d, locale="fr_FR", decimal_quantization=False)
    for space in ("\u202f", " ", "\u00a0"):
        assert parse_number(written.replace("\u202f", space)) == d


@given(st.integers(min_value=1000, max_value=10**9))
@settings(max_examples=200, deadline=None)
def test_grouped_count_in_a_sentence_is_found_whole(n):
    written = format_decimal(n, locale="fr_FR")
    [quantity] = find_quantities(f"Selon la préfecture, {written} manifestants ont défilé.")
    assert (quantity.value, quantity.unit) == (Decimal(n), "manifestants")


@given(french_text())
@settings(max_examples=300, deadline=None)
def test_any_french_text_gives_aligned_non_overlapping_quantities(text):
    found = find_quantities(text)
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    for left, right in itertools.pairwise(found):
        assert left.end <= right.start


@given(
    st.text(
        alphabet=st.sampled_from("0123456789 ,.-–/:h%€$°+'’\u00a0\u202fetdeuxmillionsàentre"),
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_digit_soup_never_breaks_the_finder(text):
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
