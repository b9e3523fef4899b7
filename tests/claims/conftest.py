"""Helpers of the claims tests: a pipeline with the claims plugin alone, hand-built entities."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

import newskit
import newskit_claims
from newskit.testing import pipeline_with


@pytest.fixture(scope="session")
def pipeline() -> newskit.Pipeline:
    return pipeline_with(newskit_claims)


def hand_entities(
    text: str, table: Iterable[tuple[str, str, tuple[str, ...]]]
) -> tuple[newskit.Entity, ...]:
    """Entities as an entities stage would give them: each surface found as a whole word,
    longer surfaces first so that "ministère biélorusse de la Défense" is not also
    "ministère de la Défense"."""
    rows = list(table)
    taken: list[tuple[int, int]] = []
    found: dict[str, list[newskit.Mention]] = {name: [] for name, _, _ in rows}
    surfaces = sorted(
        ((s, name, label) for name, label, ss in rows for s in ss), key=lambda r: -len(r[0])
    )
    for surface, name, label in surfaces:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            found[name].append(newskit.Mention.of(text, match.start(), match.end(), label=label))
    return tuple(
        newskit.Entity(name=name, label=label, mentions=found[name])
        for name, label, _ in rows
        if found[name]
    )
