"""The patterns: one rule per kind of temporal expression, joined into a single scanner.

The scanner runs over the *lower-cased* text. Lower-casing once (in C) lets every rule be
written in lower case without ``re.IGNORECASE``, which keeps the engine's fast literal
check at each branch of the alternation: that is most of the speed. The scanner only tells
which rule matched where; the rule's own pattern, with its named groups, then re-reads
the match. Everything compiles once, on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from newskit_dates_fr.lexicon import (
    APPROX_NOUNS,
    DAY_PARTS,
    DECADE_WORDS,
    DURATION_UNITS,
    HOLIDAYS,
    HOUR_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
    SET_UNITS,
    UNDOTTED_MONTHS,
    month_names,
    weekday_names,
)

__all__ = [
    "RULE_NAMES",
    "digit_follow",
    "first_year_pattern",
    "lookback_of",
    "rules",
    "scanner",
    "trigger_plan",
    "trigger_words",
    "triggers",
]


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first so that no prefix shadows a word."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


@functools.cache
def _blocks() -> dict[str, str]:
    months = month_names()
    full_months = [m for m in months if not m.endswith(".")]
    numbers = [*NUMBER_WORDS, "vingts", "cents"]
    number_words = rf"{_alt(numbers)}(?:[- ](?:et[- ])?{_alt(numbers)})*(?![\w-])"
    return {
        "S": r"[ \u00a0\u202f]+",
        "S0": r"[ \u00a0\u202f]*",
        "AP": r"['’]",
        "DAY": r"(?:1er|1ᵉʳ|premier|[12]\d|3[01]|0?[1-9])(?![\d,.]\d)",
        "MONTH": _alt(months) + r"(?![\w])",
        # Abbreviations written without their dot after a day number ("2 oct", "15 janv");
        # never "sept", which is seven.
        "MONTHX": "(?:" + _alt(months) + r"(?![\w])|" + _alt(UNDOTTED_MONTHS) + r"(?![\w.]))",
        "FULLMONTH": _alt(full_months) + r"(?![\w])",
        "WEEKDAY": _alt(w for w in weekday_names() if not w.endswith(".")) + r"s?(?![\w])",
        "WEEKDAYABBR": _alt(weekday_names()) + r"(?![\w])",
        "YEAR": r"(?:1\d{3}|20\d\d)(?![\d,]\d|\w)",
        "YEAR4": r"\d{4}(?![\d,]\d|\w)",
        "NUM": rf"(?:\d{{1,3}}(?![\d,.]\d)|{number_words})",
        "DUNIT": _alt(DURATION_UNITS) + r"(?![\w/])",  # not "24 h/24"
        "SUNIT": _alt(SET_UNITS) + r"(?![\w])",
        "PART": _alt(DAY_PARTS) + r"(?![\w])",
        "SEASON": _alt(SEASONS) + r"(?![\w])",
        "ORD": _alt(ORDINALS) + r"(?![\w])",
        "HOLIDAY": _alt(HOLIDAYS) + r"(?![\w])",
        "HOUR": r"(?:[01]?\d|2[0-4])(?![\d,.]\d)",
        "HOURW": _alt(HOUR_WORDS) + r"(?![\w-])",
        "THISUNIT": r"(?:semaine|mois|année|an|week-end|weekend|matin|matinée|après-midi|soir|soirée|nuit|jour|journée)",
        "THISSUFFIX": r"(?:-ci|-là|[ \u00a0\u202f]+(?:dernier|dernière|passé|passée|prochain|prochaine|précédent|précédente"
        r"|suivant|suivante|même)(?![\w]))",
        "DECADEW": _alt(DECADE_WORDS),
        "APPROXN": _alt(APPROX_NOUNS),
        "REL": r"(?:dernier|dernière|derniers|prochain|prochaine|passé|passée)(?![\w])",
    }


# Each rule: (name, pattern). Order matters: at one position the scanner takes the first
# rule that matches, so longer, more specific rules come first.
_RULES: tuple[tuple[str, str], ...] = (
    # "2022-01-05" (ISO, fr_CA), "2022/01/05".
    (
        "iso",
        r"(?<![\d/.-])(?P<year>\d{4})(?P<sep>[-/])(?P<mon>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?![\d/-]|\.\d)",
    ),
    (
        "numeric",
        r"(?<![\d/.,-])(?:(?P<pre>le|du|au|jusqu<AP>au|depuis le|dès le)<S>)?"
        # "15-02-2022" with dashes only with a four-digit year ("06-12-34-56" is a phone):
        # a two-digit year comes after a slash or a period.
        r"(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[01]?\d)(?P=sep)(?P<year>\d{4}|(?<=[/.])\d\d)"
        r"(?![\d/]|[.,]\d|(?<=-\d{4})-\d)",
    ),
    # "le 15/02": a day and a month, only after a preposition (else "1/3" is a ratio).
    (
        "daymonth",
        r"(?P<pre>le|du|au|jusqu<AP>au|depuis le|dès le|à partir du)<S>(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)(?![\d/]|[.,]\d)",
    ),
    # "les 5 et 6 janvier": two dates, the month written once.
    (
        "daypair",
        r"(?P<pre>les)<S>(?P<days>(?:1er|[12]\d|3[01]|0?[1-9])(?:,<S>(?:1er|[12]\d|3[01]|0?[1-9]))*)<S>et<S>(?P<day>(?:<DAY>))<S>(?P<mon>(?:<MONTHX>))"
        r"(?:<S>(?P<year>(?:<YEAR4>)))?",
    ),
    # "du 3 au 6 août 2022", "entre le 3 et le 6 août".
    (
        "dayrange",
        r"(?P<pre>du|entre le|entre)<S>(?P<day1>(?:1er|[12]\d|3[01]|0?[1-9]))<S>(?:au|et le|et)<S>"
        r"(?P<day>(?:1er|[12]\d|3[01]|0?[1-9]))<S>(?P<mon>(?:<MONTH>))(?:<S>(?P<year>(?:<YEAR4>)))?",
    ),
    # "entre 2008 et 2012", "de 2008 à 2012".
    # "entre 2008 et 2012", "de 2008 à 2012", "la saison 2021-2022".
    (
        "yearrange",
        r"(?:(?P<pre>entre|de)<S>(?P<year1>(?:<YEAR>))<S>(?:et|à)<S>"
        r"|(?<![\d/.,°-])(?<!n°)(?<!n° )(?<!n°\u00a0)(?P<year2>(?:<YEAR>))[-–])(?P<year>(?:<YEAR>))(?![-/]\d)",
    ),
    # "de 8 h à 18 h", "entre 9 heures et 11 heures".
    (
        "timerange",
        r"(?P<pre>de|entre)<S>(?P<hh1>(?:<HOUR>))(?:<S0>(?:h|heures?)(?:<S0>(?P<mm1>[0-5]\d))?(?![\w]))?<S>"
        r"(?:à|et)<S>(?P<hh>(?:<HOUR>))<S0>(?:h|heures?)(?:<S0>(?P<mm>[0-5]\d))?(?![\w])",
    ),
    # "le matin du 5 janvier", "dans la nuit du 4 au 5 janvier", "dans la nuit de samedi à dimanche".
    (
        "partofdate",
        r"(?:(?P<pre>le|la|dans<S>la|en|au|tôt|tard)<S>|(?P<pre0>dans<S>l<AP>|l<AP>))?(?:(?P<edge>début|fin)<S>(?:de<S>|d<AP>))?"
        r"(?P<part>(?:<PART>))<S>(?:du|de)<S>"
        r"(?:(?P<wd>(?:<WEEKDAY>))<S>)?(?:(?P<day1>(?:1er|[12]\d|3[01]|0?[1-9]))<S>au<S>)?"
        r"(?:(?P<day>(?:<DAY>))<S>(?P<mon>(?:<MONTH>))(?:<S>(?P<year>(?:<YEAR4>)))?"
        r"|(?P<wd1>(?:<WEEKDAY>))<S>(?:à|au)<S>(?P<wd2>(?:<WEEKDAY>))|(?P<wd3>(?:<WEEKDAY>)))",
    ),
    # "mercredi 4 octobre 2023 à 18 h 45", "le 1er mars", "jusqu'au 19 janvier", "le 12 novembre dernier".
    (
        "date",
        r"(?:(?P<pre>le|du|au|jusqu<AP>au|à partir du|à compter du|dès le|depuis le|avant le|après le|ce)<S>)?"
        r"(?:(?P<wd>(?:<WEEKDAYABBR>)),?<S>)?(?P<day>(?:<DAY>))<S>(?P<mon>(?:<MONTHX>))"
        r"(?:<S>(?P<year>(?:<YEAR4>)))?(?:<S>(?P<rel>(?:<REL>)))?"
        r"(?:<S>(?:au<S>)?(?P<dpart>matin|soir|après-midi)(?![\w-]))?"
        r"(?:,?<S>(?P<tpre>à|vers|dès|avant|après)<S>(?P<hh>(?:<HOUR>))<S0>(?:h|heures?)"
        r"(?:<S0>(?P<mm>[0-5]\d))?(?![\w]))?",
    ),
    # "le 21 à 18 h": a day of the month and a time, the month left to the reference.
    (
        "dayattime",
        r"(?P<pre>le|dès le|jusqu<AP>au|avant le|après le)<S>(?P<day>(?:<DAY>))<S>(?P<tpre>à|vers)<S>"
        r"(?P<hh>(?:<HOUR>))<S0>(?:h|heures?)(?:<S0>(?P<mm>[0-5]\d))?(?![\w])",
    ),
    # "mardi 19", "le lundi 3 à 9 h": a weekday and a day number, the month left to the reference.
    (
        "wdday",
        r"(?:(?P<pre>le|ce|dès le|depuis le|jusqu<AP>au|à partir du|avant le|après le)<S>)?(?P<wd>(?:<WEEKDAY>))<S>(?P<day>(?:<DAY>))"
        r"(?=<S0>[,.;:)!?]|<S>(?:et|à|au|dans|lors|soir|matin|après-midi|vers|pour|dès)(?![\w])|<S0>$)",
    ),
    # "début de 2022", "fin 2021", "mi-mars", "courant mars", "à la fin du mois de mai".
    (
        "fuzzy",
        r"(?:(?P<pre>au|à la|dès le|dès la|jusqu<AP>à la|jusqu<AP>au|depuis le|depuis la|en|vers la|vers le)<S>)?"
        r"(?P<edge>début|fin|mi|milieu|courant)(?:<S>|-)(?:(?:de<S>l<AP>année<S>|du<S>mois<S>(?:de<S>|d<AP>)|de<S>|d<AP>)?)"
        r"(?:(?P<mon>(?:<FULLMONTH>))(?:<S>(?P<year>(?:<YEAR>)))?|(?P<year1>(?:<YEAR>))"
        r"|(?P<this>l<AP>année|l<AP>an|l<AP>été|l<AP>hiver|l<AP>automne|l<AP>printemps|la<S>semaine|ce<S>mois|du<S>mois|cette<S>année|l<AP>après-midi|la<S>matinée|la<S>soirée|la<S>journée|matinée|soirée|journée|après-midi|semaine|mois|année)"
        r"(?:<S>(?P<year2>(?:<YEAR>))|<S>(?P<rel>(?:<REL>)))?)(?![\w])",
    ),
    # "à la fin des années 70", "les années 1990", "au début des années 2000".
    (
        "decade",
        r"(?:(?P<pre>à la fin des|au début des|au milieu des|dans les|depuis les|pendant les|durant les|les|des|fin des|début des)<S>)"
        r"années<S>(?P<decade>(?:1\d|20)?[0-9]0|<DECADEW>)(?![\w-])",
    ),
    # "au XXe siècle", "du XIXe siècle".
    (
        "century",
        r"(?:(?P<pre>au|du|le|depuis le|au début du|à la fin du|au milieu du)<S>)?(?P<roman>[ivxl]+|\d{1,2})(?:e|ème|è|ᵉ)<S>siècle(?![\w])",
    ),
    # "au printemps 2020", "à l'automne", "l'été dernier", "cet hiver".
    (
        "season",
        r"(?:(?P<pre>au|à l<AP>|en|l<AP>|cet|ce|cette|le|depuis l<AP>|depuis le|pendant l<AP>|durant l<AP>|dès l<AP>|dès le|au cours de l<AP>|fin de l<AP>|début de l<AP>)<S0>)"
        r"(?P<season>(?:<SEASON>))(?:<S>(?:de<S>)?(?P<year>(?:<YEAR>))|<S>(?P<rel>(?:<REL>)))?",
    ),
    # "au premier trimestre 2021", "au second semestre".
    (
        "quarter",
        r"(?:(?P<pre>au|le|du|ce|pour le|dès le|depuis le)<S>)?(?P<ord>(?:<ORD>))<S>(?P<unit>trimestre|semestre)(?![\w])"
        r"(?:<S>(?:de<S>|d<AP>)?(?P<year>(?:<YEAR>)))?",
    ),
    # "janvier 2022", "en sept. 2024", "mars dernier", "en mars".
    (
        "monthyear",
        r"(?:(?P<pre>en|de|d<AP>|dès|depuis|jusqu<AP>en|avant|après|à partir de|à partir d<AP>|au mois de|au mois d<AP>|le mois de|le mois d<AP>|ce mois de|ce mois d<AP>)<S0>)?"
        r"(?:(?P<mon>(?:<MONTH>))<S>(?P<year>(?:<YEAR4>))|(?P<mon1>(?:<FULLMONTH>))(?:<S>(?P<rel>(?:<REL>)))?)",
    ),
    # "Pâques", "la Saint-Sylvestre", "Noël 2021".
    (
        "holiday",
        r"(?:(?P<pre>la|le|à|pour|depuis|avant|après|dès|à la|à l<AP>|l<AP>)<S0>)?(?P<name>(?:<HOLIDAY>))(?:<S>(?P<year>(?:<YEAR>)))?",
    ),
    # "aujourd'hui", "avant-hier", "demain matin", "ce soir", "cette semaine", "le week-end dernier".
    (
        "deictic",
        r"(?:(?P<pre>d<AP>|dès|depuis|jusqu<AP>à|à partir d<AP>|pour|avant(?!<S>hier)|après(?!<S>demain))<S0>)?"
        r"(?P<word>aujourd<AP>hui|avant[- ]hier|après[- ]demain|hier|demain)(?:<S>(?P<part>(?:<PART>)))?(?![\w-])",
    ),
    (
        "this",
        r"(?:(?P<pre>dès|depuis|jusqu<AP>à|pour|avant|après|dans le courant de|au cours de|courant|pendant|durant|d<AP>ici)<S0>)?"
        # "ce mois", "la semaine dernière": after "le", "la", "l'" the unit needs its suffix,
        # else "le mois de mars" would stop at "le mois"
        r"(?:(?P<det>ce|cet|cette|le<S>même|la<S>même)<S0>(?P<unit>(?:<THISUNIT>))(?P<suffix>(?:<THISSUFFIX>))?"
        r"|(?P<det2>la|le|l<AP>)<S0>(?P<unit2>(?:<THISUNIT>))(?P<suffix2>(?:<THISSUFFIX>)))(?![\w-])",
    ),
    # "ces derniers jours", "les prochaines années", "au cours des derniers mois".
    (
        "recent",
        r"(?P<det>ces|les|au<S>cours<S>des|dans<S>les|pendant<S>les|durant<S>les|depuis<S>les|lors<S>des)<S>"
        r"(?:(?:(?P<num>(?:<NUM>))<S>)?(?P<adj>derniers|dernières|prochains|prochaines)<S>(?P<unit>jours|semaines|mois|années|ans|décennies|siècles)"
        r"|(?P<unit2>jours|semaines|mois|années)<S>(?P<adj2>à<S>venir|passés|passées|écoulés|écoulées))(?![\w])",
    ),
    # "actuellement", "en ce moment", "récemment", "prochainement".
    (
        "ref",
        r"(?P<word>actuellement|maintenant|à<S>présent|en<S>ce<S>moment|à<S>l<AP>heure<S>actuelle|pour<S>l<AP>instant|pour<S>le<S>moment"
        r"|récemment|dernièrement|autrefois|jadis|naguère|bientôt|prochainement|à<S>l<AP>avenir"
        r"|(?P<adverb>quotidiennement|hebdomadairement|mensuellement|annuellement))(?![\w])",
    ),
    # "il y a quatre jours", "dans trois semaines", "deux jours plus tard", "trois mois auparavant".
    (
        "ago",
        r"il<S>y<S>a<S>(?:(?P<approx>environ|près<S>de|plus<S>de|moins<S>de)<S>|(?P<approx2>près|plus|moins)<S>d<AP>)?"
        r"(?:(?P<num>(?:<NUM>))<S>|une<S>(?P<approxn>(?:<APPROXN>))<S>(?:de<S>|d<AP>))(?P<unit>(?:<DUNIT>))",
    ),
    (
        "later",
        r"(?P<num>(?:<NUM>)|quelques|plusieurs)<S>(?P<unit>(?:<DUNIT>))<S>(?P<dir>plus<S>tard|plus<S>tôt|auparavant|après|avant)(?=<S0>[,.;:)!?]|<S0>$)",
    ),
    (
        "in",
        r"(?:dans|d<AP>ici)<S>(?:(?P<approx>environ|près<S>de|plus<S>de|moins<S>de)<S>|(?P<approx2>près|plus|moins)<S>d<AP>)?"
        r"(?:(?P<num>(?:<NUM>))<S>|une<S>(?P<approxn>(?:<APPROXN>))<S>(?:de<S>|d<AP>))(?P<unit>(?:<DUNIT>))",
    ),
    # "la veille", "le lendemain", "le surlendemain", "l'avant-veille".
    (
        "neighbour",
        r"(?P<pre>la|le|l<AP>|dès la|dès le|dès l<AP>|depuis la|depuis le|jusqu<AP>à la|jusqu<AP>au)<S0>(?P<word>avant-veille|veille|lendemain|surlendemain)(?P<part><S>(?:au<S>)?(?:soir|matin))?"
        r"(?:<S>(?:de<S>la|de<S>l<AP>|de|du)<S0>(?P<hname>(?:<HOLIDAY>)))?(?![\w])",
    ),
    # "chaque lundi", "tous les ans", "deux fois par semaine", "toutes les deux semaines".
    (
        "every",
        r"(?P<every>chaque|tous<S>les|toutes<S>les)<S>(?:(?P<num>(?:<NUM>))<S>)?(?:(?P<wd>(?:<WEEKDAY>))|(?P<unit>(?:<SUNIT>)))",
    ),
    ("times", r"(?P<num>(?:<NUM>))<S>fois<S>par<S>(?P<unit>(?:<SUNIT>))"),
    # "à 9 h", "vers 11 heures", "à minuit", "18 h 45", "à 2 h 10 du matin".
    (
        "time",
        r"(?:(?P<pre>à|vers|dès|avant|après|jusqu<AP>à|depuis|aux alentours de|autour de|peu avant|peu après|à partir de)<S>)?"
        r"(?:(?P<hh>(?:<HOUR>))<S0>h(?:<S0>(?P<mm>[0-5]\d)(?!\d))?(?![\w/])"
        r"|(?P<hhw>(?:<HOUR>)|(?:<HOURW>))<S>heures?(?:<S>(?P<mmw>[0-5]\d|et<S>demie?|et<S>quart|moins<S>le<S>quart)(?![\w]))?"
        r"|(?P<named>midi|minuit)(?:<S>(?:et<S>demi|(?P<mmn>[0-5]\d)))?(?![\w-])"
        r"|(?<![\d:.,])(?P<hc>(?:<HOUR>)):(?P<mc>[0-5]\d)(?![\d:]|[.,]\d))"
        r"(?:<S>(?P<part>du<S>matin|du<S>soir|de<S>l<AP>après-midi))?",
    ),
    # "pendant quatre jours", "vingt mois", "trois heures et demie", "une demi-heure".
    (
        "duration",
        r"(?:(?P<pre>pendant|durant|depuis|pour|en|plus de|moins de|près de|environ|au moins|au bout de"
        r"|depuis plus de|depuis moins de|depuis près de)<S>"
        r"|(?P<pre2>plus d|moins d|près d|au bout d|depuis plus d|depuis près d|pendant plus d)<AP>)?"
        r"(?:(?:(?P<num>(?:<NUM>)|quelques|plusieurs|des|de<S>longues|de<S>longs|de<S>nombreuses|de<S>nombreux)<S>|une<S>(?P<approxn>(?:<APPROXN>))<S>(?:de<S>|d<AP>))"
        r"(?P<unit>(?:<DUNIT>))(?P<half><S>et<S>demie?)?"
        r"|(?P<demi>une<S>demi-heure|une<S>demi-journée|un<S>demi-siècle))",
    ),
    # weekdays alone: "lundi", "jeudi prochain", "dimanche soir", "à partir de lundi".
    (
        "weekday",
        r"(?:(?P<pre>le|ce|dès|depuis|jusqu<AP>à|à partir de|avant|après|d<AP>ici)<S>)?(?P<wd>(?:<WEEKDAY>))"
        r"(?:<S>(?P<rel>(?:<REL>)|(?P<nrel>précédent|suivant)(?![\w])))?(?:<S>(?:au<S>)?(?P<part>(?:<PART>)))?(?:<S>(?P<rel2>(?:<REL>)))?",
    ),
    # years: "en 2022", "depuis 2015", "avant 2000"; a bare year is a date when nothing makes it
    # a number (a count, a law number, a score).
    (
        "year",
        r"(?:(?P<pre>en|depuis|dès|avant|après|jusqu<AP>en|d<AP>ici<S>à|d<AP>ici|à partir de|pour|l<AP>année|l<AP>an"
        r"|vers|autour de|aux alentours de)<S>"
        r"|(?<![\d/.,°-])(?<!n°)(?<!n° )(?<!n°\u00a0)(?<!no )(?<!\d )(?<!\d\u00a0))"
        r"(?P<year>(?:<YEAR>))(?![/-]\d|<S0>(?:%|€|\$|[.,]\d))",
    ),
    # times of day alone: "midi", "minuit" are covered by "time"; "en fin d'après-midi".
    (
        "part",
        r"(?P<pre>en|dans la|dans l<AP>|en<S>fin<S>de|en<S>début<S>de|en<S>fin<S>d<AP>|en<S>début<S>d<AP>|tard<S>dans<S>la|tôt<S>dans<S>la|tôt<S>le|tard<S>le|dans<S>la<S>nuit<S>de|la)<S0>"
        r"(?P<part>matinée|soirée|après-midi|nuit|journée|matin|soir)(?![\w-])",
    ),
)

RULE_NAMES: tuple[str, ...] = tuple(name for name, _ in _RULES)

# Which trigger words each rule needs: every match of a rule holds at least one word of one
# of its classes, and every rule that can hold a word of a class is in that class (else a
# shorter match of another rule could win: "il y a 3 h" is not "3 h"). The scanner only
# runs near such words, and there only the rules that can hold them.
_RULE_CLASSES: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}),
    "dayattime": frozenset({"digit"}),
    "daymonth": frozenset({"digit"}),
    "daypair": frozenset({"digit", "month"}),
    "recent": frozenset({"digit", "unit"}),
    "ref": frozenset({"ref"}),
    "wdday": frozenset({"digit", "weekday"}),
    "numeric": frozenset({"digit"}),
    "dayrange": frozenset({"digit", "month"}),
    "yearrange": frozenset({"digit"}),
    "timerange": frozenset({"digit"}),
    "partofdate": frozenset({"digit", "part", "edge"}),
    "date": frozenset({"digit", "month", "weekday"}),
    "fuzzy": frozenset({"digit", "edge"}),
    "decade": frozenset({"digit", "decade"}),
    "century": frozenset({"digit", "century"}),
    "season": frozenset({"digit", "season"}),
    "quarter": frozenset({"digit", "quarter"}),
    "monthyear": frozenset({"digit", "month"}),
    "holiday": frozenset({"digit", "holiday"}),
    "deictic": frozenset({"deictic"}),
    "this": frozenset({"unit"}),
    "ago": frozenset({"digit", "unit"}),
    "later": frozenset({"digit", "unit"}),
    "in": frozenset({"digit", "unit"}),
    "neighbour": frozenset({"neighbour"}),
    "every": frozenset({"digit", "every"}),
    "times": frozenset({"digit", "fois"}),
    "time": frozenset({"digit", "named", "unit"}),
    "duration": frozenset({"digit", "unit", "demi"}),
    "weekday": frozenset({"weekday"}),
    "year": frozenset({"digit"}),
    "part": frozenset({"part", "edge"}),
}


@functools.cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Each trigger word (lower case) and the classes it belongs to; digits are class "digit"."""
    classes: dict[str, set[str]] = {}

    def add(cls: str, words: Iterable[str]) -> None:
        for word in words:
            classes.setdefault(word, set()).add(cls)

    add("month", (m.rstrip(".") for m in month_names()))
    add("weekday", (w.rstrip(".") for w in weekday_names()))
    add("weekday", (w + "s" for w in weekday_names() if not w.endswith(".")))
    add("part", [*DAY_PARTS, "journée"])
    add("edge", ("début", "fin", "mi", "milieu", "courant"))
    add("decade", ("années",))
    add("century", ("siècle",))
    add("season", SEASONS)
    add("quarter", ("trimestre", "semestre"))
    stop = {"de", "l", "du"}
    add("holiday", {w for name in HOLIDAYS for w in re.split(r"[ ']", name) if w not in stop})
    add("deictic", ("aujourd", "hier", "demain"))
    add(
        "unit",
        [
            *DURATION_UNITS,
            *SET_UNITS,
            "week-end",
            "matin",
            "matinée",
            "après-midi",
            "soir",
            "soirée",
            "nuit",
            "jour",
            "journée",
        ],
    )
    add("neighbour", ("veille", "avant-veille", "lendemain", "surlendemain"))
    add("unit", ("quelques", "plusieurs"))
    add("every", ("chaque", "tous", "toutes"))
    add("fois", ("fois",))
    add(
        "ref",
        (
            "actuellement",
            "maintenant",
            "présent",
            "moment",
            "actuelle",
            "récemment",
            "dernièrement",
            "bientôt",
            "prochainement",
            "instant",
            "autrefois",
            "jadis",
            "naguère",
            "avenir",
            "quotidiennement",
            "hebdomadairement",
            "mensuellement",
            "annuellement",
        ),
    )
    add("named", ("midi", "minuit"))
    add("demi", ("demi-heure", "demi-journée", "demi-siècle"))
    return {word: frozenset(cls) for word, cls in classes.items()}


