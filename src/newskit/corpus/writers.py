"""Write output records as JSON, JSONL, CSV or Parquet, atomically, and resume a run.

A file output is written to a work file in the same directory and moved over the target
with :func:`os.replace` only once the run completes, so readers never see half a file.
For JSONL and CSV the work file is ``.NAME.partial``: an interrupted run leaves it behind,
and ``--resume`` continues it (a torn last record is dropped) or, when the run had
finished, starts from the finished output. Records keep their input order, so a resumed
run writes the same bytes as an uninterrupted one. Parquet works the same way with a
``.NAME.partial`` directory of complete parts (see :class:`ParquetWriter`); a resumed run
has the same rows in the same order, in other row groups.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from newskit.corpus.records import ARTICLE_KEYS

__all__ = [
    "OUTPUT_FORMATS",
    "RESUMABLE_FORMATS",
    "Writer",
    "format_for_path",
    "open_writer",
    "partial_path",
    "to_json_line",
]

OUTPUT_FORMATS = ("json", "jsonl", "csv", "parquet")
RESUMABLE_FORMATS = ("jsonl", "csv", "parquet")
#: Parquet rows are buffered and written as row groups of this many records.
PARQUET_BATCH = 512


def to_json_line(record: Mapping[str, Any]) -> str:
    """One record as one JSON line: the bytes are the same whatever process made it."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def format_for_path(path: str | None) -> str | None:
    """The output format a file name implies (``.jsonl``, ``.csv``, ``.parquet``, ``.json``)."""
    if path is None:
        return None
    suffix = Path(path).suffix.lower()
    return {
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".csv": "csv",
        ".parquet": "parquet",
        ".json": "json",
    }.get(suffix)


def partial_path(path: str | Path) -> Path:
    """The work file of a JSONL or CSV output: ``.NAME.partial`` beside it."""
    target = Path(path)
    return target.with_name(f".{target.name}.partial")


