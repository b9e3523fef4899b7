"""``newskit render``: add_arguments/run, tested directly (the main CLI wires them in)."""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest

import newskit
from newskit.render import cli
from newskit.testing import pipeline_with


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="newskit render")
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(list(argv)))


def test_json_record_renders_to_the_output_file(tmp_path, seed_article):
    source = tmp_path / "seed.json"
    source.write_text(seed_article.to_json(), encoding="utf-8")
    out = tmp_path / "article.html"
    assert run(str(source), "-o", str(out)) == 0
    page = out.read_text(encoding="utf-8")
    assert page == seed_article.to_html()


def test_text_source_is_analyzed_then_rendered(tmp_path, monkeypatch):
    # A pipeline without plugins stands in for the default one: this tests the command,
    # not the plugins (and spares loading their models).
    calls = []

    def analyze(source, **kwargs):
        calls.append((source, kwargs))
        return pipeline_with().analyze(source, **kwargs)

    monkeypatch.setattr(newskit, "analyze", analyze)
    source = tmp_path / "a.txt"
    source.write_text("Un titre\n\nLe 7 janvier, <rien>.", encoding="utf-8")
    out = tmp_path / "a.html"
    assert run(str(source), "-o", str(out), "--published", "2022-01-10") == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Le 7 janvier, &lt;rien&gt;." in page
    assert calls == [(b"Un titre\n\nLe 7 janvier, <rien>.", {"published": "2022-01-10"})]


def test_page_goes_to_stdout_without_output_option(tmp_path, capsys, seed_article):
    source = tmp_path / "seed.json"
    source.write_text(seed_article.to_json(), encoding="utf-8")
    assert run(str(source)) == 0
    assert capsys.readouterr().out == seed_article.to_html()


def test_summary_renders_a_results_file(tmp_path, seed_article):
    results = tmp_path / "results.jsonl"
    lines = [
        seed_article.to_json(),
        json.dumps({"id": "x", "error": {"type": "E", "message": "m"}}),
        "{trunc",
    ]
    results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "summary.html"
    assert run("--summary", str(results), "-o", str(out), "--title", "Seed corpus") == 0
    page = out.read_text(encoding="utf-8")
    assert "<h1>Seed corpus</h1>" in page
    assert "1 articles, 9 claims" in page
    assert "2 records skipped" in page
    assert "<svg" in page


def test_summary_reads_standard_input(monkeypatch, capsys, seed_article):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed_article.to_json().encode())))
    assert run("--summary", "-") == 0
    assert "1 articles" in capsys.readouterr().out


def test_missing_file_fails_with_a_message(tmp_path, capsys):
    assert run(str(tmp_path / "nope.txt")) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("newskit render: error: cannot use ")
    assert "nope.txt: No such file or directory" in err


def test_results_file_without_summary_is_a_usage_error(tmp_path, capsys, seed_article):
    results = tmp_path / "results.jsonl"
    results.write_text(
        seed_article.to_json() + "\n" + seed_article.to_json() + "\n", encoding="utf-8"
    )
    assert run(str(results)) == cli.EXIT_USAGE
    assert "--summary" in capsys.readouterr().err


def test_empty_source_fails_with_the_analysis_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(newskit, "analyze", pipeline_with().analyze)
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    assert run(str(source)) == cli.EXIT_FAILED
    assert "empty" in capsys.readouterr().err


def test_unwritable_output_fails_with_a_message(tmp_path, capsys, seed_article):
    source = tmp_path / "seed.json"
    source.write_text(seed_article.to_json(), encoding="utf-8")
    assert run(str(source), "-o", str(tmp_path / "no" / "dir.html")) == cli.EXIT_FAILED
    assert "newskit render: error:" in capsys.readouterr().err


def test_arguments_are_declared():
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args(["f.txt", "-o", "x.html", "--published", "2022-01-10"])
    assert (args.file, args.output, args.summary, args.published) == (
        "f.txt",
        "x.html",
        False,
        "2022-01-10",
    )
    with pytest.raises(SystemExit):
        parser.parse_args([])


def test_error_record_fails_with_its_message(tmp_path, capsys):
    source = tmp_path / "failed.json"
    error = {"type": "EmptyInputError", "message": "input is empty"}
    source.write_text(json.dumps({"id": "a.txt", "error": error}), encoding="utf-8")
    assert run(str(source)) == cli.EXIT_FAILED
    assert "failed analysis: EmptyInputError: input is empty" in capsys.readouterr().err


def test_json_that_is_not_a_record_is_a_usage_error(tmp_path, capsys):
    source = tmp_path / "other.json"
    source.write_text(json.dumps({"title": "x"}), encoding="utf-8")
    assert run(str(source)) == cli.EXIT_USAGE
    assert "not a newskit article record" in capsys.readouterr().err


def test_record_written_by_analyze_with_extra_fields_renders(tmp_path, seed_article):
    source = tmp_path / "seed.json"
    source.write_text(json.dumps({"id": "seed.txt", **seed_article.to_dict()}), encoding="utf-8")
    out = tmp_path / "seed.html"
    assert run(str(source), "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8") == seed_article.to_html()
