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


@functools.cache
def _word_character() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\p{N}-]")


@functools.lru_cache(maxsize=4096)
def _joins(char: str) -> bool:
    """True for a character that :func:`_use_pattern`'s look-arounds refuse beside a use.

    Asked of the regex module, whose Unicode tables may differ from Python's; cached, as
    few distinct characters stand beside the uses.
    """
    return _word_character().match(char) is not None


def _uses(text: str, acronym: str) -> list[tuple[int, int]]:
    """Where :func:`_use_pattern` matches ``text``, found by a plain string search.

    Compiling a pattern costs a few hundred microseconds, and most acronyms are new to a
    stream of articles: the search and the test of the characters beside each find give
    the same matches, left to right and without overlaps.
    """
    if not acronym:  # an empty pattern matches between characters: the pattern's own way
        return [m.span() for m in _use_pattern(acronym).finditer(text)]
    found = []
    length, size, find = len(acronym), len(text), text.find
    position = find(acronym)
    while position >= 0:
        end = position + length
        if (not position or not _joins(text[position - 1])) and (
            end == size or not _joins(text[end])
        ):
            found.append((position, end))
            position = find(acronym, end)
        else:
            position = find(acronym, position + 1)
    return found


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
        for start, end in _uses(text, definition.acronym):
            found.append(Candidate(start, end, label, "acronym"))
    return found
