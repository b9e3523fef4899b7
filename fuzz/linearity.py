"""Time every plugin on every adversarial shape at two sizes, print the ratios.

Not part of the test run (``tests/hardening/test_linearity.py`` runs the same cases on
small inputs)::

    uv run python fuzz/linearity.py [--largest 1000000] [--budget 60] [--targets numbers,claims]

Each case compares a text of ``n`` characters with one of ``10 n`` (``10 n`` = ``--largest``,
halved until the predicted time fits ``--budget`` seconds); a ratio above 30 is superlinear.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hardening"))

from linearity import MAX_RATIO, SHAPES, cost, growth, targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--targets", default=",".join(targets()))
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    bad = 0
    print(f"{'target':12} {'shape':20} {'n':>9} {'t(n) s':>8} {'t(10n) s':>9} {'ratio':>6}")
    for name in args.targets.split(","):
        work = targets()[name]
        cost(work, "Titre\n\nLe 5 janvier 2022, M. Dupont a déclaré que 18 agents.", 1)
        for shape in args.shapes.split(","):
            n, small, big, ratio = growth(work, shape, budget=args.budget, largest=args.largest)
            flag = "  SUPERLINEAR" if ratio > MAX_RATIO else ""
            bad += bool(flag)
            print(
                f"{name:12} {shape:20} {n:>9,} {small:>8.3f} {big:>9.3f} {ratio:>6.1f}{flag}",
                flush=True,
            )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
