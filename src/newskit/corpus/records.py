"""One corpus record in, one output record out: the unit that every runner (serial, process
pool, Dask, Spark) maps over a corpus.

An output record is the article's JSON data with the input's ``id`` first and the input's
kept fields after it; a record that cannot be analyzed becomes
``{"id": …, <kept fields>, "error": {"type": …, "message": …}}`` instead, so that one bad
document costs only itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import attrs

from newskit._limits import Expired, hard_deadline, where
from newskit.errors import AnalysisTimeout

__all__ = [
    "ARTICLE_KEYS",
    "InputRecord",
    "PipelineSpec",
    "RecordError",
    "analyze_record",
    "error_record",
    "pipeline_for",
]

#: The keys of :meth:`newskit.Article.to_dict`, in order: the columns of CSV and Parquet output.
ARTICLE_KEYS = (
    "newskit",
    "text",
    "raw",
    "title",
    "published",
    "lang",
    "dates",
    "quantities",
    "entities",
    "claims",
    "boilerplate",
    "offsets",
    "metadata",
    "anchor",
)
#: Keys an input field may not take in an output record; a kept field of that name is
#: written as ``input_<name>`` so that nothing the input held is lost.
RESERVED_KEYS = frozenset(ARTICLE_KEYS) | {"id", "error"}


class RecordError(Exception):
    """Why a record could not be read, as its exception type name and message.

    Readers' exceptions are kept in this form so that a record always pickles (to reach
    a worker process), whatever exception class described its problem.
    """

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(type_name, message)
        self.type_name = type_name
        self.message = message

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, error: BaseException | None) -> RecordError | None:
        if error is None or isinstance(error, RecordError):
            return error
        described = describe_error(error)
        return cls(described["type"], described["message"])


def _record_error(error: BaseException | None) -> RecordError | None:
    return RecordError.of(error)


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _sorted_names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


@attrs.frozen(kw_only=True)
class InputRecord:
    """A document to analyze, with what the input said about it.

    ``source`` is the document itself (text, HTML, or bytes to decode), or ``None`` when
    reading it failed, in which case ``problem`` is the exception to report for it.
    ``fields`` are the input's other fields (JSONL keys, CSV columns), copied into the
    output record.
    """

    id: Any
    source: str | bytes | None = None
    published: str | None = None
    metadata: Mapping[str, str] = attrs.field(factory=dict)
    fields: Mapping[str, Any] = attrs.field(factory=dict)
    problem: RecordError | None = attrs.field(default=None, converter=_record_error)


@attrs.frozen(kw_only=True)
class PipelineSpec:
    """How to build a pipeline: picklable, so a worker process can build its own.

    :param disable: plugin names not to load (``-p no:NAME``).
    :param plugins: import names of extra plugin modules to register (``-p MODULE``).
    :param lang: the language of the articles.
    :param timeout: seconds per record, after which the record becomes an error.
    :param max_bytes: refuse documents above this size (None: the pipeline's default).
    :param settings: pipeline settings, as ``(key, value)`` pairs (``entities.backend``…).
    """

    disable: tuple[str, ...] = attrs.field(default=(), converter=_sorted_names)
    plugins: tuple[str, ...] = attrs.field(default=(), converter=_names)
    lang: str = "fr"
    timeout: float | None = None
    max_bytes: int | None = None
    settings: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=lambda v: tuple(sorted(dict(v).items()))
    )


@cache
def pipeline_for(spec: PipelineSpec) -> Any:
    """The pipeline of ``spec``, built once per process (a worker builds it on first use)."""
    import importlib

    from newskit.pipeline import Pipeline

    kwargs: dict[str, Any] = {}
    if spec.max_bytes is not None:
        kwargs["max_bytes"] = spec.max_bytes
    plugins = [(name, importlib.import_module(name)) for name in spec.plugins]
    return Pipeline(disable=spec.disable, plugins=plugins, settings=dict(spec.settings), **kwargs)


def error_record(
    record_id: Any, error: BaseException, fields: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The output record of a document that could not be analyzed."""
    return {"id": record_id, **_kept(fields or {}), "error": describe_error(error)}


def describe_error(error: BaseException) -> dict[str, str]:
    """``{"type", "message"}`` of an exception: the class name and its message."""
    if isinstance(error, RecordError):
        return {"type": error.type_name, "message": error.message}
    message = str(error) or type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        message = error.strerror  # the file name is the record's id already
    return {"type": type(error).__name__, "message": message}


def _kept(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {
        (f"input_{key}" if key in RESERVED_KEYS else key): value for key, value in fields.items()
    }


def analyze_record(record: InputRecord, spec: PipelineSpec) -> dict[str, Any]:
    """Analyze one record with the pipeline of ``spec``; never raises for a bad document.

    Input errors, plugin errors, timeouts and any other exception become an error record;
    only :class:`KeyboardInterrupt` and :class:`SystemExit` go through.
    """
    if record.problem is not None:
        return error_record(record.id, record.problem, record.fields)
    try:
        pipeline = pipeline_for(spec)
        with hard_deadline(spec.timeout):
            article = pipeline.analyze(
                record.source if record.source is not None else "",
                published=record.published or None,
                lang=spec.lang,
                metadata=record.metadata,
                timeout=spec.timeout,
            )
        data = article.to_dict()
    except Expired as expired:
        timeout = AnalysisTimeout(
            f"analysis exceeded its timeout of {spec.timeout} s (stopped in {where(expired)})"
        )
        return error_record(record.id, timeout, record.fields)
    except Exception as error:  # input, plugin and timeout errors alike cost only this record
        return error_record(record.id, error, record.fields)
    return {"id": record.id, **_kept(record.fields), **data}
