"""Normalized values read the way the report shows them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit import Claim, Entity, Mention, Quantity, TimeExpression
from newskit.render.format import (
    ANCHOR_WORDS,
    BOUND_SIGNS,
    anchor_words,
    number,
    quantity_value,
    source_name,
    timex_value,
)

TEXT = "Selon l’ONU, environ 1 000 personnes, plus de 12 %, entre 10 et 20 km, le double."


def q(phrase: str, **kw) -> Quantity:
    start = TEXT.index(phrase)
    return Quantity.of(TEXT, start, start + len(phrase), **kw)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1E+3"), "1000"),
        (Decimal("4.250"), "4.25"),
        (Decimal("18"), "18"),
        ("0.5", "0.5"),
        (None, "?"),
    ],
)
def test_number_writes_plain_digits(value, expected):
    assert number(value) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (
            q("environ 1 000 personnes", value="1000", unit="personnes", approximate=True),
            "≈ 1000 personnes",
        ),
        (q("plus de 12 %", value="12", unit="%", bound="more_than", kind="percent"), "> 12 %"),
        (q("entre 10 et 20 km", value=None, lower="10", upper="20", unit="km"), "10–20 km"),
        (q("double", value="2", unit="×", kind="multiplier"), "2 ×"),
        (
            q("entre 10 et 20 km", value="15", lower="10", upper="20", unit="km"),
            "15 km (range 10–20)",
        ),
        (q("plus de 12 %", value=None, lower="12", unit="%"), "≥ 12 %"),
        (q("plus de 12 %", value="12", lower="12", bound="more_than", unit="%"), "> 12 %"),
        (q("plus de 12 %", value=None, upper="12", unit="%"), "≤ 12 %"),
    ],
)
def test_quantity_value_reads_normalized(quantity, expected):
    assert quantity_value(quantity) == expected


@pytest.mark.parametrize(("bound", "sign"), sorted(BOUND_SIGNS.items()))
def test_every_bound_has_its_sign(bound, sign):
    quantity = q("plus de 12 %", value="12", unit="%", bound=bound)
    assert quantity_value(quantity) == f"{sign} 12 %"


DATES = "Au début de 2022, du 3 au 6 août, chaque lundi."


def d(phrase: str, **kw) -> TimeExpression:
    start = DATES.index(phrase)
    return TimeExpression.of(DATES, start, start + len(phrase), **kw)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (d("début de 2022", type="DATE", value="2022", mod="START"), "DATE 2022 mod=START"),
        (
            d(
                "du 3 au 6 août",
                type="DATE",
                value="2022-08",
                begin="2022-08-03",
                until="2022-08-06",
            ),
            "DATE 2022-08 from 2022-08-03 to 2022-08-06",
        ),
        (
            d("chaque lundi", type="SET", value="XXXX-WXX-1", quant="EVERY"),
            "SET XXXX-WXX-1 quant=EVERY",
        ),
        (d("chaque lundi", type="SET", value="P1W", freq="1X"), "SET P1W freq=1X"),
    ],
)
def test_timex_value_reads_timex3(date, expected):
    assert timex_value(date) == expected


@pytest.mark.parametrize(("anchor", "words"), sorted(ANCHOR_WORDS.items()))
def test_every_anchor_kind_has_words(anchor, words):
    date = d("début de 2022", type="DATE", value="2022", anchor=anchor)
    assert anchor_words(date) == words


def test_anchor_words_name_the_reference_value():
    date = d(
        "du 3 au 6 août", type="DATE", value="2022-08", anchor="narrative", anchor_value="2022"
    )
    assert anchor_words(date) == "from the narrative (2022)"


def test_source_name_prefers_entity_then_words_then_unattributed():
    onu = Entity(
        name="Organisation des Nations unies", label="ORG", mentions=[Mention.of(TEXT, 8, 11)]
    )
    with_entity = Claim.of(
        TEXT, 13, 36, kind="indirect", source=onu, source_mention=Mention.of(TEXT, 8, 11)
    )
    words_only = Claim.of(
        TEXT, 13, 36, kind="indirect", source_mention=Mention.of(TEXT, 8, 11), source_resolved=False
    )
    nobody = Claim.of(TEXT, 13, 36, kind="direct")
    assert [source_name(c) for c in (with_entity, words_only, nobody)] == [
        "Organisation des Nations unies",
        "ONU",
        "unattributed",
    ]
