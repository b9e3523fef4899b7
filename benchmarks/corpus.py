"""Corpus runs: articles/s, MB/s and peak RSS of ``newskit analyze`` with ``--jobs 1`` and
``--jobs 2``, beside the per-article cost of the peers (dateparser, trafilatura, spaCy)
measured in the same run, on a corpus from the shared generator.

    uv run python benchmarks/corpus.py                       # 1,000 articles; peers on 100
    uv run python benchmarks/corpus.py -n 2000 --large 100000
    uv run python benchmarks/corpus.py --seed            # the seed article, stage by stage

``--large N`` also runs N articles of about 3 KB (derived from the generated corpus) with
``--jobs 2`` and ``--jobs 1``, to show that peak memory does not grow with the corpus and
that the outputs are identical. Corpora and outputs go to bench-data/ (git-ignored).
Memory and CPU time are sampled every 50 ms over the whole process tree (the CLI and its
workers). "CPU ms/art" is the CPU time of the tree per article, "main" that of the CLI's
own process (reading, writing, dispatching): with free cores, ``--jobs N`` runs at most
about (CPU ms/art) / max(main, (CPU ms/art) / N) times faster than one process. Wall
times depend on what else the machine runs; the load average is printed with each table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench-data"
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
GENERATOR = Path("/work/shared/tools/make_corpus.py")
MB = 1024 * 1024


# -- corpora ---------------------------------------------------------------------------


def generated(n: int) -> tuple[Path, Path]:
    """The generator's corpus of n articles and its HTML pages (made once, then reused)."""
    DATA.mkdir(exist_ok=True)
    corpus, pages = DATA / f"corpus-{n}.jsonl", DATA / f"pages-{n}.jsonl"
    if not corpus.exists() or not pages.exists():
        subprocess.run(
            [
                sys.executable,
                str(GENERATOR),
                str(SEED),
                str(corpus),
                "-n",
                str(n),
                "--html-out",
                str(pages),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return corpus, pages


def small_articles(source: Path, n: int, size: int = 3000) -> Path:
    """n articles of about ``size`` bytes: the generated ones cut after the paragraph that
    reaches the size, cycled with new ids. Written as a stream."""
    out = DATA / f"small-{n}.jsonl"
    if out.exists():
        return out
    texts = []
    for line in source.open(encoding="utf-8"):
        row = json.loads(line)
        kept, total = [], 0
        for paragraph in row["text"].split("\n\n"):
            kept.append(paragraph)
            total += len(paragraph.encode()) + 2
            if total >= size:
                break
        texts.append((row["published"], "\n\n".join(kept)))
    with out.open("w", encoding="utf-8") as stream:
        for number in range(n):
            published, text = texts[number % len(texts)]
            stream.write(
                json.dumps(
                    {"id": f"s{number:07d}", "published": published, "text": text},
                    ensure_ascii=False,
                )
                + "\n"
            )
    return out


def text_megabytes(corpus: Path) -> tuple[int, float]:
    count, size = 0, 0
    for line in corpus.open(encoding="utf-8"):
        count += 1
        size += len(json.loads(line)["text"].encode())
    return count, size / MB


# -- newskit CLI runs ------------------------------------------------------------------


def run_cli(corpus: Path, jobs: int, argv_extra: list[str], out: Path) -> dict[str, float]:
    """Run ``newskit analyze`` in a subprocess: wall time, CPU time of the process tree
    (sampled, so up to 50 ms of an exiting process may be missed), and its peak RSS, over
    the whole run and over its first quarter (to see growth)."""
    argv = [
        sys.executable,
        "-m",
        "newskit.cli",
        "analyze",
        str(corpus),
        "-o",
        str(out),
        "--jobs",
        str(jobs),
        "-q",
    ]
    argv += argv_extra
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, env=_environment())
    samples: list[tuple[float, int, int]] = []
    cpu: dict[int, float] = {}  # last CPU seconds seen of each process of the tree
    watched = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            members = [watched, *watched.children(recursive=True)]
            rss = []
            for member in members:
                with member.oneshot():
                    rss.append(member.memory_info().rss)
                    times = member.cpu_times()
                    cpu[member.pid] = times.user + times.system
        except psutil.Error:
            continue
        samples.append((time.perf_counter() - started, sum(rss), max(rss)))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"newskit analyze failed with status {process.returncode}")
    early = [tree for t, tree, _ in samples if t <= seconds / 4] or [0]
    return {
        "seconds": seconds,
        "cpu": sum(cpu.values()),
        "main_cpu": cpu.get(process.pid, 0.0),
        "tree_mb": max((tree for _, tree, _ in samples), default=0) / MB,
        "single_mb": max((one for _, _, one in samples), default=0) / MB,
        "early_mb": max(early) / MB,
    }


