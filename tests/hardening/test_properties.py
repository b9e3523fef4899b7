"""Property fuzzing: no source makes newskit raise anything but a documented error.

Each property feeds arbitrary Unicode, French-like text built from the plugins' own
lexicons, HTML fragments and raw bytes, and checks that the analysis either returns an
article whose spans are all aligned and whose JSON round trip is exact, or refuses the
source with an exception from :mod:`newskit.errors`. The examples hypothesis found are
pinned with ``@example`` so they stay regression tests. The million-input runs are
``fuzz/hypothesis_million.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hardening_helpers import (
    PLUGINS,
    analyze_or_documented_error,
    any_text,
    html_text,
    lexicon_text,
    sources,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit.testing import french_text

#: Inputs that once broke something, kept as regression examples for every property.
REGRESSIONS = (
    "Titre\n\n\u200f\u200f",
    "« « « » »",
    "0\n\n0",
    "M.\n\nM.",
)


@settings(max_examples=60)
@given(source=sources())
@example(source=b"\xef\xbb\xbf")
@example(source="<html><head><title>x</title></head></html>")
@example(source="<p>" * 50)
@example(source="1-" * 200)
@example(source="« " * 200)
def test_full_pipeline_accepts_or_refuses_any_source(full_pipeline, source):
    analyze_or_documented_error(full_pipeline, source)


@settings(max_examples=25)
@given(
    source=st.one_of(lexicon_text(), french_text()),
    published=st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
    lang=st.sampled_from(["fr", "fr_BE", "fr-CA", "en", "de"]),
    site=st.one_of(st.none(), st.text(max_size=12)),
)
def test_full_pipeline_accepts_any_date_language_and_site(
    full_pipeline, source, published, lang, site
):
    metadata = {} if site is None else {"site": site}
    analyze_or_documented_error(
        full_pipeline, source, published=published, lang=lang, metadata=metadata
    )


_TEXTS = st.one_of(any_text(), french_text(), lexicon_text(), html_text())


@pytest.mark.parametrize("name", PLUGINS)
@settings(max_examples=40)
@given(text=_TEXTS, published=st.one_of(st.none(), st.dates()))
def test_each_plugin_alone_accepts_or_refuses_any_text(single_pipelines, name, text, published):
    for regression in REGRESSIONS:
        analyze_or_documented_error(single_pipelines[name], regression)
    analyze_or_documented_error(single_pipelines[name], text, published=published)


@pytest.mark.parametrize("name", PLUGINS)
@settings(max_examples=15)
@given(data=st.binary(max_size=400))
def test_each_plugin_alone_accepts_or_refuses_any_bytes(single_pipelines, name, data):
    analyze_or_documented_error(single_pipelines[name], data)
