"""Readers: JSONL and CSV corpora (ids, kept fields, bad lines), .gz, stdin, folders."""

from __future__ import annotations

import gzip
import io

import pytest
from corpus_helpers import article, write_jsonl

from newskit.corpus import ReadOptions, iter_paths, read_inputs
from newskit.corpus.readers import detect_format


def read(paths, **options):
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("A.CSV", "csv"),
        ("a.csv.gz", "csv"),
        ("a.txt", "text"),
        ("a.html.gz", "text"),
        ("", "text"),
    ],
)
def test_format_is_detected_from_the_file_name(name, expected):
    assert detect_format(name) == expected


def test_jsonl_records_take_id_text_published_and_keep_other_fields(tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [{"id": 7, "text": "Un.", "published": "2022-01-10", "site": "a.fr", "n": 3}],
    )
    (record,) = read([path])
    assert (record.id, record.source, record.published) == (7, "Un.", "2022-01-10")
    assert record.fields == {"site": "a.fr", "n": 3}


def test_jsonl_field_names_are_configurable_and_ids_default_to_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"body": "Un."}\n\n{"body": "Deux.", "date": "2021-05-02"}\n', encoding="utf-8"
    )
    first, second = read([path], text_field="body", published_field="date", published="2020-01-01")
    assert (first.id, first.published) == (f"{path}:1", "2020-01-01")
    assert (second.id, second.source, second.published) == (f"{path}:3", "Deux.", "2021-05-02")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2 is not JSON"),
        ("[1, 2]", "line 2 is a JSON list, not an object"),
        ('{"id": "x", "title": "sans texte"}', "no text field 'text'"),
        ('{"id": "x", "text": 12}', "field 'text' is a int, not text"),
    ],
)
def test_bad_jsonl_line_is_a_problem_record_and_reading_goes_on(tmp_path, line, message):
    path = tmp_path / "c.jsonl"
    path.write_text(
        f'{{"id": 1, "text": "Un."}}\n{line}\n{{"id": 3, "text": "Trois."}}\n', encoding="utf-8"
    )
    first, bad, last = read([path])
    assert first.problem is None
    assert last.problem is None
    assert message in str(bad.problem)
    assert bad.problem.type_name == "InputError"


def test_missing_text_keeps_the_fields_for_the_error_record(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "x", "title": "T"}])
    (record,) = read([path])
    assert record.fields == {"title": "T"}


def test_csv_columns_by_name_with_multiline_cells(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        'id,body,date,site\nA,"Titre\n\nLe texte, long.",2022-01-10,x.fr\nB,Deux,,y.fr\n',
        encoding="utf-8",
    )
    first, second = read([path], text_field="body", published_field="date")
    assert (first.id, first.source, first.published, first.fields) == (
        "A",
        "Titre\n\nLe texte, long.",
        "2022-01-10",
        {"site": "x.fr"},
    )
    assert (second.id, second.published) == ("B", None)


def test_csv_without_id_column_numbers_rows_by_line(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("text\nUn.\nDeux.\n", encoding="utf-8-sig")
    assert [r.id for r in read([path])] == [f"{path}:2", f"{path}:3"]


def test_csv_that_is_not_utf8_is_a_problem_record(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"text\nUn.\n" + "Défense\n".encode("cp1252"))
    first, bad = read([path])
    assert first.source == "Un."
    assert "not UTF-8" in str(bad.problem)


def test_gzip_jsonl_is_streamed(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": 1, "text": "Un."}\n{"id": 2, "text": "Deux."}\n'))
    assert [r.source for r in read([path])] == ["Un.", "Deux."]


def test_truncated_gzip_is_reported_after_the_records_read(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    data = gzip.compress(b"".join(b'{"id": %d, "text": "Un texte."}\n' % n for n in range(2000)))
    path.write_bytes(data[: len(data) // 2])
    records = read([path])
    assert all(r.problem is None for r in records[:-1])
    assert "not a readable gzip file" in str(records[-1].problem)


def test_stdin_as_jsonl(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"id": 1, "text": "Un."}\n')))
    (record,) = read(["-"], input_format="jsonl")
    assert (record.id, record.source) == (1, "Un.")


def test_text_file_is_read_as_bytes_with_its_path_as_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(article(1).encode("cp1252"))
    (record,) = read([path], published="2022-01-10", metadata={"site": "x"})
    assert (record.id, record.source, record.published) == (
        str(path),
        article(1).encode("cp1252"),
        "2022-01-10",
    )
    assert record.metadata == {"site": "x"}


def test_iter_paths_is_recursive_sorted_and_skips_hidden(tmp_path):
    for name in ("z.txt", "a/b.txt", ".git/x.txt", "a/.y.txt", "a/c.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path], "*.txt")] == [
        "a/b.txt",
        "z.txt",
    ]
