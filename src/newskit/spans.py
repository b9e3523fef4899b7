"""Offset helpers: delete ranges from a text while keeping a map back, resolve overlaps."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TypeVar

from newskit.types import OffsetMap, Span

__all__ = ["delete_ranges", "filter_overlaps", "merge_ranges", "within"]

S = TypeVar("S", bound=Span)


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort ranges and merge those that overlap or touch; empty ranges are dropped."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def delete_ranges(text: str, ranges: Iterable[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """Delete the union of ``ranges`` from ``text``.

    Returns the remaining text and the :class:`~newskit.types.OffsetMap` from its offsets
    back to offsets of ``text``.
    """
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    clean = raw = 0
    for start, end in [*merge_ranges(ranges), (len(text), len(text))]:
        if start > raw:
            pieces.append(text[raw:start])
            segments.append((clean, raw, start - raw))
            clean += start - raw
        raw = max(raw, end)
    return "".join(pieces), OffsetMap(segments)


def filter_overlaps(spans: Iterable[S]) -> list[S]:
    """Keep a set of non-overlapping spans, longest first (ties: earliest first).

    The result is sorted by offset. Like spaCy's ``filter_spans``, in O(n log n): the kept
    spans never overlap, so sorted by start they are sorted by end too, and a candidate
    only has to be checked against its two neighbours.
    """
    starts: list[int] = []
    kept: list[S] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        index = bisect.bisect_right(starts, span.start)
        if index and kept[index - 1].end > span.start:
            continue
        if index < len(kept) and kept[index].start < span.end:
            continue
        if index < len(kept) and span.start == span.end == kept[index].start:
            continue
        starts.insert(index, span.start)
        kept.insert(index, span)
    return kept


def within(spans: Sequence[S], outer: Span) -> tuple[S, ...]:
    """The spans lying entirely inside ``outer``."""
    return tuple(s for s in spans if outer.start <= s.start and s.end <= outer.end)
