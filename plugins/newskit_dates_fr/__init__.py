"""newskit plugin: French temporal expressions, normalized to TimeML TIMEX3 and anchored.

Finds dates, times, durations and sets in French text ("au début de 2022", "le matin du
5 janvier", "il y a quatre jours", "deux fois par semaine") and gives each a TIMEX3 value
anchored to the publication date when there is one, to the narrative otherwise. See
``docs/plugins/dates.rst``.

>>> import datetime
>>> from newskit_dates_fr import find_dates
>>> [(d.text, d.value) for d in find_dates("Le 7 janvier 2022, puis la veille.")]
[('Le 7 janvier 2022', '2022-01-07'), ('la veille', '2022-01-06')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import newskit
from newskit import TimeExpression
from newskit_dates_fr.extract import find_dates

__all__ = ["find_dates", "handles", "newskit_find_dates"]


def handles(lang: str) -> bool:
    """True for French: ``fr`` and its regional variants (``fr_BE``, ``fr-CA``…)."""
    return lang.lower() == "fr" or lang.lower().startswith(("fr_", "fr-"))


@newskit.hookimpl
def newskit_find_dates(text: str, lang: str, anchor: dt.date | None) -> Iterable[TimeExpression]:
    """The dates stage for French text; nothing for other languages."""
    if not handles(lang):
        return []
    return find_dates(text, anchor)
