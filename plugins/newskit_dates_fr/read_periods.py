"""Reading fuzzy periods: "au début de 2022", "mi-mars", the decades, centuries, seasons, quarters, and the holidays."""

from __future__ import annotations

import datetime as dt
import re

from newskit import TimeExpression, TimexType
from newskit_dates_fr.anchoring import Reference
from newskit_dates_fr.calendar_ops import easter, iso_week, shift
from newskit_dates_fr.context import (
    EDGE_MOD,
    Handler,
    Run,
    direction_of,
    month_number,
    squash,
    with_bounds,
    year_of_month,
)
from newskit_dates_fr.lexicon import (
    DAY_PARTS,
    DECADE_WORDS,
    HOLIDAYS,
    ORDINALS,
    SEASONS,
)

__all__ = ["HANDLERS"]


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _fuzzy(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "au début de 2022", "mi-mars", "fin 2021", "à la fin de la semaine prochaine": a period and its mod."""
    mod = EDGE_MOD[m["edge"]]
    reference: Reference | None = None
    type_ = TimexType.DATE
    year: int | None
    if m["mon"]:
        month = month_number(m["mon"])
        if m["year"]:
            year = int(m["year"])
            run.anchoring.saw_year(year)
        else:
            year, kind, anchor_value = year_of_month(run, month, m.start(), m.end())
            reference = (None, kind, anchor_value)
        value = f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"
    elif m["year1"]:
        year = int(m["year1"])
        run.anchoring.saw_year(year)
        value = str(year)
    else:
        this = squash(m["this"])
        relative = direction_of(m["rel"])
        last_word = this.split()[-1].removeprefix("l'")
        if m["year2"]:  # "au début de l'année 2021", "à la fin de l'été 2019"
            year = int(m["year2"])
            run.anchoring.saw_year(year)
            value = f"{year}-{SEASONS[last_word]}" if last_word in SEASONS else str(year)
        elif this.endswith(("année", "an")):
            if relative:
                reference = run.anchoring.deictic()
                year = reference[0].year + relative if reference[0] else None
            else:
                year, kind, anchor_value = run.anchoring.year_ref()
                reference = (None, kind, anchor_value)
            value = str(year) if year else "XXXX"
        elif this.endswith("mois"):
            reference = (
                run.anchoring.deictic()
                if run.anchoring.published
                else run.anchoring.narrative_day()
            )
            first_day = shift(reference[0], relative, "M") if reference[0] else None
            value = first_day.strftime("%Y-%m") if first_day else "XXXX-XX"
        elif this.endswith("semaine"):
            reference = (
                run.anchoring.deictic()
                if run.anchoring.published
                else run.anchoring.narrative_day()
            )
            value = iso_week(shift(reference[0], relative, "W")) if reference[0] else "XXXX-WXX"
        elif last_word in SEASONS:
            code = SEASONS[last_word]
            year, kind, anchor_value = run.anchoring.year_ref()
            reference = (None, kind, anchor_value)
            value = f"{year}-{code}" if year else f"XXXX-{code}"
        else:
            part = DAY_PARTS.get(last_word)
            reference = run.anchoring.day_for_time(m.start())
            if part is None:  # "la journée": the day itself
                value = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
            else:
                type_ = TimexType.TIME
                value = f"{reference[0].isoformat() if reference[0] else 'XXXX-XX-XX'}T{part}"
    # the edge gives the mod ("au début de"); the preposition only the range ("depuis le début")
    bounds = {k: v for k, v in with_bounds(m["pre"], value).items() if k != "mod"}
    return run.make(m.start(), m.end(), type_, value, reference, mod=mod, **bounds)


def _decade(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "les années 1990", "à la fin des années 70": TIMEX3 decades ("199")."""
    word = m["decade"]
    if word in DECADE_WORDS:
        value = f"19{DECADE_WORDS[word]}"
    elif len(word) == 2:
        value = f"19{word[0]}"
    else:
        value = word[:3]
    pre = m["pre"]
    mod = (
        "END"
        if pre.startswith(("à la fin", "fin"))
        else "START"
        if "début" in pre
        else "MID"
        if "milieu" in pre
        else None
    )
    if pre.startswith("depuis"):
        return run.make(m.start(), m.end(), TimexType.DATE, value, mod="AFTER", begin=value)
    return run.make(m.start(), m.end(), TimexType.DATE, value, mod=mod)


def _century(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "au XXe siècle", "le 21e siècle": TIMEX3 centuries ("19")."""
    total, previous = 0, 0
    if m["roman"].isdigit():
        total = int(m["roman"])
    for char in "" if m["roman"].isdigit() else reversed(m["roman"]):
        value = _ROMAN[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    if not 1 <= total <= 30:
        return None
    pre = m["pre"] or ""
    mod = (
        "END" if "fin" in pre else "START" if "début" in pre else "MID" if "milieu" in pre else None
    )
    return run.make(m.start(), m.end(), TimexType.DATE, f"{total - 1:02d}", mod=mod)


def _season(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "au printemps 2020", "à l'automne", "l'été dernier"."""
    code = SEASONS[m["season"]]
    pre = (m["pre"] or "").replace("’", "'")
    reference: Reference | None = None
    year: int | None
    if m["year"]:
        year = int(m["year"])
        run.anchoring.saw_year(year)
    elif m["rel"] or pre in ("cet", "ce", "cette"):
        reference = run.anchoring.deictic()
        ref = reference[0]
        year = None if ref is None else ref.year + direction_of(m["rel"])
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    value = f"{year}-{code}" if year else f"XXXX-{code}"
    mod = "END" if pre.startswith("fin") else "START" if pre.startswith("début") else None
    bounds = with_bounds(m["pre"], value)
    bounds.setdefault("mod", mod)
    return run.make(m.start(), m.end(), TimexType.DATE, value, reference, **bounds)


def _quarter(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "au premier trimestre 2021", "au second semestre": Q1 to Q4, H1 and H2."""
    number = ORDINALS[m["ord"]]
    letter = "Q" if m["unit"] == "trimestre" else "H"
    if letter == "H" and number > 2:
        return None
    reference: Reference | None = None
    year: int | None
    if m["year"]:
        year = int(m["year"])
        run.anchoring.saw_year(year)
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    value = f"{year if year else 'XXXX'}-{letter}{number}"
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **with_bounds(m["pre"], value)
    )


def _holiday(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "la Saint-Sylvestre", "Pâques", "Noël 2021": fixed dates and Easter-based ones."""
    name = m["name"].replace("’", "'")
    if name in _CAPITALISED_HOLIDAYS and not run.text[m.start("name")].isupper():
        return None  # "l'ascension du mont Blanc" is a climb
    base, offset = HOLIDAYS[name]
    fixed = isinstance(base, int)
    month, day_of_month = (base, offset) if isinstance(base, int) else (0, 0)
    reference: Reference | None = None
    year: int | None
    if m["year"]:
        year = int(m["year"])
    elif fixed:
        day, kind, anchor_value = run.anchoring.month_day(month, day_of_month, m.start(), m.end())
        reference = (day, kind, anchor_value)
        year = day.year if day else None
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    if year is None:
        value = f"XXXX-{month:02d}-{day_of_month:02d}" if fixed else "XXXX-XX-XX"
    elif fixed:
        value = dt.date(year, month, day_of_month).isoformat()
    else:
        value = (easter(year) + dt.timedelta(days=offset)).isoformat()
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **with_bounds(m["pre"], value)
    )


# Holiday names that are common nouns in lower case ("l'ascension du mont Blanc").
_CAPITALISED_HOLIDAYS = frozenset(
    ["ascension", "pentecôte", "toussaint", "armistice", "assomption"]
)


HANDLERS: dict[str, Handler] = {
    "fuzzy": _fuzzy,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "holiday": _holiday,
}