# How far before its trigger word a match of a class may start: the longest prefix its rules
# allow ("à compter du vendredi 13": 22 characters before the digit). Searching no further
# back than needed is most of what makes the scan cheap.
_LOOKBACK: dict[str, int] = {
    "digit": 36,
    "month": 48,
    "weekday": 26,
    "part": 26,
    "edge": 26,
    "decade": 24,
    "century": 26,
    "season": 20,
    "quarter": 26,
    "holiday": 18,
    "deictic": 16,
    "unit": 48,
    "neighbour": 16,
    "every": 0,
    "fois": 40,
    "ref": 20,
    "named": 24,
    "demi": 18,
}

# Words that must stand right before a trigger for any rule to match: "été" is a season only
# after "l'", "en", "cet"…; everywhere else it is the past participle ("a été").
_BEFORE: dict[str, str] = {"été": r"(?:['’]|(?:en|cet|ce|le|de)[ \u00a0\u202f]+)$"}


def lookback_of(cls: str) -> int:
    """How far before a trigger word of class ``cls`` a match may start."""
    return _LOOKBACK[cls]


@functools.cache
def trigger_plan() -> dict[str, tuple[frozenset[str], int, re.Pattern[str] | None]]:
    """For each trigger word: its classes (see :func:`scanner`), its lookback, its precondition."""
    plan = {}
    for word, classes in trigger_words().items():
        before = _BEFORE.get(word)
        plan[word] = (
            classes,
            max(_LOOKBACK[c] for c in classes),
            re.compile(before) if before else None,
        )
    return plan


