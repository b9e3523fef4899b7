"""The fast paths of the claims plugin give exactly what the straightforward way gives.

Each is compared with the plain computation it replaces, on examples and on random
French-like text with the characters where the two could part: word joiners, the
Latin-1 signs that are no letters (× ÷), letters outside Latin-1, marks at text edges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_claims import finder, lexicon, linking, patterns, segment, sources

from .test_patterns import _WORDS

SETTINGS = settings(max_examples=1500, deadline=None)

#: Characters around words where a fast path could differ from the plain one.
_JOINERS = [" ", "  ", "\n", "’", "'", "-", "-t-", ", ", "« ", " »", "\u00a0", ".", "(", ")"]
_ODD = ["×", "÷", "ſ", "ñ", "Ω", "_", "1", "X", "é", "\u0301", "\x1c"]
_TEXT = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from(_JOINERS), st.sampled_from(_ODD)),
    max_size=40,
).map("".join)


def _plain_cues(text: str) -> list[tuple[int, int, str | None, str]]:
    return [(*m.span(), m.lastgroup, m.group()) for m in patterns.cue_scan().finditer(text)]


def _fast_cues(text: str) -> list[tuple[int, int, str | None, str]]:
    return [(*m.span(), m.lastgroup, m.group()) for m in patterns.cue_matches(text)]


@SETTINGS
@given(_TEXT)
@example("a déclaré")  # a cue at the very start: no character stands before it
@example("×a déclaré÷a déclaré")  # signs that are no letters: a cue may follow one
@example("ña déclaré ſelon x, selon y")  # letters outside the class: no cue after one
@example("Selon lui, il a déclaré, a-t-il ajouté, que selon elle")
@example("de l’avis du ministre, d’après lui, à en croire X, aux yeux d’Anne, tout en notant")
def test_cue_matches_are_the_scans_own(text: str) -> None:
    assert _fast_cues(text) == _plain_cues(text)


@SETTINGS
@given(_TEXT, st.integers(0, 12), st.integers(0, 12))
@example("a déclaré, a dit", 0, 0)
@example("xa déclaré a dit", 1, 0)  # the range starts inside a word: no verb there
@example("il a déclaré", 3, 5)  # the range ends inside the verb
def test_verb_cues_are_the_verb_patterns_own(text: str, cut: int, end_cut: int) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - end_cut)
    fast = [(*m.span(), m.group()) for m in patterns.verb_cues(text, start, end)]
    plain = [(*m.span(), m.group()) for m in patterns.verb_cue().finditer(text, start, end)]
    assert fast == plain


def test_cue_matches_find_cues_back_to_back_and_at_both_ends() -> None:
    text = "Selon X, a déclaré «a déclaré» (selon Y) pour Z\na dit"
    found = _fast_cues(text)
    assert found == _plain_cues(text)
    assert [cue for _, _, _, cue in found] == [
        "Selon",
        "a déclaré",
        "a déclaré",
        "selon",
        "pour",
        "a dit",
    ]


def test_the_inside_word_class_holds_only_word_characters() -> None:
    """A character of the class never stands before a cue: each is a letter, a digit, an
    apostrophe or a hyphen, so the fast scan misses no word start."""
    inside = re.compile(f"[{patterns._INSIDE_WORD}]")
    word = re.compile(r"[\w'’-]")
    chars = [chr(code) for code in range(0x3000) if inside.fullmatch(chr(code))]
    assert len(chars) == 26 * 2 + 10 + 62 + 3
    assert all(word.fullmatch(char) for char in chars)


def test_the_guard_of_common_first_words_takes_the_whole_phrase() -> None:
    """ "de", "d'" and "à" open no cue alone: "de la", "d'un", "à la" pass no guard."""
    scan = patterns.cue_scan()
    for text in ("de la ville", "d’un pays", "à la fin", "tout le monde", "De la part"):
        assert scan.match(text) is None
    for text in ("de l’avis du maire", "d’après lui", "à en croire X", "tout en notant"):
        assert scan.match(text) is not None, text


def test_the_lexicon_sets_hold_their_tables() -> None:
    from newskit_claims import lexicon

    pairs = [
        (lexicon.roles(), lexicon.PERSON_ROLES),
        (lexicon.org_heads(), lexicon.ORG_HEADS),
        (lexicon.medium_nouns(), lexicon.MEDIUM_NOUNS),
        (lexicon.generic_heads(), lexicon.GENERIC_HEADS),
        (lexicon.pronouns(), lexicon.PRONOUNS),
        (lexicon.not_a_clause_que(), lexicon.NOT_A_CLAUSE_QUE),
    ]
    for as_set, table in pairs:
        assert as_set == frozenset(table)


_ADVERBIAL_WORDS = [
    "par",
    "ailleurs",
    "en",
    "outre",
    "de",
    "plus",
    "hier",
    "Par",
    "EN",
    "quant",
    "à",
]


@given(
    st.lists(st.sampled_from([*_ADVERBIAL_WORDS, " ", "  ", ",", "’", "x"]), max_size=8).map(
        "".join
    )
)
@settings(max_examples=500, deadline=None)
def test_an_adverbial_is_one_the_table_holds_or_opens(words: str) -> None:
    lowered = words.strip().lower().replace("’", "'")
    plain = any(lowered == a or lowered.startswith(a + " ") for a in lexicon.INTRO_ADVERBIALS)
    expected = plain or sources._first_word(lowered) in sources._prepositions()
    expected = expected or bool(sources._dated().match(lowered))
    assert sources._is_adverbial(words) == expected


# -- the linker's whole-word finder -----------------------------------------------------

_HEADS = ["ministère", "président", "porte-parole", "premier ministre", "Tokayev", "sı", "ſa", "a"]
_CASE_TRICKY = "aAéÉèÈsSiIıİſkK\u212aeE -’'\nxX"


def _spans_of(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@SETTINGS
@given(
    st.sampled_from(_HEADS),
    st.lists(
        st.one_of(st.sampled_from(_HEADS), st.text(alphabet=_CASE_TRICKY, max_size=3)),
        max_size=12,
    ).map("".join),
)
@example("président", "PRÉSIDENT président-x xprésident Président")
@example("ministère", "Mınistère ministère")  # a dotless i: re takes it for an i
@example("ministère", "MİNİSTÈRE ministère")  # a dotted capital I: two characters lowered
@example("président", "préſident président")  # a long s: re takes it for an s
@example("a", "a a aa a")
def test_the_word_finder_finds_what_the_word_pattern_finds(word: str, text: str) -> None:
    found = _spans_of(linking.WordFinder(text).finditer(word))
    assert found == _spans_of(linking._word_pattern(word).finditer(text))


def test_the_word_finder_reads_each_text_in_lower_case_once() -> None:
    finder = linking.WordFinder("Le Ministère a dit. Le ministère a ajouté.")
    assert _spans_of(finder.finditer("ministère")) == [(3, 12), (23, 32)]
    lowered = finder._lowered
    assert _spans_of(finder.finditer("ministère")) == [(3, 12), (23, 32)]
    assert finder._lowered is lowered


def test_lower_case_finds_every_letter_re_matches_ignoring_case() -> None:
    """For each character the finder reads through ``lower()``, any character that ``re``
    matches to it ignoring case lowers to the same, save the three the finder checks for."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for char in sorted(linking._PLAIN_CASE):
        for match in re.finditer(f"(?i:{re.escape(char)})", every):
            other = match.group()
            assert other.lower() == char.lower() or other in "ıſİ", (char, other)


