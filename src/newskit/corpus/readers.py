"""Read a corpus as a stream of :class:`InputRecord`: files, folders, stdin, ``.gz``, JSONL, CSV.

Readers never raise for a bad document: a missing file, a directory, an oversized file or
a JSONL line that is not JSON becomes a record whose ``problem`` says why, so the run
reports it as an error record and goes on. Nothing is read ahead: memory stays flat
however large the corpus.
"""

from __future__ import annotations

import csv
import errno
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from newskit.corpus.records import InputRecord
from newskit.errors import InputError, InputTooLargeError

__all__ = ["INPUT_FORMATS", "ReadOptions", "detect_format", "iter_paths", "read_inputs"]

#: ``auto`` picks by file name: ``.jsonl``/``.ndjson`` → jsonl, ``.csv`` → csv, else text.
INPUT_FORMATS = ("auto", "text", "jsonl", "csv")
STDIN = "-"


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read the inputs.

    :param input_format: ``auto``, ``text`` (one document per file), ``jsonl`` or ``csv``.
    :param text_field: the JSONL key or CSV column holding the document.
    :param id_field: the key or column holding its id (default: ``<file>:<line>``).
    :param published_field: the key or column holding its publication date.
    :param published: the publication date of every document (a field value wins).
    :param metadata: metadata given to every document (``site=…``).
    :param max_bytes: documents larger than this are reported, not read (text files).
    """

    input_format: str = attrs.field(default="auto", validator=attrs.validators.in_(INPUT_FORMATS))
    text_field: str = "text"
    id_field: str = "id"
    published_field: str = "published"
    published: str | None = None
    metadata: Mapping[str, str] = attrs.field(factory=dict)
    max_bytes: int = 10 * 1024 * 1024


def detect_format(name: str, requested: str = "auto") -> str:
    """The input format of a file name: the requested one, or guessed from its suffixes."""
    if requested != "auto":
        return requested
    lowered = name.lower().removesuffix(".gz")
    if lowered.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lowered.endswith(".csv"):
        return "csv"
    return "text"


def iter_paths(directories: Iterable[str | Path], pattern: str = "*") -> Iterator[Path]:
    """The files under each directory (recursively) whose name matches ``pattern``, sorted
    so that a run is reproducible; hidden files and folders are skipped."""
    for directory in directories:
        root = Path(directory)
        found = []
        for path in root.rglob(pattern):
            relative = path.relative_to(root).parts
            if any(part.startswith(".") for part in relative) or not path.is_file():
                continue
            found.append(path)
        yield from sorted(found)


def read_inputs(paths: Iterable[str | Path], options: ReadOptions) -> Iterator[InputRecord]:
    """Every record of every input, in order; ``-`` is standard input."""
    for path in paths:
        name = str(path)
        kind = detect_format(name if name != STDIN else "", options.input_format)
        if kind == "text":
            yield _read_document(name, options)
        else:
            yield from _read_table(name, kind, options)


def _read_document(name: str, options: ReadOptions) -> InputRecord:
    record: dict[str, Any] = {
        "id": name,
        "published": options.published,
        "metadata": options.metadata,
    }
    try:
        if name == STDIN:
            data = _read_limited(sys.stdin.buffer, options.max_bytes)
        else:
            _check_file(name)
            size = os.stat(name).st_size
            if not name.endswith(".gz") and size > options.max_bytes:
                raise InputTooLargeError(size, options.max_bytes)
            with _open_binary(name) as stream:
                data = _read_limited(stream, options.max_bytes)
    except (OSError, InputError, EOFError) as error:
        return InputRecord(**record, problem=_gzip_error(error))
    return InputRecord(**record, source=data)


def _check_file(name: str) -> None:
    if os.path.isdir(name):
        raise IsADirectoryError(
            errno.EISDIR, "is a directory (use --input-dir to analyze the files in it)", name
        )
    if not os.path.exists(name):
        raise FileNotFoundError(errno.ENOENT, "no such file", name)


def _gzip_error(error: BaseException) -> BaseException:
    if isinstance(error, gzip.BadGzipFile | EOFError):
        return InputError(f"not a readable gzip file: {error}")
    return error


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    """Read at most ``limit`` bytes; more is an error (without reading the rest)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(len(data) + len(stream.read(1 << 20)), limit)
    return data


def _open_binary(name: str) -> IO[bytes]:
    if name.endswith(".gz"):
        return gzip.open(name, "rb")  # type: ignore[return-value]
    return open(name, "rb")


def _read_table(name: str, kind: str, options: ReadOptions) -> Iterator[InputRecord]:
    try:
        if name == STDIN:
            stream: IO[bytes] = sys.stdin.buffer
        else:
            _check_file(name)
            stream = _open_binary(name)
    except OSError as error:
        yield InputRecord(id=name, problem=error)
        return
    label = "stdin" if name == STDIN else name
    try:
        rows = _jsonl_rows(stream) if kind == "jsonl" else _csv_rows(stream)
        for number, row in rows:
            yield _table_record(label, number, row, options)
    except (OSError, EOFError) as error:  # a truncated .gz: report it, end this input
        yield InputRecord(id=f"{label}:?", problem=_gzip_error(error))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _jsonl_rows(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, Any] | BaseException]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield number, InputError(f"line {number} is not JSON: {error}")
            continue
        if not isinstance(row, dict):
            yield number, InputError(f"line {number} is a JSON {type(row).__name__}, not an object")
            continue
        yield number, row


def _csv_rows(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, Any] | BaseException]]:
    csv.field_size_limit(2**31 - 1)  # a whole article fits in one cell
    position = {"line": 0}

    def lines() -> Iterator[str]:
        # Decode line by line, so the rows before a bad byte are still read.
        for raw in stream:
            position["line"] += 1
            text = raw.decode("utf-8")
            yield text.removeprefix("\ufeff") if position["line"] == 1 else text

    reader = csv.DictReader(lines())
    try:
        for row in reader:
            yield reader.line_num, {k: v for k, v in row.items() if k is not None}
    except UnicodeDecodeError as error:
        yield (
            position["line"],
            InputError(
                f"line {position['line']} of the CSV is not UTF-8 ({error.reason}): the rest of the file is skipped"
            ),
        )
    except csv.Error as error:
        yield position["line"], InputError(f"line {position['line']} is not valid CSV: {error}")


def _table_record(
    label: str, number: int, row: dict[str, Any] | BaseException, options: ReadOptions
) -> InputRecord:
    default_id = f"{label}:{number}"
    if isinstance(row, BaseException):
        return InputRecord(id=default_id, problem=row)
    record_id = row.get(options.id_field)
    record_id = default_id if record_id in (None, "") else record_id
    fields = {
        key: value
        for key, value in row.items()
        if key not in (options.text_field, options.id_field, options.published_field)
    }
    text = row.get(options.text_field)
    published = row.get(options.published_field) or options.published
    if not isinstance(text, str):
        problem = InputError(
            f"no text field {options.text_field!r} in this record"
            if text is None
            else f"field {options.text_field!r} is a {type(text).__name__}, not text"
        )
        return InputRecord(id=record_id, fields=fields, problem=problem)
    if published is not None and not isinstance(published, str):
        published = str(published)
    return InputRecord(
        id=record_id, source=text, published=published, metadata=options.metadata, fields=fields
    )
