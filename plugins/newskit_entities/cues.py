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
from newskit_entities.gazetteer import is_place_name
from newskit_entities.lexicon import fold, read_table, titles

__all__ = ["relabel"]

# One adjective may stand between the title and the name ("président kazakh"), never a
# preposition or an article ("le maire de Paris" does not make Paris a person).
_ADJECTIVE = r"(?:\s+(?!(?:de|du|des|d|à|au|aux|en|la|le|les|l)\b)\p{Ll}[\p{L}-]*)?"


@functools.cache
def _person_before() -> regex.Pattern[str]:
    names = sorted(titles(), key=len, reverse=True)
    alternation = "|".join(regex.escape(t).replace("’", "[’']") for t in names)
    # The title, an optional adjective ("kazakh", "général"), an optional comma: at the end.
    # Read right to left (REVERSE): the match must end the window, so the search starts
    # there instead of trying every position from the left; whether there is a match is
    # all that is asked.
    return regex.compile(rf"(?i:(?<![\p{{L}}])(?:{alternation})){_ADJECTIVE},?\s+$", regex.REVERSE)


@functools.cache
def _place_before() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i:\b(?:villes?|capitale|région|province|localité|village|port|commune|près|"
        r"au\s+large|au\s+nord|au\s+sud|à\s+l[’']est|à\s+l[’']ouest|originaire|environs)"
        r"\s+(?:de\s+|d[’']))$"
        r"|(?i:\bet\s+(?:de\s+|d[’']))$"
    )


@functools.cache
def _place_after() -> regex.Pattern[str]:
    return regex.compile(
        r"^,\s+(?:l[’']ancienne\s+|la\s+|une\s+)?(?:capitale|ville|localité|région)\b"
    )


@functools.cache
def _org_before() -> regex.Pattern[str]:
    return regex.compile(
        r"(?i:\b(?:service\s+de\s+presse|porte-parole|communiqué|agence|syndicat|groupe|"
        r"parti|organisation|entreprise|société|club)\s+(?:du\s+|de\s+la\s+|de\s+l[’']|de\s+|d[’'])?)$"
    )


def _after_place_list(text: str, candidate: Candidate, previous: Candidate | None) -> bool:
    """True for the second of "villes de X et d’Y" once X was found a place."""
    return (
        previous is not None
        and previous.label is EntityLabel.LOC
        and bool(_place_before().search(text[max(0, candidate.start - 6) : candidate.start]))
        and text[previous.end : candidate.start].strip().startswith("et")
    )


@functools.cache
def _place_preposition() -> regex.Pattern[str]:
    return regex.compile(r"(?i:\b(?:à|au|dans|devant|depuis|vers|sur)\s+(?:l[’']|le\s+|la\s+)?)$")


def _person_cue(before: str) -> bool:
    return _person_before().search(before) is not None


def _place_cue(text: str, candidate: Candidate, before: str, previous: Candidate | None) -> bool:
    near = before[-30:]
    place_word = _place_before().search(near)
    if place_word is not None and not place_word.group().lower().startswith("et"):
        return True
    if _place_after().search(text[candidate.end : candidate.end + 40]):
        return True
    return _after_place_list(text, candidate, previous)


def relabel(text: str, candidates: list[Candidate], *, gazetteer: bool = True) -> list[Candidate]:
    """The candidates with labels corrected from context; rule-made candidates are kept.

    With ``gazetteer``, a name the gazetteer knows is a place whatever the context.
    """
    result: list[Candidate] = []
    for candidate in candidates:
        label = candidate.label
        if candidate.source in {"model", "capitalized"}:
            before = text[max(0, candidate.start - 60) : candidate.start]
            previous = result[-1] if result else None
            if fold(candidate.surface(text)) in read_table("seats"):
                label = EntityLabel.LOC if _place_preposition().search(before) else EntityLabel.ORG
            elif gazetteer and is_place_name(candidate.surface(text)):
                label = EntityLabel.LOC
            elif _person_cue(before):
                label = EntityLabel.PER
            elif _place_cue(text, candidate, before, previous):
                label = EntityLabel.LOC
            elif label is not EntityLabel.PER and _org_before().search(before[-30:]):
                label = EntityLabel.ORG
        result.append(candidate if label is candidate.label else candidate._replace(label=label))
    return result
