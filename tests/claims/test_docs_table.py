"""The table of constructions in docs/plugins/claims.rst says what the plugin finds.

Each example of the table (examples are separated by " / ") marks the cue in bold and the
content in italics. Read alone, without the marks, the example must give a claim with that
cue and that content; the content leaves out trailing punctuation, as the page says. An
example whose content is only "…" is a shape, not a sentence, and is not read; notes in
parentheses are the page's comments and are left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newskit_claims.finder import find_claims

PAGE = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "claims.rst"
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)")
#: The page's comments: "(also …)", "(five words or more …)", "(the subject …)".
_NOTE = re.compile(r" \((?:also|five|the|a |``)[^)]*\)")
_TRAILING = " .,;:!?…»"


def _examples() -> list[tuple[str, str]]:
    """(construction, example) for every example of the table, marks kept."""
    page = PAGE.read_text(encoding="utf-8")
    start = page.index("A speech verb is only a claim")
    table = page[start : page.index("Not claims:", start)]
    rows = re.findall(r"^   \* - (.*)\n     - ((?:.*\n)(?:       .*\n)*)", table, re.MULTILINE)
    examples = []
    for construction, cell in rows[1:]:
        cell = _NOTE.sub("", " ".join(cell.split()))
        cell = re.sub(r"»: a claim .*$", "»", cell)  # what the quotation alone gives
        examples += [(construction, example) for example in cell.split(" / ")]
    return examples


def _sentences() -> list[tuple[str, str]]:
    return [
        (construction, example)
        for construction, example in _examples()
        if any(part.strip(_TRAILING) for part in _ITALIC.findall(example))
    ]


def test_the_table_is_read():
    assert len(_examples()) == 19
    assert len(_sentences()) == 14


@pytest.mark.parametrize(("construction", "example"), _sentences())
def test_every_example_gives_the_claim_it_marks(construction, example):
    sentence = example.replace("**", "").replace("*", "")
    cue = _BOLD.search(example)
    parts = [p.strip(_TRAILING) for p in _ITALIC.findall(example) if p.strip(_TRAILING)]
    claims = find_claims(sentence)
    matching = [
        c
        for c in claims
        if c.text.startswith(parts[0])
        and c.text.endswith(parts[-1])
        and (cue is None or (c.cue is not None and c.cue.text == cue.group(1)))
    ]
    assert matching, (construction, sentence, [(c.cue and c.cue.text, c.text) for c in claims])
