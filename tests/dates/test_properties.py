"""Properties: babel's French dates read back to themselves; relative values move with the anchor."""

import datetime as dt
import itertools

from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.testing import french_text
from newskit_dates_fr import find_dates
from newskit_dates_fr.extract import _lower, _matches
from newskit_dates_fr.grammar import scanner

FORMATS = ["short", "medium", "long", "full", "d MMMM y", "EEEE d MMMM y", "EEE d MMM y", "d MMM y"]
LOCALES = ["fr", "fr_FR", "fr_BE", "fr_CA", "fr_CH"]

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


@settings(max_examples=300)
@given(day=dates, form=st.sampled_from(FORMATS), locale=st.sampled_from(LOCALES))
def test_every_date_babel_formats_in_french_reads_back_to_itself(day, form, locale):
    written = format_date(day, form, locale=locale)
    found = find_dates(written)
    assert [(d.text, d.value) for d in found] == [(written, day.isoformat())]


@settings(max_examples=200)
@given(day=dates, form=st.sampled_from(FORMATS), published=dates)
def test_a_formatted_date_inside_a_sentence_keeps_its_value(day, form, published):
    written = format_date(day, form, locale="fr")
    sentence = f"Selon le ministère, le {written}, 18 agents ont été blessés."
    found = find_dates(sentence, published)
    assert [d.value for d in found] == [day.isoformat()]


RELATIVE_DAYS = [
    "aujourd’hui",
    "hier",
    "avant-hier",
    "demain",
    "après-demain",
    "il y a quatre jours",
    "dans trois jours",
    "lundi prochain",
    "jeudi dernier",
    "le 12 mars dernier",
]


@given(
    phrase=st.sampled_from(RELATIVE_DAYS),
    anchor=dates,
    weeks=st.integers(min_value=-300, max_value=300),
)
def test_relative_expressions_shift_exactly_with_the_anchor(phrase, anchor, weeks):
    # Shifting by whole weeks keeps the weekday, so every phrase must move by the same delta,
    # except a yearly one ("le 12 mars dernier"), which must stay a 12 March.
    before = find_dates(f"Il a parlé {phrase}.", anchor)
    after = find_dates(f"Il a parlé {phrase}.", anchor + dt.timedelta(weeks=weeks))
    assert len(before) == len(after) == 1
    first, second = dt.date.fromisoformat(before[0].value), dt.date.fromisoformat(after[0].value)
    if "mars" in phrase:
        assert (second.month, second.day) == (3, 12)
        assert 0 < (anchor + dt.timedelta(weeks=weeks) - second).days <= 366
    else:
        assert second - first == dt.timedelta(weeks=weeks)


@given(anchor=dates, days=st.integers(min_value=0, max_value=99))
def test_il_y_a_n_jours_is_n_days_before_the_anchor(anchor, days):
    (found,) = find_dates(f"Il y a {days} jours, il a appelé.", anchor)
    assert found.value == (anchor - dt.timedelta(days=days)).isoformat()


@given(text=french_text())
def test_scanning_near_trigger_words_finds_what_a_full_scan_finds(text):
    lower = _lower(text)
    full = [(m.start(), m.end(), m.lastgroup) for m in scanner().finditer(lower)]
    near = [(m.start(), m.end(), m.lastgroup) for m in _matches(lower)]
    assert near == full


@given(text=french_text(), published=st.none() | dates)
def test_spans_always_cover_their_text_and_never_overlap(text, published):
    found = find_dates(text, published)
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start


PHRASES = [
    "le 5 janvier 2022",
    "jusqu’au 19 janvier",
    "Le matin du 5 janvier",
    "au début de 2022",
    "à compter du vendredi 13 mars",
    "il y a environ quatre-vingt-dix jours",
    "aux alentours de midi",
    "à 18 h 45",
    "vers 11 heures",
    "18h45",
    "14:30",
    "le 15/02",
    "05/01/2022",
    "15-02-1980",
    "2022-01-05",
    "les 5 et 6 janvier",
    "du 3 au 6 août",
    "entre 2008 et 2012",
    "de 8 h à 18 h",
    "la saison 2021-2022",
    "dans la nuit de samedi à dimanche",
    "en fin d’après-midi",
    "mi-mars",
    "fin 2021",
    "courant mars",
    "au printemps 2020",
    "à l’automne",
    "l’été dernier",
    "a été",
    "au premier trimestre",
    "à la fin des années 70",
    "au XXe siècle",
    "depuis 2015",
    "avant 2000",
    "pendant quatre jours",
    "trois heures et demie",
    "chaque lundi",
    "tous les ans",
    "toutes les deux semaines",
    "deux fois par semaine",
    "la Saint-Sylvestre",
    "Pâques",
    "le lundi de Pâques",
    "hier soir",
    "avant-hier",
    "cette semaine",
    "le week-end dernier",
    "l’année dernière",
    "la veille",
    "le surlendemain",
    "deux jours plus tard",
    "actuellement",
    "à l’heure actuelle",
    "pour l’instant",
    "ces dernières années",
    "au cours des trois derniers mois",
    "une dizaine de jours",
    "Mardi 11",
    "le 21 à 18h",
    "à sept heures",
    "le 1er sept. 2024",
    "sept personnes",
    "18 agents",
    "1 000",
    "8 ans de prison",
    "loi n° 2021-1040",
    "3-1",
    "1/3",
    "2.0.1",
    "du 1er au 3 mars 2022",
    "le mois de mars",
    "lundi dernier au soir",
    "les jours à venir",
    "chaque été",
    "l’avant-veille de Noël",
    "quelques heures plus tard",
    "dans l’après-midi de mercredi",
    "samedi 8 janvier 2022, 17:45",
    "il y a 3 heures",
    "il y a 3 h",
    "dans 2 semaines",
    "pendant 3 jours",
    "toutes les 2 semaines",
    "3 fois par jour",
    "les 3 derniers mois",
    "mi-2021",
    "21e siècle",
    "noël 2021",
    "mars 2020",
    "au début de l’automne 2021",
    "les 12, 13 et 14 janvier",
    "dans une dizaine de jours",
    "il y a plus d’un an",
    "24 h/24",
    "toutes les revendications",
]
FILLER = [
    "le",
    "la",
    "de",
    "et",
    "à",
    "au",
    "du",
    "il",
    "a",
    ",",
    ".",
    "\n",
    "les",
    "en",
    "dès",
    "vers",
]


@given(parts=st.lists(st.sampled_from(PHRASES + FILLER), max_size=25))
def test_scanning_near_trigger_words_finds_what_a_full_scan_finds_in_date_rich_text(parts):
    lower = _lower(" ".join(parts))
    full = [(m.start(), m.end(), m.lastgroup) for m in scanner().finditer(lower)]
    near = [(m.start(), m.end(), m.lastgroup) for m in _matches(lower)]
    assert near == full
