"""Report a run's progress on stderr: a live bar on a terminal, a quiet line now and then
otherwise (a log file should not fill with redraws), and a final summary."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, Any

__all__ = ["Progress"]

#: Seconds between two progress lines when stderr is not a terminal.
LINE_INTERVAL = 30.0


class Progress:
    """Count records and errors; show them as they come.

    :param total: the number of records, when known (a bar and an ETA then show).
    :param enabled: False prints nothing but the summary (``--quiet`` prints nothing).
    """

    def __init__(
        self, *, total: int | None = None, enabled: bool = True, stream: IO[str] | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.enabled = enabled
        self.records = 0
        self.errors = 0
        self.skipped = 0
        self.started = time.monotonic()
        self._last_line = self.started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled and self.stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as RichProgress,
            )

            self._bar = RichProgress(
                TextColumn("[bold]newskit"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} records/s"),
                TextColumn("{task.fields[errors]} errors"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._task = self._bar.add_task("analyze", total=self.total, rate="0", errors=0)
            self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def advance(self, *, error: bool = False) -> None:
        """One more record written (an error record when ``error``)."""
        self.records += 1
        self.errors += error
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=f"{self.rate():.1f}", errors=self.errors)
        elif self.enabled:
            now = time.monotonic()
            if now - self._last_line >= LINE_INTERVAL:
                self._last_line = now
                print(f"newskit: {self._counts()} so far", file=self.stream, flush=True)

    def _counts(self) -> str:
        return f"{self.records} records, {self.errors} errors, {self.rate():.1f} records/s"

    def summary(self) -> str:
        """``newskit: N records (E errors, S skipped) in T s (R records/s)``."""
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (
            f"newskit: {self.records} records ({self.errors} errors{skipped}) "
            f"in {self.seconds:.2f} s ({self.rate():.1f} records/s)"
        )
