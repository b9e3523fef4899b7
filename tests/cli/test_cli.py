"""The ``newskit`` command: options, formats, exit statuses, plugins, external commands."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from corpus_helpers import TEST_PLUGIN, article, read_jsonl, write_jsonl

from newskit import __version__
from newskit.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

SEED = Path(__file__).parents[2] / "seeds" / "000_9aaabc60780d98ae.txt"


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = []
    for number in range(3):
        path = tmp_path / f"depeche-{number}.txt"
        path.write_text(article(number + 1), encoding="utf-8")
        paths.append(path)
    return paths


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version_prints_the_package_version(capsys):
    assert run(capsys, "--version") == (EXIT_OK, f"newskit {__version__}\n", "")


def test_analyze_help_groups_options_and_documents_exit_statuses(capsys):
    status, out, _ = run(capsys, "analyze", "--help")
    assert status == EXIT_OK
    for group in ("input:", "article:", "plugins:", "output:", "execution:", "exit status:"):
        assert f"\n{group}\n" in out
    for option in (
        "--input-dir",
        "--text-field",
        "--published",
        "--metadata",
        "-p NAME",
        "--format",
        "--resume",
        "--jobs",
        "--timeout",
    ):
        assert option in out
    assert "130" in out
    assert "usage error" in out


def test_no_command_is_a_usage_error(capsys):
    status, _, err = run(capsys)
    assert status == EXIT_USAGE
    assert "newskit: error:" in err


def test_one_file_prints_one_indented_json_record(files, capsys):
    status, out, err = run(capsys, "analyze", str(files[0]))
    assert status == EXIT_OK
    assert err == ""
    record = json.loads(out)
    assert out.startswith('{\n  "id": ')
    assert record["id"] == str(files[0])
    assert record["newskit"] == __version__
    assert record["text"] == article(1)


def test_several_files_print_one_jsonl_line_each_in_order(files, capsys):
    status, out, err = run(capsys, "analyze", *map(str, reversed(files)))
    assert status == EXIT_OK
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        str(p) for p in reversed(files)
    ]
    assert "newskit: 3 records (0 errors) in" in err


def test_stdin_dash_reads_one_article(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(article(5).encode())))
    status, out, _ = run(capsys, "analyze", "-", "--published", "2022-01-10")
    assert status == EXIT_OK
    record = json.loads(out)
    assert (record["id"], record["text"], record["published"]) == ("-", article(5), "2022-01-10")


def test_published_lang_and_metadata_reach_the_record(files, capsys):
    _, out, _ = run(
        capsys,
        "analyze",
        str(files[0]),
        "--published",
        "2022-01-10T08:00:00Z",
        "--lang",
        "fr_BE",
        "--metadata",
        "site=lesoir.be",
        "--metadata",
        "url=https://x",
    )
    record = json.loads(out)
    assert record["published"] == record["anchor"] == "2022-01-10"
    assert record["lang"] == "fr_BE"
    assert record["metadata"] == {"site": "lesoir.be", "url": "https://x"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["analyze"], "no input"),
        (["analyze", "x.txt", "--published", "10/01/2022"], "ISO 8601"),
        (["analyze", "x.txt", "--lang", "French!"], "--lang"),
        (["analyze", "x.txt", "--metadata", "site"], "KEY=VALUE"),
        (["analyze", "x.txt", "--jobs", "0"], "at least 1"),
        (["analyze", "x.txt", "--timeout", "-3"], "positive"),
        (["analyze", "x.txt", "--format", "xml"], "invalid choice"),
        (["analyze", "-", "-", "-q"], "only once"),
        (["analyze", "x.txt", "-p", "no:nosuchplugin"], "no plugin named 'nosuchplugin'"),
        (["analyze", "x.txt", "-p", "no:core"], "cannot be disabled"),
        (["analyze", "x.txt", "-p", "no_such_module_xyz"], "cannot import plugin module"),
        (["analyze", "x.txt", "--resume"], "--resume needs an output file"),
        (["analyze", "x.txt", "-o", "out.json", "--resume"], "--resume works with jsonl, csv"),
        (["analyze", "x.txt", "-o", "/nonexistent-dir/out.jsonl"], "does not exist"),
        (["analyze", "--input-dir", "/nonexistent-dir"], "not a directory"),
    ],
)
def test_usage_errors_exit_2_with_a_message(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == EXIT_USAGE
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_output_into_a_directory_path_is_a_usage_error(tmp_path, files, capsys):
    status, _, err = run(capsys, "analyze", str(files[0]), "-o", str(tmp_path))
    assert status == EXIT_USAGE
    assert "is a directory" in err


def test_p_module_loads_an_extra_plugin(files, capsys):
    _, out, _ = run(capsys, "analyze", str(files[1]), "-p", TEST_PLUGIN)
    assert [q["text"] for q in json.loads(out)["quantities"]] == ["2", "2", "6"]


def test_p_no_name_disables_a_plugin(files, capsys):
    _, out, _ = run(capsys, "analyze", str(files[1]), "-p", TEST_PLUGIN, "-p", f"no:{TEST_PLUGIN}")
    assert json.loads(out)["quantities"] == []


def test_set_passes_pipeline_settings_to_plugins(files, capsys, monkeypatch):
    from newskit.corpus import records

    seen = []
    original = records.pipeline_for
    monkeypatch.setattr(records, "pipeline_for", lambda spec: seen.append(spec) or original(spec))

    status, _, _ = run(
        capsys, "analyze", str(files[0]), "--set", "entities.backend=rules", "--set", "x=1"
    )
    assert status == EXIT_OK
    assert seen[0].settings == (("entities.backend", "rules"), ("x", "1"))


def test_plugins_lists_name_version_distribution_and_hooks(monkeypatch, capsys):
    monkeypatch.delenv("NEWSKIT_DISABLE_PLUGINS")
    status, out, _ = run(capsys, "plugins")
    assert status == EXIT_OK
    header, *rows = out.splitlines()
    assert header.split() == ["name", "version", "distribution", "hooks"]
    names = [row.split()[0] for row in rows]
    assert {"core", "dates_fr", "entities", "claims", "boilerplate", "html", "numbers"} <= set(
        names
    )
    core = next(row for row in rows if row.startswith("core "))
    assert "newskit_ingest" in core
    assert __version__ in core


def test_plugins_json_and_p_no_name(monkeypatch, capsys):
    monkeypatch.delenv("NEWSKIT_DISABLE_PLUGINS")
    status, out, _ = run(capsys, "plugins", "--json", "-p", "no:entities", "-p", TEST_PLUGIN)
    assert status == EXIT_OK
    plugins = {p["name"]: p for p in json.loads(out)}
    assert "entities" not in plugins
    assert plugins["dates_fr"]["distribution"] == "newskit"
    assert plugins[TEST_PLUGIN]["hooks"] == ["newskit_find_quantities"]
    assert set(plugins["core"]) == {"name", "version", "distribution", "module", "hooks"}


@pytest.mark.parametrize(
    ("command", "module"),
    [("render", "newskit.render.cli"), ("learn-boilerplate", "newskit_boilerplate.learn")],
)
def test_external_command_is_wired_to_its_module(monkeypatch, capsys, command, module):
    seen = {}
    fake = types.ModuleType(module)
    fake.add_arguments = lambda parser: parser.add_argument("--level", type=int)
    fake.run = lambda args: seen.setdefault("level", args.level) and 7
    monkeypatch.setitem(sys.modules, module, fake)
    assert main([command, "--level", "3"]) == 7
    assert seen == {"level": 3}


@pytest.mark.parametrize(
    ("command", "module"),
    [("render", "newskit.render.cli"), ("learn-boilerplate", "newskit_boilerplate.learn")],
)
def test_unimportable_external_command_exits_2_with_a_clear_error(
    monkeypatch, capsys, command, module
):
    monkeypatch.setitem(sys.modules, module, None)  # makes the import fail
    status, _out, err = run(capsys, command, "--help")
    assert status == EXIT_USAGE
    assert err.startswith(
        f"newskit: error: the {command} command is not available: cannot import {module}"
    )
    assert "Traceback" not in err


def test_external_command_without_run_function_exits_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "newskit.render.cli", types.ModuleType("newskit.render.cli"))
    status, _, err = run(capsys, "render", "x")
    assert status == EXIT_USAGE
    assert "has no add_arguments or run() function" in err


def test_csv_output_json_encodes_list_fields(tmp_path, files, capsys):
    out = tmp_path / "out.csv"
    status, stdout, _ = run(capsys, "analyze", *map(str, files), "-o", str(out), "-p", TEST_PLUGIN)
    assert status == EXIT_OK
    assert stdout == ""
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["id"] for r in rows] == [str(p) for p in files]
    assert list(rows[0])[:3] == ["id", "newskit", "text"]
    assert list(rows[0])[-1] == "error"
    assert [q["value"] for q in json.loads(rows[0]["quantities"])] == ["1", "1", "3"]
    assert rows[0]["error"] == ""


def test_parquet_output_has_a_nested_schema(tmp_path, files, capsys):
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert (
        run(capsys, "analyze", *map(str, files), str(empty), "-o", str(out), "-p", TEST_PLUGIN)[0]
        == EXIT_OK
    )
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert str(table.schema.field("quantities").type).startswith(
        "list<element: struct<start: int64"
    )
    rows = table.to_pylist()
    assert rows[0]["quantities"][0]["value"] == "1"
    assert rows[3]["error"] == {"type": "EmptyInputError", "message": "input is empty"}
    assert rows[3]["text"] is None


def test_json_format_for_several_records_is_an_array(files, capsys):
    _, out, _ = run(capsys, "analyze", *map(str, files), "--format", "json", "-q")
    assert [r["id"] for r in json.loads(out)] == [str(p) for p in files]


def test_output_format_follows_the_file_suffix(tmp_path, files, capsys):
    out = tmp_path / "out.jsonl"
    assert run(capsys, "analyze", str(files[0]), "-o", str(out))[0] == EXIT_OK
    assert [r["id"] for r in read_jsonl(out)] == [str(files[0])]


def test_jsonl_input_keeps_its_fields(tmp_path, capsys):
    rows = [{"id": 1, "body": article(1), "date": "2022-01-10", "title": "T", "site": "x.fr"}]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    _, out, _ = run(
        capsys, "analyze", str(path), "--text-field", "body", "--published-field", "date", "-q"
    )
    record = json.loads(out)
    assert (record["id"], record["site"], record["input_title"], record["published"]) == (
        1,
        "x.fr",
        "T",
        "2022-01-10",
    )
    assert list(record)[:3] == ["id", "input_title", "site"]


def test_input_dir_recurses_with_a_glob_in_sorted_order(tmp_path, capsys):
    (tmp_path / "b" / "c").mkdir(parents=True)
    for name in ("b/c/z.txt", "b/a.txt", "m.txt", "b/skip.md", ".hidden.txt"):
        (tmp_path / name).write_text(article(1), encoding="utf-8")
    _, out, _ = run(capsys, "analyze", "--input-dir", str(tmp_path), "--glob", "*.txt", "-q")
    assert [
        Path(json.loads(line)["id"]).relative_to(tmp_path).as_posix() for line in out.splitlines()
    ] == ["b/a.txt", "b/c/z.txt", "m.txt"]


def test_gzip_text_file_is_read(tmp_path, capsys):
    import gzip

    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(article(4).encode()))
    _, out, _ = run(capsys, "analyze", str(path))
    assert json.loads(out)["text"] == article(4)


def test_console_script_prints_the_seed_record():
    script = Path(sys.executable).parent / "newskit"
    result = subprocess.run(
        [str(script), "analyze", str(SEED), "-p", "no:entities"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    record = json.loads(result.stdout)
    assert record["title"].startswith("Les Casques bleus biélorusses")


def test_interrupted_run_exits_130_and_keeps_the_partial_file(tmp_path, files, monkeypatch, capsys):
    from newskit.corpus import writers

    calls = {"n": 0}
    original = writers.JsonlWriter.write_encoded

    def interrupt_on_second(self, payload):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        original(self, payload)

    monkeypatch.setattr(writers.JsonlWriter, "write_encoded", interrupt_on_second)
    out = tmp_path / "out.jsonl"
    status, _, err = run(capsys, "analyze", *map(str, files), "-o", str(out))
    assert status == 130
    assert "rerun with --resume" in err
    assert not out.exists()
    assert len(writers.partial_path(out).read_text().splitlines()) == 1


def test_unwritable_output_is_fatal(tmp_path, files, capsys, monkeypatch):
    out = tmp_path / "out.jsonl"
    from newskit.corpus import writers

    def full(self, payload):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writers.JsonlWriter, "write_encoded", full)
    status, _, err = run(capsys, "analyze", *map(str, files), "-o", str(out))
    assert status == EXIT_FAILED
    assert "cannot write the output: No space left on device" in err
    assert not out.exists()


def test_every_analyze_option_is_in_the_cli_reference():
    import argparse

    from newskit.cli import build_parser

    reference = (Path(__file__).parents[2] / "docs" / "guide" / "cli.rst").read_text(
        encoding="utf-8"
    )
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in ("analyze", "plugins"):
        for action in commands.choices[name]._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                assert f"``{option}" in reference, f"newskit {name} {option} is not documented"


def test_closed_stdout_stops_quietly_without_a_traceback(tmp_path):
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": n, "text": article(n)} for n in range(3000)]
    )
    script = Path(sys.executable).parent / "newskit"
    process = subprocess.Popen(
        [str(script), "analyze", str(source), "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout.readline().startswith(b'{"id": 0')
    process.stdout.close()  # like `| head -1`
    _, err = process.communicate(timeout=120)
    assert process.returncode == EXIT_FAILED
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err
