"""The speed-ups of the patterns change no match: each is checked against the plain form.

A cue pattern opens with a lookahead on the words a cue can start with; the sentence
boundary pattern and the linker's whole-word pattern open with a character class. All
exist only to let ``re`` give up early. Here each is compared with the pattern it
replaces, on every lexicon entry in context, on every first letter, and on random text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit_claims import finder, lexicon, linking, patterns, segment

SETTINGS = settings(max_examples=300, deadline=None)

#: Each cue kind as it was before the guard: the word-start lookbehind, then the body.
PLAIN = {
    name: re.compile(patterns._WORD_START + cue.body) for name, cue in patterns._cue_kinds().items()
}
GUARDED = {
    "learned": patterns.learned_cue,
    "gerund": patterns.gerund_cue,
    "reflexive": patterns.reflexive_cue,
    "reflexive_verb": patterns.reflexive_verb_cue,
    "object": patterns.object_verb_cue,
    "verb": patterns.verb_cue,
    "preposition": patterns.preposition_cue,
}
PLAIN_SCAN = re.compile(
    patterns._WORD_START
    + "(?:"
    + "|".join(f"(?P<{name}>{cue.body})" for name, cue in patterns._cue_kinds().items())
    + ")"
)
#: The sentence boundary pattern before it opened with a character class.
PLAIN_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…]++(?:[ \u00a0\u202f]*[»”\"])?(?=[ \t\u00a0\u202f]+[«“\"A-ZÀ-ÖØ-Þ])|\n"
)


def _phrases() -> list[str]:
    """Every cue of the lexicon in the forms the patterns are built from."""
    verbs = lexicon.CUE_VERBS + lexicon.OBJECT_CUE_VERBS + lexicon.REFLEXIVE_VERBS
    forms = [f for v in verbs for f in (v.participle, v.present, v.plural, v.imperfect)]
    phrases = [
        f"{aux} {form}" for aux in ("a", "ont", "avait", "a-t-il", "auraient") for form in forms
    ]
    phrases += [f"{f}-t-il" for f in forms] + [f"{f}-elle" for f in forms]
    phrases += (
        [f"s’est {f}" for f in forms] + [f"se {f}" for f in forms] + [f"s'{f}" for f in forms]
    )
    gerunds = [v.imperfect.replace("ait", "ant", 1) for v in lexicon.CUE_VERBS]
    phrases += gerunds + [f"en {g}" for g in gerunds] + [f"tout en {g}" for g in gerunds]
    phrases += [*lexicon.REFLEXIVE_CUES, "a-t-on appris", "apprend-on", "avons-nous appris"]
    for cue in lexicon.PREPOSITIONAL_CUES:
        for form in (cue, cue[0].upper() + cue[1:]):
            phrases += [form, f"{form}s", form.replace(" de", " du"), form.replace(" de", " d’")]
    phrases += [f"a {adverb} déclaré" for adverb in lexicon.VERB_ADVERBS]
    return phrases


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(*m.span(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_guarded_cue_kind_matches_what_its_plain_pattern_matches(name: str) -> None:
    for phrase in _phrases():
        for text in (f"Il {phrase} que", f"{phrase}, dit", f"«{phrase}»", f"x{phrase}"):
            assert _spans(GUARDED[name](), text) == _spans(PLAIN[name], text), text


def test_guarded_scan_matches_what_the_plain_scan_matches_on_every_cue() -> None:
    found = 0
    for phrase in _phrases():
        for text in (f"Il {phrase} que", f"{phrase}, dit", f"«{phrase}»", f"l’{phrase}"):
            assert _spans(patterns.cue_scan(), text) == _spans(PLAIN_SCAN, text), text
            found += bool(_spans(PLAIN_SCAN, text))
    assert found > 2000  # the phrases are cues: the comparison is not between two misses


_WORDS = sorted({w for phrase in _phrases() for w in re.split(r"[ ’'-]", phrase) if w})
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(
            [" ", " ", " ", "\n", "’", "'", "-", "-t-", ", ", "« ", " »", "\u00a0", ".", "X"]
        ),
    ),
    max_size=30,
).map("".join)


@SETTINGS
@given(_TEXT)
def test_guarded_scan_matches_the_plain_scan_on_random_cue_words(text: str) -> None:
    assert _spans(patterns.cue_scan(), text) == _spans(PLAIN_SCAN, text)


@SETTINGS
@given(_TEXT)
def test_guarded_verb_cue_matches_the_plain_one_on_random_cue_words(text: str) -> None:
    assert _spans(patterns.verb_cue(), text) == _spans(PLAIN["verb"], text)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [".", "!", "?", "…", "\n", " ", "\t", "\u00a0", "»", "”", '"', "«", "A", "é", "É"]
        ),
        max_size=30,
    ).map("".join)
)
def test_sentence_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    new = [m.span() for m in segment._boundary().finditer(text)]
    assert new == [m.span() for m in PLAIN_BOUNDARY.finditer(text)]


def _plain_word(word: str) -> re.Pattern[str]:
    """The whole-word pattern of the linker before it opened with a character class."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)


