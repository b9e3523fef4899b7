"""The fast paths of the later stages (resolve, repeats, linking) give the plain way's results.

Each reference below is the straightforward code the fast path replaced, kept here to
compare with on random French-like text and random candidates.
"""

from __future__ import annotations

import bisect
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit import EntityLabel
from newskit_entities.candidates import (
    PRIORITY,
    Candidate,
    _apart_prefix,
    _around_additions,
    resolve,
)
from newskit_entities.linking import (
    _joins,
    _key,
    _longest_first,
    _most_common_specific,
    _words,
    repeats,
)

# Apostrophes of both kinds, hyphens, letters and digits that join words, spaces, a letter
# newer than Python's tables (U+0560 is ASCII-free and a letter to the regex module only
# on some versions), marks and upper-case letters that open names.
TRICKY = "aeéMDTrio’'- \n.,()\u00a0\u0301\u05601"
WORDS = ["Dupont", "Jean Dupont", "M. Dupont", "l’OTSC", "l'OTSC", "OTSC", "Jean-Marc", "Tri"]


def reference_resolve(candidates):
    starts, kept = [], []
    ranked = sorted(
        set(candidates),
        key=lambda c: (PRIORITY[c.source], c.start - c.end, c.start, c.label.value, c.source),
    )
    for candidate in ranked:
        if candidate.end <= candidate.start:
            continue
        index = bisect.bisect_right(starts, candidate.start)
        if index and kept[index - 1].end > candidate.start:
            continue
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        kept.insert(index, candidate)
    return kept


def reference_whole_words(text, name):
    either_apostrophe = text.replace("'", "’")
    typographic = name.replace("'", "’")
    haystack = text if typographic == name and "’" not in name else either_apostrophe
    straight = [i for i, char in enumerate(name) if char == "'"]
    found = []
    position = haystack.find(typographic)
    while position >= 0:
        end = position + len(name)
        if (
            not _joins(text[position - 1 : position] if position else "")
            and not _joins(text[end : end + 1])
            and all(text[position + i] == "'" for i in straight)
        ):
            found.append((position, end))
            position = haystack.find(typographic, end)
        else:
            position = haystack.find(typographic, position + 1)
    return found


def reference_repeats(text, candidates):
    names = {}
    for candidate in candidates:
        surface = candidate.surface(text)
        if len(surface) > 2:
            names.setdefault(surface, candidate.label)
        words = surface.split()
        if candidate.label is EntityLabel.PER and len(words) > 1 and len(words[-1]) > 2:
            names.setdefault(words[-1], EntityLabel.PER)
    return [
        Candidate(start, end, label, "repeat")
        for name, label in names.items()
        for start, end in reference_whole_words(text, name)
    ]


texts = st.lists(st.sampled_from(WORDS) | st.text(alphabet=TRICKY, max_size=6), max_size=12).map(
    "".join
)


@st.composite
def text_and_candidates(draw, max_size=14):
    text = draw(texts)
    bound = len(text)
    offsets = st.integers(0, bound)
    spans = st.tuples(offsets, offsets).map(sorted)
    candidates = draw(
        st.lists(
            st.builds(
                lambda span, label, source: Candidate(span[0], span[1], label, source),
                spans,
                st.sampled_from(list(EntityLabel)),
                st.sampled_from(list(PRIORITY)),
            ),
            max_size=max_size,
        )
    )
    return text, candidates


@given(text_and_candidates(max_size=30))
@settings(max_examples=1000)
@example(("abcdef", [Candidate(2, 2, EntityLabel.PER, "model")]))
@example(
    (
        "abcdef",
        [Candidate(1, 4, EntityLabel.PER, "model"), Candidate(1, 4, EntityLabel.ORG, "model")],
    )
)
def test_resolve_keeps_what_the_neighbour_search_keeps(case):
    _, candidates = case
    assert resolve(candidates) == reference_resolve(candidates)


