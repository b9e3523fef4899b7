"""Within-document linking: the mentions of one entity, under one canonical name.

- identical surfaces are one entity;
- an acronym defined in parentheses is its expansion ("OTSC" -> "Organisation du traité de
  sécurité collective");
- a surname is the full name it ends ("Tokayev" -> "Kassym-Zhomart Tokayev") when one
  person only has that surname;
- an organisation's short form is the long form it opens, when a complement follows it
  ("Conseil de sécurité" -> "Conseil de sécurité de l’ONU", not "Conseil de sécurité
  collective").
"""

from __future__ import annotations

import bisect
import functools
import operator

import regex

from newskit import Entity, EntityLabel, Mention
from newskit_entities.acronyms import find_definitions
from newskit_entities.candidates import Candidate, is_resolved
from newskit_entities.lexicon import fold

__all__ = ["link", "repeats"]

_BY_WORDS_THEN_START = operator.itemgetter(0, 1)


@functools.cache
def _letter_or_digit() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\p{N}]")


@functools.lru_cache(maxsize=4096)
def _joins(char: str) -> bool:
    """True for a character a whole word cannot touch: a letter, a digit or a hyphen.

    Cached: called at both ends of every occurrence of every name, on few distinct characters.
    """
    if char.isalnum() or char == "-":
        return True
    # Python's Unicode tables may be older than the regex module's: ask it for the rest.
    return bool(char) and not char.isascii() and _letter_or_digit().match(char) is not None