# -- patterns opened by a character class -----------------------------------------------

_PLAIN_SUBJECT_CUT = re.compile(
    r"[;:«»“”]|\s[—–]\s|(?<![\w'’-])(?:mais|car|puis|lorsque|lorsqu['’]|quand|puisque|que"
    r"|qu['’]|si)(?![\w-])",
    re.IGNORECASE,
)
_PLAIN_COORDINATED_VERB = re.compile(
    r"(?<![\w'’-])(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|i|u|is|it|ert|t)s?(?![\w-])",
    re.IGNORECASE,
)
_CLAUSE_WORDS = [
    *(
        [
            "mais",
            "car",
            "puis",
            "lorsque",
            "lorsqu",
            "quand",
            "puisque",
            "que",
            "qu",
            "si",
            "a",
            "ont",
            "avait",
            "avaient",
        ]
    ),
    *(
        [
            "MAIS",
            "Que",
            "QU",
            "ſi",
            "Sİ",
            "quı",
            "avAIT",
            "dit",
            "décrit",
            "limogé",
            "reçu",
            "pris",
            "ouvert",
            "fait",
            "Puisque",
        ]
    ),
]
_CLAUSE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_CLAUSE_WORDS),
        st.sampled_from(
            [" ", "  ", "’", "'", "-", " — ", " – ", ";", ":", "«", "»", "“", "”", "x"]
        ),
    ),
    max_size=30,
).map("".join)


def _all_spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list:
    return [(m.span(), m.group()) for m in pattern.finditer(text, start, end)]


