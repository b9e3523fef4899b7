"""The spaCy French model, loaded once per process on first use, with only what NER needs."""

from __future__ import annotations

import functools
import threading
from typing import Any

__all__ = ["MODEL_NAME", "NER_ONLY_EXCLUDE", "load_model"]

MODEL_NAME = "fr_core_news_md"
#: Components of fr_core_news_md that entity recognition does not use. Excluding them cuts
#: the load from about 12 s to 2 s and the analysis time by 30 to 40 % (see
#: benchmarks/entities.py); ``ner`` keeps ``tok2vec``, which it listens to.
NER_ONLY_EXCLUDE = ("morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")

# Only the lock lives at module level: the model itself is held by the functools cache, and
# the lock makes concurrent first calls load it once.
_LOAD_LOCK = threading.Lock()


@functools.cache
def _load() -> Any:
    import spacy

    return spacy.load(MODEL_NAME, exclude=list(NER_ONLY_EXCLUDE))


def load_model() -> Any:
    """The shared ``spacy.Language`` (tokenizer, tok2vec, ner), loaded on the first call.

    :raises OSError: when the model package is not installed.
    """
    with _LOAD_LOCK:
        return _load()
