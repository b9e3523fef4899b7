"""The claims of a fixed set of inputs are exactly those recorded in ``data/golden.json``.

Work on the plugin's speed must not change a single claim: every field of every claim
(content span and kind, cue, source entity with all its mentions, source words, flag) is
compared with the recorded run. The inputs are the seed (without entities, and with the
entities the ``rules`` and ``spacy`` backends gave its clean text, frozen in the file so
that a change of the entities stage does not show here), the texts of the example tables
and of the annotated sets of these tests, and three articles of the generated benchmark
corpus with their ``rules`` entities.

After a change of behaviour that is meant, rewrite the recorded claims (the inputs stay)::

    uv run python tests/claims/test_golden.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit import Claim, Entity, Mention
from newskit_claims.finder import find_claims

GOLDEN = Path(__file__).parent / "data" / "golden.json"


def _mentions(mentions: tuple[Mention, ...]) -> list[list]:
    return [[m.start, m.end, m.label and m.label.value] for m in mentions]


def _span(mention: Mention | None) -> list | None:
    return None if mention is None else _mentions((mention,))[0]


def entities_to_json(entities: tuple[Entity, ...]) -> list[list]:
    """Entities as ``[name, label, [[start, end, label], …]]``: the text gives the rest."""
    return [[e.name, e.label.value, _mentions(e.mentions)] for e in entities]


def entities_from_json(text: str, rows: list[list]) -> tuple[Entity, ...]:
    return tuple(
        Entity(
            name=name,
            label=label,
            mentions=[Mention.of(text, s, e, label=lab) for s, e, lab in mentions],
        )
        for name, label, mentions in rows
    )


def fingerprint(claim: Claim, entities: tuple[Entity, ...]) -> list:
    """Every field of a claim; a source that is one of the given entities by its index."""
    source = claim.source
    if source is None:
        described = None
    else:
        given = [i for i, entity in enumerate(entities) if entity is source]
        described = given[0] if given else entities_to_json((source,))[0]
    return [
        claim.start,
        claim.end,
        claim.kind.value,
        _span(claim.cue),
        described,
        _span(claim.source_mention),
        claim.source_resolved,
        len(claim.dates),
        len(claim.quantities),
    ]


def _cases() -> list[dict]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def _found(case: dict) -> list[list]:
    entities = entities_from_json(case["text"], case["entities"])
    return [fingerprint(c, entities) for c in find_claims(case["text"], entities)]


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["name"])
def test_claims_are_those_recorded(case: dict) -> None:
    assert _found(case) == case["claims"]


def test_the_recorded_claims_cover_every_way_to_link_a_source() -> None:
    """The file is worth checking: built sources, given entities, pronouns flagged."""
    claims = [claim for case in _cases() for claim in case["claims"]]
    assert len(claims) > 250
    assert any(isinstance(c[4], int) for c in claims)  # an entity of the entities stage
    assert any(isinstance(c[4], list) for c in claims)  # an entity built from the words
    assert any(c[4] is None and not c[6] for c in claims)  # a pronoun left unresolved
    assert {c[2] for c in claims} == {"direct", "indirect", "mixed"}


if __name__ == "__main__":
    cases = _cases()
    for case in cases:
        case["claims"] = _found(case)
    GOLDEN.write_text(
        "[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n",
        encoding="utf-8",
    )
