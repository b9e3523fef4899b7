"""Every entry of the plugin's word tables, each read in a phrase of its own."""

import datetime as dt

import pytest
from babel import Locale, localedata

from newskit_dates_fr import find_dates
from newskit_dates_fr.lexicon import (
    APPROX_NOUNS,
    BARE_YEAR_FOLLOWERS,
    COUNT_UNITS,
    COUNTING_WORDS,
    DAY_PARTS,
    DECADE_WORDS,
    DURATION_UNITS,
    HOLIDAYS,
    HOUR_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    REFERENCE_WORDS,
    SEASONS,
    SET_UNITS,
    UNDOTTED_MONTHS,
    month_names,
    number_value,
    weekday_names,
)

FRENCH_LOCALES = [i for i in localedata.locale_identifiers() if i == "fr" or i.startswith("fr_")]


def one(text, published=None):
    found = find_dates(text, published)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


def test_every_french_locale_month_and_day_name_is_known():
    for identifier in FRENCH_LOCALES:
        locale = Locale.parse(identifier)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    assert month_names()[name.lower()] == number, (identifier, name)
                for number, name in locale.days[context][width].items():
                    assert weekday_names()[name.lower()] == number + 1, (identifier, name)


@pytest.mark.parametrize(("name", "number"), sorted(month_names().items()))
def test_each_month_name_reads_in_a_full_date(name, number):
    assert one(f"le 3 {name} 2021").value == f"2021-{number:02d}-03"


@pytest.mark.parametrize(("name", "number"), sorted(weekday_names().items()))
def test_each_weekday_name_reads_before_a_full_date(name, number):
    # 2024-01-01 is a Monday.
    day = dt.date(2024, 1, number)
    assert one(f"{name} {day.day} janvier 2024").value == day.isoformat()


@pytest.mark.parametrize(("word", "value"), sorted(NUMBER_WORDS.items()))
def test_each_number_word_counts_days(word, value):
    assert one(f"pendant {word} jours").value == f"P{value}D"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("vingt-deux", 22),
        ("vingt et un", 21),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("dix-sept", 17),
        ("deux cents", 200),
        ("trois cent douze", 312),
        ("12", 12),
        ("personnes", None),
    ],
)
def test_number_value_reads_compound_numbers(words, value):
    assert number_value(words) == value


@pytest.mark.parametrize(("unit", "code"), sorted(DURATION_UNITS.items()))
def test_each_duration_unit_makes_a_timex_period(unit, code):
    letter, is_time = code
    assert one(f"pendant trois {unit}").value == f"P{'T' if is_time else ''}3{letter}"


@pytest.mark.parametrize(("unit", "value"), sorted(SET_UNITS.items()))
def test_each_set_unit_repeats(unit, value):
    found = one(f"chaque {unit}")
    assert found.type == "SET"
    assert found.value == (f"XXXX-XX-XX{value}" if value.startswith("T") else value)


@pytest.mark.parametrize(("part", "code"), sorted(DAY_PARTS.items()))
def test_each_part_of_day_reads_before_a_date(part, code):
    assert one(f"{part} du 5 janvier 2022").value == f"2022-01-05T{code}"


@pytest.mark.parametrize(("season", "code"), sorted(SEASONS.items()))
def test_each_season_reads_with_a_year(season, code):
    assert one(f"en {season} 2020").value == f"2020-{code}"


@pytest.mark.parametrize(("word", "number"), sorted(ORDINALS.items()))
def test_each_ordinal_names_a_quarter(word, number):
    assert one(f"au {word} trimestre 2021").value == f"2021-Q{number}"


HOLIDAY_DATES_2022 = {
    "saint-sylvestre": "2022-12-31",
    "réveillon": "2022-12-31",
    "noël": "2022-12-25",
    "jour de l'an": "2022-01-01",
    "nouvel an": "2022-01-01",
    "saint-valentin": "2022-02-14",
    "toussaint": "2022-11-01",
    "armistice": "2022-11-11",
    "fête nationale": "2022-07-14",
    "fête du travail": "2022-05-01",
    "assomption": "2022-08-15",
    "pâques": "2022-04-17",
    "lundi de pâques": "2022-04-18",
    "vendredi saint": "2022-04-15",
    "ascension": "2022-05-26",
    "pentecôte": "2022-06-05",
    "lundi de pentecôte": "2022-06-06",
}


@pytest.mark.parametrize("name", sorted(HOLIDAYS))
def test_each_holiday_has_its_date(name):
    capitalised = name[0].upper() + name[1:]
    assert one(f"{capitalised} 2022").value == HOLIDAY_DATES_2022[name]


@pytest.mark.parametrize(("noun", "value"), sorted(APPROX_NOUNS.items()))
def test_each_approximate_count_measures_a_period(noun, value):
    found = one(f"pendant une {noun} de jours")
    assert (found.value, found.mod) == (f"P{value}D", "APPROX")


@pytest.mark.parametrize("word", sorted(BARE_YEAR_FOLLOWERS))
def test_a_bare_year_stays_a_year_before_each_function_word(word):
    assert one(f"Le traité de 2017 {word} rien.").value == "2017"


@pytest.mark.parametrize("word", sorted(COUNTING_WORDS))
def test_a_number_after_each_counting_word_is_no_year(word):
    assert find_dates(f"Il y avait {word} 2017 à la fin.") == []


@pytest.mark.parametrize("unit", sorted(COUNT_UNITS))
def test_a_number_before_each_unit_is_no_year(unit):
    assert find_dates(f"Il a parcouru 1900 {unit}.") == []


@pytest.mark.parametrize(("word", "digit"), sorted(DECADE_WORDS.items()))
def test_each_decade_in_words(word, digit):
    assert one(f"dans les années {word}").value == f"19{digit}"


@pytest.mark.parametrize(("words", "value"), sorted(REFERENCE_WORDS.items()))
def test_each_reference_word(words, value):
    capitalised = words[0].upper() + words[1:]
    assert one(f"{capitalised}, rien ne bouge.", dt.date(2022, 1, 10)).value == value


@pytest.mark.parametrize("word", HOUR_WORDS)
def test_each_hour_in_words_reads_as_a_time(word):
    hour = number_value(word)
    assert one(f"à {word} heures", dt.date(2022, 1, 10)).value == f"2022-01-10T{hour:02d}:00"


@pytest.mark.parametrize(("word", "number"), sorted(UNDOTTED_MONTHS.items()))
def test_each_month_abbreviation_without_its_dot_reads_after_a_day(word, number):
    assert one(f"le 3 {word} 2021").value == f"2021-{number:02d}-03"
