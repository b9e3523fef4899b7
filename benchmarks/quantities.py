"""Speed of the numbers plugin beside its peers, on the same French articles, in one run.

    uv run python benchmarks/quantities.py [CORPUS.jsonl] [--repeat N]

CORPUS is a JSON-lines file with a "text" field per article, e.g. made by the corpus
generator into bench-data/ (git-ignored)::

    python /work/shared/tools/make_corpus.py seeds/000_9aaabc60780d98ae.txt \\
        bench-data/numbers-corpus.jsonl -n 300

Without one, the texts of seeds/ are used. Each contender runs over every article; the
best of ``--repeat`` runs is reported, in MB/s of UTF-8 article text, with the ratio of
newskit's speed to each peer's. Times are CPU times of this process (MB per second of
one core), so that a busy shared machine skews the figures less; the load average is
printed before and after. The peers do less than newskit: alpha2digit rewrites
number words as digits, babel's parse_decimal parses digit tokens a regex found, the
word alternation only finds 50 number words. They give the scale, not a like-for-like.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex
from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import alpha2digit

from newskit_numbers import find_quantities

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "bench-data" / "numbers-corpus.jsonl"
_FIFTY_WORDS = [
    "zéro",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "huitante",
    "nonante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
    "demi",
    "quart",
    "tiers",
    "moitié",
    "double",
    "triple",
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "centaine",
    "millier",
    "milliers",
    "premier",
    "première",
    "deuxième",
    "troisième",
]


def load_texts(path: Path | None) -> list[str]:
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in lines if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def babel_tokens(texts: list[str]) -> None:
    token = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?")
    for text in texts:
        for found in token.findall(text):
            with contextlib.suppress(NumberFormatError):
                parse_decimal(found, locale="fr_FR", strict=False)


def word_alternation(texts: list[str]) -> None:
    pattern = regex.compile(r"\b(?:{})\b".format("|".join(_FIFTY_WORDS)), regex.IGNORECASE)
    for text in texts:
        for _ in pattern.finditer(text):
            pass


def newskit(texts: list[str]) -> None:
    for text in texts:
        find_quantities(text)


def text2num(texts: list[str]) -> None:
    for text in texts:
        alpha2digit(text, "fr")


def best_times(
    contenders: list[tuple[str, Callable[[list[str]], None]]], texts: list[str], repeat: int
) -> dict[str, float]:
    """Best CPU time of each contender (seconds of one core, as the target is per core).

    CPU time rather than wall time, and interleaved runs, so that other work on a shared
    machine slows every contender alike rather than whichever ran while it was busy.
    """
    for _, run in contenders:
        run(texts[:3])  # warm up: compile patterns, load tables
    best = {name: float("inf") for name, _ in contenders}
    for _ in range(repeat):
        for name, run in contenders:
            start = time.process_time()
            run(texts)
            best[name] = min(best[name], time.process_time() - start)
    return best


def _load() -> str:
    """The 1, 5 and 15-minute load averages: a busy machine slows every contender."""
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    source = args.corpus if args.corpus.exists() else ROOT / "seeds"
    print(
        f"{len(texts)} articles, {megabytes:.2f} MB of text ({source}); best of {args.repeat} runs"
    )
    print(f"load average before: {_load()}\n")
    contenders = [
        ("newskit_numbers.find_quantities", newskit),
        ("text2num alpha2digit", text2num),
        ("babel parse_decimal on digit tokens", babel_tokens),
        ("regex alternation of 50 number words", word_alternation),
    ]
    speeds = {
        name: megabytes / seconds
        for name, seconds in best_times(contenders, texts, args.repeat).items()
    }
    ours = speeds[contenders[0][0]]
    print(f"{'contender':40} {'MB/s':>8} {'newskit / it':>13}")
    for name, speed in speeds.items():
        print(f"{name:40} {speed:8.2f} {ours / speed:13.2f}")
    print(f"\nload average after: {_load()}")
    found = sum(len(find_quantities(t)) for t in texts)
    print(f"\nnewskit found {found} quantities ({found / len(texts):.1f} an article).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
