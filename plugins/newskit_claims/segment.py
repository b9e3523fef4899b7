"""Quotations and sentences of a clean text, as offset ranges (quotes first: they are atomic).

A quotation may hold several sentences and, in French typography, several paragraphs
(each new paragraph reopens with «); a sentence boundary is never placed inside one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

__all__ = ["Quote", "find_quotes", "non_space", "paragraph_starts", "split_sentences"]

#: Longest stretch of text treated as one sentence (see ``_bounded``).
MAX_SENTENCE = 1500
#: Spaces a scraped French text puts inside quote marks and before punctuation.
SPACES = " \t\u00a0\u202f\u2009"

_ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "mgr",
        "dr",
        "pr",
        "me",
        "st",
        "ste",
        "etc",
        "cf",
        "av",
        "bd",
        "gén",
        "col",
        "lt",
        "cdt",
        "no",
        "n°",
        "vol",
        "art",
        "p",
        "env",
        "jr",
        "sr",
    }
)


class Quote(NamedTuple):
    """A top-level quotation: ``[start, end)`` includes the marks, ``[inner_start, inner_end)`` not."""

    start: int
    end: int
    inner_start: int
    inner_end: int


@functools.cache
def _marks() -> re.Pattern[str]:
    return re.compile(r"[«»“”\"\n]")


@functools.cache
def _newlines() -> re.Pattern[str]:
    return re.compile(r"\n+")


@functools.cache
def _boundary() -> re.Pattern[str]:
    # End punctuation (optionally closed by a quote mark) before a capitalized word, or
    # a line break: the candidates for a sentence end. A run of punctuation is tried from
    # its first mark only, and never given back: a long run of dots not followed by a
    # capital cost quadratic time (found by tests/hardening/test_linearity.py).
    # The pattern opens with a character class so that ``re`` skips to the next mark or
    # line break in C; a lookbehind first would cost a full match attempt at every
    # position of the text (five times slower).
    return re.compile(
        r"[.!?…\n](?:(?<=\n)|(?<![.!?…].)[.!?…]*+(?:[ \u00a0\u202f]*[»”\"])?"
        r"(?=[ \t\u00a0\u202f]+[«“\"A-ZÀ-ÖØ-Þ]))"
    )


class _LineStarts:
    """Whether a position is the first thing on its line (after spaces), for a left-to-right
    walk: each line's first non-space character is found once, however many marks the line
    holds (reading back to the line start for each mark was quadratic on a long line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_start = 0
        self.first_content: int | None = None

    def new_line(self, newline: int) -> None:
        self.line_start, self.first_content = newline + 1, None

    def at_paragraph_start(self, pos: int) -> bool:
        """No text but spaces between the start of ``pos``'s line and ``pos`` (the first
        line is no paragraph start: it holds the title)."""
        if self.line_start == 0:
            return False
        if self.first_content is None:
            found = non_space().search(self.text, self.line_start)
            self.first_content = len(self.text) if found is None else found.start()
        return self.first_content >= pos


@functools.cache
def non_space() -> re.Pattern[str]:
    """Any character but the spaces of :data:`SPACES` (a line break included)."""
    return re.compile(f"[^{SPACES}]")


def _continues(text: str, newline: int) -> bool:
    """True when the paragraph after ``newline`` reopens a running quotation (« or —)."""
    rest = text[newline : newline + 40].lstrip("\n" + SPACES)
    return rest[:1] in ("«", "—", "–")


def _make(text: str, start: int, end: int) -> Quote | None:
    inner_start, inner_end = start + 1, end - 1 if text[end - 1] in '»”"' else end
    while inner_start < inner_end and text[inner_start] in SPACES + "\n":
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in SPACES + "\n":
        inner_end -= 1
    if inner_end <= inner_start:
        return None
    return Quote(start, end, inner_start, inner_end)


def find_quotes(text: str) -> list[Quote]:
    """The top-level quotations of ``text`` in order: « … », “ … ” and " … ".

    Marks nested inside an open quotation are part of it; an unclosed « runs to the end of
    its paragraph unless the next paragraph reopens it; a straight " that finds no partner
    in its paragraph is ignored.
    """
    quotes: list[Quote] = []
    opener = ""
    start = depth = 0
    lines = _LineStarts(text)
    for match in _marks().finditer(text):
        mark, pos = match.group(), match.start()
        if mark == "\n":
            lines.new_line(pos)
        if not opener:
            if mark in '«“"':
                opener, start, depth = mark, pos, 1
            continue
        if mark == "\n":
            if not _continues(text, pos):
                if opener != '"':
                    quote = _make(text, start, pos)
                    if quote:
                        quotes.append(quote)
                opener = ""
            continue
        if opener == "«":
            if mark == "«" and not lines.at_paragraph_start(pos):
                depth += 1
            elif mark == "»":
                depth -= 1
        elif opener == "“":
            depth += mark == "“"
            depth -= mark == "”"
        elif mark == '"':
            depth = 0
        if depth == 0:
            quote = _make(text, start, pos + 1)
            if quote:
                quotes.append(quote)
            opener = ""
    if opener and opener != '"':
        quote = _make(text, start, len(text))
        if quote:
            quotes.append(quote)
    return quotes


def _inside(quotes: list[Quote], starts: list[int], pos: int) -> bool:
    if not starts:
        return False
    index = bisect.bisect_right(starts, pos) - 1
    return index >= 0 and quotes[index].start < pos < quotes[index].end


#: Letters of the longest abbreviation ("mmes", "mlle").
_LONGEST_ABBREVIATION = 4


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1 : dot].isalpha():
        return False  # a word longer than any abbreviation, told in C
    # The word before the dot is read back only as far as an abbreviation goes: a longer
    # word is none (lower case never shortens it), and most words before a period are.
    word_start, limit = dot, max(0, dot - _LONGEST_ABBREVIATION - 1)
    while word_start > limit and (text[word_start - 1].isalpha() or text[word_start - 1] == "°"):
        word_start -= 1
    if dot - word_start > _LONGEST_ABBREVIATION:
        return False
    word = text[word_start:dot]
    return (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS


def split_sentences(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence ranges ``[start, end)`` of ``text`` (stripped), never cutting a quotation."""
    starts = [q.start for q in quotes]
    cuts = [0]
    for match in _boundary().finditer(text):
        end = match.end()
        if match.group() != "\n":
            if _inside(quotes, starts, end):
                continue
            if _is_abbreviation(text, match.start()):
                continue
        elif _inside(quotes, starts, match.start()):
            continue
        cuts.append(end)
    cuts.append(len(text))
    cuts = _bounded(text, cuts, quotes, starts)
    sentences = []
    blank = SPACES + "\n"
    for start, end in itertools.pairwise(cuts):
        while start < end and text[start] in blank:
            start += 1
        while end > start and text[end - 1] in blank:
            end -= 1
        if end > start:
            sentences.append((start, end))
    return sentences


def _bounded(text: str, cuts: list[int], quotes: list[Quote], starts: list[int]) -> list[int]:
    """Cut "sentences" longer than ``MAX_SENTENCE`` (text without punctuation) at a space
    outside quotations: the work on a sentence grows with its length, and no real
    sentence is that long."""
    bounded = [cuts[0]]
    for end in cuts[1:]:
        while end - bounded[-1] > MAX_SENTENCE:
            limit = bounded[-1] + MAX_SENTENCE
            cut = text.rfind(" ", bounded[-1] + MAX_SENTENCE // 2, limit)
            while cut > bounded[-1] and _inside(quotes, starts, cut):
                cut = text.rfind(" ", bounded[-1], cut)
            if cut <= bounded[-1]:
                break  # one quotation longer than the limit: keep it whole
            bounded.append(cut)
        bounded.append(end)
    return bounded


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each line (paragraph) of ``text`` starts."""
    return [0] + [m.end() for m in _newlines().finditer(text)]
