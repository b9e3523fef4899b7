"""Corpus tests run with the first-party plugins disabled and a known test plugin loaded:
they check structure (records, order, errors, atomicity, determinism), not extraction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# The test plugin must be importable here and in worker processes, which start with the
# sys.path of the process that first starts a pool: add it before any test runs.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from corpus_helpers import FIRST_PARTY  # noqa: E402 - needs the sys.path entry above


@pytest.fixture(autouse=True)
def _only_the_test_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_DISABLE_PLUGINS", FIRST_PARTY)
    monkeypatch.setenv("PYTHONPATH", str(HERE))