@SETTINGS
@given(_CLAUSE_TEXT, st.integers(0, 6), st.integers(0, 6))
@example("Il a dit que, mais si ; « lorsqu’il » — puis QUE", 0, 0)
@example("xque a dit", 1, 0)  # the range starts inside a word: no word start there
def test_the_class_opened_patterns_match_their_plain_forms(
    text: str, cut: int, end_cut: int
) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - end_cut)
    for fast, plain in (
        (patterns.subject_cut(), _PLAIN_SUBJECT_CUT),
        (patterns.coordinated_verb(), _PLAIN_COORDINATED_VERB),
    ):
        assert _all_spans(fast, text, start, end) == _all_spans(plain, text, start, end)


def test_the_case_forms_are_all_that_re_takes_for_a_letter() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        taken = {m.group() for m in re.finditer(f"(?i:{letter})", every)}
        assert taken == set(patterns._case_forms(letter)), letter


# -- sentence boundaries ----------------------------------------------------------------


def _plain_is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "°"):
        word_start -= 1
    word = text[word_start:dot]
    return (len(word) == 1 and word.isupper()) or word.lower() in segment._ABBREVIATIONS


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["M", "Mme", "mmes", "MLLE", "n°", "°", "etc", "Kazakhstan", "İ", "ß", "x"])
        | st.sampled_from([".", " ", "1", "-"]),
        max_size=12,
    ).map("".join)
)
@example("Mmes. Kazakhstan. M. xmlle. n°. ǅ.")
def test_an_abbreviation_is_found_reading_back_only_as_far_as_one_goes(text: str) -> None:
    assert max(map(len, segment._ABBREVIATIONS)) == segment._LONGEST_ABBREVIATION
    for dot in range(len(text)):
        assert segment._is_abbreviation(text, dot) == _plain_is_abbreviation(text, dot)


# -- the trailing "…, selon X" ----------------------------------------------------------

_TRAILING_WORDS = ["selon", "SELON", "Selon", "ſelon", "d’après", "D'APRÈS", "d'aprés", "le", "AFP"]


@SETTINGS
@given(
    st.lists(
        st.sampled_from(_TRAILING_WORDS) | st.sampled_from([" ", ", ", ",", ".", " x ", "«"]),
        max_size=14,
    ).map("".join),
    st.integers(0, 8),
)
@example("Il viendra, ſelon l’AFP.", 0)
@example("Il viendra, D’APRÈS le ministère", 0)
def test_a_trailing_source_is_searched_wherever_one_may_stand(text: str, cut: int) -> None:
    start = min(cut, len(text))
    if finder._trailing_attribution().search(text, start, len(text)) is not None:
        assert finder._may_name_a_trailing_source(text, start, len(text))


# -- a determiner before a cue ----------------------------------------------------------


_DETERMINERS_AS_LISTED = "|".join(re.escape(d).replace("'", "['’]") for d in lexicon.DETERMINERS)
_PLAIN_DETERMINER_BEFORE = re.compile(
    rf"(?:^|\s)(?:{_DETERMINERS_AS_LISTED}|à|de|en|d['’]|l['’]|s['’]|se)\s*$", re.IGNORECASE
)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["la", "LA", "cette", "leurs", "l’", "d'", "se", "à", "x", "note", "ſa"])
        | st.sampled_from([" ", "\n", "\u2009", "\x1c", "\u00a0", "'", "’", "-"]),
        max_size=8,
    ).map("".join)
)
@example("la note que")
@example("cette  \n")
@example("x\x1cleurs\u2009 ")
def test_a_determiner_is_searched_only_where_it_can_end_the_words(words: str) -> None:
    plain = _PLAIN_DETERMINER_BEFORE.search(words) is not None
    assert (finder._determiner_before().search(words) is not None) == plain
    assert finder._ends_with_a_determiner(words) == plain


# -- word lists as tries ----------------------------------------------------------------


def _longest_first(words: tuple[str, ...], apostrophes: bool = False) -> str:
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace("'", "['’]") if apostrophes else e for e in escaped)


