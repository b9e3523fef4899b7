"""The code is lint-free and the library type-checks: the README's test command proves it.

ruff (lint and format) over the whole tree, mypy over ``src/newskit`` and the plugins under
``plugins/`` with the settings of ``[tool.mypy]`` in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("check", [("check", "."), ("format", "--check", ".")])
def test_ruff_is_clean(check):
    ruff = shutil.which("ruff") or pytest.fail("ruff is not installed (dev dependency group)")
    result = _run(ruff, *check)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_library_type_checks_with_mypy():
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
