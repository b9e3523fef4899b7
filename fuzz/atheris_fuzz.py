"""Coverage-guided fuzzing (atheris, libFuzzer) of the ingestion and of the text plugins.

Not part of the test run, and atheris is not a dependency: run it with uv's ``--with``::

    uv run --group fuzz python fuzz/atheris_fuzz.py TARGET -max_total_time=300
    uv run --group fuzz python fuzz/atheris_fuzz.py numbers -runs=1000000
    uv run --group fuzz python fuzz/atheris_fuzz.py claims CORPUS_DIR -runs=1000000

(``fuzz/seed_corpus.py CORPUS_DIR`` first fills a corpus directory with real French
paragraphs to start from.)

TARGET is ``ingest`` (the core's text ingest and the html plugin, fed raw bytes) or one
of ``boilerplate``, ``dates_fr``, ``numbers``, ``entities`` (its rule backend; spaCy is
too slow for coverage-guided fuzzing), ``claims``: that plugin alone in a pipeline, fed
Unicode text. A crash is any exception that is not a documented ``newskit.errors`` type,
or a span not aligned with the text; libFuzzer then writes the input to ``crash-*`` and
stops. At the end libFuzzer prints ``Done N runs in S second(s)``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import atheris

#: The plugin packages whose code the targets run. atheris instruments only the modules
#: first imported inside ``instrument_imports()``: a module a plugin imports later, on its
#: first call (the claims finder, the entities' capitalization finder), would run blind,
#: without coverage feedback. So every module of these packages is imported here.
PACKAGES = (
    "newskit_boilerplate",
    "newskit_claims",
    "newskit_dates_fr",
    "newskit_entities",
    "newskit_html",
    "newskit_numbers",
)

with atheris.instrument_imports():
    for _package in PACKAGES:
        _module = importlib.import_module(_package)
        for _info in pkgutil.walk_packages(_module.__path__, f"{_package}."):
            importlib.import_module(_info.name)
    import newskit_boilerplate
    import newskit_claims
    import newskit_dates_fr
    import newskit_entities
    import newskit_html
    import newskit_numbers
    from newskit.errors import NewskitError
    from newskit.testing import assert_spans_aligned, pipeline_with

PLUGINS = {
    "boilerplate": newskit_boilerplate,
    "dates_fr": newskit_dates_fr,
    "numbers": newskit_numbers,
    "entities": newskit_entities,
    "claims": newskit_claims,
}


def main() -> None:
    target = sys.argv.pop(1) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else ""
    if target == "ingest":
        pipeline = pipeline_with(newskit_html)
    elif target in PLUGINS:
        pipeline = pipeline_with(
            PLUGINS[target], settings={"entities.backend": "rules"}, max_bytes=1_000_000
        )
    else:
        raise SystemExit(f"usage: atheris_fuzz.py {{ingest|{'|'.join(PLUGINS)}}} [libFuzzer flags]")

    def one_input(data: bytes) -> None:
        if target == "ingest":
            source: str | bytes = data
        else:
            provider = atheris.FuzzedDataProvider(data)
            source = provider.ConsumeUnicodeNoSurrogates(len(data))
        try:
            article = pipeline.analyze(source, published="2022-01-10")
        except NewskitError:
            return
        assert_spans_aligned(article)
        assert newskit_article_round_trips(article)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def newskit_article_round_trips(article) -> bool:
    from newskit.types import Article

    return Article.from_json(article.to_json()) == article


if __name__ == "__main__":
    main()
