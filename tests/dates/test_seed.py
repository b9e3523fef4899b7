"""The acceptance test: the four dates of the seed article, with and without a publication date."""

import datetime as dt
import json
from pathlib import Path

import pytest

import newskit_dates_fr
from newskit.testing import assert_spans_aligned, pipeline_with

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
EXPECTED = ROOT.parent / "shared" / "spec" / "seed-expected.json"

# The four "must" dates, kept here too so the test runs where the shared spec is absent.
MUST = [
    {"text": "début de 2022", "type": "DATE", "value": "2022", "mod": "START"},
    {"text": "19 janvier", "type": "DATE", "value": "2022-01-19"},
    {"text": "matin du 5 janvier", "type": "TIME", "value": "2022-01-05TMO"},
    {"text": "7 janvier", "type": "DATE", "value": "2022-01-07"},
]


def must_dates():
    if EXPECTED.exists():
        return json.loads(EXPECTED.read_text(encoding="utf-8"))["dates"]["must"]
    return MUST


@pytest.mark.parametrize("published", [None, dt.date(2022, 1, 10), dt.date(2023, 3, 1)])
def test_seed_dates_are_found_with_their_values(published):
    article = pipeline_with(newskit_dates_fr).analyze(
        SEED.read_text(encoding="utf-8"), published=published
    )
    assert_spans_aligned(article)
    for want in must_dates():
        matching = [d for d in article.dates if want["text"] in d.text]
        assert len(matching) == 1, (want, article.dates)
        found = matching[0]
        assert len(found.text) <= len(want["text"]) + len("jusqu’au "), (
            found.text
        )  # a little wider at most
        assert (found.type, found.value, found.mod) == (
            want["type"],
            want["value"],
            want.get("mod"),
        )


@pytest.mark.parametrize("published", [None, dt.date(2022, 1, 10), dt.date(2023, 3, 1)])
def test_seed_january_dates_are_anchored_on_the_narrative_year(published):
    article = pipeline_with(newskit_dates_fr).analyze(
        SEED.read_text(encoding="utf-8"), published=published
    )
    january = [d for d in article.dates if "janvier" in d.text]
    assert [(d.anchor, d.anchor_value) for d in january] == [("narrative", "2022")] * 3


def test_seed_has_no_other_dates():
    article = pipeline_with(newskit_dates_fr).analyze(SEED.read_text(encoding="utf-8"))
    assert len(article.dates) == 4, [d.text for d in article.dates]
