"""The docs build with warnings as errors, their examples run, and they cover every hook and name."""

import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newskit
from newskit import hookspecs

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLE = DOCS / "examples" / "newskit-credits"


def sphinx(builder, out):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "-n",
            "--keep-going",
            "-q",
            "-b",
            builder,
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_docs_build_without_warnings(tmp_path):
    result = sphinx("html", tmp_path / "html")
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_examples_run_as_doctests(tmp_path):
    result = sphinx("doctest", tmp_path / "doctest")
    assert result.returncode == 0, result.stdout + result.stderr


def hook_names():
    return sorted(name for name in dir(hookspecs) if name.startswith("newskit_"))


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_is_in_the_hook_reference(hook):
    assert (
        f".. autofunction:: newskit.hookspecs.{hook}"
        in (DOCS / "reference" / "hooks.rst").read_text()
    )


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_documents_its_contract(hook):
    doc = getattr(hookspecs, hook).__doc__ or ""
    assert ":returns:" in doc
    assert "**First result wins.**" in doc or "**Collecting.**" in doc
    for param in inspect.signature(getattr(hookspecs, hook)).parameters:
        assert f":param {param}:" in doc, f"{hook} does not document {param}"


@pytest.mark.parametrize("name", sorted(set(newskit.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_api_reference(name):
    reference = (DOCS / "reference" / "api.rst").read_text() + (
        DOCS / "reference" / "hooks.rst"
    ).read_text()
    assert re.search(rf"newskit\.{name}\b", reference), (
        f"newskit.{name} is not in the API reference"
    )


def install_example(target):
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH: cannot install the example plugin")
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(EXAMPLE)],
        check=True,
        capture_output=True,
        text=True,
    )


def run_python(code, target, **env):
    environ = {**os.environ, "PYTHONPATH": str(target), **env}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, check=True
    ).stdout


def test_documented_plugin_installs_is_listed_runs_and_can_be_disabled(tmp_path):
    target = tmp_path / "site"
    install_example(target)
    assert list(target.glob("newskit_credits-1.0.0.dist-info/entry_points.txt"))
    code = """
import json, newskit
pipeline = newskit.Pipeline()
info = {p.name: [p.version, p.distribution, list(p.hooks)] for p in pipeline.plugins()}
article = pipeline.analyze("Titre\\n\\nPhoto : AFP\\nLe corps du texte.\\n")
print(json.dumps({"info": info.get("credits"), "text": article.text}))
"""
    # The first-party boilerplate plugin may remove credit lines too: leave it out of both runs.
    enabled = json.loads(run_python(code, target, NEWSKIT_DISABLE_PLUGINS="boilerplate"))
    assert enabled["info"] == ["1.0.0", "newskit-credits", ["newskit_find_boilerplate"]]
    assert "Photo" not in enabled["text"]
    disabled = json.loads(run_python(code, target, NEWSKIT_DISABLE_PLUGINS="boilerplate,credits"))
    assert disabled["info"] is None
    assert "Photo : AFP" in disabled["text"]


def run_cli(args, target):
    environ = {**os.environ, "PYTHONPATH": str(target)}
    command = [sys.executable, "-m", "newskit", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environ, check=True).stdout


def test_documented_plugin_is_listed_and_disabled_by_the_cli(tmp_path):
    target = tmp_path / "site"
    install_example(target)
    listed = {p["name"]: p for p in json.loads(run_cli(["plugins", "--json"], target))}
    assert listed["credits"]["version"] == "1.0.0"
    assert "newskit_find_boilerplate" in listed["credits"]["hooks"]
    article = tmp_path / "article.txt"
    article.write_text("Titre\n\nPhoto : AFP\nLe corps du texte.\n", encoding="utf-8")
    base = ["analyze", str(article), "-p", "no:boilerplate", "-p", "no:entities"]
    assert "Photo : AFP" not in json.loads(run_cli(base, target))["text"]
    assert "Photo : AFP" in json.loads(run_cli([*base, "-p", "no:credits"], target))["text"]
