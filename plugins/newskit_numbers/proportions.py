"""Proportions: scores out of a scale ("4,5/5", "noté 16 sur 20") and ratios ("un
Français sur trois", "deux jeunes sur trois").

A score keeps the number as written and says the scale in its unit (``/5``); a ratio is
the proportion itself (1/3), with what it counts as its unit when the text says it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from newskit.types import Quantity
from newskit_numbers.context import apply_modifier, modifier
from newskit_numbers.parse import digits_value
from newskit_numbers.patterns import Patterns
from newskit_numbers.reading import COUNT, NUMBER, Reading, Tail
from newskit_numbers.tables import Tables

__all__ = ["join_ratios", "read_score"]

#: The scales of scores: stars, marks out of ten, French school marks, percentages of points.
_SCALES = frozenset({5, 10, 20, 100})

#: How far before "sur" to look for "un <noun>": the longest nouns are shorter.
_ONE_WINDOW = 40

#: A scale above the last month cannot be read as a day and month ("16/20" is no date).
_MONTHS = 12


def read_score(text: str, start: int, t: Tables, p: Patterns) -> Reading | None:
    """ "4,5/5", "16/20", "noté 4/5": a score at ``start``, or None.

    Decimal marks and scales above twelve cannot be dates; "4/5" or "8/10" is a score only
    after a word such as "noté" (otherwise a fraction, or a day and month).
    """
    match = p.score.match(text, start)
    if match is None:
        return None
    written = match.group("num")
    value = digits_value(written, None, t.cldr.decimal)
    scale = int(match.group("den"))
    if value > scale:
        return None
    if written.isdigit() and scale <= _MONTHS and not _after_score_cue(text, start, 0, t):
        return None
    if written.isdigit() and scale == 100 and value < 10:  # "1/100 de seconde": a fraction
        return None
    return Reading(start, match.end(), value, unit=f"/{scale}")


def _after_score_cue(text: str, start: int, floor: int, t: Tables) -> bool:
    """Does "noté", "une note de", "une moyenne de" stand right before ``start``?"""
    words = text[max(floor, start - 30) : start].split()[-2:]
    if not words:
        return False
    if words[-1].lower() in ("de", "d’", "d'") and len(words) == 2:
        return words[0].lower() in t.score_cues
    return words[-1].lower() in t.score_cues


def join_ratios(
    text: str,
    found: list[Quantity],
    t: Tables,
    p: Patterns,
    make: Callable[[Reading], Quantity | None],
) -> list[Quantity]:
    """``found`` with "<number> [noun] sur <number>" read as one ratio or score.

    The second number was read alone, after "sur"; the first was read alone ("Trois
    élèves", "Deux") or not at all when it is "un" or "une", which is an article unless
    it counts ("un Français sur trois"). ``make`` turns a reading into a quantity, or
    None when it must not be one (it overlaps a date).
    """
    joined: list[Quantity] = []
    for second in found:
        after_sur = _sur_before(text, second, p)
        if after_sur is None:
            joined.append(second)
            continue
        sur, scale = after_sur
        first = joined[-1] if joined else None
        made = None
        if first is not None and first.end <= sur:
            reading = _with_first(text, first, second, sur, scale, t)
            made = make(reading) if reading is not None else None
            if made is not None:
                joined.pop()
        if made is None:
            reading = _with_one(text, first.end if first else 0, second, sur, scale, t, p)
            made = make(reading) if reading is not None else None
        joined.append(made or second)
    return joined


def _sur_before(text: str, second: Quantity, p: Patterns) -> tuple[int, Decimal] | None:
    """The offset of "sur" right before a whole number above one, and that number; None
    otherwise."""
    if (
        second.kind is not NUMBER
        or second.unit is not None
        or second.bound is not None
        or second.approximate
        or second.value is None
        or second.value < 2
        or second.value != second.value.to_integral_value()
    ):
        return None
    match = p.sur_before.search(text, max(0, second.start - 8), second.start)
    return (match.start(), second.value) if match else None


def _with_first(
    text: str, first: Quantity, second: Quantity, sur: int, scale: Decimal, t: Tables
) -> Reading | None:
    """ "Trois élèves sur quatre", "Deux jeunes sur trois", "4,5 sur 5": both numbers read."""
    between = text[first.end : sur].split()
    if first.value is None:
        return None
    if first.kind is COUNT and not between:
        unit = first.unit
    elif first.kind is NUMBER and first.unit is None and len(between) <= 1:
        unit = between[0] if between else None
        if unit is not None and not _noun(unit, t):
            return None
    else:
        return None
    value = first.value
    if value > scale:
        return None
    reading = Reading(first.start, second.end, value, approximate=first.approximate)
    whole = value == value.to_integral_value()
    if (
        unit is None
        and int(scale) in _SCALES
        and (not whole or _after_score_cue(text, first.start, 0, t))
    ):
        reading.unit = f"/{scale}"  # "4,5 sur 5", "une note de 16 sur 20": a score
        return reading
    if not whole or value < 1:
        return None
    reading.value = value / scale
    reading.unit = unit
    if first.bound:  # "plus de deux Français sur trois"
        reading.bound = first.bound
        if first.lower is not None:
            reading.lower = reading.value
        if first.upper is not None:
            reading.upper = reading.value
    return reading


def _with_one(
    text: str, floor: int, second: Quantity, sur: int, scale: Decimal, t: Tables, p: Patterns
) -> Reading | None:
    """ "un Français sur trois", "une personne sur cinq", "un sur deux": "un" counts here."""
    match = p.one_before_sur.search(text, max(floor, sur - _ONE_WINDOW), sur)
    if match is None:
        return None
    noun = match.group("noun")
    if noun is not None and not _noun(noun, t):
        return None
    start = match.start("one")
    reading = Reading(start, second.end, Decimal(1) / scale, unit=noun)
    window = text[max(floor, start - 40) : start]
    qualifier = modifier(Tail(window, 6), t)
    if qualifier:  # "près d’un Français sur quatre"
        effect, offset = qualifier
        apply_modifier(reading, effect, start - len(window) + offset)
    return reading


def _noun(word: str, t: Tables) -> bool:
    """May ``word`` be what a ratio counts ("Français", "personne"), not a function word?"""
    folded = word.lower()
    return word.isalpha() and folded not in t.not_nouns and folded not in t.words
