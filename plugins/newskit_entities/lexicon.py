"""The plugin's word lists: read once from ``data/`` beside this module, on first use."""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

__all__ = [
    "article_names",
    "cities",
    "complements",
    "fold",
    "nationalities",
    "not_entities",
    "org_heads",
    "read_table",
    "territories",
    "titles",
]


def fold(text: str) -> str:
    """Compare-form of a word: NFC, typographic apostrophe, case kept."""
    return unicodedata.normalize("NFC", text).replace("'", "’")


@functools.cache
def read_table(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``: one a line, ``#`` comments and blanks skipped."""
    raw = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in raw.splitlines())
    return tuple(fold(line) for line in lines if line and not line.startswith("#"))


def _inflect(adjective: str) -> set[str]:
    """Masculine singular adjective -> its four forms (regular French inflection)."""
    forms = {adjective}
    if adjective.endswith("e"):
        forms.add(adjective + "s")
    elif adjective.endswith(("s", "x")):
        forms |= {adjective + "e", adjective + "es"}
    elif adjective.endswith(("ien", "éen")):
        forms |= {adjective + "ne", adjective + "s", adjective + "nes"}
    elif adjective.endswith("el"):
        forms |= {adjective + "le", adjective + "s", adjective + "les"}
    elif adjective.endswith("c"):  # turc, grec: turque, grecque
        stem = adjective[:-1] + ("cqu" if adjective == "grec" else "qu")
        forms |= {stem + "e", adjective + "s", stem + "es"}
    elif adjective.endswith("al"):
        forms |= {adjective + "e", adjective[:-1] + "ux", adjective + "es"}
    else:
        forms |= {adjective + "e", adjective + "s", adjective + "es"}
    return forms


@functools.cache
def nationalities() -> frozenset[str]:
    """Every form of every nationality adjective, lower case ("biélorusse", "kazakhes")."""
    return frozenset(
        form for adjective in read_table("nationalities") for form in _inflect(adjective)
    )


@functools.cache
def titles() -> frozenset[str]:
    """Job titles and forms of address, lower case except abbreviations ("M.", "Mme")."""
    return frozenset(read_table("titles"))


@functools.cache
def org_heads() -> frozenset[str]:
    """Head nouns that open an organisation's name."""
    return frozenset(read_table("org_heads"))


@functools.cache
def complements() -> tuple[str, ...]:
    """Trailing complements that are not part of an organisation's name, longest first."""
    return tuple(sorted(read_table("complements"), key=len, reverse=True))


@functools.cache
def not_entities() -> frozenset[str]:
    """Capitalized words that are no entity on their own."""
    return frozenset(read_table("not_entities"))


@functools.cache
def cities() -> frozenset[str]:
    """City names of the fallback gazetteer."""
    return frozenset(read_table("cities"))


@functools.cache
def territories() -> frozenset[str]:
    """French names of countries and world regions, from babel's CLDR territory data.

    Names that CLDR decorates ("R.A.S. chinoise de Hong Kong", "Myanmar (Birmanie)"), that
    start lower case ("zone euro") or that are first names or organisations in news text
    ("Dominique", "Union européenne") are left out.
    """
    from babel import Locale

    excluded = set(read_table("territory_exclusions"))
    names = set()
    for name in Locale("fr").territories.values():
        name = fold(name)
        if name in excluded or not name[:1].isupper() or any(c in name for c in "().,"):
            continue
        names.add(name)
        if name.startswith("La "):  # "La Réunion": the article is not part of the span
            names.add(name[3:])
    return frozenset(names)


@functools.cache
def article_names() -> tuple[str, ...]:
    """Names whose capitalized article belongs to them ("Le Havre", "La Paz")."""
    return read_table("article_names")
