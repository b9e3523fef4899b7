"""Run the hardening properties for a bounded time (or count) per plugin and report the count.

Not part of the test run. Each plugin is fuzzed alone (``pipeline_with``), then the full
pipeline, with the strategies of ``tests/hardening/hardening_helpers.py``: arbitrary Unicode,
lexicon-built French, HTML fragments and bytes. A failure prints the falsifying input and
the run goes on with the next batch.

    uv run python fuzz/hypothesis_million.py --seconds 600 [--plugins numbers,claims]
    uv run python fuzz/hypothesis_million.py --count 1000000 --plugins numbers
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hardening"))

from hardening_helpers import PLUGINS, analyze_or_documented_error, plugin, sources
from hypothesis import HealthCheck, given, settings

import newskit
from newskit.testing import pipeline_with

BATCH = 2000


def fuzz(pipeline: newskit.Pipeline, seconds: float, count: int) -> tuple[int, list[str]]:
    """Examples run and failures found within the budget."""
    done = 0
    failures: list[str] = []

    @settings(
        max_examples=BATCH,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(source=sources())
    def prop(source):
        nonlocal done
        done += 1
        analyze_or_documented_error(pipeline, source)

    stop = time.monotonic() + seconds
    while time.monotonic() < stop and done < count:
        try:
            prop()
        except Exception:
            failures.append(traceback.format_exc(limit=3))
            print(failures[-1], file=sys.stderr, flush=True)
    return done, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="budget per target")
    parser.add_argument("--count", type=int, default=1_000_000, help="stop after this many")
    parser.add_argument("--plugins", default=",".join((*PLUGINS, "all")))
    args = parser.parse_args()
    total_failures = 0
    print(f"{'target':12} {'inputs':>10} {'seconds':>8} {'failures':>8}")
    for name in args.plugins.split(","):
        pipeline = newskit.Pipeline() if name == "all" else pipeline_with(plugin(name))
        started = time.monotonic()
        done, failures = fuzz(pipeline, args.seconds, args.count)
        total_failures += len(failures)
        print(
            f"{name:12} {done:>10,} {time.monotonic() - started:>8.0f} {len(failures):>8}",
            flush=True,
        )
    return 1 if total_failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
