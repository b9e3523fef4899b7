"""Kill a ``newskit analyze -o`` corpus run mid-way 20 times per signal, resume each, report.

Not part of the test run (``tests/hardening/test_kill.py`` runs a few rounds)::

    uv run python fuzz/kill_loop.py [--rounds 20] [--format jsonl|parquet]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hardening"))

from kill_helpers import SIGNALS, kill_and_resume


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    args = parser.parse_args()
    failed = 0
    for name, sig in sorted(SIGNALS.items()):
        outcomes: collections.Counter[str] = collections.Counter()
        for round_ in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                try:
                    rng = random.Random(f"{name}{round_}")
                    left = kill_and_resume(
                        Path(tmp), sig, rng, midway=round_ % 4 != 3, fmt=args.format
                    )
                    outcomes[left] += 1
                except Exception:
                    failed += 1
                    outcomes["FAILED"] += 1
                    traceback.print_exc()
        passed = args.rounds - outcomes["FAILED"]
        print(
            f"{args.format} {name}: {passed}/{args.rounds} passed; left behind: {dict(outcomes)}",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
