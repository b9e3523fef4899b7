"""Adversarial inputs and the time-ratio measurement of the linearity tests.

Every compiled pattern of every plugin is exercised by feeding each plugin's own entry
point long runs of what patterns repeat on: digits, spaces, capitals, dots, quotes
without their closing one, nested quotes, short lines, markup. The cost of a text ``n``
characters long and of one ``10 n`` long are compared: a linear scan costs about 10 times
more, a quadratic one 100 times. Shared by ``test_linearity.py`` and ``fuzz/linearity.py``.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

#: The repeated unit of each adversarial input.
SHAPES: dict[str, str] = {
    "digits": "1",
    "digit-spaces": "1 ",
    "spaces": " ",
    "no-break-spaces": "\u00a0",
    "capitals": "A",
    "capital-words": "Jean ",
    "capital-initials": "A.",
    "hyphenated-capitals": "Jean-",
    "dots": ".",
    "titles": "M. ",
    "open-guillemets": "« ",
    "close-guillemets": "» ",
    "nested-quotes": "« “ ",
    "straight-quotes": '"',
    "elisions": "l’",
    "newlines": "\n",
    "short-lines": "x\n",
    "digit-hyphens": "1-",
    "digit-commas": "1,",
    "thousands": "1\u202f",
    "spaced-thousands": "1 000 ",
    "day-numbers": "le 5 ",
    "open-cues": "« il a dit que ",
    "parentheses": "(",
    "pipes": "| ",
    "emoji": "😀",
    "right-to-left": "\u200fأ",
    "tags": "<div>",
    "comments": "<!--",
    "entities": "&amp;",
}

#: Generous: a linear cost grows 10 times; fail only above this.
MAX_RATIO = 30.0
#: Below this, a time is noise on a loaded machine: ratios are taken against it at least.
FLOOR = 0.02


def adversarial(shape: str, size: int) -> str:
    """``size`` characters of ``shape`` repeated, after a title line (a real article's start)."""
    unit = SHAPES[shape]
    return "Titre\n\n" + (unit * (size // len(unit) + 1))[:size]


@functools.cache
def targets() -> dict[str, Callable[[str], object]]:
    """Each plugin's work on a text, called directly (no pipeline), plus the core alone."""
    from newskit.testing import pipeline_with
    from newskit_boilerplate import find_boilerplate
    from newskit_claims.finder import find_claims
    from newskit_dates_fr import find_dates
    from newskit_entities import find_entities
    from newskit_html import newskit_ingest
    from newskit_numbers import find_quantities

    core = pipeline_with()
    return {
        "core": core.analyze,
        "html": lambda text: newskit_ingest(
            f"<!DOCTYPE html><html><body><p>{text}</p></body></html>", "fr", {}
        ),
        "boilerplate": find_boilerplate,
        "dates_fr": find_dates,
        "numbers": find_quantities,
        # The rule layer: its patterns are what can backtrack; spaCy's model is linear.
        "entities": lambda text: find_entities(text, "rules"),
        "claims": lambda text: find_claims(text, ()),
    }


def cost(work: Callable[[str], object], text: str, repeat: int) -> float:
    """The least of ``repeat`` timings: noise only ever adds time."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            work(text)
        except Exception as error:  # a refused input is fine here; a crash is another test's
            if type(error).__module__.split(".")[0] not in {"newskit", "newskit_html"}:
                raise
        best = min(best, time.perf_counter() - started)
    return best


def growth(
    work: Callable[[str], object], shape: str, *, budget: float, largest: int, smallest: int = 1_000
) -> tuple[int, float, float, float]:
    """``(n, cost(n), cost(10 n), ratio)`` with ``n`` as large as ``budget`` seconds allow.

    ``10 n`` is at most ``largest``; a ratio above :data:`MAX_RATIO` is measured again
    (twice at most) before it is believed.
    """
    probe = cost(work, adversarial(shape, smallest), 3)
    n = largest // 10
    per_char = max(probe, 1e-5) / smallest
    while n > smallest and per_char * n * 10 > budget:
        n //= 2
    small = cost(work, adversarial(shape, n), 3)
    big_text = adversarial(shape, 10 * n)
    big = cost(work, big_text, 1)
    for _ in range(2):
        if big / max(small, FLOOR) <= MAX_RATIO:
            break
        big = min(big, cost(work, big_text, 1))
        small = min(small, cost(work, adversarial(shape, n), 3))
    return n, small, big, big / max(small, FLOOR)
