"""Helpers for testing newskit plugins: a pipeline with only your plugin, span checks, strategies.

>>> import newskit
>>> from newskit.testing import pipeline_with, assert_spans_aligned
>>> class Shout:
...     @newskit.hookimpl
...     def newskit_find_quantities(self, text):
...         return [newskit.Quantity.of(text, 0, 2, value="18", unit="agents")]
>>> article = pipeline_with(Shout()).analyze("18 agents")
>>> [(q.text, q.value) for q in article.quantities]
[('18', Decimal('18'))]
>>> assert_spans_aligned(article)
"""

from __future__ import annotations

from typing import Any

from newskit.pipeline import Pipeline
from newskit.types import Article

__all__ = ["assert_spans_aligned", "french_text", "pipeline_with"]


def pipeline_with(*plugins: Any, **kwargs: Any) -> Pipeline:
    """A pipeline holding only ``plugins`` (and the core's plain-text ingest).

    Installed entry-point plugins are not loaded, so a test sees your plugin alone.
    """
    return Pipeline(plugins=plugins, load_entry_points=False, **kwargs)


def assert_spans_aligned(article: Article) -> None:
    """Fail unless every span of ``article`` covers exactly its text, and maps back to raw."""
    for span in article.spans():
        assert article.text[span.start : span.end] == span.text, span
        raw = article.to_raw(span)
        if span.text and "\n" not in span.text:
            # A span without a paragraph break cannot straddle removed boilerplate.
            assert raw.text == span.text, (span, raw)


def french_text() -> Any:
    """A hypothesis strategy of French-looking text: words, digits, punctuation and spaces
    of every kind a scraped French article holds (U+00A0, U+202F, guillemets, apostrophes).
    """
    from hypothesis import strategies as st

    words = st.sampled_from(
        [
            "le",
            "la",
            "l’",
            "de",
            "du",
            "des",
            "a",
            "déclaré",
            "que",
            "selon",
            "environ",
            "mille",
            "janvier",
            "mars",
            "2022",
            "1er",
            "18",
            "1 000",
            "1\u202f000",
            "1\u00a0000",
            "dix-huit",
            "«",
            "»",
            "“",
            "”",
            '"',
            ",",
            ".",
            ":",
            ";",
            "(",
            ")",
            "OTSC",
            "Tokayev",
            "Kazakhstan",
            "ministère",
            "Défense",
            "président",
            "heures",
            "h",
            "%",
            "€",
            "km",
            "\n",
            "\n\n",
            "-",
            "–",
        ]
    )
    return st.lists(words, max_size=60).map(" ".join)
