"""Find the entities of a text: a base finder, the rule layer, then within-document linking."""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from newskit import Entity, Span
from newskit_entities.acronyms import acronym_candidates, find_definitions
from newskit_entities.candidates import Candidate, leftovers, resolve
from newskit_entities.cues import relabel
from newskit_entities.datelines import dateline_ranges
from newskit_entities.gazetteer import gazetteer_candidates
from newskit_entities.linking import link, repeats
from newskit_entities.patterns import org_candidates
from newskit_entities.trim import drop_reason, trim
from newskit_entities.words import tokenize

__all__ = ["BACKENDS", "DEFAULT_BACKEND", "RULES", "backend_from", "find_entities"]

BACKENDS = ("spacy", "rules")
DEFAULT_BACKEND = "spacy"
#: The rules of the layer on top of the base finder, each of which can be switched off
#: (``find_entities(text, disable=...)``) to measure its effect (benchmarks/entities.py).
RULES = (
    "trim",  # no determiner, elision, quote, dash or title at the edges of a span
    "leading",  # no leading lower-case common word ("paix de Biélorussie")
    "stoplist",  # no nationality, title or capitalized common word on its own
    "patterns",  # organisations by pattern ("ministère biélorusse de la Défense")
    "acronyms",  # "(OTSC)" defined after its expansion, and every later use of it
    "gazetteer",  # countries (babel) and cities: found, and labelled LOC
    "cues",  # labels from context: titles, place words, press services
    "datelines",  # "PARIS —", "MOSCOU (Reuters) -" are no entity
    "linking",  # surname -> full name, acronym -> expansion, short -> long form
)
SETTING = "entities.backend"
ENVIRONMENT = "NEWSKIT_ENTITIES_BACKEND"


def backend_from(settings: Mapping[str, Any] | None = None) -> str:
    """The backend a pipeline's settings, else the environment, ask for ("spacy" by default).

    :raises ValueError: for an unknown backend name.
    """
    name = (settings or {}).get(SETTING) or os.environ.get(ENVIRONMENT) or DEFAULT_BACKEND
    name = str(name).strip().lower()
    if name not in BACKENDS:
        raise ValueError(f"unknown entities backend {name!r}: use one of {', '.join(BACKENDS)}")
    return name


def _base_candidates(text: str, backend: str, tokens: list[Any]) -> list[Candidate]:
    if backend == "spacy":
        from newskit_entities.statistical import model_candidates

        return model_candidates(text)
    from newskit_entities.capitalized import capitalized_candidates

    return capitalized_candidates(text, tokens)


def find_entities(
    text: str,
    backend: str = DEFAULT_BACKEND,
    *,
    disable: Collection[str] = (),
    avoid: Iterable[Span] = (),
) -> list[Entity]:
    """The named entities of a French ``text``, each with its canonical name and mentions.

    :param text: the clean text of an article (title line included).
    :param backend: ``"spacy"`` (the ``fr_core_news_md`` model under the rule layer) or
        ``"rules"`` (capitalization, patterns and gazetteer only: no spaCy import, lower quality).
    :param disable: names of :data:`RULES` to switch off; with all of them off, the result is
        the base finder's own.
    :param avoid: spans (dates, quantities) that no mention may overlap.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown entities backend {backend!r}: use one of {', '.join(BACKENDS)}")
    unknown = set(disable) - set(RULES)
    if unknown:
        raise ValueError(f"unknown rules {sorted(unknown)}: the rules are {', '.join(RULES)}")
    rules = frozenset(RULES) - frozenset(disable)
    candidates = mention_candidates(text, backend, rules)
    return link(text, _outside(candidates, avoid), rules)


def _outside(candidates: list[Candidate], avoid: Iterable[Span]) -> list[Candidate]:
    """The candidates that overlap none of the spans to ``avoid`` (share a character with
    none; a zero-width span overlaps what strictly surrounds it).

    A candidate overlaps a span when the span starts before the candidate ends and ends
    after it starts: among the spans that start before its end (a prefix of the spans
    sorted by start) the one that ends last tells. One bisection a candidate.
    """
    spans = sorted((s.start, s.end) for s in avoid)
    if not spans:
        return candidates
    starts = [start for start, _ in spans]
    last_end = list(itertools.accumulate((end for _, end in spans), max))
    kept: list[Candidate] = []
    for candidate in candidates:
        before = bisect.bisect_left(starts, candidate.end)
        if not before or last_end[before - 1] <= candidate.start:
            kept.append(candidate)
    return kept


def mention_candidates(text: str, backend: str, rules: frozenset[str]) -> list[Candidate]:
    """The labelled mentions of ``text`` before linking."""
    tokens = tokenize(text)
    candidates = _base_candidates(text, backend, tokens)
    if "trim" in rules:
        candidates = [t for c in candidates if (t := trim(text, c, rules, tokens)) is not None]
    extra: list[Candidate] = []
    if "patterns" in rules:
        extra += org_candidates(text, tokens)
    if "gazetteer" in rules:
        extra += gazetteer_candidates(text)
    kept = resolve(candidates + extra)
    # From here on the candidates stay resolved (sorted, no overlap): relabelling keeps the
    # spans and dropping keeps the order. ``resolve`` gives a resolved list back as it is,
    # and ranks only what a step adds.
    if "trim" in rules:
        # Only the model's candidates may leave parts: the source is tested first, and the
        # lost ones looked up in a set (the rules backend has no model candidate at all).
        lost = [c for c in candidates if c.source == "model"]
        if lost:
            kept_set = set(kept)
            lost = [c for c in lost if c not in kept_set]
        parts = [
            t
            for c in leftovers(lost, kept)
            if (t := trim(text, c, rules | {"leading"}, tokens)) is not None
        ]
        kept = resolve(kept + parts)
    candidates = kept
    if "acronyms" in rules:
        candidates = resolve(
            candidates + acronym_candidates(text, find_definitions(text, candidates))
        )
    if "cues" in rules:
        candidates = relabel(text, candidates, gazetteer="gazetteer" in rules)
    if "stoplist" in rules:
        candidates = [c for c in candidates if drop_reason(text, c, tokens) is None]
    if "linking" in rules:
        candidates = resolve(candidates + repeats(text, candidates))
    if "datelines" in rules:
        ranges = dateline_ranges(text)
        candidates = [
            c for c in candidates if not any(s <= c.start and c.end <= e for s, e in ranges)
        ]
    return candidates
