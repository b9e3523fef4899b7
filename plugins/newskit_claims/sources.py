"""The words that name a claim's source: the subject before a cue, the noun phrase after it.

Shallow and regex-based on purpose: a subject in news prose is the last comma segment
before the verb ("Par ailleurs, le Président a noté…"), or the first one when an
apposition stands between ("Jean Dupont, porte-parole du parti, a déclaré…"); an
inverted source runs from the cue to the sentence end or to an adjunct ("a déclaré le
ministère de la Défense lors d'un point presse").
"""

from __future__ import annotations

import functools
import re

from newskit import EntityLabel
from newskit_claims import lexicon, patterns

__all__ = [
    "bare_head",
    "classify",
    "gender",
    "head_noun",
    "is_pronoun",
    "is_speaker",
    "name_range",
    "np_after",
    "subject_before",
]

_MAX_WORDS = 12
_TRIM = " \t\u00a0\u202f\n,.;:!?…"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


@functools.cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[\w’'-]+")


@functools.cache
def _determiner() -> re.Pattern[str]:
    dets = patterns.word_trie(lexicon.DETERMINERS)  # "l'" takes either apostrophe
    return re.compile(rf"(?:{dets})(?:(?<=['’])|\s+)", re.IGNORECASE)


@functools.cache
def _bare() -> re.Pattern[str]:
    # Case-sensitive on purpose: "l'agence TASS" names its referent, "l'agence russe" not.
    return re.compile(
        r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Cc]e|[Cc]ette|[Cc]es)\s*([\w-]+)(?:\s+[a-zéèêàâîôûç-]+)?"
    )


@functools.cache
def _prepositions() -> frozenset[str]:
    return frozenset(
        [
            "à",
            "au",
            "aux",
            "de",
            "du",
            "dans",
            "lors",
            "en",
            "pour",
            "par",
            "sur",
            "avec",
            "après",
            "avant",
            "depuis",
            "pendant",
            "selon",
            "sous",
            "contre",
            "vers",
            "chez",
            "entre",
            "malgré",
            "durant",
            "outre",
        ]
    )


def _first_word(words: str) -> str:
    match = _word().search(words)
    return match.group().lower() if match else ""


def is_pronoun(words: str) -> bool:
    """True for a subject pronoun or an anaphoric phrase ("il", "ce dernier", "celle-ci")."""
    if len(words) > 20:  # longer than any entry: spare the lower-casing of a long clause
        return False
    return words.strip().lower().replace("’", "'") in lexicon.pronouns()


def _looks_like_np(words: str) -> bool:
    """A plausible subject: not a preposition-led adjunct, not a clause, not too long."""
    stripped = words.strip()
    if not stripped or len(stripped.split()) > _MAX_WORDS:
        return False
    first = _first_word(stripped)
    if first in _prepositions() and not stripped[0].isupper():
        return False
    if first in _prepositions():  # "Lors de…", "Dans un communiqué…" at a sentence start
        return False
    if is_pronoun(stripped):
        return True
    return bool(_determiner().match(stripped)) or stripped[0].isupper() or stripped[0].isdigit()


def _is_adverbial(words: str) -> bool:
    lowered = words.strip().lower().replace("’", "'")
    adverbials, openers = _intro_adverbials()
    if lowered in adverbials or lowered.startswith(openers):
        return True
    return _first_word(lowered) in _prepositions() or bool(_dated().match(lowered))


@functools.cache
def _intro_adverbials() -> tuple[frozenset[str], tuple[str, ...]]:
    """The adverbials, and each followed by a space: the words they are or open."""
    return frozenset(lexicon.INTRO_ADVERBIALS), tuple(a + " " for a in lexicon.INTRO_ADVERBIALS)


