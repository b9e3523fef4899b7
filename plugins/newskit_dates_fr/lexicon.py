"""The French words of time: babel's locale data for months and days, and the tables babel lacks.

Every table here is plain data; each entry is exercised by ``tests/dates/test_lexicon.py``.
Babel is read once, on first use, never at import time.
"""

from __future__ import annotations

import functools

__all__ = [
    "APPROX_NOUNS",
    "BARE_YEAR_FOLLOWERS",
    "COUNTING_WORDS",
    "COUNT_UNITS",
    "DAY_PARTS",
    "DECADE_WORDS",
    "DURATION_UNITS",
    "HOLIDAYS",
    "HOUR_WORDS",
    "NUMBER_WORDS",
    "ORDINALS",
    "REFERENCE_WORDS",
    "SEASONS",
    "SET_UNITS",
    "UNDOTTED_MONTHS",
    "month_names",
    "number_value",
    "weekday_names",
]


# The French locales whose month and day names differ from ``fr``'s ("juill." in fr_CA,
# "fév." in fr_MA); the other regional locales inherit them. tests/dates/test_lexicon.py
# checks this against every ``fr_*`` locale babel knows.
_LOCALES = ("fr", "fr_CA", "fr_MA")


def _names(kind: str) -> dict[str, int]:
    from babel import Locale

    names: dict[str, int] = {}
    for identifier in _LOCALES:
        locale = Locale.parse(identifier)
        table = locale.months if kind == "months" else locale.days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in table[context][width].items():
                    names.setdefault(name.lower(), number)
    return names


@functools.cache
def month_names() -> dict[str, int]:
    """Month names and abbreviations of babel's French locales, lower-cased, to 1..12.

    Abbreviations keep their final dot ("sept.", "janv."): without it "sept" is the
    number seven, and babel's ``medium`` format always writes the dot.
    """
    return _names("months")


@functools.cache
def weekday_names() -> dict[str, int]:
    """Weekday names and abbreviations of babel's French locales, lower-cased, to 1 (Monday)..7."""
    return {name: number + 1 for name, number in _names("days").items()}  # babel: Monday is 0


# Cardinal number words up to 99 that durations and offsets use ("quatre jours", "vingt
# mois"); compounds are built from these by number_value().
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
}

# Hours in words ("à sept heures", "vers vingt et une heures").
HOUR_WORDS: tuple[str, ...] = (
    "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    "vingt", "vingt et une", "vingt-et-une", "vingt-deux", "vingt-trois", "vingt-quatre",
)  # fmt: skip

# Month abbreviations as written without their dot after a day number ("2 oct", "15 janv");
# never "sept", which is the number seven.
UNDOTTED_MONTHS: dict[str, int] = {
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "juill": 7, "oct": 10, "nov": 11, "déc": 12,
}  # fmt: skip

# Ordinals that name a quarter, a half-year or a rank ("premier trimestre", "1er semestre").
ORDINALS: dict[str, int] = {
    "premier": 1,
    "première": 1,
    "1er": 1,
    "1re": 1,
    "deuxième": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
}

# Duration units to (TIMEX3 letter, whether it is a time unit written after "T").
DURATION_UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True),
    "secondes": ("S", True),
    "minute": ("M", True),
    "minutes": ("M", True),
    "h": ("H", True),
    "min": ("M", True),
    "heure": ("H", True),
    "heures": ("H", True),
    "jour": ("D", False),
    "jours": ("D", False),
    "journée": ("D", False),
    "journées": ("D", False),
    "semaine": ("W", False),
    "semaines": ("W", False),
    "mois": ("M", False),
    "an": ("Y", False),
    "ans": ("Y", False),
    "année": ("Y", False),
    "années": ("Y", False),
    "décennie": ("DE", False),
    "décennies": ("DE", False),
    "siècle": ("CE", False),
    "siècles": ("CE", False),
}

