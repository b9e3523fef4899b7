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

import functools
from collections import Counter

import regex

from newskit import Entity, EntityLabel, Mention
from newskit_entities.acronyms import find_definitions
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import fold

__all__ = ["link", "repeats"]


@functools.cache
def _letter_or_digit() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\p{N}]")


def _joins(char: str) -> bool:
    """True for a character a whole word cannot touch: a letter, a digit or a hyphen."""
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
    position = haystack.find(typographic)
    while position >= 0:
        end = position + len(name)
        if (
            not _joins(text[position - 1 : position] if position else "")
            and not _joins(text[end : end + 1])
            and all(text[position + i] == "'" for i in straight)
        ):
            found.append((position, end))
            position = haystack.find(typographic, end)
        else:
            position = haystack.find(typographic, position + 1)
    return found


def repeats(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name already found, and of a person's surname.

    The model may find "Justine Triet" and miss "Triet" at the start of a later sentence;
    the name, once known, is known everywhere in the article (case-sensitive, whole words).
    """
    names: dict[str, EntityLabel] = {}
    for candidate in candidates:
        surface = candidate.surface(text)
        if len(surface) > 2:
            names.setdefault(surface, candidate.label)
        words = surface.split()
        if candidate.label is EntityLabel.PER and len(words) > 1 and len(words[-1]) > 2:
            names.setdefault(words[-1], EntityLabel.PER)
    either_apostrophe = text.replace("'", "’")
    return [
        Candidate(start, end, label, "repeat")
        for name, label in names.items()
        for start, end in _whole_words(text, either_apostrophe, name)
    ]


def _key(text: str, candidate: Candidate) -> str:
    return " ".join(fold(candidate.surface(text)).split())


def _words(surface: str) -> list[str]:
    return surface.replace("-", " ").split()


class _Group:
    """The mentions gathered for one entity, while linking."""

    def __init__(self, founder: Candidate, key: str) -> None:
        self.founder = founder
        self.name = key
        self.words = key.split()
        self.members: list[Candidate] = [founder]

    @property
    def label(self) -> EntityLabel:
        if self.founder.label is not EntityLabel.MISC:
            return self.founder.label
        specific = Counter(m.label for m in self.members if m.label is not EntityLabel.MISC)
        return specific.most_common(1)[0][0] if specific else EntityLabel.MISC


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
    keyed = [(_key(text, c), c) for c in candidates]
    keyed.sort(key=lambda pair: (-len(_words(pair[0])), pair[1].start))
    for key, candidate in keyed:
        group = by_key.get((key, None if linking else candidate.label))
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
        by_key.setdefault((key, None if linking else candidate.label), group)
    entities = []
    for group in groups.all:
        label = group.label
        mentions = [Mention.of(text, m.start, m.end, label=label) for m in group.members]
        entities.append(Entity(name=group.name, label=label, mentions=mentions))
    return sorted(entities, key=lambda e: (e.start, e.name))
