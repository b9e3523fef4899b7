"""Cues read right to left find a title before a name exactly where a left-to-right search does."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_entities.cues import _person_before
from newskit_entities.lexicon import titles

pieces = st.one_of(
    st.sampled_from(sorted(titles())),
    st.sampled_from(sorted(titles())).map(str.upper),
    st.sampled_from(["kazakh", "de", "la", "l’", "général", "x", "é", "Tokayev", ",", "-"]),
    st.sampled_from([" ", "  ", "\n", ", ", "\u00a0", ""]),
)


@given(st.lists(pieces, max_size=8).map("".join))
@settings(max_examples=1000)
def test_person_cue_read_right_to_left_matches_the_left_to_right_search(before):
    reverse = _person_before()
    forward = regex.compile(reverse.pattern, reverse.flags & ~regex.REVERSE)
    assert (reverse.search(before) is None) == (forward.search(before) is None)


def test_person_cue_is_the_title_and_an_adjective_at_the_end():
    assert _person_before().search("selon le président kazakh ")
    assert not _person_before().search("le maire de ")
    assert not _person_before().search("le président kazakh a dit ")
