"""Map the analysis over a stream of records, in this process or in a pool of processes.

The pool streams: records go out in chunks, at most a few chunks per worker are in flight,
and results come back in input order, so memory stays flat and the output is the same
bytes whatever the number of workers. Each worker builds its pipeline once (in its
initializer). Small inputs never start a pool: starting one costs more than it saves.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from newskit.corpus.records import (
    InputRecord,
    PipelineSpec,
    analyze_record,
    error_record,
    pipeline_for,
)
from newskit.errors import AnalysisTimeout

__all__ = ["DEFAULT_CHUNK_SIZE", "SMALL_INPUT", "WorkerCrashedError", "analyze_stream"]

#: Records sent to a worker at a time: large enough to amortize the pickling round trip,
#: small enough that the workers share the tail of a corpus evenly.
DEFAULT_CHUNK_SIZE = 16
#: Chunks in flight per worker: keeps every worker busy while results are written.
IN_FLIGHT_PER_WORKER = 3
#: Workers that die on consecutive records: the pool itself is broken, not a record.
MAX_CRASHES_IN_A_ROW = 3
#: Seconds a worker may run past its records' time budget before it is killed.
STUCK_GRACE = 30.0
#: A short article the workers analyze once at start-up, so that the plugins load their
#: models before the first record (and before any record's time budget starts).
WARM_UP = (
    "Titre\n\nLe 5 janvier 2022, le ministre Jean Dupont a déclaré que 18 agents étaient partis."
)
#: With fewer records than this, ``jobs > 1`` still runs in-process.
SMALL_INPUT = 64


def analyze_stream(
    records: Iterable[InputRecord],
    spec: PipelineSpec,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    small_input: int = SMALL_INPUT,
    finish: Callable[[dict[str, Any]], Any] | None = None,
    stuck_grace: float = STUCK_GRACE,
) -> Iterator[Any]:
    """The output record of every input record, in input order.

    :param jobs: worker processes; 1 analyzes in this process.
    :param chunk_size: records per task sent to a worker.
    :param small_input: inputs with fewer records stay in this process whatever ``jobs``.
    :param finish: applied to each output record where it is made, e.g. to serialize it
        in the worker rather than here (a module-level function: it is pickled). The
        stream then yields what it returns.
    :param stuck_grace: with a timeout and workers, seconds past a chunk's time budget
        after which its worker is taken for stuck in native code (where the timer cannot
        interrupt it) and killed; the record that hangs gets an ``AnalysisTimeout``.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    finish = finish or _same
    iterator = iter(records)
    if jobs == 1:
        for record in iterator:
            yield finish(analyze_record(record, spec))
        return
    head = list(islice(iterator, small_input))
    if len(head) < small_input:
        for record in head:
            yield finish(analyze_record(record, spec))
        return
    yield from _Pool(spec, jobs, finish, stuck_grace).run(_chain(head, iterator), chunk_size)


def _same(record: dict[str, Any]) -> dict[str, Any]:
    return record


def _chain(head: list[InputRecord], rest: Iterator[InputRecord]) -> Iterator[InputRecord]:
    # Hand the buffered head over, then drop it, so it is not held for the whole run.
    while head:
        yield head.pop(0)
    yield from rest


def _analyze_chunk(
    items: list[InputRecord], spec: PipelineSpec, finish: Callable[[dict[str, Any]], Any]
) -> list[Any]:
    """Worker side: analyze the records of a chunk (errors are records, never exceptions)."""
    return [finish(analyze_record(item, spec)) for item in items]


