"""The hook specification: the contract between the newskit host and its plugins.

The host calls the stages in this fixed order, handing each the results of the earlier
ones as arguments, so no plugin depends on the order in which implementations of one
hook run::

    newskit_ingest -> newskit_find_boilerplate -> newskit_find_dates
        -> newskit_find_quantities -> newskit_find_entities -> newskit_find_claims

An implementation may accept any subset of a hook's arguments (pluggy passes only those
it names), so new arguments can be added later without breaking plugins. Every hook may
take ``pipeline``, the running :class:`newskit.Pipeline`, to read its ``settings``.

The host calls each implementation itself, so that it can name the plugin responsible
for an exception or a misaligned span: hook wrappers (``wrapper=True``) are not supported
on these hooks. Offsets are half-open Python code-point offsets into the ``text`` argument.
"""

# The specs have docstrings, not bodies: pluggy never calls them.
# mypy: disable-error-code="empty-body"

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import pluggy

from newskit.types import (
    Boilerplate,
    Claim,
    Entity,
    Ingested,
    Quantity,
    TimeExpression,
)

if TYPE_CHECKING:
    from newskit.pipeline import Pipeline

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec"]

PROJECT_NAME = "newskit"
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
#: Marker for hook implementations: decorate a function named after a hook with it.
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec(firstresult=True)
def newskit_ingest(
    source: str | bytes,
    lang: str,
    metadata: Mapping[str, str],
    pipeline: Pipeline,
) -> Ingested | None:
    """Turn a source into the text to analyze. **First result wins.**

    :param source: what the caller passed: text, or bytes in any character set. The host
        has already refused empty and oversized sources.
    :param lang: the language code the caller asked for (``"fr"``).
    :param metadata: what the caller knows about the source (``url``, ``site``…).
    :param pipeline: the running pipeline.
    :returns: an :class:`~newskit.types.Ingested` when this plugin recognizes the source
        (the HTML plugin does for markup), or ``None`` to let the next one try. The core's
        plain-text implementation runs last and always answers.
    :raises newskit.errors.InputError: for a source that cannot be read as an article.

    The ``text`` you return becomes :attr:`Article.raw <newskit.Article.raw>`.
    Boilerplate you already know of (e.g. a byline that an extractor kept) may be returned
    in ``Ingested.boilerplate`` as spans of that text.
    """


@hookspec
def newskit_find_boilerplate(
    text: str,
    title: str | None,
    lang: str,
    metadata: Mapping[str, str],
    pipeline: Pipeline,
) -> Iterable[Boilerplate]:
    """Find the ranges of the ingested text that are not article content. **Collecting.**

    :param text: the ingested text (what becomes :attr:`Article.raw <newskit.Article.raw>`).
    :param title: the title the ingest stage found, if any.
    :param lang: the language code.
    :param metadata: the source's metadata (``site`` selects a learned site profile).
    :param pipeline: the running pipeline.
    :returns: :class:`~newskit.types.Boilerplate` spans of ``text``. Never edit the text:
        the host deletes the union of all plugins' ranges once and keeps the offset map.
        Ranges may overlap each other.
    """


@hookspec
def newskit_find_dates(
    text: str,
    lang: str,
    anchor: dt.date | None,
    pipeline: Pipeline,
) -> Iterable[TimeExpression]:
    """Find and normalize the temporal expressions of the clean text. **Collecting.**

    :param text: the clean text (boilerplate removed).
    :param lang: the language code; return nothing for a language you do not handle.
    :param anchor: the publication date when known, else ``None`` (anchor on the narrative).
    :param pipeline: the running pipeline.
    :returns: :class:`~newskit.types.TimeExpression` spans of ``text``. When plugins
        overlap, the host keeps the longest span.
    """


@hookspec
def newskit_find_quantities(
    text: str,
    lang: str,
    dates: tuple[TimeExpression, ...],
    pipeline: Pipeline,
) -> Iterable[Quantity]:
    """Find and normalize the quantities of the clean text. **Collecting.**

    :param text: the clean text.
    :param lang: the language code.
    :param dates: what the dates stage found. Numbers inside a date (day numbers, years,
        times) are not quantities: skip them. The host drops any quantity lying inside a
        date span anyway.
    :param pipeline: the running pipeline.
    :returns: :class:`~newskit.types.Quantity` spans of ``text``.
    """


@hookspec
def newskit_find_entities(
    text: str,
    lang: str,
    dates: tuple[TimeExpression, ...],
    quantities: tuple[Quantity, ...],
    pipeline: Pipeline,
) -> Iterable[Entity]:
    """Find the named entities of the clean text and group the mentions of each. **Collecting.**

    :param text: the clean text.
    :param lang: the language code.
    :param dates: what the dates stage found.
    :param quantities: what the quantities stage found.
    :param pipeline: the running pipeline.
    :returns: :class:`~newskit.types.Entity` objects whose mentions are spans of ``text``.
        The host resolves mentions that overlap across entities longest-first and drops
        entities left without mentions.
    """


@hookspec
def newskit_find_claims(
    text: str,
    lang: str,
    entities: tuple[Entity, ...],
    dates: tuple[TimeExpression, ...],
    quantities: tuple[Quantity, ...],
    pipeline: Pipeline,
) -> Iterable[Claim]:
    """Find attributed statements: who said what. **Collecting.**

    :param text: the clean text.
    :param lang: the language code.
    :param entities: the entities found (a claim's ``source`` should be one of them).
    :param dates: the dates found (a claim carries those inside its content).
    :param quantities: the quantities found (likewise).
    :param pipeline: the running pipeline.
    :returns: :class:`~newskit.types.Claim` spans of ``text`` (the span is the content).
        The host sets each claim's ``dates`` and ``quantities`` to those of the earlier
        stages that lie inside its content, so a plugin need not.
    """
