"""Progress on stderr: a bar on a terminal, a quiet line now and then otherwise, a summary."""

from __future__ import annotations

import io

from newskit.corpus import progress
from newskit.corpus.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_gets_a_line_per_interval_not_a_redraw(monkeypatch):
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)
    stream = io.StringIO()
    with Progress(stream=stream) as bar:
        bar.advance()
        bar.advance(error=True)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("newskit: 1 records, 0 errors, ")
    assert lines[1].startswith("newskit: 2 records, 1 errors, ")
    assert "\r" not in stream.getvalue()


def test_log_stays_quiet_between_intervals():
    stream = io.StringIO()
    with Progress(stream=stream) as bar:
        for _ in range(100):
            bar.advance()
    assert stream.getvalue() == ""


def test_terminal_gets_a_bar_with_rate_and_errors():
    stream = Terminal()
    with Progress(stream=stream, total=4) as bar:
        for number in range(4):
            bar.advance(error=number == 2)
    assert bar._bar is not None
    assert (bar.records, bar.errors) == (4, 1)


def test_summary_counts_records_errors_and_skipped():
    bar = Progress(stream=io.StringIO(), enabled=False)
    bar.advance()
    bar.advance(error=True)
    bar.skipped = 5
    assert bar.summary().startswith("newskit: 2 records (1 errors, 5 skipped) in ")
    assert bar.summary().endswith(" records/s)")
