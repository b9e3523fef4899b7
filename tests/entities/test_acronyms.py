"""Acronyms defined in parentheses, and their later uses, are one entity with the expansion."""

from __future__ import annotations

import pytest

from newskit_entities import find_entities


def entity_of(text, surface, backend="rules", **kwargs):
    (entity,) = [
        e
        for e in find_entities(text, backend, **kwargs)
        if any(m.text == surface for m in e.mentions)
    ]
    return entity


@pytest.mark.parametrize(
    ("text", "acronym", "expansion", "uses"),
    [
        (
            "La Banque centrale européenne (BCE) a relevé ses taux. Selon la BCE, l’inflation baisse.",
            "BCE",
            "Banque centrale européenne",
            2,
        ),
        (
            "Le Rassemblement national (RN) a dénoncé le texte. Le RN votera contre.",
            "RN",
            "Rassemblement national",
            2,
        ),
        (
            "L’Organisation mondiale de la santé (OMS) a alerté. Le virus inquiète l’OMS et l'OMS.",
            "OMS",
            "Organisation mondiale de la santé",
            3,
        ),
        (
            "Le Parti démocrate progressiste (PDP) a salué ce dialogue, a ajouté le PDP.",
            "PDP",
            "Parti démocrate progressiste",
            2,
        ),
    ],
)
def test_acronym_uses_are_mentions_of_the_expansion(text, acronym, expansion, uses):
    entity = entity_of(text, acronym)
    assert entity.name == expansion
    assert str(entity.label) == "ORG"
    assert [m.text for m in entity.mentions].count(acronym) == uses


def test_title_case_acronym_is_linked(model):
    text = "La Communauté économique des États de l’Afrique de l’Ouest (Cedeao) a dépêché une mission. La Cedeao a parlé."
    entity = entity_of(text, "Cedeao", "spacy")
    assert entity.name == "Communauté économique des États de l’Afrique de l’Ouest"


def test_acronym_whose_first_letter_differs_is_not_linked():
    text = "Le Parti socialiste (LFI) a parlé."
    assert not [
        e
        for e in find_entities(text, "rules")
        if e.name == "Parti socialiste" and len(e.mentions) > 1
    ]


def test_without_the_acronym_rule_the_acronym_is_its_own_entity():
    text = "Le Rassemblement national (RN) a dénoncé le texte. Le RN votera contre."
    names = {e.name for e in find_entities(text, "rules", disable=["acronyms"])}
    assert "RN" in names


def test_acronym_before_its_expansion_in_parentheses_is_linked():
    text = "L’OTAN (Organisation du traité de l’Atlantique nord) tiendra un sommet. L’OTAN a invité Kiev."
    entity = entity_of(text, "OTAN")
    assert entity.name == "Organisation du traité de l’Atlantique nord"
    assert [m.text for m in entity.mentions].count("OTAN") == 2
