"""Candidate mentions: a labelled range of the text and the finder that proposed it."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

from newskit import EntityLabel

__all__ = ["PRIORITY", "Candidate", "resolve"]

#: Which finder wins when two candidates overlap: the precise rule-based finders before the
#: statistical model, the model before the gazetteer and the capitalization heuristic, and a
#: repeat of a name found elsewhere last. Longer wins at equal rank.
PRIORITY = {
    "acronym": 0,
    "pattern": 0,
    "model": 1,
    "leftover": 1,
    "gazetteer": 2,
    "capitalized": 3,
    "repeat": 4,
}


class Candidate(NamedTuple):
    """A proposed mention ``text[start:end]`` with a label, before linking."""

    start: int
    end: int
    label: EntityLabel
    source: str  #: a key of :data:`PRIORITY`

    def surface(self, text: str) -> str:
        """The words the candidate covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Candidate) -> bool:
        """True when the two candidates share a character."""
        return self.start < other.end and other.start < self.end


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, best finder first, then longest; sorted by offset.

    The kept candidates never overlap, so sorted by start they are sorted by end too: a
    newcomer is checked against its two neighbours only (O(n log n), as spaCy's
    ``filter_spans``).
    """
    # Sorted as tuples (rank, -length, start, arrival): no key function to call per
    # candidate, and the arrival number keeps ties in the order a stable sort would.
    ranked = [
        (PRIORITY[c.source], c.start - c.end, c.start, i, c) for i, c in enumerate(set(candidates))
    ]
    ranked.sort()
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for _, negative_length, start, _, candidate in ranked:
        if negative_length >= 0:
            continue
        index = bisect.bisect_right(starts, start)
        if index and ends[index - 1] > start:
            continue
        end = start - negative_length
        if index < len(starts) and starts[index] < end:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        kept.insert(index, candidate)
    return kept


def leftovers(losers: Iterable[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The parts of overlapped candidates that no kept candidate covers, as new candidates.

    When a pattern takes "Conseil de sécurité" out of the model's "Conseil de sécurité de
    l’ONU", "de l’ONU" is left: the caller trims it to "ONU".
    """
    parts: list[Candidate] = []
    for loser in losers:
        start = loser.start
        for other in sorted(k for k in kept if k.overlaps(loser)):
            if other.start > start:
                parts.append(loser._replace(start=start, end=other.start, source="leftover"))
            start = max(start, other.end)
        if start < loser.end and start > loser.start:
            parts.append(loser._replace(start=start, end=loser.end, source="leftover"))
    return parts
