"""A trie pattern matches what the plain alternation of its words, longest first, matches."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_entities.tries import trie_pattern

words = st.lists(st.text(alphabet="aàbé’-. ", min_size=1, max_size=5), min_size=1, max_size=8)
texts = st.text(alphabet="aàbé’'-. x", max_size=30)


def alternation(found: list[str]) -> str:
    ordered = sorted(set(found), key=len, reverse=True)
    return "|".join(regex.escape(w).replace("’", "[’']") for w in ordered)


@given(words, texts)
@settings(max_examples=1500)
@example(["Guinée", "Guyana", "Gu"], "Guinée, Guyana, Gu")
def test_trie_finds_the_longest_word_at_each_place(found, text):
    trie = regex.compile(f"(?:{trie_pattern(found)})")
    plain = regex.compile(f"(?:{alternation(found)})")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(words, texts)
@settings(max_examples=1500)
@example(["président", "vice-président"], "le vice-président")
def test_tree_of_endings_read_right_to_left_matches_the_same(found, text):
    # Anchored at the end, as the cue patterns are asked: which words end the text.
    trie = regex.compile(f"(?:{trie_pattern(found, shared_endings=True)})\\Z", regex.REVERSE)
    plain = regex.compile(f"(?:{alternation(found)})\\Z", regex.REVERSE)
    assert bool(trie.search(text)) == bool(plain.search(text))
