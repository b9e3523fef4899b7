"""Site profiles: the lines and line openings that recur across one source's articles.

A profile is a small JSON file, learned by :func:`newskit_boilerplate.learn.learn_site_profile`
(or the ``newskit learn-boilerplate`` command) and found by site name in a profiles directory.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import regex

__all__ = ["FORMAT", "SiteProfile", "find_profile", "normalize_line", "profile_path", "tokens"]

FORMAT = "newskit-boilerplate-profile"
VERSION = 1
#: Number of tokens that make a learned line opening ("lire aussi :", "rejoignez news-front sur").
PREFIX_TOKENS = 3


@functools.cache
def _token_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[\w’'-]+|[^\w\s]")


@functools.cache
def _digits() -> regex.Pattern[str]:
    return regex.compile(r"\d+")


def tokens(line: str) -> list[str]:
    """The comparable tokens of a line: lower case, apostrophes unified, every number as 0."""
    line = unicodedata.normalize("NFC", line).lower().replace("’", "'")
    return _token_pattern().findall(_digits().sub("0", line))


def normalize_line(line: str) -> str:
    """The key of a line in a profile: its tokens joined by single spaces."""
    return " ".join(tokens(line))


def _string_set(strings: Iterable[str]) -> frozenset[str]:
    # ``frozenset`` itself as the converter leaves its element type unknown to mypy.
    return frozenset(strings)


@attrs.frozen
class SiteProfile:
    """What recurs on one site: whole lines, and line openings followed by varying words.

    ``max_words``: an opening matches only a line of at most this many words, so a body
    paragraph that happens to start like a recurring line is kept.
    """

    site: str
    lines: frozenset[str] = attrs.field(converter=_string_set, factory=frozenset)
    prefixes: frozenset[str] = attrs.field(converter=_string_set, factory=frozenset)
    documents: int = 0
    max_words: int = 40

    @property
    def reason(self) -> str:
        """The reason given to the lines this profile removes."""
        return f"profile:{self.site}"

    def match(self, line: str) -> str | None:
        """The reason if ``line`` is a learned line or opens like one, else None."""
        toks = tokens(line)
        if " ".join(toks) in self.lines:
            return self.reason
        if (
            self.prefixes
            and len(toks) > PREFIX_TOKENS
            and len(line.split()) <= self.max_words
            and " ".join(toks[:PREFIX_TOKENS]) in self.prefixes
        ):
            return self.reason
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the profile."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "site": self.site,
            "documents": self.documents,
            "max_words": self.max_words,
            "lines": sorted(self.lines),
            "prefixes": sorted(self.prefixes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        """Read the JSON form; raise ValueError naming what is wrong."""
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise ValueError(f'not a newskit boilerplate profile (expected "format": "{FORMAT}")')
        if data.get("version") != VERSION:
            raise ValueError(
                f"unsupported profile version {data.get('version')!r} (expected {VERSION})"
            )
        try:
            return cls(
                site=str(data["site"]),
                lines=_strings(data.get("lines", []), "lines"),
                prefixes=_strings(data.get("prefixes", []), "prefixes"),
                documents=int(data.get("documents", 0)),
                max_words=int(data.get("max_words", 40)),
            )
        except KeyError as error:
            raise ValueError(f"profile lacks the field {error}") from None

    def save(self, path: str | Path) -> None:
        """Write the profile as UTF-8 JSON."""
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile written by :meth:`save`.

        :raises ValueError: the file is not valid JSON or not a profile (the message names the file).
        """
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls.from_dict(data)
        except (ValueError, UnicodeDecodeError) as error:
            raise ValueError(f"{path}: {error}") from error


def _strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"profile field {name!r} must be a list of strings")
    return value


def profile_path(directory: str | Path, site: str) -> Path:
    """Where the profile of ``site`` lives: ``<directory>/<slug>.json``.

    The slug is the site name in lower case with every character other than letters,
    digits, ``.``, ``_`` and ``-`` replaced by ``-`` ("Le Monde" -> ``le-monde.json``), so a
    site name can never reach outside the directory.
    """
    slug = regex.sub(r"[^\w.-]+", "-", site.strip().lower()).strip(".-") or "-"
    return Path(directory) / f"{slug}.json"


def find_profile(site: str | None, directories: Iterable[str | Path | None]) -> SiteProfile | None:
    """The profile of ``site`` in the first directory that has one, or None."""
    if not site:
        return None
    for directory in directories:
        if not directory:
            continue
        path = profile_path(directory, site)
        try:
            stat = path.stat()
        except OSError:
            continue
        return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)
    return None


@functools.lru_cache(maxsize=64)
def _load_cached(path: str, mtime_ns: int, size: int) -> SiteProfile:
    # Keyed by modification time and size: a profile rewritten on disk is read again.
    return SiteProfile.load(path)
