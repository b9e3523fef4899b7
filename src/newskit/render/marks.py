"""Inline annotation layer: turns overlapping stand-off spans into properly nested HTML.

Annotations over a text may nest (an entity inside a claim) or cross (a date that starts
inside an entity and ends after it). HTML needs a tree, so the text is cut at every span
boundary; each piece is wrapped in the marks that cover it, outermost (earliest start,
then longest) first, and a mark that has to be closed early is reopened as a
*continuation* fragment. Every fragment of one annotation carries the same
``data-ann`` id, so a reader (or a test) can put an annotation back together.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from functools import cache

import regex
from attrs import field, frozen

from newskit.render._escape import attributes, esc

__all__ = ["Mark", "render_text"]


@frozen(kw_only=True)
class Mark:
    """One annotation to draw over ``[start, end)`` of the text.

    ``layer`` orders marks of equal extent (lower is outer). ``before`` is markup put
    right after the opening tag of the first fragment, ``after`` right before the closing
    tag of the last one: the visible badges that say what the mark is, so that no
    meaning rests on colour alone.
    """

    start: int
    end: int
    ident: str
    layer: int
    element: str = "mark"
    attrs: Mapping[str, object | None] = field(factory=dict)
    before: str = ""
    after: str = ""

    def opening(self, first: bool) -> str:
        extra = {} if first else {"data-part": "continued"}
        return f"<{self.element}{attributes({'data-ann': self.ident, **self.attrs, **extra})}>"

    def closing(self) -> str:
        return f"</{self.element}>"


@cache
def _paragraph_break() -> regex.Pattern[str]:
    return regex.compile(r"\r?\n(?:[ \t\r\u00a0]*\r?\n)+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of the paragraphs of ``text`` (split at blank lines)."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for match in _paragraph_break().finditer(text):
        ranges.append((position, match.start()))
        position = match.end()
    ranges.append((position, len(text)))
    return [(start, end) for start, end in ranges if text[start:end].strip()]


def _nesting_key(mark: Mark) -> tuple[int, int, int, str]:
    return (mark.start, -mark.end, mark.layer, mark.ident)


def _plain(text: str) -> str:
    return esc(text).replace("\r\n", "\n").replace("\n", "<br>\n")


def render_text(
    text: str,
    start: int,
    end: int,
    marks: Sequence[Mark],
    *,
    head: int | None = None,
    tail: int | None = None,
) -> str:
    """``text[start:end]`` as escaped HTML with every overlapping mark drawn, nested.

    ``[head, start)`` and ``[end, tail)`` are the white space around this paragraph that
    is not drawn: a mark that begins or ends there still gets its badges here.
    """
    head = start if head is None else head
    tail = end if tail is None else tail
    # A mark lying wholly in the undrawn white space (between paragraphs, or before the
    # first one when head is 0) covers no visible text; it is still drawn, empty, so that
    # no annotation goes missing from the page.
    leading = [m for m in marks if head == 0 < start and m.start < m.end <= start]
    trailing = [m for m in marks if end <= m.start < m.end <= tail]
    drawn_apart = {id(m) for m in (*leading, *trailing)}
    marks = [m for m in marks if id(m) not in drawn_apart]
    inside = sorted(
        (m for m in marks if m.start < end and start < m.end and m.start < m.end), key=_nesting_key
    )
    cuts = sorted({start, end} | {p for m in inside for p in (m.start, m.end) if start < p < end})
    out: list[str] = [_empty(m) for m in sorted(leading, key=_nesting_key)]
    stack: list[Mark] = []
    for left, right in itertools.pairwise(cuts):
        wanted = [m for m in inside if m.start <= left and right <= m.end]
        keep = _common_prefix(stack, wanted)
        _close(out, stack, keep, left, left)
        for mark in wanted[keep:]:
            first = mark.start == left or (left == start and mark.start >= head)
            out.append(mark.opening(first))
            if first:
                out.append(mark.before)
            stack.append(mark)
        out.append(_plain(text[left:right]))
    _close(out, stack, 0, end, tail)
    out.extend(_empty(m) for m in sorted(trailing, key=_nesting_key))
    return "".join(out)


def _empty(mark: Mark) -> str:
    return mark.opening(True) + mark.before + mark.after + mark.closing()


def _common_prefix(stack: Sequence[Mark], wanted: Sequence[Mark]) -> int:
    count = 0
    for have, want in zip(stack, wanted, strict=False):
        if have is not want:
            break
        count += 1
    return count


def _close(out: list[str], stack: list[Mark], keep: int, at: int, last: int) -> None:
    # A mark ends for good when its end lies in [at, last]: at the cut, or in the
    # undrawn white space after the paragraph.
    while len(stack) > keep:
        mark = stack.pop()
        if at <= mark.end <= last:
            out.append(mark.after)
        out.append(mark.closing())
