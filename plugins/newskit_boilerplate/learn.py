"""Learn a site profile from a corpus of one source, and the ``learn-boilerplate`` command.

A line that recurs, word for word (numbers aside), in many articles of one site is page
furniture: "Rejoignez News-Front sur Facebook…", a footer, a newsletter call. So is a line
opening that recurs with varying words after it: "Lire aussi : <headline>". Prose never
enters a profile: a syndicated paragraph recurring across articles is still article text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from newskit_boilerplate.lines import split_lines
from newskit_boilerplate.profile import PREFIX_TOKENS, SiteProfile, tokens
from newskit_boilerplate.shape import is_sentence_like

__all__ = ["add_arguments", "learn_site_profile", "read_corpus", "run"]

DEFAULT_MIN_SHARE = 0.2
DEFAULT_MIN_DOCS = 5
DEFAULT_MAX_WORDS = 40
#: An opening is learned only when this many different lines start with it.
MIN_VARIANTS = 3
#: At most this many whole lines are kept in a profile (the most frequent).
MAX_LINES = 2000


def learn_site_profile(
    texts: Iterable[str],
    site: str,
    *,
    min_share: float = DEFAULT_MIN_SHARE,
    min_docs: int = DEFAULT_MIN_DOCS,
    max_words: int = DEFAULT_MAX_WORDS,
) -> SiteProfile:
    """Find the lines and line openings that recur across the articles of one site.

    :param texts: the site's articles as flattened text (read once, as a stream).
    :param site: the site name the profile is for (what ``metadata["site"]`` will say).
    :param min_share: a line or opening must occur in at least this share of the articles…
    :param min_docs: …and in at least this many articles.
    :param max_words: lines longer than this are never learned (nor matched by an opening).
    :raises ValueError: a threshold out of range.
    """
    if not 0 < min_share <= 1:
        raise ValueError(f"min_share must be in (0, 1], got {min_share}")
    if min_docs < 1:
        raise ValueError(f"min_docs must be at least 1, got {min_docs}")
    line_docs: Counter[str] = Counter()
    prefix_docs: Counter[str] = Counter()
    prefix_variants: defaultdict[str, set[str]] = defaultdict(set)
    documents = 0
    for text in texts:
        documents += 1
        seen_lines: set[str] = set()
        seen_prefixes: set[str] = set()
        for line in split_lines(text):
            words = line.words
            if line.index == 0 or words > max_words or is_sentence_like(line.content, words):
                continue  # the title, and prose, are article text even when they recur
            toks = tokens(line.content)
            if not toks:
                continue
            key = " ".join(toks)
            seen_lines.add(key)
            if len(toks) > PREFIX_TOKENS:
                prefix = " ".join(toks[:PREFIX_TOKENS])
                seen_prefixes.add(prefix)
                if len(prefix_variants[prefix]) < MIN_VARIANTS:
                    prefix_variants[prefix].add(key)
        line_docs.update(seen_lines)
        prefix_docs.update(seen_prefixes)
    needed = max(min_docs, min_share * documents)
    lines = [line for line, n in line_docs.most_common(MAX_LINES) if n >= needed]
    prefixes = [
        p for p, n in prefix_docs.items() if n >= needed and len(prefix_variants[p]) >= MIN_VARIANTS
    ]
    return SiteProfile(
        site=site, lines=lines, prefixes=prefixes, documents=documents, max_words=max_words
    )


def read_corpus(path: Path, text_field: str = "text") -> Iterator[str]:
    """The texts of a corpus: a directory of ``.txt`` files, or a JSONL file of records.

    :raises ValueError: a path that is neither, a bad JSON line, a record without the field.
    """
    if path.is_dir():
        files = sorted(path.glob("*.txt"))
        if not files:
            raise ValueError(f"{path}: the directory holds no .txt file")
        for file in files:
            yield file.read_text(encoding="utf-8", errors="replace")
        return
    if not path.is_file():
        raise ValueError(f"{path}: no such file or directory")
    with path.open(encoding="utf-8") as stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON record ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                raise ValueError(
                    f"{path}:{number}: the record has no string field {text_field!r} (see --text-field)"
                )
            yield record[text_field]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``newskit learn-boilerplate``."""
    parser.add_argument(
        "corpus",
        metavar="CORPUS",
        type=Path,
        help="a directory of .txt articles, or a JSONL file with one article per record",
    )
    parser.add_argument(
        "--site",
        required=True,
        metavar="NAME",
        help="the site the articles come from (the name metadata['site'] will give)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PROFILE.json",
        help="where to write the profile (default: <site>.json in the current directory)",
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="FIELD",
        help="the field holding the article text in JSONL records (default: text)",
    )
    parser.add_argument(
        "--min-share",
        type=float,
        default=DEFAULT_MIN_SHARE,
        metavar="SHARE",
        help=f"learn a line found in at least this share of articles (default: {DEFAULT_MIN_SHARE})",
    )
    parser.add_argument(
        "--min-docs",
        type=int,
        default=DEFAULT_MIN_DOCS,
        metavar="N",
        help=f"…and in at least N articles (default: {DEFAULT_MIN_DOCS})",
    )
    parser.add_argument(
        "--max-words",
        type=int,
        default=DEFAULT_MAX_WORDS,
        metavar="N",
        help=f"never learn a line longer than N words (default: {DEFAULT_MAX_WORDS})",
    )


def run(args: argparse.Namespace) -> int:
    """Learn the profile and write it; 0 on success, 2 with a message on stderr for bad input."""
    from newskit_boilerplate.profile import profile_path

    output = args.output or profile_path(".", args.site)
    try:
        profile = learn_site_profile(
            read_corpus(args.corpus, args.text_field),
            args.site,
            min_share=args.min_share,
            min_docs=args.min_docs,
            max_words=args.max_words,
        )
    except (ValueError, OSError) as error:
        print(f"newskit learn-boilerplate: error: {error}", file=sys.stderr)
        return 2
    if profile.documents == 0:
        print(
            f"newskit learn-boilerplate: error: {args.corpus}: the corpus holds no article",
            file=sys.stderr,
        )
        return 2
    if profile.documents < args.min_docs:
        print(
            f"newskit learn-boilerplate: error: {profile.documents} articles are fewer than --min-docs "
            f"{args.min_docs}: nothing can recur often enough",
            file=sys.stderr,
        )
        return 2
    try:
        profile.save(output)
    except OSError as error:
        print(f"newskit learn-boilerplate: error: cannot write {output}: {error}", file=sys.stderr)
        return 2
    print(
        f"{profile.site}: {len(profile.lines)} lines and {len(profile.prefixes)} openings learned "
        f"from {profile.documents} articles -> {output}",
        file=sys.stderr,
    )
    return 0
