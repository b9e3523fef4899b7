"""Writers: atomic outputs, CSV and Parquet layout, and --resume."""

from __future__ import annotations

import csv
import json

import attrs
import pytest
from corpus_helpers import TEST_PLUGIN, corpus_rows, read_jsonl, write_jsonl

import newskit
from newskit.cli import EXIT_OK, main
from newskit.corpus import writers
from newskit.corpus.parquet import article_fields
from newskit.corpus.records import ARTICLE_KEYS


def analyze(*argv: str) -> int:
    return main(["analyze", *argv, "-p", TEST_PLUGIN, "-q"])


@pytest.fixture
def corpus(tmp_path):
    return write_jsonl(tmp_path / "in.jsonl", corpus_rows(30, a00004="PLANTE"))


def test_output_appears_only_when_the_run_completes(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    seen = []
    original = writers.JsonlWriter.write_encoded

    def spy(self, payload):
        seen.append(out.read_text())  # the target is untouched while the run goes on
        original(self, payload)

    monkeypatch.setattr(writers.JsonlWriter, "write_encoded", spy)
    assert analyze(str(corpus), "-o", str(out)) == EXIT_OK
    assert set(seen) == {"old\n"}
    assert len(read_jsonl(out)) == 30
    assert not writers.partial_path(out).exists()


def test_failed_json_run_leaves_no_temp_file(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(writers.Writer, "write_encoded", _raise_io_error)
    out = tmp_path / "out.json"
    assert analyze(str(corpus), "-o", str(out)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_resume_continues_a_partial_jsonl_dropping_a_torn_line(tmp_path, corpus, capsys):
    full = tmp_path / "full.jsonl"
    assert analyze(str(corpus), "-o", str(full)) == EXIT_OK
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    writers.partial_path(out).write_text("".join(lines[:12]) + lines[12][:40], encoding="utf-8")
    assert main(["analyze", str(corpus), "-o", str(out), "-p", TEST_PLUGIN, "--resume"]) == EXIT_OK
    assert out.read_bytes() == full.read_bytes()
    assert "12 skipped" in capsys.readouterr().err
    assert not writers.partial_path(out).exists()


def test_resume_from_a_finished_output_adds_only_new_records(tmp_path, corpus):
    out = tmp_path / "out.jsonl"
    first = write_jsonl(tmp_path / "first.jsonl", corpus_rows(5))
    assert analyze(str(first), "-o", str(out)) == EXIT_OK
    before = out.read_bytes()
    assert analyze(str(corpus), "-o", str(out), "--resume") == EXIT_OK
    assert out.read_bytes().startswith(before)
    assert [r["id"] for r in read_jsonl(out)] == [f"a{n:05d}" for n in range(30)]


def test_resume_continues_a_partial_csv(tmp_path, corpus):
    full = tmp_path / "full.csv"
    assert analyze(str(corpus), "-o", str(full)) == EXIT_OK
    data = full.read_bytes()
    cut = next(i for i in range(len(data)) if data.startswith(b"\r\na00010,", i))
    out = tmp_path / "out.csv"
    writers.partial_path(out).write_bytes(data[: cut + 30])  # a torn row after row a00009
    assert analyze(str(corpus), "-o", str(out), "--resume") == EXIT_OK
    assert out.read_bytes() == data


def _parquet_rows(path):
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def _interrupt_after(monkeypatch, count):
    """Make the writer see a Ctrl-C after ``count`` records."""
    original, seen = writers.ParquetWriter.write_encoded, []

    def interrupted(self, payload):
        if len(seen) == count:
            raise KeyboardInterrupt
        seen.append(payload)
        original(self, payload)

    monkeypatch.setattr(writers.ParquetWriter, "write_encoded", interrupted)


def test_interrupted_parquet_keeps_complete_parts_and_resume_completes_it(
    tmp_path, corpus, monkeypatch, capsys
):
    full, out = tmp_path / "full.parquet", tmp_path / "out.parquet"
    assert analyze(str(corpus), "-o", str(full)) == EXIT_OK
    monkeypatch.setattr(writers, "PARQUET_BATCH", 4)
    with monkeypatch.context() as patch:
        _interrupt_after(patch, 11)
        assert analyze(str(corpus), "-o", str(out)) == 130
    assert "--resume" in capsys.readouterr().err
    assert not out.exists()
    parts = sorted(p.name for p in writers.partial_path(out).iterdir())
    # two full batches, then the three records held when the run stopped
    assert parts == [f"part-{n:06d}.parquet" for n in range(3)]
    (writers.partial_path(out) / "part-000003.tmp").write_bytes(b"PAR1 torn")  # a killed write
    assert analyze(str(corpus), "-o", str(out), "--resume") == EXIT_OK
    assert _parquet_rows(out) == _parquet_rows(full)
    assert not writers.partial_path(out).exists()


def test_resume_from_a_finished_parquet_adds_only_new_records(tmp_path, corpus):
    out = tmp_path / "out.parquet"
    first = write_jsonl(tmp_path / "first.jsonl", corpus_rows(5))
    assert analyze(str(first), "-o", str(out)) == EXIT_OK
    before = _parquet_rows(out)
    assert analyze(str(corpus), "-o", str(out), "--resume") == EXIT_OK
    rows = _parquet_rows(out)
    assert rows[:5] == before
    assert [r["id"] for r in rows] == [f"a{n:05d}" for n in range(30)]


def test_parquet_run_failing_before_any_record_leaves_nothing(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(writers.ParquetWriter, "write_encoded", _raise_io_error)
    assert analyze(str(corpus), "-o", str(tmp_path / "out.parquet")) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def _raise_io_error(self, payload):
    raise OSError(5, "Input/output error")


def test_csv_rows_keep_fields_and_encode_errors(tmp_path, corpus):
    out = tmp_path / "out.csv"
    assert analyze(str(corpus), "-o", str(out)) == EXIT_OK
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert list(rows[0])[:3] == ["id", "source", "newskit"]
    assert rows[0]["source"] == "test"
    assert json.loads(rows[4]["error"])["type"] == "PluginFailedError"
    assert rows[4]["text"] == ""


def test_parquet_schema_follows_the_types():
    by_name = {field.name: field for field in article_fields()}
    assert tuple(by_name) == ARTICLE_KEYS

    def names(arrow_type):
        return [arrow_type.field(i).name for i in range(arrow_type.num_fields)]

    def attrs_names(cls):
        return [f.name for f in attrs.fields(cls)]

    date = by_name["dates"].type.value_type
    quantity = by_name["quantities"].type.value_type
    entity = by_name["entities"].type.value_type
    claim = by_name["claims"].type.value_type
    assert names(date) == attrs_names(newskit.TimeExpression)
    assert names(quantity) == attrs_names(newskit.Quantity)
    assert names(entity) == attrs_names(newskit.Entity)
    assert names(entity.field("mentions").type.value_type) == attrs_names(newskit.Mention)
    assert names(claim) == attrs_names(newskit.Claim)
    assert names(by_name["boilerplate"].type.value_type) == attrs_names(newskit.Boilerplate)


def test_article_keys_are_the_keys_of_a_record():
    article = newskit.Pipeline(load_entry_points=False).analyze("Un texte.")
    assert tuple(article.to_dict()) == ARTICLE_KEYS


def test_parquet_round_trips_every_record(tmp_path, corpus):
    import pyarrow.parquet as pq

    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    assert analyze(str(corpus), "-o", str(jsonl)) == EXIT_OK
    assert analyze(str(corpus), "-o", str(parquet)) == EXIT_OK
    rows = pq.read_table(parquet).to_pylist()
    expected = read_jsonl(jsonl)
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    assert rows[7]["quantities"] == expected[7]["quantities"]
    assert dict(rows[7]["metadata"]) == expected[7]["metadata"]
    assert rows[4]["error"] == expected[4]["error"]