def cli_table(corpus: Path, configs: list[tuple[str, list[str]]], jobs_list: list[int]) -> None:
    count, megabytes = text_megabytes(corpus)
    print(
        f"\nnewskit analyze on {corpus.name}: {count:,} articles, {megabytes:.1f} MB of text (load average {os.getloadavg()[0]:.2f})"
    )
    header = (
        f"{'pipeline':<24} {'jobs':>4} {'wall s':>7} {'articles/s':>10} {'MB/s':>6} {'CPU ms/art':>10} {'main':>5} "
        f"{'peak RSS':>9} {'1st 1/4':>8} {'largest':>8}  same output"
    )
    print(header)
    print("-" * len(header))
    for name, argv_extra in configs:
        first: Path | None = None
        for jobs in jobs_list:
            out = DATA / f"out-{corpus.stem}-{name.split()[0]}-j{jobs}.jsonl"
            result = run_cli(corpus, jobs, argv_extra, out)
            same = "-" if first is None else ("yes" if _same_file(first, out) else "NO")
            first = first or out
            print(
                f"{name:<24} {jobs:>4} {result['seconds']:>7.1f} {count / result['seconds']:>10.1f} "
                f"{megabytes / result['seconds']:>6.2f} {result['cpu'] / count * 1000:>10.1f} "
                f"{result['main_cpu'] / count * 1000:>5.1f} "
                f"{result['tree_mb']:>6.0f} MB {result['early_mb']:>5.0f} MB {result['single_mb']:>5.0f} MB  {same}",
                flush=True,
            )


#: Set by --snapshot: a copy of the committed tree that the CLI runs import from.
SNAPSHOT: list[Path] = []


