"""newskit plugin: quantities in French news text, normalized to exact values with units.

>>> from newskit_numbers import find_quantities
>>> [(q.text, q.value, q.unit) for q in find_quantities("18 agents de sécurité ont été tués.")]
[('18 agents de sécurité', Decimal('18'), 'agents de sécurité')]

The hook implementation reads the dates the host found and skips the numbers inside
them; it also recognizes dates, times, phone numbers, postcodes and identifiers itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from newskit import Pipeline, Quantity, TimeExpression, hookimpl
from newskit_numbers.finder import find_quantities
from newskit_numbers.parse import parse_number

__all__ = ["find_quantities", "newskit_find_quantities", "parse_number"]


@hookimpl
def newskit_find_quantities(
    text: str, lang: str, dates: tuple[TimeExpression, ...], pipeline: Pipeline
) -> Iterable[Quantity]:
    """The host's quantities hook: :func:`find_quantities` with the dates as spans to skip."""
    return find_quantities(text, lang=lang, skip=dates)
