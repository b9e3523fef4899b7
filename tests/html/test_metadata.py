"""Page metadata from meta tags, JSON-LD and elements; htmldate only when no date is declared."""

from __future__ import annotations

import datetime as dt

import pytest
from trafilatura.utils import load_html

from newskit_html.metadata import read_metadata


def meta_of(head: str, body: str = "<p>Texte.</p>", url: str | None = None):
    return read_metadata(load_html(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def test_open_graph_gives_title_site_and_description():
    meta = meta_of(
        '<meta property="og:title" content="Le gaz plafonné"><meta property="og:site_name" content="Le Courrier">'
        '<meta property="og:description" content="Un résumé."><title>Autre | Site</title>'
    )
    assert (meta.title, meta.site, meta.description) == (
        "Le gaz plafonné",
        "Le Courrier",
        "Un résumé.",
    )


def test_json_ld_gives_headline_date_author_and_publisher():
    ld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, '
        '{"@type": "NewsArticle", "headline": "Titre LD", "datePublished": "2022-01-07T10:00:00+06:00", '
        '"author": [{"@type": "Person", "name": "Anna Petrova"}, {"@type": "Person", "name": "Ivan Ivanov"}], '
        '"publisher": {"@type": "Organization", "name": "Kaz Info"}}]}'
    )
    meta = meta_of(f'<script type="application/ld+json">{ld}</script>')
    assert meta.title == "Titre LD"
    assert meta.published == dt.date(2022, 1, 7)
    assert meta.author == "Anna Petrova, Ivan Ivanov"
    assert meta.site == "Kaz Info"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2022-01-10T08:00:00+01:00">',
        '<meta name="date" content="2022-01-10">',
        '<meta name="DC.date.issued" content="2022/01/10">',
        '<meta itemprop="datePublished" content="2022-01-10">',
    ],
)
def test_declared_publication_date_is_read(head):
    assert meta_of(head).published == dt.date(2022, 1, 10)


def test_time_element_gives_the_date_when_no_meta_does():
    assert meta_of(
        "", '<time datetime="2022-01-05T09:00">5 janvier</time><p>Texte.</p>'
    ).published == dt.date(2022, 1, 5)


def test_template_default_date_is_ignored():
    assert meta_of('<meta name="date" content="1970-01-01">').published is None


def test_page_without_any_date_has_none():
    assert meta_of("<title>Sans date</title>").published is None


def test_author_url_is_not_an_author_name():
    meta = meta_of(
        '<meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Marie Martin">'
    )
    assert meta.author == "Marie Martin"


def test_canonical_link_gives_the_url_and_the_site_falls_back_to_the_host():
    meta = meta_of('<link rel="canonical" href="https://www.lecourrier.example/a.html">')
    assert meta.url == "https://www.lecourrier.example/a.html"
    assert meta.site == "www.lecourrier.example"


def test_callers_url_is_used_when_the_page_has_none():
    assert meta_of("", url="https://kaz.example/n/1").url == "https://kaz.example/n/1"


def test_title_falls_back_to_h1_then_title_element():
    assert meta_of("<title>Titre de page</title>", "<h1>Titre H1</h1><p>x</p>").title == "Titre H1"
    assert meta_of("<title>Titre de page</title>").title == "Titre de page"


def test_broken_json_ld_is_skipped():
    meta = meta_of(
        '<script type="application/ld+json">{not json</script><meta property="og:title" content="T">'
    )
    assert meta.title == "T"