def _whole_words(text: str, either_apostrophe: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands as whole words in ``text``; its ’ also matches a straight '.

    ``either_apostrophe`` is ``text`` with every ' written ’ (same offsets). A plain string
    search, left to right and without overlaps: linear in the text whatever the name.
    """
    typographic = name.replace("'", "’")
    haystack = text if typographic == name and "’" not in name else either_apostrophe
    straight = [i for i, char in enumerate(name) if char == "'"] if "'" in name else ()
    found = []
    length, size, find = len(name), len(text), haystack.find
    position = find(typographic)
    while position >= 0:
        end = position + length
        if (
            (not position or not _joins(text[position - 1]))
            and (end == size or not _joins(text[end]))
            and (not straight or all(text[position + i] == "'" for i in straight))
        ):
            found.append((position, end))
            position = find(typographic, end)
        else:
            position = find(typographic, position + 1)
    return found


def _repeated_names(text: str, candidates: list[Candidate]) -> dict[str, EntityLabel]:
    """The names to look for again, each with the label of its first finding."""
    names: dict[str, EntityLabel] = {}
    per = EntityLabel.PER
    for candidate in candidates:
        surface = text[candidate.start : candidate.end]
        if len(surface) > 2:
            names.setdefault(surface, candidate.label)
        if candidate.label is per:
            words = surface.split()
            if len(words) > 1 and len(words[-1]) > 2:
                names.setdefault(words[-1], per)
    return names


def repeats(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name already found, and of a person's surname.

    The model may find "Justine Triet" and miss "Triet" at the start of a later sentence;
    the name, once known, is known everywhere in the article (case-sensitive, whole words).

    Left out are the occurrences that ``resolve(candidates + repeats(...))`` would drop
    anyway, most occurrences of a name being the finder's own mentions of it: one that is
    the very span of a candidate not itself a repeat (that candidate ranks before any
    repeat, so it is kept or lost to a span that covers the occurrence too), and, when the
    candidates are resolved already, one that overlaps such a candidate (which is then
    kept whatever repeat is added).
    """
    found = {(c.start, c.end) for c in candidates if c.source != "repeat"}
    taken = _taken(candidates)
    either_apostrophe = text.replace("'", "’") if "'" in text else text
    make = Candidate._make
    return [
        make((start, end, label, "repeat"))
        for name, label in _repeated_names(text, candidates).items()
        for start, end in _whole_words(text, either_apostrophe, name)
        if (start, end) not in found and not (taken and _overlaps(taken, start, end))
    ]


def _taken(candidates: list[Candidate]) -> tuple[list[int], list[int]] | None:
    """The starts and ends of the candidates that are not repeats, when all the candidates
    are in text order and apart (as ``resolve`` leaves them), else None."""
    if not is_resolved(candidates):
        return None
    kept = [c for c in candidates if c.source != "repeat"]
    return [c.start for c in kept], [c.end for c in kept]


def _overlaps(taken: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` shares a character with one of the ``taken`` ranges
    (sorted and apart: only the neighbours of ``start`` can)."""
    starts, ends = taken
    index = bisect.bisect_right(starts, start)
    return (index > 0 and ends[index - 1] > start) or (index < len(starts) and starts[index] < end)


def _key(text: str, candidate: Candidate) -> str:
    return _surface_key(candidate.surface(text))


def _surface_key(surface: str) -> str:
    """What mentions of one name share: the folded surface, its spaces made single."""
    return " ".join(fold(surface).split())


def _words(surface: str) -> list[str]:
    return surface.replace("-", " ").split()


def _longest_first(text: str, candidates: list[Candidate]) -> list[tuple[str, Candidate]]:
    """Each candidate with its key, most words first, then in text order.

    A name comes back many times in an article: its key and word count are made once.
    """
    # surface -> (key, -number of words of the key)
    seen: dict[str, tuple[str, int]] = {}
    decorated = []
    for candidate in candidates:
        start = candidate.start
        surface = text[start : candidate.end]
        known = seen.get(surface)
        if known is None:
            key = _surface_key(surface)
            known = seen[surface] = (key, -len(_words(key)))
        decorated.append((known[1], start, known[0], candidate))
    # Stable on (words, start) alone, as a sort by that key is: ties keep the input order.
    decorated.sort(key=_BY_WORDS_THEN_START)
    return [(key, candidate) for _, _, key, candidate in decorated]


class _Group:
    """The mentions gathered for one entity, while linking."""

    __slots__ = ("founder", "members", "name", "words")

    def __init__(self, founder: Candidate, key: str) -> None:
        self.founder = founder
        self.name = key
        self.words = key.split()
        self.members: list[Candidate] = [founder]

    @property
    def label(self) -> EntityLabel:
        """The founder's label, or else the most frequent specific label of the members."""
        if self.founder.label is not EntityLabel.MISC:
            return self.founder.label
        return _most_common_specific(self.members)


def _most_common_specific(members: list[Candidate]) -> EntityLabel:
    """The most frequent label but MISC (the first seen of equals, as ``Counter.most_common``
    gives), else MISC."""
    counts: dict[EntityLabel, int] = {}
    for member in members:
        if member.label is not EntityLabel.MISC:
            counts[member.label] = counts.get(member.label, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else EntityLabel.MISC


class _Groups:
    """The groups made so far, found by the first and the last word of their name.

    A surname or a short form is compared with the groups whose name ends or starts with
    the same word only, not with every group of the text.
    """

    def __init__(self) -> None:
        self.all: list[_Group] = []
        self.by_first: dict[str, list[_Group]] = {}
        self.by_last: dict[str, list[_Group]] = {}

    def add(self, group: _Group) -> None:
        self.all.append(group)
        if group.words:
            self.by_first.setdefault(group.words[0], []).append(group)
            self.by_last.setdefault(group.words[-1], []).append(group)

    def surname_of(self, key: str, candidate: Candidate) -> _Group | None:
        """The one person whose full name ends with these words, if exactly one does."""
        if candidate.label not in {EntityLabel.PER, EntityLabel.MISC}:
            return None
        words = key.split()
        if not words:
            return None
        matches = [
            g
            for g in self.by_last.get(words[-1], ())
            if g.label is EntityLabel.PER
            and len(g.words) > len(words)
            and g.words[-len(words) :] == words
        ]
        return matches[0] if len(matches) == 1 else None

    def short_form_of(self, key: str, candidate: Candidate) -> _Group | None:
        """The one organisation whose name this opens, a complement following, if exactly one."""
        if candidate.label is not EntityLabel.ORG or not key:
            return None
        openings = tuple(f"{key} {p}" for p in ("de ", "du ", "des ", "d’"))
        matches = [
            g
            for g in self.by_first.get(key.split()[0], ())
            if g.label is EntityLabel.ORG and g.name.startswith(openings)
        ]
        return matches[0] if len(matches) == 1 else None


def link(text: str, candidates: list[Candidate], rules: frozenset[str]) -> list[Entity]:
    """Group the candidates into entities; ``rules`` without ``"linking"`` groups identical surfaces only."""
    linking = "linking" in rules
    expansions: dict[str, str] = {}
    if linking and "acronyms" in rules:
        for definition in find_definitions(text, candidates):
            expansions[definition.acronym] = _key(text, definition.expansion)
    groups = _Groups()
    by_key: dict[tuple[str, EntityLabel | None], _Group] = {}
    for key, candidate in _longest_first(text, candidates):
        identity = (key, None if linking else candidate.label)
        group = by_key.get(identity)
        if group is None and linking:
            target = expansions.get(key)
            group = by_key.get((target, None)) if target else None
            group = (
                group or groups.surname_of(key, candidate) or groups.short_form_of(key, candidate)
            )
        if group is None:
            group = _Group(candidate, key)
            groups.add(group)
        else:
            group.members.append(candidate)
        by_key.setdefault(identity, group)
    entities = []
    for group in groups.all:
        label = group.label
        # Made straight rather than by Mention.of, whose check of bounds is one call more
        # a mention: offsets outside the text still fail, the slice being then shorter
        # than they say (the span's own check).
        mentions = [
            Mention(start=m.start, end=m.end, text=text[m.start : m.end], label=label)
            for m in group.members
        ]
        entities.append(Entity(name=group.name, label=label, mentions=mentions))
    return sorted(entities, key=lambda e: (e.start, e.name))
