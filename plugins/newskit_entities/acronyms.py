"""Acronyms defined in parentheses and reused: "Organisation du traité de sécurité collective (OTSC)".

A definition links the acronym to the name before the parenthesis (or, in the reverse
order "OTAN (Organisation du traité de l’Atlantique nord)", inside it); every later use of
the acronym, elided or not ("l’OTSC"), is a mention of the same entity.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import NamedTuple

import regex

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import fold

__all__ = ["Definition", "acronym_candidates", "find_definitions"]

# French news writes long acronyms in title case ("Cedeao", "Giec", "Insee").
_ACRONYM = r"(?:\p{Lu}{2,}[\p{Lu}\p{Ll}&-]*|\p{Lu}\p{Ll}{2,6})"


@functools.cache
def _definition_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"[ \u00a0]?\((?P<acronym>{_ACRONYM})\)")


@functools.cache
def _reverse_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?P<acronym>{_ACRONYM})[ \u00a0]?\(")


# Keyed by words of the article: bounded, so a stream of articles does not grow it.
@functools.lru_cache(maxsize=2048)
def _use_pattern(acronym: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-]){regex.escape(acronym)}(?![\p{{L}}\p{{N}}-])")


class Definition(NamedTuple):
    """An acronym and the candidate that spells it out."""

    acronym: str  #: the acronym ("OTSC")
    expansion: Candidate  #: the name it stands for


def _initials_fit(acronym: str, expansion: str) -> bool:
    """A loose check: the first letters agree (French acronyms keep or drop small words)."""
    return fold(expansion)[:1].lower() == acronym[:1].lower() and len(expansion) > len(acronym)


# A text is searched twice per analysis (before linking and in it): its parentheses are
# read once. Few texts are kept, so a stream of articles does not grow it.
@functools.lru_cache(maxsize=8)
def _parenthesized(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """The acronyms in parentheses, each with where its match starts (where the name it
    abbreviates ends), and the acronyms before a parenthesis, each with where its match
    ends (where the name inside starts)."""
    if "(" not in text:
        return (), ()
    inside = tuple((m.group("acronym"), m.start()) for m in _definition_pattern().finditer(text))
    before = tuple((m.group("acronym"), m.end()) for m in _reverse_pattern().finditer(text))
    return inside, before


def find_definitions(text: str, candidates: Iterable[Candidate]) -> list[Definition]:
    """Acronyms in parentheses right after a name they abbreviate."""
    inside, before = _parenthesized(text)
    if not inside and not before:
        return []
    candidates = list(candidates)
    by_end = {c.end: c for c in candidates}
    by_start = {c.start: c for c in candidates}
    found: list[Definition] = []
    for acronym, start in inside:
        expansion = by_end.get(start)
        if expansion is not None and _initials_fit(acronym, expansion.surface(text)):
            found.append(Definition(acronym, expansion))
    # The reverse order: "l’OTAN (Organisation du traité de l’Atlantique nord)".
    for acronym, end in before:
        expansion = by_start.get(end)
        if (
            expansion is not None
            and text[expansion.end : expansion.end + 1] == ")"
            and _initials_fit(acronym, expansion.surface(text))
        ):
            found.append(Definition(acronym, expansion))
    return found


def acronym_candidates(text: str, definitions: Iterable[Definition]) -> list[Candidate]:
    """Every use of every defined acronym, labelled as its expansion."""
    found: list[Candidate] = []
    for definition in definitions:
        label = definition.expansion.label
        if label is EntityLabel.MISC:
            label = EntityLabel.ORG
        for match in _use_pattern(definition.acronym).finditer(text):
            found.append(Candidate(match.start(), match.end(), label, "acronym"))
    return found