def subject_before(
    text: str, sentence_start: int, cue_start: int, *, depth: int = 0
) -> tuple[int, int] | None:
    """The subject of a cue verb standing at ``cue_start``, as a range of ``text``, or None.

    Coordinated verbs share the subject of the first ("Tokayev a décrit … et a déclaré").
    """
    clause_start = patterns.subject_cut_end(text, sentence_start, cue_start)
    clause = text[clause_start:cue_start]
    stripped = clause.rstrip(" \t\u00a0\u202f")
    if _coordination().search(stripped, max(0, len(stripped) - 12)) or not stripped.strip(" ,"):
        if depth:
            return None
        # The first of the coordinated verbs: a cue if there is one ("a reconnu que … et a
        # assuré que"), else any verb in the compound past ("a décrit … et a déclaré").
        last_verb: re.Match[str] | patterns.CueMatch | None = None
        for verb in patterns.coordinated_verb().finditer(text, sentence_start, cue_start):
            if verb.end() < cue_start:
                last_verb = verb
        for said in patterns.verb_cues(text, sentence_start, cue_start):
            if said.end() < cue_start:
                last_verb = said
        if last_verb is None:
            return None
        return subject_before(text, sentence_start, last_verb.start(), depth=1)
    segments = []
    position = clause_start
    for piece in clause.split(","):
        segments.append((position, position + len(piece)))
        position += len(piece) + 1
    if stripped.endswith(","):
        # "Jean Dupont, porte-parole du parti, a déclaré": the first non-adverbial segment.
        candidates = [
            s
            for s in segments
            if text[s[0] : s[1]].strip() and not _is_adverbial(text[s[0] : s[1]])
        ]
        chosen = candidates[0] if candidates else None
        if chosen is not None:
            following = segments[segments.index(chosen) + 1]
            if _is_proper_name(text[following[0] : following[1]].strip()):
                chosen = (chosen[0], following[1])  # "Le ministre, Bruno Le Maire, a jugé"
    else:
        chosen = segments[-1]
        if text[chosen[0] : chosen[1]].strip().lower() == "qui" and len(segments) > 1:
            # "…avec le préfet Laurent Nuñez, qui a indiqué que": the antecedent of "qui".
            previous = segments[-2]
            named = _final_name().search(text, max(previous[0], previous[1] - 80), previous[1])
            if named:
                return named.span(1)
            # "…, a indiqué l'armée de l'air ukrainienne, qui affirme…": the phrase before.
            phrase = _final_phrase().search(text, max(previous[0], previous[1] - 80), previous[1])
            return phrase.span(1) if phrase and is_speaker(phrase.group(1)) else None
    if chosen is None:
        return None
    start, end = _trim(text, *chosen)
    words = text[start:end]
    if _conjunction().match(words):
        start, end = _trim(text, start + words.index(" "), end)
        words = text[start:end]
    if not _looks_like_np(words):
        return None
    return start, end


def np_after(text: str, position: int, limit: int) -> tuple[int, int] | None:
    """The source noun phrase that follows an inverted cue ending at ``position``, or None."""
    adjunct = patterns.leading_adjunct().match(text, position, limit)
    start = adjunct.end() if adjunct else position
    while start < limit and text[start] in " \t\u00a0\u202f":
        start += 1
    stop = patterns.np_stop().search(text, start, limit)
    end = stop.start() if stop else limit
    start, end = _trim(text, start, end)
    if end <= start or not _looks_like_np(text[start:end]):
        return None
    return start, end


