"""Work the linker does only when a link needs it, with the results of doing it all at once."""

from __future__ import annotations

import re

from newskit_claims import linking
from newskit_claims.finder import find_claims

TEXT = (
    "Le ministère de la Défense a déclaré que les troupes étaient prêtes. "
    "Le ministère a ajouté que la mission durerait un mois. "
    + "Les manifestations ont continué dans la capitale. "
    * 40
    + "Le ministère des Finances a annoncé que le plan était prêt. Le ministère a précisé que le plan"
    " coûterait cher."
)


def _eager(head: str, text: str) -> list[tuple[int, tuple | None]]:
    """Every occurrence of ``head`` with the last full naming up to it, read at once."""
    linker = linking.Linker(text, ())
    rows, last = [], None
    for found in linking._word_pattern(head).finditer(text):
        last = linker._expand(head, found) or last
        rows.append((found.end(), last))
    return rows


def test_head_occurrences_are_read_only_as_far_as_the_position_asked() -> None:
    linker = linking.Linker(TEXT, ())
    occurrences = linking._Occurrences(
        linking._word_pattern("ministère").finditer(TEXT),
        lambda found: linker._expand("ministère", found),
    )
    early = TEXT.index("Le ministère a ajouté")
    occurrences.last_naming(early)
    assert not occurrences.done  # the end of the article was not read
    assert occurrences.ends == [m.end() for m in re.finditer("ministère", TEXT[:early])]


def test_head_occurrences_read_lazily_give_the_namings_read_at_once() -> None:
    rows = _eager("ministère", TEXT)
    linker = linking.Linker(TEXT, ())
    occurrences = linking._Occurrences(
        linking._word_pattern("ministère").finditer(TEXT),
        lambda found: linker._expand("ministère", found),
    )
    for position in [*range(0, len(TEXT), 97), len(TEXT), 50, 10]:  # also backwards
        expected = [last for end, last in rows if end <= position]
        assert occurrences.last_naming(position) == (expected[-1] if expected else None)


def test_each_description_takes_the_last_ministry_named_before_it() -> None:
    claims = find_claims(TEXT)
    assert [c.source.name for c in claims] == [
        "ministère de la Défense",
        "ministère de la Défense",
        "ministère des Finances",
        "ministère des Finances",
    ]


def test_surname_search_stops_at_the_first_full_name() -> None:
    text = "Jean Dupont est arrivé. Marie Dupont aussi. " + "Rien. " * 50 + "Dupont a dit non."
    linker = linking.Linker(text, ())
    assert linker._full_name("Dupont", len(text)) == (0, len("Jean Dupont"))
    assert linker._full_name("Dupont", 5) is None  # named after the position: not a referent


def test_the_compiled_whole_word_patterns_are_bounded() -> None:
    for number in range(1500):
        linking._word_pattern(f"Nom{number}")
    assert linking._word_pattern.cache_info().currsize <= 1024
