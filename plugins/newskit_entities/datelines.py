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
    """The ``(start, end)`` ranges of the datelines of ``text``.

    A dateline opens a line: in a text of long lines (paragraphs), the pattern is tried at
    each line start only (:func:`_by_line`) rather than at every character; a text of many
    short lines is searched whole, one call to the pattern costing more than a line.
    """
    if text.count("\n") * _SHORT_LINE > len(text):
        return [(m.start(), m.end()) for m in _pattern().finditer(text)]
    return _by_line(text)


#: Below this average line length (in characters), searching the whole text is cheaper.
_SHORT_LINE = 32


def _by_line(text: str) -> list[tuple[int, int]]:
    """The datelines found by trying the pattern at each line start (found by a plain
    string search), where the search of the whole text would find them."""
    pattern = _pattern()
    ranges: list[tuple[int, int]] = []
    line_start = 0
    resume = 0  # a search goes on where the last dateline ended
    while True:
        if line_start >= resume:
            match = pattern.match(text, line_start)
            if match is not None:
                ranges.append((match.start(), match.end()))
                resume = match.end()
        newline = text.find("\n", line_start)
        if newline < 0:
            return ranges
        line_start = newline + 1
