"""Link a claim's source words to an entity: one of the entities stage, or one built here.

The entities stage may be absent or incomplete, so the linker works in three steps:
an entity mention inside the source words (the longest wins); else an antecedent for a
pronoun or a bare definite description ("le ministère", "le Président"), flagged as
unresolved when none is safe; else an entity built from the source words themselves, so
that a claim with a named source always has one.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator

import attrs

from newskit import Entity, EntityLabel, Mention
from newskit_claims import lexicon, patterns, sources
from newskit_claims.segment import paragraph_starts

__all__ = ["Linker", "SourceRef"]

#: A source: an entity of the entities stage, or the key of an entity built by the linker.
SourceRef = Entity | tuple[str, EntityLabel]

_NAME_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"


@functools.cache
def _name_after_role() -> re.Pattern[str]:
    # A role word, up to three lower-case words or a "du X" complement, then a proper name.
    return re.compile(
        rf"(?:\s+(?:[a-zéèêëàâîïôûç’'-]+|[A-ZÀ-ÖØ-Þ]{{2,}})){{0,4}}?\s+(?P<name>{_NAME_TOKEN}(?:[ \-]{_NAME_TOKEN}){{0,3}})"
    )


@functools.cache
def _org_complement() -> re.Pattern[str]:
    # "ministère (biélorusse) de la Défense (nationale)": a head with a capitalized complement.
    return re.compile(
        r"(?:\s+[a-zéèêëàâîïôûç-]+)?(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÀ-ÖØ-Þ][\w’'-]*)+"
    )


@functools.cache
def _role_name() -> re.Pattern[str]:
    # "la chanteuse Aya Nakamura", "le préfet Laurent Nuñez": a role, then a name.
    return re.compile(rf"(?<![\w-])([a-zéèêàâîôûç-]+)\s+({patterns.NAME_RUN})")


@functools.cache
def _name_run() -> re.Pattern[str]:
    return re.compile(rf"((?:{_NAME_TOKEN} ){{1,3}})$")


@functools.cache
def _medium() -> re.Pattern[str]:
    nouns = patterns.word_trie(lexicon.MEDIUM_NOUNS)
    return re.compile(
        rf"(?:{nouns})\s+(?:(?:officiels?\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
        rf"|(?:publiée?s?|réalisée?s?|menée?s?|diffusée?s?|rendue?s?)(?:\s+[\w’'-]+){{0,3}}?\s+par\s+)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1024)  # bounded: the words include the surnames of a corpus
def _word_pattern(word: str) -> re.Pattern[str]:
    """``word`` in any case, as a whole word (not inside a word or a hyphenated compound).

    It opens with the characters its first letter may be (both ASCII cases, or any
    non-ASCII character, among which its other case forms): ``re`` then skips to the next
    candidate in C, where a lookbehind first would cost a match attempt at every position
    of the text. The word-start lookbehind and the case-blind first letter are checked
    once that character is taken.
    """
    if not word:
        return re.compile(r"(?<![\w-])(?![\w-])", re.IGNORECASE)
    first, rest = word[0], re.escape(word[1:])
    ascii_cases = {c for c in (first, first.lower(), first.upper()) if len(c) == 1 and c.isascii()}
    start = "[" + re.escape("".join(sorted(ascii_cases))) + "\\x80-\\U0010ffff]"
    return re.compile(
        rf"{start}(?<![\w-].)(?<=(?i:{re.escape(first)})){f'(?i:{rest})' if rest else ''}(?![\w-])"
    )


#: Characters of a word for which ``text.lower()`` finds all the occurrences ``re`` finds
#: ignoring case, with the two exceptions below: ``re`` also takes "ı" for "i" and "ſ" for
#: "s" (its extra case pairs), and "İ" for "i" (whose lower case is two characters).
_PLAIN_CASE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ -'’"
)
_EXTRA_CASES = ("ı", "ſ")


class WordFinder:
    """The whole-word occurrences of words in one text, as ``_word_pattern(word).finditer``
    gives them, found faster: ``re`` ignoring case cannot jump to a literal and tries a
    match at every candidate letter, while ``str.find`` in the text's lower case jumps
    from one occurrence of the word to the next in C; each is then matched by the pattern
    itself (word boundaries, case rules). The lower case is made once, on first use.
    Where the lower case could miss an occurrence (see :data:`_PLAIN_CASE`), or the
    text's lower case is not aligned with it, the pattern scans the text instead."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None

    def finditer(self, word: str) -> Iterator[re.Match[str]]:
        pattern = _word_pattern(word)
        lowered = self._lowered_text()
        if not word or not _PLAIN_CASE.issuperset(word) or lowered is None:
            yield from pattern.finditer(self.text)
            return
        needle, end = word.lower(), 0
        found = lowered.find(needle)
        while found >= 0:
            match = pattern.match(self.text, found) if found >= end else None
            if match is not None:
                yield match
                end = match.end()  # as ``finditer``: the next one starts after it
            found = lowered.find(needle, found + 1)

    def _lowered_text(self) -> str | None:
        """The text in lower case, or None when that would miss occurrences: its length
        differs (a character lowered to two) or it holds one of :data:`_EXTRA_CASES`."""
        if self._lowered is None:
            lowered = self.text.lower()
            aligned = len(lowered) == len(self.text)
            self._lowered = (
                lowered if aligned and not any(c in self.text for c in _EXTRA_CASES) else ""
            )
        return self._lowered or None


