"""The fast paths of cues, datelines, gazetteer and acronyms give the plain way's results.

The references are the patterns and loops the fast paths replaced, kept here to compare
with on random French-like text.
"""

from __future__ import annotations

import functools

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit import EntityLabel
from newskit_entities import acronyms, cues, datelines, gazetteer
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import fold, read_table, titles
from newskit_entities.tries import trie_pattern

# Spaces the patterns' \s takes and Python's strip takes (and one it alone takes: \x1c),
# newlines, both apostrophes, case pairs, a letter that folds (ſ) and marks.
TRICKY = " \n\t\u00a0\x1c\u2028’'-,.()—aeEdDltTsſ\u0301"
CUE_WORDS = [
    "président ",
    "vice-président ",
    "Président",
    "ministre",
    "M. ",
    "Mme",
    "kazakh ",
    "de ",
    "DE ",
    "d’",
    "d'",
    "l’",
    "et ",
    "villes ",
    "capitale",
    "au large ",
    "à l’est ",
    "près ",
    "agence ",
    "service de presse ",
    "porte-parole ",
    "la ",
    "à ",
    "dans ",
    "Kremlin",
    "PARIS",
    "MOSCOU (Reuters) ",
    "Kazakhstan",
    "Guinée-Bissau",
    "Organisation du traité (OTSC)",
    "OTSC (Organisation)",
    "(Otan)",
]
texts = st.lists(
    st.sampled_from(CUE_WORDS) | st.text(alphabet=TRICKY, max_size=4), max_size=14
).map("".join)

ADJECTIVE = r"(?:\s+(?!(?:de|du|des|d|à|au|aux|en|la|le|les|l)\b)\p{Ll}[\p{L}-]*)?"


def reference_person_before():
    names = sorted(titles(), key=len, reverse=True)
    alternation = "|".join(regex.escape(t).replace("’", "[’']") for t in names)
    return regex.compile(rf"(?i:(?<![\p{{L}}])(?:{alternation})){ADJECTIVE},?\s+$", regex.REVERSE)


REFERENCE = {
    "person": reference_person_before(),
    "place": regex.compile(
        r"(?i:\b(?:villes?|capitale|région|province|localité|village|port|commune|près|"
        r"au\s+large|au\s+nord|au\s+sud|à\s+l[’']est|à\s+l[’']ouest|originaire|environs)"
        r"\s+(?:de\s+|d[’']))$"
        r"|(?i:\bet\s+(?:de\s+|d[’']))$"
    ),
    "org": regex.compile(
        r"(?i:\b(?:service\s+de\s+presse|porte-parole|communiqué|agence|syndicat|groupe|"
        r"parti|organisation|entreprise|société|club)\s+(?:du\s+|de\s+la\s+|de\s+l[’']|de\s+|d[’'])?)$"
    ),
    "preposition": regex.compile(
        r"(?i:\b(?:à|au|dans|devant|depuis|vers|sur)\s+(?:l[’']|le\s+|la\s+)?)$"
    ),
}
FAST = {
    "person": cues._person_before,
    "place": cues._place_before,
    "org": cues._org_before,
    "preposition": cues._place_preposition,
}


@given(texts)
@settings(max_examples=1500)
@example("le vice-président kazakh,\n")
@example("selon l’agence d’\n")
@example("près d’\n")
@example("villes de\x1c")
@example("et de ")
def test_cue_patterns_match_where_the_plain_ones_do(window):
    for name, reference in REFERENCE.items():
        assert (FAST[name]().search(window) is None) == (reference.search(window) is None), name
    plain = REFERENCE["place"].search(window)
    place_word = plain is not None and not plain.group().lower().startswith("et")
    assert bool(cues._place_word_before().search(window)) == place_word
    if plain is not None:
        assert cues._may_end_with_de(window)
    assert cues._person_cue(window) == (REFERENCE["person"].search(window) is not None)


def reference_relabel(text, candidates, gazetteer_on):
    result = []
    for candidate in candidates:
        label = candidate.label
        if candidate.source in {"model", "capitalized"}:
            before = text[max(0, candidate.start - 60) : candidate.start]
            previous = result[-1] if result else None
            near = before[-30:]
            place_word = REFERENCE["place"].search(near)
            place_cue = (
                (place_word is not None and not place_word.group().lower().startswith("et"))
                or cues._place_after().search(text[candidate.end : candidate.end + 40])
                or (
                    previous is not None
                    and previous.label is EntityLabel.LOC
                    and REFERENCE["place"].search(
                        text[max(0, candidate.start - 6) : candidate.start]
                    )
                    and text[previous.end : candidate.start].strip().startswith("et")
                )
            )
            if fold(candidate.surface(text)) in read_table("seats"):
                label = (
                    EntityLabel.LOC if REFERENCE["preposition"].search(before) else EntityLabel.ORG
                )
            elif gazetteer_on and gazetteer.is_place_name(candidate.surface(text)):
                label = EntityLabel.LOC
            elif REFERENCE["person"].search(before):
                label = EntityLabel.PER
            elif place_cue:
                label = EntityLabel.LOC
            elif label is not EntityLabel.PER and REFERENCE["org"].search(near):
                label = EntityLabel.ORG
        result.append(candidate if label is candidate.label else candidate._replace(label=label))
    return result


