"""Exact-span scoring against hand annotations written inline: ``[Tokayev](PER) a déclaré``.

The format keeps an annotated paragraph readable and its gold offsets exact: every
``[words](LABEL)`` becomes a gold span over ``words`` in the plain text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

import regex

__all__ = ["GoldSpan", "Score", "parse_annotated", "score"]

#: The labels scored by default: the held-out evaluation scores PER, ORG and LOC.
SCORED = ("PER", "ORG", "LOC")


class GoldSpan(NamedTuple):
    """An annotated span: ``[start, end)`` of the plain text, and its label."""

    start: int
    end: int
    label: str


class Score(NamedTuple):
    """Counts and exact-span precision, recall and F1 (label included)."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predicted spans that are gold."""
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold spans that were predicted."""
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: object) -> Score:
        if not isinstance(other, Score):
            return NotImplemented
        return Score(*(a + b for a, b in zip(self, other, strict=True)))


@functools.cache
def _markup() -> regex.Pattern[str]:
    return regex.compile(r"\[(?P<words>[^\[\]]+)\]\((?P<label>PER|ORG|LOC|MISC)\)")


def parse_annotated(annotated: str) -> tuple[str, list[GoldSpan]]:
    """The plain text of an annotated text and its gold spans.

    >>> parse_annotated("Selon l’[ONU](ORG), [Kiev](LOC).")
    ('Selon l’ONU, Kiev.', [GoldSpan(start=7, end=10, label='ORG'), GoldSpan(start=12, end=16, label='LOC')])
    """
    plain: list[str] = []
    spans: list[GoldSpan] = []
    length = 0
    last = 0
    for match in _markup().finditer(annotated):
        before = annotated[last : match.start()]
        plain.append(before)
        length += len(before)
        words = match.group("words")
        spans.append(GoldSpan(length, length + len(words), match.group("label")))
        plain.append(words)
        length += len(words)
        last = match.end()
    plain.append(annotated[last:])
    return "".join(plain), spans


def score(
    gold: Iterable[tuple[int, int, str]],
    predicted: Iterable[tuple[int, int, str]],
    labels: Iterable[str] = SCORED,
) -> Score:
    """Exact-span scores of ``predicted`` against ``gold``, on ``labels`` only."""
    kept = {str(label) for label in labels}
    gold_set = {(s, e, str(label)) for s, e, label in gold if str(label) in kept}
    predicted_set = {(s, e, str(label)) for s, e, label in predicted if str(label) in kept}
    return Score(len(gold_set & predicted_set), len(predicted_set), len(gold_set))
