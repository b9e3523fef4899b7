"""Numbers that look like dates but are not: counts, scores, ratios, phones, versions, laws."""

import datetime as dt

import pytest

from newskit_dates_fr import find_dates

MONDAY = dt.date(2022, 1, 10)

NOT_DATES = [
    "Sept personnes ont été blessées.",
    "Il y avait sept personnes dans la salle.",
    "Le PSG s’est imposé 3-1 face à Lyon.",
    "Un ratio de 1/3 a été retenu.",
    "Appelez le 01 23 45 67 89 pour tout renseignement.",
    "Appelez le 06-12-34-56-78 pour tout renseignement.",
    "Le décret 12-05-2021-3 est paru.",
    "Installez la version 2.0.1 du logiciel.",
    "La loi n° 2021-1040 du code pénal s’applique.",
    "Environ 2000 personnes ont manifesté.",
    "Le stade compte 1500 places.",
    "La tour mesure 1200 m de haut.",
    "L’article L. 2212-2 du code général est cité.",
    "Les prix ont augmenté de 2,5 %.",
    "Le service est ouvert 24 h/24.",
    "La COVID-19 a frappé le G20.",
    "Le gouvernement a utilisé le 49.3.",
    "Il a été élu avec 2017 voix d’avance.",
    "Le pipeline a coûté 1 000 euros.",
    "Le déficit atteint 3,2 milliards.",
    "Il a été condamné à une amende.",
    "Le Midi a connu des orages.",
    "Les Casques bleus ont été déployés.",
    "Le premier chef d’État a été destitué.",
    "L’ascension du mont Blanc a duré longtemps.",
    "Il a été blessé lors de la première réunion.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_numbers_that_are_not_dates_are_left_alone(sentence):
    assert find_dates(sentence, MONDAY) == []


def test_prison_term_is_a_duration_not_a_year():
    (found,) = find_dates("Il a été condamné à 8 ans de prison.", MONDAY)
    assert (found.type, found.value) == ("DURATION", "P8Y")


def test_sept_with_a_dot_after_a_day_is_september():
    (found,) = find_dates("Le 12 sept. 2024, il a parlé.", MONDAY)
    assert found.value == "2024-09-12"


def test_impossible_day_is_not_a_date():
    assert find_dates("Le 31 février 2022 n’existe pas.", MONDAY) == []


@pytest.mark.parametrize("published", [None, MONDAY])
def test_impossible_day_without_year_is_not_a_date(published):
    assert find_dates("Le 31 févr. rien ne se passe.", published) == []


def test_29_february_without_year_takes_a_leap_year_near_the_publication():
    (found,) = find_dates("Le 29 février, il a neigé.", dt.date(2025, 3, 10))
    assert found.value == "2024-02-29"
