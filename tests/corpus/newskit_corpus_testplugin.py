"""A plugin for the corpus and CLI tests: finds digit runs, and misbehaves on cue.

The other plugins are being written in parallel, so the corpus tests disable them and
load this one (``-p newskit_corpus_testplugin``): its results are known in advance.
The setting ``testplugin.kind`` sets the quantities' kind. Cue words in the text make it misbehave: ``PLANTE`` raises, ``BOUCLE`` loops forever in
Python, ``SOMMEIL`` sleeps a minute, ``MEURT`` kills its process and ``BLOQUE`` sleeps a
minute deaf to the timeout's timer, like native code that hangs (run these two in a
worker only).
"""

from __future__ import annotations

import os
import re
import signal
import time

import newskit
from newskit.types import Quantity


@newskit.hookimpl
def newskit_find_quantities(text: str, pipeline: newskit.Pipeline) -> list[Quantity]:
    if "PLANTE" in text:
        raise RuntimeError("plante exprès")
    if "BOUCLE" in text:
        while True:
            pass
    if "SOMMEIL" in text:
        time.sleep(60)
    if "MEURT" in text:
        os._exit(3)
    if "BLOQUE" in text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    kind = pipeline.settings.get("testplugin.kind", "number")  # shows that settings arrive
    return [
        Quantity.of(text, m.start(), m.end(), value=m.group(), kind=kind)
        for m in re.finditer(r"\d+", text)
    ]
