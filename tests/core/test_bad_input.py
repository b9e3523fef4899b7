"""Every bad input gets a precise exception from newskit.errors, never a bare traceback."""

import os

import pytest

from newskit.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from newskit.testing import pipeline_with


@pytest.fixture(scope="module")
def pipeline():
    return pipeline_with(max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("source", "error", "message"),
    [
        ("", EmptyInputError, "empty"),
        (b"", EmptyInputError, "empty"),
        (" \n\t\u00a0\n", EmptyInputError, "white space"),
        ("... ---- !!!", EmptyInputError, "no letter"),
        (b"PK\x03\x04\x00\x00binary", BinaryInputError, "NUL bytes"),
        ("texte\x00avec NUL", BinaryInputError, "NUL"),
        ("\x01\x02\x03\x04 abc \x05\x06", BinaryInputError, "control characters"),
        (os.urandom(4000).replace(b"\x00", b"\x01"), InputError, None),
        (b"\xff\xd8\xff\xe0" + bytes(range(1, 30)) * 20, DecodingError, "not UTF-8"),
        (b"\x81\x8d\x8f\x90\x9d" * 20 + b"\xc3", DecodingError, "not UTF-8"),
    ],
)
def test_bad_input_raises_precise_error(pipeline, source, error, message):
    with pytest.raises(error, match=message):
        pipeline.analyze(source)


def test_oversized_input_is_refused_with_sizes(pipeline):
    with pytest.raises(InputTooLargeError, match="above the limit of 1,000,000 bytes") as info:
        pipeline.analyze("a" * 1_000_001)
    assert info.value.size == 1_000_001


def test_oversized_by_utf8_bytes_is_refused(pipeline):
    with pytest.raises(InputTooLargeError):
        pipeline.analyze("é" * 600_000)  # 600,000 characters, 1,200,000 bytes


def test_non_text_source_is_a_type_error(pipeline):
    with pytest.raises(TypeError, match="str or bytes"):
        pipeline.analyze(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_french_bytes_decode_in_common_charsets(pipeline, encoding):
    text = "Le ministère a déclaré « dix-huit » agents tués à l’été."
    if encoding in ("latin-1",):
        text = text.replace("’", "'")
    assert pipeline.analyze(text.encode(encoding)).text == text


def test_crlf_line_ends_are_normalized(pipeline):
    article = pipeline.analyze(b"Titre\r\n\r\nCorps du texte.\r\n")
    assert article.raw == "Titre\n\nCorps du texte.\n"
    assert article.title == "Titre"


def test_input_errors_are_value_errors():
    assert issubclass(InputError, ValueError)
