"""The ``newskit render`` command: an article (or a corpus of results) to one HTML page.

``newskit render FILE -o article.html`` renders one article: FILE is either a newskit
JSON record (as ``newskit analyze`` writes it; read back, not analyzed again) or a source
to analyze (plain text or HTML). ``newskit render --summary results.jsonl -o summary.html``
renders the overview of a results file (one JSON record per line). ``-`` reads standard
input; without ``-o`` the page goes to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["add_arguments", "run"]

#: Exit statuses: 0 success, 1 the input could not be read or analyzed, 2 a usage error.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``newskit render`` on ``parser``."""
    parser.add_argument(
        "file",
        metavar="FILE",
        help="an article to analyze (text or HTML), a newskit JSON record, "
        "or with --summary a results JSONL file; '-' reads standard input",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="HTML",
        default="-",
        help="where to write the page (default: standard output)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="FILE is a results JSONL file: render the corpus overview "
        "(top entities, sources of claims, timeline of dates)",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) anchoring relative dates, when FILE is analyzed",
    )
    parser.add_argument(
        "--title", metavar="TEXT", help="title of the --summary page (default: Corpus overview)"
    )


def run(args: argparse.Namespace) -> int:
    """Carry out ``newskit render``; returns the exit status (messages go to stderr)."""
    from newskit.errors import NewskitError

    try:
        if args.summary:
            from newskit.render.summary import render_summary

            with _open(args.file) as stream:
                page = render_summary(_records(stream), title=args.title or "Corpus overview")
        else:
            page = _article(_read(args.file), args).to_html()
        _write(args.output, page)
    except _UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        return _fail(f"cannot use{where}: {error.strerror or error}", EXIT_FAILED)
    except (NewskitError, ValueError) as error:
        return _fail(str(error), EXIT_FAILED)
    return EXIT_OK


class _UsageError(Exception):
    """The arguments do not fit together."""


def _fail(message: str, status: int) -> int:
    print(f"newskit render: error: {message}", file=sys.stderr)
    return status


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _open(name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    if name == "-":
        # Do not close the process's standard input when the with-block ends.
        return contextlib.nullcontext(sys.stdin.buffer)
    return Path(name).open("rb")


def _write(name: str, page: str) -> None:
    if name == "-":
        sys.stdout.write(page)
        sys.stdout.flush()
    else:
        Path(name).write_text(page, encoding="utf-8")


def _article(data: bytes, args: argparse.Namespace) -> Any:
    import newskit
    from newskit.serialize import article_from_dict

    record = _json_record(data)
    if record is not None:
        error = record.get("error")
        if isinstance(error, dict) and "text" not in record:
            raise ValueError(
                f"FILE is the record of a failed analysis: {error.get('type')}: {error.get('message')}"
            )
        if "text" not in record or "raw" not in record:
            raise _UsageError("FILE is JSON but not a newskit article record (no 'text' and 'raw')")
        return article_from_dict(record)
    if data.lstrip().startswith(b"{") and b"\n{" in data.strip():
        raise _UsageError("FILE looks like a JSONL file of results: use --summary")
    return newskit.analyze(data, published=args.published)


def _json_record(data: bytes) -> dict[str, Any] | None:
    """The JSON object ``data`` holds, or None when it is not one JSON object."""
    if not data.lstrip().startswith(b"{"):
        return None
    try:
        value = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _records(lines: Iterable[bytes]) -> Iterator[Any]:
    """The parsed lines of a results file, one at a time (constant memory).

    A line that is not JSON (a truncated last line) becomes None, which the overview
    counts as a skipped record instead of failing the whole page.
    """
    for line in lines:
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            yield None
