"""The hand-labelled pages rendered as news pages: no article line is lost in HTML mode."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "boilerplate"


def labelled(path: Path) -> list[tuple[str, str]]:
    return [
        (raw[:1], raw[2:])
        for raw in path.read_text(encoding="utf-8").split("\n")
        if raw.strip() and not raw.startswith("# ")
    ]


def render(lines: list[tuple[str, str]]) -> str:
    """Clutter above the title in the menu, between title and body in a meta block, inside
    the body as paragraphs, below the body in an aside: where a site puts each."""
    esc = html.escape
    title_at = next(i for i, (label, _) in enumerate(lines) if label == "T")
    body = [i for i, (label, _) in enumerate(lines) if label == "+"]
    first, last = body[0], body[-1]
    nav = "".join(f"<li><a href='/r'>{esc(t)}</a></li>" for _, t in lines[:title_at])
    meta = "".join(f"<span>{esc(t)}</span> " for _, t in lines[title_at + 1 : first])
    content = "".join(f"<p>{esc(t)}</p>\n" for _, t in lines[first : last + 1])
    aside = "".join(f"<li><a href='/a'>{esc(t)}</a></li>" for _, t in lines[last + 1 :])
    title = esc(lines[title_at][1])
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head><body><nav><ul>{nav}</ul></nav>"
        f"<main><article><h1>{title}</h1><div class='meta'>{meta}</div>{content}</article>"
        f"<aside><ul>{aside}</ul></aside></main><footer><p>Plan du site</p></footer></body></html>"
    )


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_no_article_line_of_a_labelled_page_is_lost_in_html_mode(pipeline, path):
    lines = labelled(path)
    text = pipeline.analyze(render(lines)).text
    kept = {" ".join(line.split()) for line in text.split("\n")}
    lost = [t for label, t in lines if label == "+" and " ".join(t.split()) not in kept]
    assert lost == []
