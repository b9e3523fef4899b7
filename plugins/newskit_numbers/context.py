"""What stands before a number: modifiers ("environ", "plus de"), determiners ("un",
"des"), law references, and verbs of change ("passe de … à").
"""

from __future__ import annotations

from newskit_numbers.reading import Reading, Tail, unelided
from newskit_numbers.tables import Tables

__all__ = [
    "apply_modifier",
    "is_change",
    "is_law_filler",
    "is_law_reference",
    "lead",
    "modifier",
    "read_lead",
]

_BOUND_OF = {
    "more_than": "more_than",
    "at_least": "at_least",
    "less_than": "less_than",
    "at_most": "at_most",
    "approx_more_than": "more_than",
    "approx_less_than": "less_than",
}


#: "est passé de 8 à 7 %": after these endings, "de X à Y" is a change, not a range.
_PARTICIPLES = ("é", "ée", "és", "ées", "is", "ait")


#: Verbs of change: "passe de 8 % à 7 %" is two values, "varie de 10 € à 20 €" a range.
_CHANGES = (
    "pass", "augment", "baiss", "grimp", "chut", "recul", "progress", "bond", "diminu",
    "mont", "descend", "tomb", "port", "élev", "rédui", "ramen", "relev", "abaiss", "évolu",
)  # fmt: skip


def is_change(tail: Tail) -> bool:
    """ "est passé de", "a augmenté de": what follows "de" is a starting value, not a range."""
    verb = tail.last(2).lower()
    return verb.endswith(_PARTICIPLES) or verb.startswith(_CHANGES)


_HEDGES = frozenset({"bonne", "petite", "grosse", "large", "bon", "petit", "gros"})


_DETERMINERS = frozenset(
    {"un", "une", "des", "les", "plusieurs", "quelques", "la", "de", "d'", "d’"}
)


#: Last words before a number that make :func:`lead` look further; any other word leads nothing.
_LEADING = _HEDGES | _DETERMINERS | {"demi", "demie", "virgule"}
_HALF_OR_POINT = frozenset({"demi", "demie", "virgule"})
_ELIDED_ONE = ("'un", "’un", "'une", "’une")


def lead(window: str, start: int, determined: bool = True) -> tuple[str, bool, int]:
    """What stands before a run of number words: ("un", True, offset) for "un demi-milliard".

    ``determined`` says whether the reader cares for a determiner ("un", "des") before the
    words; when it does not, only "demi" and "virgule" lead anything.
    """
    # Most number words follow a word that leads nothing ("environ", "les"): say so
    # without splitting the window into words.
    words = window.rsplit(None, 1)
    last = words[-1].lower() if words else ""
    if determined:
        if last.rstrip("-") not in _LEADING and not last.endswith(_ELIDED_ONE):
            return "", False, start
    elif last.rstrip("-") not in _HALF_OR_POINT:
        return "", False, start
    return read_lead(window, start)


def read_lead(window: str, start: int) -> tuple[str, bool, int]:
    """:func:`lead` without its shortcuts: the last three words of ``window``, read in full."""
    tail = Tail(window, 3)
    base = start - len(window)
    demi = False
    skip = 1
    if tail.last().lower() in _HEDGES and tail.last(2).lower() in ("un", "une"):
        skip = 2  # "une bonne centaine", "une petite vingtaine"
    if tail.last().lower().rstrip("-") in ("demi", "demie"):
        if not window.endswith(("-", " ", "\u00a0")):
            return "", False, start
        demi = True
        lead_start = base + tail.offset(1)
        skip = 2
    elif window[-1:].isspace():
        lead_start = start
    else:
        return "", False, start
    low = tail.last(skip).lower()
    if low == "virgule" and not demi and tail.last(2).lower() in ("un", "une"):
        return "virgule", False, base + tail.offset(2)  # "un virgule cinq"
    if low.endswith(_ELIDED_ONE):  # "près d’un million"
        return low[2:], demi, base + tail.offset(skip) + 2
    if low in _DETERMINERS:
        return low, demi, base + tail.offset(skip)
    return "", demi, lead_start


_OPENERS = '(«"“'


def modifier(tail: Tail, t: Tables) -> tuple[str, int] | None:
    """The modifier ("environ", "plus de", "jusqu’à") ending the window, and its offset."""
    last = tail.last().lower()
    counts = t.modifier_ends.get(last) or t.modifier_ends.get(unelided(last))
    if not counts:
        return None
    words = tail.words
    for count in counts:
        if len(words) < count:
            continue
        first = words[-count]
        opened = unelided(first.lstrip(_OPENERS))  # "d’environ" reads as "environ"
        phrase = " ".join([opened, *words[len(words) - count + 1 :]]).lower()
        effect = t.modifiers.get(phrase)
        if effect:
            return effect, tail.offset(count) + len(first) - len(opened)
    return None


#: Words between "article" and its number ("article L. 1234", "loi n° 2020", "articles
#: 3 et 4"); runs of digits and their punctuation are fillers too (:func:`is_law_filler`).
_LAW_FILLERS = frozenset(
    {"L", "R", "D", "A", "O", "L.", "R.", "D.", "A.", "O.", "n°", "no", "et", "à", "ou", ","}
    | {"du", "de", "la", "le"}
)
_LAW_NUMBER_MARKS = frozenset(".,–-")


def is_law_filler(token: str) -> bool:
    """ "L.", "n°", "1234-", "et": a token that may stand between "article" and its number."""
    if token in _LAW_FILLERS:
        return True
    if not token[:1].isdecimal() and token[:1] not in _LAW_NUMBER_MARKS:
        return False  # the common case, a word: no need to test every character
    return bool(token) and all(c.isdecimal() or c in _LAW_NUMBER_MARKS for c in token)


def is_law_reference(tail: Tail, t: Tables) -> bool:
    """ "article L. 1234-", "articles 3 et", "loi n°": the number is a reference, not a quantity."""
    for token in reversed(tail.words):
        if not is_law_filler(token):
            return t.contexts_before.get(unelided(token).lower()) == "law reference"
    return False


def apply_modifier(reading: Reading, effect: str, start: int) -> None:
    """Qualify ``reading`` by a modifier that starts at ``start``: approximate, bounded, or both."""
    if not effect:
        return
    reading.start = min(reading.start, start)
    if effect.startswith("approx"):
        reading.approximate = True
    bound = _BOUND_OF.get(effect)
    if bound and reading.value is not None:
        reading.bound = bound
        if bound in ("more_than", "at_least"):
            reading.lower = reading.value
        else:
            reading.upper = reading.value
    reading.year_like = False