def _start_worker(spec: PipelineSpec) -> None:
    """Worker initializer: build the pipeline once, before the first chunk arrives.

    Ctrl-C reaches every process of the terminal's group: workers ignore it and let the
    main process stop the run (and keep its partial output) in order.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline = pipeline_for(spec)
    with contextlib.suppress(Exception):  # a plugin that fails here fails on records too
        pipeline.analyze(WARM_UP, lang=spec.lang)


def _ready() -> bool:
    return True


def _context() -> Any:
    # forkserver: workers fork from a clean server process, not from this one, which may
    # hold threads (a progress bar's) that fork would copy in an undefined state.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Import newskit once in the server, so that each worker forks with it loaded.
    context.set_forkserver_preload(["newskit.corpus.records", "newskit.pipeline"])
    return context


class _Pool:
    """A process pool that survives a worker dying: the record that killed it gets an error."""

    def __init__(
        self,
        spec: PipelineSpec,
        jobs: int,
        finish: Callable[[dict[str, Any]], Any],
        stuck_grace: float = STUCK_GRACE,
    ) -> None:
        self.spec = spec
        self.jobs = jobs
        self.finish = finish
        self.stuck_grace = stuck_grace
        self.crashes = 0
        self.executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(self.spec,),
        )
        # Wait until the workers have started (and loaded their models), so that a time
        # budget never counts a worker's start-up.
        for future in [executor.submit(_ready) for _ in range(self.jobs)]:
            with contextlib.suppress(BrokenProcessPool):
                future.result()
        return executor

    def _budget(self, records: int) -> float | None:
        """Seconds to wait for ``records`` records before taking the worker for stuck."""
        if self.spec.timeout is None:
            return None
        return records * (self.spec.timeout * 1.05 + 0.05) + self.stuck_grace

    def _kill_workers(self) -> None:
        # ProcessPoolExecutor has no public way to stop a task: kill its processes; the
        # futures in flight then fail with BrokenProcessPool, handled as a crash.
        for process in list(getattr(self.executor, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                process.kill()

    def _submit(self, chunk: list[InputRecord]) -> Future[list[Any]]:
        try:
            return self.executor.submit(_analyze_chunk, chunk, self.spec, self.finish)
        except BrokenProcessPool as error:  # broke since the last result: report it in order
            broken: Future[list[Any]] = Future()
            broken.set_exception(error)
            return broken

    def run(self, records: Iterator[InputRecord], chunk_size: int) -> Iterator[Any]:
        pending: deque[tuple[list[InputRecord], Future[list[Any]]]] = deque()
        limit = self.jobs * IN_FLIGHT_PER_WORKER
        try:
            while True:
                chunk = list(islice(records, chunk_size))
                if chunk:
                    pending.append((chunk, self._submit(chunk)))
                if pending and (len(pending) >= limit or not chunk):
                    yield from self._collect(pending)
                elif not chunk:
                    return
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _collect(self, pending: deque[tuple[list[InputRecord], Future[list[Any]]]]) -> list[Any]:
        chunk, future = pending.popleft()
        try:
            return future.result(timeout=self._budget(len(chunk)))
        except BrokenProcessPool:
            pass
        except FutureTimeout:  # a worker stuck where the timer cannot reach
            self._kill_workers()
        # A worker died (a crash in native code, the OOM killer): the chunks in flight are
        # lost. Find the culprit by running this chunk one record at a time, then resend
        # the chunks whose results were lost.
        self._restart()
        results = [self._isolated(item) for item in chunk]
        for index, (other, other_future) in enumerate(pending):
            if not other_future.done() or other_future.exception() is not None:
                pending[index] = (other, self._submit(other))
        return results

    def _isolated(self, item: InputRecord) -> Any:
        try:
            result = self._submit([item]).result(timeout=self._budget(1))[0]
        except FutureTimeout:
            self._kill_workers()
            self._restart()
            stuck = AnalysisTimeout(
                f"analysis exceeded its timeout of {self.spec.timeout} s and did not stop "
                "(stuck outside Python): its worker process was killed"
            )
            return self.finish(error_record(item.id, stuck, item.fields))
        except BrokenProcessPool:
            self.crashes += 1
            if self.crashes >= MAX_CRASHES_IN_A_ROW:
                raise WorkerCrashedError(
                    f"{self.crashes} worker processes in a row died, the last on record "
                    f"{item.id!r}: workers cannot run (see the errors above)"
                ) from None
            self._restart()
            crash = WorkerCrashedError("the worker process died while analyzing this record")
            return self.finish(error_record(item.id, crash, item.fields))
        self.crashes = 0
        return result

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new_executor()


class WorkerCrashedError(RuntimeError):
    """A worker process died (killed, or crashed in native code) while analyzing a record."""