def name_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of source words that names the entity: without the determiner, and the
    proper name when a role introduces one ("le porte-parole du Kremlin, Dmitri Peskov")."""
    words = text[start:end]
    determiner = _determiner().match(words)
    if determiner and determiner.end() < len(words):
        start += determiner.end()
        words = text[start:end]
    if ", " in words:
        head, _, tail = words.partition(", ")
        named = name_range(text, end - len(tail), end)
        if _is_proper_name(text[named[0] : named[1]]):  # ", Dmitri Peskov", ", le chercheur X"
            return named
        return start, start + len(head)
    # The acronym pattern ends with a parenthesis: most words hold none, and are spared it.
    acronym = _acronym_after().search(words, max(0, len(words) - 20)) if ")" in words else None
    if acronym and acronym.start() > 0:  # "Commission de régulation de l'énergie (CRE)"
        end = start + acronym.start()
        words = text[start:end]
    title = _title().match(words)
    if title and title.end() < len(words):  # "Me Éric Dupond-Moretti", "M. Dupont"
        start += title.end()
        words = text[start:end]
    qualifier = _qualifier().match(words)  # "ancien champion Bernard Hinault"
    offset = qualifier.end() if qualifier else 0
    first = words[offset:].split(None, 1)
    if not first or first[0].lower() not in lexicon.roles():
        return start, end  # the role would be that first word: no need to try the pattern
    role = _role_then_name().fullmatch(words, offset)
    if role and role.group(1).lower() in lexicon.roles():
        return start + role.start(2), end
    return start, end


def _is_proper_name(words: str) -> bool:
    return bool(_name_run().fullmatch(words.strip())) or bool(_title().match(words))


@functools.cache
def _name_run() -> re.Pattern[str]:
    return re.compile(patterns.NAME_RUN)


@functools.cache
def _acronym_after() -> re.Pattern[str]:
    return re.compile(r"\s*\([A-ZÀ-Þ0-9][\w.-]{1,12}\)$")


@functools.cache
def _multiword_roles() -> tuple[str, ...]:
    return tuple(role for role in lexicon.PERSON_ROLES if " " in role)


@functools.cache
def _dated() -> re.Pattern[str]:
    return re.compile(r"le \d")


@functools.cache
def _conjunction() -> re.Pattern[str]:
    return re.compile(r"(?:et|mais|or)\s", re.IGNORECASE)


@functools.cache
def _coordination() -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s,])(?:et|puis|mais aussi)$", re.IGNORECASE)


@functools.cache
def _qualifier() -> re.Pattern[str]:
    return re.compile(
        r"^(?:ancien|ancienne|nouveau|nouvelle|nouvel|futur|future|ex-|actuel|actuelle)\s*"
    )


@functools.cache
def _final_phrase() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w’'-])((?:le|la|les|l['’])\s*[\w’'-]+(?:\s+[\w’'-]+){0,6})\s*$", re.IGNORECASE
    )


@functools.cache
def _title() -> re.Pattern[str]:
    return re.compile(r"(?:Me|M\.|MM\.|Mme|Mmes|Mlle|Mgr|Dr|Pr)\s+(?=[A-ZÀ-ÖØ-Þ])")


@functools.cache
def _final_name() -> re.Pattern[str]:
    # A name ending a segment, with its determiner and role: "le préfet Laurent Nuñez".
    return re.compile(
        rf"((?:(?:le|la|l['’])\s*(?:[a-zéèêàâîôûç-]+\s+){{0,3}})?{patterns.NAME_RUN})\s*$"
    )


@functools.cache
def _role_then_name() -> re.Pattern[str]:
    # "préfet Laurent Nuñez", "gouverneur régional Oleg Synegoubov": a role, then the name.
    return re.compile(rf"([a-zéèêàâîôûç-]+)(?:\s+[a-zéèêàâîôûç-]+){{0,2}}?\s+({patterns.NAME_RUN})")


def bare_head(words: str) -> str | None:
    """The head noun of a bare definite description that needs an antecedent, else None.

    "Le ministère", "le Président", "la ministre russe" need one; "le ministère de la
    Défense" and "l'ONU" name their referent themselves.
    """
    match = _bare().fullmatch(words.strip())
    if not match:
        return None
    head = head_noun(words)
    if match.group(1)[:1].isupper() and head not in lexicon.roles():
        return None  # "l'ONU", "le Kremlin", "le Parlement": a name, not a description
    if head in lexicon.roles() or head in lexicon.org_heads():
        return head
    return None


def head_noun(words: str) -> str:
    """The head noun of source words, lower-cased: "premier ministre", "ministère", "tokayev"."""
    stripped = words.strip()
    determiner = _determiner().match(stripped)
    rest = (stripped[determiner.end() :] if determiner else stripped).lower()
    rest = _qualifier().sub("", rest, count=1)  # "l'ancien champion", "la nouvelle ministre"
    for role in _multiword_roles():
        if rest == role or rest.startswith(role + " "):
            return role
    return _first_word(rest)


def is_speaker(words: str) -> bool:
    """True for words that can name who speaks: a pronoun, a name, a role or an institution
    ("le syndicat s'est dit prêt" but not "un incendie s'est déclaré")."""
    if is_pronoun(words):
        return True
    stripped = words.strip()
    determiner = _determiner().match(stripped)
    rest = stripped[determiner.end() :] if determiner else stripped
    if rest[:1].isupper():
        return True
    head = head_noun(stripped)
    singular = head[:-1] if head.endswith(("s", "x")) else head  # "les syndicats"
    return any(h in lexicon.roles() or h in lexicon.org_heads() for h in (head, singular))


def classify(words: str) -> EntityLabel:
    """``PER`` or ``ORG`` for source words that no entity covers, by their head noun."""
    stripped = words.strip()
    determiner = _determiner().match(stripped)
    rest = stripped[determiner.end() :] if determiner else stripped
    head = head_noun(stripped)
    singular = head[:-1] if head.endswith(("s", "x")) else head  # "les habitants"
    if (
        head in lexicon.org_heads()
        or head in lexicon.medium_nouns()
        or singular in lexicon.org_heads()
    ):
        return EntityLabel.ORG
    if head in lexicon.roles() or singular in lexicon.roles():
        return EntityLabel.PER
    if _role_then_name().fullmatch(rest) or _name_run().fullmatch(rest):
        return EntityLabel.PER  # "ancien champion Bernard Hinault", "Jean Dupont"
    tokens = rest.split()
    if (
        tokens
        and all(t[:1].isupper() for t in tokens)
        and not any(t.isupper() and len(t) > 1 for t in tokens)
    ):
        return EntityLabel.PER  # "Tokayev", "Jean Dupont": a proper name, not an acronym
    return EntityLabel.ORG


def gender(words: str) -> str | None:
    """``"f"``, ``"m"`` or None (unknown) from the determiner of source words or a pronoun."""
    first = _first_word(words)
    if first in ("la", "une", "cette", "elle", "elles", "celle-ci") or words.lower().startswith(
        "cette dernière"
    ):
        return "f"
    if first in ("le", "un", "ce", "cet", "il", "ils", "celui-ci"):
        return "m"
    return None
