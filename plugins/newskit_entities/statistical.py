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


#: spaCy refuses texts above ``nlp.max_length`` (1,000,000 characters) and needs about
#: 1 GB per 100,000 characters for NER: longer texts are read in pieces of this size at
#: most, cut at a line break (else a space), so an article of any size the pipeline
#: accepts is analyzed, in memory bounded by the piece.
_PIECE = 100_000


def _pieces(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    while len(text) - start > _PIECE:
        end = start + _PIECE
        cut = text.rfind("\n", start + 1, end)
        if cut < 0:
            cut = text.rfind(" ", start + 1, end)
        end = end if cut < 0 else cut + 1
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def model_candidates(text: str) -> list[Candidate]:
    """The entities spaCy finds in ``text``, as candidates (offsets are code points)."""
    pieces = _pieces(text)
    docs = load_model().pipe(text[start:end] for start, end in pieces)
    return [
        Candidate(
            start + ent.start_char,
            start + ent.end_char,
            _LABELS.get(ent.label_, EntityLabel.MISC),
            "model",
        )
        for (start, _), doc in zip(pieces, docs, strict=True)
        for ent in doc.ents
    ]
