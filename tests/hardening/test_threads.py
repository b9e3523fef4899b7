"""Thread safety: 8 threads analyzing different articles at once give one thread's results.

Plugins keep no mutable module-level state (patterns compile once behind functools.cache,
the spaCy model loads once behind a lock); this test would catch a shared cursor, a
cache filled in a racy way or a model used by two threads that mixes their documents.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from hardening_helpers import ROOT

import newskit

SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
THREADS = 8


def _articles() -> list[tuple[str, dt.date]]:
    """Eight different articles: the seed's paragraphs rotated, each with its own date."""
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    articles = []
    for i in range(THREADS):
        turned = paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)]
        text = f"{title} ({i})\n\n" + "\n\n".join(turned[: len(turned) - i % 3])
        articles.append((text, dt.date(2022, 1, 1 + 3 * i)))
    return articles


@pytest.mark.parametrize("backend", ["spacy", "rules"])
def test_eight_threads_give_the_results_of_one(backend):
    pipeline = newskit.Pipeline(settings={"entities.backend": backend})
    articles = _articles()
    # A fresh pipeline: the threads race on the first use of every cache and the model.
    barrier = threading.Barrier(THREADS)

    def run(item: tuple[str, dt.date]) -> str:
        barrier.wait()
        return pipeline.analyze(item[0], published=item[1]).to_json()

    with ThreadPoolExecutor(THREADS) as pool:
        together = list(pool.map(run, articles))
    alone = [pipeline.analyze(text, published=day).to_json() for text, day in articles]
    assert len(set(alone)) == THREADS  # the articles really differ
    assert together == alone
