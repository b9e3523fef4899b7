"""A quantity being read, and the words before a number: the state the readers share."""

from __future__ import annotations

from decimal import Decimal

import attrs

from newskit.types import QuantityKind

__all__ = [
    "COUNT", "MEASURE", "MONEY", "MULTIPLIER", "NUMBER", "ORDINAL", "PERCENT",
    "Reading", "Tail", "unelided",
]  # fmt: skip

# The kinds, bound to plain names: on Python 3.11 each ``QuantityKind.NUMBER`` is an enum
# class-attribute lookup of half a microsecond, and the readers test kinds many times on
# every candidate number.
COUNT = QuantityKind.COUNT
MEASURE = QuantityKind.MEASURE
MONEY = QuantityKind.MONEY
MULTIPLIER = QuantityKind.MULTIPLIER
NUMBER = QuantityKind.NUMBER
ORDINAL = QuantityKind.ORDINAL
PERCENT = QuantityKind.PERCENT


@attrs.define
class Reading:
    """A quantity being read (mutable while the finder fills it; never leaves the package)."""

    start: int
    end: int
    value: Decimal | None
    kind: QuantityKind = QuantityKind.NUMBER
    unit: str | None = None
    approximate: bool = False
    lower: Decimal | None = None
    upper: Decimal | None = None
    bound: str | None = None
    scaled: bool = False  #: ends in a scale or collective word: "de" may introduce the unit
    year_like: bool = False
    single_word: str | None = None  #: the word, when the number is one word alone


#: Elided words glued to the next one ("l’article", "d’environ"); "jusqu’à" is one phrase.
_ELIDED = frozenset({"l", "d", "qu", "j", "n", "s", "m", "t", "c"})


class Tail:
    """The last words of the text before a number; their offsets are computed only if asked."""

    __slots__ = ("_offsets", "count", "window", "words")

    def __init__(self, window: str, count: int) -> None:
        parts = window.rsplit(None, count)
        self.window = window
        self.words = parts[1:] if len(parts) > count else parts
        self.count = len(self.words)
        self._offsets: list[int] | None = None

    def last(self, index: int = 1) -> str:
        """The ``index``-th word from the end ("" when there are fewer)."""
        return self.words[-index] if self.count >= index else ""

    def offset(self, index: int) -> int:
        """Offset in the window of the ``index``-th word from the end."""
        if self._offsets is None:
            offsets = []
            end = len(self.window)
            for part in reversed(self.words):
                end = self.window.rindex(part, 0, end)
                offsets.append(end)
            self._offsets = offsets
        return self._offsets[index - 1]


def unelided(token: str) -> str:
    """ "l’article" -> "article"; "d’" stays (it is the elided word itself)."""
    if "’" not in token and "'" not in token:
        return token
    for apostrophe in ("’", "'"):
        head, _, rest = token.rpartition(apostrophe)
        if rest and head.lower() in _ELIDED:
            return rest
    return token
