"""Parse one number written in digits or in words: the building block the finder and users share."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from newskit_numbers.patterns import patterns
from newskit_numbers.tables import tables
from newskit_numbers.words import read_words

__all__ = ["digits_value", "parse_number"]


def digits_value(raw: str, group: str | None, decimal: str) -> Decimal:
    """The value of a digit string whose group separator (if any) is ``group``.

    With no group separator, a comma is a decimal comma; so is a dot, which French uses
    for grouping only before exactly three digits (that case has ``group == "."``).
    """
    if group:
        raw = raw.replace(group, "")
    raw = raw.replace(decimal, ".").replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation as error:  # pragma: no cover - the scan pattern only passes digits
        raise ValueError(f"not a number: {raw!r}") from error


def parse_number(text: str, lang: str = "fr") -> Decimal:
    """The value of ``text``, one number in digits or in words, nothing else around it.

    >>> parse_number("1\\u202f099,98")
    Decimal('1099.98')
    >>> parse_number("quatre-vingt-dix-neuf")
    Decimal('99')
    >>> parse_number("-12,5")
    Decimal('-12.5')

    :raises ValueError: when ``text`` is not exactly one number.
    """
    t = tables(lang)
    p = patterns(lang)
    stripped = text.strip()
    sign = 1
    if stripped[:1] in ("-", "−", "+", t.cldr.minus, t.cldr.plus):
        sign = -1 if stripped[0] in ("-", "−", t.cldr.minus) else 1
        stripped = stripped[1:].lstrip()
    match = p.scan.match(stripped)
    if match is not None and match.group("digits") is not None:
        if match.end() != len(stripped):
            raise ValueError(f"not a number: {text!r}")
        return sign * digits_value(match.group("digits"), match.group("sep"), t.cldr.decimal)
    # Words are read without the scan pattern, which does not start a number at "un".
    tokens = [w.lower() for w in re.findall(r"[^\s\u00a0\u202f-]+", stripped)]
    reading = read_words(tokens, t.words)
    if reading is None or reading.consumed != len(tokens) or reading.role != "cardinal":
        raise ValueError(f"not a cardinal number: {text!r}")
    return sign * reading.value
