"""Telling markup from plain text, and reading the charset a page declares."""

from __future__ import annotations

import codecs

import pytest

from newskit_html.detect import declared_charset, looks_like_html

HTML = [
    "<!DOCTYPE html><html><body><p>Bonjour</p></body></html>",
    "<!doctype HTML>\n<html lang='fr'>",
    "\ufeff<html><head><title>T</title></head></html>",
    "  \n<html>",
    "<!-- généré par CMS --><!DOCTYPE html><html>",
    "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'>",
    "<div class='article'><p>Un fragment de page.</p></div>",
    "<p>Un paragraphe seul.</p>",
    "<article><h1>Titre</h1><p>Texte.</p></article>",
]
TEXT = [
    "Les Casques bleus biélorusses commencent à protéger les infrastructures du Kazakhstan\n\nL’armée…",
    "<< Titre entre chevrons >>\n\nUn texte.",
    "< 5 % des votants se sont déplacés.",
    "Le code <p> désigne un paragraphe en HTML.",
    "",
]


@pytest.mark.parametrize("source", HTML)
def test_markup_is_recognised_as_html(source):
    assert looks_like_html(source)
    assert looks_like_html(source.encode("utf-8"))


@pytest.mark.parametrize("source", TEXT)
def test_plain_text_is_not_taken_for_html(source):
    assert not looks_like_html(source)
    assert not looks_like_html(source.encode("utf-8"))


def test_utf16_page_with_byte_order_mark_is_recognised():
    assert looks_like_html(
        codecs.BOM_UTF16_LE + "<html><body>Été</body></html>".encode("utf-16-le")
    )


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=windows-1251>", "windows-1251"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">',
            "iso-8859-15",
        ),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252"),
        (b"<?xml version='1.0' encoding='koi8-r'?>", "koi8-r"),
        (b'<meta charset="pas-un-charset">', None),
        (b"<title>Sans declaration</title>", None),
    ],
)
def test_declared_charset_is_read_from_meta_or_xml_declaration(head, charset):
    assert declared_charset(b"<html><head>" + head + b"</head><body></body></html>") == charset
