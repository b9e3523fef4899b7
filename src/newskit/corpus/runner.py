"""Map the analysis over a stream of records, in this process or in a pool of processes.

The pool streams: records go out in chunks, at most a few chunks per worker are in flight,
and results come back in input order, so memory stays flat and the output is the same
bytes whatever the number of workers. Each worker builds its pipeline once (in its
initializer). Small inputs never start a pool: starting one costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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

__all__ = ["DEFAULT_CHUNK_SIZE", "SMALL_INPUT", "analyze_stream"]

#: Records sent to a worker at a time: large enough to amortize the pickling round trip,
#: small enough that the workers share the tail of a corpus evenly.
DEFAULT_CHUNK_SIZE = 16
#: Chunks in flight per worker: keeps every worker busy while results are written.
IN_FLIGHT_PER_WORKER = 3
#: With fewer records than this, ``jobs > 1`` still runs in-process.
SMALL_INPUT = 64

# What the pool sends to a worker: a record to analyze, or an error record already made
# (a record that could not be read is answered without a worker).
_Item = InputRecord | dict[str, Any]


def analyze_stream(
    records: Iterable[InputRecord],
    spec: PipelineSpec,
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    small_input: int = SMALL_INPUT,
) -> Iterator[dict[str, Any]]:
    """The output record of every input record, in input order.

    :param jobs: worker processes; 1 analyzes in this process.
    :param chunk_size: records per task sent to a worker.
    :param small_input: inputs with fewer records stay in this process whatever ``jobs``.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    iterator = iter(records)
    if jobs == 1:
        for record in iterator:
            yield analyze_record(record, spec)
        return
    head = list(islice(iterator, small_input))
    if len(head) < small_input:
        for record in head:
            yield analyze_record(record, spec)
        return
    yield from _Pool(spec, jobs).run(_chain(head, iterator), chunk_size)


def _chain(head: list[InputRecord], rest: Iterator[InputRecord]) -> Iterator[InputRecord]:
    # Hand the buffered head over, then drop it, so it is not held for the whole run.
    while head:
        yield head.pop(0)
    yield from rest


def _prepare(record: InputRecord) -> _Item:
    if record.problem is not None:
        return error_record(record.id, record.problem, record.fields)
    return record


def _analyze_chunk(items: list[_Item], spec: PipelineSpec) -> list[dict[str, Any]]:
    """Worker side: analyze the records of a chunk (errors are records, never exceptions)."""
    return [item if isinstance(item, dict) else analyze_record(item, spec) for item in items]


def _start_worker(spec: PipelineSpec) -> None:
    """Worker initializer: build the pipeline once, before the first chunk arrives."""
    pipeline_for(spec)


def _context() -> Any:
    # forkserver: workers fork from a clean server process, not from this one, which may
    # hold threads (a progress bar's) that fork would copy in an undefined state.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _Pool:
    """A process pool that survives a worker dying: the record that killed it gets an error."""

    def __init__(self, spec: PipelineSpec, jobs: int) -> None:
        self.spec = spec
        self.jobs = jobs
        self.executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_context(),
            initializer=_start_worker,
            initargs=(self.spec,),
        )

    def _submit(self, chunk: list[_Item]) -> Future[list[dict[str, Any]]]:
        return self.executor.submit(_analyze_chunk, chunk, self.spec)

    def run(self, records: Iterator[InputRecord], chunk_size: int) -> Iterator[dict[str, Any]]:
        pending: deque[tuple[list[_Item], Future[list[dict[str, Any]]]]] = deque()
        limit = self.jobs * IN_FLIGHT_PER_WORKER
        try:
            while True:
                chunk = [_prepare(r) for r in islice(records, chunk_size)]
                if chunk:
                    pending.append((chunk, self._submit(chunk)))
                if pending and (len(pending) >= limit or not chunk):
                    yield from self._collect(pending)
                elif not chunk:
                    return
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _collect(
        self, pending: deque[tuple[list[_Item], Future[list[dict[str, Any]]]]]
    ) -> list[dict[str, Any]]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # A worker died (a crash in native code, the OOM killer): every chunk in flight is
        # lost. Find the culprit by running this chunk one record at a time, then resend
        # the rest.
        self._restart()
        results = [self._isolated(item) for item in chunk]
        for index, (other, _) in enumerate(pending):
            pending[index] = (other, self._submit(other))
        return results

    def _isolated(self, item: _Item) -> dict[str, Any]:
        if isinstance(item, dict):
            return item
        try:
            return self._submit([item]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return error_record(
                item.id,
                WorkerCrashedError("the worker process died while analyzing this record"),
                item.fields,
            )

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new_executor()


class WorkerCrashedError(RuntimeError):
    """A worker process died (killed, or crashed in native code) while analyzing a record."""
