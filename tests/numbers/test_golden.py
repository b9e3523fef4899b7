"""Whole articles give exactly the quantities recorded in ``data/golden.json``.

The file holds the seed, a digest article written for this test (money, ranges, ratios,
heights, scores, phones and law references), and articles the corpus generator made from
the seed. It guards the finder's speed work: a shortcut that changes any quantity fails
here. Regenerate it only for an intended change of behaviour, and say so in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newskit_numbers import find_quantities

_GOLDEN = json.loads((Path(__file__).parent / "data" / "golden.json").read_text(encoding="utf-8"))
_ARTICLES = _GOLDEN["articles"]


def _row(q):
    as_text = lambda v: None if v is None else str(v)  # noqa: E731
    return [
        q.start, q.end, q.text, as_text(q.value), q.unit, q.approximate, q.kind.value,
        as_text(q.lower), as_text(q.upper), q.bound,
    ]  # fmt: skip


@pytest.mark.parametrize("article", _ARTICLES, ids=[f"article{i}" for i in range(len(_ARTICLES))])
def test_article_gives_the_recorded_quantities(article):
    assert [_row(q) for q in find_quantities(article["text"])] == article["quantities"]