@given(text_and_candidates(max_size=30), text_and_candidates(max_size=6))
@settings(max_examples=1000)
@example(
    ("abcdefghij", [Candidate(0, 3, EntityLabel.PER, "model")]),
    ("", [Candidate(0, 3, EntityLabel.ORG, "model"), Candidate(2, 2, EntityLabel.ORG, "model")]),
)
def test_resolve_of_resolved_and_added_keeps_what_the_neighbour_search_keeps(first, added):
    # As the pipeline calls it: a resolved list, then what a step adds.
    candidates = reference_resolve(first[1]) + added[1]
    assert resolve(candidates) == reference_resolve(candidates)
    # Whatever the share of additions, which chooses the way for resolve.
    apart = _apart_prefix(candidates)
    if apart < len(candidates):
        assert _around_additions(candidates, apart) == reference_resolve(candidates)


@given(texts, st.sampled_from(WORDS) | st.text(alphabet=TRICKY, min_size=1, max_size=5))
@settings(max_examples=1000)
@example("Jean Dupont, M. Dupont-Aignan et Dupont.", "Dupont")
@example("l'OTSC et l’OTSC", "l'OTSC")
@example("l'OTSC et l’OTSC", "l’OTSC")
@example("aaa aa", "aa")
def test_whole_words_are_the_plain_searchs(text, name):
    from newskit_entities.linking import _whole_words

    assert _whole_words(text, text.replace("'", "’"), name) == reference_whole_words(text, name)


@given(text_and_candidates())
@settings(max_examples=1000)
@example(("Jean Dupont et Dupont", [Candidate(0, 11, EntityLabel.PER, "model")]))
@example(
    (
        "Jean Dupont et Dupont",
        [Candidate(15, 21, EntityLabel.ORG, "repeat"), Candidate(0, 11, EntityLabel.PER, "model")],
    )
)
def test_repeats_leave_out_only_what_resolve_drops(case):
    text, candidates = case
    check_repeats(text, candidates)


@given(text_and_candidates(max_size=20))
@settings(max_examples=1000)
@example(("Jean Dupont et Dupont", [Candidate(0, 11, EntityLabel.PER, "model")]))
@example(
    (
        # A longer repeat beats a repeat among the candidates: it is not left out.
        "Jean Dupont et Jean Dupont",
        [Candidate(0, 11, EntityLabel.PER, "model"), Candidate(20, 26, EntityLabel.PER, "repeat")],
    )
)
def test_repeats_of_resolved_candidates_leave_out_only_what_resolve_drops(case):
    # As the pipeline gives them: in text order and apart.
    text, candidates = case
    check_repeats(text, resolve(candidates))


def check_repeats(text, candidates):
    fast = repeats(text, candidates)
    reference = reference_repeats(text, candidates)
    assert set(fast) <= set(reference)
    assert resolve(candidates + fast) == resolve(candidates + reference)


def test_repeats_leave_out_the_finders_own_mentions():
    text = "Jean Dupont est venu. Dupont a parlé."
    found = [
        Candidate(0, 11, EntityLabel.PER, "model"),
        Candidate(22, 28, EntityLabel.PER, "model"),
    ]
    later = Candidate(22, 28, EntityLabel.PER, "repeat")
    # "Dupont" within "Jean Dupont" overlaps a mention of the resolved candidates.
    assert repeats(text, found) == []
    assert repeats(text, found[:1]) == [later]
    # Not resolved (out of order): only the mentions' very spans are left out.
    inner = Candidate(5, 11, EntityLabel.PER, "repeat")
    assert repeats(text, found[::-1]) == [inner]


@given(text_and_candidates())
@settings(max_examples=1000)
def test_longest_first_is_the_sort_by_words_then_start(case):
    text, candidates = case
    keyed = [(_key(text, c), c) for c in candidates]
    keyed.sort(key=lambda pair: (-len(_words(pair[0])), pair[1].start))
    assert _longest_first(text, candidates) == keyed


@given(st.lists(st.sampled_from(list(EntityLabel)), max_size=12))
@settings(max_examples=1000)
@example([EntityLabel.MISC, EntityLabel.ORG, EntityLabel.PER])
@example([EntityLabel.PER, EntityLabel.ORG, EntityLabel.ORG, EntityLabel.PER])
def test_most_common_specific_label_is_counters(labels):
    members = [Candidate(i, i + 1, label, "model") for i, label in enumerate(labels)]
    specific = Counter(label for label in labels if label is not EntityLabel.MISC)
    expected = specific.most_common(1)[0][0] if specific else EntityLabel.MISC
    assert _most_common_specific(members) is expected
