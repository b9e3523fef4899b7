"""Offset helpers: deleting ranges keeps a correct map back; overlaps resolve longest-first."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newskit.spans import delete_ranges, filter_overlaps, merge_ranges
from newskit.types import Span

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=120)


@st.composite
def text_and_ranges(draw):
    text = draw(texts)
    bounds = st.integers(min_value=0, max_value=len(text))
    pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=6))
    return text, [(min(a, b), max(a, b)) for a, b in pairs]


@given(text_and_ranges())
def test_delete_ranges_maps_every_kept_character_back(case):
    text, ranges = case
    clean, offsets = delete_ranges(text, ranges)
    deleted = {i for start, end in ranges for i in range(start, end)}
    assert clean == "".join(ch for i, ch in enumerate(text) if i not in deleted)
    for i, ch in enumerate(clean):
        assert text[offsets.to_raw(i)] == ch


@given(text_and_ranges())
def test_raw_span_of_a_clean_span_holds_its_text(case):
    text, ranges = case
    clean, offsets = delete_ranges(text, ranges)
    for start in range(len(clean)):
        raw_start, raw_end = offsets.raw_span(start, start + 1)
        assert text[raw_start:raw_end] == clean[start]


def test_delete_nothing_keeps_text():
    clean, offsets = delete_ranges("abc", [])
    assert clean == "abc"
    assert offsets.segments == ((0, 0, 3),)


def test_merge_ranges_merges_touching_and_drops_empty():
    assert merge_ranges([(5, 7), (0, 2), (2, 3), (4, 4), (6, 9)]) == [(0, 3), (5, 9)]


def test_filter_overlaps_keeps_longest_first():
    text = "environ 1 000 personnes"
    long = Span.of(text, 0, 23)
    short = Span.of(text, 8, 13)
    other = Span.of(text, 14, 23)
    assert filter_overlaps([short, long, other]) == [long]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=30))
def test_filter_overlaps_result_never_overlaps_and_is_maximal(pairs):
    text = "x" * 100
    spans = [Span.of(text, s, s + n) for s, n in pairs if n > 0]
    kept = filter_overlaps(spans)
    for a, b in itertools.pairwise(kept):
        assert a.end <= b.start
    for span in spans:  # every dropped span overlaps a kept span at least as long
        if span not in kept:
            assert any(span.overlaps(k) and k.length >= span.length for k in kept)
