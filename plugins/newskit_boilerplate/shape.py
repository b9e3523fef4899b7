"""Line shape: what a line looks like, whatever its words (share bars, breadcrumbs, tweets…).

Each rule returns the ``shape:<key>`` reason of a clutter line or ``None``. The rules only
read one line; the neighbourhood is weighed in :mod:`newskit_boilerplate.classify`.
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

__all__ = ["is_citation", "is_sentence_like", "shape_reason", "share_words"]

#: Punctuation that ends a sentence, possibly followed by a closing quote.
#: A closing bracket alone does not count: "Lire aussi : … (12 réactions)" is no sentence.
_TERMINAL = (".", "!", "?", "…", "»", '"', "”", ".)", "!)", "?)")


@functools.cache
def share_words() -> frozenset[str]:
    """The words a share bar is made of (``data/share_words.txt``)."""
    text = resources.files(__package__).joinpath("data/share_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    month = (
        r"(?:janv(?:ier|\.)?|févr(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|août|"
        r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|déc(?:embre|\.)?|"
        r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    )
    day = (
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|(?:lun|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\.?)"
    )
    time = r"(?:\d{1,2}\s?[h:.]\s?\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}\s?h)"
    date = (
        rf"(?:{day}\s*,?\s*)?(?:\d{{1,2}}(?:er)?\s+{month}\.?(?:\s+\d{{4}})?|{month}\s+\d{{1,2}},?\s+\d{{4}}|"
        rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    )
    return {
        # "— Name (@handle) March 16, 2020": the attribution line of an embedded tweet.
        "tweet": regex.compile(
            r"(?i)(?:^[—–-]\s*.{1,80}\(@\w{1,30}\)|pic\.twitter\.com/|\bt\.co/\w|"
            r"^\(@\w+\)|^@\w+\s*[·•]\s*\d)"
        ),
        "url": regex.compile(
            # A bare link, possibly after a short label: "URL de l’article : https://…".
            r"(?i)^(?:[\w’' -]{1,30}:\s*)?(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|ru|be|ch|ca|info|eu)(?:/\S*)?)"
            r"(?:\s+(?:(?:https?://|www\.)\S+))*$"
        ),
        "hashtags": regex.compile(r"^(?:[#@][\w-]+[\s,]*)+$"),
        "date": regex.compile(
            # An optional place before the date: the dateline of a release, "Paris, le 6 janvier".
            rf"(?i)^(?-i:\p{{Lu}}[\w’'-]*(?:[ -]\p{{Lu}}[\w’'-]*){{0,2}},\s+)?"
            rf"(?:(?:le|du|on|il\s+y\s+a)\s+)?(?:{date}(?:\s*(?:à|at|-|,|–|\|)?\s*{time})?|{time}|"
            r"\d+\s+(?:min(?:utes?)?|h(?:eures?)?|jours?|hours?|days?)(?:\s+ago)?)"
            # and an optional time zone: "Thu 9 May 2024 02.14 EDT"
            r"(?:\s*(?:hne|hae|utc|gmt|cet|cest|edt|est|cdt|cst|pdt|pst|bst|aest|aedt))?\s*$"
        ),
        "relative-time": regex.compile(
            r"(?i)\b(?:il\s+y\s+a\s+\d+\s+(?:min(?:utes?)?|h(?:eures?)?|jours?|s(?:econdes)?)|\d+\s+(?:minutes?|hours?|days?)\s+ago)\s*$"
        ),
        "counter": regex.compile(
            r"(?i)^[\d\s.,kK]+\s*(?:vues?|lectures?|partages?|j(?:’|')aime|likes?|shares?|views?|réactions?|commentaires?|comments?|"
            r"followers?|abonnés|claps?|responses?|réponses)\s*$"
            # A lone count of likes or followers beside a button: "1.2K", "2,4 k".
            r"|^\d{1,3}(?:[.,]\d{1,3})?\s?[kKmM]$"
        ),
        "credit": regex.compile(
            r"(?i)(?:©\s*\S.{0,60}$|\((?:photo|crédit|credit|image|illustration)[^)]{0,60}\)\s*\.?$|"
            r"(?:/|\|)\s*(?:AFP|Reuters|AP|EPA|Getty\s+Images|SIPA|MaxPPP|Abaca|Hans\s+Lucas|Shutterstock|DR)\s*$|"
            r"\b(?:photo|photograph(?:ie)?|picture|foto|crédit\s+photo)\s*:\s*\S.{0,40}$|"
            # Case matters below (a name, an agency in capitals): "(?-i:" turns (?i) off.
            # A caption signed after a bar or slash: "… devant la mairie. | Ouest-France",
            # "… | Le Courrier de l’Ouest" (a name may hold particles: de, du, l’…)
            r"(?-i:\S\s+[|/]\s*\p{Lu}[\w.-]*(?:\s+(?:\p{Lu}[\w.-]*|d[eu]|des|la|le|(?:l|d)['’]\p{Lu}[\w.-]*)){0,5}$|"
            # a credit in brackets at the end: "[Keystone - J. Roy]", "(JEAN DUPONT / AFP)",
            # the agency after the slash in capitals, as credits print it
            r"\[\p{Lu}[^\[\]]{0,40}(?:\s[-–/]\s|/)[^\[\]]{1,40}\]$|"
            # a caption ending on "Name Name/Outlet": "… on Tuesday. Justin Tang/The Press"
            r"[.!?]\s+\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,3}/(?:The\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}$|"
            r"\(\p{Lu}[^()]{0,40}\s?/\s*\p{Lu}{2,}[\p{Lu}\s.&-]*\)\.?$)|"
            # the credit after the caption's last sentence: "… October 2024. Photo by Ann Lee/Ledger"
            r"[.!?]\s+(?:photo|photograph|picture|image)s?\s+(?:by|de|par|courtesy\s+of)\s+\S[^.!?]{0,50}$|"
            # an archive mark after a dash: "… on Wednesday. - File photo", "– Photo d’archives"
            r"\s[-–—|]\s*(?:file\s+(?:photo|image|picture)|(?:photo|image)s?\s+d(?:’|')archives?)\s*$)"
        ),
        # The words of a "Le 8 janvier 2022 à 18h30, modifié le 8 janvier à 20h12" stamp.
        "stamp-token": regex.compile(
            rf"(?i)\b(?:{date}|{time}|{month}|{day}|\d{{1,4}}|publié|publiée|mis|mise|à|jour|le|"
            r"modifié|modifiée|actualisé|updated|published|on|at|et|and|hne|utc|gmt|cet|il\s+y\s+a)\b"
        ),
        # "Kristin Annable · CBC News": a name and an outlet, every word capitalised.
        "byline": regex.compile(
            r"^\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,3}\s+[·•|]\s+"
            r"\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,3}$"
        ),
        # A reference of a source list: "« Séisme au Japon », Agence de presse, 3 janvier 2024."
        # A quoted title, then a publisher named with a capital, then the date alone.
        "citation": regex.compile(
            r"^[«“\"][^«»“”\"]{3,200}[»”\"]\s*,\s*\p{Lu}[^,]{0,60},\s*"
            rf"(?i:(?:le\s+|on\s+)?{date}(?:,?\s+\d{{4}})?)\.?$"
        ),
        "separators": regex.compile(r"\s[|>›»•·/→]\s|\s[|•·]|[|•·]\s"),
    }


#: A mark standing alone between spaces: "«", "»", "–".
_LONE_MARK = regex.compile(r"(?<!\S)[^\w\s](?!\S)")


def is_sentence_like(line: str, words: int) -> bool:
    """A line that reads like running prose: long enough and ending like a sentence.

    Lone marks ("«", "»", "–") are no words: "« La forêt ne se sauvera pas sans eux »" is
    a quoted title of nine words, not a sentence of eleven."""
    if 12 <= words < 40 and (words >= 30 or line.endswith(_TERMINAL)):
        words -= len(_LONE_MARK.findall(line))
    if words >= 30:
        return True
    return words >= 12 and line.endswith(_TERMINAL)


#: No clutter line of a known shape (URL, date, credit, tweet) is longer than this. The word
#: count does not bound a line without spaces ("A.A.A." a megabyte long), on which the URL
#: pattern backtracks in quadratic time (found by tests/hardening/test_linearity.py).
_LONGEST_SHAPE = 2_000


def is_citation(line: str, words: int) -> bool:
    """A reference of a source list ("« Title », Publisher, 3 janvier 2024."): the one shape
    that may be removed even when it is as long as a sentence, since it has none of a
    sentence's parts, only a quoted title, a name and a date."""
    return words <= 40 and _patterns()["citation"].match(line) is not None


