"""The input errors of HTML ingestion: each says precisely why a page gives no article."""

from __future__ import annotations

from newskit.errors import EmptyInputError, InputError

__all__ = ["EmptyPageError", "MalformedHtmlError", "TruncatedHtmlError"]


class EmptyPageError(EmptyInputError):
    """The page parses, but holds no article text (an empty body, only menus or scripts)."""


class TruncatedHtmlError(InputError):
    """The page stops before its end and what arrived holds no article text."""


class MalformedHtmlError(InputError):
    """The markup cannot be parsed at all."""
