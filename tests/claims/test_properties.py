"""Properties on arbitrary French-looking text: claims are well-formed spans, never an error."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import ClaimKind
from newskit.testing import french_text
from newskit_claims.finder import find_claims
from newskit_claims.segment import find_quotes, split_sentences

SETTINGS = settings(max_examples=150, deadline=None)


@SETTINGS
@given(french_text())
def test_claims_are_aligned_non_empty_spans_of_the_text(text: str) -> None:
    for claim in find_claims(text):
        assert text[claim.start : claim.end] == claim.text
        assert claim.text.strip()
        for part in (claim.cue, claim.source_mention):
            assert part is None or text[part.start : part.end] == part.text
        if claim.source is not None:
            for mention in claim.source.mentions:
                assert text[mention.start : mention.end] == mention.text


@SETTINGS
@given(french_text())
def test_a_source_always_comes_with_the_words_that_name_it(text: str) -> None:
    for claim in find_claims(text):
        if claim.source is not None or not claim.source_resolved:
            assert claim.source_mention is not None
        if claim.kind != ClaimKind.DIRECT:
            assert claim.cue is not None


@SETTINGS
@given(french_text())
def test_sentences_are_ordered_stripped_and_disjoint(text: str) -> None:
    sentences = split_sentences(text, find_quotes(text))
    for start, end in sentences:
        assert 0 <= start < end <= len(text)
        assert text[start] not in " \n"
        assert text[end - 1] not in " \n"
    for (_, end), (start, _) in itertools.pairwise(sentences):
        assert end <= start


@SETTINGS
@given(
    st.lists(st.sampled_from(["«", "»", "“", "”", '"', "oui", " ", "\n", "."]), max_size=40).map(
        "".join
    )
)
def test_quotes_are_ordered_and_disjoint(text: str) -> None:
    quotes = find_quotes(text)
    for quote in quotes:
        assert quote.start <= quote.inner_start < quote.inner_end <= quote.end
    for first, second in itertools.pairwise(quotes):
        assert first.end <= second.start


@SETTINGS
@given(french_text())
def test_finding_claims_twice_gives_the_same_claims(text: str) -> None:
    assert find_claims(text) == find_claims(text)
