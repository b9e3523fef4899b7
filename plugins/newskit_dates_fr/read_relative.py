"""Reading what counts from a reference: "hier", "cette semaine", "il y a quatre jours", "la veille", "mardi 19"."""

from __future__ import annotations

import datetime as dt
import re

from newskit import TimeExpression, TimexType
from newskit_dates_fr.anchoring import Reference
from newskit_dates_fr.calendar_ops import iso_week, safe_date, shift
from newskit_dates_fr.context import (
    Handler,
    Run,
    day_number,
    direction_of,
    squash,
    with_bounds,
)
from newskit_dates_fr.lexicon import (
    APPROX_NOUNS,
    DAY_PARTS,
    DURATION_UNITS,
    HOLIDAYS,
    REFERENCE_WORDS,
    number_value,
    weekday_names,
)

__all__ = ["HANDLERS"]


def _deictic(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "aujourd'hui", "hier", "avant-hier", "demain matin": from the publication date."""
    offset = {
        "aujourd'hui": 0,
        "hier": -1,
        "avant-hier": -2,
        "demain": 1,
        "après-demain": 2,
    }[squash(m["word"]).replace(" ", "-")]
    reference = run.anchoring.deictic()
    ref = reference[0]
    value = (ref + dt.timedelta(days=offset)).isoformat() if ref else "XXXX-XX-XX"
    if ref is not None:
        run.anchoring.saw_date(ref + dt.timedelta(days=offset), m.end())
    if m["part"]:
        value = f"{value}T{DAY_PARTS[m['part']]}"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **with_bounds(m["pre"], value)
        )
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **with_bounds(m["pre"], value)
    )


def _this(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "cette semaine", "le mois prochain", "l'année dernière", "ce soir", "ce jour-là"."""
    det = squash(m["det"] or m["det2"])
    unit = m["unit"] or m["unit2"]
    suffix = (m["suffix"] or m["suffix2"] or "").strip()
    if det in ("le même", "la même"):
        if suffix:
            return None
        reference = run.anchoring.narrative_day()
        offset = 0
    elif suffix in ("précédent", "précédente", "suivant", "suivante", "-là", "même"):
        reference = run.anchoring.narrative_day()
        offset = {"précédent": -1, "précédente": -1, "suivant": 1, "suivante": 1}.get(suffix, 0)
    elif det in ("ce", "cet", "cette") or suffix == "-ci":
        reference = run.anchoring.deictic()
        offset = 0
    elif suffix:
        reference = run.anchoring.deictic()
        offset = direction_of(suffix)
    else:
        return None  # "la semaine", "le matin": no reference in the words themselves
    ref = reference[0]
    type_ = TimexType.DATE
    if unit in ("semaine",):
        value = iso_week(shift(ref, offset, "W")) if ref else "XXXX-WXX"
    elif unit in ("week-end", "weekend"):
        value = f"{iso_week(shift(ref, offset, 'W'))}-WE" if ref else "XXXX-WXX-WE"
    elif unit == "mois":
        value = shift(ref, offset, "M").strftime("%Y-%m") if ref else "XXXX-XX"
    elif unit in ("année", "an"):
        value = str(ref.year + offset) if ref else "XXXX"
    elif unit in ("jour", "journée"):
        value = shift(ref, offset, "D").isoformat() if ref else "XXXX-XX-XX"
    else:
        type_ = TimexType.TIME
        day = shift(ref, offset, "D").isoformat() if ref else "XXXX-XX-XX"
        value = f"{day}T{DAY_PARTS[unit]}"
    return run.make(m.start(), m.end(), type_, value, reference, **with_bounds(m["pre"], value))


def _ref(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "actuellement", "récemment", "prochainement": PRESENT_REF, PAST_REF, FUTURE_REF."""
    if m["adverb"]:
        value = {"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M"}
        return run.make(
            m.start(), m.end(), TimexType.SET, value.get(m["adverb"], "P1Y"), quant="EVERY"
        )
    word = squash(m["word"])
    return run.make(
        m.start(), m.end(), TimexType.DATE, REFERENCE_WORDS[word], run.anchoring.deictic()
    )


def _recent(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "ces derniers jours" is a stretch of days ending now: a duration of unknown length."""
    letter, _ = DURATION_UNITS[m["unit"] or m["unit2"]]
    number = number_value(m["num"]) if m["num"] else None
    return run.make(m.start(), m.end(), TimexType.DURATION, f"P{number or 'X'}{letter}")


def _wdday(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "mardi 19": the 19th nearest the reference that falls on a Tuesday.

    Also "le 21 à 18 h" (rule ``dayattime``): the 21st nearest the reference, at 18:00.
    """
    groups = m.groupdict()
    weekday = weekday_names().get(m["wd"].rstrip("s")) if groups.get("wd") else None
    number = day_number(m["day"])
    if groups.get("wd") and weekday is None:
        return None
    reference = run.anchoring.weekday_ref()
    ref = reference[0]
    day = None
    if ref is not None:
        candidates = []
        for months in range(-3, 4):
            first = shift(ref.replace(day=1), months, "M")
            candidate = safe_date(first.year, first.month, number)
            if candidate is not None and weekday in (None, candidate.isoweekday()):
                candidates.append(candidate)
        tense = run.anchoring.tense(m.start(), m.end())
        day = min(
            candidates,
            key=lambda d: abs((d - ref).days) + (400 if tense * (d - ref).days < -7 else 0),
            default=None,
        )
    if day is None:
        value = f"XXXX-XX-{number:02d}"
    else:
        value = day.isoformat()
        run.anchoring.saw_date(day, m.end())
    if groups.get("hh"):
        hour, minute = int(m["hh"]), int(m["mm"] or 0)
        if hour > 24:
            return None
        value = f"{value}T{hour:02d}:{minute:02d}"
        bounds = with_bounds(m["pre"], value)
        if m["tpre"] == "vers":
            bounds["mod"] = "APPROX"
        return run.make(m.start(), m.end(), TimexType.TIME, value, reference, **bounds)
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **with_bounds(m["pre"], value)
    )


def _offset_value(ref: dt.date | None, amount: int, unit: str, sign: int) -> str:
    """The value of ``ref`` moved by ``sign * amount`` units, at the unit's precision."""
    letter, is_time = DURATION_UNITS[unit]
    if is_time:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if ref is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(letter, "XXXX")
    moved = shift(ref, sign * amount, letter)
    if letter == "D":
        return moved.isoformat()
    if letter == "W":
        return iso_week(moved)
    if letter == "M":
        return moved.strftime("%Y-%m")
    return str(moved.year)


def _shifted(run: Run, m: re.Match[str], reference: Reference, sign: int) -> TimeExpression | None:
    """What lies ``amount`` units from the reference ("il y a quatre jours", "dans trois semaines")."""
    if m["num"] in ("quelques", "plusieurs"):  # "quelques heures plus tard": when, but vaguely
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return run.make(m.start(), m.end(), TimexType.DATE, value, reference)
    approx_noun = m.groupdict().get("approxn")
    amount = APPROX_NOUNS[approx_noun] if approx_noun else number_value(m["num"])
    if amount is None:
        return None
    value = _offset_value(reference[0], amount, m["unit"], sign)
    if reference[0] is not None and DURATION_UNITS[m["unit"]][0] == "D":
        run.anchoring.saw_date(shift(reference[0], sign * amount, "D"), m.end())
    bound = (m.groupdict().get("approx") or m.groupdict().get("approx2") or "").split()[:1]
    # "il y a plus d'un an" is before a year ago; "dans moins de deux ans", before two years on
    more = sign if bound == ["plus"] else -sign if bound == ["moins"] else 0
    mod = (
        "AFTER"
        if more > 0
        else "BEFORE"
        if more < 0
        else "APPROX"
        if bound or approx_noun
        else None
    )
    return run.make(m.start(), m.end(), TimexType.DATE, value, reference, mod=mod)


def _ago(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "il y a quatre jours": back from the publication date."""
    return _shifted(run, m, run.anchoring.deictic(), -1)


def _in(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "dans trois semaines", "d'ici deux ans": forward from the publication date."""
    return _shifted(run, m, run.anchoring.deictic(), 1)


def _later(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "deux jours plus tard", "trois mois auparavant": from the last date or period mentioned."""
    sign = 1 if m["dir"].endswith("tard") or m["dir"].startswith("après") else -1
    letter = DURATION_UNITS[m["unit"]][0]
    return _shifted(run, m, run.anchoring.narrative_for(letter), sign)


def _neighbour(run: Run, m: re.Match[str]) -> TimeExpression | None:
    """ "la veille", "le lendemain matin", "la veille de Noël": next to the last date mentioned."""
    offset = {"avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2}[m["word"]]
    reference = run.anchoring.narrative_day()
    if m["hname"]:  # "la veille de Noël": counted from the holiday, not from the narrative
        holiday = HOLIDAYS[m["hname"].replace("’", "'")]
        if not isinstance(holiday[0], int):
            return None
        day, kind, anchor_value = run.anchoring.month_day(
            holiday[0], holiday[1], m.start(), m.end()
        )
        reference = (day, kind, anchor_value)
    ref = reference[0]
    value = (ref + dt.timedelta(days=offset)).isoformat() if ref else "XXXX-XX-XX"
    if m["part"]:
        value += (
            "TEV" if "soir" in m["part"] else "TMO"
        )  # "le lendemain matin", "la veille au soir"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **with_bounds(m["pre"], value)
        )
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **with_bounds(m["pre"], value)
    )


HANDLERS: dict[str, Handler] = {
    "deictic": _deictic,
    "this": _this,
    "ago": _ago,
    "later": _later,
    "in": _in,
    "neighbour": _neighbour,
    "recent": _recent,
    "ref": _ref,
    "wdday": _wdday,
    "dayattime": _wdday,
}
