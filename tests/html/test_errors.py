"""Bad HTML gives an InputError that says precisely what is wrong, never a traceback."""

from __future__ import annotations

import pytest

from newskit.errors import BinaryInputError, EmptyInputError, InputError
from newskit_html import EmptyPageError, TruncatedHtmlError

BAD = [
    (
        "<!DOCTYPE html><html><head><title>T</title></head><body></body></html>",
        EmptyPageError,
        "empty <body>",
    ),
    ("<html><body>   \n  </body></html>", EmptyPageError, "empty <body>"),
    (
        "<html><head><script>var a = 1;</script><style>p{}</style></head><body><script>go()</script></body></html>",
        EmptyPageError,
        "empty <body>",
    ),
    (
        "<html><body><div><p>Le ministre a décl",
        TruncatedHtmlError,
        "truncated: it stops inside its text",
    ),
    ("<html><body><p>Le ministre a parlé.</p><img src=", TruncatedHtmlError, "stops inside a tag"),
    ("<p>", EmptyPageError, "no visible text"),
    (
        "<div><p>Trois mots seuls</p></div>",
        EmptyPageError,
        "no paragraph among its 3 visible words",
    ),
]


@pytest.mark.parametrize(("page", "error", "message"), BAD)
def test_bad_page_gives_a_precise_input_error(html_only, page, error, message):
    with pytest.raises(error, match=message) as info:
        html_only.analyze(page)
    assert isinstance(info.value, InputError)


@pytest.mark.parametrize(("page", "error", "message"), BAD)
def test_bad_page_as_bytes_gives_the_same_error(html_only, page, error, message):
    with pytest.raises(error, match=message):
        html_only.analyze(page.encode("utf-8"))


def test_page_with_nul_bytes_is_binary_input(html_only):
    with pytest.raises(BinaryInputError):
        html_only.analyze(b"<html><body>\x00\x00\x00</body></html>")


def test_empty_page_error_is_an_empty_input_error():
    assert issubclass(EmptyPageError, EmptyInputError)


def test_page_that_omits_optional_end_tags_is_not_truncated(html_only):
    page = (
        "<!DOCTYPE html><html><head><title>Titre</title></head><body><article><h1>Titre</h1>"
        + "<p>Le gouvernement kazakh a fixé lundi un prix plafond pour le gaz liquéfié, dont la hausse avait déclenché les émeutes.</p>"
        * 3
        + "</article>"
    )
    assert "prix plafond" in html_only.analyze(page).text
