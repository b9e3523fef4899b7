"""Benchmark: boilerplate stripping in text mode and HTML mode, beside jusText and trafilatura.

Quality is the snippet test on the hand-labelled pages of ``benchmarks/data/boilerplate``:
every article line ("with" snippet) must survive, every clutter line ("without" snippet)
must go. Precision, recall and F1 are counted over snippets, as in trafilatura's own
evaluation; body recall is the share of article lines kept.

- Text mode: the flattened page. newskit reads it as it is; jusText and trafilatura need
  HTML, so each line of the page becomes a ``<p>`` of a bare page (the only way to hand
  them flattened text).
- HTML mode: each labelled page is rendered into a news page (menu, meta block, article,
  aside, footer, where a site puts each kind of line). newskit runs its HTML plugin and
  then its boilerplate plugin; trafilatura and jusText get the same HTML.

Speed is measured on the corpus that ``/work/shared/tools/make_corpus.py`` generates from
the seed (written to ``bench-data/``, git-ignored), on one core.

Sets: a page belongs to the set its file name opens with (``dev-``, ``held-``, then the
batches ``a-`` to ``l-``: see the data README for how and in what order each was written
and scored); ``all`` is every page.

Run: ``uv run python benchmarks/boilerplate.py [--articles N] [--pages N] [--sets a,b] [--no-speed]``
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "boilerplate"
BENCH = ROOT / "bench-data"
SEED = ROOT / "seeds" / "000_9aaabc60780d98ae.txt"
MAKE_CORPUS = Path("/work/shared/tools/make_corpus.py")


# -- labelled pages ------------------------------------------------------------------------


def load_pages() -> list[dict]:
    """The labelled pages: name, lang, text, and the (label, line) pairs."""
    pages = []
    for path in sorted(DATA.glob("*.txt")):
        lang = "fr"
        labelled = []
        out = []
        for raw in path.read_text(encoding="utf-8").split("\n"):
            if raw.startswith("# lang="):
                lang = raw.split("=", 1)[1].strip()
                continue
            if not raw.strip():
                out.append("")
                continue
            label, line = raw[:1], raw[2:]
            if label not in "T+-":
                raise ValueError(f"{path.name}: bad label in {raw!r}")
            labelled.append((label, line))
            out.append(line)
        pages.append(
            {"name": path.stem, "lang": lang, "text": "\n".join(out).strip("\n"), "lines": labelled}
        )
    return pages


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("’", "'").split())


def score(pages: list[dict], outputs: list[str]) -> dict[str, float]:
    """Snippet test over all pages: TP with kept, FN with lost, FP without kept, TN without gone."""
    tp = fn = fp = tn = 0
    body_chars = kept_chars = 0
    for page, output in zip(pages, outputs, strict=True):
        flat = _norm(output)
        out_lines = {_norm(line) for line in output.split("\n")}
        for label, line in page["lines"]:
            snippet = _norm(line)
            if label in "T+":
                found = snippet in flat
                tp += found
                fn += not found
                body_chars += len(snippet)
                kept_chars += len(snippet) * found
            else:
                # A short clutter line ("Accueil") counts as kept only as a line of its own,
                # not as a word inside an article sentence.
                found = snippet in out_lines or (len(snippet) >= 25 and snippet in flat)
                fp += found
                tn += not found
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "body_recall_chars": kept_chars / body_chars if body_chars else 0.0,
        "clutter_removed": tn / (tn + fp) if tn + fp else 0.0,
    }


# -- the systems --------------------------------------------------------------------------


def newskit_text(text: str) -> str:
    import newskit_boilerplate
    from newskit.spans import delete_ranges

    title = _core_title(text)
    spans = newskit_boilerplate.find_boilerplate(text, title)
    return delete_ranges(text, [(b.start, b.end) for b in spans])[0]


def _core_title(text: str) -> str | None:
    """The title the core's plain-text ingest finds (first line above a blank line)."""
    first, sep, rest = text.partition("\n")
    if (
        sep
        and rest.startswith("\n")
        and first.strip()
        and not first.rstrip().endswith((".", ":", ",", ";"))
    ):
        return first.strip()
    return None


def as_paragraph_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip()
    )
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>\n{paragraphs}</body></html>"


