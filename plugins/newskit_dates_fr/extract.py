"""From matches to TIMEX3 values: one small function per rule of the grammar, walked in text order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import attrs

from newskit import AnchorKind, TimeExpression, TimexType
from newskit_dates_fr.anchoring import Anchoring, Reference
from newskit_dates_fr.calendar_ops import easter, iso_week, safe_date, shift, weekday_near
from newskit_dates_fr.grammar import digit_follow, rules, scanner, trigger_plan, triggers
from newskit_dates_fr.lexicon import (
    DAY_PARTS,
    DURATION_UNITS,
    HOLIDAYS,
    ORDINALS,
    SEASONS,
    SET_UNITS,
    month_names,
    number_value,
    weekday_names,
)

__all__ = ["find_dates"]

_EDGE_MOD = {"début": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_DECADE_WORDS = {
    "trente": 3,
    "quarante": 4,
    "cinquante": 5,
    "soixante": 6,
    "soixante-dix": 7,
    "quatre-vingt": 8,
    "quatre-vingts": 8,
    "quatre-vingt-dix": 9,
}
# Words that may follow a bare year ("en 2022" needs no help, "2022 personnes" is a count).
_AFTER_BARE_YEAR = frozenset(
    [
        "a",
        "à",
        "au",
        "aux",
        "avait",
        "avaient",
        "avec",
        "ce",
        "cette",
        "contre",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "est",
        "et",
        "était",
        "fut",
        "il",
        "ils",
        "l",
        "la",
        "le",
        "les",
        "lors",
        "mais",
        "ne",
        "ont",
        "ou",
        "où",
        "par",
        "pendant",
        "pour",
        "puis",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "selon",
        "son",
        "sont",
        "sur",
        "un",
        "une",
        "vers",
    ]
)
_UNIT_WORDS = frozenset(
    [
        "m",
        "km",
        "kg",
        "g",
        "t",
        "mw",
        "kw",
        "ha",
        "h",
        "l",
        "cm",
        "mm",
        "mètre",
        "litre",
        "tonne",
        "euro",
        "dollar",
    ]
)


class _Run:
    """The state of one call: the text, its lower-cased copy and the anchoring."""

    def __init__(self, text: str, lower: str, anchoring: Anchoring) -> None:
        self.text = text
        self.lower = lower
        self.anchoring = anchoring

    def make(
        self,
        start: int,
        end: int,
        type_: TimexType,
        value: str,
        reference: Reference | None = None,
        **kwargs: object,
    ) -> TimeExpression:
        if reference is None:
            kind, anchor_value = AnchorKind.ABSOLUTE, None
        else:
            _, kind, anchor_value = reference
            if kind is AnchorKind.NONE:
                anchor_value = None
        return TimeExpression.of(
            self.text,
            start,
            end,
            type=type_,
            value=value,
            anchor=kind,
            anchor_value=anchor_value,
            **kwargs,
        )


def _month(word: str) -> int:
    """The number of a month name or abbreviation, with or without its dot ("oct", "oct.")."""
    names = month_names()
    return names[word] if word in names else names[word + "."]


def _day_number(word: str) -> int:
    return 1 if word in ("1er", "1ᵉʳ", "premier") else int(word)


def _range_mod(pre: str | None) -> dict[str, str | None]:
    """The bound a preposition puts on a value: "jusqu'au" ends a range, "depuis" begins one."""
    if not pre:
        return {}
    pre = pre.replace("’", "'")
    if pre.startswith(("jusqu'", "d'ici")):
        return {"until": "="}
    if pre.startswith(("depuis", "dès", "à partir", "à compter")):
        return {"begin": "=", "mod": "AFTER" if pre.startswith("depuis") else None}
    if pre.startswith("avant"):
        return {"mod": "BEFORE"}
    if pre.startswith("après"):
        return {"mod": "AFTER"}
    if pre.startswith(("vers", "aux alentours", "autour")):
        return {"mod": "APPROX"}
    return {}


def _with_bounds(pre: str | None, value: str) -> dict[str, str | None]:
    bounds = _range_mod(pre)
    return {key: (value if v == "=" else v) for key, v in bounds.items()}


def _relative(word: str | None) -> int:
    if not word:
        return 0
    return -1 if word.startswith(("dernier", "dernière", "passé", "précédent")) else 1


# -- absolute and partial dates ---------------------------------------------------------


def _iso(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    day = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    if day is None:
        return None
    run.anchoring.saw_year(day.year)
    run.anchoring.saw_date(day, m.end())
    return run.make(m.start(), m.end(), TimexType.DATE, day.isoformat())


def _numeric(run: _Run, m: re.Match[str]) -> TimeExpression | None:
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
    return run.make(m.start(), m.end(), TimexType.DATE, value, **_with_bounds(m["pre"], value))


def _date(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    month = _month(m["mon"])
    number = _day_number(m["day"])
    weekday = weekday_names()[m["wd"]] if m["wd"] else None
    reference: Reference | None = None
    if m["year"]:
        day = safe_date(int(m["year"]), month, number)
        if day is None:
            return None
        run.anchoring.saw_year(day.year)
    else:
        day, kind, anchor_value = run.anchoring.month_day(
            month, number, m.start(), m.end(), weekday=weekday, relative=_relative(m["rel"])
        )
        reference = (day, kind, anchor_value)
        if safe_date(2000, month, number) is None:  # 2000 is a leap year: 29 février exists
            return None
    value = day.isoformat() if day else f"XXXX-{month:02d}-{number:02d}"
    if day is not None:
        run.anchoring.saw_date(day, m.end())
    bounds = _with_bounds(m["pre"], value)
    if m["dpart"] and not m["hh"]:
        value = f"{value}T{DAY_PARTS[m['dpart']]}"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **_with_bounds(m["pre"], value)
        )
    if m["hh"]:
        hour, minute = int(m["hh"]), int(m["mm"] or 0)
        if hour > 24:
            return None
        value = f"{value}T{hour:02d}:{minute:02d}"
        bounds = _with_bounds(m["pre"], value)
        if m["tpre"] == "vers":
            bounds["mod"] = "APPROX"
        return run.make(m.start(), m.end(), TimexType.TIME, value, reference, **bounds)
    return run.make(m.start(), m.end(), TimexType.DATE, value, reference, **bounds)


def _monthyear(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    if m["mon"]:
        month = _month(m["mon"])
        year = int(m["year"])
        run.anchoring.saw_year(year)
        value = f"{year}-{month:02d}"
        return run.make(m.start(), m.end(), TimexType.DATE, value, **_with_bounds(m["pre"], value))
    month = month_names()[m["mon1"]]
    if not m["pre"] and not m["rel"] and not _bare_month_ok(run, m):
        return None
    relative = _relative(m["rel"])
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
    year, kind, anchor_value = _year_of_month(run, month, m.start(), m.end())
    value = f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"
    return run.make(
        m.start(),
        m.end(),
        TimexType.DATE,
        value,
        (None, kind, anchor_value),
        **_with_bounds(m["pre"], value),
    )


def _bare_month_ok(run: _Run, m: re.Match[str]) -> bool:
    """A month name alone is a date unless it is a capitalised name inside a sentence ("Mars")."""
    word = run.text[m.start() : m.end()]
    if word[0].isupper():
        before = run.text[max(0, m.start() - 2) : m.start()]
        return not before or before.endswith(("\n", ". ", "(")) or before.strip() == ""
    return True


def _year_of_month(
    run: _Run, month: int, start: int, end: int
) -> tuple[int | None, AnchorKind, str | None]:
    """The year of a month given alone: the narrative's, else the publication's (news-style)."""
    year, kind, anchor_value = run.anchoring.year_ref()
    if kind is AnchorKind.PUBLICATION and run.anchoring.published is not None:
        published = run.anchoring.published
        tense = run.anchoring.tense(start, end)
        if tense < 0 and month > published.month:
            year = published.year - 1
        elif tense > 0 and month < published.month:
            year = published.year + 1
    return year, kind, anchor_value


def _weekday(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    weekday = weekday_names().get(m["wd"].rstrip("s"), None)
    if weekday is None:
        return None
    relative = _relative(m["rel"] or m["rel2"])
    ref, kind, anchor_value = run.anchoring.weekday_ref()
    part = DAY_PARTS.get(m["part"] or "")
    if ref is None:
        value = f"XXXX-WXX-{weekday}"
    else:
        direction = relative or run.anchoring.tense(m.start(), m.end())
        strict = bool(relative)
        if m["pre"] and m["pre"].startswith(("à partir", "dès", "jusqu", "d'ici", "d’ici")):
            direction, strict = 1, True  # "à partir de lundi" is the coming Monday
        day = weekday_near(ref, weekday, direction, strict=strict)
        run.anchoring.saw_date(day, m.end())
        value = day.isoformat()
    bounds = _with_bounds(m["pre"], value)
    if part:
        value = f"{value}T{part}"
        bounds = _with_bounds(m["pre"], value)
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, (ref, kind, anchor_value), **bounds
        )
    return run.make(m.start(), m.end(), TimexType.DATE, value, (ref, kind, anchor_value), **bounds)


def _year(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    year = int(m["year"])
    if not m["pre"] and not _bare_year_ok(run, m, year):
        return None
    if not m["pre"] or m["pre"].startswith(("en", "l'", "l’", "pour")):
        run.anchoring.saw_year(year)
    value = str(year)
    return run.make(m.start(), m.end(), TimexType.DATE, value, **_with_bounds(m["pre"], value))


def _bare_year_ok(run: _Run, m: re.Match[str], year: int) -> bool:
    """A bare four-digit number is a year when it looks like one and nothing counts it."""
    if not 1800 <= year <= 2099:
        return False
    before = run.lower[max(0, m.start() - 12) : m.start()]
    if re.search(
        r"(?:environ|plus de|moins de|près de|les|des|n°|no|article|page|numéro)\s*$", before
    ):
        return False
    after = run.lower[m.end() : m.end() + 20]
    word = re.match(r"[ \u00a0\u202f]+([^\W\d_]+)", after)
    if word is None or word.group(1) in _AFTER_BARE_YEAR:
        return True
    following = word.group(1)
    # "2000 personnes", "1500 m": a count of something; "le traité de 2017 reste": a year.
    return following not in _UNIT_WORDS and not (
        len(following) > 3 and following.endswith(("s", "x"))
    )


# -- fuzzy periods ----------------------------------------------------------------------


def _fuzzy(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    mod = _EDGE_MOD[m["edge"]]
    bounds = {k: v for k, v in _with_bounds(m["pre"], "").items() if k != "mod"}
    reference: Reference | None = None
    type_ = TimexType.DATE
    if m["mon"]:
        month = _month(m["mon"])
        if m["year"]:
            year: int | None = int(m["year"])
            run.anchoring.saw_year(year)  # type: ignore[arg-type]
        else:
            year, kind, anchor_value = _year_of_month(run, month, m.start(), m.end())
            reference = (None, kind, anchor_value)
        value = f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"
    elif m["year1"]:
        year = int(m["year1"])
        run.anchoring.saw_year(year)
        value = str(year)
    else:
        this = re.sub(r"[ \u00a0\u202f]+", " ", m["this"].replace("’", "'"))
        relative = _relative(m["rel"])
        if this.endswith(("année", "an")):
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
            value = reference[0].strftime("%Y-%m") if reference[0] else "XXXX-XX"
        elif this.endswith("semaine"):
            reference = (
                run.anchoring.deictic()
                if run.anchoring.published
                else run.anchoring.narrative_day()
            )
            value = iso_week(reference[0]) if reference[0] else "XXXX-WXX"
        elif this.split()[-1].lstrip("l'") in SEASONS:
            code = SEASONS[this.split()[-1].lstrip("l'")]
            year, kind, anchor_value = run.anchoring.year_ref()
            reference = (None, kind, anchor_value)
            value = f"{year}-{code}" if year else f"XXXX-{code}"
        else:
            part = DAY_PARTS.get(this.split()[-1].lstrip("l'"))
            reference = run.anchoring.day_for_time(m.start())
            if part is None:  # "la journée": the day itself
                value = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
            else:
                type_ = TimexType.TIME
                value = f"{reference[0].isoformat() if reference[0] else 'XXXX-XX-XX'}T{part}"
    bounds = {k: (value if v == "=" or v == "" else v) for k, v in bounds.items()}
    return run.make(m.start(), m.end(), type_, value, reference, mod=mod, **bounds)


def _decade(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    word = m["decade"]
    if word in _DECADE_WORDS:
        value = f"19{_DECADE_WORDS[word]}"
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


def _century(run: _Run, m: re.Match[str]) -> TimeExpression | None:
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


def _season(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    code = SEASONS[m["season"]]
    pre = (m["pre"] or "").replace("’", "'")
    reference: Reference | None = None
    if m["year"]:
        year: int | None = int(m["year"])
        run.anchoring.saw_year(year)  # type: ignore[arg-type]
    elif m["rel"] or pre in ("cet", "ce", "cette"):
        reference = run.anchoring.deictic()
        ref = reference[0]
        year = None if ref is None else ref.year + _relative(m["rel"])
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    value = f"{year}-{code}" if year else f"XXXX-{code}"
    mod = "END" if pre.startswith("fin") else "START" if pre.startswith("début") else None
    bounds = _with_bounds(m["pre"], value)
    bounds.setdefault("mod", mod)
    return run.make(m.start(), m.end(), TimexType.DATE, value, reference, **bounds)


def _quarter(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    number = ORDINALS[m["ord"]]
    letter = "Q" if m["unit"] == "trimestre" else "H"
    if letter == "H" and number > 2:
        return None
    reference: Reference | None = None
    if m["year"]:
        year: int | None = int(m["year"])
        run.anchoring.saw_year(year)  # type: ignore[arg-type]
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    value = f"{year if year else 'XXXX'}-{letter}{number}"
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **_with_bounds(m["pre"], value)
    )


def _holiday(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    name = m["name"].replace("’", "'")
    start = m.start("name")
    if (
        name in ("ascension", "pentecôte", "toussaint", "armistice", "assomption")
        and not run.text[start].isupper()
    ):
        return None  # "l'ascension du mont Blanc" is a climb
    rule = HOLIDAYS[name]
    reference: Reference | None = None
    if m["year"]:
        year: int | None = int(m["year"])
    elif isinstance(rule[0], int):
        day, kind, anchor_value = run.anchoring.month_day(rule[0], rule[1], m.start(), m.end())  # type: ignore[arg-type]
        reference = (day, kind, anchor_value)
        year = day.year if day else None
    else:
        year, kind, anchor_value = run.anchoring.year_ref()
        reference = (None, kind, anchor_value)
    if year is None:
        value = f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if isinstance(rule[0], int) else "XXXX-XX-XX"
    elif isinstance(rule[0], int):
        value = dt.date(year, rule[0], rule[1]).isoformat()  # type: ignore[arg-type]
    else:
        value = (easter(year) + dt.timedelta(days=rule[1])).isoformat()
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **_with_bounds(m["pre"], value)
    )


# -- deictic and relative ---------------------------------------------------------------


def _deictic(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    offset = {
        "aujourd'hui": 0,
        "aujourd’hui": 0,
        "hier": -1,
        "avant-hier": -2,
        "demain": 1,
        "après-demain": 2,
    }[m["word"]]
    reference = run.anchoring.deictic()
    ref = reference[0]
    value = (ref + dt.timedelta(days=offset)).isoformat() if ref else "XXXX-XX-XX"
    if ref is not None:
        run.anchoring.saw_date(ref + dt.timedelta(days=offset), m.end())
    if m["part"]:
        value = f"{value}T{DAY_PARTS[m['part']]}"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **_with_bounds(m["pre"], value)
        )
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **_with_bounds(m["pre"], value)
    )


def _this(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    det = re.sub(r"[ \u00a0\u202f]+", " ", m["det"].replace("’", "'"))
    unit = m["unit"]
    suffix = (m["suffix"] or "").strip()
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
        offset = _relative(suffix)
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
    return run.make(m.start(), m.end(), type_, value, reference, **_with_bounds(m["pre"], value))


_REF_WORDS = {
    "actuellement": "PRESENT_REF",
    "maintenant": "PRESENT_REF",
    "à présent": "PRESENT_REF",
    "en ce moment": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF",
    "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF",
    "récemment": "PAST_REF",
    "dernièrement": "PAST_REF",
    "autrefois": "PAST_REF",
    "jadis": "PAST_REF",
    "naguère": "PAST_REF",
    "à l'avenir": "FUTURE_REF",
    "bientôt": "FUTURE_REF",
    "prochainement": "FUTURE_REF",
}


def _ref(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    if m["adverb"]:
        value = {"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M"}
        return run.make(
            m.start(), m.end(), TimexType.SET, value.get(m["adverb"], "P1Y"), quant="EVERY"
        )
    word = re.sub(r"[ \u00a0\u202f]+", " ", m["word"].replace("’", "'"))
    return run.make(m.start(), m.end(), TimexType.DATE, _REF_WORDS[word], run.anchoring.deictic())


def _recent(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    """ "ces derniers jours" is a stretch of days ending now: a duration of unknown length."""
    letter, _ = DURATION_UNITS[m["unit"]]
    number = number_value(m["num"]) if m["num"] else None
    return run.make(m.start(), m.end(), TimexType.DURATION, f"P{number or 'X'}{letter}")


def _wdday(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    """ "mardi 19": the 19th nearest the reference that falls on a Tuesday.

    Also "le 21 à 18 h" (rule ``dayattime``): the 21st nearest the reference, at 18:00.
    """
    groups = m.groupdict()
    weekday = weekday_names().get(m["wd"].rstrip("s")) if groups.get("wd") else None
    number = _day_number(m["day"])
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
        bounds = _with_bounds(m["pre"], value)
        if m["tpre"] == "vers":
            bounds["mod"] = "APPROX"
        return run.make(m.start(), m.end(), TimexType.TIME, value, reference, **bounds)
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **_with_bounds(m["pre"], value)
    )


def _offset_value(ref: dt.date | None, amount: int, unit: str, sign: int) -> str:
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


def _shifted(run: _Run, m: re.Match[str], reference: Reference, sign: int) -> TimeExpression | None:
    amount = number_value(m["num"])
    if amount is None:
        return None
    value = _offset_value(reference[0], amount, m["unit"], sign)
    if reference[0] is not None and DURATION_UNITS[m["unit"]][0] == "D":
        run.anchoring.saw_date(shift(reference[0], sign * amount, "D"), m.end())
    approx = m.groupdict().get("approx")
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, mod="APPROX" if approx else None
    )


def _ago(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    return _shifted(run, m, run.anchoring.deictic(), -1)


def _in(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    return _shifted(run, m, run.anchoring.deictic(), 1)


def _later(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    sign = (
        1
        if m["dir"].startswith(("plus tard", "plus\u00a0tard", "après"))
        or m["dir"].endswith("tard")
        else -1
    )
    return _shifted(run, m, run.anchoring.narrative_day(), sign)


def _neighbour(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    offset = {"avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2}[m["word"]]
    reference = run.anchoring.narrative_day()
    ref = reference[0]
    value = (ref + dt.timedelta(days=offset)).isoformat() if ref else "XXXX-XX-XX"
    if m["part"]:
        value += (
            "TEV" if "soir" in m["part"] else "TMO"
        )  # "le lendemain matin", "la veille au soir"
        return run.make(
            m.start(), m.end(), TimexType.TIME, value, reference, **_with_bounds(m["pre"], value)
        )
    return run.make(
        m.start(), m.end(), TimexType.DATE, value, reference, **_with_bounds(m["pre"], value)
    )


# -- times ------------------------------------------------------------------------------


def _time(run: _Run, m: re.Match[str]) -> TimeExpression | None:
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
    return run.make(
        m.start(), m.end(), TimexType.TIME, value, reference, **_with_bounds(pre, value)
    )


def _midi_is_time(run: _Run, m: re.Match[str]) -> bool:
    """ "le Midi" and "dans le midi" name the south of France, "à midi" is noon."""
    before = run.lower[max(0, m.start() - 8) : m.start()]
    return (
        not re.search(r"(?:le|du|au|dans le)[ \u00a0]*$", before)
        and not run.text[m.start()].isupper()
    )


def _duration_of_hours(
    run: _Run, m: re.Match[str], hours: int, words: str
) -> TimeExpression | None:
    """ "11 heures", "trois heures et demie" with no "à" or "vers" before: how long, not when."""
    minutes = {"et demi": 30, "et demie": 30, "et quart": 15}.get(re.sub(r"\s+", " ", words))
    if words and minutes is None:
        return None  # "trois heures moins le quart", "deux heures 10": not a duration
    value = f"PT{hours}H{minutes}M" if minutes else f"PT{hours}H"
    return run.make(m.start(), m.end(), TimexType.DURATION, value)


# -- durations and sets -----------------------------------------------------------------

_APPROX_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "centaine": 100,
}

_DURATION_MOD = {
    "plus de": "MORE_THAN",
    "moins de": "LESS_THAN",
    "près de": "APPROX",
    "environ": "APPROX",
    "au moins": "EQUAL_OR_MORE",
}


def _duration(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    if m["demi"]:
        words = m["demi"].split()[-1]
        value = {"demi-heure": "PT30M", "demi-journée": "P0.5D", "demi-siècle": "P50Y"}[words]
    else:
        letter, is_time = DURATION_UNITS[m["unit"]]
        if m["approxn"]:
            amount = str(_APPROX_NOUNS[m["approxn"]])
        elif m["num"] in ("quelques", "plusieurs", "des") or re.match(r"de\s", m["num"]):
            if m["num"] == "des" and not m["pre"]:
                return None  # "des jours" alone is no period; "depuis des années" is
            amount = "X"
        else:
            number = number_value(m["num"])
            if number is None:
                return None
            if _is_group_tail(run, m.start("num")):
                return None
            amount = str(number)
            if m["half"]:
                amount = _plus_half(number, letter)
        if (
            m["half"] and amount.endswith(("M", "H")) and not amount[:-1].replace(".", "").isdigit()
        ) or (m["half"] and letter in ("H", "Y")):
            value = f"P{'T' if is_time else ''}{amount}"
        else:
            value = f"P{'T' if is_time else ''}{amount}{letter}"
    pre = m["pre"] or (f"{m['pre2']}e" if m["pre2"] else "")  # "plus d'un an": "plus de"
    pre = re.sub(r"[ \u00a0\u202f]+", " ", pre).removeprefix("depuis ").removeprefix("pendant ")
    mod = "APPROX" if m["demi"] is None and m["approxn"] else _DURATION_MOD.get(pre)
    return run.make(m.start(), m.end(), TimexType.DURATION, value, mod=mod)


def _plus_half(number: int, letter: str) -> str:
    """ "trois heures et demie" is PT3H30M, "un an et demi" P1Y6M, "deux jours et demi" P2.5D."""
    if letter == "H":
        return f"{number}H30M"
    if letter == "Y":
        return f"{number}Y6M"
    return f"{number}.5"


def _is_group_tail(run: _Run, start: int) -> bool:
    """True for the "000" of "1 000 jours": a digit group, not a number of its own."""
    return bool(re.search(r"\d[ \u00a0\u202f]$", run.lower[max(0, start - 2) : start]))


def _every(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    quant = "EACH" if m["every"] == "chaque" else "EVERY"
    if m["wd"]:
        weekday = weekday_names().get(m["wd"].rstrip("s"))
        if weekday is None:
            return None
        return run.make(m.start(), m.end(), TimexType.SET, f"XXXX-WXX-{weekday}", quant=quant)
    value = SET_UNITS[m["unit"]]
    if value.startswith("T"):
        return run.make(m.start(), m.end(), TimexType.SET, f"XXXX-XX-XX{value}", quant=quant)
    if m["num"]:
        number = number_value(m["num"])
        if number is None:
            return None
        value = re.sub(r"1", str(number), value, count=1)
    return run.make(m.start(), m.end(), TimexType.SET, value, quant=quant)


def _times(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    number = number_value(m["num"])
    value = SET_UNITS[m["unit"]]
    if number is None or value.startswith("T"):
        return None
    return run.make(m.start(), m.end(), TimexType.SET, value, freq=f"{number}X")


# -- parts of days and ranges -----------------------------------------------------------


def _partofdate(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    part = DAY_PARTS[m["part"]]
    reference: Reference | None = None
    if m["mon"]:
        month = _month(m["mon"])
        number = _day_number(m["day1"] or m["day"])
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
    mod = _EDGE_MOD.get(m["edge"] or "")
    return run.make(m.start(), m.end(), TimexType.TIME, value, reference, mod=mod)


def _part(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    pre = re.sub(r"[ \u00a0\u202f]+", " ", m["pre"])
    part = DAY_PARTS.get(m["part"])
    if part is None:  # "dans la journée"
        return None
    if pre == "dans la nuit de":
        return None
    reference = run.anchoring.day_for_time(m.start())
    day = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
    mod = (
        "END"
        if "fin" in pre or "tard" in pre
        else "START"
        if "début" in pre or "tôt" in pre
        else None
    )
    return run.make(m.start(), m.end(), TimexType.TIME, f"{day}T{part}", reference, mod=mod)


def _daymonth(run: _Run, m: re.Match[str]) -> TimeExpression | None:
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
        **_with_bounds(m["pre"], value),
    )


def _daypair(run: _Run, m: re.Match[str]) -> list[TimeExpression] | None:
    """ "les 5 et 6 janvier": two dates, as TimeML marks them ("les 5", "6 janvier")."""
    month = _month(m["mon"])
    pair = []
    for group in ("day1", "day"):
        number = _day_number(m[group])
        if safe_date(2000, month, number) is None:
            return None
        if m["year"]:
            day = safe_date(int(m["year"]), month, number)
            reference: Reference | None = None
        else:
            day, kind, anchor_value = run.anchoring.month_day(month, number, m.start(), m.end())
            reference = (day, kind, anchor_value)
        value = day.isoformat() if day else f"XXXX-{month:02d}-{number:02d}"
        start = m.start() if group == "day1" else m.start("day")
        end = m.end("day1") if group == "day1" else m.end()
        pair.append(run.make(start, end, TimexType.DATE, value, reference))
        if day is not None:
            run.anchoring.saw_date(day, m.end())
    if m["year"]:
        run.anchoring.saw_year(int(m["year"]))
    return pair


def _dayrange(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    month = _month(m["mon"])
    first, last = _day_number(m["day1"]), _day_number(m["day"])
    if first >= last:
        return None
    reference: Reference | None = None
    if m["year"]:
        year: int | None = int(m["year"])
        run.anchoring.saw_year(year)  # type: ignore[arg-type]
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


def _yearrange(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    first, last = int(m["year1"] or m["year2"]), int(m["year"])
    if first >= last or (m["year2"] and last - first > 20):
        return None  # "2021-1040" is a law number, not a span of years
    return run.make(
        m.start(), m.end(), TimexType.DATE, str(first), begin=str(first), until=str(last)
    )


def _timerange(run: _Run, m: re.Match[str]) -> TimeExpression | None:
    first, last = int(m["hh1"]), int(m["hh"])
    if first > 24 or last > 24:
        return None
    reference = run.anchoring.day_for_time(m.start())
    day = reference[0].isoformat() if reference[0] else "XXXX-XX-XX"
    begin = f"{day}T{first:02d}:{int(m['mm1'] or 0):02d}"
    until = f"{day}T{last:02d}:{int(m['mm'] or 0):02d}"
    return run.make(m.start(), m.end(), TimexType.TIME, begin, reference, begin=begin, until=until)


_HANDLERS: dict[
    str, Callable[[_Run, re.Match[str]], TimeExpression | list[TimeExpression] | None]
] = {
    "iso": _iso,
    "numeric": _numeric,
    "dayrange": _dayrange,
    "yearrange": _yearrange,
    "timerange": _timerange,
    "partofdate": _partofdate,
    "date": _date,
    "fuzzy": _fuzzy,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "monthyear": _monthyear,
    "holiday": _holiday,
    "deictic": _deictic,
    "this": _this,
    "ago": _ago,
    "later": _later,
    "in": _in,
    "neighbour": _neighbour,
    "every": _every,
    "times": _times,
    "time": _time,
    "duration": _duration,
    "weekday": _weekday,
    "year": _year,
    "part": _part,
    "recent": _recent,
    "ref": _ref,
    "wdday": _wdday,
    "dayattime": _wdday,
    "daymonth": _daymonth,
    "daypair": _daypair,
}


# -- the walk ---------------------------------------------------------------------------


def _lower(text: str) -> str:
    """The lower-cased text, with the same offsets (a few letters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_RANGE_JOIN = re.compile(r"[ \u00a0\u202f]*(?:au|à|et|jusqu['’]au|jusqu['’]à|-|–)?[ \u00a0\u202f]*")
_RANGE_OPEN_BEFORE = re.compile(r"(?<![\w])(?:du|de|entre|depuis)[ \u00a0\u202f]+$")
_RANGE_CLOSE = re.compile(r"(?:au|à|et|jusqu['’]au|jusqu['’]à)[ \u00a0\u202f]")
_RANGE_OPEN = re.compile(r"(?:du|de|d['’]|entre|depuis|dès)[ \u00a0\u202f]")


def _join_ranges(text: str, lower: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "du 3 août au 6 septembre", "de lundi à mercredi": two values, one range, both ends kept."""
    joined: list[TimeExpression] = []
    for expression in found:
        if joined:
            previous = joined[-1]
            between = lower[previous.end : expression.start]
            connector = _RANGE_JOIN.fullmatch(between)
            opener = _RANGE_OPEN.match(lower, previous.start) or _RANGE_OPEN_BEFORE.search(
                lower, max(0, previous.start - 9), previous.start
            )
            if (
                connector
                and (connector.group().strip() or _RANGE_CLOSE.match(lower, expression.start))
                and opener
                and previous.type == expression.type
                and previous.type in (TimexType.DATE, TimexType.TIME)
                and previous.until is None
                and expression.begin is None
            ):
                previous = _same_year_as(previous, expression)
                until = _not_before(
                    expression.until or expression.value, previous.value, expression
                )
                joined[-1] = TimeExpression.of(
                    text,
                    min(previous.start, opener.start()),
                    expression.end,
                    type=previous.type,
                    value=previous.value,
                    mod=None,
                    anchor=previous.anchor,
                    anchor_value=previous.anchor_value,
                    begin=previous.value,
                    until=until,
                )
                continue
        joined.append(expression)
    return joined


def _not_before(until: str, begin: str, last: TimeExpression) -> str:
    """The end of a range moved past its start when only the inference put it before.

    "de samedi à lundi" ends on the Monday after; "du 28 décembre au 3 janvier" in the
    next year. An end the text gives in full is kept as it is.
    """
    if last.anchor is AnchorKind.ABSOLUTE or not _DAY.fullmatch(until) or not _DAY.fullmatch(begin):
        return until
    end, start = dt.date.fromisoformat(until), dt.date.fromisoformat(begin)
    if end >= start:
        return until
    if not any(name in last.text.lower() for name in month_names()):
        return (end + dt.timedelta(days=7 * ((start - end).days // 7 + 1))).isoformat()
    moved = safe_date(end.year + 1, end.month, end.day)
    return moved.isoformat() if moved else until


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _same_year_as(first: TimeExpression, last: TimeExpression) -> TimeExpression:
    """ "du 3 août au 6 septembre 2022": the start takes its year from the explicit end."""
    if first.anchor is AnchorKind.ABSOLUTE or last.anchor is not AnchorKind.ABSOLUTE:
        return first
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", first.value) or not re.match(r"\d{4}-\d\d", last.value):
        return first
    year = int(last.value[:4]) - (first.value[5:7] > last.value[5:7])
    value = f"{year}{first.value[4:]}"
    return attrs.evolve(first, value=value, anchor=AnchorKind.ABSOLUTE, anchor_value=None)


def _first_year(lower: str) -> int | None:
    """The first explicit year of a text: the narrative anchor when there is no publication date."""
    match = re.search(r"(?<![\d/.,°-])(?:1[89]|20)\d\d(?![\d/-]|[.,]\d)", lower)
    return int(match.group(0)) if match else None


# How far after its trigger word an expression may end ("5 janvier 2022 à 18 h 45").
_AFTER = 80


def _matches(lower: str) -> Iterator[re.Match[str]]:
    """The scanner's matches, in text order, looked for only around trigger words.

    Equivalent to ``scanner().finditer(lower)`` (every match holds a trigger word) but it
    reads each stretch of text with the few rules that can match there, and skips the
    triggers that cannot be part of a date ("a été", "18 agents").
    """
    length = len(lower)
    position = 0
    plan = trigger_plan()
    follow = digit_follow()
    digits = (scanner(frozenset({"digit"})), 30)
    for trigger in triggers().finditer(lower):
        at = trigger.start()
        if at < position:
            continue
        word = trigger.group()
        if word[0].isdigit():
            if len(word) < 4 and not follow.match(lower, trigger.end()):
                continue
            pattern, lookback = digits
        else:
            pattern, lookback, before = plan[word]
            if before is not None and not before.search(lower, max(0, at - 8), at):
                continue
        while True:
            start = max(position, at - lookback)
            end = min(length, trigger.end() + _AFTER)
            match = pattern.search(lower, start, end)
            if match is not None and end < length and end - match.end() < 8:
                match = pattern.search(lower, start)  # it may run on past the window
            if match is None or match.start() > at:
                break
            yield match
            position = match.end()
            if position > at:
                break


def find_dates(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every temporal expression of a French ``text``, normalized to TIMEX3, in text order.

    :param text: French text.
    :param anchor: the publication date, if known: the reference of "hier", "lundi" and of
        years left out. Without it, the narrative anchors the values (the last explicit
        year, the last date mentioned), and what nothing fixes stays ``X``.
    """
    lower = _lower(text)
    anchoring = Anchoring(lower, anchor, _first_year(lower))
    run = _Run(text, lower, anchoring)
    patterns = rules()
    found: list[TimeExpression] = []
    for match in _matches(lower):
        rule = match.lastgroup
        assert rule is not None
        groups = patterns[rule].match(lower, match.start(), match.end())
        if groups is None:
            continue
        anchoring.cursor = match.start()
        result = _HANDLERS[rule](run, groups)
        if isinstance(result, list):
            found.extend(result)
        elif result is not None:
            found.append(result)
    return _join_ranges(text, lower, found)
