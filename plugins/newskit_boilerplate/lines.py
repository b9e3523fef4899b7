"""Cut a flattened page into its non-blank lines, with offsets and the range to delete for each."""

from __future__ import annotations

import attrs

__all__ = ["Line", "split_lines"]


@attrs.frozen(slots=True)
class Line:
    """A non-blank line of the ingested text.

    ``content`` is the line without surrounding white space; ``cut`` is the range that
    removes the line cleanly: from its first column to the start of the next non-blank
    line (its trailing newlines go with it), or, for the last line of the text, from the
    end of the previous line (so the clean text does not end on dangling blank lines).
    """

    index: int
    start: int  #: offset of the line's first column
    end: int  #: offset of its newline (or the end of the text)
    content: str
    gap_before: int  #: newlines between this line and the previous non-blank one (0 for the first)
    cut: tuple[int, int]

    @property
    def words(self) -> int:
        """Number of white-space separated words."""
        return len(self.content.split())


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, in order."""
    raw: list[tuple[int, int, str, int]] = []
    pos = 0
    length = len(text)
    newlines = 0
    while pos <= length:
        end = text.find("\n", pos)
        if end < 0:
            end = length
        content = text[pos:end].strip()
        if content:
            raw.append((pos, end, content, newlines))
            newlines = 0
        newlines += 1
        pos = end + 1
    lines = []
    last = len(raw) - 1
    for index, (start, end, content, gap) in enumerate(raw):
        if index < last:
            cut = (start, raw[index + 1][0])
        elif index > 0:
            cut = (raw[index - 1][1], length)
        else:
            cut = (0, length)
        lines.append(Line(index, start, end, content, gap if index else 0, cut))
    return lines
