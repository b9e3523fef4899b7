"""The runner: order, isolation of bad records, timeouts, process pool, determinism."""

from __future__ import annotations

import json
import time

import pytest
from corpus_helpers import TEST_PLUGIN, article, corpus_rows, read_jsonl, write_jsonl

from newskit.cli import EXIT_OK, main
from newskit.corpus import InputRecord, PipelineSpec, analyze_stream, pipeline_for
from newskit.corpus.runner import _Pool

SPEC = PipelineSpec(plugins=[TEST_PLUGIN])


def records(count: int, **special: str) -> list[InputRecord]:
    return [InputRecord(id=row["id"], source=row["text"]) for row in corpus_rows(count, **special)]


def test_serial_run_keeps_input_order_and_makes_one_record_each():
    out = list(analyze_stream(records(5), SPEC))
    assert [r["id"] for r in out] == ["a00000", "a00001", "a00002", "a00003", "a00004"]
    assert [q["text"] for q in out[2]["quantities"]] == ["2", "2", "6"]


def test_a_raising_plugin_costs_only_its_record():
    out = list(analyze_stream(records(3, a00001="Texte qui PLANTE ici."), SPEC))
    assert "error" not in out[0]
    assert "error" not in out[2]
    assert out[1]["error"]["type"] == "PluginFailedError"
    assert "plante exprès" in out[1]["error"]["message"]
    assert TEST_PLUGIN in out[1]["error"]["message"]


@pytest.mark.parametrize("cue", ["BOUCLE", "SOMMEIL"])
def test_a_record_that_hangs_becomes_a_timeout_error(cue):
    spec = PipelineSpec(plugins=[TEST_PLUGIN], timeout=0.3)
    out = list(analyze_stream(records(3, a00001=f"Un texte qui {cue}."), spec))
    assert [("error" in r) for r in out] == [False, True, False]
    assert out[1]["error"]["type"] == "AnalysisTimeout"
    assert "0.3 s" in out[1]["error"]["message"]


def test_unreadable_record_is_reported_without_analysis():
    problem = InputRecord(id="x", problem=FileNotFoundError(2, "no such file", "x"))
    assert list(analyze_stream([problem], SPEC)) == [
        {"id": "x", "error": {"type": "FileNotFoundError", "message": "no such file"}}
    ]


def test_small_input_stays_in_process_whatever_jobs(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr(_Pool, "__init__", no_pool)
    assert len(list(analyze_stream(records(10), SPEC, jobs=2, small_input=64))) == 10


def test_pool_keeps_order_and_equals_the_serial_run_with_finish_in_the_worker():
    from newskit.corpus.writers import encode_jsonl

    inputs = records(70, a00007="Ceci PLANTE.", a00050="")
    serial = [encode_jsonl(r) for r in analyze_stream(inputs, SPEC)]
    pooled = list(
        analyze_stream(inputs, SPEC, jobs=2, chunk_size=4, small_input=8, finish=encode_jsonl)
    )
    assert pooled == serial
    assert [json.loads(line)["id"] for line, _ in pooled] == [r.id for r in inputs]
    assert [failed for _, failed in pooled].count(True) == 2


def test_a_worker_that_dies_costs_only_its_record():
    inputs = records(24, a00009="Ce processus MEURT.")
    out = list(analyze_stream(inputs, SPEC, jobs=2, chunk_size=4, small_input=4))
    assert [r["id"] for r in out] == [r.id for r in inputs]
    assert [r["id"] for r in out if "error" in r] == ["a00009"]
    assert out[9]["error"]["type"] == "WorkerCrashedError"


def test_a_worker_stuck_outside_python_is_killed_and_costs_only_its_record():
    spec = PipelineSpec(plugins=[TEST_PLUGIN], timeout=0.3)
    inputs = records(12, a00005="Ce texte BLOQUE le processus.")
    started = time.monotonic()
    out = list(analyze_stream(inputs, spec, jobs=2, chunk_size=4, small_input=4, stuck_grace=2.0))
    assert time.monotonic() - started < 50  # far less than the 60 s the record would take
    assert [r["id"] for r in out] == [r.id for r in inputs]
    assert [r["id"] for r in out if "error" in r] == ["a00005"]
    assert out[5]["error"]["type"] == "AnalysisTimeout"
    assert "worker process was killed" in out[5]["error"]["message"]


def test_jobs_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        list(analyze_stream(records(1), SPEC, jobs=0))


def test_pipeline_is_built_once_per_spec():
    spec = PipelineSpec(plugins=[TEST_PLUGIN], lang="fr_CA")
    assert pipeline_for(spec) is pipeline_for(PipelineSpec(plugins=[TEST_PLUGIN], lang="fr_CA"))


def test_jsonl_output_is_byte_identical_for_jobs_1_and_2(tmp_path, capsys):
    rows = corpus_rows(150, a00003="PLANTE", a00077="\x00\x01 binaire", a00100="   ")
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    for out, jobs in ((one, "1"), (two, "2")):
        assert (
            main(
                [
                    "analyze",
                    str(source),
                    "-o",
                    str(out),
                    "-p",
                    TEST_PLUGIN,
                    "--jobs",
                    jobs,
                    "--chunk-size",
                    "8",
                    "-q",
                ]
            )
            == EXIT_OK
        )
    assert one.read_bytes() == two.read_bytes()
    out = read_jsonl(one)
    assert len(out) == 150
    assert {r["id"] for r in out if "error" in r} == {"a00003", "a00077", "a00100"}
    assert out[5]["text"] == article(5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "one.jsonl", "two.jsonl"]


def test_cli_timeout_option_turns_a_hang_into_an_error_record(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", corpus_rows(3, a00002="BOUCLE"))
    assert main(["analyze", str(source), "-p", TEST_PLUGIN, "--timeout", "0.5", "-q"]) == EXIT_OK
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("error", {}).get("type") for r in out] == [None, None, "AnalysisTimeout"]
