"""The plugin's own data tables (``data/``), read once per language and merged with babel's.

Tables are plain text beside the code so that a linguist can extend them without reading
Python: one entry a line, tab-separated columns, ``#`` for comments. A language without a
``data/<lang>/`` directory still gets digits, CLDR currencies and CLDR units.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from importlib import resources

from attrs import frozen

from newskit_numbers.localedata import LocaleNumbers, locale_numbers

__all__ = ["Tables", "WordEntry", "tables"]


@frozen
class WordEntry:
    """A number word: its value and its role in the grammar of spelled-out numbers."""

    value: Decimal
    role: str  #: unit, ten, hundred, thousand, scale, half, quarter, fraction, collective, multiplier, ordinal


@frozen
class Tables:
    """Everything the finder looks up, for one language."""

    lang: str
    cldr: LocaleNumbers
    words: dict[str, WordEntry]  #: lowercase number word -> entry
    modifiers: dict[str, str]  #: lowercase phrase before a number -> effect
    modifier_ends: dict[
        str, tuple[int, ...]
    ]  #: last word -> word counts of the modifiers ending in it, longest first
    currency_names: dict[str, str]  #: casefolded name -> ISO 4217 (CLDR, then colloquial names)
    currency_symbols: dict[str, str]  #: symbol as written -> ISO 4217 (CLDR, then bare symbols)
    units: dict[str, str]  #: surface -> normalized unit (CLDR, then the plugin's spellings)
    not_nouns: frozenset[str]  #: words after a number that are not what it counts
    adjectives: frozenset[str]  #: adjectives between a number and its noun ("nouveaux")
    contexts_before: dict[str, str]  #: word right before a number -> why it is not a quantity
    contexts_after: dict[str, str]  #: word right after a number -> why it is not a quantity
    context_ordinals: dict[str, Decimal]  #: ordinals that are also nouns ("seconde") -> value
    ordinal_cues: dict[str, str]  #: word -> how it makes a context ordinal one ("determiner"…)
    score_cues: frozenset[str]  #: words before a score ("noté 4/5")


def _rows(lang: str, name: str) -> list[list[str]]:
    """The tab-separated rows of a data file (``lang`` "" for the shared ones); [] if absent."""
    path = resources.files("newskit_numbers").joinpath("data", *([lang] if lang else []), name)
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def base_language(lang: str) -> str:
    """``fr_BE`` -> ``fr``."""
    return lang.replace("-", "_").split("_", 1)[0].lower()


def _ends(phrases: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """Last word of each phrase -> the word counts of the phrases ending in it, longest first."""
    ends: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        ends.setdefault(words[-1], set()).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in ends.items()}


@functools.cache
def tables(lang: str = "fr") -> Tables:
    """The merged tables of ``lang`` (built on first use, then shared: they are read-only)."""
    base = base_language(lang)
    unit_keys = tuple(row[0] for row in _rows("", "units.txt"))
    cldr = locale_numbers(lang, unit_keys)
    names = dict(cldr.currency_names)
    symbols = dict(cldr.currency_symbols)
    for surface, code in _rows(base, "currencies.tsv"):
        if surface.islower():
            names.setdefault(surface.casefold(), code)
        else:
            symbols.setdefault(surface, code)
    if cldr.franc:  # "500 francs": the country's own franc, when it had one
        for name in _rows(base, "bare_francs.txt"):
            names.setdefault(name[0], cldr.franc)
    units = dict(cldr.units)
    for surface, unit in _rows(base, "units.tsv"):
        if unit == "-":  # a CLDR symbol too ambiguous in running text ("nd", "al")
            units.pop(surface, None)
        else:
            units.setdefault(surface, unit)
    modifiers = dict(_rows(base, "modifiers.tsv"))
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for word, side, reason in _rows(base, "contexts.tsv"):
        (before if side == "before" else after)[word] = reason
    return Tables(
        lang=base,
        cldr=cldr,
        words={w: WordEntry(Decimal(v), role) for w, v, role in _rows(base, "words.tsv")},
        modifiers=modifiers,
        modifier_ends=_ends(modifiers),
        currency_names=names,
        currency_symbols=symbols,
        units=units,
        not_nouns=frozenset(row[0] for row in _rows(base, "not_nouns.txt")),
        adjectives=frozenset(row[0] for row in _rows(base, "adjectives.txt")),
        contexts_before=before,
        contexts_after=after,
        context_ordinals={w: Decimal(v) for w, v in _rows(base, "context_ordinals.tsv")},
        ordinal_cues=dict(_rows(base, "ordinal_cues.tsv")),
        score_cues=frozenset(row[0] for row in _rows(base, "score_cues.txt")),
    )
