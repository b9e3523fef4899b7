"""Candidate mentions: a labelled range of the text and the finder that proposed it."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable
from typing import NamedTuple

from newskit import EntityLabel

__all__ = ["PRIORITY", "Candidate", "is_resolved", "resolve"]

_START = operator.attrgetter("start")

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

    The usual input is a resolved list (in text order, apart) and a few candidates that a
    step adds: only those and the ones they overlap are ranked (:func:`_around_additions`).
    """
    candidates = candidates if isinstance(candidates, list) else list(candidates)
    apart = _apart_prefix(candidates)
    if apart == len(candidates):
        return list(candidates)
    if apart >= 4 * (len(candidates) - apart):
        return _around_additions(candidates, apart)
    return _ranked(list(set(candidates)))


def is_resolved(candidates: list[Candidate]) -> bool:
    """True when the candidates are as :func:`resolve` leaves them: non-empty, in text
    order and apart (each ends before the next starts)."""
    return _apart_prefix(candidates) == len(candidates)


def _apart_prefix(candidates: list[Candidate]) -> int:
    """How many candidates, from the first, are non-empty and each end before the next starts."""
    end = candidates[0].start if candidates else 0
    for index, candidate in enumerate(candidates):
        if candidate.start < end or candidate.end <= candidate.start:
            return index
        end = candidate.end
    return len(candidates)


def _around_additions(candidates: list[Candidate], apart: int) -> list[Candidate]:
    """:func:`_ranked` of the candidates, of which the first ``apart`` are resolved already.

    A resolved candidate that no later one overlaps is kept whatever the ranking (nothing
    overlaps it); the later ones and those they overlap are ranked among themselves only,
    in the order the whole set would give them.
    """
    resolved = candidates[:apart]
    starts = [c.start for c in resolved]
    contested: set[Candidate] = set()
    for added in candidates[apart:]:
        if added.end <= added.start:
            continue  # empty: never kept, and it takes no room
        contested.add(added)
        index = bisect.bisect_right(starts, added.start) - 1
        if index < 0 or resolved[index].end <= added.start:
            index += 1
        while index < apart and resolved[index].start < added.end:
            contested.add(resolved[index])
            index += 1
    winners = _ranked([c for c in set(candidates) if c in contested])
    kept = [c for c in resolved if c not in contested] + winners
    kept.sort(key=_START)
    return kept


def _ranked(unique: list[Candidate]) -> list[Candidate]:
    """The greedy choice among distinct candidates, best rank first; sorted by offset.

    The kept candidates never overlap, so sorted by start they are sorted by end too: a
    newcomer is checked against its two neighbours only (O(n log n), as spaCy's
    ``filter_spans``).
    """
    # Sorted as tuples (rank, -length, start, label, source): no key function to call per
    # candidate. Two distinct candidates of one rank and span differ in label or source,
    # which then decide: the choice never rests on a set's order, which the hash seed sets
    # (a run and its rerun, or two worker processes, would disagree). The arrival number
    # is never reached; it keeps the candidates themselves from being compared.
    ranked = [
        (PRIORITY[c.source], c.start - c.end, c.start, c.label.value, c.source, i, c)
        for i, c in enumerate(unique)
    ]
    ranked.sort()
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for _, negative_length, start, _, _, _, candidate in ranked:
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
