"""newskit plugin: html: ingest HTML pages with trafilatura.

Recognises markup cheaply and lets the core's plain-text ingest handle everything else.
The page's title, publication date (the anchor of relative dates when the caller gives
none), author and site name come from its metadata; the boilerplate plugin then strips
what trafilatura keeps ("Lire aussi" teasers, bylines, photo credits, update stamps).
"""

from __future__ import annotations

from collections.abc import Mapping

import newskit
from newskit import Ingested
from newskit_html.detect import looks_like_html
from newskit_html.errors import EmptyPageError, MalformedHtmlError, TruncatedHtmlError
from newskit_html.extract import decode_page, extract_article

__all__ = [
    "EmptyPageError",
    "MalformedHtmlError",
    "TruncatedHtmlError",
    "looks_like_html",
    "newskit_ingest",
]


@newskit.hookimpl(tryfirst=True)
def newskit_ingest(source: str | bytes, lang: str, metadata: Mapping[str, str]) -> Ingested | None:
    """The article of an HTML page, or None for a source that is not markup."""
    if not looks_like_html(source):
        return None
    return extract_article(decode_page(source, metadata), metadata)
