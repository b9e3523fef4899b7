"""Reading absolute and partial dates: "5 janvier 2022", "05/01/2022", "en mars", "lundi", "2017", ranges of days and years."""

from __future__ import annotations

import itertools
import re

from newskit import AnchorKind, TimeExpression, TimexType
from newskit_dates_fr.anchoring import Reference
from newskit_dates_fr.calendar_ops import safe_date, weekday_near
from newskit_dates_fr.context import (
    Handler,
    Run,
    day_number,
    direction_of,
    month_number,
    with_bounds,
    year_of_month,
)
from newskit_dates_fr.lexicon import (
    BARE_YEAR_FOLLOWERS,
    COUNT_UNITS,
    COUNTING_WORDS,
    DAY_PARTS,
    month_names,
    weekday_names,
)

__all__ = ["HANDLERS"]


def _iso(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "2022-01-05", "2022/01/05": absolute."""
    day = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    if day is None:
        return None
    run.anchoring.saw_year(day.year)
    run.anchoring.saw_date(day, m.end())
    return run.make(m.start(), m.end(), TimexType.DATE, day.isoformat())


def _numeric(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "05/01/2022", "5/01/22", "01.09.24", "15-02-2022": day first, as French writes it."""
    year = int(m["year"])
    if len(m["year"]) == 2:
        if m["sep"] == "." and (len(m["day"]) != 2 or len(m["mon"]) != 2):
            return None  # "3.1.22" reads as a version number; fr_CH writes "03.01.22"
        year += 2000 if year < 50 else 1900
    day = safe_date(year, int(m["mon"]), int(m["day"]))
    if day is None:
        return None
    run.anchoring.saw_year(day.year)
    run.anchoring.saw_date(day, m.end())
    value = day.isoformat()
    return run.make(m.start(), m.end(), TimexType.DATE, value, **with_bounds(m["pre"], value))


def _date(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "le 5 janvier 2022", "mercredi 4 octobre", "le 12 novembre dernier", "le 5 janvier à 9 h"."""
    month = month_number(m["mon"])
    number = day_number(m["day"])
    weekday = weekday_names()[m["wd"]] if m["wd"] else None
    reference: Reference | None = None
    if m["year"]:
        day = safe_date(int(m["year"]), month, number)
        if day is None:
            return None
        run.anchoring.saw_year(day.year)
    else:
        if safe_date(2000, month, number) is None:  # 2000 is a leap year: 29 février exists
            return None
        day, kind, anchor_value = run.anchoring.month_day(
            month, number, m.start(), m.end(), weekday=weekday, relative=direction_of(m["rel"])
        )
        reference = (day, kind, anchor_value)
    value = day.isoformat() if day else f"XXXX-{month:02d}-{number:02d}"
    if day is not None:
        run.anchoring.saw_date(day, m.end())
    bounds = with_bounds(m["pre"], value)
    if m["dpart"] and not m["hh"]:
        value = f"{value}T{DAY_PARTS[m['dpart']]}"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **with_bounds(m["pre"], value)
        )
    if m["hh"]:
        hour, minute = int(m["hh"]), int(m["mm"] or 0)
        if hour > 24:
            return None
        value = f"{value}T{hour:02d}:{minute:02d}"
        bounds = with_bounds(m["pre"], value)
        if m["tpre"] == "vers":
            bounds["mod"] = "APPROX"
        return run.make(m.start(), m.end(), TimexType.TIME, value, reference, **bounds)
    return run.make(m.start(), m.end(), TimexType.DATE, value, reference, **bounds)


def _monthyear(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "janvier 2022", "en mars", "mars dernier": a month, its year written or inferred."""
    if m["mon"]:
        month = month_number(m["mon"])
        year = int(m["year"])
        run.anchoring.saw_month(year, month)
        value = f"{year}-{month:02d}"
        return run.make(m.start(), m.end(), TimexType.DATE, value, **with_bounds(m["pre"], value))
    month = month_names()[m["mon1"]]
    if not m["pre"] and not m["rel"] and not _bare_month_ok(run, m):
        return None
    relative = direction_of(m["rel"])
    if relative:
        ref, kind, anchor_value = run.anchoring.deictic()
        if ref is None:
            ref, kind, anchor_value = run.anchoring.narrative_day()
        if ref is None:
            value = f"XXXX-{month:02d}"
            return run.make(
                m.start(), m.end(), TimexType.DATE, value, (None, AnchorKind.NONE, None)
            )
        year = ref.year
        if relative < 0 and month >= ref.month:
            year -= 1
        if relative > 0 and month <= ref.month:
            year += 1
        value = f"{year}-{month:02d}"
        return run.make(m.start(), m.end(), TimexType.DATE, value, (ref, kind, anchor_value))
    inferred, kind, anchor_value = year_of_month(run, month, m.start(), m.end())
    value = f"{inferred}-{month:02d}" if inferred else f"XXXX-{month:02d}"
    return run.make(
        m.start(),
        m.end(),
        TimexType.DATE,
        value,
        (None, kind, anchor_value),
        **with_bounds(m["pre"], value),
    )


def _bare_month_ok(run: Run, m: re.Match[str]) -> bool:
    """A month name alone is a date unless it is a capitalised name inside a sentence ("Mars")."""
    word = run.text[m.start() : m.end()]
    if word[0].isupper():
        before = run.text[max(0, m.start() - 2) : m.start()]
        return not before or before.endswith(("\n", ". ", "(")) or before.strip() == ""
    return True


def _weekday(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "lundi", "jeudi prochain", "dimanche soir": the nearest such day in the tense's direction."""
    weekday = weekday_names().get(m["wd"].rstrip("s"), None)
    if weekday is None:
        return None
    if m["wd"].endswith("s") and not m["wd"].endswith("ss"):  # "les lundis": every Monday
        return run.make(m.start(), m.end(), TimexType.SET, f"XXXX-WXX-{weekday}", quant="EVERY")
    relative = direction_of(m["rel"] or m["rel2"])
    if m["nrel"]:  # "le vendredi suivant": after the last date the narrative gave
        ref, kind, anchor_value = run.anchoring.narrative_day()
    else:
        ref, kind, anchor_value = run.anchoring.weekday_ref()
    part = DAY_PARTS.get(m["part"] or "")
    if ref is None:
        value = f"XXXX-WXX-{weekday}"
    else:
        direction = relative or run.anchoring.tense(m.start(), m.end())
        strict = bool(relative)
        if m["pre"] and m["pre"].startswith(("à partir", "dès", "jusqu", "d'ici", "d’ici")):
            direction, strict = 1, True  # "à partir de lundi" is the coming Monday
        elif m["pre"] and m["pre"].startswith("depuis"):
            direction, strict = -1, True  # "depuis lundi" is the Monday gone
        day = weekday_near(ref, weekday, direction, strict=strict)
        run.anchoring.saw_date(day, m.end())
        value = day.isoformat()
    bounds = with_bounds(m["pre"], value)
    if part:
        value = f"{value}T{part}"
        bounds = with_bounds(m["pre"], value)
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, (ref, kind, anchor_value), **bounds
        )
    return run.make(m.start(), m.end(), TimexType.DATE, value, (ref, kind, anchor_value), **bounds)


def _year(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "en 2022", "depuis 2015", "2017": a year, never a day."""
    year = int(m["year"])
    if not m["pre"] and not _bare_year_ok(run, m, year):
        return None
    if not m["pre"] or m["pre"].startswith(("en", "l'", "l’", "pour")):
        run.anchoring.saw_year(year)
    value = str(year)
    return run.make(m.start(), m.end(), TimexType.DATE, value, **with_bounds(m["pre"], value))


def _bare_year_ok(run: Run, m: re.Match[str], year: int) -> bool:
    """A bare four-digit number is a year when it looks like one and nothing counts it."""
    if not 1800 <= year <= 2099:
        return False
    before = run.lower[max(0, m.start() - 12) : m.start()].split()
    if before[-1:] and (before[-1] in COUNTING_WORDS or " ".join(before[-2:]) in COUNTING_WORDS):
        return False
    after = run.lower[m.end() : m.end() + 20]
    if not after[:1].isspace():
        return True
    following = "".join(itertools.takewhile(str.isalpha, after.lstrip()))
    if not following or following in BARE_YEAR_FOLLOWERS:
        return True
    # "2000 personnes", "1500 m": a count of something; "le traité de 2017 reste": a year.
    return following not in COUNT_UNITS and not (
        len(following) > 3 and following.endswith(("s", "x"))
    )


def _daymonth(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "le 15/02": a day and a month, the year inferred."""
    month, number = int(m["mon"]), int(m["day"])
    if not 1 <= month <= 12 or safe_date(2000, month, number) is None:
        return None
    day, kind, anchor_value = run.anchoring.month_day(month, number, m.start(), m.end())
    value = day.isoformat() if day else f"XXXX-{month:02d}-{number:02d}"
    if day is not None:
        run.anchoring.saw_date(day, m.end())
    return run.make(
        m.start(),
        m.end(),
        TimexType.DATE,
        value,
        (day, kind, anchor_value),
        **with_bounds(m["pre"], value),
    )


def _daypair(run: Run, m: re.Match[str]) -> list[TimeExpression] | None:
    """ "les 5 et 6 janvier", "les 12, 13 et 14 janvier": one date each, as TimeML marks them
    ("les 5", "6 janvier")."""
    month = month_number(m["mon"])
    days = [
        (match.start() + m.start("days"), match.end() + m.start("days"), match.group())
        for match in re.finditer(r"\w+", m["days"])
    ]
    days.append((m.start("day"), m.end(), m["day"]))
    dates = []
    for index, (start, end, word) in enumerate(days):
        number = day_number(word)
        if safe_date(2000, month, number) is None:
            return None
        reference: Reference | None = None
        if m["year"]:
            day = safe_date(int(m["year"]), month, number)
        else:
            day, kind, anchor_value = run.anchoring.month_day(month, number, m.start(), m.end())
            reference = (day, kind, anchor_value)
        value = day.isoformat() if day else f"XXXX-{month:02d}-{number:02d}"
        dates.append(
            run.make(m.start() if index == 0 else start, end, TimexType.DATE, value, reference)
        )
        if day is not None:
            run.anchoring.saw_date(day, m.end())
    if m["year"]:
        run.anchoring.saw_year(int(m["year"]))
    return dates


def _dayrange(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "du 3 au 6 août": one range, both ends."""
    month = month_number(m["mon"])
    first, last = day_number(m["day1"]), day_number(m["day"])
    if first >= last:
        return None
    reference: Reference | None = None
    year: int | None
    if m["year"]:
        year = int(m["year"])
        run.anchoring.saw_year(year)
    else:
        day, kind, anchor_value = run.anchoring.month_day(month, first, m.start(), m.end())
        reference = (day, kind, anchor_value)
        year = day.year if day else None
    begin = safe_date(year or 2000, month, first)
    end = safe_date(year or 2000, month, last)
    if begin is None or end is None:
        return None
    if year is None:
        begin_value, until_value = f"XXXX-{month:02d}-{first:02d}", f"XXXX-{month:02d}-{last:02d}"
    else:
        begin_value, until_value = begin.isoformat(), end.isoformat()
        run.anchoring.saw_date(end, m.end())
    return run.make(
        m.start(),
        m.end(),
        TimexType.DATE,
        begin_value,
        reference,
        begin=begin_value,
        until=until_value,
    )


def _yearrange(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "entre 2008 et 2012", "2021-2022": one range of years."""
    first, last = int(m["year1"] or m["year2"]), int(m["year"])
    if first >= last or (m["year2"] and last - first > 20):
        return None  # "2021-1040" is a law number, not a span of years
    return run.make(
        m.start(), m.end(), TimexType.DATE, str(first), begin=str(first), until=str(last)
    )


HANDLERS: dict[str, Handler] = {
    "iso": _iso,
    "numeric": _numeric,
    "dayrange": _dayrange,
    "yearrange": _yearrange,
    "date": _date,
    "monthyear": _monthyear,
    "weekday": _weekday,
    "year": _year,
    "daymonth": _daymonth,
    "daypair": _daypair,
}
