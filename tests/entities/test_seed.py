"""The acceptance test: the entities of /work/shared/spec/seed-expected.json, on the seed."""

from __future__ import annotations

from collections import Counter

import pytest

from newskit.testing import assert_spans_aligned

# (surface, label, how many times the surface is a mention): the title line is part of the
# text, so "Kazakhstan" is there 7 times (6 in the body).
EXPECTED = [
    ("Organisation du traité de sécurité collective", "ORG", 1),
    ("OTSC", "ORG", 4),
    ("Kazakhstan", "LOC", 7),
    ("Biélorussie", "LOC", 1),
    ("ministère biélorusse de la Défense", "ORG", 1),
    ("ministère de la Défense", "ORG", 2),
    ("Zhanaozen", "LOC", 1),
    ("Aktau", "LOC", 1),
    ("Alma-Ata", "LOC", 1),
    ("ONU", "ORG", 1),
    ("ministère de l’Intérieur", "ORG", 1),
    ("Kassym-Zhomart Tokayev", "PER", 1),
    ("Tokayev", "PER", 2),
    ("Noursoultan Nazarbaïev", "PER", 1),
    ("Conseil de sécurité", "ORG", 2),
    ("Conseil de sécurité collective", "ORG", 1),
]
BOILERPLATE_NAMES = ["News-Front", "Facebook", "GAB", "Vkontakte", "Telegram", "norvégienne"]
BACKENDS = ["seed_spacy", "seed_rules"]


def mentions_by_surface(article):
    return Counter((m.text, str(m.label)) for m in article.mentions)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("surface", "label", "count"), EXPECTED)
def test_seed_entity_has_its_label_and_mention_count(request, backend, surface, label, count):
    article = request.getfixturevalue(backend)
    assert mentions_by_surface(article)[(surface, label)] == count


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_acronym_is_linked_to_its_expansion(request, backend):
    article = request.getfixturevalue(backend)
    (entity,) = [e for e in article.entities if any(m.text == "OTSC" for m in e.mentions)]
    assert entity.name == "Organisation du traité de sécurité collective"
    assert [m.text for m in entity.mentions].count("OTSC") == 4


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_surname_is_linked_to_the_full_name(request, backend):
    article = request.getfixturevalue(backend)
    (entity,) = [e for e in article.entities if any(m.text == "Tokayev" for m in e.mentions)]
    assert entity.name == "Kassym-Zhomart Tokayev"
    assert sorted(m.text for m in entity.mentions) == [
        "Kassym-Zhomart Tokayev",
        "Tokayev",
        "Tokayev",
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_keeps_the_two_ministries_of_defence_apart(request, backend):
    article = request.getfixturevalue(backend)
    names = {e.name for e in article.entities}
    assert {"ministère biélorusse de la Défense", "ministère de la Défense"} <= names


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_has_no_entity_from_the_boilerplate_lines(request, backend):
    article = request.getfixturevalue(backend)
    assert not [
        m.text for m in article.mentions if any(name in m.text for name in BOILERPLATE_NAMES)
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_titles_and_nationalities_are_not_entities(request, backend):
    article = request.getfixturevalue(backend)
    surfaces = {m.text for m in article.mentions}
    assert not surfaces & {"Président", "président", "État", "biélorusse", "biélorusses", "kazakh"}


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_mentions_are_aligned_and_carry_their_entity_label(request, backend):
    article = request.getfixturevalue(backend)
    assert_spans_aligned(article)
    for entity in article.entities:
        assert {m.label for m in entity.mentions} == {entity.label}
