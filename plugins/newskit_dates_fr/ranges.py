"""Joining two values into one: a range ("du 3 août au 6 septembre", "de lundi à mercredi"),
or a day and its time ("demain à 8 h", "lundi, vers 11 heures")."""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from newskit import AnchorKind, TimeExpression, TimexType
from newskit_dates_fr.calendar_ops import safe_date
from newskit_dates_fr.lexicon import month_names

__all__ = ["join_ranges", "join_times"]

_SPACE = r"[ \u00a0\u202f]"


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # what may stand between the two ends: "au", "à", "et", a dash, or nothing when the
        # second end carries its own "au" ("du 3 août au 6 septembre")
        "join": re.compile(rf"{_SPACE}*(?:au|à|et|jusqu['’]au|jusqu['’]à|-|–)?{_SPACE}*"),
        "close": re.compile(rf"(?:au|à|et|jusqu['’]au|jusqu['’]à){_SPACE}"),
        # what opens a range, inside the first end's span or just before it
        "open": re.compile(rf"(?:du|de|d['’]|entre|depuis|dès){_SPACE}"),
        "open_before": re.compile(rf"(?<![\w])(?:du|de|entre|depuis){_SPACE}+$"),
        "day": re.compile(r"\d{4}-\d\d-\d\d"),
        "month": re.compile(r"\d{4}-\d\d"),
    }


def join_ranges(text: str, lower: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Join each pair "du A au B", "de A à B", "entre A et B" into one range with both ends.

    The range keeps the first end's value, anchor and type; ``begin`` and ``until`` are the
    two ends. ``found`` is in text order; so is the result.
    """
    patterns = _patterns()
    joined: list[TimeExpression] = []
    for expression in found:
        if joined:
            previous = joined[-1]
            between = lower[previous.end : expression.start]
            connector = patterns["join"].fullmatch(between)
            opener = patterns["open"].match(lower, previous.start) or patterns[
                "open_before"
            ].search(lower, max(0, previous.start - 9), previous.start)
            if (
                connector
                and (connector.group().strip() or patterns["close"].match(lower, expression.start))
                and opener
                and previous.type == expression.type
                and previous.type in (TimexType.DATE, TimexType.TIME)
                and previous.until is None
                and expression.begin is None
            ):
                previous = _same_year_as(previous, expression)
                until = _not_before(
                    expression.until or expression.value, previous.value, expression
                )
                joined[-1] = TimeExpression.of(
                    text,
                    min(previous.start, opener.start()),
                    expression.end,
                    type=previous.type,
                    value=previous.value,
                    mod=None,
                    anchor=previous.anchor,
                    anchor_value=previous.anchor_value,
                    begin=previous.value,
                    until=until,
                )
                continue
        joined.append(expression)
    return joined


def join_times(text: str, lower: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Join a day and the time that follows it into one TIME ("demain à 8 h", "lundi, vers 9 h").

    The time was already placed on that day (see :meth:`Anchoring.day_for_time`); joining
    keeps one expression, as TimeML marks it, with the day's anchor.
    """
    day = _patterns()["day"]
    joined: list[TimeExpression] = []
    for expression in found:
        if joined:
            previous = joined[-1]
            day_of_previous = previous.value.partition("T")[0]
            if (
                (
                    previous.type is TimexType.DATE
                    or previous.value.endswith(
                        ("TMO", "TAF", "TEV", "TNI")
                    )  # "le matin du 5 … à 9 h"
                )
                and day.fullmatch(day_of_previous)
                and expression.type is TimexType.TIME
                and expression.value.startswith(day_of_previous + "T")
                and lower[previous.end : expression.start].strip() in ("", ",")
                and (
                    lower.startswith(("à", "vers", "dès"), expression.start)
                    or lower[expression.start].isdigit()  # "samedi 8 janvier, 17:45"
                )
                and expression.begin is None
                and expression.until is None
            ):
                bounds = {
                    key: expression.value
                    for key in ("begin", "until")
                    if getattr(previous, key) == previous.value
                }
                joined[-1] = TimeExpression.of(
                    text,
                    previous.start,
                    expression.end,
                    type=TimexType.TIME,
                    value=expression.value,
                    mod=expression.mod or previous.mod,
                    anchor=previous.anchor,
                    anchor_value=previous.anchor_value,
                    **bounds,
                )
                continue
        joined.append(expression)
    return joined


def _not_before(until: str, begin: str, last: TimeExpression) -> str:
    """The end of a range moved past its start when only the inference put it before.

    "de samedi à lundi" ends on the Monday after; "du 28 décembre au 3 janvier" in the
    next year. An end the text gives in full is kept as it is.
    """
    day = _patterns()["day"]
    if last.anchor is AnchorKind.ABSOLUTE or not day.fullmatch(until) or not day.fullmatch(begin):
        return until
    end, start = dt.date.fromisoformat(until), dt.date.fromisoformat(begin)
    if end >= start:
        return until
    words = set(last.text.lower().replace(".", " ").split())
    if not words & {name.rstrip(".") for name in month_names()}:  # a weekday: the next one
        return (end + dt.timedelta(days=7 * ((start - end).days // 7 + 1))).isoformat()
    moved = safe_date(end.year + 1, end.month, end.day)
    return moved.isoformat() if moved else until


def _same_year_as(first: TimeExpression, last: TimeExpression) -> TimeExpression:
    """ "du 3 août au 6 septembre 2022": the start takes its year from the explicit end."""
    patterns = _patterns()
    if first.anchor is AnchorKind.ABSOLUTE or last.anchor is not AnchorKind.ABSOLUTE:
        return first
    if not patterns["month"].match(first.value) or not patterns["month"].match(last.value):
        return first  # "de mai à juillet 2021" and "du 3 août au 6 septembre 2022" alike
    year = int(last.value[:4]) - (first.value[5:7] > last.value[5:7])
    value = f"{year}{first.value[4:]}"
    return attrs.evolve(first, value=value, anchor=AnchorKind.ABSOLUTE, anchor_value=None)