@st.composite
def text_and_candidates(draw):
    text = draw(texts)
    offsets = st.integers(0, len(text))
    spans = draw(st.lists(st.tuples(offsets, offsets).map(sorted), max_size=8))
    return text, [
        Candidate(
            start,
            end,
            draw(st.sampled_from(list(EntityLabel))),
            draw(st.sampled_from(["model", "capitalized", "pattern"])),
        )
        for start, end in sorted(spans)
    ]


@given(text_and_candidates(), st.booleans())
@settings(max_examples=1000)
@example(
    (
        "les villes de Zhanaozen et d’Aktau, le Kremlin",
        [
            Candidate(14, 23, EntityLabel.PER, "model"),
            Candidate(29, 34, EntityLabel.ORG, "model"),
            Candidate(39, 46, EntityLabel.PER, "model"),
        ],
    ),
    True,
)
def test_relabel_is_the_plain_relabel(case, gazetteer_on):
    text, candidates = case
    assert cues.relabel(text, candidates, gazetteer=gazetteer_on) == reference_relabel(
        text, candidates, gazetteer_on
    )


@given(texts.map(lambda t: t.replace("(", "\n")) | texts)
@settings(max_examples=1500)
@example("PARIS —\nMOSCOU (Reuters) -\n  KIEV –")
@example("PARIS\n\n— MOSCOU -")
def test_datelines_are_the_whole_text_search(text):
    plain = [(m.start(), m.end()) for m in datelines._pattern().finditer(text)]
    assert datelines.dateline_ranges(text) == plain
    # Whatever the length of the lines, which chooses the way for dateline_ranges.
    assert datelines._by_line(text) == plain


@functools.cache
def unguarded_gazetteer_pattern():
    names = sorted(gazetteer._names())
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-]){trie_pattern(names)}(?![\p{{L}}\p{{N}}-])")


@given(texts)
@settings(max_examples=1000)
@example("Guinée-Bissau, la Guinée et le Kazakhstan.")
def test_gazetteer_finds_what_the_unguarded_pattern_finds(text):
    found = [(c.start, c.end) for c in gazetteer.gazetteer_candidates(text)]
    assert found == [m.span() for m in unguarded_gazetteer_pattern().finditer(text)]


def reference_definitions(text, candidates):
    by_end = {c.end: c for c in candidates}
    by_start = {c.start: c for c in candidates}
    found = []
    for match in acronyms._definition_pattern().finditer(text):
        expansion = by_end.get(match.start())
        if expansion is not None and acronyms._initials_fit(
            match["acronym"], expansion.surface(text)
        ):
            found.append(acronyms.Definition(match["acronym"], expansion))
    for match in acronyms._reverse_pattern().finditer(text):
        expansion = by_start.get(match.end())
        if (
            expansion is not None
            and text[expansion.end : expansion.end + 1] == ")"
            and acronyms._initials_fit(match["acronym"], expansion.surface(text))
        ):
            found.append(acronyms.Definition(match["acronym"], expansion))
    return found


@given(text_and_candidates())
@settings(max_examples=1000)
@example(
    (
        "Organisation du traité (OTSC) et OTSC (Organisation)",
        [Candidate(0, 23, EntityLabel.ORG, "model"), Candidate(39, 51, EntityLabel.ORG, "model")],
    )
)
def test_definitions_are_the_plain_search(case):
    text, candidates = case
    # Twice: the second call reads the text's parentheses from the cache.
    assert acronyms.find_definitions(text, candidates) == reference_definitions(text, candidates)
    assert acronyms.find_definitions(text, iter(candidates)) == reference_definitions(
        text, candidates
    )


ACRONYM_TEXT = "OTSC-l’OTSCOTSC 1OTSC OTSC\u0301 ÉOTSC Otan Otanx OTAN OT\n-–"


@given(
    st.text(alphabet=ACRONYM_TEXT, max_size=40)
    | st.lists(st.sampled_from(["OTSC", "l’", " ", "-", "\u0301", "1", "x", "É"]), max_size=12).map(
        "".join
    ),
    st.sampled_from(["OTSC", "Otan", "OT", "O", "C-", "É", "1O", "\u0301"]),
)
@settings(max_examples=1500)
@example("OTSCOTSC OTSC l’OTSC OTSC-x", "OTSC")
@example("x", "")
def test_acronym_uses_are_the_patterns_matches(text, acronym):
    plain = [m.span() for m in acronyms._use_pattern(acronym).finditer(text)]
    assert acronyms._uses(text, acronym) == plain


def test_every_space_of_the_patterns_is_a_space_to_python():
    # The cheap tests before the cue patterns (isspace, rstrip) rest on it.
    space = regex.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if space.match(c) and not c.isspace()] == []
