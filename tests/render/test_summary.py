"""The corpus overview counts entities, sources and dates, and draws the timeline in SVG."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.render import render_summary
from newskit.render.timeline import MAX_BARS, Timeline, calendar_point

from .conftest import read_page

SCRIPT = "<script>alert(1)</script>"
#: The keys a record and its parts use, to make random records look like real ones.
KEYS = [
    "text",
    "raw",
    "entities",
    "claims",
    "dates",
    "name",
    "label",
    "mentions",
    "kind",
    "cue",
    "source",
    "source_mention",
    "value",
    "article",
]


def entity(name: str, label: str, mentions: int = 1) -> dict:
    return {"name": name, "label": label, "mentions": [{"text": name}] * mentions}


def record(*, entities=(), claims=(), dates=()) -> dict:
    return {
        "newskit": "0.1.0",
        "text": "…",
        "raw": "…",
        "entities": list(entities),
        "claims": list(claims),
        "dates": [{"value": v, "type": "DATE", "text": v} for v in dates],
    }


def claim(
    source: dict | None, cue: str = "a déclaré", kind: str = "indirect", words: str | None = None
) -> dict:
    return {
        "kind": kind,
        "cue": {"text": cue},
        "source": source,
        "source_mention": {"text": words} if words else None,
    }


ONU = entity("ONU", "ORG")
TOKAYEV = entity("Kassym-Zhomart Tokayev", "PER", 3)
KAZ = entity("Kazakhstan", "LOC", 6)

CORPUS = [
    record(
        entities=[KAZ, TOKAYEV, ONU],
        claims=[claim(TOKAYEV), claim(TOKAYEV, "a annoncé"), claim(ONU, "Selon")],
        dates=["2022-01-05", "2022-01-07", "2022"],
    ),
    record(
        entities=[KAZ, TOKAYEV],
        claims=[claim(TOKAYEV, "a déclaré", "direct")],
        dates=["2022-03", "P3D"],
    ),
    record(
        entities=[KAZ],
        claims=[claim(None, words="Il"), claim(None)],
        dates=["2021-12-31T09:00", "XXXX-01-05"],
    ),
    {"id": "broken", "error": {"type": "EmptyInputError", "message": "input is empty"}},
    None,
]


def table_rows(page: str, heading: str) -> list[list[str]]:
    section = re.search(rf'id="{heading}".*?</section>', page, re.DOTALL).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", section.split("<tbody>", 1)[1], re.DOTALL)
    return [
        [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
        for r in rows
    ]


def test_overview_counts_articles_and_skips_error_records():
    page = render_summary(CORPUS)
    assert "3 articles, 6 claims" in page
    assert "2 records skipped (not articles)" in page


def test_top_entities_rank_by_articles_then_mentions():
    rows = table_rows(render_summary(CORPUS), "entities-heading")
    assert [r[:4] for r in rows] == [
        ["Kazakhstan", "LOC", "3", "18"],
        ["Kassym-Zhomart Tokayev", "PER", "2", "6"],
        ["ONU", "ORG", "1", "1"],
    ]


def test_claim_sources_count_claims_direct_quotes_articles_and_cues():
    rows = table_rows(render_summary(CORPUS), "sources-heading")
    assert rows[0][:6] == [
        "Kassym-Zhomart Tokayev",
        "PER",
        "3",
        "1",
        "2",
        "a déclaré ×2, a annoncé ×1",
    ]
    by_name = {r[0]: r for r in rows}
    assert by_name["ONU"][5] == "selon ×1"
    assert by_name["Il"][1] == "unresolved"
    assert by_name["unattributed"][1] == "none"


def test_timeline_is_inline_svg_with_a_bar_per_month():
    page = render_summary(CORPUS)
    svg = re.search(r"<svg.*?</svg>", page, re.DOTALL).group(0)
    bars = dict(re.findall(r'data-bucket="([^"]+)" data-count="(\d+)"', svg))
    assert bars == {"2021-12": "1", "2022-01": "2", "2022-02": "0", "2022-03": "1"}
    assert 'role="img"' in svg
    assert '<title id="timeline-title">Dates mentioned, by month</title>' in svg
    assert "Not drawn: 1 dates known only to the year: 2022 (1)." in page
    assert "Not drawn: 2 durations, sets or dates without a year." in page


def test_summary_escapes_names_and_loads_nothing():
    evil = entity(SCRIPT, "ORG")
    page = render_summary([record(entities=[evil], claims=[claim(evil, cue=SCRIPT)])], title=SCRIPT)
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert not re.search(r"https?://|url\(|<link|<img", page)
    assert all(ref.startswith("#") for ref in read_page(page).resources)


def test_empty_corpus_renders_a_page_saying_so():
    page = render_summary([])
    assert "0 articles" in page
    assert "No entity was found." in page
    assert "No claim was found." in page
    assert "No calendar date was found." in page


def test_wrapped_records_are_read_too():
    page = render_summary([{"id": 1, "article": record(entities=[ONU])}])
    assert "1 articles" in page
    assert table_rows(page, "entities-heading")[0][0] == "ONU"


@pytest.mark.parametrize(
    ("value", "point"),
    [
        ("2022-01-05", (2022, 1)),
        ("2022-01-05TMO", (2022, 1)),
        ("2022-01", (2022, 1)),
        ("2022", (2022, None)),
        ("2022-W10", (2022, 3)),
        ("2022-Q1", (2022, None)),
        ("2022-SU", (2022, None)),
        ("2022-W60", (2022, None)),
        ("2022-13", (2022, None)),
        ("P3D", None),
        ("PRESENT_REF", None),
        ("XXXX-01-05", None),
    ],
)
def test_calendar_point_of_timex3_values(value, point):
    assert calendar_point(value) == point


def test_timeline_falls_back_to_years_then_decades_when_the_span_is_long():
    timeline = Timeline()
    timeline.add(["1990-05", "2022-01"])
    step, bars, _ = timeline.buckets()
    assert step == "year"
    assert bars[0] == ("1990", 1)
    assert bars[-1] == ("2022", 1)
    timeline.add(["1789", "2022-07-14"])
    step, bars, _ = timeline.buckets()
    assert step == "decade"
    assert len(bars) <= MAX_BARS
    assert bars[0] == ("1780s", 1)
    assert bars[-1] == ("2020s", 2)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.sampled_from(["2022-01-05", "P3D", SCRIPT]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=6), max_size=5))
def test_any_json_records_render_without_error_or_markup_leak(records):
    page = render_summary(records)
    assert page.rstrip().endswith("</html>")
    assert "<script" not in page


def test_overview_gives_the_span_of_publication_dates():
    records = [{**record(), "published": day} for day in ("2022-01-10", "2021-12-31", "2022-03-01")]
    records.append({**record(), "published": None})
    assert (
        "4 articles, 0 claims, 0 dated mentions, published from 2021-12-31 to 2022-03-01"
        in render_summary(records)
    )
