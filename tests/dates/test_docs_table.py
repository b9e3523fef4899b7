"""The table "What is recognized" of docs/plugins/dates.rst says what the plugin does.

Each row lists forms (separated by " · ", or by ", " when the row gives one value for all of
them) and their values in ````code````; every form is read alone, for an article published
on Monday 10 January 2022, as the page says. Rows whose values are prose are listed in
``PROSE_ROWS`` and not checked here (tests/dates/test_examples.py has them in sentences).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newskit_dates_fr import find_dates

MONDAY = dt.date(2022, 1, 10)
PAGE = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "dates.rst"

#: Rows whose value cell is prose or needs a sentence around the form (the first form).
PROSE_ROWS = {
    "le 1er sept. 2024",  # "nothing" for "sept personnes" (test_not_dates.py)
    "le 28 décembre (past tense)",  # the tense is in the sentence; "les 5 et 6" has two values
    "la veille",  # values relative to the last date mentioned
    "à 9 h",  # the value of the first form only, then "…"
    "du 3 au 6 août",  # "the first end"
}


def _rows() -> list[tuple[str, str]]:
    """(text cell, value cell) of each row of the table, the header left out."""
    page = PAGE.read_text(encoding="utf-8")
    table = page[page.index("What is recognized") :]
    cells = re.findall(r"^   \* - (.*)\n     - .*\n     - (.*)\n", table, flags=re.MULTILINE)
    return cells[1:]


def _checked_pairs() -> list[tuple[str, str]]:
    pairs = []
    for text, value in _rows():
        forms = text.split(" · ")
        if forms[0] in PROSE_ROWS:
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


def test_the_table_is_read_and_every_prose_row_is_in_it():
    firsts = {text.split(" · ")[0] for text, _ in _rows()}
    assert firsts >= PROSE_ROWS
    assert len(_checked_pairs()) > 50


@pytest.mark.parametrize(("form", "value"), _checked_pairs())
def test_every_form_of_the_table_has_the_value_the_table_gives(form, value):
    found = find_dates(form, MONDAY)
    assert found, form
    # "En novembre 2015 … sept ans plus tard": the row's value is that of the last expression.
    last = found[-1]
    if value.startswith("…"):  # "…TAF": the value ends so
        assert last.value.endswith(value[1:]), (form, last.value)
    else:
        assert last.value == value, (form, [(d.text, d.value) for d in found])
