"""What the hardening tests share: the plugins, the garbage they are fed, the checks.

Imported by the test modules (and the fuzz scripts) through a ``sys.path`` entry that
``conftest.py`` adds, as ``tests/corpus`` does with its helpers.
"""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import newskit
from newskit.errors import NewskitError
from newskit.testing import assert_spans_aligned, french_text

ROOT = Path(__file__).resolve().parents[2]

#: Every first-party plugin module, by the name the entry point gives it.
PLUGINS = ("html", "boilerplate", "dates_fr", "numbers", "entities", "claims")
#: The plugins that read clean text (all but ingestion).
TEXT_PLUGINS = ("boilerplate", "dates_fr", "numbers", "entities", "claims")


def plugin(name: str) -> Any:
    """The plugin module ``newskit_<name>``."""
    return importlib.import_module(f"newskit_{name}")


@functools.cache
def lexicon_words() -> tuple[str, ...]:
    """Words and phrases from the plugins' own data tables (lexicons, units, titles…).

    Read from the data files, so that fuzzed text is full of the words the plugins'
    patterns trigger on: month names, cue verbs, units, titles, boilerplate phrases.
    """
    words: set[str] = set()
    for path in sorted(ROOT.glob("plugins/newskit_*/data/**/*")):
        if path.suffix not in {".txt", ".tsv"} or not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for field in line.split("\t")[:2]:
                field = field.strip()
                if field and len(field) <= 40 and not field.isdigit():
                    words.add(field)
    from newskit_dates_fr.lexicon import month_names, weekday_names

    words.update(month_names())
    words.update(weekday_names())
    return tuple(sorted(words))


_GLUE = (
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    " « ",
    " » ",
    "\u00a0",
    "\u202f",
    "’",
    "'",
    " (",
    ") ",
    " – ",
    "-",
    ": ",
    "; ",
    "\u200f",
    "\u200b",
    "😀",
    " 18 ",
    " 2022 ",
    " 1 000 ",
    "1,5",
    " 12 h 30 ",
    " M. ",
    " a déclaré que ",
    " selon ",
    " % ",
    " € ",
)


def lexicon_text() -> st.SearchStrategy[str]:
    """French-like text built from the plugins' lexicons, glued by punctuation and digits."""
    token = st.one_of(st.sampled_from(lexicon_words()), st.sampled_from(_GLUE))
    return st.lists(token, max_size=80).map("".join)


_TAGS = ("p", "div", "h1", "title", "script", "style", "a", "span", "table", "td", "br")


def html_text() -> st.SearchStrategy[str]:
    """HTML fragments: tags opened and not closed, comments, entities, metadata, text."""
    tag = st.sampled_from(_TAGS)
    piece = st.one_of(
        tag.map(lambda t: f"<{t}>"),
        tag.map(lambda t: f"</{t}>"),
        st.sampled_from(
            [
                "<!DOCTYPE html>",
                "<html><head>",
                '<meta property="article:published_time" content="2022-01-10">',
                '<meta charset="iso-8859-1">',
                "<!-- ",
                " -->",
                "&amp;",
                "&#0;",
                "&#x1F600;",
                "&nbsp;",
                "<![CDATA[",
                '<a href="javascript:x">',
                "<p class='x' ",
                "</body></html>",
            ]
        ),
        french_text(),
        st.text(max_size=20),
    )
    return st.lists(piece, max_size=40).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode (surrogates excluded: a str from a file never holds them)."""
    return st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


def sources() -> st.SearchStrategy[str | bytes]:
    """Every kind of source a scraped corpus holds: text, French-like, HTML, raw bytes."""
    text = st.one_of(any_text(), french_text(), lexicon_text(), html_text())
    return st.one_of(
        text,
        st.binary(max_size=300),
        text.map(lambda s: s.encode("utf-8")),
        text.map(lambda s: s.encode("cp1252", "replace")),
        text.map(lambda s: s.encode("utf-16")),
    )


def check_article(article: newskit.Article) -> None:
    """Every span aligned with the text, and the JSON round trip exact."""
    assert_spans_aligned(article)
    for span in article.spans():
        assert 0 <= span.start <= span.end <= len(article.text)
    document = article.to_json()
    again = newskit.Article.from_json(document)
    assert again == article
    assert again.to_json() == document
    json.loads(document)  # strict JSON: no NaN, no lone surrogate escapes refused


def analyze_or_documented_error(pipeline: newskit.Pipeline, source: str | bytes, **kw: Any) -> Any:
    """The article, or None when the pipeline refused the source with a newskit error.

    Any other exception propagates and fails the test: that is a crash.
    """
    try:
        article = pipeline.analyze(source, **kw)
    except NewskitError:
        return None
    check_article(article)
    return article
