"""Per-document limits: a timeout and a maximum size, each with a clear error.

``Pipeline.analyze(timeout=...)`` is checked between plugin calls (the pipeline's
cooperative deadline); the corpus runner adds a hard SIGALRM deadline that stops a plugin
stuck inside its own call, so that one document cannot hang a batch.
"""

from __future__ import annotations

import json
import time

import pytest

import newskit
from newskit.corpus.records import InputRecord, PipelineSpec, analyze_record
from newskit.errors import AnalysisTimeout, InputTooLargeError, NewskitError
from newskit.testing import pipeline_with


class _Slow:
    """A plugin whose dates stage takes ``seconds``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    @newskit.hookimpl
    def newskit_find_dates(self, text):
        time.sleep(self.seconds)
        return []


def test_timeout_stops_the_analysis_after_the_slow_plugin():
    pipeline = pipeline_with(_Slow(0.3))
    # In the main thread the timer interrupts the plugin inside its call and names its
    # module; elsewhere the deadline checked after the call names the hook.
    with pytest.raises(
        AnalysisTimeout,
        match=r"timeout of 0\.1 s \((stopped in tests\.hardening\.test_limits|during newskit_find_dates)",
    ):
        pipeline.analyze("Titre\n\nUn texte.", timeout=0.1)


def test_timeout_is_a_newskit_error_and_a_timeout_error():
    assert issubclass(AnalysisTimeout, NewskitError)
    assert issubclass(AnalysisTimeout, TimeoutError)


def test_analysis_within_its_timeout_is_unchanged():
    pipeline = pipeline_with(_Slow(0.0))
    assert pipeline.analyze("Titre\n\nUn texte.", timeout=30).text == "Titre\n\nUn texte."


@pytest.mark.parametrize("timeout", [0, -1])
def test_non_positive_timeout_is_a_value_error(timeout):
    with pytest.raises(ValueError, match="timeout must be positive"):
        pipeline_with().analyze("Titre\n\nUn texte.", timeout=timeout)


def test_full_pipeline_honours_a_tiny_timeout(full_pipeline):
    with pytest.raises(AnalysisTimeout):
        full_pipeline.analyze("Titre\n\nLe 5 janvier 2022, 18 agents.", timeout=1e-9)


@pytest.mark.parametrize(
    ("source", "size"),
    [
        ("a" * 2_001, 2_001),
        ("é" * 1_001, 2_002),  # characters under the limit, UTF-8 bytes above it
        (b"<p>" + b"x" * 2_000 + b"</p>", 2_007),
        ("😀" * 501, 2_004),
    ],
)
def test_source_above_max_bytes_is_refused_before_any_plugin_runs(source, size):
    pipeline = pipeline_with(_Slow(5.0), max_bytes=2_000)
    started = time.monotonic()
    with pytest.raises(InputTooLargeError, match="above the limit of 2,000 bytes") as info:
        pipeline.analyze(source)
    assert (info.value.size, info.value.limit) == (size, 2_000)
    assert time.monotonic() - started < 2.0  # the 5 s plugin never ran


def test_source_at_max_bytes_is_accepted():
    pipeline = pipeline_with(max_bytes=2_000)
    assert len(pipeline.analyze("Titre\n\n" + "a" * 1_993).text) == 2_000


def test_default_limit_is_ten_megabytes():
    assert newskit.Pipeline(load_entry_points=False).max_bytes == 10 * 1024 * 1024


class _Stuck:
    """A plugin that never returns by itself (a runaway loop inside one call)."""

    @newskit.hookimpl
    def newskit_find_quantities(self, text):
        while True:
            time.sleep(0.01)


def test_corpus_record_stuck_in_a_plugin_becomes_a_timeout_error_record(monkeypatch):
    monkeypatch.setattr("newskit.corpus.records.pipeline_for", lambda spec: pipeline_with(_Stuck()))
    record = InputRecord(id="stuck", source="Titre\n\nUn texte.")
    started = time.monotonic()
    result = analyze_record(record, PipelineSpec(timeout=0.3))
    assert time.monotonic() - started < 5
    assert result["id"] == "stuck"
    assert result["error"]["type"] == "AnalysisTimeout"
    json.dumps(result)
