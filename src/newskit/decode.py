"""Turn the bytes or string a caller passes into clean Unicode text, or say precisely why not."""

from __future__ import annotations

import codecs
import re
import unicodedata

from newskit.errors import BinaryInputError, DecodingError, EmptyInputError

__all__ = ["check_text", "decode_bytes", "normalize_newlines"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, DEL,
# and C1 controls: text never holds many of them; binary data does. The standard ``re``
# scans a plain character class about twice as fast as ``regex``, and this scan runs on
# every input of a corpus.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: Share of control characters above which a text is taken for binary data.
MAX_CONTROL_RATIO = 0.01


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``: by its byte-order mark, else the ``declared`` charset, else UTF-8,
    else the charset that charset-normalizer detects.

    :raises EmptyInputError: no bytes.
    :raises BinaryInputError: NUL bytes without a UTF-16/32 byte-order mark.
    :raises DecodingError: no charset decodes the bytes into plausible text.
    """
    if not data:
        raise EmptyInputError("input is empty (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodingError(
                    f"input starts with a {encoding} byte-order mark but is not {encoding}: {error}"
                ) from error
    if b"\x00" in data[:65536]:
        raise BinaryInputError(
            f"input holds NUL bytes (first at byte {data.index(0)}): binary data, not text"
        )
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common on the web: fall back to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _detect(data, utf8_error)


def _detect(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    # Western European news that is not UTF-8 is nearly always Windows-1252 (or Latin-1,
    # which it extends): try it first, keep it only if it reads as Latin-script text.
    # charset-normalizer guesses poorly on short French samples (Latin-1 "è" comes back
    # as Windows-1250 "č"), so it is the second resort, for other scripts.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _latin_share(text) >= 0.95:
            return text
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > 0.2:
        raise DecodingError(
            f"input is not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            "and no other character set decodes it cleanly"
        ) from utf8_error
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as error:  # detection looked at a prefix only
        raise DecodingError(f"input is neither UTF-8 nor {best.encoding}: {error}") from error


def _latin_share(text: str) -> float:
    sample = text[:100_000]
    plausible = sum(
        1
        for ch in sample
        if (ch.isascii() and (ch.isprintable() or ch.isspace()))
        or "À" <= ch <= "ÿ"
        or ch in "«»’œŒ€–—…"
    )
    return plausible / max(len(sample), 1)


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; Unicode line and paragraph separators too."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text


def check_text(text: str) -> str:
    """Refuse text that is empty, blank or binary; return it unchanged otherwise.

    :raises EmptyInputError: empty or white space only.
    :raises BinaryInputError: NUL characters, or more than 1 % control characters.
    """
    if not text or text.isspace():
        raise EmptyInputError("input is empty" if not text else "input holds only white space")
    if "\x00" in text:
        raise BinaryInputError(
            f"input holds NUL characters (first at offset {text.index(chr(0))}): binary data, not text"
        )
    sample = text[:100_000]
    # Most texts hold no control character at all: one search says so, no count needed.
    controls = 0 if _CONTROL.search(sample) is None else len(_CONTROL.findall(sample))
    if controls > MAX_CONTROL_RATIO * len(sample):
        raise BinaryInputError(
            f"{controls} of the first {len(sample)} characters are control characters: binary data, not text"
        )
    if not any(unicodedata.category(ch)[0] in "LN" for ch in sample if not ch.isspace()):
        raise EmptyInputError("input holds no letter or digit: nothing to analyze")
    return text
