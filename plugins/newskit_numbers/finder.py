"""Find the quantities of a text: scan for numbers, read each with what surrounds it.

One pass of the scan pattern proposes candidates (digits, runs of number words, Roman
ordinals); each is then read at its offset, looking left for what qualifies it
("environ", "plus de", "entre", "un", "des") and right for what it counts ("millions",
"%", "€", "km", "personnes"). Candidates that are parts of dates, times, phone numbers,
postcodes, identifiers or law references are skipped, whether or not the host's dates
stage found them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

import attrs

from newskit.types import Quantity, QuantityKind, Span
from newskit_numbers.parse import digits_value
from newskit_numbers.patterns import Patterns, patterns
from newskit_numbers.tables import Tables, tables
from newskit_numbers.words import read_words

__all__ = ["find_quantities"]

_WINDOW = 40  #: how far back to look for modifiers and context words
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_BOUND_OF = {
    "more_than": "more_than",
    "at_least": "at_least",
    "less_than": "less_than",
    "at_most": "at_most",
    "approx_more_than": "more_than",
    "approx_less_than": "less_than",
}
#: Lone number words that are too often something else ("un bâtiment neuf"): they need
#: something counted, a modifier or a range to be read as numbers.
_DOUBTFUL_ALONE = frozenset({"neuf", "Neuf", "cent", "Cent", "mille", "Mille", "onze", "Onze"})
_YEAR_CUES = frozenset({"year", "date"})


@attrs.define
class _Reading:
    """A quantity being read (mutable while the finder fills it; never leaves this module)."""

    start: int
    end: int
    value: Decimal | None
    kind: QuantityKind = QuantityKind.NUMBER
    unit: str | None = None
    approximate: bool = False
    lower: Decimal | None = None
    upper: Decimal | None = None
    bound: str | None = None
    scaled: bool = False  #: ends in a scale or collective word: "de" may introduce the unit
    year_like: bool = False
    single_word: str | None = None  #: the word, when the number is one word alone


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
    for position in _candidates(text, p):
        if position < pos:
            continue
        match = p.scan.match(text, position)
        if match is None:
            continue
        result = _read(text, match, floor, t, p)
        if isinstance(result, _Reading):
            if not _inside(result, ranges, starts):
                found.append(_quantity(text, result))
            pos = floor = max(result.end, match.start() + 1)
        else:
            pos = max(result, match.start() + 1)
    ones = _coordinated_ones(text, found, t, p)
    if ones:
        found = sorted(
            [*found, *(q for q in ones if not _inside(q, ranges, starts))], key=lambda q: q.start
        )
    return found


def _coordinated_ones(text: str, found: list[Quantity], t: Tables, p: Patterns) -> list[Quantity]:
    """ "un mort et deux blessés", "deux morts et un blessé": "un" counts beside another count.

    Alone, "un" is an article; coordinated with a count, it is the number 1.
    """
    ones: list[Quantity] = []
    for index, quantity in enumerate(found):
        if quantity.kind is not QuantityKind.COUNT:
            continue
        ahead = text[quantity.end : quantity.end + 8]
        after = p.one_after.match(text, quantity.end) if ("et" in ahead or "ou" in ahead) else None
        limit = found[index + 1].start if index + 1 < len(found) else len(text)
        if after and after.end() <= limit and _counted(after.group("noun"), t):
            ones.append(_one(text, after.start("one"), after.end()))
        if not text[max(0, quantity.start - 4) : quantity.start].rstrip().endswith(("et", "ou")):
            continue
        floor = found[index - 1].end if index else 0
        tail = _Tail(text[max(floor, quantity.start - 40) : quantity.start], 3)
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
    return word.isalpha() and word.islower() and word not in t.not_nouns and word not in t.words


def _one(text: str, start: int, end: int) -> Quantity:
    noun = text[start:end].split(None, 1)[1]
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=Decimal(1),
        unit=noun,
        kind=QuantityKind.COUNT,
    )


_TIME_STARTS = ("h", "H", ":")
_PLURAL_ENDINGS = ("s", "x", "z")
#: Elided words glued to the next one ("l’article", "d’environ"); "jusqu’à" is one phrase.
_ELIDED = frozenset({"l", "d", "qu", "j", "n", "s", "m", "t", "c"})
_DATE_ARTICLES = frozenset({"le", "du", "au", "dès", "depuis", "jusqu'au", "jusqu’au"})


def _candidates(text: str, p: Patterns) -> Iterable[int]:
    """Offsets where a number may start, in order: digits, number words, Roman ordinals.

    Three simple passes are much faster than one pass of the full pattern: runs of ASCII
    digits and capital Roman letters are found by the engine's fast character-set loop,
    and the number words in the lowercased text need no capitalized variants.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lowercase is longer: offsets shift
        return (m.start() for m in p.scan.finditer(text))
    starts = [m.start() for m in p.digit_locator.finditer(text)]
    # The locator needs the character before a word: a space stands before the first one.
    starts += [m.start("w") - 1 for m in p.word_locator.finditer(" " + lowered)]
    starts += [m.start() for m in p.roman_locator.finditer(text)]
    starts.sort()
    return starts