def keep_record(record: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The default :attr:`Writer.encode`: the record itself, and whether it is an error."""
    return record, "error" in record


def encode_jsonl(record: dict[str, Any]) -> tuple[str, bool]:
    """:attr:`JsonlWriter.encode`: the record's JSON line, and whether it is an error."""
    return to_json_line(record) + "\n", "error" in record


class Writer:
    """Base writer: ``write`` records, then ``commit`` (or ``abort`` on failure).

    ``done`` holds the ids (as strings) of records already in a resumed output.
    :attr:`encode` is a module-level function that prepares a record for
    :meth:`write_encoded`; a process pool applies it in the workers, so that the
    serialization of a JSONL run is spread over them too.
    """

    encode: Any = staticmethod(keep_record)

    def __init__(self) -> None:
        self.done: set[str] = set()
        self.dropped: set[str] = set()
        #: An interrupted run leaves a work file that ``--resume`` continues.
        self.resumable = False

    def write(self, record: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def write_encoded(self, payload: Any) -> None:
        """Write what :attr:`encode` returned for a record (its first item)."""
        self.write(payload)

    def commit(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError


class _Target:
    """Where the bytes go: stdout, a unique temp file, or the ``.partial`` work file."""

    def __init__(self, path: str | None, *, binary: bool, partial: bool, resume: bool) -> None:
        self.path = None if path is None else Path(path)
        self.partial = partial
        self.work: Path | None = None
        if self.path is None:
            self.stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
            return
        if partial:
            self.work = partial_path(self.path)
            if resume and not self.work.exists() and self.path.exists():
                shutil.copyfile(self.path, self.work)
        else:
            fd, name = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            os.close(fd)
            self.work = Path(name)
        self.stream = None  # type: ignore[assignment]  # opened by the writer, which knows the mode

    def open(self, mode: str) -> IO[Any]:
        assert self.work is not None
        if "b" in mode:
            self.stream = open(self.work, mode)  # noqa: SIM115 - closed in commit/abort
        else:
            self.stream = open(self.work, mode, encoding="utf-8", newline="")  # noqa: SIM115
        return self.stream

    def commit(self) -> None:
        self.stream.flush()
        if self.path is None:
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        assert self.work is not None
        os.replace(self.work, self.path)

    def abort(self) -> None:
        if self.path is None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.flush()
            return
        with contextlib.suppress(OSError, AttributeError):
            self.stream.close()
        if not self.partial and self.work is not None:
            with contextlib.suppress(OSError):
                self.work.unlink()


class JsonlWriter(Writer):
    def __init__(self, path: str | None, *, resume: bool = False) -> None:
        super().__init__()
        self.resumable = path is not None
        self.target = _Target(path, binary=False, partial=path is not None, resume=resume)
        if path is None:
            self.stream = self.target.stream
            return
        work = self.target.work
        assert work is not None  # a file output always has a work file
        if resume and work.exists():
            end = _scan_jsonl(work, self.done)
            with open(work, "r+b") as stream:
                stream.truncate(end)
            self.stream = self.target.open("a")
        else:
            self.stream = self.target.open("w")

    encode = staticmethod(encode_jsonl)

    def write(self, record: Mapping[str, Any]) -> None:
        self.stream.write(to_json_line(record) + "\n")

    def write_encoded(self, payload: str) -> None:
        self.stream.write(payload)

    def commit(self) -> None:
        self.target.commit()

    def abort(self) -> None:
        self.target.abort()


def _scan_jsonl(path: Path, done: set[str]) -> int:
    """Collect the ids of the complete records of a JSONL file; the offset after the last."""
    end = 0
    with open(path, "rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                done.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                break
            end += len(line)
    return end


class JsonWriter(Writer):
    """One JSON document: the record itself for a single input, else an array of records."""

    def __init__(self, path: str | None, *, single: bool) -> None:
        super().__init__()
        self.single = single
        self.count = 0
        self.target = _Target(path, binary=False, partial=False, resume=False)
        self.stream = self.target.stream if path is None else self.target.open("w")

    def write(self, record: Mapping[str, Any]) -> None:
        if self.single:
            self.stream.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return
        self.stream.write(("[\n" if self.count == 0 else ",\n") + to_json_line(record))
        self.count += 1

    def commit(self) -> None:
        if not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.target.commit()

    def abort(self) -> None:
        self.target.abort()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


class CsvWriter(Writer):
    """CSV with a header: ``id``, the kept fields of the first record, the article, ``error``.

    Lists and objects (dates, entities, error…) are JSON-encoded in their cell.
    """

    def __init__(self, path: str | None, *, resume: bool = False) -> None:
        super().__init__()
        self.resumable = path is not None
        self.target = _Target(path, binary=False, partial=path is not None, resume=resume)
        self.columns: list[str] | None = None
        if path is None:
            self.stream = self.target.stream
        elif resume and self.target.work is not None and self.target.work.exists():
            end, self.columns = _scan_csv(self.target.work, self.done)
            with open(self.target.work, "r+b") as stream:
                stream.truncate(end)
            self.stream = self.target.open("a")
        else:
            self.stream = self.target.open("w")
        self.writer = csv.writer(self.stream)

    def write(self, record: Mapping[str, Any]) -> None:
        if self.columns is None:
            kept = [k for k in record if k not in ARTICLE_KEYS and k not in ("id", "error")]
            self.columns = ["id", *kept, *ARTICLE_KEYS, "error"]
            self.writer.writerow(self.columns)
        self.dropped.update(k for k in record if k not in self.columns)
        self.writer.writerow([_csv_cell(record.get(column)) for column in self.columns])

    def commit(self) -> None:
        if self.columns is None:
            self.writer.writerow(["id", *ARTICLE_KEYS, "error"])
        self.target.commit()

    def abort(self) -> None:
        self.target.abort()


def _scan_csv(path: Path, done: set[str]) -> tuple[int, list[str] | None]:
    """Ids of the complete rows of a CSV, the offset after the last, and its header."""
    offsets = [0]

    def lines() -> Iterator[str]:
        with open(path, "rb") as stream:
            for raw in stream:
                if not raw.endswith(b"\n"):
                    return  # a torn last row
                offsets[0] += len(raw)
                yield raw.decode("utf-8")

    reader = csv.reader(lines())
    end = 0
    header: list[str] | None = None
    try:
        for row in reader:
            if header is None:
                header = row
            elif len(row) != len(header):
                break
            else:
                done.add(row[0])
            end = offsets[0]
    except (csv.Error, UnicodeDecodeError):
        pass
    return end, header


class ParquetWriter(Writer):
    """Parquet with a nested schema (see :mod:`newskit.corpus.parquet`), in row groups.

    A Parquet file cannot be appended to, and one cut short has no footer and cannot be
    read at all. So a file output is written as a series of complete Parquet *parts*, one
    per batch of :data:`PARQUET_BATCH` records, each renamed into the ``.NAME.partial``
    work directory once it is whole; :meth:`commit` streams the parts, in order, into the
    target's temp file and moves it over the target. An interrupted run thus keeps every
    batch it finished (and, on a clean stop, the records it holds), and ``--resume``
    reads their ids and goes on with new parts. Standard output gets one stream.
    """

    def __init__(self, path: str | None, *, resume: bool = False) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.kept: list[str] | None = None
        self.writer: Any = None
        self.parts: Path | None = None
        self.next_part = 0
        if path is None:
            self.target: _Target | None = _Target(None, binary=True, partial=False, resume=False)
            self.sink: Any = self.target.stream
            return
        self.path = path
        self.resumable = True
        self.target = None  # the joined file's temp file, made by commit
        self.parts = partial_path(path)
        if resume:
            self._resume(Path(path))
        else:
            shutil.rmtree(self.parts, ignore_errors=True)
            if self.parts.exists():  # a plain file of that name, not a directory
                self.parts.unlink()
            self.parts.mkdir()

    def _resume(self, path: Path) -> None:
        import pyarrow.parquet as pq

        assert self.parts is not None
        if not self.parts.is_dir():
            self.parts.mkdir()
            if path.exists():  # a finished run: its output is the first part
                shutil.copyfile(path, self.parts / _part_name(0))
        names = sorted(p.name for p in self.parts.glob("part-*.parquet"))
        for name in names:
            table = pq.read_table(self.parts / name, columns=["id"])
            self.done.update(str(i) for i in table.column("id").to_pylist())
        if names:
            schema = pq.read_schema(self.parts / names[0])
            self.kept = list(schema.names[1 : schema.names.index("newskit")])
            self.next_part = int(names[-1][len("part-") : -len(".parquet")]) + 1

    def write(self, record: Mapping[str, Any]) -> None:
        from newskit.corpus.parquet import to_arrow_row

        if self.kept is None:
            self.kept = [k for k in record if k not in ARTICLE_KEYS and k not in ("id", "error")]
        self.dropped.update(
            k for k in record if k not in (*self.kept, *ARTICLE_KEYS, "id", "error")
        )
        self.rows.append(to_arrow_row(record, self.kept))
        if len(self.rows) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.parts is None:
            self._write_stream()
        elif self.rows:
            self._write_part()
        self.rows = []

    def _write_stream(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from newskit.corpus.parquet import record_schema

        schema = record_schema(self.kept or [])
        if self.writer is None:
            self.writer = pq.ParquetWriter(pa.PythonFile(self.sink, mode="w"), schema)
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=schema))

    def _write_part(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from newskit.corpus.parquet import record_schema

        assert self.parts is not None
        table = pa.Table.from_pylist(self.rows, schema=record_schema(self.kept or []))
        final = self.parts / _part_name(self.next_part)
        work = final.with_suffix(".tmp")
        pq.write_table(table, work)
        os.replace(work, final)
        self.next_part += 1

    def commit(self) -> None:
        self._flush()
        if self.parts is None:
            assert self.target is not None
            self.writer.close()
            self.target.commit()
            return
        self.target = _Target(self.path, binary=True, partial=False, resume=False)
        self._join_parts(self.target.open("wb"))
        self.target.commit()
        shutil.rmtree(self.parts, ignore_errors=True)

    def _join_parts(self, sink: IO[bytes]) -> None:
        """Stream the parts, row group by row group, into the target's work file."""
        import pyarrow.parquet as pq

        from newskit.corpus.parquet import record_schema

        assert self.parts is not None
        schema = record_schema(self.kept or [])
        with pq.ParquetWriter(sink, schema) as writer:
            for part in sorted(self.parts.glob("part-*.parquet")):
                source = pq.ParquetFile(part)
                for group in range(source.num_row_groups):
                    writer.write_table(source.read_row_group(group))

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            if self.parts is not None:
                self._flush()  # the records held are complete: keep them for --resume
            elif self.writer is not None:
                self.writer.close()
        if self.target is not None:
            self.target.abort()
        if self.parts is not None:
            with contextlib.suppress(OSError):
                self.parts.rmdir()  # only when empty: nothing to resume


def _part_name(number: int) -> str:
    return f"part-{number:06d}.parquet"


def open_writer(
    path: str | None, fmt: str, *, resume: bool = False, single: bool = False
) -> Writer:
    """A writer of ``fmt`` to ``path`` (None: standard output).

    :param resume: continue the ``.partial`` work file, or the finished output, of an
        earlier run (JSONL, CSV and Parquet); the writer's ``done`` holds the ids already there.
    :param single: the run has one input: JSON output is that record, not an array.
    """
    if fmt == "jsonl":
        return JsonlWriter(path, resume=resume)
    if fmt == "csv":
        return CsvWriter(path, resume=resume)
    if fmt == "parquet":
        return ParquetWriter(path, resume=resume)
    if fmt == "json":
        return JsonWriter(path, single=single)
    raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(OUTPUT_FORMATS)}")
