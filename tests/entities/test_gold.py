"""The hand-annotated paragraphs of gold/: well formed, and the rule layer helps on them.

``gold/dev`` is the set the rules were tuned on; ``gold/heldout`` was written before the
rules were tuned and is only scored (benchmarks/entities.py prints both).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit_entities import RULES, find_entities
from newskit_entities.scoring import Score, parse_annotated, score

GOLD = Path(__file__).resolve().parent / "gold"
FILES = sorted(GOLD.glob("*/*.txt"))


def scores(backend, disable=(), subset="dev"):
    total = Score(0, 0, 0)
    for path in sorted((GOLD / subset).glob("*.txt")):
        text, gold = parse_annotated(path.read_text(encoding="utf-8"))
        entities = find_entities(text, backend, disable=disable)
        total += score(gold, [(m.start, m.end, m.label) for e in entities for m in e.mentions])
    return total


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_spans_are_trimmed_names(path):
    text, gold = parse_annotated(path.read_text(encoding="utf-8"))
    assert gold
    for start, end, _ in gold:
        words = text[start:end]
        assert words == words.strip()
        assert words[:1].isupper() or words.startswith(
            ("ministère", "cour", "tribunal", "préfecture", "lycée", "e-")
        ), words
        assert not words.lower().startswith(("l’", "la ", "le ", "les ", "d’")) or words.startswith(
            ("Le", "La", "Les ")
        ), words


def test_parse_annotated_gives_offsets_of_the_plain_text():
    text, gold = parse_annotated("Selon l’[ONU](ORG), [Tokayev](PER) a parlé.")
    assert text == "Selon l’ONU, Tokayev a parlé."
    assert [(text[s:e], label) for s, e, label in gold] == [("ONU", "ORG"), ("Tokayev", "PER")]


def test_score_counts_exact_spans_with_their_label_only():
    gold = [(0, 3, "ORG"), (5, 9, "PER"), (10, 12, "MISC")]
    predicted = [(0, 3, "ORG"), (5, 9, "LOC"), (4, 9, "PER"), (10, 12, "MISC")]
    result = score(gold, predicted)
    assert result == Score(1, 3, 2)
    assert result.f1 == pytest.approx(0.4)


def test_rule_layer_raises_exact_span_f1_over_spacy_alone(model):
    assert scores("spacy").f1 > scores("spacy", disable=RULES).f1 + 0.05


def test_rule_layer_raises_exact_span_f1_of_the_fallback():
    assert scores("rules").f1 > scores("rules", disable=RULES).f1 + 0.1
