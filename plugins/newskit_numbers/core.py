"""The number itself: digits with their groupings and signs, runs of number words,
Roman ordinals, and what makes a candidate no quantity at once (phones, times, dates).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from newskit_numbers.context import lead
from newskit_numbers.parse import digits_value
from newskit_numbers.patterns import Patterns, patterns
from newskit_numbers.proportions import read_score
from newskit_numbers.reading import MEASURE, MULTIPLIER, NUMBER, ORDINAL, Reading
from newskit_numbers.tables import Tables, WordEntry, tables
from newskit_numbers.units import glued_unit_ok, half_after, scale_of
from newskit_numbers.words import WordReading, read_words

__all__ = ["read_core"]

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


_TIME_STARTS = ("h", "H", ":")


_SPACES = frozenset(" \u00a0\u202f")  #: what ``scale_after`` starts with (its ``SPACE+``)


_DETERMINED_ROLES = frozenset({"scale", "collective", "quarter", "fraction", "thousand"})


_DATE_ARTICLES = frozenset({"le", "du", "au", "dès", "depuis", "jusqu'au", "jusqu’au"})


@functools.lru_cache(maxsize=4096)
def read_word_run(lang: str, words: tuple[str, ...]) -> WordReading | None:
    """:func:`.words.read_words` of ``lang``, remembered: articles repeat the same runs
    ("premier", "double", "deux cents") and the same words always read the same. The
    reading is frozen, so sharing it is safe; the cache is bounded for unusual texts."""
    return read_words(list(words), tables(lang).words)


@functools.lru_cache(maxsize=4096)
def _run_words(
    lang: str, run: str
) -> tuple[
    tuple[str, ...], tuple[tuple[int, int], ...], WordEntry | None, bool, WordReading | None
]:
    """What a run of number words is, apart from its context, worked out once per run and
    language (bounded cache): runs repeat ("premier", "double", "deux cents").

    Its lowercase words and their offsets in the run; the entry of the first word (None
    for an ordinal that is also a noun, "seconde"); whether that word reads a determiner
    before it ("une vingtaine"); and the reading of the words alone.
    """
    t = tables(lang)
    found = list(patterns(lang).word_token.finditer(run))
    words = tuple(m.group().lower() for m in found)
    first = None if words[0] in t.context_ordinals else t.words[words[0]]
    # Only these words read a determiner before them ("une vingtaine", "des millions").
    determined = first is not None and (first.role in _DETERMINED_ROLES or words[0] == "moitié")
    return words, tuple(m.span() for m in found), first, determined, read_word_run(lang, words)


def read_core(text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns) -> Reading | int:
    """The number at ``match`` alone (no modifier, no unit), or the offset to resume from."""
    if match.group("digits") is not None:
        return _read_digits(text, match, t, p)
    if match.group("words") is not None:
        return _read_words(text, match, floor, t, p)
    roman = p.roman.match(text, match.start())
    assert roman is not None
    value = _roman_value(roman.group())
    if value is None:
        return match.end()
    return Reading(match.start(), match.end(), Decimal(value), kind=ORDINAL)


def _roman_value(numeral: str) -> int | None:
    """ "XXI" -> 21; None for a malformed numeral."""
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN[char]
        following = _ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def _read_digits(text: str, match: re.Match[str], t: Tables, p: Patterns) -> Reading | int:
    """A number in digits; skips phones, chains, times, day numbers, postcodes, identifiers."""
    start, end = match.span("digits")
    raw = match.group("digits")
    group = match.group("sep")
    sign_start = start
    if start and text[start - 1] in "+-−":  # one test for most numbers: no sign, no dash
        if start == 1 or not text[start - 2].isalnum():
            sign_start = start - 1
        if text[start - 1] == "-" and start >= 2 and text[start - 2].isalpha():
            return end  # COVID-19, F-16: part of a name
    # Cheap character tests first: most numbers are none of these.
    if raw[0] == "0" or text[sign_start] == "+":
        phone = p.phone.match(text, sign_start if text[sign_start] == "+" else start)
        if phone:
            return phone.end()
    following = text[end : end + 1]
    if following == "/" and group is None:
        score = read_score(text, start, t, p)
        if score is not None:
            return score
        fraction = p.fraction.match(text, start)
        before = text[max(0, start - 8) : start].rsplit(None, 1)[-1:] or [""]
        if (
            fraction
            and int(fraction.group("num")) < int(fraction.group("den"))
            and before[0].lower() not in _DATE_ARTICLES  # "le 4/5", "du 1/3": dates
        ):
            value = Decimal(fraction.group("num")) / Decimal(fraction.group("den"))
            return Reading(start, fraction.end(), value)
    if following in ("-", ".", "/") or "." in raw:
        chained = p.chained.match(text, start)
        if chained and chained.end() >= end and not (group and chained.end() == end):
            return chained.end()  # 04/05/2022, 978-2-07-036822-8, 2.0.1 (but not 2.500.000)
    if following in _TIME_STARTS or text[end + 1 : end + 2] in _TIME_STARTS:
        time = p.time_after.match(text, end)
        if time:
            return time.end()
    if len(raw) == 1 and "m" in text[end : end + 2]:
        height = p.height.match(text, end)
        if height:  # "1m85", "1 m 85": metres and centimetres
            value = Decimal(f"{raw}.{height.group('cm')}")
            return Reading(sign_start, height.end(), value, MEASURE, t.units.get("m", "m"))
    integral = group is None and raw.isdigit()
    if (integral and len(raw) <= 2) or raw == "1":
        month = p.month_after.match(text, end)
        if month:
            return month.end()
    suffix = p.ordinal_suffix.match(text, end) if following.isalpha() else None
    if suffix and integral:
        month = p.month_after.match(text, suffix.end())
        if month:
            return month.end()  # 1er janvier
        return Reading(sign_start, suffix.end(), Decimal(raw), kind=ORDINAL)
    if integral and len(raw) == 5 and p.postcode_after.match(text, end):
        return end
    if following.isalpha() and not glued_unit_ok(text, end, t, p):
        return end  # 5G, 3D, 4x4: an identifier
    # Digits alone (the common case) need no separator replaced.
    value = Decimal(raw) if integral else digits_value(raw, group, t.cldr.decimal)
    if sign_start != start and text[sign_start] in "-−":
        value = -value
    reading = Reading(sign_start, end, value)
    reading.year_like = integral and len(raw) == 4 and 1000 <= value <= 2100 and sign_start == start
    # A scale word follows a space: no search after anything else ("2019,", "12 %" aside).
    scale = p.scale_after.match(text, end) if following in _SPACES else None
    if scale:
        reading.value = value * scale_of(scale.group("scale"), t)
        reading.end = scale.end()
        reading.scaled = True
        reading.year_like = False
        half_after(text, reading, value, scale.group("scale"), t)
    return reading


def _read_words(
    text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns
) -> Reading | int:
    """A run of number words, with "un", "des", "la", "un demi-" read from just before it."""
    start = match.start("words")
    words, spans, first, determined, alone = _run_words(t.lang, match.group("words"))
    first_end = start + spans[0][1]
    if first is None:
        return _context_ordinal(text, (words[0], start + spans[0][0], first_end), floor, t, p)
    window = text[max(floor, start - 20) : start]
    det, demi, lead_start = lead(window, start, determined)
    run = words
    if words[0] == "moitié":  # "la moitié des électeurs"; "moitié prix" is no number
        return Reading(lead_start, first_end, Decimal("0.5")) if det == "la" else first_end
    if det == "virgule":  # "un virgule cinq": the run is the decimals of "un"
        words = ("un", "virgule", *words)
    elif demi:
        if first.role != "scale":
            return first_end
        words = ("un", "demi", *words)
    elif det in ("un", "une") and first.role in (
        "scale",
        "quarter",
        "fraction",
        "collective",
        "thousand",
    ):
        words = (det, *words) if first.role != "collective" else words
    elif first.role in ("quarter", "fraction"):
        return first_end
    elif not det or first.role not in ("scale", "collective"):
        lead_start = start
    reading_words = alone if words is run else read_word_run(t.lang, words)
    if reading_words is None:
        return first_end
    added = len(words) - len(spans)
    consumed = reading_words.consumed - added
    if consumed <= 0:
        return first_end
    end = start + spans[consumed - 1][1]
    value = reading_words.value
    role = reading_words.role
    if role == "ordinal":
        month = p.month_after.match(text, end)
        if month:
            return month.end()  # premier mai
        return Reading(start, end, value, kind=ORDINAL)
    if role == "multiplier":
        return Reading(start, end, value, kind=MULTIPLIER, unit="×")
    month = p.month_after.match(text, end) if value <= 31 else None
    if month and value == value.to_integral_value():
        return month.end()  # "trente et un décembre"
    reading = Reading(lead_start, end, value, scaled=reading_words.scaled)
    if consumed == 1 and not lead_start < start:
        reading.single_word = text[start:end]
    if role == "collective":
        reading.approximate = True
        reading.scaled = True
        scale = p.collective_scale.match(text, end)
        if scale:
            value *= scale_of(scale.group("scale"), t)
            reading.end = scale.end()
        if det in ("un", "une") or words[0] in ("un", "une") or consumed > 1:
            reading.value = value  # "une vingtaine", "trois douzaines"
        elif det in ("des", "les", "plusieurs", "quelques", "de", "d'", "d’") or words[0].endswith(
            "s"
        ):
            reading.value = None
            reading.lower = value * 2
            reading.bound = "at_least"
            if det != "les":
                reading.start = lead_start if lead_start < start else start
        else:
            reading.value = value
        return reading
    if (
        role == "cardinal"
        and reading_words.scaled
        and det in ("des", "plusieurs", "quelques")
        and words[0] in ("millions", "milliards")
    ):
        reading.value = None
        reading.lower = value * 2
        reading.bound = "at_least"
        reading.approximate = True
        reading.start = lead_start
    if role == "fraction":
        reading.kind = NUMBER
    return reading


def _context_ordinal(
    text: str, token: tuple[str, int, int], floor: int, t: Tables, p: Patterns
) -> Reading | int:
    """ "la seconde vague", "arrivé second": an ordinal that is also a noun ("une seconde").

    It is an ordinal after a verb of ranking, or between a determiner and its noun.
    """
    word, start, end = token
    before = text[max(floor, start - 20) : start]
    if not before[-1:].isspace():
        return end
    words = before.rsplit(None, 1)
    cue = t.ordinal_cues.get(words[-1].lower()) if words else None
    if cue == "determiner":
        after = p.noun_after.match(text, end)
        noun = after.group("noun") if after and not after.group("de") else ""
        cue_after = t.ordinal_cues.get(noun)
        if cue_after == "time" or not (
            cue_after == "noun"
            or (noun.isalpha() and noun not in t.not_nouns and noun not in t.words)
        ):
            return end  # "attendez une seconde.", "à la seconde près", "la seconde suivante"
    elif cue != "ranking":
        return end  # "quelques secondes", "en seconde", "de seconde main"
    return Reading(start, end, t.context_ordinals[word], kind=ORDINAL)
