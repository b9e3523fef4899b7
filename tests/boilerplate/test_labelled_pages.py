"""The hand-labelled pages: every article line survives, nearly every clutter line goes."""

from __future__ import annotations

import pytest

import newskit_boilerplate
from newskit.spans import delete_ranges


def clean(text: str) -> tuple[str, set[str]]:
    first, _, rest = text.partition("\n")
    title = first if rest.startswith("\n") else None
    spans = newskit_boilerplate.find_boilerplate(text, title)
    out = delete_ranges(text, [(s.start, s.end) for s in spans])[0]
    return out, {line.strip() for line in out.split("\n")}


def test_every_article_line_of_every_labelled_page_survives(labelled_pages):
    lost = []
    for name, text, labelled in labelled_pages:
        _, lines = clean(text)
        lost += [
            (name, line) for label, line in labelled if label in "T+" and line.strip() not in lines
        ]
    assert lost == []


def test_snippet_f1_on_labelled_pages_is_at_least_0_9(labelled_pages):
    tp = fn = fp = 0
    for _, text, labelled in labelled_pages:
        _, lines = clean(text)
        for label, line in labelled:
            kept = line.strip() in lines
            if label == "-":
                fp += kept
            else:
                tp += kept
                fn += not kept
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.9


# Every set of pages (benchmarks/data/boilerplate/README.md says how each was written).
@pytest.mark.parametrize(
    "prefix", ["dev", "held", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]
)
def test_clutter_removed_share_is_at_least_0_9_on_each_set(labelled_pages, prefix):
    total = gone = 0
    for name, text, labelled in labelled_pages:
        if not name.startswith(f"{prefix}-"):
            continue
        _, lines = clean(text)
        for label, line in labelled:
            if label == "-":
                total += 1
                gone += line.strip() not in lines
    assert total
    assert gone / total >= 0.9
