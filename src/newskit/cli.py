"""The ``newskit`` command: ``analyze``, ``plugins``, ``learn-boilerplate``, ``render``.

Exit status: 0 when the run completed (in a batch, records that failed are error records
in the output and do not change it); 1 when a single-document run fails on its input, or
on a fatal error (a plugin that cannot load, an output that cannot be written); 2 for a
usage error (bad option, missing input, unusable output path); 130 when interrupted
(Ctrl-C or SIGTERM).
Messages go to stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: Subcommands implemented elsewhere: command -> module with add_arguments(parser), run(args).
EXTERNAL_COMMANDS = {
    "learn-boilerplate": (
        "newskit_boilerplate.learn",
        "learn a site's boilerplate profile from a sample of its pages",
    ),
    "render": ("newskit.render.cli", "write an HTML report of analyzed articles"),
}

_EPILOG_ANALYZE = """\
exit status:
  0    the run completed; in a batch, failed records are error records in the output
  1    a single-document run failed on its input, or a fatal error (output not writable)
  2    usage error: bad option, no input, unusable output path, unknown plugin
  130  interrupted by Ctrl-C or SIGTERM (an output file keeps its .NAME.partial work
       file: use --resume)

examples:
  newskit analyze article.txt
  newskit analyze --input-dir corpus/ --glob '*.txt' -o out.jsonl --jobs 2
  newskit analyze articles.jsonl.gz --text-field body -o out.parquet
  cat article.txt | newskit analyze - --published 2022-01-10
"""


class _Parser(argparse.ArgumentParser):
    """argparse, with ``newskit: error:`` messages."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"newskit: error: {message}\n")


def _metadata_item(value: str) -> tuple[str, str]:
    key, sep, item = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {value!r}")
    return key.strip(), item


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {value!r}")
    return number


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date such as 2022-01-10, got {value!r}"
        ) from None


