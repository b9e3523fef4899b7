"""The regular expressions of the claims plugin, built from the lexicon on first use."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from newskit_claims import lexicon

__all__ = [
    "NAME",
    "NAME_RUN",
    "CueMatch",
    "adjunct_then_que",
    "coordinated_verb",
    "cue_matches",
    "cue_scan",
    "from_source",
    "gerund_cue",
    "infinitive_start",
    "leading_adjunct",
    "learned_cue",
    "np_stop",
    "object_verb_cue",
    "preposition_cue",
    "que_after",
    "reflexive_cue",
    "reflexive_verb_cue",
    "subject_cut",
    "subject_cut_end",
    "verb_cue",
    "verb_cues",
    "word_trie",
]

_APOS = "['’]"
#: One word of a proper name: capitalized, or with an Arabic article ("al-Khelaïfi").
NAME = r"(?:(?:al|el|ben|bin|abou|abu|ibn)-)?[A-ZÀ-ÖØ-Þ][\w’'-]+"
#: A proper name of up to four words, particles allowed inside ("Charles de Gaulle").
NAME_RUN = rf"{NAME}(?:\s+(?:(?:de|du|des|von|van|der|den|di|da|bin|ben|ibn)\s+)?{NAME}){{0,3}}"
#: Not preceded by a letter, an apostrophe or a hyphen: the start of a word.
_WORD_START = r"(?<![\w'’-])"


def _phrase(words: str) -> str:
    """A lexicon phrase as a pattern: any apostrophe, any run of spaces."""
    return r"\s+".join(re.escape(w).replace("'", _APOS) for w in words.split())


def _alternation(phrases: tuple[str, ...] | list[str], space: str = r"\s+") -> str:
    """The phrases as one alternation, factored into a trie: ``re`` tries alternatives one by
    one at every position, so shared prefixes ("déclar|dément|démenti…") are tested once.
    A space of a phrase stands for ``space``, any run of spaces unless told otherwise."""
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, space)


def word_trie(words: tuple[str, ...] | list[str]) -> str:
    """Words as an alternation factored into a trie, their spaces kept as they are.

    A case-blind alternation is slow in ``re``: it gives no alternative a quick look at the
    first character, and enters each one in turn. A trie tests each first letter once. At
    a given position the words that fit are prefixes of one another, and the trie tries the
    longest first: the same as an alternation sorted longest first.
    """
    return _alternation(words, space=" ")


def _trie_pattern(node: dict[str, dict], space: str) -> str:
    ends = "" in node
    branches = []
    for char in sorted(c for c in node if c):
        if char == " ":
            head = space
        elif char == "'":
            head = _APOS
        else:
            head = re.escape(char)
        branches.append(head + _trie_pattern(node[char], space))
    if not branches:
        return ""
    # Every longer continuation is tried before the phrase that ends here (greedy).
    if ends:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class _Cue(NamedTuple):
    """A kind of cue: its pattern without the word-start lookbehind, and the words it can
    open with (its first run of letters: "a" for "a-t-il déclaré", "s" for "s'est dit"),
    or the phrases, for a cue whose first word is common ("de" of "de l'avis de")."""

    first_words: frozenset[str]
    body: str


#: The auxiliaries of a cue in the compound past ("a déclaré", "avaient affirmé").
_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront")


def _first_run(phrase: str) -> str:
    """The first word of a phrase, up to a space, an apostrophe or a hyphen."""
    return re.match(r"\w+", phrase).group()  # type: ignore[union-attr]


def _compile(cue: _Cue) -> re.Pattern[str]:
    """A cue pattern guarded by its first words.

    The lookahead rules out a word start in a few character comparisons when it opens
    no cue; without it ``re`` walks into every alternative of the cue at each word of
    the text. It only states what the cue needs anyway, so the matches are the same.
    """
    guard = rf"(?=(?:{_alternation(sorted(cue.first_words))})(?!\w))"
    return re.compile(f"{_WORD_START}{guard}{cue.body}")


@functools.cache
def verb_cue() -> re.Pattern[str]:
    """A speech verb: "a déclaré", "a-t-il ajouté", "estime", "dit-il", "avait également noté"."""
    return _compile(_verb(lexicon.CUE_VERBS))


@functools.cache
def object_verb_cue() -> re.Pattern[str]:
    """A speech verb whose object is the content: "a fait état (de trois morts)"."""
    return _compile(_verb(lexicon.OBJECT_CUE_VERBS))


def _verb(verbs: tuple[lexicon.CueVerb, ...]) -> _Cue:
    participles = _alternation([v.participle for v in verbs])
    forms = [f for v in verbs for f in (v.present, v.plural, v.imperfect)]
    simple = _alternation(forms)
    adverbs = rf"(?:\s+(?:{_alternation(lexicon.VERB_ADVERBS)}))*"
    aux = f"(?:{'|'.join(_AUXILIARIES)})"
    aux_inverted = (
        r"(?:a-t-(?:il|elle|on)|ont-(?:ils|elles)|avai(?:t|ent)-(?:il|elle|on|ils|elles)"
        r"|aurai(?:t|ent)-(?:il|elle|on|ils|elles))"
    )
    inverted_pronoun = r"(?:-(?:t-)?(?:il|elle|on|ils|elles))"
    return _Cue(
        frozenset(_AUXILIARIES) | {_first_run(f) for f in forms},
        rf"(?:(?:{aux}|{aux_inverted}){adverbs}\s+(?:{participles})"
        rf"|(?:{simple}){inverted_pronoun}?)(?![\w-])",
        # Case-sensitive: IGNORECASE doubles the cost of a scan, and a speech verb
        # is never capitalized where it is a cue (after its subject or its content).
    )


@functools.cache
def reflexive_verb_cue() -> re.Pattern[str]:
    """A reflexive speech verb: "s'inquiète-t-il", "s'est indigné", "se félicitent"."""
    return _compile(_reflexive_verb())


def _reflexive_verb() -> _Cue:
    verbs = lexicon.REFLEXIVE_VERBS
    participles = _alternation([v.participle for v in verbs])
    simple = _alternation([f for v in verbs for f in (v.present, v.plural, v.imperfect)])
    return _Cue(
        frozenset({"s", "se"}),
        rf"(?:s{_APOS}|se\s+)(?:(?:est|sont|était|étaient)(?:-(?:il|elle|on|ils|elles))?\s+"
        rf"(?:{participles})(?:e|s|es)?|(?:{simple})(?:-(?:t-)?(?:il|elle|on|ils|elles))?)(?![\w-])",
    )


@functools.cache
def reflexive_cue() -> re.Pattern[str]:
    """A reflexive speech cue: "s'est dit", "se dit", "s'est déclaré"."""
    return _compile(_reflexive())


def _reflexive() -> _Cue:
    return _Cue(
        frozenset(_first_run(c) for c in lexicon.REFLEXIVE_CUES),
        rf"(?:{_alternation(lexicon.REFLEXIVE_CUES)})(?![\w-])",
    )


@functools.cache
def preposition_cue() -> re.Pattern[str]:
    """A cue before its source: "selon", "d'après", "pour", "aux yeux de"…

    A trailing "de" takes its contracted forms ("aux yeux du ministre"): the cue ends
    before the source's first word.
    """
    return _compile(_preposition())


def _preposition() -> _Cue:
    # Case-sensitive for speed, with the capitalized form that opens a sentence.
    cues = [c for cue in lexicon.PREPOSITIONAL_CUES for c in (cue, cue[0].upper() + cue[1:])]
    plain = _alternation([c for c in cues if not c.endswith(" de")])
    contracted = _alternation([c[:-3] for c in cues if c.endswith(" de")])
    # The guard takes each phrase up to its "de": "de", "d'" and "à" open a word in ten of
    # a French text, and a guard of first words let each one into the whole scan.
    return _Cue(
        frozenset(c.removesuffix(" de") for c in cues),
        rf"(?:{plain}|(?:{contracted})\s+(?:d(?:e|u|es)(?=\s)|d{_APOS}))(?![\w-])",
    )


@functools.cache
def gerund_cue() -> re.Pattern[str]:
    """A speech verb as a gerund or a participle: "en affirmant", "tout en reconnaissant",
    ", estimant que"."""
    return _compile(_gerund())


def _gerund() -> _Cue:
    forms = [v.imperfect.replace("ait", "ant", 1) for v in lexicon.CUE_VERBS]
    return _Cue(
        frozenset({"tout en", "en"} | {_first_run(f) for f in forms}),
        rf"(?:(?:tout\s+)?en\s+)?(?:{_alternation(forms)})(?![\w-])",
    )


@functools.cache
def learned_cue() -> re.Pattern[str]:
    """ "…, a-t-on appris auprès du HCR": news learned from a source named after "auprès de"."""
    return _compile(_learned())


def _learned() -> _Cue:
    return _Cue(
        frozenset({"a", "apprend", "avons"}),
        r"(?:a-t-on\s+appris|apprend-on|avons-nous\s+appris)(?![\w-])",
    )


@functools.cache
def from_source() -> re.Pattern[str]:
    """What introduces the source of learned news: "auprès du", "de source"."""
    return re.compile(
        rf"[^,.;:«»]{{0,40}}?\s(?:auprès\s+d(?:e|u|es)(?=\s)|auprès\s+d{_APOS}|de\s+source)"
    )


def _cue_kinds() -> dict[str, _Cue]:
    """The kinds of cue by group name, the more specific first ("s'est dit" before "dit")."""
    return {
        "learned": _learned(),
        "gerund": _gerund(),
        "reflexive": _reflexive(),
        "reflexive_verb": _reflexive_verb(),
        "object": _verb(lexicon.OBJECT_CUE_VERBS),
        "verb": _verb(lexicon.CUE_VERBS),
        "preposition": _preposition(),
    }


@functools.cache
def cue_scan() -> re.Pattern[str]:
    """Every kind of cue in one pattern, so that a text is scanned once: the group that
    matched (``learned``, ``gerund``, ``reflexive``, ``reflexive_verb``, ``object``,
    ``verb``, ``preposition``) says which; the more specific kinds come first."""
    kinds = _cue_kinds()
    first_words = frozenset().union(*(cue.first_words for cue in kinds.values()))
    bodies = "|".join(f"(?P<{name}>{cue.body})" for name, cue in kinds.items())
    return _compile(_Cue(first_words, f"(?:{bodies})"))


#: Characters that are always part of a word (all match ``[\w'’-]``): no cue starts right
#: after one. Latin-1 letters are ``\xc0-\xff`` without × and ÷.
_INSIDE_WORD = r"a-zA-Z0-9\xc0-\xd6\xd8-\xf6\xf8-\xff'’-"


@functools.cache
def cue_after_separator() -> re.Pattern[str]:
    """:func:`cue_scan` after the character before the cue, which opens the pattern.

    ``re`` tries a pattern that opens with a lookbehind at every position of the text;
    one that opens with a character class it skips to the next character of the class
    with a bitmap test in C. The class holds every character but those surely inside a
    word, so it misses no word start; the scan's own lookbehind, now placed after that
    character, still checks it.
    """
    return re.compile(f"[^{_INSIDE_WORD}]{cue_scan().pattern}")


class CueMatch:
    """A cue of :func:`cue_matches` or :func:`verb_cues`: what a match of the scan tells of
    it (its span, its words, its kind in ``lastgroup``), read from the group of the match
    that took the character before it, so that no cue is matched twice."""

    __slots__ = ("_end", "_start", "_words", "lastgroup")

    def __init__(self, found: re.Match[str]) -> None:
        kind = found.lastgroup
        self.lastgroup = kind
        self._start, self._end = found.span(kind or 0)
        self._words = found.group(kind or 0)

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._words


def cue_matches(text: str) -> Iterator[CueMatch]:
    """The matches of :func:`cue_scan` in ``text``, as its ``finditer`` gives them (in half
    the time): each cue is found by :func:`cue_after_separator` from the character before
    it, and the group of its kind is the scan's own match."""
    return _word_start_matches(cue_scan(), cue_after_separator(), text, 0, len(text))


