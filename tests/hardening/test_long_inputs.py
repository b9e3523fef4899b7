"""Long articles: every size the pipeline accepts (``max_bytes``) is analyzed, not refused
by a plugin's own limit.

spaCy refuses texts above ``nlp.max_length`` (1,000,000 characters), which made the
entities plugin fail on any article above 1 MB; it now reads long texts in pieces. The
limit is lowered here so that the test stays cheap.
"""

from __future__ import annotations

import pytest
from hardening_helpers import check_article, plugin

from newskit.testing import pipeline_with

PARAGRAPH = "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin, selon l’AFP.\n\n"


@pytest.fixture
def small_model_limit():
    from newskit_entities.model import load_model

    model = load_model()
    saved = model.max_length
    model.max_length = 3_000
    yield model.max_length
    model.max_length = saved


def test_entities_of_a_text_longer_than_spacys_limit_are_found(small_model_limit, monkeypatch):
    monkeypatch.setattr("newskit_entities.statistical._PIECE", 1_000)
    text = "Titre\n\n" + PARAGRAPH * (4 * small_model_limit // len(PARAGRAPH))
    article = pipeline_with(plugin("entities")).analyze(text)
    check_article(article)
    macron = [e for e in article.entities if "Macron" in e.name]
    assert macron
    # Mentions are found in every piece, the last one included.
    assert max(m.start for m in macron[0].mentions) > len(text) - 2 * len(PARAGRAPH)


def test_a_long_line_without_breaks_is_cut_at_spaces(small_model_limit, monkeypatch):
    monkeypatch.setattr("newskit_entities.statistical._PIECE", 1_000)
    text = "Titre\n\n" + PARAGRAPH.replace("\n", " ") * (3 * small_model_limit // len(PARAGRAPH))
    check_article(pipeline_with(plugin("entities")).analyze(text))
