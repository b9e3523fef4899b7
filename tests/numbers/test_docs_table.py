"""The table "What is recognized" of docs/plugins/numbers.rst says what the plugin reads.

The rows whose result cell gives one value per form (or one value for all the forms) are
checked: each form, read alone, is one quantity of that value. The page says that *neuf*,
*onze*, *cent* and *mille* alone need something counted: those are read before a noun.
The other rows give units, kinds and bounds in prose; tests/numbers/test_examples.py has
them in sentences.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from newskit_numbers import find_quantities

PAGE = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "numbers.rst"

#: The rows whose result cell is one number per form, by their first cell.
CHECKED_ROWS = (
    "Digits, every French grouping",
    "Decimal comma, signs",
    "Decimals and signs in words",
    "Number words",
    "Belgian and Swiss words",
    "Fractions",
)
#: Words the page says are no number alone ("un bâtiment neuf").
NEED_A_NOUN = frozenset({"neuf", "onze", "cent", "mille"})


def _rows() -> dict[str, tuple[str, str]]:
    """The first table's rows: name -> (forms cell, result cell), each on one line."""
    page = PAGE.read_text(encoding="utf-8")
    table = page[page.index("What is recognized") :]
    cells = re.findall(
        r"^   \* - (.*)\n     - ((?:.*\n)(?:       .*\n)*)     - ((?:.*\n)(?:       .*\n)*)",
        table,
        flags=re.MULTILINE,
    )
    return {
        name: (" ".join(forms.split()), " ".join(result.split())) for name, forms, result in cells
    }


def _pairs() -> list[tuple[str, str]]:
    rows = _rows()
    pairs = []
    for name in CHECKED_ROWS:
        forms_cell, result_cell = rows[name]
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


def test_the_checked_rows_are_in_the_table():
    assert set(CHECKED_ROWS) <= set(_rows())
    assert len(_pairs()) > 25


@pytest.mark.parametrize(("form", "value"), _pairs())
def test_every_form_of_the_table_has_the_value_the_table_gives(form, value):
    text = f"{form} personnes" if form in NEED_A_NOUN else form
    found = find_quantities(text)
    assert len(found) == 1, (text, [(q.text, q.value) for q in found])
    written = value.replace("−", "-")
    if written.endswith("…"):  # "0.666…": the value starts so
        assert str(found[0].value).startswith(written[:-1])
    else:
        assert found[0].value == Decimal(written)
