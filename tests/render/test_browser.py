"""The report in a real browser: headless Chromium loads it, and the DOM it builds is read back.

Debian's ``chromium`` package provides the binary (``.ci/run`` installs it when missing).
These tests skip, saying why, only when no Chromium binary can be found; set
``NEWSKIT_CHROMIUM`` to point at one that is not on the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from newskit import Article
from newskit.render import render_article, render_summary

from .conftest import expected_annotations, read_page, shown_annotations, squeeze

pytestmark = pytest.mark.browser

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium_binary() -> str | None:
    configured = os.environ.get("NEWSKIT_CHROMIUM")
    if configured:
        return configured
    return next((found for found in map(shutil.which, NAMES) if found), None)


# Session-scoped like analyzed_seed, and listed first, so that a missing browser skips
# before the slow analysis is set up.
@pytest.fixture(scope="session")
def chromium() -> str:
    binary = chromium_binary()
    if binary is None:
        pytest.skip(
            "no Chromium binary found (looked for NEWSKIT_CHROMIUM, then "
            f"{', '.join(NAMES)} on PATH): install Debian's 'chromium' package to run the browser tests"
        )
    return binary


def headless(
    binary: str, page: Path, tmp_path: Path, *action: str
) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        # Any host lookup fails: a page that tried to fetch something would show it missing.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}", *action, page.as_uri(),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(binary: str, html: str, tmp_path: Path) -> str:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    return headless(binary, page, tmp_path, "--dump-dom").stdout


def assert_dom_shows_article(dom: str, article: Article) -> None:
    reader = read_page(dom)
    assert Counter(shown_annotations(reader)) == Counter(expected_annotations(article))
    assert squeeze("".join(reader.words)) == squeeze(article.text)


def test_browser_builds_every_annotation_of_the_seed_report(chromium, seed_article, tmp_path):
    dom = dump_dom(chromium, render_article(seed_article), tmp_path)
    assert_dom_shows_article(dom, seed_article)
    assert "<details" in dom
    assert "Rejoignez" in dom


def test_browser_screenshots_the_seed_report(chromium, seed_article, tmp_path):
    page = tmp_path / "seed.html"
    page.write_text(render_article(seed_article), encoding="utf-8")
    shot = tmp_path / "seed.png"
    headless(chromium, page, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(data[16:20], "big") == 1280, "width of the PNG"
    assert len(data) > 20_000, "a real page was drawn, not a blank"


def test_browser_builds_every_annotation_the_plugins_found(chromium, analyzed_seed, tmp_path):
    dom = dump_dom(chromium, analyzed_seed.to_html(), tmp_path)
    assert_dom_shows_article(dom, analyzed_seed)


def test_browser_does_not_run_script_written_in_the_article(chromium, tmp_path):
    text = "Titre\n\n<script>document.title = 'pwned'; document.body.remove()</script> fin."
    article = Article(text=text, raw=text, title="Titre")
    dom = dump_dom(chromium, render_article(article), tmp_path)
    assert "<title>newskit · Titre</title>" in dom
    assert "pwned" in dom, "the script is shown as text"
    assert "<script" not in dom
    assert "fin." in dom


def test_browser_draws_the_summary_timeline(chromium, seed_article, tmp_path):
    dom = dump_dom(chromium, render_summary([seed_article.to_dict()] * 3), tmp_path)
    assert "<svg" in dom
    assert 'data-bucket="2022-01" data-count="9"' in dom