@functools.cache
def _not_a_name_part() -> frozenset[str]:
    return frozenset(
        [d.replace("'", "") for d in lexicon.DETERMINERS]
        + [
            "me",
            "mme",
            "mgr",
            "dr",
            "pr",
            "selon",
            "pour",
            "par",
            "et",
            "mais",
            "puis",
            "lors",
            "dans",
            "en",
            "à",
            "de",
            "du",
            "des",
            "le",
            "la",
            "les",
        ]
    )


@attrs.define
class _Prior:
    """A source already given to a claim: where its words stand and what they linked to."""

    start: int
    words: str
    ref: SourceRef


@attrs.define
class _Occurrences:
    """The occurrences of a head noun, read from the text only as far as the links need
    them, each with the last full naming ("ministère de la Défense") up to it."""

    matches: Iterator[re.Match[str]]
    expand: Callable[[re.Match[str]], tuple[int, int, EntityLabel] | None]
    ends: list[int] = attrs.field(factory=list)
    latest: list[tuple[int, int, EntityLabel] | None] = attrs.field(factory=list)
    pending: re.Match[str] | None = None  #: the next occurrence, read but not yet needed
    done: bool = False

    def last_naming(self, position: int) -> tuple[int, int, EntityLabel] | None:
        """The last full naming among the occurrences that end by ``position``."""
        while not self.done and (self.pending is None or self.pending.end() <= position):
            if self.pending is not None:
                last = self.latest[-1] if self.latest else None
                self.latest.append(self.expand(self.pending) or last)
                self.ends.append(self.pending.end())
            self.pending = next(self.matches, None)
            self.done = self.pending is None
        index = bisect.bisect_right(self.ends, position)
        return self.latest[index - 1] if index else None


