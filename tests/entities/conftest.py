"""Fixtures of the entity tests: one spaCy model for the whole session, the seed article.

Loading ``fr_core_news_md`` takes seconds: the ``model`` fixture loads it once, through the
plugin's own cache, and every test that needs spaCy asks for it (and is skipped cleanly if
the model package is missing).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newskit
from newskit import Boilerplate
from newskit.testing import pipeline_with

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
GOLD = Path(__file__).resolve().parent / "gold"
#: The seed's two boilerplate paragraphs: the boilerplate stage removes them before this one.
BOILERPLATE_OPENERS = ("Lire aussi", "Rejoignez")


@pytest.fixture(scope="session")
def model():
    """The shared spaCy pipeline of the plugin, loaded once for the test session."""
    pytest.importorskip("fr_core_news_md")
    from newskit_entities.model import load_model

    return load_model()


class SeedBoilerplate:
    """A stand-in for the boilerplate plugin: removes the seed's two non-article lines."""

    @newskit.hookimpl
    def newskit_find_boilerplate(self, text):
        found = []
        position = 0
        for line in text.splitlines(keepends=True):
            if line.startswith(BOILERPLATE_OPENERS):
                found.append(Boilerplate.of(text, position, position + len(line), reason="test"))
            position += len(line)
        return found


def analyze_seed(backend: str) -> newskit.Article:
    """The seed through a pipeline of this plugin (and the boilerplate stand-in) only."""
    import newskit_entities

    pipeline = pipeline_with(
        newskit_entities, SeedBoilerplate(), settings={"entities.backend": backend}
    )
    return pipeline.analyze(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_spacy(model):
    """The seed analyzed with the spaCy backend."""
    return analyze_seed("spacy")


@pytest.fixture(scope="session")
def seed_rules():
    """The seed analyzed with the rules backend."""
    return analyze_seed("rules")
