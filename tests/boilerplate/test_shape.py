"""Line shape rules: share bars, breadcrumbs, tweets, credits… and the prose they spare."""

from __future__ import annotations

import pytest

import newskit_boilerplate
from newskit_boilerplate.shape import is_sentence_like, shape_reason, share_words

SHAPES = [
    ("Facebook Twitter LinkedIn Email", "shape:share-bar"),
    ("Partager sur Facebook | Twitter | WhatsApp", "shape:share-bar"),
    ("— Secretary Antony Blinken (@SecBlinken) January 6, 2022", "shape:tweet"),
    ("— Marie Dupont (@mariedupont) 16 mars 2020", "shape:tweet"),
    ("pic.twitter.com/k3Zt8aQv1x", "shape:tweet"),
    ("https://www.example.fr/article/12345.html", "shape:url"),
    ("redaction@journal.fr", "shape:url"),
    ("#Kazakhstan #Almaty", "shape:hashtags"),
    ("mercredi 5 janvier 2022 à 10h32", "shape:date"),
    ("05/01/2022 - 09:22", "shape:date"),
    ("Le 8 janvier 2022 à 18h30, modifié le 8 janvier 2022 à 20h12", "shape:date"),
    ("January 12, 2022", "shape:date"),
    ("12 345 vues", "shape:counter"),
    ("3 réactions", "shape:counter"),
    ("Lecteur123 il y a 5 minutes", "shape:relative-time"),
    ("Le centre d’Almaty a retrouvé son calme. © Keystone", "shape:credit"),
    ("Des manifestants devant la mairie d’Almaty. (Photo Ilya Naymushin/Reuters)", "shape:credit"),
    ("Les étudiants devant l’hôtel de ville. | Ouest-France", "shape:credit"),
    ("Le président Tokayev, le 7 janvier. / AFP", "shape:credit"),
    ("Accueil › Monde › Asie centrale", "shape:menu-row"),
    ("Sport | Culture | Vidéos | Podcasts", "shape:menu-row"),
    ("* * *", "shape:symbols"),
    ("URL de la page : https://www.example.fr/economie/article-123", "shape:url"),
    ("Genève, le 12 mars 2023", "shape:date"),
    ("2.3K Followers", "shape:counter"),
    ("1.2K", "shape:counter"),
    ("Le port de Brest au petit matin. | Le Journal de l’Ouest", "shape:credit"),
    ("Le barrage, vu depuis la rive gauche. [Keystone - Anne Roy]", "shape:credit"),
    ("Une rue inondée de Valence, le 30 octobre. (JOSÉ JORDAN / AFP)", "shape:credit"),
    ("WhatsApp", "shape:share-bar"),
    ("Like Reply", "shape:share-bar"),
    ("Le maire, lundi à la mairie. (Jean Roy/AFP)", "shape:credit"),
    ("Anne Roy · Radio Nord", "shape:byline"),
    ("Thu 9 May 2024 02.14 EDT", "shape:date"),
    ("Le port au petit matin. Photograph: Jane Roe", "shape:credit"),
    ("The minister speaks in Ottawa on Tuesday. Justin Tang/The Canadian Press", "shape:credit"),
    ("Mar 1, 2024, 3:31 PM UTC", "shape:date"),
    # The credit after the caption's last sentence, in the words of a byline.
    ("Fishing boats in the harbour at dawn. Photo by Daily Ledger/Anna Reyes", "shape:credit"),
    ("Le marché couvert, samedi matin. Photo de Jean Roy", "shape:credit"),
    ("The ferry at the quay on Wednesday. - File photo", "shape:credit"),
    ("Le pont avant sa rénovation. – Photo d’archives", "shape:credit"),
    # A reference of a source list: quoted title, publisher, date.
    ("« Crue record de la Loire à Tours », Radio Centre, 12 février 2024.", "shape:citation"),
    ('"Dam works delayed again", Valley Ledger, March 3, 2024', "shape:citation"),
]


@pytest.mark.parametrize(("line", "reason"), SHAPES)
def test_clutter_shape_is_recognised(line, reason):
    assert shape_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(("line", "reason"), SHAPES)
def test_clutter_shape_line_is_removed_between_body_paragraphs(line, reason):
    body = "Le ministère a confirmé mercredi que les négociations reprendraient la semaine prochaine à Genève."
    text = f"Titre\n\n{body}\n\n{line}\n\n{body}"
    spans = newskit_boilerplate.find_boilerplate(text, "Titre")
    # The lexicon may claim the line first ("Partager sur…"): what matters is that it goes.
    assert [s.text.strip() for s in spans] == [line]


KEPT = [
    "Pourquoi cette intervention ?",
    "Une purge méthodique",
    "« Nous ne céderons pas. »",
    "Le 5 janvier, le président a limogé le gouvernement.",
    "la hausse brutale du prix du gaz liquéfié ;",
    "1. Tokayev est-il renforcé ?",
    "Entre Moscou et Pékin, un équilibre fragile",
    "Paris, Berlin et Varsovie ont appelé au calme.",
    "Le 8 janvier 2022, le président a limogé le gouvernement",
    "Paris, Berlin et Varsovie",
    "Le coût du projet (Paris / Lyon)",
    "Les données [sic]",
    "Anne Roy · une vie de combats",
    "ensuite, le 5 janvier 2022",
    # A photo named inside a sentence is no credit.
    "The museum shows a photo by Ansel Adams.",
    "Elle a vendu sa photo de Jean Roy aux enchères.",
    # A quotation followed by who said it and when is reported speech, not a reference.
    "« Nous ne céderons pas », a-t-il déclaré le 3 janvier 2024.",
    "« Nous ne céderons pas », a lancé le ministre, le 3 janvier 2024.",
]


@pytest.mark.parametrize("line", KEPT)
def test_headings_and_list_items_have_no_clutter_shape(line):
    assert shape_reason(line, len(line.split())) is None


@pytest.mark.parametrize("word", sorted(share_words()))
def test_each_share_word_makes_a_share_bar(word):
    line = f"Partager : {word.capitalize()} Facebook"
    assert shape_reason(line, len(line.split())) == "shape:share-bar"


def test_sentence_likeness_needs_length_and_final_punctuation():
    assert is_sentence_like(
        "Le ministère a noté que le personnel militaire n’est pas impliqué dans les combats.", 14
    )
    assert not is_sentence_like(
        "Rejoignez News-Front sur Facebook, GAB, Vkontakte, et Telegram pour découvrir le choix de l’équipe",
        16,
    )
    assert not is_sentence_like("Pourquoi cette intervention ?", 3)


def test_lone_marks_are_not_words_of_a_sentence():
    quoted_title = "« La forêt française ne se sauvera pas sans ses propriétaires »"
    assert not is_sentence_like(quoted_title, len(quoted_title.split()))
    quote = (
        "« Nous ne céderons rien, ni aujourd’hui ni demain, face à la pression du gouvernement »"
    )
    assert is_sentence_like(quote, len(quote.split()))
