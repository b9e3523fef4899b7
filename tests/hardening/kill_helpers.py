"""Kill a ``newskit analyze -o`` corpus run mid-way, then ``--resume`` it, and check the file.

Shared by ``test_kill.py`` (a few rounds in the default run) and ``fuzz/kill_loop.py``
(20 rounds of each signal).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from hardening_helpers import PLUGINS

HERE = Path(__file__).resolve().parent
RECORDS = 60


def _environment(delay: float) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH")]))
    env["NEWSKIT_DISABLE_PLUGINS"] = ",".join(PLUGINS)
    env["NEWSKIT_TEST_DELAY"] = str(delay)
    return env


def write_corpus(path: Path, count: int = RECORDS) -> list[str]:
    """A JSONL corpus of ``count`` short articles; returns their ids in order."""
    ids = [f"doc-{i:04d}" for i in range(count)]
    with path.open("w", encoding="utf-8") as out:
        for i, doc_id in enumerate(ids):
            text = f"{i} agents, article {doc_id}.\n\nLe texte numéro {i} « é » 😀."
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return ids


def command(corpus: Path, output: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newskit",
        "analyze",
        str(corpus),
        "-o",
        str(output),
        "-p",
        "slow_plugin",
        "-q",
        *extra,
    ]


def run(corpus: Path, output: Path, *extra: str, delay: float = 0.0) -> None:
    subprocess.run(
        command(corpus, output, *extra), env=_environment(delay), check=True, timeout=300
    )


def records_of(path: Path) -> list[dict]:
    """The records of a JSONL or Parquet output; fails on a torn line or a torn file."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def ids_of(path: Path) -> list[str]:
    return [record["id"] for record in records_of(path)]


def kill_and_resume(
    tmp: Path, sig: int, rng: random.Random, *, midway: bool = True, fmt: str = "jsonl"
) -> str:
    """One round: an old complete output, a new run killed by ``sig``, then --resume.

    Returns what the killed run left (``"old"`` or ``"new"``, and whether it was killed
    while its work file existed, i.e. mid-way through the records); raises AssertionError when
    the output was half-written, or when the resumed output is not complete and unique.
    """
    corpus = tmp / "corpus.jsonl"
    ids = write_corpus(corpus)
    output = tmp / f"out.{fmt}"
    # The old output: a finished run over the first part of the corpus.
    old_corpus = tmp / "old.jsonl"
    old_corpus.write_text(
        "".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:10]),
        encoding="utf-8",
    )
    run(old_corpus, output)
    old = output.read_bytes()
    assert ids_of(output) == ids[:10]

    process = subprocess.Popen(
        command(corpus, output), env=_environment(0.02), stderr=subprocess.DEVNULL
    )
    # ``midway``: wait for the work file (the run is writing records), then let it run a
    # random part of its 1.2 s; otherwise kill it anywhere from start-up on.
    if midway:
        limit = time.monotonic() + 120
        while not list(tmp.glob(f".{output.name}*")) and time.monotonic() < limit:
            if process.poll() is not None:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 1.0))
    else:
        time.sleep(rng.uniform(0.0, 3.0))
    midway = bool(list(tmp.glob(f".{output.name}*"))) and process.poll() is None
    if process.poll() is None:
        process.send_signal(sig)
    process.wait(timeout=120)

    after = output.read_bytes()
    if after == old:
        left = "old"
    else:
        assert ids_of(output) == ids, "the output changed but is not the complete new run"
        left = "new"
    if midway:
        left += " (killed with a work file written)"

    run(corpus, output, "--resume")
    final = ids_of(output)
    assert final == ids, (
        f"after --resume: {len(final)} records, {len(set(final))} distinct, "
        f"expected {len(ids)} in input order"
    )
    for record in records_of(output):
        assert record.get("error") is None, record
        assert record["quantities"], record  # analyzed by this run's plugin, not empty
    return left


SIGNALS = {"SIGTERM": signal.SIGTERM, "SIGKILL": signal.SIGKILL}
