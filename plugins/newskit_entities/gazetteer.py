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


def _trie(names: list[str]) -> str:
    """One pattern for many names, as a tree of their shared beginnings: "Gu(?:inée|yana)".

    At most one branch of a node matches the next character, and a name that goes on is
    tried before the name that stops there: the pattern matches the longest name at each
    place, as an alternation of the names longest first does, without trying them all.
    """
    tree: dict = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [
            ("[’']" if char == "’" else regex.escape(char)) + pattern(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


@functools.cache
def _pattern() -> regex.Pattern[str]:
    names = sorted(_names())
    # Every name opens with a capital: a look at the next character rules out most places
    # before the look back and the tree are tried (the same matches, in a third less time).
    capital = r"(?=\p{Lu})" if all(regex.match(r"\p{Lu}", name) for name in names) else ""
    return regex.compile(rf"{capital}(?<![\p{{L}}\p{{N}}-]){_trie(names)}(?![\p{{L}}\p{{N}}-])")


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