@functools.cache
def digit_follow() -> re.Pattern[str]:
    """What must follow a number of one to three digits for it to be part of a date.

    "3 h", "18:30", "15/02", "du 3 au 6", "les 5 et 6", "le 21 à 18 h". A number followed by
    a month or a unit needs no help: the month or unit is a trigger of its own.
    """
    return re.compile(r"(?:er|re|ᵉʳ)?[ \u00a0\u202f]*(?:[/.:h–-]|(?:et|au|à)(?![\w]))")


@functools.cache
def first_year_pattern() -> re.Pattern[str]:
    """A year that dates something: after "en", "début de", "fin", "mi-", or a month."""
    months = _alt(month_names())
    return re.compile(
        rf"(?<![\w])(?:en|(?:fin|début|courant|mi)(?:[ \u00a0\u202f]+de)?|l['’]année|{months})[ \u00a0\u202f-]+"
        r"((?:1[89]|20)\d\d)(?![\d/-]|[.,]\d)"
    )


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie: one branch per first letter."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


@functools.cache
def triggers() -> re.Pattern[str]:
    """The words near which a temporal expression may stand: digits and the trigger words."""
    return re.compile(r"(?<![\w])(?:\d+|" + _trie(sorted(trigger_words())) + r"(?![\w]))")


def _expand(pattern: str) -> str:
    blocks = _blocks()
    return re.sub(r"<([A-Z0-9]+)>", lambda m: blocks[m.group(1)], pattern)


@functools.cache
def rules() -> dict[str, re.Pattern[str]]:
    """Each rule's own pattern, with its named groups."""
    return {name: re.compile(_expand(pattern)) for name, pattern in _RULES}


@functools.cache
def scanner(classes: frozenset[str] | None = None) -> re.Pattern[str]:
    """The rules (those that can hold a word of ``classes``, or all) in one alternation.

    The name of the group that matched is the rule's.
    """
    parts = []
    for name, pattern in _RULES:
        if classes is not None and not classes & _RULE_CLASSES[name]:
            continue
        body = _expand(pattern)
        body = re.sub(r"\(\?P<\w+>", "(?:", body)
        body = re.sub(r"\(\?P=\w+\)", "[-/.]", body)  # the rule itself checks the backreference
        parts.append(f"(?P<{name}>{body})")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + ")")
