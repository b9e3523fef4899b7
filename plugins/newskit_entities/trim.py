"""Trim a candidate to the name itself, or drop it when it names nothing.

Rules: no determiner or elided article at the edges ("la France" -> "France", "l’OTSC" ->
"OTSC"); no quote marks, dashes or stray tokens ("n’", "qu’"); no leading common words
("paix de Biélorussie" -> "Biélorussie") or titles ("président Macron" -> "Macron"); no
generic trailing complement ("Conseil de sécurité de la république"); nothing that is only a
nationality ("biélorusse"), a title ("Président") or a capitalized common word ("État").
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import (
    article_names,
    complements,
    fold,
    nationalities,
    not_entities,
    titles,
)
from newskit_entities.words import (
    NAME_PARTICLES,
    Token,
    is_capitalized,
    is_stopword,
    tokenize,
    tokens_within,
)

__all__ = ["LOWERCASE_HEADS", "drop_reason", "trim"]

#: Lower-case words that may open an organisation's name ("ministère de la Défense").
LOWERCASE_HEADS = frozenset({"ministère", "cour", "tribunal", "secrétariat"})


def _is_title(tokens: list[Token], index: int) -> int:
    """How many tokens from ``index`` form a title ("Premier ministre" is 2), or 0."""
    if tokens[index].text.lower() not in _title_first_words():
        return 0  # most words: no title starts with them
    for width in (2, 1):
        words = tokens[index : index + width]
        if len(words) == width and " ".join(t.text for t in words).lower() in _titles_lower():
            return width
    return 0


@functools.cache
def _titles_lower() -> frozenset[str]:
    return frozenset(t.lower() for t in titles())


@functools.cache
def _title_first_words() -> frozenset[str]:
    # A title of two tokens is matched as their texts joined by one space: its first token
    # is what comes before its first space (tokens hold no space).
    return frozenset(t.split(" ")[0] for t in _titles_lower())


def _strip_head(text: str, tokens: list[Token], rules: frozenset[str]) -> list[Token]:
    """Drop the tokens before the name: punctuation, determiners, titles, common words."""
    while tokens:
        first = tokens[0]
        if (
            not first.is_word
            or first.is_elision
            or (is_stopword(first.text) and not _keeps_capital_article(text, tokens))
        ):
            tokens = tokens[1:]
        elif width := _is_title(tokens, 0):
            tokens = tokens[width:]
        elif fold(first.text).lower() in nationalities() or (
            not is_capitalized(first.text)
            and first.text not in LOWERCASE_HEADS
            and "leading" in rules
        ):
            tokens = tokens[1:]
        else:
            break
    return tokens


def _keeps_capital_article(text: str, tokens: list[Token]) -> bool:
    """True when a capitalized "Le"/"La" belongs to the name ("Le Havre", "Marine Le Pen")."""
    first = tokens[0]
    if first.text not in {"Le", "La", "Les"} or len(tokens) < 2:
        return False
    if any(fold(text[first.start :]).startswith(name) for name in article_names()):
        return True
    # Inside a person's name the article follows a first name: "Bruno Le Maire".
    before = text[max(0, first.start - 30) : first.start].split()
    return (
        bool(before)
        and is_capitalized(before[-1])
        and before[-1][-1:].isalpha()
        and not is_stopword(before[-1])
    )


#: Lower-case words that may stand inside a person's name.
# Trimming also takes Spanish "y" ("Ortega y Gasset") for a name particle.
_NAME_PARTICLES = NAME_PARTICLES | {"y"}


def _person_words(tokens: list[Token]) -> list[Token]:
    """A person's name ends before its first lower-case word that is no particle
    ("Recep Tayyip Erdogan à Ankara" -> "Recep Tayyip Erdogan")."""
    for index, token in enumerate(tokens):
        if (
            index
            and token.is_word
            and not is_capitalized(token.text)
            and fold(token.text) not in _NAME_PARTICLES
        ):
            return tokens[:index]
    return tokens


_QUOTES = frozenset('«»“”„"‹›')


def _before_quote(text: str, tokens: list[Token]) -> list[Token]:
    """A name never spans a quote mark: keep the first part that has a capitalized word."""
    if not tokens or _QUOTES.isdisjoint(text[tokens[0].start : tokens[-1].end]):
        return tokens  # no quote mark: one part
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in _QUOTES:
            parts.append([])
        else:
            parts[-1].append(token)
    for part in parts:
        if any(t.is_word and is_capitalized(t.text) for t in part):
            return part
    return parts[0]


def _strip_tail(text: str, tokens: list[Token], label: EntityLabel) -> list[Token]:
    """Drop the tokens after the name: punctuation, generic complements, nationalities."""
    while tokens:
        last = tokens[-1]
        if not last.is_word or last.is_elision or is_stopword(last.text):
            tokens = tokens[:-1]
            continue
        tail = _complement_at_end(text, tokens)
        if tail:
            tokens = tokens[:-tail]
            continue
        if (
            label is not EntityLabel.ORG
            and len(tokens) > 1
            and not is_capitalized(last.text)
            and fold(last.text) in nationalities()
        ):
            tokens = tokens[:-1]
            continue
        break
    return tokens


@functools.cache
def _spaced_complements() -> tuple[str, ...]:
    return tuple(" " + complement for complement in complements())


def _complement_at_end(text: str, tokens: list[Token]) -> int:
    """The number of tokens of a generic complement ending the span, or 0."""
    end = tokens[-1].end
    span = fold(text[tokens[0].start : end])
    if not span.endswith(_spaced_complements()):
        return 0  # most spans: one test for all the complements
    for complement in complements():
        if span.endswith(" " + complement):
            start = end - len(complement)
            return sum(1 for t in tokens if t.start >= start)
    return 0


def trim(
    text: str,
    candidate: Candidate,
    rules: frozenset[str],
    tokens: list[Token] | None = None,
) -> Candidate | None:
    """The candidate without the words around the name, or None when no word is left.

    ``rules`` may hold ``"leading"``: also drop leading lower-case common words. ``tokens``,
    the text's tokens (``tokenize(text)``), spare tokenizing the candidate anew.
    """
    if tokens is None:
        tokens = tokenize(text, candidate.start, candidate.end)
    else:
        tokens = tokens_within(text, tokens, candidate.start, candidate.end)
    tokens = _before_quote(text, tokens)
    tokens = _strip_head(text, tokens, rules)
    if candidate.label is EntityLabel.PER:
        tokens = _person_words(tokens)
    tokens = _strip_tail(text, tokens, candidate.label)
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    if start == candidate.start and end == candidate.end:
        return candidate  # most candidates: nothing to trim
    return Candidate(start, end, candidate.label, candidate.source)


#: Characters that are neither letters nor marks: an elided word may start right after them.
_NOT_LETTERS = frozenset(" \n\t\u00a0’'()«»\"“”-—–.,;:!?/")


def _surface_tokens(text: str, candidate: Candidate, tokens: list[Token] | None) -> list[Token]:
    """The tokens of the candidate's folded surface as a text of its own.

    They are the text's tokens over the candidate (``tokens``) when nothing told them
    apart: the surface is NFC (folding only changes apostrophes, which tokenize alike)
    and what precedes it is no letter (an elided word at its start stands apart alike).
    """
    surface = candidate.surface(text)
    if (
        tokens is not None
        and (candidate.start == 0 or text[candidate.start - 1] in _NOT_LETTERS)
        and unicodedata.is_normalized("NFC", surface)
    ):
        return tokens_within(text, tokens, candidate.start, candidate.end)
    return tokenize(fold(surface))


def drop_reason(text: str, candidate: Candidate, tokens: list[Token] | None = None) -> str | None:
    """Why the candidate names no entity, or None when it may.

    ``tokens``, the text's tokens (``tokenize(text)``), spare tokenizing the candidate anew.
    """
    surface = fold(candidate.surface(text))
    words = _surface_tokens(text, candidate, tokens)
    if not any(w.is_word and w.text[:1].isalpha() for w in words):
        return "no word"
    if not is_capitalized(surface) and surface.split()[0] not in LOWERCASE_HEADS:
        return "lower case"
    if surface in not_entities():
        return "common word"
    lower = surface.lower()
    if lower in nationalities() or lower.rstrip("s") in nationalities():
        return "nationality"
    if lower in _titles_lower():
        return "title"
    if len(words) == 1 and is_stopword(surface):
        return "function word"
    if len(surface) == 1:
        return "single letter"
    if len(words) <= 3 and _after_portfolio(text[max(0, candidate.start - 40) : candidate.start]):
        return "portfolio"
    return None


def _after_portfolio(before: str) -> bool:
    """True when ``before`` ends with a minister's title and the article of a portfolio."""
    # The pattern ends with one of these words and spaces: a cheap test spares most searches
    # (casefold, as the pattern's case-insensitive match, reads "ſ" as "s").
    if not before.rstrip()[-3:].casefold().endswith(("la", "l’", "l'", "du", "des", "aux", "de")):
        return False
    return _portfolio().search(before) is not None


@functools.cache
def _portfolio() -> regex.Pattern[str]:
    # "le ministre de l’Intérieur", "la commissaire à la Concurrence": the domain of a
    # minister is no organisation by itself (the "ministère de l’Intérieur" is).
    return regex.compile(
        r"(?i:\b(?:ministre|commissaire|secrétaire d[’']État)(?:\s+\p{Ll}+)?\s+(?:de\s+la|de\s+l[’']|du|des|à\s+la|aux|chargée?\s+de\s+la|de)\s*)$"
    )
