"""The fallback finder (no statistical model): runs of capitalized words, labelled by shape.

Lower quality than the model: it knows a name by its capital letters, so a name at the start
of a sentence is found only when the gazetteer knows it or it has two words, and a person or
a place is told apart by cues and by the gazetteer only.
"""

from __future__ import annotations

import bisect
import unicodedata

from newskit import EntityLabel
from newskit_entities.candidates import Candidate
from newskit_entities.lexicon import article_names, fold, not_entities, org_heads
from newskit_entities.words import (
    NAME_PARTICLES,
    Token,
    capitalized_indices,
    is_acronym,
    is_capitalized,
    is_name_word,
    is_stopword,
    token_starts,
)

__all__ = ["capitalized_candidates"]

#: Lower-case particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", "«", "»", "\n", "—", "–", "-", "(", '"'})


def _starts_sentence(text: str, tokens: list[Token], index: int) -> bool:
    if index == 0:
        return True
    previous = tokens[index - 1]
    return previous.text in _SENTENCE_END or "\n" in text[previous.end : tokens[index].start]


def _label(words: list[Token], before: Token | None) -> EntityLabel:
    first = fold(words[0].text)
    if first in org_heads():
        return EntityLabel.ORG
    if len(words) == 1 and is_acronym(first):
        return EntityLabel.ORG
    if before is not None and fold(before.text).lower() in {"à", "en", "au", "aux"}:
        return EntityLabel.LOC
    if len(words) >= 2 and all(is_name_word(w.text) for w in words):
        return EntityLabel.PER
    return EntityLabel.MISC


class _LowerCase:
    """Whether the text writes a word in lower case, asked for a few words of a text.

    Each question is a string search for the word and a look at the token found there, so
    that the text's words need not all be folded; after many misses (an adversarial text),
    the folded words are gathered once, as they used to be for every text.
    """

    _MISSES = 64

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.words: frozenset[str] | None = None
        self.misses = 0
        # In an NFC text every token is NFC: folding it is writing its apostrophes ’, so the
        # search is in that copy. Another text has its folded words gathered at once.
        self.searched = text.replace("'", "’")
        if not unicodedata.is_normalized("NFC", text):
            self.words = self._all_words()

    def _all_words(self) -> frozenset[str]:
        return frozenset(
            fold(t.text) for t in self.tokens if t.is_word and not is_capitalized(t.text)
        )

    def __contains__(self, word: str) -> bool:
        """True when a lower-case word of the text folds to ``word``."""
        if self.words is not None:
            return word in self.words
        tokens = self.tokens
        position = self.searched.find(word)
        while position >= 0:
            index = bisect.bisect_left(token_starts(tokens), position)
            if index < len(tokens) and tokens[index].start == position:
                token = tokens[index]
                if (
                    token.end == position + len(word)
                    and token.is_word
                    and not is_capitalized(token.text)
                ):
                    return True
            self.misses += 1
            if self.misses > self._MISSES:
                self.words = self._all_words()
                return word in self.words
            position = self.searched.find(word, position + 1)
        return False


def capitalized_candidates(text: str, tokens: list[Token]) -> list[Candidate]:
    """Runs of capitalized words, with lower-case particles between them."""
    lowered = None  # made on first use
    found: list[Candidate] = []
    index = 0
    # A run starts at a capitalized word: the others are passed over without a look.
    for first in capitalized_indices(tokens):
        if first < index or not is_name_word(tokens[first].text):
            continue
        index = first
        start = index
        end = index
        j = index + 1
        while j < len(tokens):
            word = fold(tokens[j].text)
            if is_name_word(tokens[j].text) and not is_stopword(word):
                end = j
                j += 1
                continue
            # "Bruno Le Maire", "Banque de France", "Cour de la Défense": a particle or a
            # capitalized article inside a run, when a name word follows.
            k = j + 1
            if word in {"de", "De"} and k < len(tokens) and fold(tokens[k].text) in {"la", "l’"}:
                k += 1
            if (
                (word in NAME_PARTICLES or word in {"Le", "La", "Les"})
                and k < len(tokens)
                and is_name_word(tokens[k].text)
            ):
                j = k
            else:
                break
        words = tokens[start : end + 1]
        # A sentence opener ("Selon", "Puis", "Le") names nothing; a single capitalized word at
        # the start of a sentence is a name only if the text never writes it in lower case.
        while words and (is_stopword(words[0].text) or fold(words[0].text) in not_entities()):
            if fold(text[words[0].start : words[-1].end]) in article_names():
                break  # "Le Havre": the article is part of the name
            words = words[1:]
        if words and len(words) == 1 and _starts_sentence(text, tokens, start):
            if lowered is None:
                lowered = _LowerCase(text, tokens)
            if fold(words[0].text).lower() in lowered:
                words = []
        if words:
            before = tokens[start - 1] if start else None
            found.append(
                Candidate(words[0].start, words[-1].end, _label(words, before), "capitalized")
            )
        index = end + 1
    return found
