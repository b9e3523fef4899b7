"""The page shell shared by every report: doctype, head with the inlined stylesheet, footer."""

from __future__ import annotations

from functools import cache
from importlib import resources

from newskit._version import __version__
from newskit.render._escape import esc

__all__ = ["page"]


@cache
def stylesheet() -> str:
    """The report stylesheet (``report.css`` beside this module), read once."""
    return resources.files("newskit.render").joinpath("report.css").read_text("utf-8")


def page(*, title: str, body: str, version: str | None = None) -> str:
    """A complete, self-contained HTML document: no script, font or image is fetched."""
    made_by = f"newskit {version or __version__}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # A strict policy keeps the page offline even if a future template slips.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">\n"
        f'<meta name="generator" content="{esc(made_by)}">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>\n{stylesheet()}</style>\n</head>\n<body>\n{body}\n"
        f"<footer><p>Made by {esc(made_by)}. This page is self-contained: it loads nothing from the network.</p></footer>\n"
        "</body>\n</html>\n"
    )
