"""Word tokens with offsets, as the rule layer sees them: elided articles are tokens of their own."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from newskit_entities.lexicon import read_table

__all__ = ["NAME_PARTICLES", "Token", "is_capitalized", "is_stopword", "tokenize"]


#: Lower-case particles inside personal names ("Charles de Gaulle", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d’",
        "von",
        "van",
        "der",
        "den",
        "da",
        "dos",
        "di",
        "al",
        "ben",
        "bin",
        "el",
    }
)


class Token(NamedTuple):
    """A word (or a punctuation mark) of the text and where it stands."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        """True for a word, False for punctuation."""
        return self.text[:1].isalnum()

    @property
    def is_elision(self) -> bool:
        """True for an elided word that ends with an apostrophe ("l’", "qu’")."""
        return self.text.endswith(("’", "'"))


@functools.cache
def _token_pattern() -> regex.Pattern[str]:
    # An elided article or pronoun (l’, d’, qu’, jusqu’…) comes off the word it precedes,
    # so that "l’OTSC" is two tokens; "M." and "Mme" keep their period; hyphenated names
    # ("Kassym-Zhomart", "Alma-Ata") and inner apostrophes of names stay one word.
    return regex.compile(
        r"""
        (?:(?<![\p{L}\p{M}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|presqu)[’'](?=[\p{L}\p{N}]))
        | (?:M\.|Mme|Mlle|Me|Mgr|Dr)(?![\p{L}])
        | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-’'.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
        | [^\s\p{L}\p{N}]
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``."""
    pattern = _token_pattern()
    return [
        Token(m.start(), m.end(), m.group())
        for m in pattern.finditer(text, start, len(text) if end is None else end)
    ]


def is_capitalized(word: str) -> bool:
    """True for a word whose first letter is upper case ("Tokayev", "OTSC", "Alma-Ata")."""
    return word[:1].isupper()


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(read_table("stopwords"))


def is_stopword(word: str) -> bool:
    """True for a French function word or sentence opener, in any case ("Selon", "l'")."""
    return word.lower().replace("'", "’") in _stopwords()
