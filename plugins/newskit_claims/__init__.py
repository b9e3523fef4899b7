"""newskit plugin: claims, who said what: direct quotes, reported speech and mixed forms.

Regex-based on purpose (no model): it runs on every article and must stay a small part of
the pipeline's time. See ``docs/plugins/claims.rst``.
"""

from __future__ import annotations

from collections.abc import Iterable

import newskit
from newskit import Claim, Entity

__all__ = ["newskit_find_claims"]


@newskit.hookimpl
def newskit_find_claims(text: str, lang: str, entities: tuple[Entity, ...]) -> Iterable[Claim]:
    """Find the attributed statements of a French text (nothing for another language)."""
    if not lang.lower().startswith("fr"):
        return []
    from newskit_claims.finder import find_claims

    return find_claims(text, entities)
