"""Builds the plugin manager: block disabled names, register the core fallbacks, load entry points."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from newskit import hookspecs
from newskit.errors import PluginSetupError

__all__ = [
    "DISABLE_ENV",
    "ENTRY_POINT_GROUP",
    "NewskitPluginManager",
    "PluginInfo",
    "build_plugin_manager",
    "disabled_from_env",
    "plugin_infos",
]

#: The entry-point group through which every plugin, first-party or not, registers.
ENTRY_POINT_GROUP = "newskit"
#: Environment variable naming plugins to disable, comma-separated.
DISABLE_ENV = "NEWSKIT_DISABLE_PLUGINS"
#: Name under which the core's plain-text ingest fallback registers.
CORE_PLUGIN = "core"


@attrs.frozen
class PluginInfo:
    """What ``newskit plugins`` shows of one loaded plugin."""

    name: str
    version: str | None
    distribution: str | None
    module: str
    hooks: tuple[str, ...]


class NewskitPluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers which distribution each entry-point plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        #: plugin name -> (distribution name, version), for entry-point plugins
        self.distributions: dict[str, tuple[str, str]] = {}


def disabled_from_env(environ: dict[str, str] | None = None) -> frozenset[str]:
    """The plugin names listed in ``NEWSKIT_DISABLE_PLUGINS``."""
    value = (os.environ if environ is None else environ).get(DISABLE_ENV, "")
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def build_plugin_manager(
    *,
    disable: Iterable[str] = (),
    plugins: Iterable[Any] = (),
    load_entry_points: bool = True,
) -> NewskitPluginManager:
    """A plugin manager with the hook specs, the core fallbacks and the installed plugins.

    :param disable: plugin names (entry-point names, or names given to ``plugins``) to block.
        The core's plain-text ingest (``"core"``) cannot be disabled: without it an
        analysis has no text.
    :param plugins: extra plugin objects (modules, classes, instances) to register, under
        their ``__name__`` or a ``(name, plugin)`` pair.
    :param load_entry_points: load the ``newskit`` entry-point group (set False for a
        pipeline made of ``plugins`` only).
    :raises PluginSetupError: an entry point cannot be imported, or an implementation names
        no known hook (a misspelled hook would otherwise be silently ignored).
    """
    from newskit import _core_plugin

    disabled = set(disable)
    if CORE_PLUGIN in disabled:
        raise PluginSetupError(
            "the 'core' plugin provides the plain-text fallback and cannot be disabled"
        )
    manager = NewskitPluginManager()
    for name in disabled:
        manager.set_blocked(name)
    manager.register(_core_plugin, name=CORE_PLUGIN)
    if load_entry_points:
        _load_entry_points(manager)
    for item in plugins:
        name, plugin = item if isinstance(item, tuple) else (_plugin_name(item), item)
        if not manager.is_blocked(name):
            manager.register(plugin, name=name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        name = manager.get_name(error.plugin) or repr(error.plugin)
        hooks = ", ".join(sorted(h for h in dir(error.plugin) if h.startswith("newskit_")))
        raise PluginSetupError(f"plugin {name!r} implements an unknown hook: {hooks}") from error
    return manager


def _plugin_name(plugin: Any) -> str:
    return str(getattr(plugin, "__name__", None) or type(plugin).__name__)


def _load_entry_points(manager: NewskitPluginManager) -> None:
    # Like pluggy's load_setuptools_entrypoints, but a broken plugin gets an error that
    # names it, and duplicate distributions (an editable install beside a wheel) load once.
    from importlib import metadata as importlib_metadata  # ~50 ms: not at import time

    seen: set[str] = set()
    for dist in importlib_metadata.distributions():
        for entry_point in dist.entry_points:
            if entry_point.group != ENTRY_POINT_GROUP or entry_point.name in seen:
                continue
            seen.add(entry_point.name)
            if manager.is_blocked(entry_point.name) or manager.get_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
            except Exception as error:
                raise PluginSetupError(
                    f"plugin {entry_point.name!r} ({entry_point.value}) failed to import: {error}"
                ) from error
            try:
                manager.register(plugin, name=entry_point.name)
            except pluggy.PluginValidationError as error:
                raise PluginSetupError(f"plugin {entry_point.name!r}: {error}") from error
            manager.distributions[entry_point.name] = (dist.metadata["Name"], dist.version)


def plugin_infos(manager: NewskitPluginManager) -> list[PluginInfo]:
    """Name, version, distribution, module and hooks of every registered plugin."""
    infos = []
    for name, plugin in manager.list_name_plugin():
        if plugin is None:  # a blocked name
            continue
        dist_name, dist_version = manager.distributions.get(name, (None, None))
        hooks = tuple(sorted(caller.name for caller in manager.get_hookcallers(plugin) or ()))
        module = getattr(plugin, "__name__", None) or type(plugin).__module__
        infos.append(
            PluginInfo(
                name=name,
                version=dist_version or _own_version(plugin),
                distribution=dist_name,
                module=str(module),
                hooks=hooks,
            )
        )
    return sorted(infos, key=lambda info: info.name)


def _own_version(plugin: Any) -> str | None:
    if getattr(plugin, "__name__", "").startswith("newskit"):
        from newskit import __version__

        return __version__
    version = getattr(plugin, "__version__", None)
    return str(version) if version is not None else None