def verb_cues(text: str, pos: int, endpos: int) -> Iterator[CueMatch]:
    """The matches of :func:`verb_cue` in ``text[pos:endpos]``, as its ``finditer`` gives
    them, found from the character before each (see :func:`cue_after_separator`)."""
    return _word_start_matches(verb_cue(), _verb_after_separator(), text, pos, endpos)


@functools.cache
def _verb_after_separator() -> re.Pattern[str]:
    # The group gives the verb without the character before it.
    return re.compile(f"[^{_INSIDE_WORD}](?P<verb>{verb_cue().pattern})")


def _word_start_matches(
    scan: re.Pattern[str], after_separator: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[CueMatch]:
    """``scan.finditer(text, pos, endpos)`` for a pattern that starts at a word start, found
    with ``after_separator``, the same pattern opened by the character before it."""
    start = pos - 1  # the character before a match at ``pos``
    if pos == 0:  # at the start of the text no character stands before a match
        first = scan.match(text, 0, endpos)
        start = 0
        if first is not None:
            yield CueMatch(first)
            start = first.end() - 1
    # Matches do not overlap: the next one starts at the end of the last or later, so the
    # character before it stands at that end minus one or later.
    while (found := after_separator.search(text, start, endpos)) is not None:
        match = CueMatch(found)
        yield match
        start = match.end() - 1


@functools.cache
def adjunct_then_que() -> re.Pattern[str]:
    """After a cue: an optional short adjunct ("mardi", "à la presse", ", lors d'un point presse,")
    then the complementizer ``que``/``qu'``. Group ``que`` is the complementizer."""
    starts = _alternation(lexicon.ADJUNCT_STARTS)
    adverbs = rf"(?:\s+(?:{_alternation(lexicon.VERB_ADVERBS)}))*"
    return re.compile(
        rf"{adverbs}(?:\s*,[^,.;:«»\n]{{1,80}},|\s+(?:{starts})(?:\s+[^\s,.;:«»]+){{0,8}}?)?"
        rf"\s+(?P<que>que(?=\s)|qu{_APOS})",
        re.IGNORECASE,
    )


def que_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """``adjunct_then_que().match(text, start, end)``, tried only where ``text[start:end]``
    holds "qu" in some case: its ``que`` needs one, and "q", "u" have no case forms but
    their two. The rest of a sentence after an inverted cue ("…, a déclaré le ministère")
    holds none, and the pattern would try every adjunct length before it gives up."""
    if "qu" not in text[start:end].lower():
        return None
    return adjunct_then_que().match(text, start, end)


@functools.cache
def infinitive_start() -> re.Pattern[str]:
    """After a cue: an infinitive that makes its complement speech ("a affirmé avoir…")."""
    return re.compile(
        rf"\s+(?P<inf>(?:{_alternation(lexicon.INFINITIVE_CONTENT)}))(?![\w-])", re.IGNORECASE
    )


@functools.cache
def leading_adjunct() -> re.Pattern[str]:
    """Between an inverted cue and its source: "à l'AFP", "mardi soir", "lors d'un point presse"."""
    days = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui"
    return re.compile(
        rf"(?:\s+(?:(?:à|au|aux)\s+(?:l{_APOS}|la\s+|le\s+|les\s+)?[\w-]+"
        rf"|(?:{days})(?:\s+(?:soir|matin|midi|après-midi))?"
        rf"|(?:lors\s+d{_APOS}une?|dans\s+une?|devant\s+(?:la|le|les|des))\s+[\w-]+(?:\s+de\s+presse)?))*",
        re.IGNORECASE,
    )


@functools.cache
def np_stop() -> re.Pattern[str]:
    """Where a source noun phrase after a cue ends: punctuation, or a word opening an adjunct."""
    words = (
        "lors|dans|sur|devant|pendant|durant|au cours|en marge|en conférence|en visite|à|au|aux|"
        "cité|citée|cités|citées|interrogé|interrogée|interrogés|joint|jointe|hier|lundi|mardi|"
        "mercredi|jeudi|vendredi|samedi|dimanche|qui|dont|avec|selon|depuis|ce matin|ce soir|"
        "cette semaine|et a|et ont|mais|publié|publiée|publiés|paru|parue|diffusé|diffusée|rendu|rendue"
    )
    # As a trie, each word's first letter is tested once per space (``re`` gives no
    # alternative of a case-blind alternation a quick look); the stop it finds starts at
    # the same space, and where two words fit, the longer wins, as in the list above.
    words = word_trie(words.split("|"))
    # A period after "M", "Mme", "Dr"… abbreviates a title ("M. Dupont"): not an end.
    period = r"(?<=\.)(?<!\b[A-Z]\.)(?<!\bMM\.)(?<!\bMme\.)(?<!\bMgr\.)(?<!\bDr\.)(?<!\bPr\.)"
    # Every stop opens with a mark or a space: the pattern takes that character first, so
    # that ``re`` skips the words between in C, then says which stop it opened.
    return re.compile(
        rf"[,;:()«»“”\"\n.!?…\s](?:(?<=[,;:()«»“”\"\n])|(?:{period}|(?<=[!?…]))(?:\s|$)"
        rf"|(?<=\s)(?:{words})(?![\w-]))",
        re.IGNORECASE,
    )


#: The characters other than its two cases that ``re`` takes for an ASCII letter when it
#: ignores case (checked against ``re`` on every character by the tests).
_OTHER_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _case_forms(letters: str) -> str:
    """Every character that ``re`` ignoring case takes for one of the ASCII ``letters``."""
    forms = {f for c in letters for f in (c.lower(), c.upper(), *_OTHER_CASES.get(c.lower(), ""))}
    return "".join(sorted(forms))


def _words_from_first_letter(words: tuple[str, ...]) -> str:
    """Words at a word start, ignoring case, once their first letter has been taken: that
    letter opens the pattern as a character class (``re`` skips to the next one in C, where
    a lookbehind first costs a match attempt at every position of the text). The
    alternatives keep their order: the same one wins where two could."""
    rests = "|".join(
        f"(?<={re.escape(w[0])}){re.escape(w[1:]).replace(chr(39), _APOS)}" for w in words
    )
    return rf"(?<![\w'’-].)(?i:{rests})"


_CLAUSE_OPENERS = (
    "mais",
    "car",
    "puis",
    "lorsque",
    "lorsqu'",
    "quand",
    "puisque",
    "que",
    "qu'",
    "si",
)


@functools.cache
def subject_cut() -> re.Pattern[str]:
    r"""Marks after which a subject cannot begin earlier: clause openers and quote marks.

    The same as ``[;:«»“”]|\s[—–]\s|(?<![\w'’-])(?:mais|car|…|si)(?![\w-])`` ignoring case:
    it opens with the class of all their first characters, then says which one it took.
    """
    first = _case_forms("".join(w[0] for w in _CLAUSE_OPENERS))
    return re.compile(
        rf"[;:«»“”\s{first}](?:(?<=[;:«»“”])|(?<=\s)[—–]\s"
        rf"|{_words_from_first_letter(_CLAUSE_OPENERS)}(?![\w-]))"
    )


def subject_cut_end(text: str, start: int, end: int) -> int:
    """Where the last match of :func:`subject_cut` in ``text[start:end]`` ends (``start``
    when there is none): where a subject may begin at the earliest.

    Found from the character before each clause opener, as the cues are (see
    :func:`cue_after_separator`); an opener right after a mark or a dash belongs to the
    mark's match, whose end is then the opener's, as in a scan that took both in turn.
    """
    cut, last = _subject_cut_after_separator(), start
    if start == 0:
        opener = _clause_opener().match(text, 0, end)  # no character before it to take
        position = last = opener.end() if opener is not None else 0
    else:
        found = cut.search(text, start - 1, end)  # from the character before ``start``
        if found is None:
            return start
        # A dash at ``start`` is no match: the space before it is outside the range.
        outside = found.start() < start and found["dash"] and found["dash_tail"] is None
        position = last = start if outside else found.end()
    while (found := cut.search(text, position, end)) is not None:
        position = last = found.end()
    return last


@functools.cache
def _clause_opener() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace("'", _APOS) for w in _CLAUSE_OPENERS)
    return re.compile(rf"(?i:{words})(?![\w-])")


