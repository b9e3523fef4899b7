"""`import newskit` stays cheap: no plugin, model, pattern or heavy dependency is loaded."""

import json
import subprocess
import sys

HEAVY = [
    "spacy",
    "trafilatura",
    "babel",
    "regex",
    "charset_normalizer",
    "cattrs",
    "importlib.metadata",
    "newskit_dates_fr",
    "newskit_entities",
    "newskit_numbers",
    "newskit_claims",
    "newskit_html",
    "newskit_boilerplate",
    "rich",
    "pandas",
    "pyarrow",
    "dask",
]


def test_import_newskit_loads_no_heavy_module():
    code = "import sys, json, newskit; print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(subprocess.check_output([sys.executable, "-c", code], text=True)))
    assert sorted(loaded & set(HEAVY)) == []


def test_building_a_pipeline_loads_plugins_but_no_model():
    code = "import sys, json, newskit; newskit.Pipeline(); print(json.dumps(sorted(sys.modules)))"
    loaded = set(json.loads(subprocess.check_output([sys.executable, "-c", code], text=True)))
    assert "spacy" not in loaded
    assert "trafilatura" not in loaded
