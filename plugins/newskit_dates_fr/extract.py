"""The walk: find the matches near trigger words, in text order, and read each into TIMEX3."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newskit import TimeExpression
from newskit_dates_fr import read_amounts, read_clock, read_dates, read_periods, read_relative
from newskit_dates_fr.anchoring import Anchoring
from newskit_dates_fr.context import Handler, Run
from newskit_dates_fr.grammar import (
    digit_follow,
    first_year_pattern,
    lookback_of,
    rules,
    scanner,
    trigger_plan,
    triggers,
)
from newskit_dates_fr.ranges import join_ranges, join_times

__all__ = ["find_dates"]

_HANDLERS: dict[str, Handler] = {
    **read_dates.HANDLERS,
    **read_periods.HANDLERS,
    **read_relative.HANDLERS,
    **read_clock.HANDLERS,
    **read_amounts.HANDLERS,
}


# -- the walk ---------------------------------------------------------------------------


def _lower(text: str) -> str:
    """The lower-cased text, with the same offsets (a few letters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _first_year(lower: str) -> int | None:
    """The first explicit year of a text: the narrative anchor when there is no publication date.

    Only a year that dates something counts ("en 2022", "janvier 2022", "début de 2022"),
    not a count ("2000 personnes") nor a starting point ("depuis 2015").
    """
    match = first_year_pattern().search(lower)
    return int(match.group(1)) if match else None


# How far after its trigger word an expression may end ("5 janvier 2022 à 18 h 45").
_AFTER = 80
# Past this many untried positions, one bounded search beats a match() per position.
_STEP_LIMIT = 12


def _matches(lower: str) -> Iterator[re.Match[str]]:
    """The scanner's matches, in text order, looked for only around trigger words.

    Equivalent to ``scanner().finditer(lower)`` (every match holds a trigger word) but it
    reads each stretch of text with the few rules that can match there, and skips the
    triggers that cannot be part of a date ("a été", "18 agents").
    """
    length = len(lower)
    position = 0
    plan = trigger_plan()
    follow = digit_follow()
    digits = (frozenset({"digit"}), lookback_of("digit"))
    # For each set of rules, the last position from which a search found no match. Where
    # triggers crowd ("1-1-1-1…"), each window overlaps the last one: trying only the new
    # positions keeps the walk linear with a small constant, instead of re-reading about
    # _AFTER characters per trigger.
    tried: dict[frozenset[str], int] = {}
    for trigger in triggers().finditer(lower):
        at = trigger.start()
        if at < position:
            continue
        word = trigger.group()
        if word[0].isdigit():
            if len(word) < 4 and not follow.match(lower, trigger.end()):
                continue
            classes, lookback = digits
        else:
            classes, lookback, before = plan[word]
            if before is not None and not before.search(lower, max(0, at - 8), at):
                continue
        pattern = scanner(classes)  # compiled on first use of these classes, then cached
        end = min(length, trigger.end() + _AFTER)
        while True:
            start = max(position, at - lookback, tried.get(classes, -1) + 1)
            match = _first_match(pattern, lower, start, at, end)
            if match is None:
                tried[classes] = at
                break
            yield match
            position = match.end()
            if position > at:
                break


def _first_match(
    pattern: re.Pattern[str], lower: str, start: int, at: int, end: int
) -> re.Match[str] | None:
    """The leftmost match that starts in ``[start, at]`` and ends by ``end`` (or runs on
    past it when it reaches the window's last characters)."""
    if start > at:
        return None
    if at - start < _STEP_LIMIT:
        for begin in range(start, at + 1):
            match = pattern.match(lower, begin, end)
            if match is not None:
                break
        else:
            return None
    else:
        match = pattern.search(lower, start, end)
        if match is None or match.start() > at:
            return None
    if end < len(lower) and end - match.end() < 8:
        match = pattern.search(lower, start)  # it may run on past the window
    return match


def find_dates(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every temporal expression of a French ``text``, normalized to TIMEX3, in text order.

    :param text: French text.
    :param anchor: the publication date, if known: the reference of "hier", "lundi" and of
        years left out. Without it, the narrative anchors the values (the last explicit
        year, the last date mentioned), and what nothing fixes stays ``X``.
    """
    lower = _lower(text)
    anchoring = Anchoring(lower, anchor, _first_year(lower) if anchor is None else None)
    run = Run(text, lower, anchoring)
    patterns = rules()
    found: list[TimeExpression] = []
    for match in _matches(lower):
        rule = match.lastgroup
        assert rule is not None
        groups = patterns[rule].match(lower, match.start(), match.end())
        if groups is None:
            continue
        anchoring.cursor = match.start()
        result = _HANDLERS[rule](run, groups)
        if isinstance(result, list):
            found.extend(result)
        elif result is not None:
            found.append(result)
    return join_ranges(text, lower, join_times(text, lower, found))
