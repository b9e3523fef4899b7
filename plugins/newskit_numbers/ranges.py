"""Pairs of numbers: ranges ("entre 10 et 20", "de 10 € à 20 €"), changes ("passé de 8
à 7 %"), and factors ("trois fois plus", "multiplié par deux").
"""

from __future__ import annotations

from decimal import Decimal

from newskit_numbers.context import is_change
from newskit_numbers.core import read_core
from newskit_numbers.patterns import Patterns
from newskit_numbers.reading import MEASURE, MONEY, MULTIPLIER, NUMBER, PERCENT, Reading, Tail
from newskit_numbers.tables import Tables
from newskit_numbers.units import read_unit

__all__ = ["borrow_unit", "read_multiplier", "read_range", "read_unit_range"]


def read_range(
    text: str, reading: Reading, tail: Tail, base: int, t: Tables, p: Patterns
) -> int | None:
    """ "entre 10 et 20", "de 10 à 20", "10-20": the reading becomes a range.

    Returns an offset to resume from when the pair is not a quantity at all: a span of
    years ("entre 2019 et 2021") or a score ("3-1").
    """
    join = p.range_join.match(text, reading.end)
    if join is None or reading.value is None or reading.kind is not NUMBER:
        return None
    joiner = join.group("word") or join.group("dash")
    last = tail.last()
    between = tail.offset(1) if last in ("entre", "Entre") else None
    if joiner == "et" and between is None:
        return None
    if joiner == "au":
        return None
    if joiner == "à" and last == "de" and is_change(tail):
        return None  # "est passé de 8 à 7 %": a change, not a range
    second = p.scan.match(text, join.end())
    if second is None:
        return None
    other = read_core(text, second, join.end(), t, p)
    if not isinstance(other, Reading) or other.value is None or other.kind is not NUMBER:
        return None
    if reading.year_like and other.year_like:
        return other.end  # "de 2010 à 2020", "2019-2021": years, the dates stage's business
    if joiner in ("-", "–") and join.group() != joiner:
        return None
    low = reading.value
    thousands = other.scaled or text[second.start() : other.end].endswith(("mille", "Mille"))
    if thousands and not reading.scaled and low * _leading(other.value) <= other.value:
        low = low * _leading(other.value)  # "entre 2 et 3 millions", "deux à trois mille"
    if low >= other.value:
        return other.end if joiner in ("-", "–") else None  # "3-1": a score
    reading.lower, reading.upper, reading.value = low, other.value, None
    reading.end = other.end
    reading.scaled = other.scaled
    reading.year_like = False
    reading.bound = None
    if between is not None:
        reading.start = min(reading.start, base + between)
        if t.modifiers.get(tail.last(2).lower(), "").startswith("approx"):
            reading.approximate = True  # "environ entre 10 et 20"
            reading.start = base + tail.offset(2)
    return None


def read_multiplier(text: str, reading: Reading, tail: Tail, p: Patterns) -> None:
    """ "trois fois plus", "multiplié par trois": a factor, not a count."""
    if reading.kind is not NUMBER or reading.value is None:
        return
    after = (
        p.times_after.match(text, reading.end)
        if "fois" in text[reading.end : reading.end + 6]
        else None
    )
    before = tail.last() == "par" and tail.last(2).lower().rstrip("es") in ("multiplié", "divisé")
    if after or before:
        reading.kind, reading.unit = MULTIPLIER, "×"
        if after:
            reading.end = after.end("fois")


def read_unit_range(
    text: str, reading: Reading, tail: Tail, base: int, t: Tables, p: Patterns
) -> None:
    """ "de 10 € à 20 €", "entre 2 % et 3 %": a range whose ends both carry the unit."""
    if reading.value is None or reading.bound:
        return
    last = tail.last()
    join = p.range_join.match(text, reading.end)
    if join is None:
        return
    joiner = join.group("word")
    if not (
        (joiner == "et" and last in ("entre", "Entre"))
        or (joiner == "à" and last in ("de", "De") and not is_change(tail))
    ):
        return
    second = p.scan.match(text, join.end())
    other = read_core(text, second, join.end(), t, p) if second else None
    if not isinstance(other, Reading) or other.value is None:
        return
    read_unit(text, other, join.end(), t, p)
    if other.unit != reading.unit or other.value <= reading.value:
        return
    reading.lower, reading.upper, reading.value = reading.value, other.value, None
    reading.end = other.end
    if last in ("entre", "Entre"):
        reading.start = min(reading.start, base + tail.offset(1))


def borrow_unit(text: str, reading: Reading, t: Tables, p: Patterns) -> None:
    """ "est passé de 8 à 7 %": the starting value is in the unit of the arrival."""
    join = p.range_join.match(text, reading.end)
    if join is None or join.group("word") != "à":
        return
    second = p.scan.match(text, join.end())
    other = read_core(text, second, join.end(), t, p) if second else None
    if not isinstance(other, Reading):
        return
    read_unit(text, other, join.end(), t, p)
    if other.kind in (PERCENT, MONEY, MEASURE):
        reading.kind, reading.unit = other.kind, other.unit


def _leading(value: Decimal) -> Decimal:
    """The scale of a scaled value: 3 000 000 -> 1 000 000 (to scale the low end of a range)."""
    exponent = value.adjusted()
    return Decimal(1).scaleb(exponent - exponent % 3) if exponent >= 3 else Decimal(1)
