"""HTML escaping: the one place text and attribute values become markup."""

from __future__ import annotations

import html
from collections.abc import Mapping
from functools import cache

import regex

__all__ = ["attributes", "esc"]


@cache
def _invalid() -> regex.Pattern[str]:
    # Control characters other than tab/newline/carriage return, lone surrogates and
    # non-characters are parse errors in HTML: a browser would replace or drop them, so we
    # replace them ourselves and keep the page valid whatever the article holds.
    return regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\p{Cs}\ufffe\uffff]")


def esc(text: object) -> str:
    """``text`` as HTML character data or a quoted attribute value: nothing stays markup."""
    return html.escape(_invalid().sub("\ufffd", str(text)), quote=True)


def attributes(values: Mapping[str, object | None]) -> str:
    """`` name="value"`` pairs, escaped, in the given order; ``None`` values are left out."""
    return "".join(f' {name}="{esc(value)}"' for name, value in values.items() if value is not None)
