"""The gazetteer's tree pattern finds what an alternation of its names, longest first, finds."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_entities.gazetteer import _names, gazetteer_candidates

NAMES = sorted(_names())


def alternation_matches(text):
    names = sorted(_names(), key=len, reverse=True)
    alternation = "|".join(regex.escape(name).replace("’", "[’']") for name in names)
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{N}}-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


pieces = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(lambda name: name[: len(name) // 2]),
    st.sampled_from([" ", "-", "x", "'", "’", " du ", " de ", "Sud", "Nord"]),
)


@given(st.lists(pieces, max_size=10).map("".join))
@settings(max_examples=500)
def test_tree_pattern_matches_like_the_names_longest_first(text):
    assert [(c.start, c.end) for c in gazetteer_candidates(text)] == alternation_matches(text)


def test_longest_name_wins():
    text = "Afrique du Sud, Afrique, Amérique du Nord."
    assert [text[c.start : c.end] for c in gazetteer_candidates(text)] == [
        "Afrique du Sud",
        "Afrique",
        "Amérique du Nord",
    ]
