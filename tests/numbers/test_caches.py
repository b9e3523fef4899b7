"""The finder remembers what does not depend on where a number stands: the reading of a
run of number words, and what the word before a number says. These caches must give
what the long way gives, stay bounded, and be keyed by what they depend on.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from newskit_numbers import find_quantities
from newskit_numbers.context import is_law_filler, is_law_reference
from newskit_numbers.core import _run_words, read_word_run
from newskit_numbers.finder import _law_reference, _word_before
from newskit_numbers.reading import Tail, unelided
from newskit_numbers.tables import tables
from newskit_numbers.words import read_words

_RUNS = [
    ("premier",), ("double",), ("deux", "cents"), ("quatre", "vingt", "dix", "neuf"),
    ("vingt", "et", "un"), ("un", "demi", "milliard"), ("deux", "millions", "et", "demi"),
    ("trois", "douzaines"), ("un", "virgule", "cinq"), ("deux", "trois"), ("dix", "premiers"),
]  # fmt: skip


@pytest.mark.parametrize("words", _RUNS, ids=" ".join)
def test_remembered_word_reading_is_the_reading(words):
    assert read_word_run("fr", words) == read_words(list(words), tables("fr").words)
    assert read_word_run("fr", words) is read_word_run("fr", words)  # remembered, frozen


@pytest.mark.parametrize("run", ["premier", "Double", "quatre-vingt-dix", "deux cents", "seconde"])
def test_run_words_split_as_the_token_pattern(run):
    words, spans, first, _, alone = _run_words("fr", run)
    assert [run[a:b].lower() for a, b in spans] == list(words)
    t = tables("fr")
    assert first == (None if words[0] in t.context_ordinals else t.words[words[0]])
    assert alone == read_words(list(words), t.words)


@pytest.mark.parametrize("lang", ["fr_BE", "fr_CH", "fr_CA"])
def test_cached_tables_are_the_base_languages(lang):
    """The caches are keyed by the base language (``Tables.lang``): what they read must
    not change from one locale to another; the locale's CLDR data is read outside them."""
    base, local = tables("fr"), tables(lang)
    assert local.lang == base.lang == "fr"
    assert local.words == base.words
    assert local.context_ordinals == base.context_ordinals
    assert local.contexts_before == base.contexts_before
    assert local.modifier_ends == base.modifier_ends


@pytest.mark.parametrize(
    "last", ["le", "de", "environ", "Article", "article", "L.", "n°", "1234-", "RN", "d’environ",
             "mars", "lundi", "loi", "CAC", "USD", "jusqu’à", "", "İ"]
)  # fmt: skip
def test_word_before_says_what_the_tables_say(last):
    word, folded, reason, filler, law, code_like, may_modify = _word_before("fr", last)
    t = tables("fr")
    assert word == unelided(last)
    assert folded == word.casefold().rstrip(",;:")
    assert reason == (t.contexts_before.get(word) or t.contexts_before.get(folded))
    assert filler == is_law_filler(last)
    assert law == (t.contexts_before.get(word.lower()) == "law reference")
    assert code_like == (2 <= len(word) <= 3 and word.isupper() and word.isalpha())
    low = last.lower()
    assert may_modify == bool(t.modifier_ends.get(low) or t.modifier_ends.get(unelided(low)))


@pytest.mark.parametrize(
    "window", ["selon l’article L. 1234-", "la loi n°", "les articles 3 et", "dans le", "de la", ""]
)
def test_law_reference_through_the_cache_is_the_long_way(window):
    tail = Tail(window, 6)
    assert _law_reference("fr", tail.words) == is_law_reference(tail, tables("fr"))


def test_caches_are_bounded():
    for cached in (read_word_run, _run_words, _word_before):
        assert cached.cache_info().maxsize is not None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Au début de 2019, les habitants.", []),
        ("Ils étaient plus de 2000, dit-il.", [("plus de 2000", Decimal(2000), None)]),
        ("Le billet coûte $2000, dit-il.", [("$2000", Decimal(2000), "USD")]),
        ("Il y a environ 1500.", [("environ 1500", Decimal(1500), None)]),
        ("Ils étaient 2020 personnes, dit-il.", [("2020 personnes", Decimal(2020), "personnes")]),
    ],
)
def test_year_like_number_before_punctuation(sentence, expected):
    """A bare year before punctuation is skipped early, but not after a modifier or a
    currency symbol, nor when it counts something."""
    assert [(q.text, q.value, q.unit) for q in find_quantities(sentence)] == expected
