"""Write a seed corpus of real French text for ``atheris_fuzz.py``'s text targets.

From an empty corpus, libFuzzer starts with random bytes: random text holds almost no
speech verb, guillemet or capitalized name, so the claims target, for one, runs a million
inputs through little more than its first checks. Seeded with real sentences, it mutates
those instead and reaches the code that reads them::

    uv run --group fuzz python fuzz/seed_corpus.py runs/claims/corpus
    uv run --group fuzz python fuzz/atheris_fuzz.py claims runs/claims/corpus -runs=1000000

The seeds are the paragraphs of the seed article, of the claims plugin's annotated sets
and of the entities plugin's gold texts. The text targets read their input with atheris'
``FuzzedDataProvider.ConsumeUnicodeNoSurrogates``, which takes a first byte of 2 (or 6)
to mean UTF-16-LE: each seed is that byte and the paragraph so encoded, and reads back as
the paragraph itself (``--check`` reads every seed back through atheris to make sure).
For the ``ingest`` target, which reads raw bytes, use files or pages as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The provider's first byte for UTF-16-LE text (its bit 1 set, bit 0 clear).
UTF16_MODE = b"\x02"


def paragraphs() -> Iterator[str]:
    """Every non-blank paragraph of the project's own French sample texts, once each."""
    seen: set[str] = set()
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "claims" / "data").glob("*.json")):
        texts += [record["text"] for record in json.loads(path.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "tests" / "entities" / "gold").rglob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for text in texts:
        for paragraph in text.split("\n\n"):
            paragraph = paragraph.strip()
            if paragraph and paragraph not in seen:
                seen.add(paragraph)
                yield paragraph


def encode(text: str) -> bytes:
    """The fuzzer input that ``ConsumeUnicodeNoSurrogates`` reads back as ``text``."""
    return UTF16_MODE + text.encode("utf-16-le", "surrogatepass")


def write(directory: Path) -> int:
    """Write one file a paragraph (named by its hash, as libFuzzer names its own)."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for paragraph in paragraphs():
        data = encode(paragraph)
        (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)
        count += 1
    return count


def check_seeds_read_back() -> None:
    import atheris

    for paragraph in paragraphs():
        data = encode(paragraph)
        provider = atheris.FuzzedDataProvider(data)
        assert provider.ConsumeUnicodeNoSurrogates(len(data)) == paragraph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="the corpus directory to fill")
    parser.add_argument("--check", action="store_true", help="also check the encoding")
    args = parser.parse_args()
    if args.check:
        check_seeds_read_back()
    print(f"{write(args.directory)} seeds written to {args.directory}")


if __name__ == "__main__":
    main()