_PLAIN_DETERMINER = re.compile(
    rf"(?:{_longest_first(lexicon.DETERMINERS, apostrophes=True)})(?:(?<=['’])|\s+)",
    re.IGNORECASE,
)
_PLAIN_ROLE_APPOSITION = re.compile(
    rf"\s*(?:(?:l['’]|le |la )?(?:ancien |ancienne |nouveau |nouvelle )?"
    rf"(?:{_longest_first(lexicon.PERSON_ROLES)}))(?![\w-])[^,.;:«»]{{0,80}},",
    re.IGNORECASE,
)
_PLAIN_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_longest_first(lexicon.TITLE_NOUNS)})(?:\s+[a-zéèêàâîôûç-]+)?\s*$",
    re.IGNORECASE,
)
_PLAIN_NON_SOURCE = re.compile(
    rf"\s*(?:{_longest_first(lexicon.NON_SOURCE_AFTER_PREPOSITION, apostrophes=True)})(?![\w-])",
    re.IGNORECASE,
)
_PLAIN_MEDIUM = re.compile(
    rf"(?:{_longest_first(lexicon.MEDIUM_NOUNS)})\s+(?:(?:officiels?\s+)?(?:de\s+la\s+|de\s+l['’]"
    r"|du\s+|des\s+|de\s+|d['’])|(?:publiée?s?|réalisée?s?|menée?s?|diffusée?s?|rendue?s?)"
    r"(?:\s+[\w’'-]+){0,3}?\s+par\s+)",
    re.IGNORECASE,
)
_LIST_WORDS = [
    *lexicon.NON_SOURCE_AFTER_PREPOSITION,
    *lexicon.MEDIUM_NOUNS,
    "qu’",
    "de la",
    "publiée par",
    *lexicon.DETERMINERS,
    *lexicon.PERSON_ROLES[:40],
    "premier ministre",
    "vice-présidente",
    "Présidente",
    "PRÉSIDENT",
    *lexicon.TITLE_NOUNS[:12],
    "intitulée",
    "ancien",
    "nouvelle",
]
_LIST_TEXT = st.lists(
    st.sampled_from(_LIST_WORDS) | st.sampled_from([" ", "  ", ",", "’", "-", "x", "ſ", "\n"]),
    max_size=14,
).map("".join)


def _match_span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    found = pattern.match(text)
    return found.span() if found else None


@SETTINGS
@given(_LIST_TEXT)
@example("les ministres")
@example("leurs élus")
@example("l’ancienne présidente du parti, a")
@example("la vice-présidente de la région, a")
@example("le film intitulée ")
@example("estimations du ministère")
@example("qu’il")
def test_word_tries_match_what_their_longest_first_alternations_match(text: str) -> None:
    assert _match_span(sources._determiner(), text) == _match_span(_PLAIN_DETERMINER, text)
    role = finder._role_apposition()
    assert _match_span(role, text) == _match_span(_PLAIN_ROLE_APPOSITION, text)
    assert bool(finder._non_source().match(text)) == bool(_PLAIN_NON_SOURCE.match(text))
    assert _match_span(linking._medium(), text) == _match_span(_PLAIN_MEDIUM, text)
    title = finder._title_before().search(text)
    plain = _PLAIN_TITLE_BEFORE.search(text)
    assert (title and title.span()) == (plain and plain.span())


@SETTINGS
@given(st.text(alphabet="AB (CRE)\n.-é1", max_size=30))
@example("Commission de régulation de l'énergie (CRE)")
def test_an_acronym_after_a_name_needs_a_closing_parenthesis(words: str) -> None:
    found = sources._acronym_after().search(words, max(0, len(words) - 20))
    assert found is None or ")" in words


def _plain_cut_end(text: str, start: int, end: int) -> int:
    last = start
    for match in _PLAIN_SUBJECT_CUT.finditer(text, start, end):
        last = match.end()
    return last


@settings(max_examples=4000, deadline=None)
@given(_CLAUSE_TEXT, st.integers(0, 8), st.integers(0, 8))
@example(" — — que x", 1, 0)  # a dash at the start of the range: no match, the next one is
@example("« que", 0, 0)
@example("«que ; si:mais — car", 0, 0)
@example("x «que", 2, 0)
@example("x\n— que", 2, 0)
@example("que", 0, 0)
@example("xque", 1, 0)
def test_the_end_of_the_last_subject_cut_is_the_plain_scans(
    text: str, cut: int, end_cut: int
) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - end_cut)
    assert patterns.subject_cut_end(text, start, end) == _plain_cut_end(text, start, end)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["que", "QU’", "qu'", "Qu", "mardi", "à la presse", "également", "x"])
        | st.sampled_from([" ", ", ", ",", "\n", "q", "u"]),
        max_size=10,
    ).map("".join),
    st.integers(0, 4),
)
@example(" mardi que", 0)
@example(" le ministre", 0)
def test_a_que_is_sought_only_where_qu_stands(text: str, cut: int) -> None:
    start = min(cut, len(text))
    plain = patterns.adjunct_then_que().match(text, start, len(text))
    fast = patterns.que_after(text, start, len(text))
    assert (fast and fast.span()) == (plain and plain.span())
