"""The learn-boilerplate command, through its add_arguments and run functions."""

from __future__ import annotations

import argparse
import json

import pytest

from newskit_boilerplate.learn import add_arguments, run
from newskit_boilerplate.profile import SiteProfile

FOOTER = "Suivez Le Courrier d’Asie sur Telegram"


def articles(count: int) -> list[str]:
    return [
        f"Titre {n}\n\nLe ministère a annoncé {n} nouvelles mesures pour soutenir l’économie du pays cette année.\n\n{FOOTER}"
        for n in range(count)
    ]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newskit learn-boilerplate")
    add_arguments(parser)
    return parser.parse_args(argv)


def test_learns_from_a_directory_of_text_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate(articles(8)):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    output = tmp_path / "courrier.json"
    assert run(parse(str(corpus), "--site", "courrier", "-o", str(output))) == 0
    profile = SiteProfile.load(output)
    assert profile.site == "courrier"
    assert profile.documents == 8
    assert profile.match(FOOTER)


def test_learns_from_jsonl_with_a_named_text_field(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"body": t}) + "\n" for t in articles(6)), encoding="utf-8"
    )
    output = tmp_path / "p.json"
    assert (
        run(parse(str(corpus), "--site", "courrier", "--text-field", "body", "-o", str(output)))
        == 0
    )
    assert SiteProfile.load(output).match(FOOTER)


def test_thresholds_are_read_from_the_command_line():
    args = parse(
        "c.jsonl", "--site", "s", "--min-share", "0.5", "--min-docs", "3", "--max-words", "20"
    )
    assert (args.min_share, args.min_docs, args.max_words) == (0.5, 3, 20)


def test_default_output_is_the_site_slug(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"text": t}) + "\n" for t in articles(6)), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert run(parse(str(corpus), "--site", "Le Courrier")) == 0
    assert (tmp_path / "le-courrier.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "a"}\nnot json\n', ":2: not a JSON record"),
        ('{"titre": "a"}\n', "no string field 'text'"),
        ("", "holds no article"),
        ('{"text": "Titre\\n\\nUn paragraphe."}\n', "fewer than --min-docs"),
    ],
)
def test_bad_corpus_gives_exit_2_and_a_message(tmp_path, capsys, content, message):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(content, encoding="utf-8")
    assert run(parse(str(corpus), "--site", "s", "-o", str(tmp_path / "p.json"))) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()


def test_missing_corpus_gives_exit_2(tmp_path, capsys):
    assert run(parse(str(tmp_path / "absent"), "--site", "s")) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_directory_without_text_files_gives_exit_2(tmp_path, capsys):
    assert run(parse(str(tmp_path), "--site", "s")) == 2
    assert "holds no .txt file" in capsys.readouterr().err


def test_site_is_required():
    with pytest.raises(SystemExit):
        parse("corpus.jsonl")
