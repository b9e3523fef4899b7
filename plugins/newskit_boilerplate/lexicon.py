"""The boilerplate lexicon: phrases that open a clutter line ("Lire aussi", "Publié le"…).

The table lives in ``data/lexicon.tsv`` (one entry a line, each with examples that the
tests run). All entries are compiled into one alternation of named groups, so a line is
matched once whatever the size of the table.
"""

from __future__ import annotations

import bisect
import functools
from importlib import resources

import attrs
import regex

__all__ = ["LexiconEntry", "entries", "match_line"]

#: Decoration a clutter line may start with: bullets, arrows, pipes, dashes.
_LEAD = r"[\s>»›•·*|▶►→⇒–—-]*"


@attrs.frozen
class LexiconEntry:
    """One row of ``lexicon.tsv``."""

    key: str  #: the reason suffix: ``lexicon:<key>``
    max_words: int  #: a hit counts only on a line of at most this many words
    case_sensitive: bool
    no_period: bool  #: a hit does not count on a line that ends like a sentence
    anywhere: bool  #: the phrase may stand anywhere in the line, not only at its start
    triggers: tuple[str, ...]  #: an anywhere phrase is only searched in a line holding one
    reader: bool  #: a hit needs a line that addresses the reader ("vous", "your")
    tail: bool  #: a hit counts only below the last body paragraph (see classify)
    pattern: str
    examples: tuple[str, ...]


@functools.cache
def entries() -> tuple[LexiconEntry, ...]:
    """The lexicon table, read once."""
    rows = []
    text = resources.files(__package__).joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(
                f"lexicon.tsv line {number}: expected 5 tab-separated fields, got {len(fields)}"
            )
        key, max_words, flags, pattern, examples = fields
        flag_set = {flag.split("=")[0] for flag in flags.split(",")}
        triggers = next(
            (f.split("=", 1)[1] for f in flags.split(",") if f.startswith("anywhere=")), ""
        )
        rows.append(
            LexiconEntry(
                key=key,
                max_words=int(max_words),
                case_sensitive="cs" in flag_set,
                no_period="noperiod" in flag_set,
                anywhere="anywhere" in flag_set,
                triggers=tuple(t for t in triggers.split("|") if t),
                reader="reader" in flag_set,
                tail="tail" in flag_set,
                pattern=pattern,
                examples=tuple(e.strip() for e in examples.split(" || ")),
            )
        )
    return tuple(rows)


def _source(entry: LexiconEntry) -> str:
    # "Anywhere" phrases are searched in the lower-cased line: a case-insensitive search
    # is about twice as slow in the regex module, and none of them needs case.
    if entry.case_sensitive or entry.anywhere:
        return entry.pattern
    return f"(?i:{entry.pattern})"


#: Line lengths (in words) at which the set of entries that may still accept a line
#: shrinks: a line of 35 words is only matched against the entries allowing 35 words.
_LENGTH_STEPS = (8, 12, 16, 20, 25, 30, 40, 60)


def _length_floor(words: int) -> int:
    """The largest step below ``words``: every entry that may accept the line allows more."""
    at = bisect.bisect_left(_LENGTH_STEPS, words)
    return _LENGTH_STEPS[at - 1] if at else 0


def _compiled(floor: int = 0) -> regex.Pattern[str]:
    return _alternations()[floor]


@functools.cache
def _alternations() -> dict[int, regex.Pattern[str]]:
    """Every length step's alternation, compiled together on first use (not in the middle
    of a run, when the first long line comes)."""
    return {floor: _alternation(floor) for floor in (0, *_LENGTH_STEPS)}


def _alternation(floor: int) -> regex.Pattern[str]:
    """The start phrases that allow lines longer than ``floor`` words, as one alternation of
    named groups, matched after the leading decoration. The alternation is tried at the
    start of every line, and its cost grows with its size: long prose lines only meet the
    few entries that allow them. (The anywhere phrases are searched one by one behind
    their triggers: an alternation searched at every position costs ten times more.)"""
    parts = [
        f"(?P<e{index}>{_source(entry)})"
        for index, entry in enumerate(entries())
        if not entry.anywhere and entry.max_words > floor
    ]
    if not parts:
        return regex.compile(r"(?!)")
    return regex.compile(_LEAD + "(?:" + "|".join(parts) + ")", regex.VERSION0)