@pytest.mark.parametrize("word", ["ministère", "is", "ki", "sa", "élu", "Tokayev", "-x", "µa"])
def test_linker_word_pattern_matches_the_plain_one_whatever_the_first_letter(word: str) -> None:
    # Every character up to U+3000 in place of the first letter, and the letters whose
    # case folding is special (dotted and dotless i, long s, Kelvin sign, micro sign).
    pattern, plain = linking._word_pattern(word), _plain_word(word)
    for code in [*range(0x3000), 0x212A, 0x212B, 0x1E9E, 0xFB05]:
        char = chr(code)
        for text in (
            char + word[1:],
            f"a {char}{word[1:]}-b {char}{word[1:]}",
            char + char + word[1:],
        ):
            assert _spans(pattern, text) == _spans(plain, text), (word, hex(code))


@SETTINGS
@given(
    st.sampled_from(["ministère", "président", "Tokayev", "élysée", "sénat", "kremlin"]),
    st.lists(
        st.sampled_from(
            [
                "ministère",
                "MINISTÈRE",
                "Président",
                "président",
                "tokayev",
                "ÉLYSÉE",
                "Élysée",
                "ſénat",
                "Kremlin",
                "\u212aremlin",
                " ",
                "-",
                "’",
                "\n",
                "x",
                "é",
                "É",
            ]
        ),
        max_size=12,
    ).map("".join),
)
def test_linker_word_pattern_matches_the_plain_one_on_random_text(word: str, text: str) -> None:
    assert _spans(linking._word_pattern(word), text) == _spans(_plain_word(word), text)


#: Where a source noun phrase ends, before the pattern opened with a character class.
_STOP_WORDS = (
    "lors|dans|sur|devant|pendant|durant|au cours|en marge|en conférence|en visite|à|au|aux|"
    "cité|citée|cités|citées|interrogé|interrogée|interrogés|joint|jointe|hier|lundi|mardi|"
    "mercredi|jeudi|vendredi|samedi|dimanche|qui|dont|avec|selon|depuis|ce matin|ce soir|"
    "cette semaine|et a|et ont|mais|publié|publiée|publiés|paru|parue|diffusé|diffusée|rendu|rendue"
)
PLAIN_NP_STOP = re.compile(
    r"[,;:()«»“”\"\n]|(?:(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bMgr)(?<!\bDr)(?<!\bPr)\.|[!?…])"
    rf"(?:\s|$)|\s(?:{_STOP_WORDS})(?![\w-])",
    re.IGNORECASE,
)
#: A trailing ", selon X." before the pattern opened with a character class.
PLAIN_TRAILING = re.compile(
    r"\s*,\s*(?:selon|d['’]après)\s[^,.;:«»]{1,80}[.!?…]?\s*$", re.IGNORECASE
)
_PROSE = st.lists(
    st.sampled_from(
        [
            "M",
            "MM",
            "Mme",
            "Mme. ",
            "M. ",
            "Dr. ",
            "Dr",
            "Pr",
            "Mgr",
            "m",
            "le",
            "ministre",
            "Dupont",
            "selon",
            "Selon",
            "d’après",
            "lors",
            "à",
            "au cours",
            "et a",
            "qui",
            "l’AFP",
            ".",
            ",",
            " , ",
            "!",
            "?",
            "…",
            " ",
            " ",
            "  ",
            "\n",
            "\u00a0",
            "«",
            "»",
            "(",
            "-",
            "x",
        ]
    ),
    max_size=25,
).map("".join)


@SETTINGS
@given(_PROSE, st.integers(0, 5), st.integers(0, 5))
def test_np_stop_is_found_where_the_plain_pattern_finds_it(text: str, cut: int, trim: int) -> None:
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    found = patterns.np_stop().search(text, start, end)
    plain = PLAIN_NP_STOP.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())
    assert bool(patterns.np_stop().match(" " + text)) == bool(PLAIN_NP_STOP.match(" " + text))


@SETTINGS
@given(_PROSE, st.integers(0, 5))
@example(",,selon M", 0)  # two commas: the match starts at the second, as the plain one's
def test_trailing_attribution_is_found_where_the_plain_pattern_finds_it(
    text: str, cut: int
) -> None:
    found = finder._trailing_attribution().search(text, min(cut, len(text)))
    plain = PLAIN_TRAILING.search(text, min(cut, len(text)))
    assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "text",
    [
        "a déclaré le ministre, M. Dupont. Puis",
        "a déclaré Mme Martin lors d’un point presse",
        "a dit le Dr. House! Ensuite",
        "a déclaré Mme. Martin. Puis MM. Dupont et Durand, Mgr. Roche. Et Pr. Li.",
        "Les forces ont été déployées, selon l’AFP.",
        "Les forces ont été déployées , d’après le ministère",
    ],
)
def test_np_stop_and_trailing_attribution_on_news_phrasings(text: str) -> None:
    for mine, plain in (
        (patterns.np_stop(), PLAIN_NP_STOP),
        (finder._trailing_attribution(), PLAIN_TRAILING),
    ):
        assert _spans(mine, text) == _spans(plain, text)
    assert _spans(PLAIN_NP_STOP, text) or _spans(PLAIN_TRAILING, text)
