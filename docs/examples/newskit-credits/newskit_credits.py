"""A newskit plugin: remove photo-credit lines ("Photo : AFP", "© Reuters") from scraped text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import newskit

__version__ = "1.0.0"


@cache
def credit_line() -> re.Pattern[str]:
    # Compiled on first use, not at import: importing a plugin must stay cheap.
    return re.compile(
        r"^[ \t]*(?:©|(?:Crédit )?[Pp]hotos? ?:|Crédits? ?:)[^\n]{0,80}(?:\n|\Z)",
        re.MULTILINE,
    )


@newskit.hookimpl
def newskit_find_boilerplate(text: str) -> Iterator[newskit.Boilerplate]:
    """Yield each credit line, with its line end, as a range for the host to delete."""
    for match in credit_line().finditer(text):
        yield newskit.Boilerplate.of(text, match.start(), match.end(), reason="credits:photo")
