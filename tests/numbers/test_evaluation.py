"""The held-out table of evaluation.py: the share of sentences read exactly right."""

from __future__ import annotations

from decimal import Decimal

from newskit_numbers import find_quantities

from .evaluation import CASES


def _expected(value: str) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    if value.startswith(">="):
        return None, Decimal(value[2:]), None
    if ".." in value:
        low, high = value.split("..")
        return None, Decimal(low), Decimal(high)
    return Decimal(value), None, None


def score() -> dict[str, float]:
    """Shares of expected values, units and approximate flags found, and false quantities."""
    values = units = flags = total = false = 0
    for sentence, expected in CASES:
        found = find_quantities(sentence)
        false += max(0, len(found) - len(expected))
        for (value, unit, approximate), quantity in zip(expected, found, strict=False):
            total += 1
            central, lower, upper = _expected(value)
            read = (
                quantity.value,
                quantity.lower if central is None else None,
                quantity.upper if upper else None,
            )
            values += read == (central, lower, upper)
            units += quantity.unit == unit
            flags += quantity.approximate == approximate
        total += max(0, len(expected) - len(found))
    return {
        "values": values / total,
        "units": units / total,
        "approximate": flags / total,
        "false": false,
    }


def test_held_out_sentences_meet_the_issue_targets():
    result = score()
    assert result["values"] >= 0.97, result
    assert result["units"] >= 0.95, result
    assert result["approximate"] >= 0.95, result
    assert result["false"] == 0, result
