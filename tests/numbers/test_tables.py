"""Every entry of the plugin's data tables, exercised in a sentence."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources

import pytest
from babel.units import get_unit_name

from newskit_numbers import find_quantities, parse_number
from newskit_numbers.tables import tables


def _rows(*path: str) -> list[list[str]]:
    text = resources.files("newskit_numbers").joinpath("data", *path).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _one(sentence: str):
    found = find_quantities(sentence)
    assert len(found) == 1, (sentence, [(q.text, q.value, q.unit) for q in found])
    return found[0]


WORDS = _rows("fr", "words.tsv")


@pytest.mark.parametrize(("word", "value", "role"), WORDS, ids=[w[0] for w in WORDS])
def test_number_word_is_read(word, value, role):
    value = Decimal(value)
    if role == "unit":
        phrase, expected = (
            (f"vingt et {word}", 20 + value) if word in ("un", "une") else (word, value)
        )
        assert parse_number(phrase) == expected
    elif role == "ten":
        phrase = f"quatre-{word}" if word == "vingts" else word
        assert parse_number(phrase) == (80 if word == "vingts" else value)
    elif role == "hundred":
        assert parse_number(f"trois {word}") == 300
    elif role == "thousand":
        assert parse_number(f"deux {word}") == 2000
    elif role == "scale":
        assert parse_number(f"deux {word}") == 2 * Decimal(1).scaleb(int(value))
    elif role == "half":
        assert parse_number(f"deux millions et {word}") == Decimal(2_500_000)
    elif role == "quarter":
        assert _one(f"Trois {word} des élèves sont venus.").value == Decimal("0.75")
    elif role == "fraction":
        sentence = (
            f"La {word} des élèves est venue."
            if word == "moitié"
            else f"Les deux {word} des élèves."
        )
        assert _one(sentence).value == Decimal(2) / value if word != "moitié" else Decimal("0.5")
    elif role == "collective":
        quantity = _one(f"Des {word} de personnes sont venues.")
        assert (quantity.lower, quantity.approximate, quantity.unit) == (
            2 * value,
            True,
            "personnes",
        )
    elif role == "multiplier":
        quantity = _one(f"Le chiffre a {word}.")
        assert (quantity.value, quantity.unit, quantity.kind.value) == (value, "×", "multiplier")
    elif role == "ordinal":
        quantity = _one(f"Elle finit {word}.")
        assert (quantity.value, quantity.kind.value) == (value, "ordinal")
    elif role == "point":
        assert parse_number(f"deux {word} cinq") == Decimal("2.5")
        assert parse_number(f"un {word} zéro cinq") == Decimal("1.05")
    else:  # pragma: no cover - a new role needs a test
        pytest.fail(f"untested role {role}")


MODIFIERS = _rows("fr", "modifiers.tsv")
_EXPECTED_EFFECT = {
    "approx": (True, None),
    "more_than": (False, "more_than"),
    "at_least": (False, "at_least"),
    "less_than": (False, "less_than"),
    "at_most": (False, "at_most"),
    "approx_more_than": (True, "more_than"),
    "approx_less_than": (True, "less_than"),
}


@pytest.mark.parametrize(("phrase", "effect"), MODIFIERS, ids=[m[0] for m in MODIFIERS])
def test_modifier_qualifies_the_number(phrase, effect):
    glue = "" if phrase.endswith(("'", "’")) else " "
    number = "un million" if glue == "" else "40 000"
    quantity = _one(f"Ils ont compté {phrase}{glue}{number} manifestants.")
    assert quantity.text.startswith(phrase)
    assert (quantity.approximate, quantity.bound) == _EXPECTED_EFFECT[effect]


CURRENCIES = _rows("fr", "currencies.tsv")


@pytest.mark.parametrize(("surface", "code"), CURRENCIES, ids=[c[0] for c in CURRENCIES])
def test_colloquial_currency_is_normalized_to_iso(surface, code):
    quantity = _one(f"Le contrat atteint 40 {surface} au total.")
    assert (quantity.unit, quantity.kind.value) == (code, "money")


UNIT_ALIASES = _rows("fr", "units.tsv")


@pytest.mark.parametrize(("surface", "unit"), UNIT_ALIASES, ids=[u[0] for u in UNIT_ALIASES])
def test_unit_spelling_is_normalized(surface, unit):
    found = find_quantities(f"Le relevé indique 40 {surface} ce jour-là.")
    if unit == "-":
        assert all(q.kind.value != "measure" for q in found)
        return
    [quantity] = found
    assert (quantity.unit, quantity.kind.value) == (unit, "measure")


CLDR_UNITS = [row[0] for row in _rows("units.txt")]


@pytest.mark.parametrize("key", CLDR_UNITS)
def test_cldr_unit_symbol_and_name_are_recognized(key):
    symbol = get_unit_name(key, length="short", locale="fr_FR")
    name = get_unit_name(key, length="long", locale="fr_FR")
    units = tables("fr").units
    # A symbol too ambiguous in running text ("nd", "mi") is removed in units.tsv; its name stays.
    for surface in (symbol, name) if symbol in units else (name,):
        quantity = _one(f"Le relevé indique 40 {surface} ce jour-là.")
        assert (quantity.unit, quantity.kind.value) == (symbol, "measure"), surface


CONTEXTS = _rows("fr", "contexts.tsv")


def _context_sentence(word: str, side: str, reason: str) -> str:
    if side == "after":
        return (
            f"Le premier {word} a parlé."
            if reason == "title"
            else f"Il habite 12 {word} Victor-Hugo."
        )
    number = {"year": "2012", "date": "1990", "time": "9 heures"}.get(reason, "12")
    return f"Voir {word} {number} ici."


@pytest.mark.parametrize(("word", "side", "reason"), CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_context_word_makes_the_number_no_quantity(word, side, reason):
    sentence = _context_sentence(word, side, reason)
    assert find_quantities(sentence) == [], sentence


NOT_NOUNS = [row[0] for row in _rows("fr", "not_nouns.txt")]


@pytest.mark.parametrize("word", NOT_NOUNS)
def test_function_word_is_not_the_counted_noun(word):
    found = find_quantities(f"Ils étaient 40 {word} midi.")
    assert found
    assert found[0].value == 40
    assert found[0].unit is None


ADJECTIVES = [row[0] for row in _rows("fr", "adjectives.txt")]


@pytest.mark.parametrize("adjective", ADJECTIVES)
def test_adjective_before_the_noun_is_skipped(adjective):
    quantity = _one(f"Ils ont recensé 40 {adjective} cas.")
    assert (quantity.text, quantity.unit) == (f"40 {adjective} cas", "cas")


CONTEXT_ORDINALS = _rows("fr", "context_ordinals.tsv")


@pytest.mark.parametrize(("word", "value"), CONTEXT_ORDINALS, ids=[w[0] for w in CONTEXT_ORDINALS])
def test_context_ordinal_needs_its_context(word, value):
    noun = "places" if word.endswith("s") else "tour"
    quantity = _one(f"Ils visent les {word} {noun}.")
    assert (quantity.text, quantity.value, quantity.kind.value) == (word, Decimal(value), "ordinal")
    assert find_quantities(f"Il faut quelques {word}.") == []


ORDINAL_CUES = _rows("fr", "ordinal_cues.tsv")


@pytest.mark.parametrize(("word", "cue"), ORDINAL_CUES, ids=[w[0] for w in ORDINAL_CUES])
def test_ordinal_cue_decides_whether_second_is_an_ordinal(word, cue):
    if cue == "time":  # "la seconde suivante" is the unit of time
        assert find_quantities(f"Il a hésité la seconde {word}.") == []
        return
    sentence = {
        "determiner": f"Voici {word} second tour.",
        "ranking": f"Il est {word} second.",
        "noun": f"Voici la seconde {word}.",
    }[cue]
    quantity = _one(sentence)
    assert (quantity.value, quantity.kind.value) == (2, "ordinal")


@pytest.mark.parametrize("cue", [row[0] for row in _rows("fr", "score_cues.txt")])
def test_score_cue_makes_a_small_fraction_a_score(cue):
    quantity = _one(f"Le film est {cue} 4/5.")
    assert (quantity.text, quantity.value, quantity.unit) == ("4/5", 4, "/5")


@pytest.mark.parametrize("name", [row[0] for row in _rows("fr", "bare_francs.txt")])
def test_bare_franc_name_is_the_country_franc(name):
    count = 2 if name.endswith("s") else 1
    assert _one(f"Cela coûtait {count} {name}.").unit == "FRF"
