"""The acceptance target: the seed article's nine claims, right source, cue and kind, and no act."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newskit
from newskit.testing import assert_spans_aligned
from newskit_claims.finder import find_claims

from .conftest import hand_entities

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_9aaabc60780d98ae.txt").read_text(encoding="utf-8")
SPEC = ROOT / "tests" / "acceptance" / "seed-expected.json"  # the in-repo copy of the spec

#: The nine claims of the seed (written from seed-expected.json, so the test runs without it):
#: source words, cue, direct?, content start, content end, the entity the source resolves to.
MUST = [
    (
        "le ministère biélorusse de la Défense",
        "a déclaré",
        False,
        "L’armée biélorusse, dans le cadre",
        "militaire du Kazakhstan",
        "ministère biélorusse de la Défense",
    ),
    (
        "le service de presse du ministère de la Défense",
        "a déclaré",
        True,
        "Le contingent militaire",
        "militaire du Kazakhstan",
        None,
    ),
    (
        "Le ministère",
        "a noté",
        False,
        "le personnel militaire",
        "dans le pays",
        "ministère de la Défense",
    ),
    (
        "le ministère de la Défense",
        "a ajouté",
        True,
        "Les militaires biélorusses",
        "situations anormales",
        "ministère de la Défense",
    ),
    ("l’ONU", "Selon", False, "environ 1 000 personnes", "au Kazakhstan", "ONU"),
    (
        "le ministère de l’Intérieur de la république",
        "Selon",
        False,
        "18 agents de sécurité",
        "ont été tués",
        None,
    ),
    (
        "Tokayev",
        "a déclaré",
        False,
        "il avait demandé l’aide de l’OTSC",
        "menace terroriste",
        "Kassym-Zhomart Tokayev",
    ),
    (
        "Tokayev",
        "a annoncé",
        False,
        "les terroristes",
        "déposeraient pas les armes",
        "Kassym-Zhomart Tokayev",
    ),
    (
        "le Président",
        "a noté",
        False,
        "toutes les revendications",
        "ont été entendues",
        "Kassym-Zhomart Tokayev",
    ),
]

ENTITY_TABLE = [
    (
        "Organisation du traité de sécurité collective",
        "ORG",
        ("Organisation du traité de sécurité collective", "OTSC"),
    ),
    ("Kazakhstan", "LOC", ("Kazakhstan",)),
    ("Biélorussie", "LOC", ("Biélorussie",)),
    ("ministère biélorusse de la Défense", "ORG", ("ministère biélorusse de la Défense",)),
    ("ministère de la Défense", "ORG", ("ministère de la Défense",)),
    ("ONU", "ORG", ("ONU",)),
    ("ministère de l’Intérieur", "ORG", ("ministère de l’Intérieur",)),
    ("Kassym-Zhomart Tokayev", "PER", ("Kassym-Zhomart Tokayev", "Tokayev")),
    ("Noursoultan Nazarbaïev", "PER", ("Noursoultan Nazarbaïev",)),
    ("Conseil de sécurité collective", "ORG", ("Conseil de sécurité collective",)),
    ("Conseil de sécurité", "ORG", ("Conseil de sécurité",)),
]


def _by_start(claims: tuple[newskit.Claim, ...], start: str) -> newskit.Claim:
    (claim,) = [c for c in claims if c.text.startswith(start)]
    return claim


@pytest.fixture(scope="module", params=["no entities", "hand-built entities"])
def seed_claims(request: pytest.FixtureRequest) -> tuple[newskit.Claim, ...]:
    entities = hand_entities(SEED, ENTITY_TABLE) if request.param == "hand-built entities" else ()
    return tuple(find_claims(SEED, entities))


def test_spec_lists_the_nine_claims_this_test_checks() -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))["claims"]["must"]
    assert [(c["cue"], c["direct"], c["content_starts"], c["content_ends"]) for c in spec] == [
        (cue, direct, start, end) for _, cue, direct, start, end, _ in MUST
    ]


@pytest.mark.parametrize(
    ("words", "cue", "direct", "start", "end", "resolves_to"), MUST, ids=[m[4] for m in MUST]
)
def test_seed_claim_has_its_source_cue_kind_and_content(
    seed_claims, words, cue, direct, start, end, resolves_to
) -> None:
    claim = _by_start(seed_claims, start)
    assert claim.text.endswith(end)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert (claim.kind == newskit.ClaimKind.DIRECT) is direct
    assert claim.source_mention is not None
    assert claim.source_mention.text == words
    assert claim.source is not None
    assert claim.source_resolved
    if resolves_to is not None:
        assert claim.source.name == resolves_to


def test_seed_claim_with_an_embedded_quote_is_mixed(seed_claims) -> None:
    claim = _by_start(seed_claims, "il avait demandé")
    assert claim.kind == newskit.ClaimKind.MIXED


def test_seed_has_exactly_the_nine_claims_and_neither_act_nor_decision(seed_claims) -> None:
    assert len(seed_claims) == len(MUST)
    for claim in seed_claims:
        assert "état d’urgence" not in claim.text
        assert "envoyer des forces" not in claim.text
        assert claim.cue is not None
        assert claim.cue.text not in ("ont déclaré", "a décidé")


def test_seed_source_links_to_the_longest_entity_inside_its_words() -> None:
    entities = hand_entities(SEED, ENTITY_TABLE)
    claims = find_claims(SEED, entities)
    press = _by_start(claims, "Le contingent militaire")
    assert press.source is not None
    assert press.source.name == "ministère de la Défense"
    assert press.source in entities


def test_seed_without_entities_builds_one_entity_per_source_with_all_its_mentions() -> None:
    claims = find_claims(SEED)
    tokayev = {
        c.source
        for c in claims
        if c.source is not None and c.source.name == "Kassym-Zhomart Tokayev"
    }
    (entity,) = tokayev
    assert entity.label == newskit.EntityLabel.PER
    assert [m.text for m in entity.mentions] == ["Kassym-Zhomart Tokayev", "Tokayev", "Tokayev"]
    press = _by_start(claims, "Le contingent militaire")
    assert press.source is not None
    assert press.source.name == "service de presse du ministère de la Défense"
    assert press.source.label == newskit.EntityLabel.ORG


def test_seed_through_the_pipeline_gives_claims_their_quantities(pipeline) -> None:
    class Numbers:
        @newskit.hookimpl
        def newskit_find_quantities(self, text):
            for surface, value in (("1 000", "1000"), ("18", "18")):
                start = text.index(surface + " ")
                yield newskit.Quantity.of(text, start, start + len(surface), value=value)

    import newskit_claims
    from newskit.testing import pipeline_with

    article = pipeline_with(newskit_claims, Numbers()).analyze(SEED)
    assert_spans_aligned(article)
    un = _by_start(article.claims, "environ 1 000")
    assert [str(q.value) for q in un.quantities] == ["1000"]
    interior = _by_start(article.claims, "18 agents")
    assert [str(q.value) for q in interior.quantities] == ["18"]
    assert len(article.claims) == len(MUST)
