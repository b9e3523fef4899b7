"""Word tokens with offsets, as the rule layer sees them: elided articles are tokens of their own."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from typing import NamedTuple

import regex

from newskit_entities.lexicon import read_table

__all__ = [
    "NAME_PARTICLES",
    "Token",
    "Tokens",
    "capitalized_indices",
    "indices_of",
    "is_acronym",
    "is_capitalized",
    "is_name_word",
    "is_stopword",
    "token_starts",
    "tokenize",
    "tokens_within",
]


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
        return self.text.endswith(_APOSTROPHES)


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


#: Characters Python's ``str.split`` takes for spaces and the token pattern does not (it reads
#: them as punctuation): a text with one of them is tokenized by the pattern alone.
_SPLIT_ONLY_SPACES = frozenset("\x1c\x1d\x1e\x1f")
#: Marks that stand before or after a word and are tokens of their own ("(OTSC),", "«Non»").
_OPENING = '([«"“'
_CLOSING = ',.;:!?)]»"”…'
_ELIDED = frozenset(
    {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "presqu"}
)
#: Elided one-letter words, either case ("l’", "D’"): they stand apart before a letter.
_ELIDED_LETTERS = frozenset("cdjlmnstCDJLMNST")
#: Both apostrophes (a tuple, for ``endswith`` as for ``in``).
_APOSTROPHES = ("’", "'")
#: "M." is one token, the title with its period ("m." too: the pattern ignores case).
_TITLE_M = frozenset({"M", "m"})
#: Titles the pattern cuts off what follows them unless it is a letter ("Dr-1": "Dr", "-", "1").
_TITLES = frozenset({"mme", "mlle", "me", "mgr", "dr"})


def _is_one_word(word: str) -> bool:
    """True for letters only or digits only: the pattern reads it as one token."""
    return word.isalpha() or word.isdigit()


def _core_tokens(core: str, after_space: bool) -> list[str] | None:
    """The tokens of a word without marks around it, when it has a common shape, else None.

    "Kazakhstan", "2022", "l’armée", "jusqu’au", "Alma-Ata", "Covid-19".
    """
    if _is_one_word(core):
        return [core]
    apostrophe = min((i for i in (core.find("’"), core.find("'")) if i >= 0), default=-1)
    if apostrophe > 0:
        elided, rest = core[:apostrophe], core[apostrophe + 1 :]
        if after_space and elided.isascii() and elided.lower() in _ELIDED and _is_one_word(rest):
            return [core[: apostrophe + 1], rest]
        return None
    parts = core.split("-")
    if (
        len(parts) > 1
        and parts[0].lower() not in _TITLES
        and _is_one_word(parts[0])
        and all(part.isalnum() for part in parts[1:])
    ):
        return [core]
    return None


#: Item 0: a token's start, or a word's first character.
_FIRST = operator.itemgetter(0)
_TEXT = operator.itemgetter(2)


class Tokens(list[Token]):
    """The tokens of a text, in order, and (computed on first use) where each starts."""

    # Both lists are built by chains of C iterators (map, compress): no Python-level loop
    # over the tokens, which are hundreds to thousands per article.

    @functools.cached_property
    def starts(self) -> list[int]:
        """The start offset of each token: a sorted list to bisect."""
        return list(map(_FIRST, self))

    @functools.cached_property
    def capitalized(self) -> list[int]:
        """The indices of the tokens that start with an upper-case letter, in order."""
        # A token is never empty: its first character is its text's item 0.
        first_letters = map(_FIRST, map(_TEXT, self))
        return list(itertools.compress(itertools.count(), map(str.isupper, first_letters)))


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    No token crosses a space and the pattern starts afresh after one, so the text is cut at
    its spaces by ``str.split`` and its pieces of common shapes ("Kazakhstan,", "l’OTSC",
    "(OTSC)") are cut by string methods; the others go through the pattern. The tokens are
    the pattern's own (tests/entities/test_words.py compares them on random text), at a
    fraction of the cost: the pattern costs microseconds per call.
    """
    end = len(text) if end is None else end
    pattern = _token_pattern()
    piece = text[start:end]
    make = tuple.__new__
    if not _SPLIT_ONLY_SPACES.isdisjoint(piece):
        return Tokens(
            make(Token, (m.start(), m.end(), m.group())) for m in pattern.finditer(text, start, end)
        )
    tokens = Tokens()
    append = tokens.append
    position = start
    find = text.find
    for chunk in piece.split():
        position = find(chunk, position)
        after = position + len(chunk)
        if chunk.isalpha() or chunk.isdigit():  # one word: most chunks
            append(make(Token, (position, after, chunk)))
            position = after
            continue
        # The next two shapes are most of the rest: a word and its comma or period
        # ("Kazakhstan,"), an elided article or pronoun and its word ("l’armée").
        last = chunk[-1]
        if last in _CLOSING and chunk[:-1].isalpha() and chunk[:-1] not in _TITLE_M:
            append(make(Token, (position, after - 1, chunk[:-1])))
            append(make(Token, (after - 1, after, last)))
            position = after
            continue
        if (
            chunk[1:2] in _APOSTROPHES
            and chunk[0] in _ELIDED_LETTERS
            and chunk[2:].isalpha()
            and (position == 0 or text[position - 1].isspace())
        ):
            append(make(Token, (position, position + 2, chunk[:2])))
            append(make(Token, (position + 2, after, chunk[2:])))
            position = after
            continue
        core = chunk.lstrip(_OPENING)
        opening = len(chunk) - len(core)
        core = core.rstrip(_CLOSING)
        core_start = position + opening
        core_end = core_start + len(core)
        words = None
        if core:
            after_space = opening > 0 or position == 0 or text[position - 1].isspace()
            words = _core_tokens(core, after_space)
            if words and words[-1] in {"M", "m"} and text[core_end : core_end + 1] == ".":
                words = None  # "M.": a title, its period included
        if core and words is None:
            tokens += [
                make(Token, (m.start(), m.end(), m.group()))
                for m in pattern.finditer(text, position, after)
            ]
            position = after
            continue
        for index in range(position, core_start):
            append(make(Token, (index, index + 1, text[index])))
        for word in words or ():
            append(make(Token, (core_start, core_start + len(word), word)))
            core_start += len(word)
        for index in range(core_end, after):
            append(make(Token, (index, index + 1, text[index])))
        position = after
    return tokens


