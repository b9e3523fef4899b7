"""Reading durations and repetitions: "pendant quatre jours", "trois heures et demie", "chaque lundi", "deux fois par semaine"."""

from __future__ import annotations

import re

from newskit import TimeExpression, TimexType
from newskit_dates_fr.context import (
    Handler,
    Run,
    squash,
)
from newskit_dates_fr.lexicon import (
    APPROX_NOUNS,
    DURATION_UNITS,
    SET_UNITS,
    number_value,
    weekday_names,
)

__all__ = ["HANDLERS"]


_DURATION_MOD = {
    "plus de": "MORE_THAN",
    "moins de": "LESS_THAN",
    "près de": "APPROX",
    "environ": "APPROX",
    "au moins": "EQUAL_OR_MORE",
}


def _duration(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "pendant quatre jours", "vingt mois", "une dizaine de jours": how long, as a TIMEX3 period."""
    if m["demi"]:
        words = m["demi"].split()[-1]
        value = {"demi-heure": "PT30M", "demi-journée": "P0.5D", "demi-siècle": "P50Y"}[words]
    else:
        letter, is_time = DURATION_UNITS[m["unit"]]
        if m["approxn"]:
            amount = f"{APPROX_NOUNS[m['approxn']]}{letter}"
        elif m["num"] in ("quelques", "plusieurs", "des") or m["num"].split()[0] == "de":
            if m["num"] == "des" and not m["pre"]:
                return None  # "des jours" alone is no period; "depuis des années" is
            amount = f"X{letter}"
        else:
            number = number_value(m["num"])
            if number is None:
                return None
            if _is_group_tail(run, m.start("num")):
                return None
            amount = _with_half(number, letter, is_time) if m["half"] else f"{number}{letter}"
        value = f"P{'T' if is_time else ''}{amount}"
    pre = m["pre"] or (f"{m['pre2']}e" if m["pre2"] else "")  # "plus d'un an": "plus de"
    pre = squash(pre).removeprefix("depuis ").removeprefix("pendant ")
    mod = "APPROX" if m["demi"] is None and m["approxn"] else _DURATION_MOD.get(pre)
    return run.make(m.start(), m.end(), TimexType.DURATION, value, mod=mod)


def _with_half(number: int, letter: str, is_time: bool) -> str:
    """ "trois heures et demie" is 3H30M, "un an et demi" 1Y6M, "deux jours et demi" 2DT12H."""
    half = {"TH": "30M", "TM": "30S", "Y": "6M", "M": "15D", "D": "T12H"}.get(
        ("T" if is_time else "") + letter
    )
    if half is None:  # weeks, decades, centuries, seconds: a decimal fraction
        return f"{number}.5{letter}"
    return f"{number}{letter}{half}"


def _is_group_tail(run: Run, start: int) -> bool:
    """True for the "000" of "1 000 jours": a digit group, not a number of its own."""
    before = run.lower[max(0, start - 2) : start]
    return len(before) == 2 and before[0].isdigit() and before[1].isspace()


def _every(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "chaque lundi", "tous les ans", "toutes les deux semaines": a SET with its quant."""
    quant = "EACH" if m["every"] == "chaque" else "EVERY"
    if m["wd"]:
        weekday = weekday_names().get(m["wd"].rstrip("s"))
        if weekday is None:
            return None
        return run.make(m.start(), m.end(), TimexType.SET, f"XXXX-WXX-{weekday}", quant=quant)
    value = SET_UNITS[m["unit"]]
    if value.startswith("T"):
        return run.make(m.start(), m.end(), TimexType.SET, f"XXXX-XX-XX{value}", quant=quant)
    if value.startswith("X"):  # "chaque été"
        return run.make(m.start(), m.end(), TimexType.SET, value, quant=quant)
    if m["num"]:
        number = number_value(m["num"])
        if number is None:
            return None
        value = value.replace("1", str(number), 1)
    return run.make(m.start(), m.end(), TimexType.SET, value, quant=quant)


def _times(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "deux fois par semaine": a SET with its freq."""
    number = number_value(m["num"])
    value = SET_UNITS[m["unit"]]
    if number is None or value.startswith("T"):
        return None
    return run.make(m.start(), m.end(), TimexType.SET, value, freq=f"{number}X")


HANDLERS: dict[str, Handler] = {
    "every": _every,
    "times": _times,
    "duration": _duration,
}
