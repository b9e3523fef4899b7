"""The core's own plugin: the plain-text ingest fallback, which always answers, last."""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newskit.decode import check_text, decode_bytes, normalize_newlines
from newskit.hookspecs import hookimpl
from newskit.types import Ingested

#: A first line is taken for the title when it is this short and is followed by a blank line.
MAX_TITLE_LENGTH = 300
_FIRST_LINE = regex.compile(r"\A[ \t\f\v]*+(\S[^\n]*+)\n[ \t\f\v]*+\n")


@hookimpl(trylast=True)
def newskit_ingest(source: str | bytes, metadata: Mapping[str, str]) -> Ingested:
    """Read plain text: decode bytes, check it is text, normalize line ends, find the title."""
    text = decode_bytes(source, metadata.get("charset")) if isinstance(source, bytes) else source
    text = check_text(normalize_newlines(text))
    return Ingested(text=text, title=find_title(text))


def find_title(text: str) -> str | None:
    """The first line, when it stands alone above a blank line and reads like a headline."""
    match = _FIRST_LINE.match(text)
    if match is None:
        return None
    line = match.group(1).rstrip()
    if len(line) > MAX_TITLE_LENGTH or (
        line.endswith((".", ":", ",", ";")) and not line.endswith("...")
    ):
        return None
    return line
