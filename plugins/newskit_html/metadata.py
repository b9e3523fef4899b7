"""Read a page's title, publication date, author, site and URL from its markup.

Meta tags, JSON-LD and a few well-known elements give them directly, in a fraction of the
time that trafilatura's full metadata extraction takes; only a page that names no date at
all is handed to htmldate (trafilatura's date finder), without its extensive text search.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import attrs

__all__ = ["PageMetadata", "read_metadata"]

_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "article.published",
    "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date.issued",
    "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
)
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site")
_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "webpage",
)


@attrs.frozen
class PageMetadata:
    """What the markup says about the article."""

    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    description: str | None = None


def read_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """The metadata of a parsed page (``tree``, an lxml element); ``url`` is the caller's."""
    metas = _meta_tags(tree)
    ld = _json_ld(tree)
    title = _first(
        *(metas.get(k) for k in _TITLE_KEYS),
        _text(ld.get("headline")),
        _element_text(tree, "//h1"),
        _element_text(tree, "//title"),
    )
    published = _first_date(
        *(metas.get(k) for k in _DATE_KEYS),
        ld.get("datePublished"),
        *tree.xpath("//time/@datetime")[:1],
    )
    if published is None:
        published = _htmldate(tree)
    author = _first(
        *(_not_url(metas.get(k)) for k in _AUTHOR_KEYS),
        _names(ld.get("author")),
        _element_text(tree, '//*[@rel="author"]'),
        _element_text(tree, '//*[@itemprop="author"]'),
    )
    canonical = tree.xpath('//link[@rel="canonical"]/@href')[:1]
    page_url = _first(*canonical, metas.get("og:url"), url)
    site = _first(*(metas.get(k) for k in _SITE_KEYS), _names(ld.get("publisher")))
    if site is None and page_url:
        site = urlsplit(page_url).hostname
    description = _first(metas.get("og:description"), metas.get("description"))
    return PageMetadata(
        title=title,
        published=published,
        author=author,
        site=site,
        url=page_url,
        description=description,
    )


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object of an article type (or any with a headline)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _walk(data):
            kind = item.get("@type")
            kinds = [
                k.lower()
                for k in (kind if isinstance(kind, list) else [kind])
                if isinstance(k, str)
            ]
            if any(k in _ARTICLE_TYPES for k in kinds) or "headline" in item:
                return item
    return {}


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            yield from _walk(data.get(key))
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item)


def _names(value: Any) -> str | None:
    """The name(s) of a JSON-LD person or organisation (or a list of them)."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _element_text(tree: Any, xpath: str) -> str | None:
    for element in tree.xpath(xpath)[:1]:
        return _text(element.text_content())
    return None


def _not_url(value: str | None) -> str | None:
    return None if value is None or value.startswith(("http://", "https://", "/")) else value


def _first(*values: str | None) -> str | None:
    for value in values:
        text = _text(value)
        if text:
            return text
    return None


def _first_date(*values: Any) -> dt.date | None:
    for value in values:
        date = _parse_date(value)
        if date is not None:
            return date
    return None


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value.strip()) < 10:
        return None
    head = value.strip()[:10].replace("/", "-")
    try:
        date = dt.date.fromisoformat(head)
    except ValueError:
        return None
    # A date before the web or far in the future is a template default, not a publication.
    if date.year < 1990 or date > dt.date.today() + dt.timedelta(days=2):
        return None
    return date


def _htmldate(tree: Any) -> dt.date | None:
    # htmldate gets a copy of the parsed tree, never a string: a string could be taken for a
    # URL to download, and htmldate cleans the tree it is given.
    try:
        from htmldate import find_date

        found = find_date(copy.deepcopy(tree), extensive_search=False, original_date=True)
    except Exception:  # a date finder failing is no reason to lose the article
        return None
    return _parse_date(found)
