"""Accuracy and speed of the entities plugin beside spaCy's own recognizer, in one run.

    uv run python benchmarks/entities.py [CORPUS.jsonl] [--repeat N] [--limit N]

Accuracy: exact-span precision, recall and F1 (label included) on PER, ORG and LOC over the
hand-annotated paragraphs of ``tests/entities/gold`` (``dev``: the rules were tuned on it;
``heldout``: written before the tuning, only scored), for spaCy ``fr_core_news_md`` alone,
spaCy under newskit's rule layer, the rules fallback alone and under the rule layer; then the
effect of each rule, switched off one at a time.

Speed: milliseconds per 1,000 words (whitespace-separated) over CORPUS, a JSON-lines file
with a "text" field per article, e.g. made by the corpus generator into bench-data/
(git-ignored)::

    python /work/shared/tools/make_corpus.py seeds/000_9aaabc60780d98ae.txt \\
        bench-data/entities-corpus.jsonl -n 60

Without one, the seed and the gold paragraphs are used. The best of ``--repeat`` runs on each article is
reported for: spaCy's full default pipeline (what ``spacy.load`` gives), spaCy with the
NER component only (as newskit loads it), newskit on spaCy, and newskit's rules fallback.
Model loading is timed apart.

CPU per seed article (``--seed-cpu``): ``time.process_time`` of the rules backend and of the
spaCy backend's rule layer alone (the model's spans found once, then reused), beside spaCy's
own NER, with the load average of the machine::

    uv run python benchmarks/entities.py --seed-cpu
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from newskit_entities import RULES, find_entities
from newskit_entities.model import MODEL_NAME, load_model
from newskit_entities.scoring import Score, parse_annotated, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "entities" / "gold"
DEFAULT_CORPUS = ROOT / "bench-data" / "entities-corpus.jsonl"
LABELS = ("PER", "ORG", "LOC")


def gold_set(subset: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    return [
        parse_annotated(p.read_text(encoding="utf-8"))
        for p in sorted((GOLD / subset).glob("*.txt"))
    ]


def evaluate(documents, backend: str, disable=()) -> dict[str, Score]:
    totals = {label: Score(0, 0, 0) for label in ("ALL", *LABELS)}
    for text, gold in documents:
        predicted = [
            (m.start, m.end, m.label)
            for e in find_entities(text, backend, disable=disable)
            for m in e.mentions
        ]
        for label in totals:
            totals[label] += score(gold, predicted, LABELS if label == "ALL" else (label,))
    return totals


def accuracy_table() -> None:
    systems = [
        ("spaCy fr_core_news_md alone", "spacy", RULES),
        ("newskit (spaCy + rules)", "spacy", ()),
        ("rules fallback alone", "rules", RULES),
        ("newskit rules backend", "rules", ()),
    ]
    for subset in ("dev", "heldout"):
        documents = gold_set(subset)
        spans = sum(len([g for g in gold if g[2] in LABELS]) for _, gold in documents)
        words = sum(len(text.split()) for text, _ in documents)
        print(
            f"\nExact-span scores on gold/{subset} ({len(documents)} texts, {words} words, {spans} PER/ORG/LOC spans)"
        )
        print(
            f"{'system':32} {'P':>6} {'R':>6} {'F1':>6} {'PER F1':>7} {'ORG F1':>7} {'LOC F1':>7}"
        )
        for name, backend, disable in systems:
            s = evaluate(documents, backend, disable)
            print(
                f"{name:32} {s['ALL'].precision:6.3f} {s['ALL'].recall:6.3f} {s['ALL'].f1:6.3f}"
                f" {s['PER'].f1:7.3f} {s['ORG'].f1:7.3f} {s['LOC'].f1:7.3f}"
            )


def ablation_table() -> None:
    print("\nEffect of each rule (spaCy backend): F1 with all rules minus F1 with that rule off")
    print(
        f"{'rule':12} {'dev F1':>8} {'Δ dev':>7} {'Δ ORG':>7} {'heldout F1':>11} {'Δ held':>7} {'Δ ORG':>7}"
    )
    sets = {subset: gold_set(subset) for subset in ("dev", "heldout")}
    full = {subset: evaluate(docs, "spacy") for subset, docs in sets.items()}
    for rule in RULES:
        off = {subset: evaluate(docs, "spacy", (rule,)) for subset, docs in sets.items()}
        cells = []
        for subset in ("dev", "heldout"):
            cells += [
                off[subset]["ALL"].f1,
                full[subset]["ALL"].f1 - off[subset]["ALL"].f1,
                full[subset]["ORG"].f1 - off[subset]["ORG"].f1,
            ]
        print(
            f"{rule:12} {cells[0]:8.3f} {cells[1]:+7.3f} {cells[2]:+7.3f} {cells[3]:11.3f} {cells[4]:+7.3f} {cells[5]:+7.3f}"
        )


def load_texts(path: Path | None, limit: int) -> list[str]:
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        texts = [(ROOT / "seeds" / "000_9aaabc60780d98ae.txt").read_text(encoding="utf-8")]
        texts += [text for subset in ("dev", "heldout") for text, _ in gold_set(subset)]
    return texts[:limit] if limit else texts


def best_times(repeat: int, runs: list[Callable[[str], object]], texts: list[str]) -> list[float]:
    """Each contender's total time: the sum over the texts of its best time on each text.

    The contenders take turns on every text, so a busy moment of the shared machine falls on
    all of them alike, and the best of ``repeat`` tries per text drops what noise is left.
    """
    best = [[float("inf")] * len(texts) for _ in runs]
    for _ in range(repeat):
        for position, text in enumerate(texts):
            for index, run in enumerate(runs):
                start = time.perf_counter()
                run(text)
                best[index][position] = min(best[index][position], time.perf_counter() - start)
    return [sum(times) for times in best]


def speed_table(texts: list[str], repeat: int) -> None:
    import spacy

    words = sum(len(text.split()) for text in texts)
    start = time.perf_counter()
    ner = load_model()
    ner_load = time.perf_counter() - start
    start = time.perf_counter()
    full = spacy.load(MODEL_NAME)
    full_load = time.perf_counter() - start
    find_entities("Le président Emmanuel Macron est à Paris.", "rules")  # compile the patterns
    find_entities("Le président Emmanuel Macron est à Paris.", "spacy")
    contenders: list[tuple[str, Callable[[str], object]]] = [
        ("spaCy full pipeline (spacy.load)", lambda t: full(t).ents),
        ("spaCy NER only (tok2vec + ner)", lambda t: ner(t).ents),
        ("newskit, spaCy backend", lambda t: find_entities(t, "spacy")),
        ("newskit, rules backend (no spaCy)", lambda t: find_entities(t, "rules")),
    ]
    times = best_times(repeat, [run for _, run in contenders], texts)
    results = list(zip([name for name, _ in contenders], times, strict=True))
    reference = results[0][1]
    ner_only = results[1][1]
    print(f"\nSpeed on {len(texts)} articles, {words} words (best of {repeat} per article)")
    print(f"{'system':36} {'ms / 1,000 words':>17} {'× spaCy full':>13} {'× spaCy NER':>12}")
    for name, seconds in results:
        per_k = 1000 * seconds / words * 1000
        print(f"{name:36} {per_k:17.1f} {seconds / reference:13.2f} {seconds / ner_only:12.2f}")
    print(f"model load: NER only {ner_load:.1f} s, then the full pipeline {full_load:.1f} s")


def cpu_ms(run: Callable[[], object], repeat: int) -> float:
    """CPU milliseconds of one call: the best of 3 rounds of ``repeat`` calls."""
    run()
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(repeat):
            run()
        best = min(best, (time.process_time() - start) / repeat)
    return 1000 * best


def seed_cpu(repeat: int) -> None:
    """CPU per seed article: the rules backend, the spaCy backend's rule layer, spaCy's NER."""
    from unittest import mock

    from newskit_entities import statistical

    seed = (ROOT / "seeds" / "000_9aaabc60780d98ae.txt").read_text(encoding="utf-8")
    rules = cpu_ms(lambda: find_entities(seed, "rules"), repeat)
    spans = statistical.model_candidates(seed)
    with mock.patch.object(statistical, "model_candidates", return_value=spans):
        layer = cpu_ms(lambda: find_entities(seed, "spacy"), repeat)
    ner = load_model()
    ner_ms = cpu_ms(lambda: ner(seed).ents, max(repeat // 10, 3))
    print(f"CPU per seed article (best of 3 x {repeat}), load average {os.getloadavg()}")
    print(f"rules backend (whole plugin)        {rules:7.2f} ms")
    print(f"spaCy backend, rule layer alone     {layer:7.2f} ms ({layer / ner_ms:.3f} x spaCy NER)")
    print(f"spaCy NER alone (tok2vec + ner)     {ner_ms:7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument(
        "--seed-cpu", action="store_true", help="only the CPU per seed article of the rule layer"
    )
    args = parser.parse_args()
    if args.seed_cpu:
        seed_cpu(max(args.repeat, 100))
        return
    speed_table(load_texts(args.corpus, args.limit), args.repeat)  # first: it times the model load
    if not args.no_accuracy:
        accuracy_table()
        ablation_table()


if __name__ == "__main__":
    main()
