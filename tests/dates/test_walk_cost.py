"""The walk reads each stretch of text a bounded number of times, however dense the triggers.

Where trigger words crowd ("1-1-1-1…", a table of numbers), every trigger's window
overlaps the last one; reading each window whole cost about 80 characters of scanning per
trigger (a 1 MB run of "1-" took 340 s). This counts the characters the scanner is asked
to read, a measure of work that does not depend on the machine.
"""

from __future__ import annotations

import pytest

from newskit_dates_fr import extract


class _CountingPattern:
    """A scanner that counts the start positions it is asked to try."""

    def __init__(self, pattern, counter):
        self.pattern = pattern
        self.counter = counter

    def match(self, text, pos=0, endpos=None):
        self.counter[0] += 1
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        found = self.pattern.search(text, pos, endpos)
        self.counter[0] += (endpos if found is None else found.start() + 1) - pos
        return found


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\n" + "1-" * 5_000,
        "Titre\n\n" + "1/" * 5_000,
        "Titre\n\n" + "le 5 et " * 1_000,
        "Titre\n\n" + "3 h " * 2_000,
        "Titre\n\n" + "| 12 | 13 | 14 | 15 |\n" * 400,
    ],
    ids=["digit-hyphens", "digit-slashes", "day-lists", "hours", "number-table"],
)
def test_the_walk_tries_each_position_a_bounded_number_of_times(monkeypatch, text):
    counter = [0]
    real = extract.scanner
    monkeypatch.setattr(
        extract, "scanner", lambda classes: _CountingPattern(real(classes), counter)
    )
    extract.find_dates(text)
    assert counter[0] <= 3 * len(text), f"{counter[0]:,} positions tried for {len(text):,} chars"


def test_crowded_triggers_find_the_expressions_found_one_by_one():
    crowded = "du 3-6 mai 2022, 2021-2022, 18h-20h, les 5 et 6 janvier, le 1er-2 mars"
    found = [d.text for d in extract.find_dates(crowded)]
    one_by_one = [d.text for part in crowded.split(", ") for d in extract.find_dates(part)]
    assert found == one_by_one
