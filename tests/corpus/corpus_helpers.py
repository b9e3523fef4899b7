"""Helpers shared by the corpus and CLI tests (importable: conftest puts this folder on sys.path)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIRST_PARTY = "html,boilerplate,dates_fr,numbers,entities,claims"
TEST_PLUGIN = "newskit_corpus_testplugin"


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def article(number: int) -> str:
    """A short French dispatch whose digit runs the test plugin finds."""
    return f"Dépêche {number}\n\nLe ministère a annoncé {number} mesures et {number * 3} postes."


def corpus_rows(count: int, **special: str) -> list[dict[str, Any]]:
    """``count`` JSONL rows; ``special`` maps an id to the text it gets instead."""
    rows = []
    for number in range(count):
        key = f"a{number:05d}"
        rows.append(
            {
                "id": key,
                "text": special.get(key, article(number)),
                "published": "2022-01-10",
                "source": "test",
            }
        )
    return rows
