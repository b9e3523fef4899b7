"""Every entry of the data tables does its job (one test case per entry)."""

from __future__ import annotations

import pytest

from newskit_entities import find_entities
from newskit_entities.lexicon import (
    article_names,
    cities,
    complements,
    nationalities,
    not_entities,
    org_heads,
    read_table,
    territories,
    titles,
)
from newskit_entities.patterns import org_candidates
from newskit_entities.words import tokenize


def surfaces(text):
    return [(m.text, str(m.label)) for e in find_entities(text, "rules") for m in e.mentions]


@pytest.mark.parametrize("adjective", read_table("nationalities"))
def test_nationality_is_not_an_entity_in_any_form(adjective):
    forms = [
        f
        for f in nationalities()
        if f.startswith(adjective[:-1] if len(adjective) > 3 else adjective)
    ]
    assert adjective in nationalities()
    for form in forms:
        text = f"Les {form.capitalize()} et les soldats {form} sont partis."
        assert [s for s, _ in surfaces(text) if s.lower() == form] == [], form


@pytest.mark.parametrize("title", sorted(titles()))
def test_title_announces_a_person_and_stays_out_of_the_span(title):
    text = f"Selon le {title} Jean Dupuis, rien n’a changé."
    assert ("Jean Dupuis", "PER") in surfaces(text)


@pytest.mark.parametrize("city", sorted(cities()))
def test_city_of_the_gazetteer_is_a_place(city):
    assert (city, "LOC") in surfaces(f"Ils se sont rencontrés hier à {city}, selon un témoin.")


@pytest.mark.parametrize(
    "name",
    [
        "Kazakhstan",
        "Biélorussie",
        "France",
        "Allemagne",
        "États-Unis",
        "Royaume-Uni",
        "Côte d’Ivoire",
        "Réunion",
        "Europe",
    ],
)
def test_territory_names_come_from_babel(name):
    assert name in territories()
    assert (name, "LOC") in surfaces(f"Le texte concerne aussi la situation en {name}, a-t-il dit.")


@pytest.mark.parametrize("name", read_table("territory_exclusions"))
def test_excluded_territory_name_is_not_in_the_gazetteer(name):
    assert name not in territories()


@pytest.mark.parametrize("head", sorted(org_heads()))
def test_organisation_head_opens_an_organisation_name(head):
    text = f"Selon la {head} nationale des Transports, rien."
    found = [c.surface(text) for c in org_candidates(text, tokenize(text))]
    assert found == [f"{head} nationale des Transports"]


@pytest.mark.parametrize("complement", complements())
def test_generic_complement_ends_an_organisation_name(complement):
    text = f"Le Conseil constitutionnel {complement} a parlé."
    found = [c.surface(text) for c in org_candidates(text, tokenize(text))]
    assert found == ["Conseil constitutionnel"]


@pytest.mark.parametrize("word", sorted(not_entities()))
def test_capitalized_common_word_is_not_an_entity(word):
    assert [s for s, _ in surfaces(f"Hier, un {word} et la ville.") if s == word] == []


@pytest.mark.parametrize("name", article_names())
def test_article_belongs_to_these_names(name):
    assert name in [s for s, _ in surfaces(f"Il a quitté {name} hier soir.")]


@pytest.mark.parametrize("seat", read_table("seats"))
def test_seat_of_power_is_an_organisation_when_it_acts_and_a_place_after_a_preposition(seat):
    assert (seat, "ORG") in surfaces(f"Hier soir, le {seat} a démenti ces informations.")
    assert (seat, "LOC") in surfaces(f"Il a été reçu hier au {seat} par le conseiller.")


@pytest.mark.parametrize("word", read_table("stopwords"))
def test_function_word_opening_a_sentence_names_nothing(word):
    opener = word[:1].upper() + word[1:]
    if word.endswith("’"):  # an elided word stays out of the name it precedes
        assert [s for s, _ in surfaces(f"{opener}Ukraine et la Pologne ont signé.")] == [
            "Ukraine",
            "Pologne",
        ]
    else:
        assert surfaces(f"{opener} les soldats sont partis.") == []
