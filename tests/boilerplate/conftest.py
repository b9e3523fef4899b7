"""Fixtures of the boilerplate tests: the plugin's pipeline, the seed, the labelled pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import newskit_boilerplate
from newskit.testing import pipeline_with

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "benchmarks" / "data" / "boilerplate"


@pytest.fixture(scope="session")
def pipeline():
    return pipeline_with(newskit_boilerplate)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "000_9aaabc60780d98ae.txt").read_text(encoding="utf-8")


def load_labelled(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """A labelled page: its flattened text and its (label, line) pairs."""
    lines, labelled = [], []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("# lang="):
            continue
        if raw.strip():
            labelled.append((raw[:1], raw[2:]))
            lines.append(raw[2:])
        else:
            lines.append("")
    return "\n".join(lines).strip("\n"), labelled


@pytest.fixture(scope="session")
def labelled_pages() -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(path.stem, *load_labelled(path)) for path in sorted(PAGES.glob("*.txt"))]