def trafilatura_html(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


def justext_html(page: str, lang: str = "fr") -> str:
    import justext

    stoplist = justext.get_stoplist("English" if lang == "en" else "French")
    return "\n".join(
        p.text for p in justext.justext(page.encode("utf-8"), stoplist) if not p.is_boilerplate
    )


def newskit_html_mode(page: str, pipeline) -> str:  # type: ignore[no-untyped-def]
    return pipeline.analyze(page).text


# -- HTML rendering of a labelled page ----------------------------------------------------


def render_page(page: dict) -> str:
    """A news page holding the labelled lines where a site would put them."""
    esc = html.escape
    lines = page["lines"]
    title_at = next((i for i, (label, _) in enumerate(lines) if label == "T"), 0)
    body_at = [i for i, (label, _) in enumerate(lines) if label == "+"]
    first_body = body_at[0] if body_at else title_at + 1
    last_body = body_at[-1] if body_at else title_at
    head = [line for label, line in lines[:title_at] if label == "-"]
    meta = [line for label, line in lines[title_at + 1 : first_body] if label == "-"]
    tail = [line for label, line in lines[last_body + 1 :]]
    title = lines[title_at][1]
    article = []
    for i in range(first_body, last_body + 1):
        label, line = lines[i]
        if label == "-":
            article.append(f'<p class="note">{esc(line)}</p>')
        else:
            article.append(f"<p>{esc(line)}</p>")
    for i in range(title_at + 1, first_body):
        if lines[i][0] == "+":
            article.insert(0, f'<p class="chapo"><strong>{esc(lines[i][1])}</strong></p>')
    nav = "".join(f'<li><a href="/r/{k}">{esc(x)}</a></li>' for k, x in enumerate(head))
    meta_html = "".join(f'<span class="m{k}">{esc(x)}</span> ' for k, x in enumerate(meta))
    aside = "".join(f'<li><a href="/a/{k}">{esc(x)}</a></li>' for k, x in enumerate(tail))
    body = "\n".join(article)
    return f"""<!DOCTYPE html>
<html lang="{page["lang"]}"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="2022-01-10T08:00:00+01:00">
<script>var dataLayer = [];</script></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{esc(title)}</h1><div class="meta">{meta_html}</div>
<div class="content">
{body}
</div></article>
<aside><ul>{aside}</ul></aside></main>
<footer><p>Plan du site</p></footer></body></html>
"""


# -- speed --------------------------------------------------------------------------------


def corpus(count: int) -> tuple[list[str], list[str]]:
    """Seed-derived articles and their HTML pages (generated once into bench-data/)."""
    texts_path = BENCH / "bp-bench.jsonl"
    pages_path = BENCH / "bp-bench-pages.jsonl"
    if not texts_path.exists() or sum(1 for _ in texts_path.open()) < count:
        if not MAKE_CORPUS.exists():
            sys.exit(f"{MAKE_CORPUS} is missing: cannot generate the speed corpus")
        BENCH.mkdir(exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(MAKE_CORPUS),
                str(SEED),
                str(texts_path),
                "-n",
                str(count),
                "--html-out",
                str(pages_path),
            ],
            check=True,
        )
    texts = [json.loads(line)["text"] for line in texts_path.open(encoding="utf-8")][:count]
    pages = [json.loads(line)["html"] for line in pages_path.open(encoding="utf-8")][:count]
    return texts, pages


