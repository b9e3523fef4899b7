"""Extract an article from an HTML page with trafilatura, laid out like a flattened article.

The layout is the one the core expects of plain text: the title on the first line, a blank
line, then the paragraphs separated by blank lines. trafilatura is imported here, on first
use, because it is slow to import; it is only ever given markup already in memory (a parsed
tree), never a URL, so it never touches the network.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import regex

from newskit import Boilerplate, Ingested
from newskit.decode import check_text, decode_bytes, normalize_newlines
from newskit_html.detect import declared_charset
from newskit_html.errors import EmptyPageError, MalformedHtmlError, TruncatedHtmlError
from newskit_html.metadata import PageMetadata, read_metadata

__all__ = ["decode_page", "extract_article"]


def decode_page(source: str | bytes, metadata: Mapping[str, str]) -> str:
    """The page as text: bytes are decoded with the charset the page declares, else the
    caller's ``metadata["charset"]``, else UTF-8 or the detected charset.

    The page's own declaration comes first because a server's default header often
    names a charset the page is not in.
    """
    if isinstance(source, str):
        return source
    return decode_bytes(source, declared_charset(source) or metadata.get("charset"))


def extract_article(page: str, metadata: Mapping[str, str]) -> Ingested:
    """Run trafilatura on ``page`` and lay out its result.

    :raises EmptyPageError: the page holds no article text.
    :raises TruncatedHtmlError: the page is cut short and holds no article text.
    :raises MalformedHtmlError: the markup cannot be parsed.
    """
    import trafilatura
    from trafilatura.utils import load_html

    _refuse_truncated(page)
    try:
        tree = load_html(page)
        if tree is None:
            raise _why_empty(page)
        meta = read_metadata(tree, metadata.get("url") or None)
        document = trafilatura.bare_extraction(
            tree, url=meta.url, fast=True, include_comments=False, include_tables=True
        )
    except (EmptyPageError, TruncatedHtmlError):
        raise
    except Exception as error:  # lxml and trafilatura raise many types on broken markup
        raise MalformedHtmlError(
            f"the HTML page cannot be parsed: {type(error).__name__}: {error}"
        ) from error
    title = _clean(meta.title)
    paragraphs = _paragraphs(getattr(document, "text", None) or "", title)
    if not paragraphs:
        # Too short for trafilatura's main extractor (a fragment, a brief): its baseline
        # takes the paragraphs as they stand.
        try:
            fallback = trafilatura.baseline(page)[1]
        except Exception:  # the baseline is a second chance only
            fallback = ""
        paragraphs = _paragraphs(fallback, title)
    if not paragraphs:
        raise _why_empty(page)
    layout = "\n\n".join(([title] if title else []) + paragraphs)
    layout = check_text(normalize_newlines(layout))
    info = _metadata(meta)
    return Ingested(
        text=layout,
        title=title,
        published=meta.published,
        metadata=info,
        boilerplate=_known_boilerplate(layout, info),
    )


def _paragraphs(text: str, title: str | None) -> list[str]:
    """The non-blank lines of an extracted text, less a repeat of the title at its head."""
    paragraphs = [p for p in (_clean(line) for line in text.split("\n")) if p]
    if paragraphs and title and paragraphs[0] == title:
        return paragraphs[1:]
    return paragraphs


def _clean(value: Any) -> str | None:
    if not value:
        return None
    return " ".join(str(value).split()) or None


@functools.cache
def _author_prefix() -> regex.Pattern[str]:
    return regex.compile(r"(?i)^(?:par|by|de)\s+")


def _metadata(meta: PageMetadata) -> dict[str, str]:
    info: dict[str, str] = {}
    author = _clean(meta.author)
    if author:
        info["author"] = _author_prefix().sub("", author)
        info["byline"] = author
    for key, value in (("site", meta.site), ("url", meta.url), ("description", meta.description)):
        cleaned = _clean(value)
        if cleaned:
            info[key] = cleaned
    hostname = urlsplit(meta.url).hostname if meta.url else None
    if hostname:
        info["hostname"] = hostname
    return info


def _known_boilerplate(text: str, info: Mapping[str, str]) -> tuple[Boilerplate, ...]:
    """A paragraph that is only the page's byline ("Par Marie Martin") is not article text."""
    author = info.get("author")
    if not author:
        return ()
    bylines = {author.casefold(), info.get("byline", author).casefold()}
    bylines |= {f"{word} {author}".casefold() for word in ("par", "by", "de")}
    spans = []
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if start > 0 and paragraph.casefold() in bylines:
            # The last paragraph takes the break before it, any other the break after it.
            cut = (start - 2, end) if end >= len(text) else (start, end + 2)
            spans.append(Boilerplate.of(text, *cut, reason="html:byline"))
        start = end + 2
    return tuple(spans)


def _refuse_truncated(page: str) -> None:
    """Refuse a page that was cut short: no closing </body> or </html>, and it stops inside
    text or a tag. (A page that merely omits its optional end tags still ends on a ``>``.)"""
    tail = page[-4096:].lower()
    if "</html" in tail or "</body" in tail:
        return
    end = page.rstrip()
    if not end or end.endswith(">") or not regex.search(r"(?i)<(?:html|body)\b", page[:65536]):
        return
    inside = "a tag" if end.rfind("<") > end.rfind(">") else "its text"
    raise TruncatedHtmlError(
        f"the HTML page is truncated: it stops inside {inside} ({end[-40:]!r}) after "
        f"{len(page):,} characters, with no closing </body> or </html>"
    )


@functools.cache
def _tags() -> regex.Pattern[str]:
    return regex.compile(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>")


def _why_empty(page: str) -> Exception:
    """The precise error for a page that gave no text."""
    lower = page[-4096:].lower()
    body_start = regex.search(r"(?i)<body\b[^>]*>", page)
    visible = " ".join(_tags().sub(" ", page[body_start.end() if body_start else 0 :]).split())
    opened = regex.search(r"(?i)<(?:html|body)\b", page[:65536]) is not None
    if opened and "</html" not in lower and "</body" not in lower and visible:
        return TruncatedHtmlError(
            f"the HTML page is truncated (it has no closing </body> or </html>) and the "
            f"{len(page):,} characters that arrived hold no article text"
        )
    if body_start is not None and not visible:
        return EmptyPageError("the HTML page has an empty <body>: no text to analyze")
    if not visible:
        return EmptyPageError("the HTML page holds no visible text, only markup")
    return EmptyPageError(
        f"the HTML page holds no article text: the extractor found no paragraph among its "
        f"{len(visible.split()):,} visible words"
    )
