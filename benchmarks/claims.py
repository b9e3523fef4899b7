"""Benchmark of the claims stage: its time per article, beside the whole pipeline and a baseline.

Usage::

    uv run python benchmarks/claims.py [-n 200] [--corpus bench-data/claims-corpus.jsonl]

The corpus is generated from the seed by ``../shared/tools/make_corpus.py`` when missing
(into ``bench-data/``, git-ignored). Every article is analyzed once by the default
pipeline without spaCy (entities backend ``rules``); then, on the clean text and the
entities that run produced, the claims stage alone and the peer are timed:

* ``guillemets baseline``: every « … » span is a claim, no attribution: the baseline the
  issue quotes (content F1 0.68 on the held-out set, nothing attributed);
* ``newskit claims``: this plugin's ``find_claims``.

Each is timed as the best of three runs, the whole pipeline included.

The target is the claims stage at most 20 % of the pipeline's time without spaCy.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"


def _corpus(path: Path, n: int) -> list[dict]:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(SEED), str(path), "-n", str(n)], check=True
        )
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines][:n]


def _guillemets(
    text: str, pattern: re.Pattern[str] = re.compile(r"«([^«»]*)»")
) -> list[tuple[int, int]]:
    return [m.span(1) for m in pattern.finditer(text)]


def _time(function, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "bench-data" / "claims-corpus.jsonl")
    options = parser.parse_args()

    import newskit
    from newskit_claims.finder import find_claims

    records = _corpus(options.corpus, options.n)
    pipeline = newskit.Pipeline(settings={"entities.backend": "rules"})
    loaded = ", ".join(info.name for info in pipeline.plugins())
    pipeline.analyze(
        records[0]["text"], published=records[0]["published"]
    )  # warm up: patterns compile

    whole, claims, baseline, found, quoted = [], [], [], 0, 0
    for record in records:
        article = pipeline.analyze(record["text"], published=record["published"])
        # Every stage is timed the same way: the best of three runs.
        whole.append(_time(lambda r=record: pipeline.analyze(r["text"], published=r["published"])))
        claims.append(_time(find_claims, article.text, article.entities))
        baseline.append(_time(_guillemets, article.text))
        found += len(article.claims)
        quoted += len(_guillemets(article.text))

    total_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
    rows = [
        ("whole pipeline (no spaCy)", whole),
        ("newskit claims", claims),
        ("guillemets baseline (peer)", baseline),
    ]
    print(f"{len(records)} articles, {total_bytes / 1024:.0f} KiB, plugins: {loaded}")
    print(f"{'stage':<28} {'mean ms':>9} {'median ms':>10} {'p95 ms':>8} {'total s':>8}")
    for name, times in rows:
        ordered = sorted(times)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(
            f"{name:<28} {statistics.mean(times) * 1e3:>9.2f} {statistics.median(times) * 1e3:>10.2f} "
            f"{p95 * 1e3:>8.2f} {sum(times):>8.2f}"
        )
    share = sum(claims) / sum(whole)
    print(f"claims / whole pipeline: {share:.1%} (target <= 20 %)")
    print(f"claims / guillemets baseline: {sum(claims) / sum(baseline):.0f}x slower")
    print(f"claims found: {found} ({found / len(records):.1f} per article); « » spans: {quoted}")


if __name__ == "__main__":
    main()
