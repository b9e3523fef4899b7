"""Places by name: countries and world regions from babel's CLDR data, and major cities."""

from __future__ import annotations

import functools

import regex

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import cities, fold, territories
from newskit_entities.tries import trie_pattern

__all__ = ["gazetteer_candidates", "is_place_name"]


@functools.cache
def _names() -> frozenset[str]:
    return territories() | cities()


@functools.cache
def _pattern() -> regex.Pattern[str]:
    names = sorted(_names())
    # Every name opens with a capital: a look at the next character rules out most places
    # before the look back and the tree are tried (the same matches, in a third less time).
    capital = r"(?=\p{Lu})" if all(regex.match(r"\p{Lu}", name) for name in names) else ""
    return regex.compile(
        rf"{capital}(?<![\p{{L}}\p{{N}}-]){trie_pattern(names)}(?![\p{{L}}\p{{N}}-])"
    )


def place_names() -> frozenset[str]:
    """The folded names the gazetteer knows (see :func:`is_place_name`)."""
    return _names()


def is_place_name(surface: str) -> bool:
    """True when ``surface`` is a country, region or city the gazetteer knows."""
    return fold(surface) in _names()


def gazetteer_candidates(text: str) -> list[Candidate]:
    """Every place name of the gazetteer in ``text``, as LOC candidates."""
    return [
        Candidate(m.start(), m.end(), EntityLabel.LOC, "gazetteer")
        for m in _pattern().finditer(text)
    ]