class _Tail:
    """The last words of the text before a number; their offsets are computed only if asked."""

    __slots__ = ("_offsets", "count", "window", "words")

    def __init__(self, window: str, count: int) -> None:
        parts = window.rsplit(None, count)
        self.window = window
        self.words = parts[1:] if len(parts) > count else parts
        self.count = len(self.words)
        self._offsets: list[int] | None = None

    def last(self, index: int = 1) -> str:
        """The ``index``-th word from the end ("" when there are fewer)."""
        return self.words[-index] if self.count >= index else ""

    def offset(self, index: int) -> int:
        """Offset in the window of the ``index``-th word from the end."""
        if self._offsets is None:
            offsets = []
            end = len(self.window)
            for part in reversed(self.words):
                end = self.window.rindex(part, 0, end)
                offsets.append(end)
            self._offsets = offsets
        return self._offsets[index - 1]


def _inside(reading: _Reading | Quantity, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    if not ranges:
        return False
    index = bisect.bisect_right(starts, reading.end)
    return any(
        start < reading.end and reading.start < end
        for start, end in ranges[max(0, index - 3) : index]
    )


def _tidy(value: Decimal | None) -> Decimal | None:
    """1.5E+6 -> 1500000, 12.50 -> 12.5: the same number, written as people read it."""
    if value is None:
        return None
    if value == value.to_integral_value():
        try:
            return value.quantize(Decimal(1))
        except InvalidOperation:  # more digits than the context's precision: keep it as is
            return value
    return value.normalize()


def _quantity(text: str, r: _Reading) -> Quantity:
    return Quantity(
        start=r.start, end=r.end, text=text[r.start : r.end],
        value=_tidy(r.value), unit=r.unit, approximate=r.approximate, kind=r.kind,
        lower=_tidy(r.lower), upper=_tidy(r.upper), bound=r.bound,
    )  # fmt: skip


# -- reading one candidate ---------------------------------------------------------------


def _read(text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns) -> _Reading | int:
    """Read the candidate ``match``: a reading, or the offset to resume scanning from."""
    core = _read_core(text, match, floor, t, p)
    if not isinstance(core, _Reading):
        return core
    window = text[max(floor, core.start - _WINDOW) : core.start]
    base = core.start - len(window)  # offset of the window in the text
    tail = _Tail(window, 6)
    word = _unelided(tail.last())
    folded = word.casefold().rstrip(",;:")
    reason = t.contexts_before.get(word) or t.contexts_before.get(folded)
    if reason and not (reason in ("year", "time") or (reason == "date" and not core.year_like)):
        return core.end
    if core.year_like and (
        reason in _YEAR_CUES or reason == "year" or folded.rstrip(".") in t.cldr.months
    ):
        return core.end
    if folded in t.cldr.days or (folded.rstrip(".") in t.cldr.months and core.year_like):
        return core.end
    if _is_law_reference(tail, t, p):
        return core.end
    if 2 <= len(word) <= 3 and word.isupper() and word.isalpha() and word not in t.cldr.codes:
        return core.end  # "AF 1234", "RN 7", "CAC 40": a code and its number
    if reason == "time" and re.match(r"[ \u00a0\u202f]*heures?\b", text[core.end : core.end + 10]):
        return core.end
    after = p.noun_after.match(text, core.end)
    reason_after = t.contexts_after.get(after.group("noun").rstrip(".")) if after else None
    if reason_after and not after.group("de") and (reason_after == "title" or not core.single_word):  # type: ignore[union-attr]
        return core.end  # "12 rue de la Paix", "Premier ministre"; not "zéro place"
    if core.kind is QuantityKind.ORDINAL or core.kind is QuantityKind.MULTIPLIER:
        return core
    modifier = _modifier(tail, t)
    if modifier:
        effect, offset = modifier
        _apply_modifier(core, effect, base + offset)
    elif core.year_like:
        # A bare year-like number is a quantity only if it counts or measures something.
        _read_unit(text, core, floor, t, p)
        return core if core.kind is not QuantityKind.NUMBER else core.end
    elif tail.last() in ("moins", "Moins") and core.value is not None:
        core.value = -core.value  # "moins dix degrés"; "moins de" ends in "de"
        core.start = base + tail.offset(1)
        core.year_like = False
    resume = _read_range(text, core, tail, base, t, p)
    if resume is not None:
        return resume
    _read_unit(text, core, floor, t, p)
    if core.unit and core.kind is not QuantityKind.COUNT:
        _read_unit_range(text, core, tail, base, t, p)
    elif core.unit is None and core.kind is QuantityKind.NUMBER and tail.last() in ("de", "De"):
        _borrow_unit(text, core, t, p)
    _read_multiplier(text, core, tail, p)
    after = p.approx_after.match(text, core.end) if "env" in text[core.end : core.end + 5] else None
    if after:
        core.approximate = True
        core.end = after.end()
    if (
        core.year_like
        and core.kind is QuantityKind.NUMBER
        and not core.bound
        and not core.approximate
    ):
        return core.end
    if core.single_word in _DOUBTFUL_ALONE and core.kind is QuantityKind.NUMBER and not core.bound:
        return core.end
    return core


def _read_core(
    text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns
) -> _Reading | int:
    if match.group("digits") is not None:
        return _read_digits(text, match, t, p)
    if match.group("words") is not None:
        return _read_words(text, match, floor, t, p)
    roman = p.roman.match(text, match.start())
    assert roman is not None
    value = _roman_value(roman.group())
    if value is None:
        return match.end()
    return _Reading(match.start(), match.end(), Decimal(value), kind=QuantityKind.ORDINAL)


def _roman_value(numeral: str) -> int | None:
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN[char]
        following = _ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def _read_digits(text: str, match: re.Match[str], t: Tables, p: Patterns) -> _Reading | int:
    start, end = match.span("digits")
    raw = match.group("digits")
    group = match.group("sep")
    sign_start = start
    if start and text[start - 1] in "+-−" and (start == 1 or not text[start - 2].isalnum()):
        sign_start = start - 1
    if start and text[start - 1] == "-" and start >= 2 and text[start - 2].isalpha():
        return end  # COVID-19, F-16: part of a name
    # Cheap character tests first: most numbers are none of these.
    if raw[0] == "0" or text[sign_start] == "+":
        phone = p.phone.match(text, sign_start if text[sign_start] == "+" else start)
        if phone:
            return phone.end()
    following = text[end : end + 1]
    if following == "/" and group is None:
        fraction = p.fraction.match(text, start)
        before = text[max(0, start - 8) : start].rsplit(None, 1)[-1:] or [""]
        if (
            fraction
            and int(fraction.group("num")) < int(fraction.group("den"))
            and before[0].lower() not in _DATE_ARTICLES  # "le 4/5", "du 1/3": dates
        ):
            value = Decimal(fraction.group("num")) / Decimal(fraction.group("den"))
            return _Reading(start, fraction.end(), value)
    if following in ("-", ".", "/") or "." in raw:
        chained = p.chained.match(text, start)
        if chained and chained.end() >= end and not (group and chained.end() == end):
            return chained.end()  # 04/05/2022, 978-2-07-036822-8, 2.0.1 (but not 2.500.000)
    if following in _TIME_STARTS or text[end + 1 : end + 2] in _TIME_STARTS:
        time = p.time_after.match(text, end)
        if time:
            return time.end()
    integral = group is None and raw.isdigit()
    if (integral and len(raw) <= 2) or raw == "1":
        month = p.month_after.match(text, end)
        if month:
            return month.end()
    suffix = p.ordinal_suffix.match(text, end) if text[end : end + 1].isalpha() else None
    if suffix and integral:
        month = p.month_after.match(text, suffix.end())
        if month:
            return month.end()  # 1er janvier
        return _Reading(sign_start, suffix.end(), Decimal(raw), kind=QuantityKind.ORDINAL)
    if integral and len(raw) == 5 and p.postcode_after.match(text, end):
        return end
    if following.isalpha() and not _glued_unit_ok(text, end, t, p):
        return end  # 5G, 3D, 4x4: an identifier
    value = digits_value(raw, group, t.cldr.decimal)
    if sign_start != start and text[sign_start] in "-−":
        value = -value
    reading = _Reading(sign_start, end, value)
    reading.year_like = integral and len(raw) == 4 and 1000 <= value <= 2100 and sign_start == start
    scale = p.scale_after.match(text, end)
    if scale:
        reading.value = value * _scale_of(scale.group("scale"), t)
        reading.end = scale.end()
        reading.scaled = True
        reading.year_like = False
        _half_after(text, reading, value, scale.group("scale"), t)
    return reading


def _glued_unit_ok(text: str, end: int, t: Tables, p: Patterns) -> bool:
    """Letters glued to digits are a unit or a scale ("5km", "3M€"), not an identifier ("5G")."""
    return bool(
        p.unit_after.match(text, end)
        or p.compact_scale.match(text, end)
        or p.currency_after.match(text, end)
        or p.percent.match(text, end)
    )


def _scale_of(word: str, t: Tables) -> Decimal:
    entry = t.words.get(word.lower())
    if entry is not None and entry.role in ("collective", "thousand"):
        return entry.value  # "milliers"
    exponent = (
        int(entry.value)
        if entry is not None and entry.role == "scale"
        else t.cldr.scales.get(word.casefold(), 0)
    )
    return Decimal(1).scaleb(exponent)


def _half_after(text: str, reading: _Reading, factor: Decimal, scale_word: str, t: Tables) -> None:
    """ "1 million et demi": a half of the scale."""
    half = re.match(
        r"[ \u00a0]+et[ \u00a0]+(demi|quart)(?![\w])", text[reading.end : reading.end + 20]
    )
    if half and reading.value is not None:
        reading.value += t.words[half.group(1)].value * _scale_of(scale_word, t)
        reading.end += half.end()


def _read_words(
    text: str, match: re.Match[str], floor: int, t: Tables, p: Patterns
) -> _Reading | int:
    start = match.start("words")
    run = match.group("words")
    if " " in run or "-" in run or "\u00a0" in run or "\u202f" in run:
        tokens = [
            (m.group().lower(), start + m.start(), start + m.end())
            for m in p.word_token.finditer(run)
        ]
    else:  # one word, the common case
        tokens = [(run.lower(), start, start + len(run))]
    words = [w for w, _, _ in tokens]
    first = t.words[words[0]]
    window = text[max(floor, start - 20) : start]
    det, demi, lead_start = _lead(window, start)
    if words[0] == "moitié":  # "la moitié des électeurs"; "moitié prix" is no number
        return _Reading(lead_start, tokens[0][2], Decimal("0.5")) if det == "la" else tokens[0][2]
    if det == "virgule":  # "un virgule cinq": the run is the decimals of "un"
        words = ["un", "virgule", *words]
    elif demi:
        if first.role != "scale":
            return tokens[0][2]
        words = ["un", "demi", *words]
    elif det in ("un", "une") and first.role in (
        "scale",
        "quarter",
        "fraction",
        "collective",
        "thousand",
    ):
        words = [det, *words] if first.role != "collective" else words
    elif first.role in ("quarter", "fraction"):
        return tokens[0][2]
    elif not det or first.role not in ("scale", "collective"):
        lead_start = start
    reading_words = read_words(words, t.words)
    if reading_words is None:
        return tokens[0][2]
    added = len(words) - len(tokens)
    consumed = reading_words.consumed - added
    if consumed <= 0:
        return tokens[0][2]
    end = tokens[consumed - 1][2]
    value = reading_words.value
    role = reading_words.role
    if role == "ordinal":
        month = p.month_after.match(text, end)
        if month:
            return month.end()  # premier mai
        return _Reading(start, end, value, kind=QuantityKind.ORDINAL)
    if role == "multiplier":
        return _Reading(start, end, value, kind=QuantityKind.MULTIPLIER, unit="×")
    if value <= 31 and value == value.to_integral_value() and p.month_after.match(text, end):
        return p.month_after.match(text, end).end()  # type: ignore[union-attr]
    reading = _Reading(lead_start, end, value, scaled=reading_words.scaled)
    if consumed == 1 and not lead_start < start:
        reading.single_word = text[start:end]
    if role == "collective":
        reading.approximate = True
        reading.scaled = True
        scale = p.collective_scale.match(text, end)
        if scale:
            value *= _scale_of(scale.group("scale"), t)
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
        reading.kind = QuantityKind.NUMBER
    return reading


# -- what qualifies a number -------------------------------------------------------------


#: "est passé de 8 à 7 %": after these endings, "de X à Y" is a change, not a range.
_PARTICIPLES = ("é", "ée", "és", "ées", "is", "ait")
#: Verbs of change: "passe de 8 % à 7 %" is two values, "varie de 10 € à 20 €" a range.
_CHANGES = (
    "pass", "augment", "baiss", "grimp", "chut", "recul", "progress", "bond", "diminu",
    "mont", "descend", "tomb", "port", "élev", "rédui", "ramen", "relev", "abaiss", "évolu",
)  # fmt: skip


def _is_change(tail: _Tail) -> bool:
    """ "est passé de", "a augmenté de": what follows "de" is a starting value, not a range."""
    verb = tail.last(2).lower()
    return verb.endswith(_PARTICIPLES) or verb.startswith(_CHANGES)


_HEDGES = frozenset({"bonne", "petite", "grosse", "large", "bon", "petit", "gros"})
_DETERMINERS = frozenset(
    {"un", "une", "des", "les", "plusieurs", "quelques", "la", "de", "d'", "d’"}
)


def _lead(window: str, start: int) -> tuple[str, bool, int]:
    """What stands before a run of number words: ("un", True, offset) for "un demi-milliard"."""
    tail = _Tail(window, 3)
    base = start - len(window)
    demi = False
    skip = 1
    if tail.last().lower() in _HEDGES and tail.last(2).lower() in ("un", "une"):
        skip = 2  # "une bonne centaine", "une petite vingtaine"
    if tail.last().lower().rstrip("-") in ("demi", "demie"):
        if not window.endswith(("-", " ", "\u00a0")):
            return "", False, start
        demi = True
        lead_start = base + tail.offset(1)
        skip = 2
    elif window[-1:].isspace():
        lead_start = start
    else:
        return "", False, start
    low = tail.last(skip).lower()
    if low == "virgule" and not demi and tail.last(2).lower() in ("un", "une"):
        return "virgule", False, base + tail.offset(2)  # "un virgule cinq"
    if low.endswith(("'un", "’un", "'une", "’une")):  # "près d’un million"
        return low[2:], demi, base + tail.offset(skip) + 2
    if low in _DETERMINERS:
        return low, demi, base + tail.offset(skip)
    return "", demi, lead_start


_OPENERS = '(«"“'


def _modifier(tail: _Tail, t: Tables) -> tuple[str, int] | None:
    """The modifier ("environ", "plus de", "jusqu’à") ending the window, and its offset."""
    last = tail.last().lower()
    counts = t.modifier_ends.get(last) or t.modifier_ends.get(_unelided(last))
    if not counts:
        return None
    words = tail.words
    for count in counts:
        if len(words) < count:
            continue
        first = words[-count]
        opened = _unelided(first.lstrip(_OPENERS))  # "d’environ" reads as "environ"
        phrase = " ".join([opened, *words[len(words) - count + 1 :]]).lower()
        effect = t.modifiers.get(phrase)
        if effect:
            return effect, tail.offset(count) + len(first) - len(opened)
    return None


def _unelided(token: str) -> str:
    """ "l’article" -> "article"; "d’" stays (it is the elided word itself)."""
    if "’" not in token and "'" not in token:
        return token
    for apostrophe in ("’", "'"):
        head, _, rest = token.rpartition(apostrophe)
        if rest and head.lower() in _ELIDED:
            return rest
    return token


def _is_law_reference(tail: _Tail, t: Tables, p: Patterns) -> bool:
    """ "article L. 1234-", "articles 3 et", "loi n°": the number is a reference, not a quantity."""
    for token in reversed(tail.words):
        if not p.law_filler.fullmatch(token):
            return t.contexts_before.get(_unelided(token).lower()) == "law reference"
    return False


def _apply_modifier(reading: _Reading, effect: str, start: int) -> None:
    if not effect:
        return
    reading.start = min(reading.start, start)
    if effect.startswith("approx"):
        reading.approximate = True
    bound = _BOUND_OF.get(effect)
    if bound and reading.value is not None:
        reading.bound = bound
        if bound in ("more_than", "at_least"):
            reading.lower = reading.value
        else:
            reading.upper = reading.value
    reading.year_like = False


def _read_range(
    text: str, reading: _Reading, tail: _Tail, base: int, t: Tables, p: Patterns
) -> int | None:
    """ "entre 10 et 20", "de 10 à 20", "10-20": the reading becomes a range.

    Returns an offset to resume from when the pair is not a quantity at all: a span of
    years ("entre 2019 et 2021") or a score ("3-1").
    """
    join = p.range_join.match(text, reading.end)
    if join is None or reading.value is None or reading.kind is not QuantityKind.NUMBER:
        return None
    joiner = join.group("word") or join.group("dash")
    last = tail.last()
    between = tail.offset(1) if last in ("entre", "Entre") else None
    if joiner == "et" and between is None:
        return None
    if joiner == "au":
        return None
    if joiner == "à" and last == "de" and _is_change(tail):
        return None  # "est passé de 8 à 7 %": a change, not a range
    second = p.scan.match(text, join.end())
    if second is None:
        return None
    other = _read_core(text, second, join.end(), t, p)
    if (
        not isinstance(other, _Reading)
        or other.value is None
        or other.kind is not QuantityKind.NUMBER
    ):
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


def _read_multiplier(text: str, reading: _Reading, tail: _Tail, p: Patterns) -> None:
    """ "trois fois plus", "multiplié par trois": a factor, not a count."""
    if reading.kind is not QuantityKind.NUMBER or reading.value is None:
        return
    after = (
        p.times_after.match(text, reading.end)
        if "fois" in text[reading.end : reading.end + 6]
        else None
    )
    before = tail.last() == "par" and tail.last(2).lower().rstrip("es") in ("multiplié", "divisé")
    if after or before:
        reading.kind, reading.unit = QuantityKind.MULTIPLIER, "×"
        if after:
            reading.end = after.end("fois")


def _read_unit_range(
    text: str, reading: _Reading, tail: _Tail, base: int, t: Tables, p: Patterns
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
        or (joiner == "à" and last in ("de", "De") and not _is_change(tail))
    ):
        return
    second = p.scan.match(text, join.end())
    other = _read_core(text, second, join.end(), t, p) if second else None
    if not isinstance(other, _Reading) or other.value is None:
        return
    _read_unit(text, other, join.end(), t, p)
    if other.unit != reading.unit or other.value <= reading.value:
        return
    reading.lower, reading.upper, reading.value = reading.value, other.value, None
    reading.end = other.end
    if last in ("entre", "Entre"):
        reading.start = min(reading.start, base + tail.offset(1))


def _borrow_unit(text: str, reading: _Reading, t: Tables, p: Patterns) -> None:
    """ "est passé de 8 à 7 %": the starting value is in the unit of the arrival."""
    join = p.range_join.match(text, reading.end)
    if join is None or join.group("word") != "à":
        return
    second = p.scan.match(text, join.end())
    other = _read_core(text, second, join.end(), t, p) if second else None
    if not isinstance(other, _Reading):
        return
    _read_unit(text, other, join.end(), t, p)
    if other.kind in (QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.MEASURE):
        reading.kind, reading.unit = other.kind, other.unit


def _leading(value: Decimal) -> Decimal:
    """The scale of a scaled value: 3 000 000 -> 1 000 000 (to scale the low end of a range)."""
    exponent = value.adjusted()
    return Decimal(1).scaleb(exponent - exponent % 3) if exponent >= 3 else Decimal(1)


def _read_unit(text: str, reading: _Reading, floor: int, t: Tables, p: Patterns) -> None:
    """What the number counts or measures: %, a currency, a unit, or a noun."""
    end = reading.end
    ahead = text[end : end + 3]
    percent = p.percent.match(text, end) if ("%" in ahead or "p" in ahead or "‰" in ahead) else None
    if percent:
        reading.kind, reading.unit, reading.end = (
            QuantityKind.PERCENT,
            "‰" if "‰" in percent.group() else "%",
            percent.end(),
        )
        return
    compact = p.compact_scale.match(text, end)
    if compact:
        _scale(reading, Decimal(1).scaleb(_compact_exponent(compact.group("scale"), t)))
        end = compact.end()
        reading.scaled = True
    currency = p.currency_after.match(text, end)
    if currency and (reading.scaled or not currency.group("de")):
        code = (
            currency.group("code")
            or t.currency_symbols.get(currency.group("symbol") or "")
            or t.currency_names.get((currency.group("name") or "").casefold())
        )
        if code:
            reading.kind, reading.unit, reading.end = QuantityKind.MONEY, code, currency.end()
            return
    window = text[max(floor, reading.start - 4) : reading.start]
    before = p.currency_before.search(window)
    if before:
        symbol = before.group().strip(" \u00a0\u202f")
        code = symbol if symbol in t.cldr.codes else t.currency_symbols.get(symbol)
        if code:
            reading.kind, reading.unit = QuantityKind.MONEY, code
            reading.start -= len(before.group())
            return
    unit = p.unit_after.match(text, end)
    if unit and (reading.scaled or not unit.group("de")):
        surface = unit.group("unit") or unit.group("uname")
        normalized = t.units.get(surface) or t.units.get(surface.casefold())
        if normalized:
            reading.kind, reading.unit, reading.end = QuantityKind.MEASURE, normalized, unit.end()
            return
    noun = p.noun_after.match(text, end)
    if noun is None or (noun.group("de") and not reading.scaled):
        return
    word = noun.group("noun").rstrip("'’-")
    noun_start = noun.start("noun")
    if word.casefold() in t.adjectives:  # "3 nouveaux cas": the noun is what is counted
        following = p.noun_after.match(text, noun_start + len(word))
        if following is None or following.group("de"):
            return
        word, noun_start = following.group("noun"), following.start("noun")
    if word.casefold() in t.not_nouns or word in t.words or word.rstrip(".") in t.cldr.months:
        return
    if (reading.value is None or reading.value >= 2) and not word.endswith(_PLURAL_ENDINGS):
        return  # "10 approuvent", "5,4 frappe": after two or more, a French noun ends in -s, -x, -z
    unit_end = noun_start + len(word)
    extension = p.de_noun.match(text, unit_end)
    if (
        extension
        and extension.group("noun").casefold() not in t.not_nouns
        and extension.group("noun") not in t.words
    ):
        unit_end = extension.end()
    reading.kind = QuantityKind.COUNT
    reading.unit = text[noun_start:unit_end]
    reading.end = unit_end


def _compact_exponent(symbol: str, t: Tables) -> int:
    """ "k" -> 3, "M" -> 6, "Md"/"Mds"/"Mrd" -> 9 (CLDR has the first ones)."""
    folded = symbol.casefold()
    if folded in t.cldr.scales:
        return t.cldr.scales[folded]
    return 9 if folded.startswith("m") else 0


def _scale(reading: _Reading, factor: Decimal) -> None:
    for name in ("value", "lower", "upper"):
        value = getattr(reading, name)
        if value is not None:
            setattr(reading, name, value * factor)
