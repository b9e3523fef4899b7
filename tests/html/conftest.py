"""Fixtures of the HTML tests: a pipeline with the HTML and boilerplate plugins, the seed page."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

import newskit_boilerplate
import newskit_html
from newskit.testing import pipeline_with

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pipeline():
    return pipeline_with(newskit_html, newskit_boilerplate)


@pytest.fixture(scope="session")
def html_only():
    return pipeline_with(newskit_html)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "000_9aaabc60780d98ae.txt").read_text(encoding="utf-8")


def news_page(
    title: str, paragraphs: list[str], *, charset: str = "utf-8", extra_head: str = ""
) -> str:
    """A news page as a site serves it: menu, meta block, article, related links, footer."""
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}"><title>{esc(title)} | Le Courrier</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Le Courrier">
<meta property="article:published_time" content="2022-01-10T08:00:00+01:00">
<meta name="author" content="Marie Martin">
<link rel="canonical" href="https://www.lecourrier.example/monde/kazakhstan.html">
{extra_head}<script>window.dataLayer = [];</script></head>
<body><div class="cookie">Ce site utilise des cookies. <button>Accepter</button></div>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav></header>
<main><article><h1>{esc(title)}</h1>
<div class="byline">Par <a href="/auteur/mm">Marie Martin</a> <time datetime="2022-01-10">10 janvier 2022</time></div>
<div class="content">
{body}
</div></article>
<aside><h3>Les plus lus</h3><ul><li><a href="/a/1">Le prix du gaz double</a></li><li><a href="/a/2">Trois ministres limogés</a></li></ul></aside></main>
<footer><p>© 2024 Le Courrier. Tous droits réservés.</p></footer></body></html>
"""


@pytest.fixture(scope="session")
def seed_page(seed_text) -> str:
    title, *paragraphs = seed_text.split("\n\n")
    return news_page(title, [p.strip() for p in paragraphs])


@pytest.fixture(scope="session")
def make_page():
    """The :func:`news_page` builder, for tests that vary the page."""
    return news_page
