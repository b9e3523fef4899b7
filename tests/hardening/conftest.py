"""Hardening tests: fixtures shared by the modules of this directory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hardening_helpers import PLUGINS, plugin

import newskit
from newskit.testing import pipeline_with


@pytest.fixture(scope="session")
def full_pipeline() -> newskit.Pipeline:
    """Every first-party plugin, spaCy included, warmed up once."""
    pipeline = newskit.Pipeline()
    pipeline.analyze("Titre\n\nLe 5 janvier 2022, M. Dupont a déclaré que 18 agents.")
    return pipeline


@pytest.fixture(scope="session")
def single_pipelines() -> dict[str, newskit.Pipeline]:
    """One pipeline per plugin, holding that plugin alone."""
    return {name: pipeline_with(plugin(name)) for name in PLUGINS}