# The unit a SET repeats on ("chaque jour", "tous les ans", "deux fois par semaine").
SET_UNITS: dict[str, str] = {
    "jour": "P1D",
    "jours": "P1D",
    "semaine": "P1W",
    "semaines": "P1W",
    "mois": "P1M",
    "an": "P1Y",
    "ans": "P1Y",
    "année": "P1Y",
    "années": "P1Y",
    "heure": "PT1H",
    "heures": "PT1H",
    "matin": "TMO",
    "matins": "TMO",
    "soir": "TEV",
    "soirs": "TEV",
    "nuit": "TNI",
    "nuits": "TNI",
    "printemps": "XXXX-SP",
    "été": "XXXX-SU",
    "automne": "XXXX-FA",
    "hiver": "XXXX-WI",
    "weekend": "P1WE",
    "weekends": "P1WE",
    "week-end": "P1WE",
    "week-ends": "P1WE",
}

# Parts of the day, TIMEX3 codes.
DAY_PARTS: dict[str, str] = {
    "matin": "MO",
    "matinée": "MO",
    "après-midi": "AF",
    "soir": "EV",
    "soirée": "EV",
    "nuit": "NI",
    "mi-journée": "MI",
}

# Seasons, TIMEX3 codes.
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

# Holidays: fixed (month, day), or days after Easter Sunday as ("easter", offset).
HOLIDAYS: dict[str, tuple[int, int] | tuple[str, int]] = {
    "saint-sylvestre": (12, 31),
    "réveillon": (12, 31),
    "noël": (12, 25),
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "saint-valentin": (2, 14),
    "toussaint": (11, 1),
    "armistice": (11, 11),
    "fête nationale": (7, 14),
    "fête du travail": (5, 1),
    "assomption": (8, 15),
    "pâques": ("easter", 0),
    "lundi de pâques": ("easter", 1),
    "vendredi saint": ("easter", -2),
    "ascension": ("easter", 39),
    "pentecôte": ("easter", 49),
    "lundi de pentecôte": ("easter", 50),
}


# Approximate counts that measure periods: "une dizaine de jours" is about 10 days.
APPROX_NOUNS: dict[str, int] = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "centaine": 100,
}

# Words that may follow a bare year ("en 2017, …" needs no help; "2017 voix" is a count).
BARE_YEAR_FOLLOWERS: frozenset[str] = frozenset(
    [
        "a",
        "au",
        "aux",
        "avaient",
        "avait",
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
        "à",
        "était",
    ]
)

# Words before a number that make it a count or a reference, not a year.
COUNTING_WORDS: frozenset[str] = frozenset(
    [
        "article",
        "des",
        "environ",
        "les",
        "moins de",
        "no",
        "numéro",
        "n°",
        "page",
        "plus de",
        "près de",
    ]
)

# Units after a number that make it a measure, not a year ("1500 m").
COUNT_UNITS: frozenset[str] = frozenset(
    [
        "cm",
        "dollar",
        "euro",
        "g",
        "h",
        "ha",
        "kg",
        "km",
        "kw",
        "litre",
        "m",
        "mm",
        "mw",
        "mètre",
        "t",
        "tonne",
    ]
)

# Decades in words: "les années soixante" is 196.
DECADE_WORDS: dict[str, int] = {
    "trente": 3,
    "quarante": 4,
    "cinquante": 5,
    "soixante": 6,
    "soixante-dix": 7,
    "quatre-vingt": 8,
    "quatre-vingts": 8,
    "quatre-vingt-dix": 9,
}

# Words that name the present, the past or the future without a date (TIMEX3 *_REF).
REFERENCE_WORDS: dict[str, str] = {
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


def number_value(words: str) -> int | None:
    """The value of a cardinal below 1000 in digits or words ("vingt-deux", "quatre-vingts").

    Returns None for words that are not a number.
    """
    words = " ".join(words.split())
    if words.isdigit():
        return int(words)
    value = 0
    for word in words.replace("-", " ").split():
        if word == "et":  # "vingt et un"
            continue
        if word in ("cent", "cents"):
            value = max(value, 1) * 100
        elif word in ("vingt", "vingts") and value % 100 == 4:
            value += 76  # "quatre-vingt(s)": four twenties
        elif word in NUMBER_WORDS:
            value += NUMBER_WORDS[word]
        else:
            return None
    return value or None
