"""Datelines: "PARIS —", "MOSCOU (Reuters) -" open a dispatch and name no entity of its story."""

from __future__ import annotations

import functools

import regex

__all__ = ["dateline_ranges"]


@functools.cache
def _pattern() -> regex.Pattern[str]:
    # At the start of a paragraph: a place in capitals, an optional agency in parentheses,
    # then a dash.
    return regex.compile(
        r"(?m)^[ \t]*\p{Lu}[\p{Lu}\p{M}'’ -]*\p{Lu}(?:\s*\([^()\n]{1,30}\))?\s*[—–-]",
    )


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges of the datelines of ``text``."""
    return [(m.start(), m.end()) for m in _pattern().finditer(text)]