def tokens_within(text: str, tokens: list[Token], start: int, end: int) -> list[Token]:
    """``tokenize(text, start, end)``, read from ``tokens`` (the text's) when they fit the range.

    Tokens that begin at ``start`` and end at ``end`` are the range's own, but for a last
    elided word ("l’" stands apart only before a letter): that range is tokenized anew.
    """
    starts = token_starts(tokens)
    first = bisect.bisect_left(starts, start)
    stop = bisect.bisect_left(starts, end, lo=first)
    inside = tokens[first:stop]
    last = inside[-1] if inside else None
    if last is not None and inside[0].start == start and last.end == end and not last.is_elision:
        return inside
    return tokenize(text, start, end)


def capitalized_indices(tokens: list[Token]) -> list[int]:
    """The indices of ``tokens`` that start with an upper-case letter (kept with ``Tokens``)."""
    if isinstance(tokens, Tokens):
        return tokens.capitalized
    return [index for index, (_, _, word) in enumerate(tokens) if word[:1].isupper()]


def indices_of(text: str, tokens: list[Token], word: str) -> list[int]:
    """The indices of the tokens of ``text`` that are ``word``, found by string search."""
    starts = token_starts(tokens)
    found = []
    position = text.find(word)
    while position >= 0:
        index = bisect.bisect_left(starts, position)
        if index < len(tokens) and starts[index] == position and tokens[index].text == word:
            found.append(index)
        position = text.find(word, position + 1)
    return found


def token_starts(tokens: list[Token]) -> list[int]:
    """Where each of ``tokens`` starts (kept with the tokens when ``tokenize`` made them)."""
    return tokens.starts if isinstance(tokens, Tokens) else [t.start for t in tokens]


def is_name_word(word: str) -> bool:
    """True for a word that can stand in a run of name words: capitalized, not a digit
    first, not elided ("Tokayev", "OTSC", "Alma-Ata"; not "L’", "2022", "«")."""
    first = word[:1]
    return (
        first.isupper()
        and first.isalnum()
        and not first.isdigit()
        and not word.endswith(_APOSTROPHES)
    )


def is_acronym(word: str) -> bool:
    """True for a word of two letters or more, all of them upper case ("OTSC", "ONU")."""
    if word.isascii() and word.isalpha():
        return len(word) >= 2 and word.isupper()  # most words: every letter is cased
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_capitalized(word: str) -> bool:
    """True for a word whose first letter is upper case ("Tokayev", "OTSC", "Alma-Ata")."""
    return word[:1].isupper()


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(read_table("stopwords"))


def is_stopword(word: str) -> bool:
    """True for a French function word or sentence opener, in any case ("Selon", "l'")."""
    return word.lower().replace("'", "’") in _stopwords()
