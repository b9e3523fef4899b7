"""A test plugin that takes a little time per article, so a corpus run can be killed mid-way.

Loaded by the kill tests with ``newskit analyze -p slow_plugin`` (this directory on
PYTHONPATH); the first-party plugins are disabled there, which keeps each run short.
"""

from __future__ import annotations

import os
import time

import newskit
from newskit import Quantity

#: Seconds per article, from the environment (the kill tests set it).
DELAY_ENV = "NEWSKIT_TEST_DELAY"


@newskit.hookimpl
def newskit_find_quantities(text: str) -> list[Quantity]:
    """The first word as a quantity, after a short sleep."""
    time.sleep(float(os.environ.get(DELAY_ENV, "0.01")))
    end = text.find(" ")
    end = len(text) if end < 0 else end
    return [Quantity.of(text, 0, end, value="1", unit="x")] if end else []
