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

Each is timed in CPU time (``time.process_time``, so that other processes on the machine
count less) as the best of three runs, the whole pipeline included; the load average is
printed with the figures. The seed article is timed the same way, on its own.

Accuracy: content F1 and attributed F1 of both on the annotated sets of
``tests/claims/data`` (without entities), scored like ``tests/claims/test_accuracy.py``.

The target is the claims stage at most 20 % of the pipeline's time without spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"
ANNOTATED = ROOT / "tests" / "claims" / "data"


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


def _time(function, *args, repeat: int = 3, loops: int = 1) -> float:
    """CPU seconds of one call: the best of ``repeat`` runs of ``loops`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(loops):
            function(*args)
        best = min(best, (time.process_time() - start) / loops)
    return best


def _f1(right: int, found: int, gold: int) -> float:
    if not right:
        return 0.0
    precision, recall = right / found, right / gold
    return 2 * precision * recall / (precision + recall)


def _accuracy(find) -> tuple[float, float]:
    """(content F1, attributed F1) of ``find(text) -> [(start, end, source name)]`` on the
    annotated sets: a claim is found when it overlaps a gold one by half the shorter; it is
    attributed when its source name and the gold source contain one another."""
    found = gold = content = attributed = 0
    for path in sorted(ANNOTATED.glob("*.json")):
        if path.name == "golden.json":
            continue
        for article in json.loads(path.read_text(encoding="utf-8")):
            text, claims = article["text"], find(article["text"])
            found += len(claims)
            gold += len(article["claims"])
            free = list(claims)
            for expected in article["claims"]:
                start = text.index(expected["content"])
                end = start + len(expected["content"])
                for claim in free:
                    overlap = min(end, claim[1]) - max(start, claim[0])
                    if overlap > 0 and 2 * overlap >= min(end - start, claim[1] - claim[0]):
                        free.remove(claim)
                        content += 1
                        name = claim[2] or ""
                        attributed += bool(name) and (
                            expected["source"] in name or name in expected["source"]
                        )
                        break
    return _f1(content, found, gold), _f1(attributed, found, gold)


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
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    seed = SEED.read_text(encoding="utf-8")
    article = pipeline.analyze(seed)
    seed_claims = _time(find_claims, article.text, article.entities, loops=100)
    seed_whole = _time(pipeline.analyze, seed, loops=20)
    print(
        f"seed article: claims {seed_claims * 1e3:.2f} ms CPU, whole pipeline (no spaCy) "
        f"{seed_whole * 1e3:.2f} ms CPU, share {seed_claims / seed_whole:.1%}; "
        f"load average {os.getloadavg()[0]:.2f}"
    )

    def newskit_claims(text: str) -> list[tuple[int, int, str | None]]:
        return [(c.start, c.end, c.source.name if c.source else None) for c in find_claims(text)]

    def guillemets(text: str) -> list[tuple[int, int, str | None]]:
        return [(start, end, None) for start, end in _guillemets(text)]

    print(f"{'accuracy (annotated sets)':<28} {'content F1':>10} {'attributed F1':>14}")
    for name, find in (("newskit claims", newskit_claims), ("guillemets baseline", guillemets)):
        content, attributed = _accuracy(find)
        print(f"{name:<28} {content:>10.3f} {attributed:>14.3f}")


if __name__ == "__main__":
    main()
