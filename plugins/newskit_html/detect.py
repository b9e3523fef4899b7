"""Tell HTML from plain text cheaply, and find the character set a page declares."""

from __future__ import annotations

import codecs
import functools

import regex

__all__ = ["declared_charset", "looks_like_html"]

#: Only this much of the start of a source is looked at to recognise markup.
SNIFF_CHARS = 2048


@functools.cache
def _markup() -> regex.Pattern[str]:
    # The source starts with markup: a doctype, an XML declaration, a comment or a tag that
    # a page or a fragment of one opens with.
    return regex.compile(
        r"(?i)\A[\s\ufeff]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|\?xml\b|html|head|body|meta|title|"
        r"article|main|section|div|p|h[1-6]|header|nav|span|table|ul|ol|figure|link|script|style)\b",
        regex.DOTALL,
    )


@functools.cache
def _charset() -> regex.Pattern[bytes]:
    return regex.compile(
        rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})"""
    )


def looks_like_html(source: str | bytes) -> bool:
    """True when ``source`` starts like an HTML page or fragment (BOMs and comments allowed)."""
    if isinstance(source, bytes):
        head = source[:SNIFF_CHARS]
        for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
            if head.startswith(bom):
                return bool(_markup().match(head.decode(encoding, "ignore")))
        head = head.removeprefix(codecs.BOM_UTF8)
        # Any ASCII-compatible charset spells markup the same way: latin-1 never fails.
        return bool(_markup().match(head.decode("latin-1")))
    return bool(_markup().match(source[:SNIFF_CHARS]))


#: WHATWG: these labels mean windows-1252, which decodes the bytes that latin-1 leaves as C1 controls.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def declared_charset(data: bytes) -> str | None:
    """The charset that a ``<meta>`` tag or an XML declaration near the top of ``data`` names."""
    match = _charset().search(data[: SNIFF_CHARS * 2])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return _ALIASES.get(name, name)
