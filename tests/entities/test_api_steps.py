"""The rule layer skips ``resolve`` after a step that adds no candidate: that is exact only
because resolving a resolved list gives it back unchanged, which these tests hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import EntityLabel
from newskit_entities.candidates import PRIORITY, Candidate, resolve

candidates = st.lists(
    st.builds(
        lambda start, width, label, source: Candidate(start, start + width, label, source),
        st.integers(0, 60),
        st.integers(-1, 12),
        st.sampled_from(list(EntityLabel)),
        st.sampled_from(sorted(PRIORITY)),
    ),
    max_size=25,
)


@given(candidates)
@settings(max_examples=2000)
def test_resolving_a_resolved_list_changes_nothing(found):
    kept = resolve(found)
    assert resolve(kept) == kept


@given(candidates, st.data())
@settings(max_examples=1000)
def test_relabelling_or_dropping_keeps_a_list_resolved(found, data):
    # What the cues and stoplist steps do between two resolves: change labels, drop some.
    kept = resolve(found)
    labels = data.draw(st.lists(st.sampled_from(list(EntityLabel)), min_size=len(kept)))
    relabelled = [c._replace(label=label) for c, label in zip(kept, labels, strict=False)]
    dropped = [
        c
        for c, keep in zip(
            relabelled, data.draw(st.lists(st.booleans(), min_size=len(kept))), strict=False
        )
        if keep
    ]
    assert resolve(dropped) == dropped
