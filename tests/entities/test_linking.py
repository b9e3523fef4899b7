"""Within-document linking: surname -> full name, short -> long form, identical surfaces."""

from __future__ import annotations

import pytest

from newskit_entities import find_entities


def names_and_mentions(text, backend="rules", **kwargs):
    return {
        e.name: sorted(m.text for m in e.mentions) for e in find_entities(text, backend, **kwargs)
    }


def test_surname_is_linked_to_the_full_name():
    text = "Le président Emmanuel Macron a reçu Olaf Scholz. Puis le président Macron est parti."
    found = names_and_mentions(text)
    assert found["Emmanuel Macron"] == ["Emmanuel Macron", "Macron"]


def test_surname_shared_by_two_people_is_not_linked():
    text = "Le juge Marie Dupont et l’avocat Paul Dupont ont parlé. Le juge Dupont est parti."
    found = names_and_mentions(text)
    assert found["Marie Dupont"] == ["Marie Dupont"]
    assert found["Paul Dupont"] == ["Paul Dupont"]


def test_surname_found_later_is_a_mention_even_when_the_finder_missed_it(model):
    text = "La réalisatrice Justine Triet a reçu la Palme d’or. Triet a critiqué la réforme."
    assert names_and_mentions(text, "spacy")["Justine Triet"] == ["Justine Triet", "Triet"]
    without = names_and_mentions(text, "spacy", disable=["linking"])
    assert "Triet" not in without.get("Justine Triet", [])


def test_short_form_of_an_organisation_is_linked_to_its_long_form():
    text = "Le Conseil de sécurité de l’Union africaine s’est réuni. Le Conseil de sécurité a condamné."
    found = names_and_mentions(text)
    (name,) = [n for n, mentions in found.items() if "Conseil de sécurité" in mentions]
    assert name.startswith("Conseil de sécurité de")


def test_distinct_organisations_sharing_words_are_not_linked():
    text = "Le Conseil de sécurité a condamné. Le Conseil de sécurité collective a décidé."
    found = names_and_mentions(text)
    assert found["Conseil de sécurité"] == ["Conseil de sécurité"]
    assert found["Conseil de sécurité collective"] == ["Conseil de sécurité collective"]


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_both_apostrophes_give_one_entity(apostrophe):
    text = f"Le ministère de l{apostrophe}Intérieur a parlé. Le ministère de l’Intérieur a démenti."
    found = names_and_mentions(text)
    assert len([n for n in found if n.startswith("ministère")]) == 1


def test_every_mention_takes_its_entity_label(model):
    text = "Le président kazakh Kassym-Zhomart Tokayev a parlé. Tokayev a décrit la situation."
    for entity in find_entities(text):
        assert {m.label for m in entity.mentions} == {entity.label}
    (tokayev,) = [e for e in find_entities(text) if e.name == "Kassym-Zhomart Tokayev"]
    assert str(tokayev.label) == "PER"
