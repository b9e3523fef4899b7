"""Sphinx configuration of the newskit docs: built with -W -n (warnings are errors) and doctest."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "examples" / "newskit-credits"))
# Doctests read the seed article by its path relative to the project root.
os.chdir(ROOT)

from newskit import __version__  # noqa: E402

project = "newskit"
author = "The newskit developers"
copyright = "2026, The newskit developers"
release = version = __version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
templates_path: list[str] = []
exclude_patterns = ["_build", "examples/**/README.md"]
html_theme = "furo"
html_title = f"newskit {release}"
html_static_path = ["_static"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_type_aliases: dict[str, str] = {}

# Every cross-reference must resolve (-n). No intersphinx: the docs build offline, so the
# standard library and third-party names below are not linked.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:class", r"(datetime|decimal|collections\.abc|typing|types|argparse|pathlib|enum)\..*"),
    (
        r"py:class",
        r"(attrs|attr|pluggy|cattrs|regex|babel|spacy|trafilatura|pandas|pyarrow|dask|distributed|hypothesis)\..*",
    ),
    (
        r"py:class",
        r"(Decimal|Any|Iterable|Iterator|Mapping|Sequence|Callable|TypeVar|S|T|Path|date|datetime|Enum|StrEnum|PathLike)",
    ),
    (r"py:class", r"(str|int|float|bool|bytes|object|None|dict|list|tuple|set|frozenset|type)"),
    (r"py:.*", r"newskit\.types\._.*"),
    (r"py:class", r"NoneType|ellipsis|_StrEnum|Pipeline|Article|Span|Ingested|_F|dt\.date|S"),
    (r"py:class", r"newskit\.spans\.S|PluginManager"),
    (r"py:meth", r"PluginManager\..*"),
    (r"py:exc", r"(ValueError|TypeError|TimeoutError|KeyError|OSError)"),
]

doctest_global_setup = """
import newskit
"""