def throughput(function: Callable[[str], object], items: list[str], repeat: int = 3) -> float:
    """Best-of-``repeat`` CPU seconds of this process for one pass over ``items``.

    CPU time, not wall time: the machine is shared, and a loaded neighbour stretches wall
    time by a factor that says nothing about the code. Every system is measured alike.
    """
    function(items[0])
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            function(item)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="text-mode speed corpus size")
    parser.add_argument("--pages", type=int, default=100, help="HTML-mode speed corpus size")
    parser.add_argument(
        "--sets",
        default="",
        help="comma-separated page sets to score (default: each set, then all)",
    )
    parser.add_argument("--no-speed", action="store_true", help="score quality only")
    args = parser.parse_args()

    import newskit_boilerplate
    import newskit_html
    from newskit.testing import pipeline_with

    pipeline = pipeline_with(newskit_html, newskit_boilerplate)
    pages = load_pages()
    print(
        f"Quality: snippet test on {len(pages)} hand-labelled pages "
        f"({sum(len(p['lines']) for p in pages)} labelled lines)\n"
    )
    print(
        f"{'mode':5} {'system':22} {'set':5} {'P':>6} {'R':>6} {'F1':>6} {'body-chars':>10} {'clutter-gone':>12}"
    )
    subsets = args.sets.split(",") if args.sets else [*_set_names(pages), "all"]
    for subset in subsets:
        chosen = [p for p in pages if subset == "all" or _set_of(p) == subset]
        html_pages = [render_page(p) for p in chosen]
        runs = [
            ("text", "newskit", [newskit_text(p["text"]) for p in chosen]),
            (
                "text",
                "trafilatura (<p>/line)",
                [trafilatura_html(as_paragraph_html(p["text"])) for p in chosen],
            ),
            (
                "text",
                "jusText (<p>/line)",
                [justext_html(as_paragraph_html(p["text"]), p["lang"]) for p in chosen],
            ),
            ("html", "newskit", [newskit_html_mode(h, pipeline) for h in html_pages]),
            ("html", "trafilatura", [trafilatura_html(h) for h in html_pages]),
            (
                "html",
                "jusText",
                [justext_html(h, p["lang"]) for h, p in zip(html_pages, chosen, strict=True)],
            ),
        ]
        for mode, name, outputs in runs:
            s = score(chosen, outputs)
            print(
                f"{mode:5} {name:22} {subset:5} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                f"{s['body_recall_chars']:10.3f} {s['clutter_removed']:12.3f}"
            )
        print()
    if args.no_speed:
        return 0

    print(f"load average: {_load()}")
    texts, html_corpus = corpus(max(args.articles, args.pages))
    texts = texts[: args.articles]
    html_corpus = html_corpus[: args.pages]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    as_html = [as_paragraph_html(t) for t in texts]
    print(
        f"Speed, text mode: {len(texts)} seed-derived articles, {megabytes:.2f} MB, CPU time of one core"
    )
    text_pipeline = pipeline_with(newskit_boilerplate)
    rows = [
        ("newskit (plugin only)", throughput(newskit_text, texts)),
        ("newskit (pipeline)", throughput(lambda t: text_pipeline.analyze(t), texts)),
        ("trafilatura (<p>/line)", throughput(trafilatura_html, as_html, repeat=1)),
        ("jusText (<p>/line)", throughput(justext_html, as_html, repeat=1)),
    ]
    base = rows[0][1]
    print(f"{'system':24} {'MB/s':>8} {'articles/s':>11} {'time ratio':>11}")
    for name, seconds in rows:
        print(
            f"{name:24} {megabytes / seconds:8.2f} {len(texts) / seconds:11.0f} {seconds / base:10.1f}x"
        )

    hmb = sum(len(h.encode("utf-8")) for h in html_corpus) / 1e6
    print(
        f"\nSpeed, HTML mode: {len(html_corpus)} pages, {hmb:.2f} MB, mean {hmb * 1e6 / len(html_corpus) / 1000:.1f} KB, CPU time"
    )
    rows = [
        ("trafilatura.extract", throughput(trafilatura_html, html_corpus, repeat=2)),
        (
            "newskit html+boilerplate",
            throughput(lambda h: pipeline.analyze(h), html_corpus, repeat=2),
        ),
        ("jusText", throughput(justext_html, html_corpus, repeat=1)),
    ]
    base = rows[0][1]
    print(f"{'system':26} {'ms/page':>8} {'ratio to trafilatura':>21}")
    for name, seconds in rows:
        print(f"{name:26} {seconds / len(html_corpus) * 1000:8.2f} {seconds / base:20.2f}x")
    print(f"load average: {_load()}")
    return 0


def _set_of(page: dict) -> str:
    """The set a page belongs to: its file name up to the first dash."""
    return page["name"].split("-", 1)[0]


def _set_names(pages: list[dict]) -> list[str]:
    return list(dict.fromkeys(_set_of(p) for p in pages))


def _load() -> str:
    """The 1, 5 and 15 minute load averages: a shared machine stretches every figure."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
