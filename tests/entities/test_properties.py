"""Properties over random French-looking text: spans align, are trimmed and never overlap."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

import newskit_entities
from newskit.testing import assert_spans_aligned, french_text, pipeline_with
from newskit_entities import find_entities

ELIDED = ("l’", "l'", "d’", "d'", "qu’", "qu'", "n’", "n'")
DETERMINERS = {"le", "la", "les", "du", "des", "de", "au", "aux"}


def check(text, entities):
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text == mention.text.strip()
        assert not mention.text.lower().startswith(ELIDED), mention
        assert mention.text.split()[0].lower() not in DETERMINERS, mention
        assert not set(mention.text) & set('«»“”"'), mention
    for left, right in itertools.pairwise(mentions):
        assert left.end <= right.start, (left, right)


names = st.sampled_from(
    [
        "Kazakhstan",
        "Tokayev",
        "OTSC",
        "Organisation du traité de sécurité collective (OTSC)",
        "ministère de la Défense",
        "l’ONU",
        "la France",
        "Alma-Ata",
        "Président",
        "biélorusse",
    ]
)
news_text = st.lists(st.one_of(french_text(), names), max_size=12).map(" ".join)


@given(news_text)
@settings(max_examples=150)
def test_rules_backend_mentions_are_aligned_trimmed_and_disjoint(text):
    check(text, find_entities(text, "rules"))


@given(news_text)
@settings(max_examples=25)
def test_spacy_backend_mentions_are_aligned_trimmed_and_disjoint(model, text):
    check(text, find_entities(text, "spacy"))


@given(st.lists(st.one_of(french_text(), names), min_size=1, max_size=8).map(" ".join))
@settings(max_examples=40)
def test_pipeline_accepts_every_span_the_plugin_returns(text):
    if not any(c.isalnum() for c in text):
        return  # the host refuses a text without a letter or a digit
    article = pipeline_with(newskit_entities, settings={"entities.backend": "rules"}).analyze(text)
    assert_spans_aligned(article)


@given(news_text)
@settings(max_examples=60)
def test_each_entity_name_is_one_of_its_mentions_or_an_expansion(text):
    for entity in find_entities(text, "rules"):
        assert entity.name in {" ".join(m.text.replace("'", "’").split()) for m in entity.mentions}
