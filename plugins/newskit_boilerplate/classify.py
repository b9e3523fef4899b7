"""Decide which lines of a flattened page are boilerplate, from every signal a line carries.

Signals, strongest first: a learned site profile, the lexicon, the line's shape, then its
position and neighbourhood. Precision on the body comes first: a line that reads like
prose (see :func:`~newskit_boilerplate.shape.is_sentence_like`) is only removed by a
lexicon phrase that opens it, by a profile, or inside a comment section at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from newskit_boilerplate.lexicon import match_line
from newskit_boilerplate.lines import Line
from newskit_boilerplate.profile import SiteProfile
from newskit_boilerplate.shape import is_sentence_like, shape_reason

__all__ = ["classify"]

#: Lexicon keys that open a list of teasers or a comment section.
_LIST_HEADERS = frozenset({"related", "lire-aussi"})
_SECTION_ENDS = frozenset({"comments-header"})
#: A head or tail line this short and not ending like a sentence is a menu item or a label.
MAX_LABEL_WORDS = 4
#: A tail line this short without final punctuation is a teaser headline of a related list.
MAX_HEADLINE_WORDS = 20
#: Lines longer than this many characters are never looked up in the lexicon: prose.
MAX_LEXICON_CHARS = 400


def classify(
    lines: Sequence[Line], title: str | None, profile: SiteProfile | None = None
) -> list[str | None]:
    """The reason each line is boilerplate, or ``None`` for a line to keep."""
    count = len(lines)
    reasons: list[str | None] = [None] * count
    words = [line.words for line in lines]
    prose = [is_sentence_like(line.content, n) for line, n in zip(lines, words, strict=True)]
    protected = _title_index(lines, title)

    for i, line in enumerate(lines):
        if i == protected:
            continue
        content = line.content
        if profile is not None:
            hit = profile.match(content)
            if hit:
                reasons[i] = hit
                continue
        if len(content) <= MAX_LEXICON_CHARS:
            entry = match_line(content, words[i])
            if entry is not None:
                reasons[i] = f"lexicon:{entry.key}"
                continue
        if not prose[i]:
            reasons[i] = shape_reason(content, words[i])

    body = [i for i in range(count) if prose[i] and reasons[i] is None]
    if not body:
        return reasons
    first_body, last_body = body[0], body[-1]

    # Head: labels above the first paragraph (menus, rubric names, author names), but not
    # the title, nor a short line standing right above the body (a heading or standfirst).
    for i in range(first_body):
        if reasons[i] is None and i != protected and _is_label(lines[i], words[i]):
            follows_body = (
                i + 1 == first_body and lines[first_body].gap_before >= 2 and words[i] >= 2
            )
            if not follows_body or _in_menu_run(lines, words, i):
                reasons[i] = "position:head"

    # Middle: a teaser list opened by a header ("Sur le même sujet") runs until prose.
    for i in range(first_body, last_body):
        if (
            reasons[i] is not None
            and reasons[i][8:] in _LIST_HEADERS
            and lines[i].content.rstrip(" :").count(" ") < 6
        ):
            j = i + 1
            # The list keeps the spacing of its first item: a blank line where the items
            # were on single lines ends it (what follows is an intertitle, not a teaser).
            spacing = lines[j].gap_before if j < count else 0
            while (
                j < last_body
                and not prose[j]
                and words[j] <= MAX_HEADLINE_WORDS
                and lines[j].gap_before == spacing
            ):
                if reasons[j] is None:
                    reasons[j] = "position:teaser-list"
                j += 1

    # Tail: below the last paragraph, labels and headline lists are page furniture.
    introduced = False
    for i in range(last_body + 1, count):
        # Items of a list that the article introduces ("Les chiffres clés :") are article text.
        previous = lines[i - 1].content
        introduced = reasons[i - 1] is None and (previous.endswith(":") or (introduced and _is_item(lines[i])))
        if introduced and _is_item(lines[i]):
            continue
        if (
            reasons[i] is None
            and not prose[i]
            and _is_tail_clutter(reasons, prose, words, lines, i)
        ):
            reasons[i] = "position:tail"

    # A comment section ("12 commentaires") in the last part of the page takes the rest.
    total = lines[-1].end - lines[0].start
    for i in range(count):
        if reasons[i] is not None and reasons[i][8:] in _SECTION_ENDS:
            if lines[i].start - lines[0].start >= total / 2 or i > last_body:
                for j in range(i + 1, count):
                    if reasons[j] is None:
                        reasons[j] = "position:comments"
            break
    return reasons


def _title_index(lines: Sequence[Line], title: str | None) -> int:
    if title and lines and lines[0].content == title.strip():
        return 0
    return -1


def _is_item(line: Line) -> bool:
    """A list item: a bullet, a dash or a number opens it."""
    return line.content[:1] in "-–—•*·▪" or line.content[:3].rstrip(".)").isdigit()


def _is_label(line: Line, words: int) -> bool:
    return words <= MAX_LABEL_WORDS and not line.content.endswith((".", "!", "?", "»", '"', "”"))


def _in_menu_run(lines: Sequence[Line], words: list[int], i: int) -> bool:
    """True when the line has a short-line neighbour on a single line break: a menu block."""
    before = i > 0 and lines[i].gap_before == 1 and words[i - 1] <= MAX_LABEL_WORDS
    after = i + 1 < len(lines) and lines[i + 1].gap_before == 1 and words[i + 1] <= MAX_LABEL_WORDS
    return before or after


def _is_tail_clutter(
    reasons: list[str | None], prose: list[bool], words: list[int], lines: Sequence[Line], i: int
) -> bool:
    if _is_label(lines[i], words[i]):
        return True
    if words[i] > MAX_HEADLINE_WORDS or lines[i].content.endswith((".", "!", "?", "»")):
        return False
    return _tail_run(reasons, prose, words, lines, i)


def _tail_run(
    reasons: list[str | None], prose: list[bool], words: list[int], lines: Sequence[Line], i: int
) -> bool:
    """A headline-like tail line counts only beside other clutter (a list), not alone."""
    prev_clutter = i > 0 and (
        reasons[i - 1] is not None
        or (
            not prose[i - 1]
            and words[i - 1] <= MAX_HEADLINE_WORDS
            and i - 1 > 0
            and reasons[i - 2] is not None
        )
    )
    next_clutter = i + 1 < len(lines) and not prose[i + 1] and words[i + 1] <= MAX_HEADLINE_WORDS
    return bool(prev_clutter or next_clutter)
