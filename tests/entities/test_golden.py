"""The plugin's exact outputs are pinned: a faster rule layer must find the very same entities.

``golden/outputs.jsonl`` holds, one line per text, the entities ``find_entities`` returned
for the seed, the hand-annotated paragraphs of ``gold/`` and the texts of this directory's
example tables, with both backends; for the seed and the paragraphs also with each rule
switched off in turn and with all of them off (what ``benchmarks/entities.py`` scores).
After an intended change of behaviour, rewrite it and review the diff::

    uv run python tests/entities/test_golden.py --write
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from newskit_entities import RULES, find_entities

GOLDEN = Path(__file__).resolve().parent / "golden" / "outputs.jsonl"
BACKENDS = ("rules", "spacy")


def variants(backend: str, ablations: bool) -> dict[str, tuple[str, ...]]:
    """The keys of one text's outputs and the rules each switches off."""
    found = {backend: ()}
    if ablations:
        found.update({f"{backend} -{rule}": (rule,) for rule in RULES})
        found[f"{backend} -all"] = RULES
    return found


def outputs(text: str, disable: tuple[str, ...], backend: str) -> list:
    """The entities as plain JSON: name, label and the offsets of every mention."""
    return [
        [entity.name, str(entity.label), [[m.start, m.end] for m in entity.mentions]]
        for entity in find_entities(text, backend, disable=disable)
    ]


def records() -> list[dict]:
    with GOLDEN.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def check(backend: str) -> None:
    differences = []
    for record in records():
        for key, disable in variants(backend, record["ablations"]).items():
            found = outputs(record["text"], disable, backend)
            if found != record["outputs"][key]:
                differences.append((key, record["text"][:80], found, record["outputs"][key]))
    assert not differences, f"{len(differences)} outputs changed, first: {differences[0]}"


def test_rules_backend_finds_the_pinned_entities():
    check("rules")


def test_spacy_backend_finds_the_pinned_entities(model, monkeypatch):
    import newskit_entities.statistical as statistical

    # The model's own spans do not depend on the rule layer: find them once per text.
    once = functools.cache(lambda text, find=statistical.model_candidates: tuple(find(text)))
    monkeypatch.setattr(statistical, "model_candidates", lambda text: list(once(text)))
    check("spacy")


def write(texts: list[tuple[str, bool]]) -> None:
    """Record the current outputs for ``(text, with ablations)`` pairs."""
    with GOLDEN.open("w", encoding="utf-8") as out:
        for text, ablations in texts:
            found = {
                key: outputs(text, disable, backend)
                for backend in BACKENDS
                for key, disable in variants(backend, ablations).items()
            }
            record = {"text": text, "ablations": ablations, "outputs": found}
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    write([(r["text"], r["ablations"]) for r in records()])
    print(f"rewrote {GOLDEN}")
