"""Places by name: countries and world regions from babel's CLDR data, and major cities."""

from __future__ import annotations

import functools

import regex

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import cities, fold, territories

__all__ = ["gazetteer_candidates", "is_place_name"]


@functools.cache
def _names() -> frozenset[str]:
    return territories() | cities()


@functools.cache
def _pattern() -> regex.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)
    alternation = "|".join(regex.escape(name).replace("’", "[’']") for name in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{N}}-])")


def is_place_name(surface: str) -> bool:
    """True when ``surface`` is a country, region or city the gazetteer knows."""
    return fold(surface) in _names()


def gazetteer_candidates(text: str) -> list[Candidate]:
    """Every place name of the gazetteer in ``text``, as LOC candidates."""
    return [
        Candidate(m.start(), m.end(), EntityLabel.LOC, "gazetteer")
        for m in _pattern().finditer(text)
    ]
