"""The regular expressions of the finder, built once per language from the tables, on first use.

Speed comes from the scanning pattern: it starts with a word boundary and spells the
number words as a character trie (``d(?:eux|ix(?:aine)?)``), case-sensitively with the
capitalized variants listed, so that the regex engine rejects almost every position at
its first character. Everything else is matched anchored at a known offset.
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from newskit_numbers.tables import Tables, tables

__all__ = ["Patterns", "patterns", "trie_pattern"]

SPACE = "[ \u00a0\u202f]"
#: Roles of number words that can start a number on their own. "un"/"une" and "demi" are
#: not among them: the article "un" is not a number, and "demi-finale" is not a half.
_TRIGGER_ROLES = frozenset(
    {
        "unit",
        "ten",
        "hundred",
        "thousand",
        "scale",
        "quarter",
        "fraction",
        "collective",
        "multiplier",
        "ordinal",
    }
)
_NOT_TRIGGERS = frozenset({"un", "une", "demi", "demie"})


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie (longest alternatives first)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        optional = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(root)


def _alternation(phrases: list[str]) -> str:
    """Longest-first alternation of ``phrases``, as a trie: hundreds of currency and unit
    names cost a few character tests, not one attempt per name."""
    return trie_pattern(sorted({p for p in phrases if p}))


def _with_capitals(words: list[str]) -> list[str]:
    """Each word and its capitalized form (sentence starts): the scan is case-sensitive."""
    return sorted({w for word in words for w in (word, word[:1].upper() + word[1:])})


#: What may stand before a number word, the space aside: other whitespace (``\\s``),
#: opening quotes and brackets, dashes, apostrophes, slashes.
_OTHER_SEPARATORS = re.escape(
    "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ") + "(«\"'’-–—/["
)


#: Punctuation after a number: when none of the unit tables has a word starting with it,
#: :func:`.units.read_unit` knows at once that nothing follows the number.
_PUNCTUATION = frozenset(',;:.!?)]}»"”…\n\r\t')


def _locators(triggers: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two candidate passes: number words after a space; everything else.

    A space, by far the most common separator, is a literal prefix the engine finds at
    once. The second pass opens with one character set (digits, Roman capitals, the
    other separators) so that the engine skips through the text in its fast loop, then
    tells them apart by the character it stands on. One pattern for all is twice as
    slow: the engine would test the set at every space.
    """
    words = r"(?!)"
    if triggers:
        capitals = _with_capitals(triggers)
        firsts = re.escape("".join(sorted({w[0] for w in capitals})))
        words = rf"(?=[{firsts}])(?:{trie_pattern(capitals)})(?!\w)"
    after_space = re.compile(rf" (?P<w>{words})")
    # "[0-9][0-9]*", not "[0-9]+": only a pattern opening with a set gets the fast loop.
    # A Roman ordinal of one letter must be I, V or X ("Le", "Ce" are words).
    others = re.compile(
        rf"[0-9IVXLC{_OTHER_SEPARATORS}]"
        rf"(?:(?<=[0-9])[0-9]*"
        rf"|(?<=[IVXLC])(?:[IVXLC]+|(?<=[IVX]))(?:e|er|ème|ᵉ)(?![\w-])"
        rf"|(?<=[{_OTHER_SEPARATORS}])(?P<w>{words}))"
    )
    return after_space, others


@frozen
class Patterns:
    """Compiled patterns of one language."""

    scan: re.Pattern[str]  #: finds the start of every candidate number
    word_token: re.Pattern[str]  #: splits a run of number words into tokens
    ordinal_suffix: re.Pattern[str]  #: "er", "e", "ème" right after digits
    scale_after: re.Pattern[str]  #: "million", "milliards" after a number
    compact_scale: re.Pattern[str]  #: "M", "Md", "k" glued or spaced before a currency
    percent: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_before: re.Pattern[str]  #: a currency symbol ending just before the number
    currency_last_chars: frozenset[str]  #: last characters of those symbols: a cheap test first
    ends_a_number: frozenset[str]  #: punctuation no unit, currency or noun can start with
    unit_after: re.Pattern[str]
    noun_after: re.Pattern[str]
    de_noun: re.Pattern[str]  #: "de sécurité" after a counted noun
    range_join: re.Pattern[str]
    phone: re.Pattern[str]
    fraction: re.Pattern[str]  #: "3/4": a fraction when small and proper (dates have bigger parts)
    chained: re.Pattern[str]  #: 978-2-07-036822-8, 04/05/2022, 2.0.1: identifiers and dates
    time_after: re.Pattern[str]
    height: re.Pattern[str]  #: "m85", " m 85", " mètre 85" after the metres of a height
    score: re.Pattern[str]  #: "4,5/5", "16/20": a number out of a scale
    sur_before: re.Pattern[str]  #: "sur " ending just before a number (search it with endpos)
    one_before_sur: re.Pattern[str]  #: "un Français " ending just before "sur"
    month_after: re.Pattern[str]
    postcode_after: re.Pattern[str]
    approx_after: re.Pattern[str]
    roman: re.Pattern[str]
    word_locator: re.Pattern[str]  #: number words after a space (group ``w``)
    locator: re.Pattern[str]  #: digits, Roman ordinals, number words after other separators
    collective_scale: re.Pattern[str]  #: "de milliers" after "des dizaines"
    one_after: re.Pattern[str]  #: ", et un blessé" after a count: "un" counts too
    times_after: re.Pattern[str]  #: "fois plus": the number is a factor
    times_before: re.Pattern[str]  #: "multiplié par": the number is a factor


