"""Organisations by pattern: head, adjectives, complements; where the name stops."""

from __future__ import annotations

import pytest

from newskit_entities import find_entities
from newskit_entities.patterns import org_candidates
from newskit_entities.words import tokenize


def orgs(text):
    return [c.surface(text) for c in org_candidates(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a déclaré le ministère biélorusse de la Défense.", "ministère biélorusse de la Défense"),
        ("selon le ministère de l’Intérieur de la république,", "ministère de l’Intérieur"),
        ("selon le ministère de l'Intérieur, rien", "ministère de l'Intérieur"),
        (
            "le ministère russe des Affaires étrangères a convoqué",
            "ministère russe des Affaires étrangères",
        ),
        (
            "le ministère de l’Europe et des Affaires étrangères a indiqué",
            "ministère de l’Europe et des Affaires étrangères",
        ),
        ("le ministère fédéral de l’Environnement a salué", "ministère fédéral de l’Environnement"),
        (
            "forces de l’Organisation du traité de sécurité collective (OTSC)",
            "Organisation du traité de sécurité collective",
        ),
        ("Le Conseil de sécurité collective de l’OTSC a décidé", "Conseil de sécurité collective"),
        ("il a dirigé le Conseil de sécurité de la république", "Conseil de sécurité"),
        ("Le Conseil constitutionnel a censuré la loi.", "Conseil constitutionnel"),
        ("Le Parti socialiste a demandé un débat.", "Parti socialiste"),
        ("un débat à l’Assemblée nationale, tandis que", "Assemblée nationale"),
        ("La Banque centrale européenne a relevé ses taux.", "Banque centrale européenne"),
        ("l’Organisation mondiale de la santé a déclenché", "Organisation mondiale de la santé"),
        (
            "L’Organisation du traité de l’Atlantique nord tiendra",
            "Organisation du traité de l’Atlantique nord",
        ),
        ("appel devant la cour d’appel de Lyon.", "cour d’appel de Lyon"),
        ("La Haute Autorité de santé recommande", "Haute Autorité de santé"),
        ("devant le Congrès américain mardi", "Congrès américain"),
        ("l’Agence France-Presse rapporte", "Agence France-Presse"),
        ("le Fonds monétaire international prévoit", "Fonds monétaire international"),
    ],
)
def test_organisation_pattern_finds_the_whole_name_and_stops_after_it(text, name):
    assert orgs(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère a noté que le personnel n’est pas impliqué.",  # a bare head
        "le ministère de la santé publique",  # no capitalized complement after a lower-case head
        "le tribunal correctionnel a condamné un ancien maire",
    ],
)
def test_no_organisation_without_a_name(text):
    assert orgs(text) == []


def test_press_service_names_the_organisation_it_speaks_for():
    found = [
        (m.text, str(m.label))
        for e in find_entities(
            "a déclaré le service de presse du ministère de la Défense.", "rules"
        )
        for m in e.mentions
    ]
    assert found == [("ministère de la Défense", "ORG")]


def test_pattern_beats_the_model_span_and_keeps_what_it_left_over(model):
    found = [
        (m.text, str(m.label))
        for e in find_entities("Le Conseil de sécurité de l’ONU a pris acte de cette décision.")
        for m in e.mentions
    ]
    assert ("Conseil de sécurité", "ORG") in found
    assert ("ONU", "ORG") in found


def test_pattern_rule_finds_the_ministry_the_model_misses(model):
    text = (
        "L’armée a commencé à protéger des objets, a déclaré le ministère biélorusse de la Défense."
    )
    with_rule = {m.text for e in find_entities(text) for m in e.mentions}
    without = {m.text for e in find_entities(text, disable=["patterns"]) for m in e.mentions}
    assert "ministère biélorusse de la Défense" in with_rule
    assert "ministère biélorusse de la Défense" not in without