@functools.cache
def _subject_cut_after_separator() -> re.Pattern[str]:
    opener = _clause_opener().pattern
    # Each word is tried only after its first letter (in any of its case forms) is seen:
    # ``re`` gives the alternatives of a case-blind alternation no quick look of its own.
    first = _case_forms("".join(w[0] for w in _CLAUSE_OPENERS))
    return re.compile(
        rf"[^{_INSIDE_WORD}](?:(?<=[;:«»“”])(?P<mark_tail>{opener})?"
        rf"|(?<=\s)(?P<dash>[—–])\s(?P<dash_tail>{opener})?|(?<![\w'’-])(?=[{first}]){opener})"
    )


@functools.cache
def coordinated_verb() -> re.Pattern[str]:
    r"""A finite verb in the compound past ("a décrit", "ont limogé"): the first of coordinated verbs.

    The same as ``(?<![\w'’-])(?:a|ont|avait|avaient)\s+…`` ignoring case, opened by the
    class of the auxiliaries' first letters (see :func:`subject_cut`).
    """
    auxiliaries = ("a", "ont", "avait", "avaient")
    return re.compile(
        rf"[{_case_forms('ao')}]{_words_from_first_letter(auxiliaries)}"
        r"(?i:\s+(?:\w+\s+)?\w+(?:é|i|u|is|it|ert|t)s?)(?![\w-])"
    )
