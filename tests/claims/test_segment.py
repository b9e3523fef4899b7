"""Quotations and sentences: quotes are atomic, whatever marks and spaces a scraped text uses."""

from __future__ import annotations

import pytest

from newskit_claims.segment import find_quotes, split_sentences


def _inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Il a dit « oui ».", ["oui"]),
        ("Il a dit «\u00a0oui\u00a0».", ["oui"]),
        ("Il a dit «\u202foui\u202f».", ["oui"]),
        ("Il a dit “oui”.", ["oui"]),
        ('Il a dit "oui" puis "non".', ["oui", "non"]),
        ("« Le mot « crise » est trop faible », dit-il.", ["Le mot « crise » est trop faible"]),
        ("« Il a parlé de “trahison” hier », note-t-elle.", ["Il a parlé de “trahison” hier"]),
    ],
)
def test_quote_inner_text_excludes_marks_and_spaces(text: str, inner: list[str]) -> None:
    assert _inner(text) == inner


def test_quote_reopened_by_a_paragraph_continues() -> None:
    text = "« Première partie.\n\n« Seconde partie », a-t-il dit."
    assert _inner(text) == ["Première partie.\n\n« Seconde partie"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "« Une phrase sans fin\n\nUn autre paragraphe."
    assert _inner(text) == ["Une phrase sans fin"]


def test_lone_straight_quote_is_ignored() -> None:
    assert _inner('Un pouce (2,54 cm) vaut 1" environ.\n\nFin.') == []


def test_sentences_never_cut_inside_a_quote() -> None:
    text = "« Nous restons. Il n’y a rien de nouveau », a ajouté le ministère. Le calme est revenu."
    sentences = [text[s:e] for s, e in split_sentences(text, find_quotes(text))]
    assert sentences == [
        "« Nous restons. Il n’y a rien de nouveau », a ajouté le ministère.",
        "Le calme est revenu.",
    ]


def test_sentence_ends_after_a_closing_quote() -> None:
    text = "Il a dit : « Nous restons. » Le calme est revenu."
    sentences = [text[s:e] for s, e in split_sentences(text, find_quotes(text))]
    assert sentences == ["Il a dit : « Nous restons. »", "Le calme est revenu."]


def test_title_abbreviation_is_not_a_sentence_end() -> None:
    text = "M. Dupont a parlé. Mme Martin a répondu."
    sentences = [text[s:e] for s, e in split_sentences(text, [])]
    assert sentences == ["M. Dupont a parlé.", "Mme Martin a répondu."]


def test_paragraph_break_ends_a_sentence_without_punctuation() -> None:
    text = "Un titre sans point\n\nLe corps de l’article."
    assert [text[s:e] for s, e in split_sentences(text, [])] == [
        "Un titre sans point",
        "Le corps de l’article.",
    ]


def test_text_without_punctuation_is_cut_into_bounded_sentences() -> None:
    from newskit_claims.segment import MAX_SENTENCE

    text = "le ministre a déclaré que tout allait bien " * 400
    sentences = split_sentences(text, find_quotes(text))
    assert len(sentences) > 1
    assert all(end - start <= MAX_SENTENCE for start, end in sentences)


def test_long_quotation_is_never_cut() -> None:
    text = "« " + "mot " * 1000 + "» a-t-il dit."
    (sentence,) = split_sentences(text, find_quotes(text))
    assert sentence == (0, len(text))
