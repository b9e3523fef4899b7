"""What every reading of a match needs: the state of one call, and small shared helpers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypedDict

from newskit import AnchorKind, TimeExpression, TimexType
from newskit_dates_fr.anchoring import Anchoring, Reference
from newskit_dates_fr.lexicon import UNDOTTED_MONTHS, month_names

__all__ = [
    "EDGE_MOD",
    "Bounds",
    "Handler",
    "Run",
    "day_number",
    "direction_of",
    "month_number",
    "squash",
    "with_bounds",
    "year_of_month",
]

EDGE_MOD = {"début": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}


class Run:
    """The state of one call: the text, its lower-cased copy and the anchoring."""

    def __init__(self, text: str, lower: str, anchoring: Anchoring) -> None:
        self.text = text
        self.lower = lower
        self.anchoring = anchoring

    def make(
        self,
        start: int,
        end: int,
        type_: TimexType,
        value: str,
        reference: Reference | None = None,
        **kwargs: object,
    ) -> TimeExpression:
        """The expression covering ``text[start:end]``, recording how it was anchored.

        ``reference`` is what :class:`Anchoring` answered; None for an absolute value.
        """
        if reference is None:
            kind, anchor_value = AnchorKind.ABSOLUTE, None
        else:
            _, kind, anchor_value = reference
            if kind is AnchorKind.NONE:
                anchor_value = None
        return TimeExpression.of(
            self.text,
            start,
            end,
            type=type_,
            value=value,
            anchor=kind,
            anchor_value=anchor_value,
            **kwargs,
        )


def month_number(word: str) -> int:
    """The number of a month name or abbreviation, with or without its dot ("oct", "oct.")."""
    names = month_names()
    return names[word] if word in names else UNDOTTED_MONTHS[word]


def day_number(word: str) -> int:
    """The day of the month a word gives: "1er" and "premier" are the first."""
    return 1 if word in ("1er", "1ᵉʳ", "premier") else int(word)


class Bounds(TypedDict, total=False):
    """The :class:`~newskit.TimeExpression` fields a preposition sets (keywords of ``Run.make``)."""

    until: str
    begin: str
    mod: str | None


def with_bounds(pre: str | None, value: str) -> Bounds:
    """What a preposition says of ``value``: "jusqu'au" ends a range there, "depuis" begins
    one (and means after), "avant" is before, "vers" is about. As ``TimeExpression`` fields.
    """
    if not pre:
        return {}
    pre = squash(pre).removeprefix("peu ").removeprefix("juste ")
    if pre.startswith(("jusqu'", "d'ici")):
        return {"until": value}
    if pre.startswith("depuis"):
        return {"begin": value, "mod": "AFTER"}
    if pre.startswith(("dès", "à partir", "à compter")):
        return {"begin": value}
    if pre.startswith("avant"):
        return {"mod": "BEFORE"}
    if pre.startswith("après"):
        return {"mod": "AFTER"}
    if pre.startswith(("vers", "aux alentours", "autour")):
        return {"mod": "APPROX"}
    return {}


def direction_of(word: str | None) -> int:
    """-1 for "dernier", "passé", "précédent"; +1 for "prochain", "suivant"; 0 for nothing."""
    if not word:
        return 0
    return -1 if word.startswith(("dernier", "dernière", "passé", "précédent")) else 1


def year_of_month(
    run: Run, month: int, start: int, end: int
) -> tuple[int | None, AnchorKind, str | None]:
    """The year of a month given alone: the narrative's, else the publication's (news-style)."""
    year, kind, anchor_value = run.anchoring.year_ref()
    if kind is AnchorKind.PUBLICATION and run.anchoring.published is not None:
        published = run.anchoring.published
        tense = run.anchoring.tense(start, end)
        if tense < 0 and month > published.month:
            year = published.year - 1
        elif tense > 0 and month < published.month:
            year = published.year + 1
    return year, kind, anchor_value


def squash(words: str) -> str:
    """Words with their spaces (non-breaking ones too) made single and apostrophes straight."""
    return " ".join(words.replace("’", "'").split())


#: What reads one rule's match: a value, several ("les 5 et 6 janvier"), or None (no date).
Handler = Callable[[Run, re.Match[str]], TimeExpression | list[TimeExpression] | None]
