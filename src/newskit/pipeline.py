"""The pipeline: calls the stages in a fixed order, checks what each plugin returns, builds the Article."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from newskit._limits import Expired, hard_deadline, where
from newskit._version import __version__
from newskit.errors import (
    AnalysisTimeout,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NewskitError,
    PluginFailedError,
    PluginSetupError,
    PluginSpanError,
)
from newskit.plugins import (
    NewskitPluginManager,
    PluginInfo,
    build_plugin_manager,
    disabled_from_env,
    plugin_infos,
)
from newskit.spans import delete_ranges, filter_overlaps, within
from newskit.types import (
    Article,
    Boilerplate,
    Claim,
    Entity,
    Ingested,
    Mention,
    Quantity,
    Span,
    TimeExpression,
)

__all__ = ["DEFAULT_MAX_BYTES", "Pipeline", "analyze", "check_lang", "default_pipeline"]

#: Sources larger than this (in UTF-8 bytes) are refused with InputTooLargeError.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_LANG = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")
S = TypeVar("S", bound=Span)
T = TypeVar("T")


class _Deadline:
    """A cooperative time limit, checked between plugin calls."""

    def __init__(self, seconds: float | None) -> None:
        if seconds is not None and seconds <= 0:
            raise ValueError(f"timeout must be positive, got {seconds}")
        self.seconds = seconds
        self.expires = None if seconds is None else time.monotonic() + seconds

    def check(self, where: str) -> None:
        if self.expires is not None and time.monotonic() > self.expires:
            raise AnalysisTimeout(
                f"analysis exceeded its timeout of {self.seconds} s (during {where})"
            )


class Pipeline:
    """A configured set of plugins that turns sources into :class:`~newskit.types.Article`.

    Build one and reuse it: building loads the plugins, the first analysis compiles their
    patterns and loads their models. A pipeline is safe to share between threads.

    :param disable: names of plugins not to load (see ``newskit plugins``); the names in
        the ``NEWSKIT_DISABLE_PLUGINS`` environment variable are added to them.
    :param plugins: extra plugin objects to register (modules or instances with
        ``@newskit.hookimpl`` functions), as objects or ``(name, object)`` pairs.
    :param load_entry_points: load the installed plugins of the ``newskit`` entry-point
        group. With False, the pipeline holds only ``plugins`` and the core's plain-text
        ingest, and returns the text unchanged.
    :param settings: read-only options that plugins read from ``pipeline.settings``.
    :param max_bytes: refuse sources larger than this many bytes (UTF-8 for text).
    """

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        plugins: Iterable[Any] = (),
        load_entry_points: bool = True,
        settings: Mapping[str, Any] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.disabled = frozenset(disable) | disabled_from_env()
        self.settings: Mapping[str, Any] = MappingProxyType(dict(settings or {}))
        self.max_bytes = max_bytes
        self._manager: NewskitPluginManager = build_plugin_manager(
            disable=self.disabled, plugins=plugins, load_entry_points=load_entry_points
        )
        for caller in self._manager.hook.__dict__.values():
            for impl in caller.get_hookimpls():
                if impl.wrapper or impl.hookwrapper:
                    raise PluginSetupError(
                        f"plugin {impl.plugin_name!r}: hook wrappers are not supported on {caller.name}"
                    )

    def __repr__(self) -> str:
        return f"<Pipeline plugins={[info.name for info in self.plugins()]}>"

    def plugins(self) -> list[PluginInfo]:
        """The loaded plugins: name, version, distribution, module and hooks."""
        return plugin_infos(self._manager)

    def has_plugin(self, name: str) -> bool:
        """True when a plugin of that name is loaded."""
        return self._manager.get_plugin(name) is not None

    def analyze(
        self,
        source: str | bytes,
        *,
        published: dt.date | str | None = None,
        lang: str = "fr",
        metadata: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Article:
        """Analyze one article.

        :param source: the article: plain text (as scraped) or HTML, as ``str`` or ``bytes``.
        :param published: its publication date (a :class:`~datetime.date`, a
            :class:`~datetime.datetime` or an ISO 8601 string): the anchor of relative dates.
            When None, the date the ingest stage finds (HTML metadata) is used, if any.
        :param lang: the language of the article.
        :param metadata: what you know about the source: ``site`` (selects a learned
            boilerplate profile), ``url``, ``charset``…
        :param timeout: seconds after which :class:`~newskit.errors.AnalysisTimeout` is
            raised. It is checked between plugin calls and, in the main thread of a POSIX
            process without a SIGALRM handler of its own, also interrupts a plugin stuck
            inside one call (a timer signal).
        :raises newskit.errors.InputError: empty, binary, undecodable or oversized source.
        :raises newskit.errors.PluginError: a plugin raised or returned a misaligned span.
        """
        deadline = _Deadline(timeout)
        lang = check_lang(lang)
        published_date = _to_date(published)
        metadata = {str(k): str(v) for k, v in (metadata or {}).items()}
        self._check_source(source)

        try:
            with hard_deadline(timeout):
                return self._run(source, lang, published_date, metadata, deadline)
        except Expired as expired:
            raise AnalysisTimeout(
                f"analysis exceeded its timeout of {timeout} s (stopped in {where(expired)})"
            ) from None

    def _run(
        self,
        source: str | bytes,
        lang: str,
        published_date: dt.date | None,
        metadata: dict[str, str],
        deadline: _Deadline,
    ) -> Article:
        ingested = self._ingest(source, lang, metadata)
        deadline.check("ingest")
        raw = ingested.text
        if published_date is None:
            published_date = ingested.published
        metadata = {**ingested.metadata, **metadata}

        boilerplate = list(ingested.boilerplate)
        boilerplate += self._collect(
            "newskit_find_boilerplate",
            Boilerplate,
            raw,
            deadline,
            text=raw,
            title=ingested.title,
            lang=lang,
            metadata=metadata,
        )
        boilerplate = _dedupe(boilerplate)
        text, offsets = delete_ranges(raw, ((b.start, b.end) for b in boilerplate))
        if not text.strip():
            raise EmptyInputError("nothing is left of the input once boilerplate is removed")

        dates = filter_overlaps(
            self._collect(
                "newskit_find_dates",
                TimeExpression,
                text,
                deadline,
                text=text,
                lang=lang,
                anchor=published_date,
            )
        )
        quantities = [
            q
            for q in filter_overlaps(
                self._collect(
                    "newskit_find_quantities",
                    Quantity,
                    text,
                    deadline,
                    text=text,
                    lang=lang,
                    dates=tuple(dates),
                )
            )
            if not any(q.overlaps(d) for d in dates)
        ]
        entities = _resolve_entities(
            self._collect(
                "newskit_find_entities",
                Entity,
                text,
                deadline,
                text=text,
                lang=lang,
                dates=tuple(dates),
                quantities=tuple(quantities),
            )
        )
        claims = [
            _with_contents(claim, dates, quantities)
            for claim in _dedupe(
                self._collect(
                    "newskit_find_claims",
                    Claim,
                    text,
                    deadline,
                    text=text,
                    lang=lang,
                    entities=tuple(entities),
                    dates=tuple(dates),
                    quantities=tuple(quantities),
                )
            )
        ]
        title = _surviving_title(ingested.title, raw, boilerplate, text)
        return Article(
            text=text,
            raw=raw,
            title=title,
            published=published_date,
            lang=lang,
            dates=dates,
            quantities=quantities,
            entities=entities,
            claims=claims,
            boilerplate=boilerplate,
            offsets=offsets,
            metadata=metadata,
            anchor=published_date.isoformat() if published_date else None,
            version=__version__,
        )

    # -- stages ------------------------------------------------------------------------

    def _check_source(self, source: str | bytes) -> None:
        if not isinstance(source, str | bytes | bytearray):
            raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
        if not source:
            raise EmptyInputError("input is empty")
        # A str holds at most 4 UTF-8 bytes a character; count exactly only near the limit.
        size = len(source)
        if isinstance(source, str) and size * 4 > self.max_bytes:
            size = len(source.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            raise InputTooLargeError(size, self.max_bytes)

    def _ingest(self, source: str | bytes, lang: str, metadata: Mapping[str, str]) -> Ingested:
        kwargs = {
            "source": bytes(source) if isinstance(source, bytearray) else source,
            "lang": lang,
            "metadata": metadata,
            "pipeline": self,
        }
        for impl in self._impls("newskit_ingest"):
            try:
                result = impl.function(*[kwargs[name] for name in impl.argnames])
            except NewskitError:
                raise
            except Exception as error:
                raise PluginFailedError(
                    f"{type(error).__name__}: {error}",
                    plugin=impl.plugin_name,
                    hook="newskit_ingest",
                ) from error
            if result is None:
                continue
            if not isinstance(result, Ingested):
                raise PluginSpanError(
                    f"returned {type(result).__name__}, expected Ingested or None",
                    plugin=impl.plugin_name,
                    hook="newskit_ingest",
                )
            for span in result.boilerplate:
                _check_span(span, Boilerplate, result.text, impl.plugin_name, "newskit_ingest")
            return result
        raise InputError("no ingest plugin accepted the source")  # unreachable: core answers

    def _impls(self, hook: str) -> list[Any]:
        # pluggy calls the implementations of a hook last-registered first, tryfirst before
        # trylast: the reverse of get_hookimpls().
        return list(reversed(getattr(self._manager.hook, hook).get_hookimpls()))

    def _collect(
        self, hook: str, kind: type[T], against: str, deadline: _Deadline, **kwargs: Any
    ) -> list[T]:
        kwargs["pipeline"] = self
        results: list[T] = []
        checked: set[int] = set()
        for impl in self._impls(hook):
            try:
                returned = impl.function(*[kwargs[name] for name in impl.argnames])
                items = [] if returned is None else list(returned)
            except NewskitError:
                raise  # already precise (a timeout raised inside a plugin, an input error)
            except Exception as error:
                raise PluginFailedError(
                    f"{type(error).__name__}: {error}", plugin=impl.plugin_name, hook=hook
                ) from error
            for item in items:
                _check_span(item, kind, against, impl.plugin_name, hook, checked)
            results.extend(items)
            deadline.check(f"{hook} of plugin {impl.plugin_name!r}")
        return results


def _check_span(
    item: Any, kind: type, text: str, plugin: str, hook: str, checked: set[int] | None = None
) -> None:
    """Refuse a wrong type or a span whose text is not at its offsets.

    ``checked`` holds the ids of entities already checked in this call: many claims share
    one source entity, whose mentions need checking once, not once per claim.
    """
    if not isinstance(item, kind):
        raise PluginSpanError(
            f"returned {type(item).__name__}, expected {kind.__name__}", plugin=plugin, hook=hook
        )
    parts: list[Span] = []
    if isinstance(item, Entity):
        parts.extend(item.mentions)
    elif isinstance(item, Claim):
        parts.append(item)
        parts.extend(p for p in (item.cue, item.source_mention) if p is not None)
        if item.source is not None and (checked is None or id(item.source) not in checked):
            parts.extend(item.source.mentions)
            if checked is not None:
                checked.add(id(item.source))
    elif isinstance(item, Span):
        parts.append(item)
    for span in parts:
        if span.end > len(text) or text[span.start : span.end] != span.text:
            found = text[span.start : span.end]
            raise PluginSpanError(
                f"{type(span).__name__} {span.text!r} at [{span.start}, {span.end}) does not match "
                f"the text there ({found!r}; text length {len(text)})",
                plugin=plugin,
                hook=hook,
            )


def _with_contents(
    claim: Claim, dates: Sequence[TimeExpression], quantities: Sequence[Quantity]
) -> Claim:
    """The claim with the dates and quantities inside it (``evolve`` only when they differ:
    it runs the validators again)."""
    inside_dates, inside_quantities = within(dates, claim), within(quantities, claim)
    if claim.dates == inside_dates and claim.quantities == inside_quantities:
        return claim
    return attrs.evolve(claim, dates=inside_dates, quantities=inside_quantities)


def _dedupe(spans: Iterable[S]) -> list[S]:
    seen: dict[tuple[int, int], S] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return sorted(seen.values(), key=lambda s: (s.start, s.end))


def _resolve_entities(entities: list[Entity]) -> list[Entity]:
    """Merge entities of the same name and label; resolve overlapping mentions longest-first."""
    names = {(entity.name, entity.label) for entity in entities}
    if len(names) == len(entities) and not _mentions_overlap(entities):
        # The common case (one plugin, which already resolved its own entities): nothing
        # to merge or drop, and rebuilding every entity would only cost time.
        return sorted(entities, key=lambda e: (e.start, e.name))
    return _merge_entities(entities)


def _merge_entities(entities: list[Entity]) -> list[Entity]:
    merged: dict[tuple[str, str], set[Mention]] = {}
    for entity in entities:
        merged.setdefault((entity.name, entity.label.value), set()).update(entity.mentions)
    owner = {id(m): key for key, mentions in merged.items() for m in mentions}
    kept = filter_overlaps(m for mentions in merged.values() for m in mentions)
    by_key: dict[tuple[str, str], list[Mention]] = {}
    for mention in kept:
        by_key.setdefault(owner[id(mention)], []).append(mention)
    result = [
        Entity(name=name, label=label, mentions=mentions)
        for (name, label), mentions in by_key.items()
    ]
    return sorted(result, key=lambda e: (e.start, e.name))


def _mentions_overlap(entities: list[Entity]) -> bool:
    mentions = sorted((m.start, m.end) for e in entities for m in e.mentions)
    return any(
        later_start < end or later_start == start
        for (start, end), (later_start, _) in itertools.pairwise(mentions)
    )


def _surviving_title(
    title: str | None, raw: str, boilerplate: list[Boilerplate], text: str
) -> str | None:
    """The ingested title, unless the boilerplate stage removed its line: then the first line
    of the clean text that reads like a headline (a menu item is not a title)."""
    if title is None:
        return None
    start = raw.find(title)
    if start < 0 or not any(b.start <= start and start + len(title) <= b.end for b in boilerplate):
        return title
    from newskit._core_plugin import find_title

    return find_title(text.lstrip())


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a language code such as ``fr`` or ``fr_BE``; raise ValueError."""
    if not isinstance(lang, str) or not _LANG.fullmatch(lang):
        raise ValueError(f"lang must be a language code such as 'fr' or 'fr_BE', got {lang!r}")
    return lang


def _to_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        raise ValueError(f"published must be an ISO 8601 date such as 2022-01-10, got {value!r}")
    raise TypeError(
        f"published must be a date, a datetime or an ISO string, not {type(value).__name__}"
    )


_default: Pipeline | None = None
_default_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The pipeline :func:`newskit.analyze` uses: every installed plugin, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Pipeline()
    return _default


def analyze(
    source: str | bytes,
    *,
    published: dt.date | str | None = None,
    lang: str = "fr",
    metadata: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> Article:
    """Analyze one article with the default pipeline (see :meth:`Pipeline.analyze`).

    >>> import newskit
    >>> article = newskit.analyze("Titre\\n\\nLe 5 janvier 2022, 18 agents ont été tués.")
    >>> article.title
    'Titre'
    """
    return default_pipeline().analyze(
        source, published=published, lang=lang, metadata=metadata, timeout=timeout
    )
