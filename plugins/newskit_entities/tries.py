"""Many words as one pattern, shaped as a tree of the beginnings (or endings) they share."""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str], *, shared_endings: bool = False) -> str:
    """One pattern for many words, as a tree: "Gu(?:inée|yana)", "(?:(?:vice-)?président)".

    At most one branch of a node matches the next character, and a word that goes on is
    tried before the word that stops there: the pattern matches the longest word at each
    place, as an alternation of the words longest first does, without trying them all. A
    typographic apostrophe matches a straight one too.

    With ``shared_endings`` the tree is one of endings, for a pattern compiled with
    ``regex.REVERSE`` (read right to left): a word is recognised from its last letter back.
    It matches the same strings as the plain alternation of the words.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in reversed(word) if shared_endings else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = []
        for char, child in sorted(node.items()):
            if not char:
                continue
            head = "[’']" if char == "’" else regex.escape(char)
            branches.append(pattern(child) + head if shared_endings else head + pattern(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)