def _version() -> str:
    from newskit._version import __version__

    return f"newskit {__version__}"


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; the options of an external ``command`` are loaded only for it."""
    from newskit.corpus.readers import INPUT_FORMATS
    from newskit.corpus.writers import OUTPUT_FORMATS

    parser = _Parser(
        prog="newskit",
        description="Turn raw French news articles into structured data.",
        epilog="Run 'newskit COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )

    analyze = commands.add_parser(
        "analyze",
        help="analyze articles: files, folders, stdin, JSONL or CSV corpora",
        description="Analyze articles and write one record per article (JSON, JSONL, CSV or Parquet).",
        epilog=_EPILOG_ANALYZE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inputs = analyze.add_argument_group("input")
    inputs.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="article files, JSONL or CSV corpora (.gz too); '-' reads stdin",
    )
    inputs.add_argument(
        "--input-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="analyze the files under DIR, recursively (repeatable)",
    )
    inputs.add_argument(
        "--glob",
        default="*",
        metavar="PATTERN",
        help="with --input-dir, the file names to take (default: %(default)s)",
    )
    inputs.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read inputs; auto: by name (.jsonl, .ndjson, .csv, else text)",
    )
    inputs.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSONL key or CSV column of the text (default: %(default)s)",
    )
    inputs.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="JSONL key or CSV column of the id (default: %(default)s; else FILE:LINE)",
    )
    inputs.add_argument(
        "--published-field",
        default="published",
        metavar="NAME",
        help="JSONL key or CSV column of the publication date (default: %(default)s)",
    )

    article = analyze.add_argument_group("article")
    article.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (ISO 8601), the anchor of relative dates",
    )
    article.add_argument(
        "--lang", default="fr", help="language of the articles (default: %(default)s)"
    )
    article.add_argument(
        "--metadata",
        type=_metadata_item,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="metadata for every article, e.g. site=lemonde.fr (repeatable)",
    )

    plugins = analyze.add_argument_group("plugins")
    plugins.add_argument(
        "-p",
        dest="plugin_options",
        action="append",
        default=[],
        metavar="NAME",
        help="'-p no:NAME' disables plugin NAME; '-p MODULE' loads an extra plugin module (repeatable)",
    )
    plugins.add_argument(
        "--set",
        dest="settings",
        type=_metadata_item,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a pipeline setting that plugins read, e.g. entities.backend=rules (repeatable)",
    )

    output = analyze.add_argument_group("output")
    output.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        help="output format (default: from -o's suffix; json for one file, jsonl otherwise)",
    )
    output.add_argument(
        "-o", "--output", metavar="PATH", help="write to PATH (atomically) instead of stdout"
    )
    output.add_argument(
        "--resume",
        action="store_true",
        help="skip the records already in the output (JSONL or CSV with -o)",
    )

    run = analyze.add_argument_group("execution")
    run.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (default: %(default)s)",
    )
    run.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="give up on a record after SECONDS: it becomes an error record",
    )
    run.add_argument(
        "--chunk-size", type=_positive_int, default=None, metavar="N", help=argparse.SUPPRESS
    )
    run.add_argument(
        "-q", "--quiet", action="store_true", help="no progress and no summary on stderr"
    )
    analyze.set_defaults(handler=_run_analyze)

    listing = commands.add_parser(
        "plugins",
        help="list the loaded plugins",
        description="List the loaded plugins: name, version, distribution, hooks.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument(
        "-p",
        dest="plugin_options",
        action="append",
        default=[],
        metavar="NAME",
        help="'-p no:NAME' disables plugin NAME; '-p MODULE' loads an extra plugin module",
    )
    listing.set_defaults(handler=_run_plugins)

    for name, (module, summary) in EXTERNAL_COMMANDS.items():
        sub = commands.add_parser(name, help=summary, description=summary, add_help=name != command)
        if name == command:
            module = _load_external(name)
            sub.add_argument("-h", "--help", action="help", help="show this help message and exit")
            module.add_arguments(sub)
            sub.set_defaults(handler=lambda args, run=module.run: int(run(args) or 0))
    return parser


class _Unavailable(Exception):
    """An external command whose module cannot be imported (not written yet, or broken)."""


def _load_external(name: str) -> Any:
    """The module implementing an external command, checked for its two functions."""
    module_name = EXTERNAL_COMMANDS[name][0]
    try:
        module = importlib.import_module(module_name)
    except Exception as error:  # ImportError, or a bug at its import: say which and why
        raise _Unavailable(
            f"cannot import {module_name} ({type(error).__name__}: {error})"
        ) from error
    missing = [f for f in ("add_arguments", "run") if not callable(getattr(module, f, None))]
    if missing:
        raise _Unavailable(f"{module_name} has no {' or '.join(missing)}() function")
    return module


def _command_of(argv: Sequence[str]) -> str | None:
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _command_of(argv)
    try:
        parser = build_parser(command)
    except _Unavailable as error:
        _error(f"the {command} command is not available: {error}")
        return EXIT_USAGE
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # stdout closed early (| head): stop quietly
        _silence_stdout()
        return EXIT_FAILED


def _silence_stdout() -> None:
    # Python flushes stdout at exit and would report the broken pipe again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(message: str) -> None:
    print(f"newskit: error: {message}", file=sys.stderr, flush=True)


# -- plugins ---------------------------------------------------------------------------


def _plugin_options(values: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``-p no:NAME`` and ``-p MODULE`` values: (names to disable, modules to load)."""
    disable = tuple(v.removeprefix("no:").strip() for v in values if v.startswith("no:"))
    load = tuple(v.strip() for v in values if not v.startswith("no:"))
    return disable, load


def _check_plugin_options(disable: Sequence[str], load: Sequence[str]) -> str | None:
    """A usage error message for an unknown plugin name or an unimportable module."""
    from importlib import metadata

    from newskit.plugins import CORE_PLUGIN, ENTRY_POINT_GROUP

    known = {ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)} | set(load)
    for name in disable:
        if name == CORE_PLUGIN:
            return "the 'core' plugin provides the plain-text fallback and cannot be disabled"
        if name not in known:
            return f"-p no:{name}: no plugin named {name!r} (see 'newskit plugins'; known: {', '.join(sorted(known)) or 'none'})"
    for module in load:
        try:
            importlib.import_module(module)
        except Exception as error:
            return f"-p {module}: cannot import plugin module {module!r} ({type(error).__name__}: {error})"
    return None


