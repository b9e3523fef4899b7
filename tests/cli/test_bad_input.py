"""Every bad input of the foundation issue, through the CLI: a precise message on stderr,
the documented exit status (1 for a single document, 0 with an error record in a batch),
and never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newskit.cli import EXIT_FAILED, EXIT_OK, main

UNDECODABLE = b"\x81\x8d\x8f\x90\x9d" * 20 + b"\xc3"  # no charset decodes these cleanly
FIFTY_MB = 50 * 1024 * 1024


def _make(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.txt"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "blank":
        path.write_text(" \n\t\u00a0\n\n  ", encoding="utf-8")
    elif kind == "binary":
        path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00binary zip header" + os.urandom(256))
    elif kind == "undecodable":
        path.write_bytes(UNDECODABLE)
    elif kind == "directory":
        path = tmp_path / "a-folder"
        path.mkdir()
        (path / "inside.txt").write_text("Un texte.", encoding="utf-8")
    elif kind == "missing":
        path = tmp_path / "absent.txt"
    elif kind == "huge":
        with open(path, "wb") as stream:  # 50 MB of real text, written in 1 MB blocks
            block = ("Le ministère a annoncé dix-huit mesures. " * 25_000).encode()[: 1024 * 1024]
            for _ in range(FIFTY_MB // len(block)):
                stream.write(block)
    return path


BAD_INPUTS = [
    ("empty", "EmptyInputError", "input is empty"),
    ("blank", "EmptyInputError", "only white space"),
    ("binary", "BinaryInputError", "NUL bytes"),
    ("undecodable", "DecodingError", "not UTF-8"),
    ("directory", "IsADirectoryError", "is a directory (use --input-dir"),
    ("missing", "FileNotFoundError", "no such file"),
    ("huge", "InputTooLargeError", "above the limit of 10,485,760 bytes"),
]


@pytest.mark.parametrize(("kind", "error", "message"), BAD_INPUTS)
def test_single_bad_input_exits_1_with_a_message_and_no_traceback(
    tmp_path, capsys, kind, error, message
):
    path = _make(tmp_path, kind)
    status = main(["analyze", str(path)])
    out, err = capsys.readouterr()
    assert status == EXIT_FAILED
    assert out == ""
    assert err.startswith(f"newskit: error: {path}: ")
    assert message in err
    assert f"({error})" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("kind", "error", "message"), BAD_INPUTS)
def test_bad_input_in_a_batch_is_an_error_record_and_the_run_goes_on(
    tmp_path, capsys, kind, error, message
):
    good = tmp_path / "good.txt"
    good.write_text("Titre\n\nLe ministère a annoncé 18 mesures.", encoding="utf-8")
    path = _make(tmp_path, kind)
    status = main(["analyze", str(good), str(path), str(good), "-q"])
    out, err = capsys.readouterr()
    assert status == EXIT_OK
    first, bad, last = (json.loads(line) for line in out.splitlines())
    assert first["id"] == last["id"] == str(good)
    assert "error" not in first
    assert bad["id"] == str(path)
    assert bad["error"]["type"] == error
    assert message in bad["error"]["message"]
    assert set(bad) == {"id", "error"}
    assert "Traceback" not in err


def test_huge_file_is_refused_without_reading_it_whole(tmp_path, capsys):
    import resource

    path = _make(tmp_path, "huge")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    main(["analyze", str(path)])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert "above the limit" in capsys.readouterr().err
    assert after - before < 40 * 1024  # KB on Linux: far below the file's 50 MB


def test_huge_gzip_file_is_refused_after_reading_just_past_the_limit(tmp_path, capsys):
    import gzip

    path = tmp_path / "huge.txt.gz"
    with gzip.open(path, "wb", compresslevel=1) as stream:
        stream.write(b"Le ministere a annonce des mesures. " * 600_000)  # 21 MB once decompressed
    assert main(["analyze", str(path)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "above the limit of 10,485,760 bytes" in err
    assert "Traceback" not in err


def test_empty_stdin_exits_1(monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["analyze", "-"]) == EXIT_FAILED
    assert "newskit: error: -: input is empty" in capsys.readouterr().err


def test_failed_single_run_leaves_no_output_file(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["analyze", str(_make(tmp_path, "empty")), "-o", str(out)]) == EXIT_FAILED
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]
