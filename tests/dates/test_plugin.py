"""The hook: French only, through the host's pipeline, spans the host accepts."""

import datetime as dt

import pytest

import newskit_dates_fr
from newskit.testing import assert_spans_aligned, pipeline_with


@pytest.mark.parametrize("lang", ["fr", "fr_BE", "fr_CA", "fr-CH", "FR"])
def test_french_and_its_regional_variants_are_handled(lang):
    found = newskit_dates_fr.newskit_find_dates(text="le 5 janvier 2022", lang=lang, anchor=None)
    assert [d.value for d in found] == ["2022-01-05"]


@pytest.mark.parametrize("lang", ["en", "de", "frr", "es_FR"])
def test_other_languages_get_nothing(lang):
    assert (
        list(newskit_dates_fr.newskit_find_dates(text="le 5 janvier 2022", lang=lang, anchor=None))
        == []
    )


def test_pipeline_passes_the_publication_date_as_anchor():
    article = pipeline_with(newskit_dates_fr).analyze(
        "Titre\n\nHier, il a plu.", published="2022-01-10"
    )
    assert [(d.text, d.value, str(d.anchor)) for d in article.dates] == [
        ("Hier", "2022-01-09", "publication")
    ]
    assert_spans_aligned(article)


def test_spans_with_typographic_spaces_and_apostrophes_align():
    text = "Titre\n\nJusqu’au 19\u00a0janvier, à 18\u202fh\u202f45, l’état d’urgence s’applique."
    article = pipeline_with(newskit_dates_fr).analyze(text, published=dt.date(2022, 1, 10))
    assert [d.value for d in article.dates] == ["2022-01-19T18:45"]
    assert_spans_aligned(article)


def test_letters_that_grow_when_lower_cased_keep_offsets_aligned():
    text = "İstanbul, le 5 janvier 2022. İzmir, le 6 janvier 2022."
    found = newskit_dates_fr.find_dates(text)
    assert [(d.text, d.value) for d in found] == [
        ("le 5 janvier 2022", "2022-01-05"),
        ("le 6 janvier 2022", "2022-01-06"),
    ]