def snapshot() -> Path:
    """The committed tree (``git archive HEAD``) in bench-data/: the runs compared for
    identical output then see the same code, even while others edit the working tree."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = DATA / f"snapshot-{commit}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", "HEAD", "src", "plugins"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if SNAPSHOT:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(SNAPSHOT[0] / "src"), str(SNAPSHOT[0] / "plugins")]
        )
    return env


def _same_file(a: Path, b: Path) -> bool:
    import filecmp

    return filecmp.cmp(a, b, shallow=False)


def head(corpus: Path, n: int) -> Path:
    """The first n articles of a corpus, as a corpus of its own."""
    out = DATA / f"{corpus.stem}-head{n}.jsonl"
    if not out.exists():
        with corpus.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
            sink.writelines(line for _, line in zip(range(n), source, strict=False))
    return out


# -- per-article costs, in this process ------------------------------------------------


def per_article(function: Callable[[str], object], items: list[str]) -> tuple[float, float]:
    """Median milliseconds per item, wall clock and CPU time of this process, after one
    warm-up call. On a busy machine the CPU time is the steadier measure."""
    function(items[0])
    walls, cpus = [], []
    for item in items:
        wall, cpu = time.perf_counter(), time.process_time()
        function(item)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def sample(path: Path, key: str, count: int) -> list[str]:
    def rows() -> Iterator[str]:
        for line in path.open(encoding="utf-8"):
            yield json.loads(line)[key]

    return [text for _, text in zip(range(count), rows(), strict=False)]


def peers_table(corpus: Path, pages: Path, count: int) -> None:
    import dateparser.search
    import spacy
    import trafilatura

    import newskit

    texts = sample(corpus, "text", count)
    htmls = sample(pages, "html", count)
    nlp = spacy.load("fr_core_news_md")
    ner_only = spacy.load(
        "fr_core_news_md",
        exclude=[
            p for p in spacy.load("fr_core_news_md").pipe_names if p not in ("tok2vec", "ner")
        ],
    )
    rules = newskit.Pipeline(settings={"entities.backend": "rules"})
    full = newskit.Pipeline(settings={"entities.backend": "spacy"})
    rows = [
        ("newskit, full pipeline (spaCy)", "text -> article", per_article(full.analyze, texts)),
        ("newskit, without spaCy (rules)", "text -> article", per_article(rules.analyze, texts)),
        ("newskit, HTML page (rules)", "HTML -> article", per_article(rules.analyze, htmls)),
        ("spaCy fr_core_news_md, all", "text -> Doc", per_article(nlp, texts)),
        ("spaCy fr_core_news_md, NER", "text -> entities", per_article(ner_only, texts)),
        (
            "dateparser search_dates",
            "text -> dates",
            per_article(lambda t: dateparser.search.search_dates(t, languages=["fr"]), texts),
        ),
        ("trafilatura extract", "HTML -> text", per_article(trafilatura.extract, htmls)),
    ]
    spacy_ner = rows[4][2][1]
    print(
        f"\nPer-article cost, median over {len(texts)} articles of {corpus.name}, in this process (load average {os.getloadavg()[0]:.2f})"
    )
    header = f"{'tool':<32} {'task':<17} {'wall ms':>8} {'CPU ms':>8} {'articles/s (CPU)':>16} {'x spaCy NER (CPU)':>17}"
    print(header)
    print("-" * len(header))
    for tool, task, (wall, cpu) in rows:
        print(
            f"{tool:<32} {task:<17} {wall:>8.2f} {cpu:>8.2f} {1000 / cpu:>16.1f} {cpu / spacy_ner:>17.2f}"
        )


RULES = ("without spaCy (rules)", ["--set", "entities.backend=rules"])
SPACY = ("full (spaCy entities)", ["--set", "entities.backend=spacy"])
CORE = ("runner only (no plugin)", ["-p", "no:html", "-p", "no:boilerplate", "-p", "no:dates_fr",
        "-p", "no:numbers", "-p", "no:entities", "-p", "no:claims"])  # fmt: skip


# -- the seed article, stage by stage -----------------------------------------------------

#: The plugins of the pipeline without spaCy, each left out in turn by ``--seed``.
STAGES = ("boilerplate", "dates_fr", "numbers", "entities", "claims")


def seed_cpu(calls: int = 60, repeats: int = 5) -> None:
    """CPU time of ``Pipeline.analyze`` on the seed article (entities on the rules
    backend), best of ``repeats`` runs of ``calls`` calls, whole and with each plugin left
    out: the difference is about that stage's share (claims reads what entities found, so
    the shares do not add up exactly)."""
    from newskit.pipeline import Pipeline

    text = SEED.read_text(encoding="utf-8")
    settings = {"entities.backend": "rules"}

    def cost(pipeline: Pipeline) -> float:
        pipeline.analyze(text, published="2022-01-10")  # first call: patterns compile
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            for _ in range(calls):
                pipeline.analyze(text, published="2022-01-10")
            best = min(best, (time.process_time() - start) / calls)
        return best * 1000

    whole = cost(Pipeline(settings=settings))
    print(
        f"Seed article without spaCy, CPU ms per analysis (best of {repeats} x {calls}; "
        f"load average {os.getloadavg()[0]:.2f})"
    )
    print(f"{'whole pipeline':26s} {whole:6.2f}  ({1000 / whole:.0f} articles/s per core)")
    for stage in STAGES:
        without = cost(Pipeline(settings=settings, disable=[stage]))
        print(f"{'without ' + stage:26s} {without:6.2f}  (the stage: about {whole - without:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-n", type=int, default=1000, help="articles in the generated corpus (default 1000)"
    )
    parser.add_argument(
        "--peers", type=int, default=100, help="articles for the per-article costs (default 100)"
    )
    parser.add_argument(
        "--spacy-articles",
        type=int,
        default=200,
        help="articles for the CLI runs with spaCy (default 200)",
    )
    parser.add_argument(
        "--large", type=int, default=0, help="also run this many ~3 KB articles (e.g. 100000)"
    )
    parser.add_argument(
        "--large-pipeline",
        choices=["rules", "core"],
        default="rules",
        help="pipeline of the large run",
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["peers", "rules", "spacy"],
        help="parts to skip",
    )
    parser.add_argument(
        "--seed",
        action="store_true",
        help="only the seed article's CPU cost, whole and without each stage",
    )
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="run the CLI on the committed tree (git archive HEAD)",
    )
    args = parser.parse_args()
    if args.seed:
        seed_cpu()
        return
    if args.snapshot:
        SNAPSHOT.append(snapshot())
        print(f"CLI runs use the committed tree copied to {SNAPSHOT[0]}")

    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; newskit {__import__('newskit').__version__}"
    )
    corpus, pages = generated(args.n)
    if "peers" not in args.skip:
        peers_table(corpus, pages, args.peers)
    if "rules" not in args.skip:
        cli_table(corpus, [RULES], [1, 2])
    if "spacy" not in args.skip:
        cli_table(head(corpus, args.spacy_articles), [SPACY], [1, 2])
    if args.large:
        config = RULES if args.large_pipeline == "rules" else CORE
        cli_table(small_articles(corpus, args.large), [config], [2, 1])


if __name__ == "__main__":
    main()