def _run_plugins(args: argparse.Namespace) -> int:
    from newskit.errors import NewskitError
    from newskit.pipeline import Pipeline

    disable, load = _plugin_options(args.plugin_options)
    problem = _check_plugin_options(disable, load)
    if problem:
        _error(problem)
        return EXIT_USAGE
    try:
        pipeline = Pipeline(
            disable=disable, plugins=[(m, importlib.import_module(m)) for m in load]
        )
    except NewskitError as error:
        _error(str(error))
        return EXIT_FAILED
    infos = pipeline.plugins()
    if args.json:
        rows = [
            {
                "name": i.name,
                "version": i.version,
                "distribution": i.distribution,
                "module": i.module,
                "hooks": list(i.hooks),
            }
            for i in infos
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    table = [("name", "version", "distribution", "hooks")]
    table += [
        (i.name, i.version or "-", i.distribution or "-", ", ".join(i.hooks) or "-") for i in infos
    ]
    widths = [max(len(row[c]) for row in table) for c in range(3)]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    if pipeline.disabled:
        print(f"disabled: {', '.join(sorted(pipeline.disabled))}")
    return EXIT_OK


# -- analyze ---------------------------------------------------------------------------


def _run_analyze(args: argparse.Namespace) -> int:
    from newskit.corpus.readers import ReadOptions, detect_format, iter_paths, read_inputs
    from newskit.corpus.records import PipelineSpec, pipeline_for
    from newskit.corpus.writers import RESUMABLE_FORMATS, format_for_path, open_writer
    from newskit.errors import NewskitError
    from newskit.pipeline import DEFAULT_MAX_BYTES, check_lang
    from newskit.plugins import disabled_from_env

    if not args.files and not args.input_dir:
        return _usage("no input: give FILE..., '-' for stdin, or --input-dir DIR")
    if args.files.count("-") > 1:
        return _usage("'-' (stdin) can be given only once")
    for directory in args.input_dir:
        if not os.path.isdir(directory):
            return _usage(f"--input-dir {directory}: not a directory")
    try:
        check_lang(args.lang)
    except ValueError as error:
        return _usage(f"--lang: {error}")
    single = (
        not args.input_dir
        and len(args.files) == 1
        and detect_format(args.files[0] if args.files[0] != "-" else "", args.input_format)
        == "text"
    )
    fmt = args.format or format_for_path(args.output) or ("json" if single else "jsonl")
    problem = _check_output(args.output, fmt, args.resume)
    if problem:
        return _usage(problem)
    if args.resume and fmt not in RESUMABLE_FORMATS:
        return _usage(f"--resume works with jsonl, csv or parquet output, not {fmt}")

    disable, load = _plugin_options(args.plugin_options)
    problem = _check_plugin_options(disable, load)
    if problem:
        return _usage(problem)
    spec = PipelineSpec(
        disable=(*disable, *disabled_from_env()),
        plugins=load,
        lang=args.lang,
        timeout=args.timeout,
        settings=args.settings,
    )
    try:
        pipeline_for(spec)  # fail now, once, rather than in every worker
    except NewskitError as error:
        _error(str(error))
        return EXIT_FAILED

    options = ReadOptions(
        input_format=args.input_format,
        text_field=args.text_field,
        id_field=args.id_field,
        published_field=args.published_field,
        published=args.published,
        metadata=dict(args.metadata),
        max_bytes=DEFAULT_MAX_BYTES,
    )
    paths = [*args.files, *(str(p) for p in iter_paths(args.input_dir, args.glob))]
    if not paths:
        return _usage(f"no file under {', '.join(args.input_dir)} matches --glob {args.glob!r}")
    try:
        writer = open_writer(args.output, fmt, resume=args.resume, single=single)
    except OSError as error:
        _error(f"cannot write {args.output}: {error.strerror or error}")
        return EXIT_FAILED
    total = (
        len(paths)
        if all(detect_format(p if p != "-" else "", args.input_format) == "text" for p in paths)
        else None
    )
    return _analyze_into(
        writer, read_inputs(paths, options), spec, args, single=single, total=total
    )


def _usage(message: str) -> int:
    print(
        "usage: newskit analyze [options] FILE... | - | --input-dir DIR (see --help)",
        file=sys.stderr,
    )
    _error(message)
    return EXIT_USAGE


def _check_output(path: str | None, fmt: str, resume: bool) -> str | None:
    """A usage error message when the output cannot be written where asked."""
    if path is None:
        if resume:
            return "--resume needs an output file (-o PATH)"
        return None
    target = Path(path)
    if target.is_dir():
        return f"-o {path}: is a directory"
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        return f"-o {path}: the directory {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"-o {path}: cannot write in {parent} (permission denied)"
    if target.exists() and not os.access(target, os.W_OK):
        return f"-o {path}: the file is not writable"
    return None


def _analyze_into(
    writer: Any,
    records: Iterator[Any],
    spec: Any,
    args: argparse.Namespace,
    *,
    single: bool,
    total: int | None,
) -> int:
    from newskit.corpus.progress import Progress

    progress = Progress(total=total, enabled=not args.quiet and not single)
    with _sigterm_interrupts():
        return _run_batch(writer, records, spec, args, single=single, progress=progress)


def _run_batch(
    writer: Any,
    records: Iterator[Any],
    spec: Any,
    args: argparse.Namespace,
    *,
    single: bool,
    progress: Any,
) -> int:
    from newskit.corpus.runner import DEFAULT_CHUNK_SIZE, WorkerCrashedError, analyze_stream

    if writer.done:
        records = _skip_done(records, writer.done, progress)
    failure: dict[str, Any] | None = None
    chunk_size = args.chunk_size or DEFAULT_CHUNK_SIZE
    try:
        with progress:
            stream = analyze_stream(
                records, spec, jobs=args.jobs, chunk_size=chunk_size, finish=writer.encode
            )
            for payload, failed in stream:
                if single and failed:
                    failure = payload if isinstance(payload, dict) else json.loads(payload)
                    break
                writer.write_encoded(payload)
                progress.advance(error=failed)
    except KeyboardInterrupt:
        writer.abort()
        _error(
            "interrupted"
            + (f"; rerun with --resume to continue {args.output}" if writer.resumable else "")
        )
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        writer.abort()
        raise
    except OSError as error:
        writer.abort()
        _error(f"cannot write the output: {error.strerror or error}")
        return EXIT_FAILED
    except WorkerCrashedError as error:
        writer.abort()
        _error(str(error))
        return EXIT_FAILED
    if failure is not None:
        writer.abort()
        _error(f"{failure['id']}: {failure['error']['message']} ({failure['error']['type']})")
        return EXIT_FAILED
    try:
        writer.commit()
    except OSError as error:
        writer.abort()
        _error(f"cannot write the output: {error.strerror or error}")
        return EXIT_FAILED
    if writer.dropped:
        _error(
            f"fields missing from the first record were not written: {', '.join(sorted(writer.dropped))}"
        )
    if not args.quiet and not single:
        print(progress.summary(), file=sys.stderr, flush=True)
    return EXIT_OK


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Stop on SIGTERM as on Ctrl-C while a batch runs: the SIGTERM a batch scheduler sends
    before its SIGKILL then leaves the records already analyzed in the work file, for
    ``--resume``. The previous handler comes back afterwards (``main`` may be called from a
    host program), and nothing changes outside the main thread, where signals cannot be
    handled."""
    import signal
    import threading

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _skip_done(records: Iterator[Any], done: set[str], progress: Any) -> Iterator[Any]:
    for record in records:
        if str(record.id) in done:
            progress.skipped += 1
            continue
        yield record


if __name__ == "__main__":
    sys.exit(main())
