"""The exceptions newskit raises: every failure a caller can meet has a type here.

All derive from :class:`NewskitError`. Input problems are also :class:`ValueError`
(the caller gave a bad value); plugin problems name the plugin at fault.
"""

from __future__ import annotations

__all__ = [
    "AnalysisTimeout",
    "BinaryInputError",
    "DecodingError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "NewskitError",
    "PluginError",
    "PluginFailedError",
    "PluginSetupError",
    "PluginSpanError",
    "SerializationError",
]


class NewskitError(Exception):
    """Base class of every error newskit raises on purpose."""


class InputError(NewskitError, ValueError):
    """The source cannot be analyzed as an article. The message says why."""


class EmptyInputError(InputError):
    """The source is empty or holds only white space."""


class BinaryInputError(InputError):
    """The source looks like binary data (NUL bytes, control characters), not text."""


class DecodingError(InputError):
    """Bytes that no declared or detected character set decodes cleanly."""


class InputTooLargeError(InputError):
    """The source is larger than the pipeline's ``max_bytes`` limit."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input is {size:,} bytes, above the limit of {limit:,} bytes (max_bytes)")
        self.size = size
        self.limit = limit


class AnalysisTimeout(NewskitError, TimeoutError):
    """An analysis took longer than its ``timeout``."""


class SerializationError(NewskitError, ValueError):
    """A JSON record that is not a newskit article (bad JSON, missing or wrong fields)."""


class PluginError(NewskitError):
    """A plugin misbehaved. Its ``plugin`` attribute names it, ``hook`` names the hook."""

    def __init__(self, message: str, *, plugin: str, hook: str) -> None:
        super().__init__(f"plugin {plugin!r} in {hook}: {message}")
        self.plugin = plugin
        self.hook = hook


class PluginFailedError(PluginError):
    """A plugin raised an exception; the original is chained as ``__cause__``."""


class PluginSpanError(PluginError):
    """A plugin returned a span that does not match the text at its offsets, or a wrong type."""


class PluginSetupError(NewskitError):
    """The plugin set cannot be loaded: an unknown hook, a broken entry point, a bad name."""
