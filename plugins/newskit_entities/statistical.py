"""The statistical finder: spaCy's ``fr_core_news_md`` entity recognizer."""

from __future__ import annotations

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.model import load_model

__all__ = ["model_candidates"]

_LABELS = {
    "PER": EntityLabel.PER,
    "ORG": EntityLabel.ORG,
    "LOC": EntityLabel.LOC,
    "MISC": EntityLabel.MISC,
}


def model_candidates(text: str) -> list[Candidate]:
    """The entities spaCy finds in ``text``, as candidates (offsets are code points)."""
    doc = load_model()(text)
    return [
        Candidate(ent.start_char, ent.end_char, _LABELS.get(ent.label_, EntityLabel.MISC), "model")
        for ent in doc.ents
    ]