@attrs.define
class Linker:
    """Links the sources of one article's claims, in text order (one per analysis call)."""

    text: str
    entities: tuple[Entity, ...]
    #: Paragraph start offsets; found on first use when not given (only pronouns need them).
    paragraphs: list[int] | None = None
    sentences: list[int] = attrs.field(factory=list)  #: sentence start offsets
    #: The subject of the sentence of that index, if any (given by the finder).
    subject_of: Callable[[int], tuple[int, int] | None] | None = None
    built: dict[tuple[str, EntityLabel], set[tuple[int, int]]] = attrs.field(factory=dict)
    priors: list[_Prior] = attrs.field(factory=list)
    # Indexes built on first use: the mentions by start, and per head noun its candidates
    # and its occurrences, so that each link costs a bisect rather than a pass on the text.
    _mentions: list[tuple[int, Mention, Entity]] | None = None
    _mention_starts: list[int] = attrs.field(factory=list)
    _heads: dict[str, list[tuple[int, Entity]]] = attrs.field(factory=dict)
    _occurrences: dict[str, _Occurrences] = attrs.field(factory=dict)
    _full_names: dict[str, tuple[int, int] | None] = attrs.field(factory=dict)
    _names: dict[tuple[int, int], tuple[int, int]] = attrs.field(factory=dict)
    #: The whole-word search of the text (it lowers the text on its first search only).
    _words: WordFinder = attrs.field(
        init=False, default=attrs.Factory(lambda self: WordFinder(self.text), takes_self=True)
    )

    def _index(self) -> list[tuple[int, Mention, Entity]]:
        if self._mentions is None:
            self._mentions = sorted(
                ((m.start, m, e) for e in self.entities for m in e.mentions),
                key=lambda t: (t[0], t[1].end),
            )
            self._mention_starts = [t[0] for t in self._mentions]
        return self._mentions

    def link(self, start: int, end: int) -> tuple[SourceRef | None, bool]:
        """The source for the words ``text[start:end]`` and whether it was resolved safely."""
        words = self.text[start:end]
        if sources.is_pronoun(words):
            result = self._antecedent(start, words)
        else:
            result = self._link_words(start, end)
        if result[0] is not None:
            self.priors.append(_Prior(start, words, result[0]))
        return result

    def _link_words(self, start: int, end: int) -> tuple[SourceRef | None, bool]:
        words = self.text[start:end]
        inside = self._entity_inside(start, end)
        if inside is not None:
            return inside, True
        name_start, name_end = self._name_range(start, end)
        head = sources.bare_head(words) or sources.bare_head(self.text[name_start:name_end])
        ref = self._description(head, start) if head else None
        if ref is not None:
            return ref, True
        # Without antecedent, a bare "le ministère" is flagged; "l'armée ukrainienne", with
        # its adjective, names its referent well enough.
        specific = head is None or len(self.text[name_start:name_end].split()) > 1
        return self._build(name_start, name_end, words), specific

    def entities_out(self) -> dict[tuple[str, EntityLabel], Entity]:
        """The entities built for sources no entity of the entities stage covered."""
        return {
            (name, label): Entity(
                name=name,
                label=label,
                mentions=[Mention.of(self.text, s, e, label=label) for s, e in sorted(spans)],
            )
            for (name, label), spans in self.built.items()
        }

    # -- steps -------------------------------------------------------------------------

    def _name_range(self, start: int, end: int) -> tuple[int, int]:
        """``sources.name_range``, once per source words (both steps of a link need it)."""
        if (start, end) not in self._names:
            self._names[(start, end)] = sources.name_range(self.text, start, end)
        return self._names[(start, end)]

    def _entity_inside(self, start: int, end: int) -> Entity | None:
        mentions = self._index()
        best: tuple[int, int, Entity] | None = None
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end)
        for _, mention, entity in mentions[first:last]:
            if mention.end > end:
                continue
            if entity.label in (EntityLabel.LOC, EntityLabel.MISC):
                # Only a place or a thing needs the name range (found once, and only then).
                name_start, name_end = self._name_range(start, end)
                if not (mention.start <= name_start and name_end <= mention.end):
                    continue  # "le gouvernement du Kazakhstan" is not Kazakhstan
            key = (mention.end - mention.start, -mention.start)
            if best is None or key > best[:2]:
                best = (*key, entity)
        return best[2] if best else None

    def _head_candidates(self, head: str) -> list[tuple[int, Entity]]:
        """Entity mentions that name ``head`` ("ministère de la Défense") or that a role
        ``head`` introduces ("le président kazakh Kassym-Zhomart Tokayev"), by start."""
        if head not in self._heads:
            found = []
            pattern = _word_pattern(head)
            role = head in lexicon.roles()
            for start, mention, entity in self._index():
                # A mention shorter than the noun cannot hold it: spare the search.
                named = len(mention.text) >= len(head) and pattern.search(mention.text)
                introduced = False
                if not named and role and entity.label == EntityLabel.PER:
                    before = pattern.search(self.text, max(0, start - 60), start)
                    introduced = before is not None and not self._sentence_break(
                        before.end(), start
                    )
                if named or introduced:
                    found.append((mention.end, entity))
            self._heads[head] = sorted(found, key=lambda t: t[0])
        return self._heads[head]

    def _description(self, head: str, position: int) -> SourceRef | None:
        """The antecedent of "le ministère", "le Président": the last one named before."""
        candidates: list[tuple[int, int, SourceRef]] = []
        named = self._head_candidates(head)
        index = bisect.bisect_right(named, position, key=lambda c: c[0])
        if index:
            end, entity = named[index - 1]
            candidates.append((end, 2, entity))
        pattern = _word_pattern(head)
        for prior in reversed(self.priors):
            if prior.start < position and pattern.search(prior.words):
                candidates.append((prior.start, 1, prior.ref))
                break
        scanned = self._scan(head, position)
        if scanned is not None:
            candidates.append(scanned)
        if not candidates:
            return self._by_kind(head, position)
        return max(candidates, key=lambda c: (c[0], c[1]))[2]

    def _by_kind(self, head: str, position: int) -> SourceRef | None:
        """No antecedent names the noun: "l'agence" after "… indique Santé publique France",
        "l'artiste" in an article about one singer. The last speaker of the same kind in
        the two sentences before, else the one person the article has named."""
        if head not in lexicon.generic_heads():
            return None
        person = head in lexicon.roles()
        wanted = EntityLabel.PER if person else EntityLabel.ORG
        sentence = bisect.bisect_right(self.sentences, position) - 1
        for prior in reversed(self.priors):
            near = sentence - (bisect.bisect_right(self.sentences, prior.start) - 1) <= 2
            if prior.start < position and near and self._label(prior.ref) == wanted:
                return prior.ref
        if not person:
            return None
        people: dict[str, SourceRef] = {}
        for entity in self.entities:
            if entity.label == EntityLabel.PER and entity.start < position:
                people[entity.name] = entity
        for match in _role_name().finditer(self.text, 0, position):
            if match.group(1).lower() in lexicon.roles():
                name = match.group(2)
                if not any(name in known or known in name for known in people):
                    people[name] = (name, EntityLabel.PER)
                    first = match.span(2)
        if len(people) != 1:
            return None
        (ref,) = people.values()
        if isinstance(ref, tuple):
            return self._build(*first, ref[0], EntityLabel.PER)
        return ref

    def _label(self, ref: SourceRef) -> EntityLabel:
        return ref.label if isinstance(ref, Entity) else ref[1]

    def _scan(self, head: str, position: int) -> tuple[int, int, SourceRef] | None:
        """The last earlier occurrence of ``head`` that names its referent in full."""
        if head not in self._occurrences:
            self._occurrences[head] = _Occurrences(
                self._words.finditer(head), functools.partial(self._expand, head)
            )
        naming = self._occurrences[head].last_naming(position)
        if naming is None:
            return None
        start, end, label = naming
        return (end, 0, self._build(start, end, self.text[start:end], label))

    def _expand(self, head: str, found: re.Match[str]) -> tuple[int, int, EntityLabel] | None:
        """The full naming an occurrence of ``head`` starts: "président kazakh Kassym-Zhomart
        Tokayev" (the name), "ministère de la Défense" (the phrase); None for a bare one."""
        if head in lexicon.roles():
            after = _name_after_role().match(self.text, found.end())
            if after and not self._sentence_break(found.end(), after.start("name")):
                return (*after.span("name"), EntityLabel.PER)
            return None
        after = _org_complement().match(self.text, found.end())
        return (found.start(), after.end(), EntityLabel.ORG) if after else None

    def _sentence_break(self, start: int, end: int) -> bool:
        return any(c in ".!?\n" for c in self.text[start:end])

    def _antecedent(self, position: int, pronoun: str) -> tuple[SourceRef | None, bool]:
        """What a pronoun safely refers to: the last speaker or sentence subject that agrees
        with it, near enough; else None, flagged (``False``) rather than guessed."""
        if self.paragraphs is None:
            self.paragraphs = paragraph_starts(self.text)
        index = bisect.bisect_right(self.paragraphs, position) - 1
        window = self.paragraphs[max(index - 1, 0)]
        plural = pronoun.lower() in ("ils", "elles", "ces derniers", "eux")
        wanted = sources.gender(pronoun)

        def agrees(words: str) -> bool:
            number = (_first_lower(words) in ("les", "des")) == plural
            return number and (wanted is None or sources.gender(words) in (None, wanted))

        sentence = bisect.bisect_right(self.sentences, position) - 1
        compatible = [
            p
            for p in self.priors
            if window <= p.start < position
            and agrees(p.words)
            and sentence - (bisect.bisect_right(self.sentences, p.start) - 1) <= 2
        ]
        subject = self._recent_subject(sentence, position, agrees)
        last = compatible[-1] if compatible else None
        if subject is not None and (last is None or subject[0] > last.start):
            return self._link_words(*subject)
        people = [
            (m.start, e)
            for e in self.entities
            if e.label == EntityLabel.PER
            for m in e.mentions
            if window <= m.start < position
        ]
        if last is not None:
            since = {e.name for start, e in people if start > last.start and e != last.ref}
            if not since:
                return last.ref, True
            # A person named since the last speaker ("La maire, Anne Hidalgo, s'est rendue
            # sur place. « … », a-t-elle écrit"): only if there is one.
            if len(since) == 1 and not plural:
                return people[-1][1], True
            return None, False
        if not plural and len({e.name for _, e in people}) == 1:
            return people[-1][1], True
        return None, False

    def _recent_subject(
        self, sentence: int, position: int, agrees: Callable[[str], bool]
    ) -> tuple[int, int] | None:
        """The subject of this sentence (before the pronoun) or of the one before, when it
        can speak and agrees with the pronoun: "Marie Curie est arrivée. « … », a-t-elle dit".
        A pronoun subject that agrees passes the search one sentence further back ("La
        réalisatrice X a reçu la Palme. Elle l'a dédiée … « … », a-t-elle expliqué")."""
        if self.subject_of is None:
            return None
        for index in (sentence, sentence - 1, sentence - 2):
            span = self.subject_of(index) if index >= 0 else None
            if span is None or span[1] > position:
                if index == sentence:
                    continue
                return None
            words = self.text[span[0] : span[1]]
            if sources.is_pronoun(words):
                if agrees(words):
                    continue
                return None
            if sources.is_speaker(words) and agrees(words):
                return span
            if index < sentence:
                return None
        return None

    def _build(
        self, start: int, end: int, words: str, label: EntityLabel | None = None
    ) -> SourceRef:
        start, end = _strip_medium(self.text, start, end)
        label = label or sources.classify(words)
        spans = {(start, end)}
        name = self.text[start:end]
        if label == EntityLabel.PER and " " not in name:
            full = self._full_name(name, start)
            if full is not None:
                spans.add(full)
                name = self.text[full[0] : full[1]]
        self.built.setdefault((name, label), set()).update(spans)
        return (name, label)

    def _full_name(self, surname: str, position: int) -> tuple[int, int] | None:
        """The first earlier "Kassym-Zhomart Tokayev" for a later "Tokayev"."""
        if surname not in self._full_names:
            self._full_names[surname] = self._first_full_name(surname)
        first = self._full_names[surname]
        return first if first is not None and first[1] <= position else None

    def _first_full_name(self, surname: str) -> tuple[int, int] | None:
        """The first full name in the text that ends with ``surname``: the search stops there."""
        for match in self._words.finditer(surname):
            run = _name_run().search(self.text, max(0, match.start() - 60), match.start())
            if not run:
                continue
            parts = run.group(1).split(" ")[:-1]
            while parts and parts[0].lower().strip("’'") in _not_a_name_part():
                parts.pop(0)
            if parts:
                return (match.start() - len(" ".join(parts)) - 1, match.end())
        return None


def _first_lower(words: str) -> str:
    return words.split()[0].lower() if words.split() else ""


def _strip_medium(text: str, start: int, end: int) -> tuple[int, int]:
    """ "communiqué du ministère" → "ministère": a medium stands for its author."""
    words = text[start:end]
    match = _medium().match(words)
    if match and match.end() < len(words):
        return start + match.end(), end
    return start, end
