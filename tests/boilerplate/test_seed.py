"""The seed article: exactly its two clutter lines go, every paragraph and the title stay."""

from __future__ import annotations

from newskit.testing import assert_spans_aligned


def test_seed_loses_exactly_the_two_boilerplate_lines(pipeline, seed_text):
    article = pipeline.analyze(seed_text)
    clutter = [p for p in seed_text.split("\n\n") if p.startswith(("Lire aussi", "Rejoignez"))]
    assert len(clutter) == 2
    assert [b.text.strip() for b in article.boilerplate] == clutter


def test_seed_reasons_name_the_lexicon_entries(pipeline, seed_text):
    article = pipeline.analyze(seed_text)
    assert [b.reason for b in article.boilerplate] == ["lexicon:lire-aussi", "lexicon:social"]


def test_seed_keeps_every_body_paragraph_and_clean_breaks(pipeline, seed_text):
    article = pipeline.analyze(seed_text)
    kept = [p for p in seed_text.split("\n\n") if not p.startswith(("Lire aussi", "Rejoignez"))]
    assert article.text == "\n\n".join(kept)
    assert "\n\n\n" not in article.text
    assert not article.text.endswith("\n")
    assert_spans_aligned(article)


def test_seed_title_is_the_first_line(pipeline, seed_text):
    article = pipeline.analyze(seed_text)
    assert (
        article.title
        == "Les Casques bleus biélorusses commencent à protéger les infrastructures du Kazakhstan"
    )
    assert article.title_span is not None
    assert article.title_span.start == 0
