"""A hard time limit for one analysis: a SIGALRM timer that interrupts a plugin mid-call."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

__all__ = ["Expired", "hard_deadline", "where"]


class Expired(BaseException):
    """Raised by the timer inside a plugin: a BaseException, so that neither the plugin's
    own ``except Exception`` nor the pipeline's error wrapping can swallow it."""


def where(error: BaseException) -> str:
    """The module that was running when ``error`` was raised (the plugin that hung)."""
    module = "?"
    tb = error.__traceback__
    while tb is not None:
        name = str(tb.tb_frame.f_globals.get("__name__", "?"))
        if name != __name__:  # the timer's own handler is the last frame: skip it
            module = name
        tb = tb.tb_next
    return module


@contextlib.contextmanager
def hard_deadline(seconds: float | None) -> Iterator[None]:
    """Interrupt a plugin that loops without returning, by a SIGALRM timer.

    The pipeline's cooperative deadline is checked between plugin calls only; this one
    fires inside a plugin (both ``re`` and ``regex`` matches are interrupted), a little later,
    so that the cooperative message, naming the stage, wins when both could. It needs the
    main thread of a POSIX process and leaves alone a SIGALRM handler the application set:
    elsewhere only the cooperative deadline applies.
    """
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds) * 1.05 + 0.05)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
