"""Decide which lines of a flattened page are boilerplate, from every signal a line carries.

Signals, strongest first: a learned site profile, the lexicon, the line's shape, then its
position and neighbourhood. Precision on the body comes first: a line that reads like
prose (see :func:`~newskit_boilerplate.shape.is_sentence_like`) is only removed by a
lexicon phrase that opens it, by a profile, or inside a comment section at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit_boilerplate.lexicon import match_line
from newskit_boilerplate.lines import Line
from newskit_boilerplate.profile import SiteProfile
from newskit_boilerplate.shape import is_citation, is_sentence_like, shape_reason

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
#: Endings of a line that closes like a sentence, not like a headline or a button.
_SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ":")


def classify(
    lines: Sequence[Line], title: str | None, profile: SiteProfile | None = None
) -> list[str | None]:
    """The reason each line is boilerplate, or ``None`` for a line to keep."""
    count = len(lines)
    reasons: list[str | None] = [None] * count
    words = [line.words for line in lines]
    prose = [is_sentence_like(line.content, n) for line, n in zip(lines, words, strict=True)]
    protected = _title_index(lines, title)

    # Lines that a "tail" lexicon entry matched: clutter only below the last body paragraph.
    tail_only: dict[int, str] = {}
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
                if entry.tail:
                    tail_only[i] = f"lexicon:{entry.key}"
                else:
                    reasons[i] = f"lexicon:{entry.key}"
                continue
        if not prose[i]:
            reasons[i] = shape_reason(content, words[i])
        elif is_citation(content, words[i]):
            reasons[i] = "shape:citation"

    body = [i for i in range(count) if prose[i] and reasons[i] is None and i not in tail_only]
    if body:
        for i, reason in tail_only.items():
            if i > body[-1]:
                reasons[i] = reason
        context = _Context(lines, words, prose, reasons, protected, body[0], body[-1])
        _mark_captions(context)
        _mark_head(context)
        _mark_teaser_lists(context)
        _mark_tail(context)
        _mark_comment_section(context)
        _mark_enclosed(context)
        _mark_blocks(context)
        _mark_meta_after_lead(context)
    return reasons


@attrs.frozen
class _Context:
    """The lines of a page with what is known of each, shared by the position rules."""

    lines: Sequence[Line]
    words: list[int]
    prose: list[bool]
    reasons: list[str | None]  #: filled in place by the rules
    protected: int  #: index of the title line, or -1
    first_body: int
    last_body: int


def _lexicon_key(reason: str | None) -> str | None:
    return reason[len("lexicon:") :] if reason and reason.startswith("lexicon:") else None


def _mark_head(c: _Context) -> None:
    """Labels above the first paragraph (menus, rubric names, author names), but not the
    title, nor a short line standing right above the body (a heading or standfirst)."""
    for i in range(c.first_body):
        if c.reasons[i] is None and i != c.protected and _is_label(c.lines[i], c.words[i]):
            above_body = (
                i + 1 == c.first_body and c.lines[c.first_body].gap_before >= 2 and c.words[i] >= 2
            )
            if not above_body or _in_menu_run(c.lines, c.words, i):
                c.reasons[i] = "position:head"


#: Reasons of the lines that make a block the article's meta block: its byline or its date.
_META_REASONS = frozenset(
    {"lexicon:byline", "lexicon:stamp", "lexicon:agency", "shape:date", "shape:byline"}
)


def _mark_meta_after_lead(c: _Context) -> None:
    """The meta block of a page that prints its standfirst above it: between the first
    paragraph and the second, a block (lines on single breaks) that holds a byline or a
    date stamp is the article's furniture, not a run of intertitles ("Par Sophie Lambert" /
    "Journaliste au service Bruxelles" / "Le 28/11/2024 à 17:22"): its labels go like those
    of the head. A label in a block of its own there ("In brief") is an intertitle and
    stays; in HTML mode, where every line is a block of its own, the rule is silent."""
    end = c.first_body + 1
    while end < len(c.lines) and not (c.prose[end] and c.reasons[end] is None):
        end += 1
    start = c.first_body + 1
    while start < min(end, c.last_body):
        stop = start + 1
        while stop < end and c.lines[stop].gap_before == 1:
            stop += 1
        block = range(start, min(stop, c.last_body))
        if len(block) >= 2 and any(c.reasons[i] in _META_REASONS for i in block):
            for i in block:
                if c.reasons[i] is None and _is_label(c.lines[i], c.words[i]):
                    c.reasons[i] = "position:meta"
        start = stop


def _mark_teaser_lists(c: _Context) -> None:
    """A teaser list opened by a short header ("Sur le même sujet") runs until prose."""
    count = len(c.lines)
    for i in range(c.first_body, count - 1):
        header = _lexicon_key(c.reasons[i]) in _LIST_HEADERS
        if not header or c.lines[i].content.rstrip(" :").count(" ") >= 6:
            continue
        j = i + 1
        # The list keeps the spacing of its first item: a blank line where the items were
        # on single lines ends it (what follows is an intertitle, not a teaser).
        spacing = c.lines[j].gap_before
        # A line ending with a full stop is a sentence, not a headline: the list is over.
        while (
            j < count
            and j != c.last_body
            and not c.prose[j]
            and c.words[j] <= MAX_HEADLINE_WORDS
            and c.lines[j].gap_before == spacing
            and not c.lines[j].content.endswith((".", "!", "»"))
        ):
            if c.reasons[j] is None:
                c.reasons[j] = "position:teaser-list"
            j += 1


def _mark_captions(c: _Context) -> None:
    """A photo caption: a short block of its own whose next line, on a single break, is a
    credit ("Photo : La Presse / J. Roy"). On a page without blank lines between its
    paragraphs every line is on a single break, and the rule stays silent."""
    for i in range(len(c.lines) - 1):
        below = c.reasons[i + 1] or ""
        if (
            c.reasons[i] is None
            and i != c.protected
            and not c.prose[i]
            and below.endswith(":credit")
            and c.lines[i + 1].gap_before == 1
            and (i == 0 or c.lines[i].gap_before >= 2)
            and (i + 2 >= len(c.lines) or c.lines[i + 2].gap_before >= 2)
        ):
            c.reasons[i] = "position:caption"


def _mark_tail(c: _Context) -> None:
    """Below the last paragraph, labels and headline lists are page furniture, except a
    fact box set right under the article (see :func:`_fact_box`)."""
    introduced = False
    last = len(c.lines) - 1
    facts = _fact_box(c)
    for i in range(c.last_body + 1, len(c.lines)):
        if i in facts:
            continue
        # Items of a list that the article introduces ("Les chiffres clés :") are article text.
        previous = c.lines[i - 1].content
        introduced = c.reasons[i - 1] is None and (
            previous.endswith(":") or (introduced and _is_item(c.lines[i]))
        )
        if introduced and _is_item(c.lines[i]):
            continue
        # The line after a kept line that ends with a comma finishes its sentence (the name
        # under "À la semaine prochaine,"): it is text, like that line.
        if c.reasons[i - 1] is None and previous.endswith(","):
            continue
        if (
            c.reasons[i] is None
            and not c.prose[i]
            and (_is_tail_clutter(c, i) or (i == last and _ends_page_as_headline(c, i)))
        ):
            c.reasons[i] = "position:tail"


#: "Arbitre : M. Ruiz", "Buts : Frankowski (71e)": a field name of one to three words, a
#: colon, and a value that opens with a capital or a figure. A related headline of the same
#: form ("Brest : une pétition dépasse les 3 000 signatures") opens its clause in lower case.
_FIELD_LINE = regex.compile(r"^\p{Lu}[\w’'-]*(?:\s+[\w’'-]+){0,2}\s?:\s+[\p{Lu}\d]")


def _fact_box(c: _Context) -> range:
    """A fact box right under the last paragraph ("Le tableau d’affichage" / "Bayonne 34 -
    Toulouse 20" / "Essais : Hodge (12e) …" / "Arbitre : M. Ruiz"): the run of lines below
    the article, all spaced alike (single breaks in a flattened page, blank lines in HTML
    mode), up to the first known clutter line, of which two lines or more, and at least
    half, read "Field : Value", one of them with a figure. It is the article's own data,
    not labels of the page, and stays whole."""
    start = c.last_body + 1
    if start + 1 >= len(c.lines):
        return range(0)
    spacing = c.lines[start + 1].gap_before
    end = start
    while (
        end < len(c.lines)
        and c.reasons[end] is None
        and (end == start or c.lines[end].gap_before == spacing)
    ):
        end += 1
    block = range(start, end)
    fields = [c.lines[i].content for i in block if _FIELD_LINE.match(c.lines[i].content)]
    with_figure = any(any(ch.isdigit() for ch in field.partition(":")[2]) for field in fields)
    return block if len(fields) >= 2 and 2 * len(fields) >= len(block) and with_figure else range(0)


def _ends_page_as_headline(c: _Context, i: int) -> bool:
    """The line that ends the page, below clutter, reads like a headline or a call (no final
    punctuation): the last teaser or the last button, not the end of the article."""
    return (
        c.reasons[i - 1] is not None
        and c.words[i] <= MAX_HEADLINE_WORDS
        and not c.lines[i].content.endswith(_SENTENCE_END)
    )


def _mark_enclosed(c: _Context) -> None:
    """Outside the article (above its first paragraph or below its last), a line that is not
    prose, on single breaks between two clutter lines, belongs to their block: the middle
    line of a paywall notice, a cookie banner or a menu. Between body paragraphs the rule
    does not apply: a short line there may be a heading or a one-line paragraph."""
    outside = [*range(1, c.first_body - 1), *range(c.last_body + 2, len(c.lines) - 1)]
    for i in outside:
        if (
            c.reasons[i] is None
            and i != c.protected
            and not c.prose[i]
            and c.reasons[i - 1] is not None
            and c.reasons[i + 1] is not None
            and c.lines[i].gap_before == 1
            and c.lines[i + 1].gap_before == 1
        ):
            c.reasons[i] = "position:enclosed"


def _mark_comment_section(c: _Context) -> None:
    """A comment-section header ("12 commentaires") in the second half takes the rest. A
    counter near the top ("4 commentaires" beside the byline) removes only itself, and the
    search goes on for the section's own header below."""
    first, total = c.lines[0].start, c.lines[-1].end - c.lines[0].start
    for i, reason in enumerate(c.reasons):
        if _lexicon_key(reason) in _SECTION_ENDS and (
            c.lines[i].start - first >= total / 2 or i > c.last_body
        ):
            for j in range(i + 1, len(c.lines)):
                if c.reasons[j] is None:
                    c.reasons[j] = "position:comments"
            return


def _title_index(lines: Sequence[Line], title: str | None) -> int:
    if title and lines and lines[0].content == title.strip():
        return 0
    return -1


def _is_item(line: Line) -> bool:
    """A list item: a bullet, a dash or a number opens it."""
    return line.content[:1] in "-–—•*·▪" or line.content[:3].rstrip(".)").isdigit()


#: A dash or bar standing alone between spaces ("–" in "Top 14 – 18e journée"): no word
#: of a label. Other marks are ("une corruption jugée endémique ;" is a list item).
_LONE_MARK = regex.compile(r"(?<!\S)[-–—|·•/](?!\S)")


def _is_label(line: Line, words: int) -> bool:
    if words > MAX_LABEL_WORDS and words - len(_LONE_MARK.findall(line.content)) > MAX_LABEL_WORDS:
        return False
    # A line ending with a comma runs on into the next one ("À la semaine prochaine,"): text.
    return not line.content.endswith((".", "!", "?", "»", '"', "”", ","))


def _in_menu_run(lines: Sequence[Line], words: list[int], i: int) -> bool:
    """True when the line has a short-line neighbour on a single line break: a menu block."""
    before = i > 0 and lines[i].gap_before == 1 and words[i - 1] <= MAX_LABEL_WORDS
    after = i + 1 < len(lines) and lines[i + 1].gap_before == 1 and words[i + 1] <= MAX_LABEL_WORDS
    return before or after


def _is_tail_clutter(c: _Context, i: int) -> bool:
    if _is_label(c.lines[i], c.words[i]):
        return True
    if c.words[i] > MAX_HEADLINE_WORDS or c.lines[i].content.endswith((".", "!", "?", "»", ",")):
        return False
    # A headline-like tail line counts only beside other clutter (a list), not alone.
    previous_is_clutter = c.reasons[i - 1] is not None or (
        i >= 2
        and not c.prose[i - 1]
        and c.words[i - 1] <= MAX_HEADLINE_WORDS
        and c.reasons[i - 2] is not None
    )
    next_is_short = (
        i + 1 < len(c.lines) and not c.prose[i + 1] and c.words[i + 1] <= MAX_HEADLINE_WORDS
    )
    return previous_is_clutter or next_is_short


#: A block whose lines are at least this share clutter is a block of page furniture.
BLOCK_CLUTTER_SHARE = 2 / 3


def _mark_blocks(c: _Context) -> None:
    """A block of three lines or more (lines on single breaks, blank lines around it) that
    is mostly clutter ("Audio" / "2'14\"" / "Download"): its remaining labels are part of
    it. A line that ends like a sentence is never taken, nor is a block of two lines (an
    intertitle above a credit)."""
    start = 0
    count = len(c.lines)
    for end in range(1, count + 1):
        if end < count and c.lines[end].gap_before == 1:
            continue
        block = range(start, end)
        start = end
        if len(block) < 3:
            continue
        clutter = sum(c.reasons[i] is not None for i in block)
        if clutter < BLOCK_CLUTTER_SHARE * len(block):
            continue
        for i in block:
            if c.reasons[i] is None and i != c.protected and _is_label(c.lines[i], c.words[i]):
                c.reasons[i] = "position:block"
