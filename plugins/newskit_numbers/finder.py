"""Find the quantities of a text: scan for numbers, read each with what surrounds it.

Three fast passes propose candidates (digit runs, number words, Roman ordinals); each
is then read at its offset (:mod:`.core`), looking left for what qualifies it
(:mod:`.context`: "environ", "plus de", "un", "des"), for a second number that makes a
range (:mod:`.ranges`), and right for what it counts (:mod:`.units`: "millions", "%",
"€", "km", "personnes"). Candidates that are parts of dates, times, phone numbers,
postcodes, identifiers or law references are skipped, whether or not the host's dates
stage found them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from newskit.types import Quantity, Span
from newskit_numbers.context import apply_modifier, is_law_filler, modifier
from newskit_numbers.core import read_core
from newskit_numbers.patterns import Patterns, patterns
from newskit_numbers.proportions import join_ratios
from newskit_numbers.ranges import borrow_unit, read_multiplier, read_range, read_unit_range
from newskit_numbers.reading import COUNT, MULTIPLIER, NUMBER, ORDINAL, Reading, Tail, unelided
from newskit_numbers.tables import Tables, tables
from newskit_numbers.units import currency_before, read_unit

__all__ = ["find_quantities"]

_WINDOW = 40  #: how far back to look for modifiers and context words


#: Lone number words that are too often something else ("un bâtiment neuf"): they need
#: something counted, a modifier or a range to be read as numbers.
_DOUBTFUL_ALONE = frozenset({"neuf", "Neuf", "cent", "Cent", "mille", "Mille", "onze", "Onze"})


_YEAR_CUES = frozenset({"year", "date"})


def find_quantities(
    text: str, lang: str = "fr", skip: Iterable[Span | tuple[int, int]] = ()
) -> list[Quantity]:
    """The quantities of ``text``, in text order, none overlapping.

    >>> [(q.text, q.value, q.unit, q.approximate) for q in find_quantities("environ 1 000 personnes")]
    [('environ 1 000 personnes', Decimal('1000'), 'personnes', True)]

    :param lang: the language (``fr``, ``fr_BE``, ``fr_CH``…): CLDR symbols come from it.
    :param skip: spans (e.g. dates) whose numbers are not quantities.
    """
    t = tables(lang)
    p = patterns(lang)
    ranges = sorted(
        (s.start, s.end) if isinstance(s, Span) else (int(s[0]), int(s[1])) for s in skip
    )
    starts = [r[0] for r in ranges]
    found: list[Quantity] = []
    pos = 0
    floor = 0
    scan = p.scan.match
    for position in _candidates(text, p):
        if position < pos:
            continue
        match = scan(text, position)  # anchored: a match starts at ``position``
        if match is None:
            continue
        result = _read(text, match, floor, t, p)
        if isinstance(result, Reading):
            if not ranges or not _inside(result, ranges, starts):
                found.append(_quantity(text, result))
            end = result.end
            pos = floor = end if end > position else position + 1
        else:
            pos = result if result > position else position + 1
    ones = _coordinated_ones(text, found, t, p)
    if ones:
        found = sorted(
            [*found, *(q for q in ones if not _inside(q, ranges, starts))], key=lambda q: q.start
        )
    if " sur " in text or "sur\u00a0" in text:  # "un Français sur trois"
        found = join_ratios(
            text, found, t, p, lambda r: None if _inside(r, ranges, starts) else _quantity(text, r)
        )
    return found


def _coordinated_ones(text: str, found: list[Quantity], t: Tables, p: Patterns) -> list[Quantity]:
    """ "un mort et deux blessés", "deux morts et un blessé": "un" counts beside another count.

    Alone, "un" is an article; coordinated with a count, it is the number 1.
    """
    ones: list[Quantity] = []
    for index, quantity in enumerate(found):
        if quantity.kind is not COUNT:
            continue
        ahead = text[quantity.end : quantity.end + 8]
        after = p.one_after.match(text, quantity.end) if ("et" in ahead or "ou" in ahead) else None
        limit = found[index + 1].start if index + 1 < len(found) else len(text)
        if after and after.end() <= limit and _counted(after.group("noun"), t):
            ones.append(_one(text, after.start("one"), after.end()))
        if not text[max(0, quantity.start - 4) : quantity.start].rstrip().endswith(("et", "ou")):
            continue
        floor = found[index - 1].end if index else 0
        tail = Tail(text[max(floor, quantity.start - 40) : quantity.start], 3)
        if (
            tail.last() in ("et", "ou")
            and tail.last(3) in ("un", "une", "Un", "Une")
            and _counted(tail.last(2), t)
        ):
            base = quantity.start - len(tail.window)
            start = base + tail.offset(3)
            ones.append(_one(text, start, base + tail.offset(2) + len(tail.last(2))))
    return ones


def _counted(word: str, t: Tables) -> bool:
    """May ``word`` be what a number counts (a lowercase noun, not a function word)?"""
    return word.isalpha() and word.islower() and word not in t.not_nouns and word not in t.words


def _one(text: str, start: int, end: int) -> Quantity:
    """The quantity 1 for "un blessé" at ``[start, end)``."""
    noun = text[start:end].split(None, 1)[1]
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=Decimal(1),
        unit=noun,
        kind=COUNT,
    )


def _candidates(text: str, p: Patterns) -> Iterable[int]:
    """Offsets where a number may start, in order: digits, number words, Roman ordinals.

    Two simple passes (:func:`.patterns._locators`) are much faster than one pass of the
    full pattern, which is then matched at each offset they give.
    """
    if "\u0130" in text:  # "İ" lowercases to two characters: read it as before, whole
        return (m.start() for m in p.scan.finditer(text))
    # The first pass needs the space before a word: one stands before the text.
    starts = [m.start("w") - 1 for m in p.word_locator.finditer(" " + text)]
    starts += [m.start("w") if m.group("w") else m.start() for m in p.locator.finditer(text)]
    starts.sort()
    return starts


def _inside(reading: Reading | Quantity, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """Does the reading overlap one of the spans to skip (the host's dates)?"""
    if not ranges:
        return False
    index = bisect.bisect_right(starts, reading.end)
    return any(
        start < reading.end and reading.start < end
        for start, end in ranges[max(0, index - 3) : index]
    )


_ONE = Decimal(1)


def _tidy(value: Decimal | None) -> Decimal | None:
    """1.5E+6 -> 1500000, 12.50 -> 12.5: the same number, written as people read it."""
    if value is None:
        return None
    if value == value.to_integral_value():
        try:
            return value.quantize(_ONE)
        except InvalidOperation:  # more digits than the context's precision: keep it as is
            return value
    return value.normalize()


def _quantity(text: str, r: Reading) -> Quantity:
    """The frozen :class:`~newskit.types.Quantity` of a finished reading.

    Built through the core's constructor, as any plugin must: its converters and span
    check are the contract of the type. (Setting the fields directly would save about
    4 µs a quantity, 5 % of the finder's time, at the cost of a plugin that bypasses the
    core's validation; not worth it.)
    """
    return Quantity(
        start=r.start,
        end=r.end,
        text=text[r.start : r.end],
        value=_tidy(r.value),
        unit=r.unit,
        approximate=r.approximate,
        kind=r.kind,
        lower=None if r.lower is None else _tidy(r.lower),
        upper=None if r.upper is None else _tidy(r.upper),
        bound=r.bound,
    )


@functools.lru_cache(maxsize=8192)
def _word_before(lang: str, last: str) -> tuple[str, str, str | None, bool, bool, bool, bool]:
    """What the last word before a number says, worked out once per word and base
    language (bounded cache): the word unelided, then casefolded; its context reason
    ("year", "law reference"…); whether it is a law-reference filler ("L.", "n°"),
    whether it introduces a law reference ("article"), whether it has the shape of a
    code ("RN", "CAC"), and whether a modifier may end with it. Articles put the same
    few words before their numbers ("le", "de", "environ").

    All of it comes from the base language's own files; what CLDR says for the locale
    (day and month names, currency codes) is looked up by the caller.
    """
    t = tables(lang)
    word = unelided(last)
    folded = word.casefold().rstrip(",;:")
    low = last.lower()
    return (
        word,
        folded,
        t.contexts_before.get(word) or t.contexts_before.get(folded),
        is_law_filler(last),
        t.contexts_before.get(word.lower()) == "law reference",
        2 <= len(word) <= 3 and word.isupper() and word.isalpha(),
        bool(t.modifier_ends.get(low) or t.modifier_ends.get(unelided(low))),
    )


def _law_reference(lang: str, words: list[str]) -> bool:
    """:func:`.context.is_law_reference` over the last ``words`` before a number, each
    word read through :func:`_word_before`: past the fillers ("L.", "n°", "1234-", "le"),
    is the first other word one that introduces a law reference ("article", "loi")?"""
    for token in reversed(words):
        _, _, _, filler, law, _, _ = _word_before(lang, token)
        if not filler:
            return law
    return False


def _read(text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns) -> Reading | int:
    """Read the candidate ``match``: a reading, or the offset to resume scanning from."""
    core = read_core(text, match, floor, t, p)
    if not isinstance(core, Reading):
        return core
    window = text[max(floor, core.start - _WINDOW) : core.start]
    base = core.start - len(window)  # offset of the window in the text
    # The last word is all most candidates need: the six last words are split later,
    # only for a check that reads further back.
    last = window.rsplit(None, 1)
    word, folded, reason, filler, law, code_like, may_modify = _word_before(
        t.lang, last[-1] if last else ""
    )
    if (
        core.year_like
        and text[core.end : core.end + 1] in p.ends_a_number
        and (not may_modify or modifier(Tail(window, 6), t) is None)
        and currency_before(text, core.start, floor, p) is None
    ):
        # "au début de 2019, les": a bare year-like number with punctuation after it
        # counts nothing, so it is no quantity whatever word precedes it (the checks
        # below would only find another reason to skip it).
        return core.end
    if reason and not (reason in ("year", "time") or (reason == "date" and not core.year_like)):
        return core.end
    if core.year_like and (reason in _YEAR_CUES or folded.rstrip(".") in t.cldr.months):
        return core.end
    if folded in t.cldr.days:
        return core.end
    if _law_reference(t.lang, Tail(window, 6).words) if filler else law:
        return core.end
    if code_like and word not in t.cldr.codes:
        return core.end  # "AF 1234", "RN 7", "CAC 40": a code and its number
    if reason == "time" and re.match(r"[ \u00a0\u202f]*heures?\b", text[core.end : core.end + 10]):
        return core.end
    after = p.noun_after.match(text, core.end)
    if after and not after.group("de"):
        reason_after = t.contexts_after.get(after.group("noun").rstrip("."))
        if reason_after == "title" or (reason_after and not core.single_word):
            return core.end  # "12 rue de la Paix", "Premier ministre"; not "zéro place"
    if core.kind is ORDINAL or core.kind is MULTIPLIER:
        return core
    tail = Tail(window, 6)
    qualifier = modifier(tail, t) if may_modify else None
    if qualifier:
        effect, offset = qualifier
        apply_modifier(core, effect, base + offset)
    elif core.year_like:
        # A bare year-like number is a quantity only if it counts or measures something.
        read_unit(text, core, floor, t, p)
        return core if core.kind is not NUMBER else core.end
    elif tail.last() in ("moins", "Moins") and core.value is not None:
        core.value = -core.value  # "moins dix degrés"; "moins de" ends in "de"
        core.start = base + tail.offset(1)
        core.year_like = False
    resume = read_range(text, core, tail, base, t, p)
    if resume is not None:
        return resume
    read_unit(text, core, floor, t, p)
    if core.unit and core.kind is not COUNT:
        read_unit_range(text, core, tail, base, t, p)
    elif core.unit is None and core.kind is NUMBER and tail.last() in ("de", "De"):
        borrow_unit(text, core, t, p)
    read_multiplier(text, core, tail, p)
    after = p.approx_after.match(text, core.end) if "env" in text[core.end : core.end + 5] else None
    if after:
        core.approximate = True
        core.end = after.end()
    if core.year_like and core.kind is NUMBER and not core.bound and not core.approximate:
        return core.end
    if core.kind is NUMBER and core.unit is None and not core.bound and core.value is not None:
        if core.single_word in _DOUBTFUL_ALONE:
            return core.end
        if word[:1].isupper() and word.isalpha() and text[core.start].isdigit():
            return core.end  # "France 2", "Ligue 1", "Boeing 737": a name and its number
    return core
