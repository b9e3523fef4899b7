"""Reading times of day: "à 9 h", "18h45", "vers 11 heures", "le matin du 5 janvier", "de 8 h à 18 h"."""

from __future__ import annotations

import re

from newskit import TimeExpression, TimexType
from newskit_dates_fr.anchoring import Reference
from newskit_dates_fr.calendar_ops import safe_date, weekday_near
from newskit_dates_fr.context import (
    EDGE_MOD,
    Handler,
    Run,
    day_number,
    month_number,
    squash,
    with_bounds,
)
from newskit_dates_fr.lexicon import (
    DAY_PARTS,
    number_value,
    weekday_names,
)

__all__ = ["HANDLERS"]


def _time(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "à 9 h", "18h45", "vers 11 heures", "à minuit", on the day the anchoring gives."""
    pre = m["pre"]
    if m["named"]:
        hour = 12 if m["named"] == "midi" else 0
        minute = int(m["mmn"]) if m["mmn"] else 30 if "demi" in m.group(0) else 0
        if m["named"] == "midi" and not pre and not _midi_is_time(run, m):
            return None
    elif m["hh"]:
        hour, minute = int(m["hh"]), int(m["mm"] or 0)
    elif m["hc"]:
        hour, minute = int(m["hc"]), int(m["mc"])
    else:
        hour = number_value(m["hhw"]) or 0
        words = m["mmw"] or ""
        if not pre and (not words or not m["hhw"].isdigit()):
            return _duration_of_hours(run, m, hour, words)
        minute = 30 if "demi" in words else 15 if "quart" in words and "moins" not in words else 0
        if "moins" in words:
            hour, minute = hour - 1, 45
        elif words.isdigit():
            minute = int(words)
    part = m["part"] or ""
    if ("soir" in part or "après-midi" in part) and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    reference = run.anchoring.day_for_time(m.start())
    day = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
    value = f"{day}T{hour:02d}:{minute:02d}"
    return run.make(m.start(), m.end(), TimexType.TIME, value, reference, **with_bounds(pre, value))


def _midi_is_time(run: Run, m: re.Match[str]) -> bool:
    """ "le Midi" and "dans le midi" name the south of France, "à midi" is noon."""
    before = run.lower[max(0, m.start() - 8) : m.start()]
    return before.split()[-1:] not in (["le"], ["du"], ["au"]) and not run.text[m.start()].isupper()


def _duration_of_hours(run: Run, m: re.Match[str], hours: int, words: str) -> TimeExpression | None:
    """ "11 heures", "trois heures et demie" with no "à" or "vers" before: how long, not when."""
    minutes = {"et demi": 30, "et demie": 30, "et quart": 15}.get(squash(words))
    if words and minutes is None:
        return None  # "trois heures moins le quart", "deux heures 10": not a duration
    value = f"PT{hours}H{minutes}M" if minutes else f"PT{hours}H"
    return run.make(m.start(), m.end(), TimexType.DURATION, value)


def _partofdate(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "le matin du 5 janvier", "dans la nuit de samedi à dimanche": part of a given day."""
    part = DAY_PARTS[m["part"]]
    reference: Reference | None = None
    if m["mon"]:
        month = month_number(m["mon"])
        number = day_number(m["day1"] or m["day"])
        if m["year"]:
            day = safe_date(int(m["year"]), month, number)
            run.anchoring.saw_year(int(m["year"]))
        else:
            day, kind, anchor_value = run.anchoring.month_day(month, number, m.start(), m.end())
            reference = (day, kind, anchor_value)
    else:
        weekday = weekday_names().get((m["wd1"] or m["wd3"] or m["wd"] or "").rstrip("s"))
        if weekday is None:
            return None
        reference = run.anchoring.weekday_ref()
        ref = reference[0]
        day = (
            None
            if ref is None
            else weekday_near(ref, weekday, run.anchoring.tense(m.start(), m.end()) or -1)
        )
    if day is not None:
        run.anchoring.saw_date(day, m.end())
    value = f"{day.isoformat() if day else 'XXXX-XX-XX'}T{part}"
    mod = EDGE_MOD.get(m["edge"] or "")
    return run.make(m.start(), m.end(), TimexType.TIME, value, reference, mod=mod)


def _part(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "en fin d'après-midi", "dans la soirée": part of the day the narrative is on."""
    pre = squash(m["pre"])
    part = DAY_PARTS.get(m["part"])
    if pre == "dans la nuit de":
        return None
    reference = run.anchoring.day_for_time(m.start())
    day = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
    if part is None:  # "dans la journée": the day itself
        return run.make(m.start(), m.end(), TimexType.DATE, day, reference)
    mod = (
        "END"
        if "fin" in pre or "tard" in pre
        else "START"
        if "début" in pre or "tôt" in pre
        else None
    )
    return run.make(m.start(), m.end(), TimexType.TIME, f"{day}T{part}", reference, mod=mod)


def _timerange(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "de 8 h à 18 h": both ends, on one day."""
    first, last = int(m["hh1"]), int(m["hh"])
    if first > 24 or last > 24:
        return None
    reference = run.anchoring.day_for_time(m.start())
    day = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
    begin = f"{day}T{first:02d}:{int(m['mm1'] or 0):02d}"
    until = f"{day}T{last:02d}:{int(m['mm'] or 0):02d}"
    return run.make(m.start(), m.end(), TimexType.TIME, begin, reference, begin=begin, until=until)


HANDLERS: dict[str, Handler] = {
    "timerange": _timerange,
    "partofdate": _partofdate,
    "time": _time,
    "part": _part,
}
