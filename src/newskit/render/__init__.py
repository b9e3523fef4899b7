"""HTML reports: one article annotated (:func:`render_article`), a corpus overview
(:func:`render_summary`). Pages are self-contained: inline CSS, no script, no network.

>>> import newskit
>>> from newskit.render import render_article
>>> text = "Selon l’ONU, 18 agents ont été tués."
>>> article = newskit.Article(
...     text=text, raw=text,
...     entities=[newskit.Entity(name="ONU", label="ORG", mentions=[newskit.Mention.of(text, 8, 11)])],
... )
>>> html = render_article(article)
>>> html.startswith("<!DOCTYPE html>") and 'data-label="ORG"' in html
True
"""

from __future__ import annotations

from newskit.render.article import render_article
from newskit.render.summary import render_summary

__all__ = ["render_article", "render_summary"]
