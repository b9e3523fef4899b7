"""Coverage-guided fuzzing (atheris, libFuzzer) of the ingestion and of the text plugins.

Not part of the test run, and atheris is not a dependency: run it with uv's ``--with``::

    uv run --group fuzz python fuzz/atheris_fuzz.py TARGET -max_total_time=300
    uv run --group fuzz python fuzz/atheris_fuzz.py numbers -runs=1000000

TARGET is ``ingest`` (the core's text ingest and the html plugin, fed raw bytes) or one
of ``boilerplate``, ``dates_fr``, ``numbers``, ``entities`` (its rule backend; spaCy is
too slow for coverage-guided fuzzing), ``claims``: that plugin alone in a pipeline, fed
Unicode text. A crash is any exception that is not a documented ``newskit.errors`` type,
or a span not aligned with the text; libFuzzer then writes the input to ``crash-*`` and
stops. At the end libFuzzer prints ``Done N runs in S second(s)``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
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
