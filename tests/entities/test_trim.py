"""Spans hold the name only: no determiner, elision, quote, dash, title or stray token."""

from __future__ import annotations

import pytest

from newskit_entities import find_entities


def surfaces(text, backend="rules", **kwargs):
    return [
        (m.text, str(m.label)) for e in find_entities(text, backend, **kwargs) for m in e.mentions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le président s’est rendu hier dans la France rurale.", ("France", "LOC")),
        ("Il a demandé l’aide de l’OTSC pour la sécurité.", ("OTSC", "ORG")),
        ("Il a demandé l'aide de l'OTSC pour la sécurité.", ("OTSC", "ORG")),
        ("Les troupes sont arrivées d’Allemagne mardi.", ("Allemagne", "LOC")),
        ("Les troupes sont arrivées d'Allemagne mardi.", ("Allemagne", "LOC")),
        ("Les exportations de l’Ukraine ont baissé.", ("Ukraine", "LOC")),
    ],
)
def test_determiners_and_elided_articles_stay_out_of_the_span(text, expected):
    assert expected in surfaces(text)


@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_no_mention_starts_with_a_determiner_or_an_elision(backend, request):
    if backend == "spacy":
        request.getfixturevalue("model")
    text = (
        "Selon l’ONU, la France et l'Allemagne ont soutenu l’OTAN. Le Pentagone a démenti. "
        "Qu’Emmanuel Macron le dise n’étonne personne : « La Russie ment », a dit le porte-parole."
    )
    for surface, _ in surfaces(text, backend):
        first = surface.split()[0].lower()
        assert first not in {"le", "la", "les", "l’", "l'", "d’", "d'", "du", "des", "qu’", "n’"}, (
            surface
        )
        assert not surface.lower().startswith(("l’", "l'", "d’", "d'", "qu’", "n’")), surface


@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_capitalized_article_of_a_city_name_is_kept(request, backend):
    if backend == "spacy":
        request.getfixturevalue("model")
    found = [
        s for s, _ in surfaces("Il est né au Havre, puis il a quitté Le Havre en 1990.", backend)
    ]
    assert found.count("Havre") == 1
    assert found.count("Le Havre") == 1


def test_capitalized_article_inside_a_person_name_is_kept():
    assert ("Bruno Le Maire", "PER") in surfaces("Le ministre Bruno Le Maire a parlé.")


@pytest.mark.parametrize(
    "text",
    [
        "« Nous resterons », a déclaré Noursoultan Nazarbaïev.",
        "Noursoultan Nazarbaïev a déclaré : « Nous resterons. »",
        "“Noursoultan Nazarbaïev” est un nom.",
    ],
)
def test_quote_marks_are_never_part_of_a_mention(text):
    for surface, _ in surfaces(text):
        assert not set(surface) & set('«»“”"')


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("PARIS — Le gouvernement a démissionné.", "PARIS"),
        ("MOSCOU (Reuters) - Le Kremlin a démenti.", "MOSCOU"),
        ("DAKAR – Les manifestants sont sortis.", "DAKAR"),
    ],
)
@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_datelines_are_not_entities(request, backend, text, dateline):
    if backend == "spacy":
        request.getfixturevalue("model")
    found = [s for s, _ in surfaces(text, backend)]
    assert dateline not in found
    assert "Reuters" not in found
    assert (
        dateline in [s for s, _ in surfaces(text, backend, disable=["datelines"])]
        or backend == "spacy"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le Président a noté que les revendications ont été entendues.",
        "L’État a repris le contrôle, a dit un Biélorusse.",
        "Les Biélorusses et les Kazakhs ont manifesté.",
        "La Première ministre est arrivée.",
    ],
)
@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_titles_nationalities_and_common_capitalized_words_are_not_entities(request, backend, text):
    if backend == "spacy":
        request.getfixturevalue("model")
    assert surfaces(text, backend) == []


def test_a_title_before_a_name_stays_out_of_the_span(model):
    found = surfaces("Le Président Emmanuel Macron est arrivé à Berlin.", "spacy")
    assert ("Emmanuel Macron", "PER") in found


def test_minister_portfolio_is_not_an_organisation(model):
    found = [
        s for s, _ in surfaces("Le ministre de l’Intérieur, Gérald Darmanin, a parlé.", "spacy")
    ]
    assert "Intérieur" not in found
    assert "Gérald Darmanin" in found


@pytest.mark.parametrize("backend", ["rules", "spacy"])
def test_stray_elided_tokens_are_never_entities(request, backend):
    if backend == "spacy":
        request.getfixturevalue("model")
    text = "N’importe qui l’a vu. Qu’il vienne ! Jusqu’où ira-t-il ? C’est fini, n’est-ce pas ?"
    assert all(
        s.lower() not in {"n’", "qu’", "c’", "jusqu’", "n", "qu"}
        for s, _ in surfaces(text, backend)
    )


def test_generic_complement_is_not_part_of_an_organisation_name():
    found = surfaces("Il a dirigé le Conseil de sécurité de la république pendant un an.")
    assert ("Conseil de sécurité", "ORG") in found


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("OTSC « mille", "OTSC"),
        ("« Kazakhstan »", "Kazakhstan"),
        ("l’ONU", "ONU"),
        ("la France", "France"),
        ("paix de Biélorussie", "Biélorussie"),
        ("président Emmanuel Macron", "Emmanuel Macron"),
        ("Premier ministre Askar Mamine", "Askar Mamine"),  # a title of two words
        ("Conseil de sécurité de la république", "Conseil de sécurité"),
        ("Recep Tayyip Erdogan à Ankara", "Recep Tayyip Erdogan"),
        ("Casques bleus biélorusses", "Casques bleus"),
    ],
)
def test_trim_keeps_the_name_only(surface, expected):
    from newskit import EntityLabel
    from newskit_entities.api import RULES
    from newskit_entities.candidates import Candidate
    from newskit_entities.trim import trim

    text = f"Hier, {surface}, puis rien."
    label = EntityLabel.PER if "Erdogan" in surface or "Macron" in surface else EntityLabel.MISC
    candidate = Candidate(6, 6 + len(surface), label, "model")
    trimmed = trim(text, candidate, frozenset(RULES))
    assert trimmed is not None
    assert trimmed.surface(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("L’armée a repoussé plusieurs assauts près de Bakhmout hier.", "Bakhmout"),
        ("Des manœuvres ont eu lieu au large d’Okinawa cette semaine.", "Okinawa"),
        ("Les habitants des villes de Zhanaozen et d’Aktau ont manifesté.", "Aktau"),
        ("Puis les discours ont gagné Alma-Ata, l’ancienne capitale du pays.", "Alma-Ata"),
    ],
)
def test_place_words_make_an_unknown_name_a_place(text, place):
    assert (place, "LOC") in surfaces(text, "rules")
    assert (place, "LOC") not in surfaces(text, "rules", disable=["cues", "gazetteer"])


def test_title_first_words_hold_the_first_word_of_every_title():
    # _is_title skips words no title starts with: the filter must know every title's start.
    from newskit_entities.trim import _title_first_words, _titles_lower

    for title in _titles_lower():
        assert title.split(" ")[0] in _title_first_words(), title
