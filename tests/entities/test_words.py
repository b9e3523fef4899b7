"""Tokens: the fast split of ``tokenize`` gives the token pattern's own tokens, on any text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_entities.words import Token, _token_pattern, is_acronym, is_name_word, tokenize

# The characters whose handling differs between the fast shapes and the pattern: apostrophes,
# joiners, titles, elided words, marks, spaces Python splits on and the pattern does not,
# letters that match others when case is ignored (ſ, K), letters newer than Python's tables.
TRICKY = "aAéÉ’'-.&lLdqusjMmeDrgl()«»,;\"“”…1 \n\u00a0\x1c\u0301İıſK\u212a\u0558"


def pattern_tokens(text, start=0, end=None):
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _token_pattern().finditer(text, start, end)]


@given(st.text(alphabet=TRICKY, max_size=40), st.integers(0, 5), st.integers(0, 5))
@settings(max_examples=3000)
@example("« me1 Dr1 Mme-Dupont D'M. m. l’OTSC (OTSC), jusqu’au Alma-Ata", 0, 0)
@example("Kazakhstan, l’armée d'Aktau. M, m. M. Mme. Dr, 2022. xl’armée", 0, 0)
@example("xl’armée", 1, 0)  # the range starts inside a word: "l’" is not elided there
def test_tokens_are_the_token_patterns_own(text, cut_start, cut_end):
    assert tokenize(text) == pattern_tokens(text)
    start, end = min(cut_start, len(text)), max(cut_start, len(text) - cut_end)
    assert tokenize(text, start, end) == pattern_tokens(text, start, end)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("l’OTSC,", ["l’", "OTSC", ","]),
        ("(OTSC)", ["(", "OTSC", ")"]),
        ("M. Dupont", ["M.", "Dupont"]),
        ("Mme-Dupont", ["Mme", "-", "Dupont"]),
        ("Dr1", ["Dr", "1"]),
        ("aujourd’hui jusqu’au", ["aujourd’hui", "jusqu’", "au"]),
        ("Kassym-Zhomart Alma-Ata.", ["Kassym-Zhomart", "Alma-Ata", "."]),
        ("Kazakhstan, l’armée D'Aktau.", ["Kazakhstan", ",", "l’", "armée", "D'", "Aktau", "."]),
        ("M. Mme. M, m.", ["M.", "Mme", ".", "M", ",", "m."]),
    ],
)
def test_tokenize_cuts_common_shapes(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens


@given(st.text(alphabet=TRICKY, max_size=60))
@settings(max_examples=1000)
@example("Les Casques bleus d’Aktau, l’OTSC et M. Tokayev")
def test_tokens_know_their_starts_and_capitalized_words(text):
    tokens = tokenize(text)
    assert tokens.starts == [token.start for token in tokens]
    assert tokens.capitalized == [i for i, token in enumerate(tokens) if token.text[0].isupper()]


# Letters of every kind for the word predicates: upper and lower case, accented, uncased
# (Arabic), cased non-letters (circled, Roman numerals), digits, apostrophes.
WORD_CHARS = "AaÉéZzOTSC\u0627\u24b6\u24d0\u2160\u2170\u01c5ª1²’'-."


@given(st.text(alphabet=WORD_CHARS, max_size=8))
@settings(max_examples=3000)
@example("OTSC")
@example("ⓐAB")
@example("ABا")
def test_is_acronym_is_two_letters_or_more_all_upper_case(word):
    letters = [c for c in word if c.isalpha()]
    assert is_acronym(word) == (len(letters) >= 2 and all(c.isupper() for c in letters))


@given(st.text(alphabet=WORD_CHARS, max_size=8))
@settings(max_examples=3000)
@example("L’")
@example("Ⅰ")
def test_is_name_word_is_a_capitalized_word_neither_elided_nor_a_number(word):
    token = Token(0, len(word), word)
    expected = (
        token.is_word and word[:1].isupper() and not token.is_elision and not word[0].isdigit()
    )
    assert is_name_word(word) == expected
