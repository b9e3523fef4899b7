"""No catastrophic backtracking: every plugin costs linear time on adversarial inputs.

For each plugin (called directly) and each adversarial shape of
:data:`linearity.SHAPES`, a text 10 times longer must cost at most
:data:`linearity.MAX_RATIO` times more (a ratio, never an absolute time). The default run
sizes each case to a small time budget (``n`` up to 2 KB, ``10 n`` up to 20 KB, smaller
for the shapes a plugin reads slowly), so it stays fast; ``fuzz/linearity.py`` runs the
same cases at 100 KB and 1 MB.
"""

from __future__ import annotations

import pytest
from linearity import MAX_RATIO, SHAPES, adversarial, cost, growth, targets

TARGETS = ("core", "html", "boilerplate", "dates_fr", "numbers", "entities", "claims")

#: Superlinear cases found and not fixed yet (the fix is not a small edit): each has its
#: own strict xfail test below, and is left out of the sweep.
KNOWN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("target", TARGETS)
def test_every_adversarial_shape_costs_linear_time(target):
    work = targets()[target]
    cost(work, "Titre\n\nLe 5 janvier 2022, M. Dupont a déclaré que 18 agents.", 1)  # compile
    superlinear = {}
    for shape in SHAPES:
        if (target, shape) in KNOWN:
            continue
        n, small, big, ratio = growth(work, shape, budget=0.03, largest=20_000)
        if ratio > MAX_RATIO:
            superlinear[shape] = f"{n:,} chars {small:.3f} s, {10 * n:,} chars {big:.3f} s"
    assert not superlinear, f"superlinear in {target}: {superlinear}"


@pytest.mark.parametrize(
    ("target", "shape"),
    [
        pytest.param(*key, marks=pytest.mark.xfail(strict=True, reason=why))
        for key, why in KNOWN.items()
    ],
)
def test_known_superlinear_case_costs_linear_time(target, shape):
    work = targets()[target]
    work("Titre\n\nLe 5 janvier 2022, M. Dupont a déclaré que 18 agents.")
    # Small sizes (the case is slow): doubling the input may at most triple the cost.
    small = cost(work, adversarial(shape, 500), 2)
    big = cost(work, adversarial(shape, 1_000), 1)
    assert big <= 3 * max(small, 0.01), f"500 chars {small:.3f} s, 1,000 chars {big:.3f} s"