@functools.cache
def patterns(lang: str = "fr") -> Patterns:
    """The compiled patterns of ``lang`` (cached: compiled regexes are safe to share)."""
    t: Tables = tables(lang)
    decimal = re.escape(t.cldr.decimal)
    decimals = "".join(sorted({re.escape(t.cldr.decimal), ","}))
    groups = "".join(
        sorted(
            {re.escape(g) for g in (t.cldr.group, " ", "\u00a0", "\u202f", ".", "'", "’")}
            - {decimal}
        )
    )
    # A grouped number keeps one separator throughout ("1 000 000", "1.000.000"); after
    # it, a decimal comma, or a decimal point when the groups are not dots ("1’234.50").
    digits = (
        rf"(?P<digits>(?<![\w.,])\d{{1,3}}(?P<sep>[{groups}])\d{{3}}(?:(?P=sep)\d{{3}})*(?!\d)"
        rf"(?:[{decimals}]\d+|(?!(?P=sep))\.\d+)?"
        rf"|\d+(?:[{decimals}.]\d+)?)"
    )
    triggers = [
        w for w, e in t.words.items() if e.role in _TRIGGER_ROLES and w not in _NOT_TRIGGERS
    ] + list(t.context_ordinals)  # "seconde" starts a number, but never continues one
    continuations = list(t.words)
    sep = rf"(?:{SPACE}*-{SPACE}*|{SPACE}+)"
    words = (
        rf"(?P<words>(?:{trie_pattern(_with_capitals(triggers))})"
        rf"(?:{sep}(?:et{sep})?(?:{trie_pattern(continuations)}))*)(?![\w-])"
        if triggers
        else r"(?P<words>(?!))"  # a language without number words reads digits only
    )
    # One letter alone must be I, V or X: "Le" and "Ce" are words, "Ve" and "XXIe" ordinals.
    roman = r"(?P<roman>(?:[IVX]|[IVXLC]{2,})(?:e|er|ème|ᵉ)(?![\w-]))"
    first = "".join(sorted({w[0] for w in _with_capitals(triggers)} | set("0123456789IVXLC")))
    # The lookahead on first letters lets the engine leave most word starts at once.
    scan = re.compile(rf"\b(?=[{re.escape(first)}])(?:{digits}|{words}|{roman})")

    scale_words = [w for w, e in t.words.items() if e.role == "scale"] + [
        w for w in t.cldr.scales if len(w) > 2
    ]
    currency_names = list(t.currency_names)
    currency_symbols = list(t.currency_symbols)
    codes = sorted(t.cldr.codes)
    currency = (
        rf"(?P<symbol>{_alternation(currency_symbols)})"
        rf"|(?P<code>{_alternation(codes)})(?![\w])"
        # A name ends the word: "300 francs-tireurs" counts snipers, not money.
        rf"|(?i:(?P<name>{_alternation(currency_names)}))(?![\w]|-\w)"
    )
    # Names ("kilomètres") match in any case; symbols ("km", "G", "t") only as written.
    unit_names = [
        u for u in t.units if len(u) > 3 and ((u.isalpha() and u.islower()) or " " in u or "-" in u)
    ]
    unit_symbols = [u for u in t.units if u not in set(unit_names)]
    compact = [w for w in t.cldr.scales if len(w) <= 2] + ["Mds", "Mrd", "Mrds", "mds", "Md"]
    months = _alternation(sorted(t.cldr.months))
    word_locator, locator = _locators(triggers)
    return Patterns(
        scan=scan,
        word_token=re.compile(r"[^\s\u00a0\u202f-]+"),
        ordinal_suffix=re.compile(
            r"(?:ères|ère|ers|er|res|re|ièmes|ième|ieme|èmes|ème|eme|es|e|nde|nd|ᵉʳ|ʳᵉ|ᵉ)(?![\w])"
        ),
        scale_after=re.compile(
            rf"{SPACE}+(?P<scale>{_alternation(_with_capitals(scale_words))})(?![\w])"
        ),
        compact_scale=re.compile(
            rf"{SPACE}?(?P<scale>{_alternation(compact)})"
            rf"(?={SPACE}?(?:de{SPACE}+|d['’])?(?:{currency}))",
            re.I,
        ),
        percent=re.compile(
            rf"{SPACE}?(?:%|‰|pour[ \u00a0\u202f-]?cent(?![\w])|pourcent(?![\w])|p\.{SPACE}?100(?!\d))"
        ),
        currency_after=re.compile(rf"{SPACE}?(?P<de>(?:de{SPACE}+|d['’]){SPACE}*)?(?:{currency})"),
        currency_before=re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(currency_symbols + codes)}){SPACE}?\Z"
        ),
        currency_last_chars=frozenset(s[-1] for s in currency_symbols + codes if s),
        ends_a_number=_PUNCTUATION
        - {s[0] for s in (*currency_symbols, *currency_names, *t.units, *compact) if s},
        unit_after=re.compile(
            rf"{SPACE}?(?P<de>de{SPACE}+|d['’])?(?:(?P<unit>{_alternation(unit_symbols)})(?![\w²³/])"
            rf"|(?i:(?P<uname>{_alternation(unit_names)}))(?![\w]))"
        ),
        noun_after=re.compile(
            rf"{SPACE}+(?:(?P<de>de{SPACE}+|d['’]))?(?P<noun>[^\W\d_A-ZÀ-Ý][\w-]*)(?!['’])"
        ),
        de_noun=re.compile(
            rf"{SPACE}+(?:de{SPACE}+|d['’])(?P<noun>[^\W\d_A-ZÀ-Ý][\w-]*)(?![\w'’])"
        ),
        range_join=re.compile(
            rf"{SPACE}*(?:(?P<dash>[-–]){SPACE}*|{SPACE}(?P<word>à|et|au){SPACE}+)"
        ),
        phone=re.compile(
            r"(?:(?:\+|00)\d{2,3}[\s.\u00a0-]?(?:\(0\)[\s.\u00a0]?)?[1-9]|0[1-9])(?:[\s.\u00a0-]?\d{2}){4}(?!\d)"
        ),
        fraction=re.compile(r"(?P<num>\d)/(?P<den>10|[2-9])(?![\d/.-])"),
        chained=re.compile(r"\d+(?:(?P<c>[-./])\d+)(?:(?P=c)[\dXx]+)+|\d+/\d+|\d+\.\d+\.\d+"),
        height=re.compile(
            rf"(?:{SPACE}?m|{SPACE}?mètres?{SPACE}|{SPACE}m{SPACE})(?P<cm>\d\d)(?![\w,.]?\d|[^\W\d])"
            rf"(?!{SPACE}s(?!\w))"  # "2 m 30 s": minutes and seconds
        ),
        score=re.compile(r"(?P<num>\d{1,3}(?:[,.]\d{1,2})?)/(?P<den>100|20|10|5)(?![\d/]|[.,-]\d)"),
        sur_before=re.compile(rf"(?<![\w])sur{SPACE}+\Z"),
        one_before_sur=re.compile(
            rf"(?<![\w])(?P<one>[Uu]ne?)(?:{SPACE}+(?P<noun>[^\W\d_][\w-]*))?{SPACE}+\Z"
        ),
        time_after=re.compile(rf"{SPACE}?(?:[hH](?:{SPACE}?\d{{2}})?(?![\w])|:\d{{2}})"),
        month_after=re.compile(
            rf"(?:{SPACE}+(?:et|au|à|ou|-|–){SPACE}+(?:1er|\d{{1,2}}))?{SPACE}+(?i:{months})(?![\w])"
        ),
        postcode_after=re.compile(rf"{SPACE}+[A-ZÉÈ][\w-]+"),
        approx_after=re.compile(rf"{SPACE}+environ(?![\w])"),
        roman=re.compile(r"[IVXLC]+"),
        word_locator=word_locator,
        locator=locator,
        one_after=re.compile(
            rf"{SPACE}*(?:,{SPACE}*)?(?:et|ou){SPACE}+(?P<one>une?){SPACE}+(?P<noun>[^\W\d_A-ZÀ-Ý][\w-]*)(?![\w'’])"
        ),
        times_after=re.compile(
            rf"{SPACE}+(?P<fois>fois){SPACE}+(?:plus|moins|supérieure?s?|inférieure?s?)(?![\w])"
        ),
        times_before=re.compile(rf"(?<![\w])(?i:multipliée?s?|divisée?s?){SPACE}+par{SPACE}+\Z"),
        collective_scale=re.compile(
            rf"{SPACE}+(?:de{SPACE}+|d['’])(?P<scale>milliers|millions|milliards)(?![\w])"
        ),
    )
