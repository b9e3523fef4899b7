"""The tables of the plugin pages say what the plugins do.

Each table lists forms with what the plugin makes of them; the tests below read the table
from the page and check every form whose result is written out (rows given in prose are
named and left out; the example tables of tests/dates, tests/numbers and tests/claims have
those behaviours in sentences).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from newskit_claims.finder import find_claims
from newskit_dates_fr import find_dates
from newskit_numbers import find_quantities

PLUGIN_PAGES = Path(__file__).resolve().parents[2] / "docs" / "plugins"
_ROW = re.compile(r"^   \* - ")
_CELL = re.compile(r"^     -(?: |$)")
_MORE = re.compile(r"^       \S")


def list_table(page: str, after: str) -> list[list[str]]:
    """The rows of the first ``list-table`` of ``docs/plugins/<page>`` after the text
    ``after``, header row included; each cell's lines joined by single spaces."""
    text = (PLUGIN_PAGES / page).read_text(encoding="utf-8")
    lines = text[text.index(".. list-table::", text.index(after)) :].splitlines()[1:]
    rows: list[list[str]] = []
    for line in lines:
        if _ROW.match(line):
            rows.append([line[_ROW.match(line).end() :]])
        elif _CELL.match(line):
            rows[-1].append(line[_CELL.match(line).end() :])
        elif rows and _MORE.match(line):
            rows[-1][-1] += " " + line.strip()
        elif rows and not line.strip() and len(rows[-1]) > 1:
            break  # the blank line after the table
    return [[" ".join(cell.split()) for cell in row] for row in rows]


def test_list_table_reads_rows_and_their_wrapped_cells():
    rows = list_table("numbers.rst", "What is recognized")
    assert rows[0] == ["Form", "Examples", "Result"]
    assert rows[5][0] == "Number words"
    assert rows[5][1].endswith("the 1990 spelling ``deux-cent-vingt-et-un``")
    assert len({len(row) for row in rows}) == 1


# -- dates: "What is recognized" of dates.rst ------------------------------------------

#: The page's publication date for its values: Monday 10 January 2022.
MONDAY = dt.date(2022, 1, 10)
#: Rows whose value cell is prose or needs a sentence around the form (the first form).
DATES_PROSE_ROWS = {
    "le 1er sept. 2024",  # "nothing" for "sept personnes" (tests/dates/test_not_dates.py)
    "le 28 décembre (past tense)",  # the tense is in the sentence; "les 5 et 6" has two values
    "la veille",  # values relative to the last date mentioned
    "à 9 h",  # the value of the first form only, then "…"
    "du 3 au 6 août",  # "the first end"
}


def _date_pairs() -> list[tuple[str, str]]:
    """(form, value) for every form of the table, forms separated by " · ", or by ", "
    when the row gives one value for all of them."""
    pairs = []
    for text, _, value, _ in list_table("dates.rst", "What is recognized")[1:]:
        forms = text.split(" · ")
        if forms[0] in DATES_PROSE_ROWS:
            continue
        values = re.findall(r"``([^`]+)``", value)
        if len(forms) == 1 and len(values) == 1:
            forms = text.split(", ")
            values = values * len(forms)
        assert len(forms) == len(values), (
            f"a row of the table is neither checked nor listed: {text}"
        )
        pairs += zip(forms, values, strict=True)
    return pairs


def test_the_dates_table_is_read_and_every_prose_row_is_in_it():
    firsts = {row[0].split(" · ")[0] for row in list_table("dates.rst", "What is recognized")}
    assert firsts >= DATES_PROSE_ROWS
    assert len(_date_pairs()) > 50


@pytest.mark.parametrize(("form", "value"), _date_pairs())
def test_every_date_form_of_the_table_has_the_value_the_table_gives(form, value):
    found = find_dates(form, MONDAY)
    assert found, form
    # "En novembre 2015 … sept ans plus tard": the row's value is that of the last expression.
    last = found[-1]
    if value.startswith("…"):  # "…TAF": the value ends so
        assert last.value.endswith(value[1:]), (form, last.value)
    else:
        assert last.value == value, (form, [(d.text, d.value) for d in found])


# -- numbers: "What is recognized" of numbers.rst --------------------------------------

#: The rows whose result cell is one number per form (or one for all), by their first cell.
NUMBERS_CHECKED_ROWS = (
    "Digits, every French grouping",
    "Decimal comma, signs",
    "Decimals and signs in words",
    "Number words",
    "Belgian and Swiss words",
    "Fractions",
)
#: Words the page says are no number alone ("un bâtiment neuf"): read before a noun.
NEED_A_NOUN = frozenset({"neuf", "onze", "cent", "mille"})


def _number_pairs() -> list[tuple[str, str]]:
    rows = {row[0]: row for row in list_table("numbers.rst", "What is recognized")}
    pairs = []
    for name in NUMBERS_CHECKED_ROWS:
        _, forms_cell, result_cell = rows[name]
        # The page writes the non-breaking spaces as Python escapes ("1\u00a0000").
        forms = [
            form.encode().decode("unicode_escape") if "\\u" in form else form
            for form in re.findall(r"``([^`]+)``", forms_cell)
        ]
        values = [value.strip() for value in re.split(r"[;,] ", result_cell)]
        if len(values) == 1:
            values *= len(forms)
        pairs += zip(forms, values, strict=True)
    return pairs


def test_the_checked_numbers_rows_are_in_the_table():
    names = {row[0] for row in list_table("numbers.rst", "What is recognized")}
    assert set(NUMBERS_CHECKED_ROWS) <= names
    assert len(_number_pairs()) > 25


@pytest.mark.parametrize(("form", "value"), _number_pairs())
def test_every_number_form_of_the_table_has_the_value_the_table_gives(form, value):
    text = f"{form} personnes" if form in NEED_A_NOUN else form
    found = find_quantities(text)
    assert len(found) == 1, (text, [(q.text, q.value) for q in found])
    written = value.replace("−", "-")
    if written.endswith("…"):  # "0.666…": the value starts so
        assert str(found[0].value).startswith(written[:-1])
    else:
        assert found[0].value == Decimal(written)


# -- claims: the constructions of claims.rst ---------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)")
#: The page's comments in an example cell: "(also …)", "(five words or more …)", "(the …)".
_NOTE = re.compile(r" \((?:also|five|the|a |``)[^)]*\)")
_TRAILING = " .,;:!?…»"


def _claim_examples() -> list[tuple[str, str]]:
    """(construction, example) for every example of the table (examples are separated by
    " / "), the marks kept: the cue in bold, the content in italics."""
    examples = []
    for construction, cell in list_table("claims.rst", "A speech verb is only a claim")[1:]:
        cell = _NOTE.sub("", cell)
        cell = re.sub(r"»: a claim .*$", "»", cell)  # what the quotation alone gives
        examples += [(construction, example) for example in cell.split(" / ")]
    return examples


def _claim_sentences() -> list[tuple[str, str]]:
    """The examples that are sentences: an example whose content is only "…" is a shape."""
    return [
        (construction, example)
        for construction, example in _claim_examples()
        if any(part.strip(_TRAILING) for part in _ITALIC.findall(example))
    ]


def test_the_claims_table_is_read():
    assert len(_claim_examples()) == 19
    assert len(_claim_sentences()) == 14


@pytest.mark.parametrize(("construction", "example"), _claim_sentences())
def test_every_claims_example_gives_the_claim_it_marks(construction, example):
    # Read alone, without the marks; the content leaves out trailing punctuation.
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
