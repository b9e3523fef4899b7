"""newskit plugin: boilerplate: find the clutter lines of a flattened page.

Lines are judged by a learned site profile, a French and English lexicon, their shape and
their position (see :mod:`newskit_boilerplate.classify`). Each removed line takes its
trailing newlines with it, so the clean text keeps clean paragraph breaks.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import newskit
from newskit import Boilerplate
from newskit_boilerplate.classify import classify
from newskit_boilerplate.lines import split_lines
from newskit_boilerplate.profile import SiteProfile, find_profile

__all__ = ["find_boilerplate", "newskit_find_boilerplate"]

#: The environment variable naming a directory of site profiles.
PROFILES_ENV = "NEWSKIT_PROFILES_DIR"


@newskit.hookimpl
def newskit_find_boilerplate(
    text: str, title: str | None, lang: str, metadata: Mapping[str, str], pipeline: Any
) -> list[Boilerplate]:
    """The boilerplate lines of ``text``, using the profile of ``metadata["site"]`` if one exists."""
    settings = getattr(pipeline, "settings", None) or {}
    profile = find_profile(
        metadata.get("site"), (settings.get("profiles_dir"), os.environ.get(PROFILES_ENV))
    )
    return find_boilerplate(text, title, profile)


def find_boilerplate(
    text: str, title: str | None = None, profile: SiteProfile | None = None
) -> list[Boilerplate]:
    """The boilerplate spans of ``text`` (the plugin's work, callable without a pipeline)."""
    lines = split_lines(text)
    reasons = classify(lines, title, profile)
    # When the page ends on clutter, the first removed line of that run also takes the
    # break before it, so the clean text ends on its last kept line.
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    tail_from = kept[-1].index + 1 if kept else len(lines)
    spans = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is not None:
            start, end = line.cut
            if line.index == tail_from and kept:
                start = kept[-1].end
            spans.append(Boilerplate(start=start, end=end, text=text[start:end], reason=reason))
    return spans
