"""Find the claims of a text: attributed quotes and reported speech, sentence by sentence.

A cue is only a claim in the constructions that make it speech: followed by ``que``, a
colon or an infinitive of saying ("a affirmé avoir…"), or inverted after its content
("…, a déclaré le ministère"). "Les autorités ont déclaré l'état d'urgence" is none of
these: an act, not a statement. Quotations no cue claims become claims of their own
(source None) when they are long enough to be a statement rather than a scare quote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

import attrs

from newskit import Claim, ClaimKind, Entity, EntityLabel, Mention
from newskit_claims import lexicon, patterns, sources
from newskit_claims.linking import Linker, SourceRef
from newskit_claims.segment import SPACES, Quote, find_quotes, non_space, split_sentences

__all__ = ["find_claims"]

#: An unattributed quotation needs this many words to count as a statement.
MIN_QUOTE_WORDS = 5
_CONTENT_TRIM = SPACES + '\n,.;:…»”"—–-'
_OPEN_TRIM = SPACES + "\n,;:—–-"


@attrs.define
class _Draft:
    start: int
    end: int
    kind: ClaimKind
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


@functools.cache
def _determiner_before() -> re.Pattern[str]:
    dets = patterns.word_trie((*lexicon.DETERMINERS, *_OTHER_WORDS_BEFORE_A_NOUN))
    return re.compile(rf"(?:^|\s)(?:{dets})\s*$", re.IGNORECASE)


#: Words other than determiners that make the cue after them a noun ("l'annonce de").
_OTHER_WORDS_BEFORE_A_NOUN = ("à", "de", "en", "d'", "l'", "s'", "se")


def _ends_with_a_determiner(words: str) -> bool:
    """``_determiner_before().search(words)``, tried only where a match can start: the
    determiner ends at the last non-space character (``re``'s ``\\s`` is ``str.isspace``),
    so the match starts at most its length plus the space before it earlier."""
    last = len(words.rstrip())
    return _determiner_before().search(words, max(0, last - _longest_determiner() - 1)) is not None


@functools.cache
def _longest_determiner() -> int:
    return max(len(d) for d in (*lexicon.DETERMINERS, *_OTHER_WORDS_BEFORE_A_NOUN))


@functools.cache
def _non_source() -> re.Pattern[str]:
    words = patterns.word_trie(lexicon.NON_SOURCE_AFTER_PREPOSITION)  # "qu'": either apostrophe
    return re.compile(rf"\s*(?:{words})(?![\w-])", re.IGNORECASE)


@functools.cache
def _incise_pronoun() -> re.Pattern[str]:
    return re.compile(r"-(?:t-)?(il|elle|on|ils|elles)(?![\w-])", re.IGNORECASE)


@functools.cache
def _colon() -> re.Pattern[str]:
    return re.compile(r"[ \u00a0\u202f]*:")


@functools.cache
def _name_apposition() -> re.Pattern[str]:
    return re.compile(rf"\s*({patterns.NAME_RUN})\s*,")


@functools.cache
def _of() -> re.Pattern[str]:
    return re.compile(r"\s+(?:de\s+|d['’]\s*|(?=du\s|des\s))")


@functools.cache
def _title_before() -> re.Pattern[str]:
    nouns = patterns.word_trie(lexicon.TITLE_NOUNS)
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+[a-zéèêàâîôûç-]+)?\s*$", re.IGNORECASE)


@functools.cache
def _medium_author() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:publiée?s?|réalisée?s?|menée?s?|diffusée?s?|rendue?s?)(?:\s+[\w’'-]+){0,3}?\s+par(?=\s)"
    )


@functools.cache
def _dateline() -> re.Pattern[str]:
    return re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’' -]+(?:\s*\([^)\n]{1,30}\))?\s*[—–]\s*")


@functools.cache
def _trailing_attribution() -> re.Pattern[str]:
    # It opens with a class (a space or the comma) so that ``re`` skips the words before
    # in C; "\s*," first would start a match attempt at every position. After a comma
    # only that comma counts, after a space the spaces up to one: ",,selon X" matches from
    # its second comma, as "\s*,\s*selon…" does.
    return re.compile(
        r"[\s,](?:(?<=,)|(?<=\s)\s*,)\s*(?:selon|d['’]après)\s[^,.;:«»]{1,80}[.!?…]?\s*$",
        re.IGNORECASE,
    )


@functools.cache
def _proper_name() -> re.Pattern[str]:
    return re.compile(patterns.NAME_RUN)


@functools.cache
def _auxiliary() -> re.Pattern[str]:
    # The first verb of a clause, by its auxiliary or a copula: its subject stands before.
    return re.compile(
        r"\s(?:a|ont|est|sont|avait|avaient|était|étaient|s['’]est|se|s['’]|n['’]a|n['’]est|ne|reste|restait)\s"
    )


@functools.cache
def _trailing_name() -> re.Pattern[str]:
    # ", Dmitri Peskov." or ", le chercheur Yoshua Bengio.": a name in apposition.
    role = r"(?:(?:le|la|l['’])\s*(?:[a-zéèêàâîôûç-]+\s+){1,3})?"
    return re.compile(rf"[ \u00a0]*,[ \u00a0]*({role}{patterns.NAME_RUN})\s*(?:,|[.!?…]|$)")


@functools.cache
def _role_apposition() -> re.Pattern[str]:
    roles = patterns.word_trie(lexicon.PERSON_ROLES)
    return re.compile(
        rf"\s*(?:(?:l['’]|le |la )?(?:ancien |ancienne |nouveau |nouvelle )?(?:{roles}))(?![\w-])[^,.;:«»]{{0,80}},",
        re.IGNORECASE,
    )


@functools.cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[\w’'-]+")


class _Article:
    """The per-call state of one search: the text, its quotes and sentences, the drafts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self.quote_starts = [q.inner_start for q in self.quotes]
        self.sentences = split_sentences(text, self.quotes)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.subjects: dict[int, tuple[int, int] | None] = {}
        self.used: set[Quote] = set()
        self.drafts: list[_Draft] = []

    # -- content -----------------------------------------------------------------------

    def content(self, start: int, end: int) -> tuple[int, int, ClaimKind] | None:
        """Trim a content range and say whether it is a quotation, holds one, or neither."""
        while start < end and self.text[start] in _OPEN_TRIM:
            start += 1
        dateline = _dateline().match(self.text, start, end)
        if dateline:  # "KIEV — Les forces russes ont…": the place line is not content
            start = dateline.end()
        # End-anchored patterns only look at a window before the end: a search from the
        # start would try every position of a long sentence.
        window = max(start, end - 120)
        trailing = (
            _trailing_attribution().search(self.text, window, end)
            if _may_name_a_trailing_source(self.text, window, end)
            else None
        )
        if trailing:  # "… participerait aux exercices, selon l'AFP.": that is another claim
            end = trailing.start()
        trimmed_end = end
        while trimmed_end > start and self.text[trimmed_end - 1] in SPACES + "\n,.;:…—–":
            trimmed_end -= 1
        first = bisect.bisect_left(self.quote_starts, start)
        last = bisect.bisect_right(self.quote_starts, max(trimmed_end, end))
        inside = [
            q
            for q in self.quotes[first:last]
            if start <= q.start and q.end <= max(trimmed_end, end)
        ]
        if len(inside) == 1 and inside[0].start == start and inside[0].end >= trimmed_end:
            self.used.add(inside[0])
            return (
                inside[0].inner_start,
                self._trim_end(inside[0].inner_start, inside[0].inner_end),
                ClaimKind.DIRECT,
            )
        self.used.update(inside)
        end = self._trim_end(start, end)
        if end - start < 3:
            return None
        return start, end, ClaimKind.MIXED if inside else ClaimKind.INDIRECT

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1] in _CONTENT_TRIM:
            end -= 1
        return end

    def _asks(self, end: int) -> bool:
        """True when the sentence around ``end`` is a question."""
        index = self._sentence_index(max(end - 1, 0))
        s0, s1 = self.sentences[max(index, 0)]
        return self.text[s0:s1].rstrip(SPACES + '»”"').endswith("?")

    def quote_at(self, position: int) -> Quote | None:
        index = bisect.bisect_right(self.quote_starts, position) - 1
        if index >= 0 and self.quotes[index].inner_start <= position < self.quotes[index].inner_end:
            return self.quotes[index]
        return None

    def add(
        self,
        content: tuple[int, int, ClaimKind] | None,
        cue: tuple[int, int],
        source: tuple[int, int] | None,
    ) -> None:
        if content is not None and content[2] != ClaimKind.DIRECT and self._asks(content[1]):
            return  # "Le ministre a-t-il déclaré que … ?": a question reports nothing
        if (
            content is not None
            and "demand" in self.text[cue[0] : cue[1]]
            and (self._asks(content[1]) or self.text[content[1] - 1] == "?")
        ):
            return  # "« Pourquoi ? », a demandé le juge": asking, not asserting
        if content is not None:
            self.drafts.append(_Draft(content[0], content[1], content[2], cue, source))

    # -- cues --------------------------------------------------------------------------

    def verbal(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        text = self.text
        cs, ce = match.span()
        cue = (cs, ce)
        before = text[max(s0, cs - 12) : cs]
        if not _incise_pronoun().search(match.group()) and _ends_with_a_determiner(before):
            return  # "la note que…", "l'annonce": a noun, not the verb
        quote = self.quote_at(cs)
        if quote is not None:
            self._incise(quote, match)
            return
        que = patterns.que_after(text, ce, s1)
        if que and not _conjunction_que(text, que.start("que")):
            self.add(self.content(que.end(), s1), cue, sources.subject_before(text, s0, cs))
            return
        colon = _colon().match(text, ce, s1)
        if colon:
            self.add(self.content(colon.end(), s1), cue, sources.subject_before(text, s0, cs))
            return
        infinitive = patterns.infinitive_start().match(text, ce, s1)
        if infinitive:
            self.add(
                self.content(infinitive.start("inf"), s1), cue, sources.subject_before(text, s0, cs)
            )
            return
        self._inverted(s0, s1, match)

    def _pronoun(self, match: patterns.CueMatch) -> tuple[int, int] | None:
        pronoun = _incise_pronoun().search(match.group())
        if pronoun is None:
            return None
        return match.start() + pronoun.start(1), match.start() + pronoun.end(1)

    def _inverted(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        """ "…, a déclaré le ministère." / "« … », a-t-il ajouté.": the content comes first."""
        text = self.text
        cs, ce = match.span()
        before = text[s0:cs].rstrip(SPACES)
        if not before or before[-1] not in ',»”"':
            return
        source = self._pronoun(match) or sources.np_after(text, ce, s1)
        if source is None:
            return
        rest = text[max(source[1], ce) : s1].strip(SPACES + ".!?…")
        pronoun = self._pronoun(match) is not None  # "a-t-elle expliqué la veille"
        if (
            rest
            and not pronoun
            and not rest.startswith(",")
            and not patterns.np_stop().match(" " + rest)
        ):
            return  # "Le ministre, Bruno Le Maire, a jugé la décision « regrettable »": an object
        if any(mark in rest for mark in "«“") or _subject_apposition(text[s0:cs]):
            return  # "Le directeur, Hans Kluge, a appelé les pays à « … »": a subject, not content
        named = _trailing_name().match(text, source[1], s1)
        if named and not self._pronoun(
            match
        ):  # "a déclaré le porte-parole du Kremlin, Dmitri Peskov."
            source = (source[0], named.end(1))
        cut = len(before) - 1 if before.endswith(",") else len(before)
        content_end = s0 + cut
        rest = text[source[1] : s1].strip(SPACES + ".!?…")
        content = self.content(s0, content_end)
        if content is not None and content[2] != ClaimKind.DIRECT and rest.startswith(","):
            words = len(_word().findall(text[content[0] : content[1]]))
            if words < 4:  # "Les forces, a précisé le ministère, ont été…": the whole sentence
                content = self.content(s0, s1)
        self.add(content, (cs, ce), source)

    def _incise(self, quote: Quote, match: patterns.CueMatch) -> None:
        """ "« Nous resterons, a-t-il déclaré, jusqu'au bout. »": the quote is the claim."""
        text = self.text
        cs, ce = match.span()
        # Look at the characters next to the cue only: slicing from the quote's start or to
        # its end cost time in proportion to the quote, for every cue inside it.
        before = _trim_back(text, quote.inner_start, cs)
        if before == quote.inner_start or text[before - 1] != ",":
            return
        source = self._pronoun(match) or sources.np_after(text, ce, quote.inner_end)
        if source is None:
            return
        after = non_space().search(text, max(source[1], ce), quote.inner_end)
        if after is not None and after.group() != ",":
            return
        self.used.add(quote)
        self.drafts.append(
            _Draft(
                quote.inner_start,
                self._trim_end(quote.inner_start, quote.inner_end),
                ClaimKind.DIRECT,
                (cs, ce),
                source,
            )
        )

    def gerund(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        """ "Il a jugé la démarche naïve, tout en reconnaissant que …": the clause's subject."""
        if self.quote_at(match.start()) is not None:
            return
        if not match.group().startswith(("en", "tout")) and not self.text[
            s0 : match.start()
        ].rstrip(SPACES).endswith(","):
            return  # a bare participle only after a comma: ", estimant que …"
        que = patterns.que_after(self.text, match.end(), s1)
        if que and not _conjunction_que(self.text, que.start("que")):
            subject = self.subject_of(self._sentence_index(match.start()))
            if subject is not None and subject[1] <= match.start():
                self.add(self.content(que.end(), s1), match.span(), subject)

    def learned(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        """ "Quarante personnes sont mortes, a-t-on appris auprès du HCR."."""
        text = self.text
        before = text[s0 : match.start()].rstrip(SPACES)
        if not before.endswith(","):
            return
        introducer = patterns.from_source().match(text, match.end(), s1)
        source = sources.np_after(text, introducer.end(), s1) if introducer else None
        if source is not None:  # "…, apprend-on." alone is the newspaper's own news
            self.add(self.content(s0, s0 + len(before) - 1), match.span(), source)

    def object_cue(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        """ "Le ministère a fait état de trois morts": the object after "de" is the content."""
        if self.quote_at(match.start()) is not None:
            return
        of = _of().match(self.text, match.end(), s1)
        subject = sources.subject_before(self.text, s0, match.start())
        if of and subject is not None:
            self.add(self.content(of.end(), s1), match.span(), subject)

    def reflexive(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        if self.quote_at(match.start()) is not None:
            return
        subject = sources.subject_before(self.text, s0, match.start())
        if subject is not None and sources.is_speaker(self.text[subject[0] : subject[1]]):
            self.add(self.content(match.end(), s1), match.span(), subject)

    def prepositional(self, s0: int, s1: int, match: patterns.CueMatch) -> None:
        """ "Selon X, …", "…, selon X.", "Pour X, …"."""
        text = self.text
        cs, ce = match.span()
        if self.quote_at(cs) is not None or _non_source().match(text, ce, s1):
            return
        comma = text.find(",", ce, s1)
        source_end = comma if comma >= 0 else s1
        source = (
            sources.np_after(text, ce, source_end) if comma < 0 else _trimmed(text, ce, source_end)
        )
        if source is None or not _plausible_source(text[source[0] : source[1]], match.group()):
            return
        if sources.head_noun(text[source[0] : source[1]]) in lexicon.medium_nouns():
            author = _medium_author().match(text, source[1], s1)
            if author:  # "selon une estimation publiée jeudi par Eurostat"
                found = sources.np_after(text, author.end(), s1)
                if found is not None:
                    source = (source[0], found[1])
        before = text[s0:cs].strip(SPACES)
        opening = not before or before.lower() in ("et", "mais", "or", "ainsi")
        if opening:
            if comma < 0:
                return
            after = comma + 1
            apposition = _name_apposition().match(text, after, s1)
            if apposition:  # "Selon le porte-parole, Olivier Véran, les deux…"
                source = (source[0], apposition.end(1))
                after = apposition.end()
            role = _role_apposition().match(text, after, s1)
            if role:  # "Pour Jordan Bardella, président du RN, la France…"
                after = role.end()
            self.add(self.content(after, s1), (cs, _trim_back(text, cs, ce)), source)
        elif match.group().lower() != "pour" and before.endswith(","):
            if comma < 0:  # "…, selon le ministère."
                self.add(
                    self.content(s0, s0 + len(text[s0:cs].rstrip(SPACES)) - 1),
                    (cs, _trim_back(text, cs, ce)),
                    source,
                )
            else:  # "Les forces, selon le ministère, ont…": the whole sentence
                self.add(self.content(s0, s1), (cs, _trim_back(text, cs, ce)), source)
        elif (
            match.group().lower() != "pour"
            and comma < 0
            and not text[source[1] : s1].strip(SPACES + ".!?…")
        ):
            # "18 agents ont été tués selon le ministère."
            self.add(self.content(s0, cs), (cs, _trim_back(text, cs, ce)), source)

    # -- the whole text ----------------------------------------------------------------

    def run(self) -> list[_Draft]:
        text = self.text
        handlers = {
            "learned": self.learned,
            "gerund": self.gerund,
            "reflexive": self.reflexive,
            "reflexive_verb": self.verbal,
            "object": self.object_cue,
            "verb": self.verbal,
            "preposition": self.prepositional,
        }
        # One scan of the whole text; each cue is then handled within its sentence.
        for match in patterns.cue_matches(text):
            s0, s1 = self.sentences[max(self._sentence_index(match.start()), 0)]
            if s0 <= match.start() and match.end() <= s1:
                handlers[match.lastgroup or "verb"](s0, s1, match)
        spans = sorted((d.start, d.end) for d in self.drafts)
        starts = [start for start, _ in spans]
        reach = list(itertools.accumulate((end for _, end in spans), max))
        attributed = sorted((d for d in self.drafts if d.source is not None), key=lambda d: d.end)
        for quote in self.quotes:
            index = bisect.bisect_right(starts, quote.start) - 1
            if quote in self.used or (index >= 0 and reach[index] > quote.start):
                continue  # attributed, or inside a claim's content (which it makes mixed)
            draft = self._lone_quote(quote, attributed)
            if draft is not None:
                self.drafts.append(draft)
        return _unique(self.drafts)

    def subject_of(self, index: int) -> tuple[int, int] | None:
        """The subject of sentence ``index``: before its first verb outside quotations."""
        if index not in self.subjects:
            s0, s1 = self.sentences[index]
            found: list[re.Match[str] | patterns.CueMatch] = [
                *_auxiliary().finditer(self.text, s0, s1),
                *patterns.verb_cues(self.text, s0, s1),
            ]
            verbs = [m for m in found if self.quote_at(m.start()) is None]
            first = min(verbs, key=lambda m: m.start(), default=None)
            self.subjects[index] = (
                sources.subject_before(self.text, s0, first.start() + 1) if first else None
            )
        return self.subjects[index]

    def _sentence_index(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def _lone_quote(self, quote: Quote, attributed: list[_Draft]) -> _Draft | None:
        """A quotation no cue claimed: introduced by a colon ("Le maire a été clair : « … »"),
        continuing the quotation just attributed ("« … », a-t-il dit. « … »"), or alone."""
        text = self.text
        inner = text[quote.inner_start : quote.inner_end]
        if inner.rstrip(SPACES + '»”"').endswith("?"):
            return None  # a question asks, it does not assert
        if _title_before().search(text, max(0, quote.start - 40), quote.start):
            return None  # "le film « … »", "la formule « … »": a title or a term
        end = self._trim_end(quote.inner_start, quote.inner_end)
        sentence = self._sentence_index(quote.start)
        s0 = self.sentences[sentence][0]
        prefix = text[s0 : quote.start].rstrip(SPACES)
        words = len(_word().findall(inner))
        if prefix.endswith(":") and words >= 2:
            source = _colon_subject(text, s0, s0 + len(prefix) - 1)
            if source is not None:
                return _Draft(quote.inner_start, end, ClaimKind.DIRECT, None, source)
        if prefix and not prefix.endswith(":") and words >= 1:
            # "L'Union africaine a appelé « toutes les parties à la retenue »", "La Cour juge
            # cette trajectoire « peu crédible »": the subject of the verb before the quote
            # said it; a fragment counts when a speech verb governs it.
            verb: re.Match[str] | patterns.CueMatch | None = None
            cue = False
            window = max(s0, quote.start - 300)  # the verb that introduces a quotation is near it
            for match in patterns.coordinated_verb().finditer(text, window, quote.start):
                verb = match
            for said in patterns.verb_cues(text, window, quote.start):
                if verb is None or said.start() >= verb.start():
                    verb, cue = said, True
            near = verb is not None and len(_word().findall(text[verb.end() : quote.start])) <= 6
            statement = words >= MIN_QUOTE_WORDS and _opens_a_sentence(inner)
            if verb is not None and ((cue and near) or statement):
                subject = sources.subject_before(text, s0, verb.start())
                if subject is not None and (
                    cue or sources.is_speaker(text[subject[0] : subject[1]])
                ):
                    return _Draft(quote.inner_start, end, ClaimKind.DIRECT, verb.span(), subject)
        if words < MIN_QUOTE_WORDS or not _opens_a_sentence(inner):
            return (
                None  # a fragment ("« à toutes les jeunes réalisatrices »") no speech verb governs
            )
        if not prefix:
            # The speaker of the sentence just before goes on ("Le ministre a déclaré que
            # … « … »", "« … », a-t-il dit. « … »").
            before = [d for d in attributed if d.end <= quote.start]
            if before:
                previous = before[-1]
                anchor = max(previous.end, previous.source[1] if previous.source else 0)
                if self._sentence_index(anchor) == sentence - 1:
                    return _Draft(quote.inner_start, end, ClaimKind.DIRECT, None, previous.source)
        return _Draft(quote.inner_start, end, ClaimKind.DIRECT)


def _opens_a_sentence(inner: str) -> bool:
    """True when quoted words read as a statement of their own: they start a sentence."""
    first = inner.lstrip(SPACES + '«“"—–-')[:1]
    return first.isupper() or first.isdigit()


def _may_name_a_trailing_source(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` holds neither "selon" nor "après" in any case: then no
    trailing "…, selon X" can end it, and its search (which tries every comma and space) is
    spared. ``re`` ignoring case also takes "ſ" for "s", which ``lower`` keeps: hence its
    own test."""
    window = text[start:end].lower()
    return "selon" in window or "après" in window or "ſ" in window


def _subject_apposition(before: str) -> bool:
    """True for "Le directeur de l'OMS, Hans Kluge," before a verb: a subject and its name."""
    parts = [p.strip(SPACES) for p in before.strip(SPACES).rstrip(",").split(",")]
    return (
        len(parts) == 2 and bool(_proper_name().fullmatch(parts[1])) and len(parts[0].split()) <= 8
    )


def _colon_subject(text: str, start: int, colon: int) -> tuple[int, int] | None:
    """Who speaks before a colon: "Jordan Bardella : « … »", "Le maire a été clair : « … »"."""
    clause = _trimmed(text, start, colon)
    if clause is None:
        return None
    words = text[clause[0] : clause[1]]
    if _proper_name().fullmatch(words):
        return clause
    verb = _auxiliary().search(text, clause[0], clause[1])
    return sources.subject_before(text, start, verb.start() + 1) if verb else None


def _conjunction_que(text: str, position: int) -> bool:
    """True when the ``que`` at ``position`` is part of "alors que", "bien que"…"""
    words = _word().findall(text[max(0, position - 20) : position])
    return bool(words) and words[-1].lower() in lexicon.not_a_clause_que()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in SPACES:
        start += 1
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return (start, end) if end > start else None


def _trim_back(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return end


def _plausible_source(words: str, cue: str) -> bool:
    """A source after a preposition: a name, a pronoun, or a person or institution noun."""
    tokens = words.split()
    if not tokens or len(tokens) > 12:
        return False
    if sources.is_pronoun(words):
        return True
    if cue.lower() != "pour":
        return True
    if words[0].isupper():
        return True
    return sources.classify(words) == EntityLabel.PER or sources.is_speaker(words)


def _unique(drafts: list[_Draft]) -> list[_Draft]:
    seen: dict[tuple[int, int], _Draft] = {}
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        previous = seen.get((draft.start, draft.end))
        if previous is None or (previous.source is None and draft.source is not None):
            seen[(draft.start, draft.end)] = draft
    return list(seen.values())


def find_claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims of ``text``, their sources linked to ``entities`` or built from the words."""
    article = _Article(text)
    drafts = article.run()
    linker = Linker(
        text, tuple(entities), sentences=article.sentence_starts, subject_of=article.subject_of
    )
    linked: list[tuple[_Draft, SourceRef | None, bool]] = []
    for draft in sorted(drafts, key=lambda d: d.source[0] if d.source else d.start):
        if draft.source is None:
            linked.append((draft, None, True))
        else:
            ref, resolved = linker.link(*draft.source)
            linked.append((draft, ref, resolved))
    built = linker.entities_out()
    return sorted(_claims(text, linked, built), key=lambda c: (c.start, c.end))


def _claims(
    text: str,
    linked: list[tuple[_Draft, SourceRef | None, bool]],
    built: dict[tuple[str, EntityLabel], Entity],
) -> Iterator[Claim]:
    for draft, ref, resolved in linked:
        entity = built.get(ref) if isinstance(ref, tuple) else ref
        label = entity.label if entity is not None else None
        yield Claim.of(
            text,
            draft.start,
            draft.end,
            kind=draft.kind,
            cue=Mention.of(text, *draft.cue) if draft.cue else None,
            source=entity,
            source_mention=Mention.of(text, *draft.source, label=label) if draft.source else None,
            source_resolved=resolved,
        )
