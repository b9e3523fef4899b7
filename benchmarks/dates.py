"""Benchmark: newskit_dates_fr against dateparser's ``search_dates``, on the same articles, in one run.

Usage::

    uv run python benchmarks/dates.py [--corpus bench-data/dates-corpus.jsonl] [-n 200] [--peer-n 60]

The corpus is made by the shared generator (it is not part of this repository)::

    python ../shared/tools/make_corpus.py seeds/000_9aaabc60780d98ae.txt bench-data/dates-corpus.jsonl -n 300

If the corpus file is missing and the generator is found, this script runs it first.

What it prints:

* **seed**: how many of the four dates of ``seeds/000…txt`` each tool finds with the right
  value (no publication date, then published 2022-01-10), and how many "dates" it reports;
* **generated dates**: the generator writes its dates in a known shape ("mercredi 4 octobre
  2022 à 18h45", "5 janvier vers 11 heures"); the share of them each tool covers, and the
  share for which it gives the right day and month (and year when written);
* **speed**: MB/s of UTF-8 text and median milliseconds per article, and the ratio. Times
  are CPU times of this process (``time.process_time``), so that other work on a shared
  machine weighs less on them; newskit's are the best of ``--repeat`` passes (dateparser is
  too slow for more than one).

dateparser is slow, so it runs on the first ``--peer-n`` articles only; speeds are per byte,
so they compare, and newskit is also timed on exactly those articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
GENERATOR = ROOT.parent / "shared" / "tools" / "make_corpus.py"
DEFAULT_CORPUS = ROOT / "bench-data" / "dates-corpus.jsonl"

SEED_MUST = [
    ("début de 2022", "2022"),
    ("19 janvier", "2022-01-19"),
    ("5 janvier", "2022-01-05"),
    ("7 janvier", "2022-01-07"),
]

MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
GENERATED = re.compile(
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?P<day>1er|\d{1,2}) (?P<month>"
    + "|".join(MONTHS)
    + r")(?: (?P<year>\d{4}))?(?: à \d{1,2}h\d\d| vers \d{1,2} heures)?"
)


def load(path: Path, limit: int) -> list[dict]:
    if not path.exists():
        if not GENERATOR.exists():
            sys.exit(
                f"no corpus at {path}; make one with {GENERATOR.name} (see this script's docstring)"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(GENERATOR), str(SEED), str(path), "-n", "300"], check=True
        )
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for _, line in zip(range(limit), lines, strict=False)]


# -- the two tools, each returning [(start, end, iso value or None)] ----------------------


def newskit_dates(text: str, published: dt.date | None) -> list[tuple[int, int, str]]:
    from newskit_dates_fr import find_dates

    return [(d.start, d.end, d.value) for d in find_dates(text, published)]


def dateparser_dates(text: str, published: dt.date | None) -> list[tuple[int, int, str]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time())} if published else {}
    found = search_dates(text, languages=["fr"], settings=settings) or []
    spans, cursor = [], 0
    for surface, when in found:  # search_dates gives no offsets: find each surface in turn
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        spans.append((start, start + len(surface), when.date().isoformat()))
    return spans


TOOLS = {"newskit_dates_fr": newskit_dates, "dateparser.search_dates": dateparser_dates}


# -- measures ---------------------------------------------------------------------------


def seed_score(tool) -> str:
    text = SEED.read_text(encoding="utf-8")
    cells = []
    for published in (None, dt.date(2022, 1, 10)):
        found = tool(text, published)
        right = 0
        for surface, value in SEED_MUST:
            at = text.index(surface)
            covering = [v for s, e, v in found if s <= at and at + len(surface) <= e]
            right += any(v == value or v.startswith(value + "T") for v in covering)
        cells.append(f"{right}/4 right, {len(found)} reported")
    return " | ".join(cells)


def generated_score(tool, articles: list[dict]) -> tuple[float, float]:
    total = covered = right = 0
    for article in articles:
        text, published = article["text"], dt.date.fromisoformat(article["published"])
        found = tool(text, published)
        for gold in GENERATED.finditer(text):
            total += 1
            day = 1 if gold["day"] == "1er" else int(gold["day"])
            month = MONTHS.index(gold["month"]) + 1
            anchor = gold.start("day")
            hits = [v for s, e, v in found if s <= anchor < e]
            covered += bool(hits)
            if hits and re.match(r"\d{4}-\d\d-\d\d", hits[0]):
                year_ok = gold["year"] is None or hits[0][:4] == gold["year"]
                right += year_ok and hits[0][5:10] == f"{month:02d}-{day:02d}"
    return covered / max(total, 1), right / max(total, 1)


def speed(tool, articles: list[dict], repeat: int = 1) -> tuple[float, float, float]:
    """MB/s, median ms per article and expressions per article; the best of ``repeat`` passes."""
    size = sum(len(article["text"].encode("utf-8")) for article in articles)
    best: list[float] | None = None
    for _ in range(repeat):
        times, reported = [], 0
        for article in articles:
            published = dt.date.fromisoformat(article["published"])
            started = time.process_time()
            reported += len(tool(article["text"], published))
            times.append(time.process_time() - started)
        if best is None or sum(times) < sum(best):
            best = times
    assert best is not None
    return size / sum(best) / 1e6, statistics.median(best) * 1000, reported / len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-n", type=int, default=300, help="articles for newskit")
    parser.add_argument("--peer-n", type=int, default=60, help="articles for dateparser (slow)")
    parser.add_argument("--repeat", type=int, default=3, help="passes of newskit; the best counts")
    args = parser.parse_args()
    articles = load(args.corpus, args.n)
    peer_articles = articles[: args.peer_n]
    for tool in TOOLS.values():  # warm up: compile patterns, load language data
        tool("Le 5 janvier 2022, hier.", dt.date(2022, 1, 10))

    size = sum(len(a["text"].encode("utf-8")) for a in articles) / 1e6
    print(
        f"corpus: {args.corpus} — {len(articles)} articles, {size:.2f} MB (dateparser: first {len(peer_articles)})\n"
    )
    print(
        f"{'tool':26} {'seed (no date | published 2022-01-10)':48} {'gen. covered':>12} {'gen. right':>10}"
    )
    for name, tool in TOOLS.items():
        covered, right = generated_score(tool, peer_articles)
        print(f"{name:26} {seed_score(tool):48} {covered:12.1%} {right:10.1%}")

    print(f"\n{'tool':26} {'articles':>8} {'MB/s':>8} {'median ms':>10} {'dates/article':>14}")
    rows = {}
    for name, tool in TOOLS.items():
        subset = articles if name.startswith("newskit") else peer_articles
        rows[name] = speed(tool, subset, args.repeat if name.startswith("newskit") else 1)
        mbps, median, per_article = rows[name]
        print(f"{name:26} {len(subset):8} {mbps:8.2f} {median:10.2f} {per_article:14.1f}")
    same = speed(newskit_dates, peer_articles, args.repeat)
    print(
        f"{'newskit (same articles)':26} {len(peer_articles):8} {same[0]:8.2f} {same[1]:10.2f} {same[2]:14.1f}"
    )
    ratio = same[0] / rows["dateparser.search_dates"][0]
    print(f"\nspeed ratio newskit / dateparser on the same articles: {ratio:.1f}×")


if __name__ == "__main__":
    main()
