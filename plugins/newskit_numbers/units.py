"""What follows a number: scale words, percent signs, currencies, measures, counted nouns."""

from __future__ import annotations

import re
from decimal import Decimal

from newskit_numbers.patterns import Patterns
from newskit_numbers.reading import COUNT, MEASURE, MONEY, PERCENT, Reading
from newskit_numbers.tables import Tables

__all__ = ["currency_before", "glued_unit_ok", "half_after", "read_unit", "scale_of"]

_PLURAL_ENDINGS = ("s", "x", "z")


def glued_unit_ok(text: str, end: int, t: Tables, p: Patterns) -> bool:
    """Letters glued to digits are a unit or a scale ("5km", "3M€"), not an identifier ("5G")."""
    return bool(
        p.unit_after.match(text, end)
        or p.compact_scale.match(text, end)
        or p.currency_after.match(text, end)
        or p.percent.match(text, end)
    )


def scale_of(word: str, t: Tables) -> Decimal:
    """The multiplier of a scale word: "millions" -> 10**6, "milliers" -> 1000."""
    entry = t.words.get(word.lower())
    if entry is not None and entry.role in ("collective", "thousand"):
        return entry.value  # "milliers"
    exponent = (
        int(entry.value)
        if entry is not None and entry.role == "scale"
        else t.cldr.scales.get(word.casefold(), 0)
    )
    return Decimal(1).scaleb(exponent)


def half_after(text: str, reading: Reading, factor: Decimal, scale_word: str, t: Tables) -> None:
    """ "1 million et demi": a half of the scale."""
    half = re.match(
        r"[ \u00a0]+et[ \u00a0]+(demi|quart)(?![\w])", text[reading.end : reading.end + 20]
    )
    if half and reading.value is not None:
        reading.value += t.words[half.group(1)].value * scale_of(scale_word, t)
        reading.end += half.end()


def read_unit(text: str, reading: Reading, floor: int, t: Tables, p: Patterns) -> None:
    """What the number counts or measures: %, a currency, a unit, or a noun."""
    if reading.unit is not None:  # "1m85", "4,5/5": the number came with its unit
        return
    end = reading.end
    if text[end : end + 1] in p.ends_a_number:  # "en 2021, les", "18." : nothing after it
        _money_before(text, reading, floor, t, p)
        return
    ahead = text[end : end + 3]
    percent = p.percent.match(text, end) if ("%" in ahead or "p" in ahead or "‰" in ahead) else None
    if percent:
        reading.kind, reading.unit, reading.end = (
            PERCENT,
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
            reading.kind, reading.unit, reading.end = MONEY, code, currency.end()
            return
    if _money_before(text, reading, floor, t, p):
        return
    unit = p.unit_after.match(text, end)
    if unit and (reading.scaled or not unit.group("de")):
        surface = unit.group("unit") or unit.group("uname")
        normalized = t.units.get(surface) or t.units.get(surface.casefold())
        if normalized:
            reading.kind, reading.unit, reading.end = MEASURE, normalized, unit.end()
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
    reading.kind = COUNT
    reading.unit = text[noun_start:unit_end]
    reading.end = unit_end


def _money_before(text: str, reading: Reading, floor: int, t: Tables, p: Patterns) -> bool:
    """ "€500", "USD 20": a currency before the number makes it money (and starts it)."""
    before = currency_before(text, reading.start, floor, p)
    if before:
        symbol = before.group().strip(" \u00a0\u202f")
        code = symbol if symbol in t.cldr.codes else t.currency_symbols.get(symbol)
        if code:
            reading.kind, reading.unit = MONEY, code
            reading.start -= len(before.group())
            return True
    return False


def currency_before(text: str, start: int, floor: int, p: Patterns) -> re.Match[str] | None:
    """A currency symbol or code right before ``start`` ("€500", "USD 20"), not before ``floor``."""
    last = text[start - 1 : start] if start > floor else ""
    if last in _SPACES and start - 1 > floor:
        last = text[start - 2]
    if last not in p.currency_last_chars:  # most numbers follow a word or a space: no search
        return None
    return p.currency_before.search(text[max(floor, start - 4) : start])


_SPACES = frozenset(" \u00a0\u202f")


def _compact_exponent(symbol: str, t: Tables) -> int:
    """ "k" -> 3, "M" -> 6, "Md"/"Mds"/"Mrd" -> 9 (CLDR has the first ones)."""
    folded = symbol.casefold()
    if folded in t.cldr.scales:
        return t.cldr.scales[folded]
    return 9 if folded.startswith("m") else 0


def _scale(reading: Reading, factor: Decimal) -> None:
    """Multiply every value of ``reading`` by ``factor`` ("3 M€": the "M")."""
    for name in ("value", "lower", "upper"):
        value = getattr(reading, name)
        if value is not None:
            setattr(reading, name, value * factor)
