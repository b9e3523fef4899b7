"""Labels from the words around a mention.

- A title before a name makes it a person: "le président kazakh Kassym-Zhomart Tokayev",
  "M. Dupont", "la Première ministre, Élisabeth Borne".
- A place word makes it a place: "les villes de Zhanaozen et d’Aktau", "Alma-Ata,
  l’ancienne capitale", "près de Bakhmout", "au large d’Okinawa".
- A spokesperson's or press service's employer is an organisation: "le service de presse du
  Kremlin", "selon l’agence TASS".
- A name the gazetteer knows is a place ("Kazakhstan"), whatever the model said.
- A seat of power is the institution when it acts ("le Kremlin a rejeté"), a place after a
  preposition of place ("reçu à l’Élysée").
"""

from __future__ import annotations

import functools

import regex

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.gazetteer import place_names
from newskit_entities.lexicon import fold, read_table, titles
from newskit_entities.tries import trie_pattern

__all__ = ["relabel"]

# One adjective may stand between the title and the name ("président kazakh"), never a
# preposition or an article ("le maire de Paris" does not make Paris a person).
_ADJECTIVE = r"(?:\s+(?!(?:de|du|des|d|à|au|aux|en|la|le|les|l)\b)\p{Ll}[\p{L}-]*)?"


# The cue patterns below are only asked whether they match at the end of a window, never
# where: they are read right to left (REVERSE), so a search starts at the end instead of
# trying every position from the left.


@functools.cache
def _person_before() -> regex.Pattern[str]:
    # The title, an optional adjective ("kazakh", "général"), an optional comma: at the end.
    # \Z rather than $: a match before a final newline, which $ allows, is also one that
    # takes the newline among the spaces before the end, and \Z is tried at one place only.
    return regex.compile(
        rf"(?i:(?<![\p{{L}}])(?:{trie_pattern(titles(), shared_endings=True)})){_ADJECTIVE},?\s+\Z",
        regex.REVERSE,
    )


_PLACE_WORDS = (
    r"(?:villes?|capitale|région|province|localité|village|port|commune|près|"
    r"au\s+large|au\s+nord|au\s+sud|à\s+l[’']est|à\s+l[’']ouest|originaire|environs)"
)


@functools.cache
def _place_before() -> regex.Pattern[str]:
    """A place word and "de" ("villes de "), or "et de" after a place."""
    return regex.compile(
        rf"(?i:\b{_PLACE_WORDS}\s+(?:de\s+|d[’']))$|(?i:\bet\s+(?:de\s+|d[’']))$",
        regex.REVERSE,
    )


@functools.cache
def _place_word_before() -> regex.Pattern[str]:
    """A place word and "de" only ("villes de ", not "et de ")."""
    return regex.compile(rf"(?i:\b{_PLACE_WORDS}\s+(?:de\s+|d[’']))$", regex.REVERSE)


@functools.cache
def _place_after() -> regex.Pattern[str]:
    return regex.compile(
        r"^,\s+(?:l[’']ancienne\s+|la\s+|une\s+)?(?:capitale|ville|localité|région)\b"
    )


@functools.cache
def _org_before() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i:\b(?:service\s+de\s+presse|porte-parole|communiqué|agence|syndicat|groupe|"
        r"parti|organisation|entreprise|société|club)\s+(?:du\s+|de\s+la\s+|de\s+l[’']|de\s+|d[’'])?)$",
        regex.REVERSE,
    )


def _after_place_list(text: str, candidate: Candidate, previous: Candidate | None) -> bool:
    """True for the second of "villes de X et d’Y" once X was found a place."""
    return (
        previous is not None
        and previous.label is EntityLabel.LOC
        and _may_end_with_de(text[max(0, candidate.start - 6) : candidate.start])
        and bool(_place_before().search(text[max(0, candidate.start - 6) : candidate.start]))
        and text[previous.end : candidate.start].strip().startswith("et")
    )


@functools.cache
def _place_preposition() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i:\b(?:à|au|dans|devant|depuis|vers|sur)\s+(?:l[’']|le\s+|la\s+)?)$", regex.REVERSE
    )


@functools.cache
def _seats() -> frozenset[str]:
    return frozenset(read_table("seats"))


def _person_cue(before: str) -> bool:
    # The pattern ends with spaces: a window that does not is settled without it (every
    # character the pattern's \s takes is one Python calls a space).
    return before[-1:].isspace() and _person_before().search(before) is not None


def _may_end_with_de(window: str) -> bool:
    """False when ``window`` cannot match :func:`_place_before`: it does not end with "de"
    or "d’" (either case) before its trailing spaces.

    A cheap test first, as most names follow no such word. Python's ``rstrip`` takes off
    every space the pattern's ``\\s`` matches (and a few control characters more): a
    window the pattern matches always passes.
    """
    return window.rstrip()[-2:].lower() in {"de", "d’", "d'"}


def _place_cue(text: str, candidate: Candidate, before: str, previous: Candidate | None) -> bool:
    near = before[-30:]
    # "et de" after a place is _after_place_list's: no place word starts with "et".
    if _may_end_with_de(near) and _place_word_before().search(near):
        return True
    # The pattern opens with a comma: most names are followed by none.
    if text[candidate.end : candidate.end + 1] == "," and _place_after().search(
        text[candidate.end : candidate.end + 40]
    ):
        return True
    return _after_place_list(text, candidate, previous)


def relabel(text: str, candidates: list[Candidate], *, gazetteer: bool = True) -> list[Candidate]:
    """The candidates with labels corrected from context; rule-made candidates are kept.

    With ``gazetteer``, a name the gazetteer knows is a place whatever the context.
    """
    result: list[Candidate] = []
    seats = _seats()
    places = place_names() if gazetteer else frozenset()
    for candidate in candidates:
        label = candidate.label
        if candidate.source in {"model", "capitalized"}:
            start = candidate.start
            before = text[max(0, start - 60) : start]
            previous = result[-1] if result else None
            folded = fold(text[start : candidate.end])
            if folded in seats:
                label = EntityLabel.LOC if _place_preposition().search(before) else EntityLabel.ORG
            elif folded in places:
                label = EntityLabel.LOC
            elif _person_cue(before):
                label = EntityLabel.PER
            elif _place_cue(text, candidate, before, previous):
                label = EntityLabel.LOC
            elif label is not EntityLabel.PER and _org_before().search(before[-30:]):
                label = EntityLabel.ORG
        result.append(candidate if label is candidate.label else candidate._replace(label=label))
    return result
