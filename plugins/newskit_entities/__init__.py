"""newskit plugin: named entities (PER, ORG, LOC, MISC) with their mentions linked.

The base finder is spaCy's ``fr_core_news_md`` (``"spacy"``, the default) or, without
spaCy, capitalization and a gazetteer (``"rules"``, lower quality); a rule layer of patterns,
acronyms, gazetteer and cues corrects it, and within-document linking groups the mentions.
Choose the backend with the pipeline setting ``entities.backend`` or the environment
variable ``NEWSKIT_ENTITIES_BACKEND``. Nothing is loaded until the first analysis.
"""

from __future__ import annotations

from collections.abc import Iterable

import newskit
from newskit import Entity, Pipeline, Quantity, TimeExpression
from newskit_entities.api import BACKENDS, DEFAULT_BACKEND, RULES, backend_from, find_entities

__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "RULES",
    "backend_from",
    "find_entities",
    "newskit_find_entities",
]


@newskit.hookimpl
def newskit_find_entities(
    text: str,
    lang: str,
    dates: tuple[TimeExpression, ...],
    quantities: tuple[Quantity, ...],
    pipeline: Pipeline,
) -> Iterable[Entity]:
    """The entities of a French text; no mention overlaps a date or a quantity."""
    if not lang.lower().startswith("fr"):
        return []
    return find_entities(text, backend_from(pipeline.settings), avoid=(*dates, *quantities))
