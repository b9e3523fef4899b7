"""Atomic outputs and resume: a corpus run killed mid-way leaves the old output or a complete
new one, and ``--resume`` completes it without duplicates.

A few rounds per signal here; ``fuzz/kill_loop.py`` runs 20 of each.
"""

from __future__ import annotations

import random

import pytest
from kill_helpers import SIGNALS, kill_and_resume


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
@pytest.mark.parametrize("midway", [True, False], ids=["midway", "anytime"])
@pytest.mark.parametrize("name", sorted(SIGNALS))
def test_killed_run_leaves_old_or_complete_output_and_resume_completes_it(
    tmp_path, name, midway, fmt
):
    rng = random.Random(f"{name}-{midway}-{fmt}")
    left = kill_and_resume(tmp_path, SIGNALS[name], rng, midway=midway, fmt=fmt)
    if midway:
        assert "work file" in left or left == "new", left