def shape_reason(line: str, words: int) -> str | None:
    """The ``shape:<key>`` reason of a clutter line, or ``None``."""
    patterns = _patterns()
    if not any(ch.isalnum() for ch in line):
        return "shape:symbols"
    if len(line) > _LONGEST_SHAPE:
        return None
    if words <= 40 and patterns["tweet"].search(line):
        return "shape:tweet"
    if is_citation(line, words):
        return "shape:citation"
    if words > 25:
        return None
    if words <= 12 and _is_share_bar(line):
        return "shape:share-bar"
    if patterns["url"].match(line):
        return "shape:url"
    if patterns["hashtags"].match(line):
        return "shape:hashtags"
    if words <= 12 and patterns["date"].match(line):
        return "shape:date"
    if words <= 20 and _is_stamp(line, patterns["stamp-token"]):
        return "shape:date"
    if words <= 10 and patterns["counter"].match(line):
        return "shape:counter"
    if words <= 10 and patterns["relative-time"].search(line):
        return "shape:relative-time"
    if _is_menu_row(line, patterns["separators"]):
        return "shape:menu-row"
    if words <= 8 and patterns["byline"].match(line):
        return "shape:byline"
    if patterns["credit"].search(line) and not line.endswith(("!", "?")):
        return "shape:credit"
    return None


def _is_stamp(line: str, token: regex.Pattern[str]) -> bool:
    """A line made of dates, times and stamp words only, with one of them a date."""
    if not any(ch.isdigit() for ch in line):
        return False
    rest = token.sub(" ", line)
    return not any(ch.isalpha() for ch in rest)


def _is_share_bar(line: str) -> bool:
    tokens = [t.strip(".,:;!()[]|/·•-–—…").lower() for t in line.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    words = share_words()
    hits = sum(t in words for t in tokens)
    # A lone button ("Email", "WhatsApp") is a share bar of one: no paragraph is one such word.
    return (hits >= 2 and hits >= 0.7 * len(tokens)) or (hits == 1 and len(tokens) == 1)


def _is_menu_row(line: str, separators: regex.Pattern[str]) -> bool:
    """Short items between separators: "Accueil › Monde › Europe", "Sport | Culture | Vidéos"."""
    if line.endswith((".", "!", "?")) or "«" in line:
        return False
    pieces = [p for p in regex.split(r"\s*[|>›»•·/→]\s*", line) if p.strip()]
    if len(pieces) < 3 or not separators.search(line):
        return False
    return all(len(p.split()) <= 4 for p in pieces)