@functools.cache
def _anywhere_longer_than(
    floor: int,
) -> tuple[tuple[str, ...], tuple[tuple[int, LexiconEntry, frozenset[str]], ...]]:
    """The anywhere entries that allow lines longer than ``floor`` words, with the union of
    their triggers: a line is scanned once for all triggers, then only the entries whose
    trigger it holds are searched."""
    chosen = tuple((i, e, frozenset(e.triggers)) for i, e in _anywhere() if e.max_words > floor)
    triggers = tuple(sorted({t for _, _, own in chosen for t in own}))
    return triggers, chosen


@functools.cache
def _max_words(anywhere: bool) -> int:
    return max(e.max_words for e in entries() if e.anywhere == anywhere)


# A question mark is left out: "Qui sommes-nous ?" is a footer link, not a sentence.
_SENTENCE_END = (".", "!")


def _ends_sentence(line: str) -> bool:
    """A final full stop or "!", but not an ellipsis nor the dot of "6:15 p.m." in a stamp."""
    return line.endswith(_SENTENCE_END) and not line.lower().endswith(("...", "a.m.", "p.m."))


def match_line(line: str, words: int) -> LexiconEntry | None:
    """The entry whose phrase opens ``line`` (stripped), or stands in it for an ``anywhere``
    entry, if the entry's length and shape guards hold."""
    # A line longer than every entry allows is prose: no need to run the patterns.
    floor = _length_floor(words)
    if words <= _max_words(False):
        match = _compiled(floor).match(line)
        if match is not None:
            found = _first_accepting(int(match.lastgroup[1:]), line, words)
            if found is not None:
                return found
    if words <= _max_words(True):
        lowered = line.lower()
        triggers, chosen = _anywhere_longer_than(floor)
        present = {t for t in triggers if t in lowered}
        if not present:
            return None
        singles = _singles()
        for index, entry, own in chosen:
            if (
                words <= entry.max_words
                and not present.isdisjoint(own)
                and singles[index].search(lowered)
                and _accepts(entry, line, words)
            ):
                return entry
    return None


def _first_accepting(index: int, line: str, words: int) -> LexiconEntry | None:
    table = entries()
    if _accepts(table[index], line, words):
        return table[index]
    # The first entry that matched refused the line: a later one may still accept it
    # (one phrase can open a short label in one entry and a long notice in another).
    singles = _singles()
    for later in range(index + 1, len(table)):
        entry = table[later]
        if not entry.anywhere and singles[later].match(line) and _accepts(entry, line, words):
            return entry
    return None


@functools.cache
def _anywhere() -> tuple[tuple[int, LexiconEntry], ...]:
    return tuple((i, e) for i, e in enumerate(entries()) if e.anywhere)


def _accepts(entry: LexiconEntry, line: str, words: int) -> bool:
    if words > entry.max_words:
        return False
    if entry.no_period and _ends_sentence(line):
        return False
    if entry.reader and not _reader().search(line):
        return False
    # "Rejoignez-nous, a lancé le chef de l'opposition…": reported speech is article text.
    return not _speech().search(line)


@functools.cache
def _reader() -> regex.Pattern[str]:
    return regex.compile(r"(?i)\b(?:vous|vos|votre|you|your)\b")


@functools.cache
def _singles() -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(("" if e.anywhere else _LEAD) + _source(e)) for e in entries())


@functools.cache
def _speech() -> regex.Pattern[str]:
    # The attribution of a quotation: a call to action inside it is article text.
    verbs = (
        r"déclaré|lancé|dit|affirmé|ironisé|ajouté|expliqué|estimé|souligné|martelé|prévenu|"
        r"insisté|assuré|répété|averti|écrit|tweeté|appelé"
    )
    return regex.compile(
        rf"(?i)[,»]\s*(?:(?:a|avait|ont|avaient|aurait)\s+(?:{verbs})\b|"
        r"(?:ironisait|lançait|disait|affirmait|ajoutait|expliquait|écrivait|insistait|assurait|"
        r"a-t-(?:il|elle)|avait-(?:il|elle)|ont-(?:ils|elles)|dit-(?:il|elle)|estime-t-(?:il|elle)|"
        r"(?:lance|dit|explique|affirme|ajoute|estime|souligne|assure|déclare|raconte|ironise|"
        r"insiste|écrit|prévient|martèle)\s+(?:le|la|l'|l’|les|un|une|son|sa|ses|\p{Lu}))\b)"
    )
