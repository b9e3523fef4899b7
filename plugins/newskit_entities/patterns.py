"""Organisations by pattern: a head noun, its adjectives and the complements of its name.

"ministère biélorusse de la Défense", "ministère de l’Europe et des Affaires étrangères",
"Conseil de sécurité collective", "Organisation du traité de sécurité collective",
"Parti socialiste", "cour d’appel de Lyon". The name stops before a generic complement
("de la république"), an acronym ("de l’OTSC": its own entity), a second complement with
an article and a common noun, a verb or punctuation.
"""

from __future__ import annotations

import functools

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import complements, fold, nationalities, org_heads
from newskit_entities.words import (
    Token,
    capitalized_indices,
    indices_of,
    is_acronym,
    is_capitalized,
    is_stopword,
)

__all__ = ["ADJECTIVE_ENDINGS", "org_candidates"]

#: Endings of French adjectives that follow a head in an organisation's name ("constitutionnel",
#: "mondiale", "socialiste", "étrangères", "collective"). Past participles (-é) are left out:
#: they are more often the verb that follows the name.
ADJECTIVE_ENDINGS = (
    "al",
    "ale",
    "ales",
    "aux",
    "el",
    "elle",
    "els",
    "elles",
    "ien",
    "ienne",
    "iens",
    "iennes",
    "éen",
    "éenne",
    "éens",
    "éennes",
    "ique",
    "iques",
    "iste",
    "istes",
    "aire",
    "aires",
    "if",
    "ive",
    "ifs",
    "ives",
    "eur",
    "eure",
    "eurs",
    "ère",
    "ères",
    "ier",
    "iers",
    "ière",
    "ières",
    "ain",
    "aine",
    "ains",
    "aines",
    "ate",
    "ates",
    "ble",
    "bles",
    "oire",
    "oires",
    "ant",
    "ante",
    "ants",
    "antes",
    "ent",
    "ente",
    "ents",
    "entes",
)
_DIRECTIONS = frozenset({"nord", "sud", "est", "ouest", "centrale", "central"})
_PREPOSITIONS = frozenset({"de", "du", "des", "d’", "aux"})
_ARTICLES = frozenset({"la", "l’"})
#: Lower-case heads whose name needs a capitalized complement ("cour d’appel de Lyon").
_LOWER_HEADS = frozenset({"ministère", "secrétariat", "cour", "tribunal"})
_COURT_WORDS = frozenset(
    {"appel", "administratif", "administrative", "correctionnel", "judiciaire", "pénale"}
)


def _word(token: Token) -> str:
    return fold(token.text)


def _is_adjective(token: Token, *, allow_nationality: bool) -> bool:
    word = _word(token)
    if not token.is_word or is_capitalized(word) or is_stopword(word):
        return False
    if word in _DIRECTIONS:
        return True
    if word in nationalities():
        return allow_nationality
    return word.endswith(ADJECTIVE_ENDINGS) and len(word) > 4


@functools.cache
def _two_word_head_starts() -> frozenset[str]:
    # A head of two tokens is matched as their folded texts joined by one space: its first
    # token is what comes before the space ("Haute Autorité").
    return frozenset(head.split(" ")[0] for head in org_heads() if " " in head)


def _head_width(tokens: list[Token], index: int) -> int:
    """How many tokens from ``index`` form an organisation head, or 0."""
    raw = tokens[index].text
    if not raw[:1].isupper() and raw not in _LOWER_HEADS:
        return 0  # most tokens: no fold, no lookup
    word = _word(tokens[index])
    if (
        word in _two_word_head_starts()
        and index + 1 < len(tokens)
        and f"{word} {_word(tokens[index + 1])}" in org_heads()
    ):
        return 2
    if word in org_heads() or word in _LOWER_HEADS:
        return 1
    return 0


def _complement_starts(text: str, token: Token) -> bool:
    tail = fold(text[token.start : token.start + 40])
    return any(
        tail.startswith(c) and not tail[len(c) : len(c) + 1].isalnum() for c in complements()
    )


def _scan(text: str, tokens: list[Token], index: int) -> tuple[int, bool] | None:
    """Match an organisation's name at ``tokens[index]``: (last token index, has a capital complement)."""
    width = _head_width(tokens, index)
    if not width:
        return None
    head = _word(tokens[index])
    last = index + width - 1
    j = last + 1
    # Adjectives and names right after the head: "Parti socialiste", "Institut Pasteur",
    # "ministère biélorusse".
    while j < len(tokens) and (
        _is_adjective(tokens[j], allow_nationality=True)
        or (
            is_capitalized(head)
            and is_capitalized(tokens[j].text)
            and tokens[j].is_word
            and not is_stopword(tokens[j].text)
            and not is_acronym(tokens[j].text)
        )
        or (head in _LOWER_HEADS and _word(tokens[j]) in _COURT_WORDS)
        or (
            head in _LOWER_HEADS
            and _word(tokens[j]) == "d’"
            and j + 1 < len(tokens)
            and _word(tokens[j + 1]) == "appel"
        )
    ):
        last = j
        j += 1
    complements_seen = 0
    capital_complement = False
    while j < len(tokens):
        k = j
        if _word(tokens[k]) == "et" and complements_seen:
            k += 1
        if k >= len(tokens) or _word(tokens[k]).lower() not in _PREPOSITIONS:
            break
        if _complement_starts(text, tokens[k]):
            break
        has_article = _word(tokens[k]).lower() in {"du", "des", "aux"}
        k += 1
        if (
            k < len(tokens)
            and _word(tokens[k]).lower() in _ARTICLES
            and _word(tokens[k - 1]).lower() == "de"
        ):
            has_article = True
            k += 1
        if k >= len(tokens) or not tokens[k].is_word:
            break
        noun = tokens[k]
        if is_capitalized(noun.text):
            if is_acronym(noun.text):
                break
            capital_complement = True
        elif is_stopword(noun.text) or (has_article and complements_seen) or head in _LOWER_HEADS:
            break
        last = k
        k += 1
        while k < len(tokens) and (
            _is_adjective(tokens[k], allow_nationality=False)
            or (
                is_capitalized(noun.text)
                and is_capitalized(tokens[k].text)
                and tokens[k].is_word
                and not is_stopword(tokens[k].text)
                and not is_acronym(tokens[k].text)
            )
        ):
            last = k
            k += 1
        complements_seen += 1
        j = k
    if last == index + width - 1:
        return None  # a bare head ("le Conseil") is left to the model
    return last, capital_complement


def org_candidates(text: str, tokens: list[Token]) -> list[Candidate]:
    """Organisation names found by pattern, longest match at each head."""
    found: list[Candidate] = []
    index = 0
    # A name starts at a head: capitalized, or one of the few lower-case heads.
    lower = [i for head in _LOWER_HEADS for i in indices_of(text, tokens, head)]
    heads = sorted([*capitalized_indices(tokens), *lower]) if lower else capitalized_indices(tokens)
    for head_index in heads:
        if head_index < index:
            continue
        index = head_index
        match = _scan(text, tokens, index)
        if match is None:
            continue
        last, capital_complement = match
        head = _word(tokens[index])
        if head in _LOWER_HEADS and not capital_complement:
            continue
        found.append(Candidate(tokens[index].start, tokens[last].end, EntityLabel.ORG, "pattern"))
        index = last + 1
    return found
