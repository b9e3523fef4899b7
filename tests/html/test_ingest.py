"""HTML ingestion: layout like a flattened article, metadata, dates, charsets, boilerplate."""

from __future__ import annotations

import datetime as dt

import newskit_html
from newskit.testing import assert_spans_aligned

TITLE = "Le Kazakhstan plafonne le prix du gaz"
PARAGRAPHS = [
    "Le gouvernement kazakh a fixé lundi un prix plafond pour le gaz liquéfié, dont la hausse avait déclenché les émeutes du début de l’année.",
    "Le litre ne pourra pas dépasser 50 tenges dans la région de Manguistaou, soit environ 10 centimes d’euro, et 60 tenges ailleurs.",
    "Une commission d’enquête doit par ailleurs examiner les conditions dans lesquelles la libéralisation des prix avait été décidée.",
]


def test_plain_text_is_left_to_the_core(html_only):
    assert newskit_html.newskit_ingest("Titre\n\nUn paragraphe.", "fr", {}) is None
    assert (
        html_only.analyze("Titre\n\nUn paragraphe de texte.").raw
        == "Titre\n\nUn paragraphe de texte."
    )


def test_page_is_laid_out_as_title_blank_line_paragraphs(html_only, make_page):
    article = html_only.analyze(make_page(TITLE, PARAGRAPHS))
    assert article.raw.startswith(f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}")
    assert article.title == TITLE
    assert article.title_span.start == 0


def test_page_metadata_gives_author_site_url_and_date(html_only, make_page):
    article = html_only.analyze(make_page(TITLE, PARAGRAPHS))
    assert article.published == dt.date(2022, 1, 10)
    assert article.metadata["author"] == "Marie Martin"
    assert article.metadata["site"] == "Le Courrier"
    assert article.metadata["url"] == "https://www.lecourrier.example/monde/kazakhstan.html"


def test_page_date_anchors_relative_dates_unless_the_caller_gives_one(html_only, make_page):
    page = make_page(TITLE, PARAGRAPHS)
    assert html_only.analyze(page).anchor == "2022-01-10"
    assert html_only.analyze(page, published="2022-02-01").anchor == "2022-02-01"


def test_caller_metadata_wins_over_the_page(html_only, make_page):
    article = html_only.analyze(make_page(TITLE, PARAGRAPHS), metadata={"site": "courrier"})
    assert article.metadata["site"] == "courrier"


def test_menus_cookie_banner_and_footer_are_not_in_the_text(html_only, make_page):
    text = html_only.analyze(make_page(TITLE, PARAGRAPHS)).text
    for clutter in (
        "Accueil",
        "cookies",
        "Tous droits réservés",
        "Les plus lus",
        "Trois ministres limogés",
    ):
        assert clutter not in text


def test_seed_page_keeps_every_paragraph_and_loses_the_two_clutter_lines(
    pipeline, seed_page, seed_text
):
    article = pipeline.analyze(seed_page)
    title, *paragraphs = seed_text.split("\n\n")
    body = [
        " ".join(p.split()) for p in paragraphs if not p.startswith(("Lire aussi", "Rejoignez"))
    ]
    clean = [" ".join(p.split()) for p in article.text.split("\n\n")]
    assert clean == [title, *body]
    assert article.title == title
    assert_spans_aligned(article)


def test_bytes_in_windows_1252_are_decoded_with_the_declared_charset(html_only, make_page):
    page = make_page(TITLE, PARAGRAPHS, charset="windows-1252").encode("cp1252")
    article = html_only.analyze(page)
    assert "libéralisation" in article.text
    assert "d’euro" in article.text


def test_bytes_without_declaration_use_the_callers_charset(html_only, make_page):
    page = make_page(TITLE, PARAGRAPHS).replace('<meta charset="utf-8">', "").encode("cp1252")
    article = html_only.analyze(page, metadata={"charset": "cp1252"})
    assert "libéralisation" in article.text


def test_bytes_without_any_declaration_are_detected(html_only, make_page):
    page = make_page(TITLE, PARAGRAPHS).replace('<meta charset="utf-8">', "").encode("utf-8")
    assert "libéralisation" in html_only.analyze(page).text


def test_byline_that_the_extractor_keeps_is_boilerplate(html_only, make_page):
    page = make_page(TITLE, PARAGRAPHS).replace(
        '<div class="content">', '<div class="content"><p>Par Marie Martin</p>'
    )
    article = html_only.analyze(page)
    assert "Par Marie Martin" not in article.text
    assert [b.reason for b in article.boilerplate] == ["html:byline"]


def test_teaser_credit_and_stamp_left_by_the_extractor_are_stripped(pipeline, make_page):
    clutter = [
        "Lire aussi : Tokayev limoge le gouvernement",
        "Mis à jour le 11/01/2022 à 09h12",
        "Le centre d’Almaty a retrouvé son calme. © Keystone",
    ]
    page = make_page(
        TITLE, [PARAGRAPHS[0], clutter[0], PARAGRAPHS[1], clutter[1], clutter[2], PARAGRAPHS[2]]
    )
    article = pipeline.analyze(page)
    for line in clutter:
        assert line not in article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
