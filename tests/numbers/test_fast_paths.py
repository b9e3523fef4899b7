"""The finder's shortcuts give what the long way gives: same candidates, same words read."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newskit_numbers.context import is_law_filler, lead, read_lead
from newskit_numbers.finder import _candidates
from newskit_numbers.patterns import _NOT_TRIGGERS, _TRIGGER_ROLES, patterns, trie_pattern
from newskit_numbers.tables import tables
from newskit_numbers.units import currency_before

P = patterns("fr")

#: Pieces of French news text around numbers: words, number words (any case), digits,
#: Roman ordinals, currency symbols and codes, the separators the locators treat apart.
_PIECES = st.sampled_from(
    [
        "deux", "Deux", "DEUX", "vingt", "quatre-vingt", "dix-huit", "cent", "Mille",
        "premier", "seconde", "double", "tiers", "moitié", "un", "une", "demi", "virgule",
        "des", "environ", "sur", "de", "d’", "l'", "article", "L.", "n°", "et", "les",
        "XXIe", "Ve", "Le", "IIIe", "12", "1 000", "2022", "4,5", "3/4", "1m85", "€", "$",
        "USD", "EUR", "km", "%", "francs", "personnes", "İ",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from(
    [" ", "  ", "\n", "\u00a0", "\u202f", "\t", "(", "«", '"', "'", "’", "-", "–", "—", "/",
     "[", ",", ".", ""]
)  # fmt: skip
_TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=12).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)


def _reference_candidates(text: str) -> set[int]:
    """The candidates as first defined: digit runs, Roman ordinals, and number words after
    whitespace or an opening mark in the lowercased text; kept where the scan matches."""
    t = tables("fr")
    triggers = [w for w, e in t.words.items() if e.role in _TRIGGER_ROLES]
    triggers = [w for w in triggers if w not in _NOT_TRIGGERS] + list(t.context_ordinals)
    words = re.compile(rf"[\s(«\"'’\-–—/\[](?P<w>(?:{trie_pattern(triggers)})(?!\w))")
    starts = {m.start() for m in re.finditer(r"[0-9]+", text)}
    starts |= {m.start("w") - 1 for m in words.finditer(" " + text.lower())}
    starts |= {
        m.start()
        for m in re.finditer(r"[IVXLC](?:[IVXLC]+|(?<=[IVX]))(?:e|er|ème|ᵉ)(?![\w-])", text)
    }
    return {i for i in starts if P.scan.match(text, i)}


@given(_TEXTS)
def test_candidates_are_those_of_the_first_definition(text):
    if "İ" in text:  # lowercasing changes the offsets: the whole pattern is scanned instead
        found = set(_candidates(text, P))
        assert {m.start() for m in P.scan.finditer(text)} == found
        return
    assert {i for i in _candidates(text, P) if P.scan.match(text, i)} == _reference_candidates(text)


_LAW_FILLER = re.compile(r"[LRDAO]\.?|n[°o]|[\d.,–-]+|et|à|ou|,|du|de|la|le")


_LAW_TOKENS = ["L", "L.", "R.", "D", "A.", "O", "n°", "no", "et", "à", "ou", ",", "du", "de",
               "la", "le", "1234-", "49.3", "٣", "L.1", "art", "dé", "", "nos", "Le"]  # fmt: skip


@given(
    st.one_of(
        st.sampled_from(_LAW_TOKENS),
        st.text(alphabet="LRDAOno°0123456789.,–-etàudal٣x", max_size=6),
    )
)
def test_law_filler_test_is_the_regex_it_replaced(token):
    assert is_law_filler(token) == bool(_LAW_FILLER.fullmatch(token))


_LEAD_WORDS = ["un", "Une", "des", "les", "la", "de", "d’un", "près", "d'une", "bonne", "petite",
               "demi", "demi-", "Demie", "virgule", "environ", "plus", "quelques", "mot"]  # fmt: skip
_WINDOWS = st.lists(st.sampled_from(_LEAD_WORDS), max_size=4).flatmap(
    lambda words: st.sampled_from([" ", "", "-", "\u00a0", "\n"]).map(
        lambda end: " ".join(words) + end
    )
)


@given(_WINDOWS)
def test_lead_shortcut_gives_the_full_reading(window):
    start = 100 + len(window)
    assert lead(window, start) == read_lead(window, start)


@given(_WINDOWS)
def test_lead_without_determiner_keeps_only_demi_and_virgule(window):
    start = 100 + len(window)
    det, demi, lead_start = read_lead(window, start)
    if demi or det == "virgule":
        assert lead(window, start, determined=False) == (det, demi, lead_start)
    else:
        assert lead(window, start, determined=False) == ("", False, start)


@given(
    st.text(alphabet="€$£USDEURCHF 1a\u00a0\u202f(", max_size=8),
    st.integers(min_value=0, max_value=8),
)
def test_currency_before_shortcut_gives_the_search(prefix, floor):
    text = prefix + "500"
    start = len(prefix)
    floor = min(floor, start)
    expected = P.currency_before.search(text[max(floor, start - 4) : start])
    found = currency_before(text, start, floor, P)
    assert (found and found.group()) == (expected and expected.group())


def test_punctuation_that_ends_a_number_starts_no_unit():
    patterns_after = (P.percent, P.compact_scale, P.currency_after, P.unit_after, P.noun_after)
    for char in P.ends_a_number:
        for rest in ("", " euros", "€", "km", "% ", " personnes", "M€"):
            assert not any(pattern.match(char + rest) for pattern in patterns_after), char
