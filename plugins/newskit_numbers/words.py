"""The grammar of spelled-out French numbers: tokens in, exact value out.

Handles the additive system (``dix-sept``, ``soixante-dix``, ``quatre-vingt-dix-neuf``,
Belgian and Swiss ``septante``/``huitante``/``nonante``), hundreds and thousands with or
without the 1990 hyphens (``deux cents``, ``deux-cent-mille``), the long scales
(``deux millions trois cent mille``), halves and quarters (``deux millions et demi``,
``un demi-milliard``, ``quatre milliards et quart``), fractions (``deux tiers``,
``trois quarts``) and ordinals (``vingt-et-unième``). It reads greedily and stops at the
first word that would make the number ill-formed, so ``deux trois`` reads as ``deux``.
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from newskit_numbers.tables import WordEntry

__all__ = ["WordReading", "read_words"]

_ZERO = Decimal(0)
_ONE = Decimal(1)


@frozen
class WordReading:
    """What a run of number words means."""

    value: Decimal
    consumed: int  #: how many tokens (connectors included) make up the number
    role: str  #: "cardinal", "ordinal", "fraction", "collective", "multiplier"
    scaled: (
        bool  #: the number ends in a scale word (million, milliard): a noun may follow with "de"
    )


def _additive_ok(current: Decimal, value: Decimal) -> bool:
    """May ``value`` (below 100) be added to ``current`` (below 1000) in a well-formed number?"""
    low = int(current) % 100
    if low == 0:
        return True
    if low in (60, 80):  # soixante-dix-sept, quatre-vingt-onze
        return value < 20
    if low == 10:
        return 7 <= value <= 9  # dix-sept, dix-huit, dix-neuf
    if low % 10 == 0 and low >= 20:
        return value < 10
    return False


def _decimals(tokens: list[str], words: dict[str, WordEntry]) -> tuple[str, int] | None:
    """The digits after "virgule": "zéro cinq" -> "05", "cinquante" -> "50"; None if none."""
    digits = []
    for token in tokens:
        entry = words.get(token)
        if entry is None or entry.role != "unit" or entry.value > 9 or token == "une":
            break
        digits.append(str(int(entry.value)))
    if len(digits) > 1 or (digits and len(tokens) == 1):
        return "".join(digits), len(digits)
    reading = read_words(tokens, words)
    if (
        reading is None
        or reading.role != "cardinal"
        or reading.value != reading.value.to_integral_value()
    ):
        return None
    return str(int(reading.value)), reading.consumed


def read_words(tokens: list[str], words: dict[str, WordEntry]) -> WordReading | None:
    """Read a number from lowercase ``tokens`` ("et" kept as a token); None if the first is not one."""
    if not tokens:
        return None
    first = words.get(tokens[0])
    if first is None:
        return None
    if first.role == "multiplier":
        return WordReading(first.value, 1, "multiplier", False)
    if first.role == "collective":
        return WordReading(first.value, 1, "collective", False)
    if (
        len(tokens) > 1
        and first.role == "unit"
        and words.get(tokens[1], first).role == "collective"
    ):
        # "trois douzaines": a count of collectives
        return WordReading(first.value * words[tokens[1]].value, 2, "collective", False)
    big = _ZERO  # millions and above, already multiplied
    thousands = _ZERO  # the part counted in thousands, already multiplied
    current = _ZERO  # below a thousand
    started = False
    last_scale: Decimal | None = None  # the last scale word's value, for "et demi"
    consumed = 0
    role = "cardinal"
    scaled = False
    pending_half = False  # "demi" before a scale: "un demi-milliard"
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "et":
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            entry = words.get(following)
            low = int(current) % 100
            if (
                entry is not None
                and following in ("un", "une", "unième", "onze", "onzième")
                and low in (20, 30, 40, 50, 60)
            ):
                current += entry.value
                consumed = i + 2
                if entry.role == "ordinal":
                    role = "ordinal"
                    break
                i += 2
                continue
            if entry is not None and entry.role in ("half", "quarter") and started:
                unit = last_scale if last_scale is not None and current == 0 else _ONE
                current += entry.value * unit
                consumed = i + 2
                break
            break
        entry = words.get(token)
        if entry is None:
            break
        role_of = entry.role
        if role_of in ("unit", "ten"):
            value = entry.value
            if role_of == "ten" and value == 20 and int(current) % 100 == 4:
                current += 76  # quatre-vingt(s): 4 becomes 80
            elif started and (
                not _additive_ok(current, value) or not (big or thousands or current)
            ):
                # "zéro cinq" is two digits, not a number
                break
            else:
                current += value
        elif role_of == "hundred":
            if current >= 100:
                break
            current = (current or _ONE) * 100
        elif role_of == "thousand":
            if thousands:
                break
            thousands = (current or _ONE) * 1000
            current = _ZERO
        elif role_of == "scale":
            scale = Decimal(1).scaleb(int(entry.value))
            if last_scale is not None and scale >= last_scale:
                break
            factor = (thousands + current) or _ONE
            if pending_half:
                factor = factor / 2 if (thousands + current) else Decimal("0.5")
                pending_half = False
            big += factor * scale
            thousands = current = _ZERO
            last_scale = scale
            scaled = True
            started = True
            consumed = i + 1
            i += 1
            continue
        elif role_of == "point":
            fraction = _decimals(tokens[i + 1 :], words) if started and not last_scale else None
            if fraction is None:
                break
            digits, count = fraction
            current += Decimal(f"0.{digits}")
            consumed = i + 1 + count
            break
        elif role_of == "half":
            # Only "demi-milliard": a half that scales what follows.
            next_entry = words.get(tokens[i + 1]) if i + 1 < len(tokens) else None
            if next_entry is None or next_entry.role != "scale" or pending_half:
                break
            pending_half = True
            i += 1
            continue
        elif role_of in ("quarter", "fraction"):
            if not started or token in ("moitié",):
                break
            divisor = Decimal(4) if role_of == "quarter" else entry.value
            current = (big + thousands + current) / divisor
            big = thousands = _ZERO
            role = "fraction"
            consumed = i + 1
            break
        elif role_of == "ordinal":
            if started and entry.value == 1 and token != "unième":
                break  # "cinquante premiers" are the first fifty, not the 51st
            if (
                started
                and not (entry.value < 100 and _additive_ok(current, entry.value))
                and entry.value < 100
            ):
                break
            if entry.value >= 100:
                if entry.value == 100:
                    current = (current or _ONE) * 100
                elif entry.value == 1000:
                    thousands = (current or _ONE) * 1000
                    current = _ZERO
                else:
                    big += ((thousands + current) or _ONE) * entry.value
                    thousands = current = _ZERO
            else:
                current += entry.value
            role = "ordinal"
            consumed = i + 1
            break
        else:
            break
        started = True
        scaled = False
        consumed = i + 1
        i += 1
    if not consumed or (pending_half and consumed <= 1):
        return None
    return WordReading(big + thousands + current, consumed, role, scaled)
