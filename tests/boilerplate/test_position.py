"""Position and neighbourhood: menus above the article, lists below it, headings within it."""

from __future__ import annotations

import newskit_boilerplate

P1 = "Le gouvernement kazakh a fixé lundi un prix plafond pour le gaz liquéfié, dont la hausse avait déclenché les émeutes."
P2 = "Une commission d’enquête doit par ailleurs examiner les conditions dans lesquelles la libéralisation des prix avait été décidée."
P3 = "Le litre ne pourra pas dépasser 50 tenges dans la région de Manguistaou, soit environ 10 centimes d’euro."


def removed(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(s.text.strip(), s.reason) for s in newskit_boilerplate.find_boilerplate(text, title)]


def test_menu_block_above_the_title_is_removed():
    text = f"Accueil\nInternational\nEurope\n\nLe gaz plafonné au Kazakhstan\n\n{P1}\n\n{P2}"
    assert removed(text) == [
        ("Accueil", "position:head"),
        ("International", "position:head"),
        ("Europe", "position:head"),
    ]


def test_short_heading_between_paragraphs_is_kept():
    text = f"Titre\n\n{P1}\n\nUne purge méthodique\n\n{P2}"
    assert removed(text, "Titre") == []


def test_short_line_right_above_the_first_paragraph_is_kept_as_a_heading():
    text = f"Rubrique\n\nKazakhstan : le gaz plafonné\n\n{P1}\n\n{P2}"
    assert removed(text) == [("Rubrique", "position:head")]


def test_title_given_by_ingest_is_never_removed():
    text = f"Publicité\n\n{P1}\n\n{P2}"
    assert removed(text, "Publicité") == []


def test_teaser_list_after_a_related_header_is_removed_until_prose():
    text = (
        f"Titre\n\n{P1}\n\nSur le même sujet\nLe Kazakhstan plafonne le prix du gaz\nTokayev limoge le gouvernement\n\n"
        f"{P2}\n\n{P3}"
    )
    assert removed(text, "Titre") == [
        ("Sur le même sujet", "lexicon:lire-aussi"),
        ("Le Kazakhstan plafonne le prix du gaz", "position:teaser-list"),
        ("Tokayev limoge le gouvernement", "position:teaser-list"),
    ]


def test_headline_list_below_the_article_is_removed():
    text = f"Titre\n\n{P1}\n\n{P2}\n\nLe Kazakhstan plafonne le prix du gaz\nTokayev limoge le gouvernement\nLes images d’une semaine de chaos"
    assert [r for _, r in removed(text, "Titre")] == ["position:tail"] * 3


def test_short_closing_sentence_of_the_article_is_kept():
    text = f"Titre\n\n{P1}\n\n{P2}\n\nAffaire à suivre."
    assert removed(text, "Titre") == []


def test_comment_section_near_the_end_takes_the_comments_with_it():
    comment = "Encore de la propagande, personne ne croit plus à ces chiffres officiels depuis bien longtemps."
    text = f"Titre\n\n{P1}\n\n{P2}\n\n{P3}\n\n3 commentaires\n\nLecteur12 il y a 5 minutes\n\n{comment}"
    assert removed(text, "Titre") == [
        ("3 commentaires", "lexicon:comments-header"),
        ("Lecteur12 il y a 5 minutes", "shape:relative-time"),
        (comment, "position:comments"),
    ]


def test_comment_counter_near_the_top_removes_only_itself():
    text = f"Titre\n\n12 commentaires\n\n{P1}\n\n{P2}\n\n{P3}"
    assert removed(text, "Titre") == [("12 commentaires", "lexicon:comments-header")]


def test_removed_line_takes_its_trailing_newlines():
    text = f"Titre\n\n{P1}\n\nLire aussi : Tokayev limoge le gouvernement\n\n\n{P2}"
    (span,) = newskit_boilerplate.find_boilerplate(text, "Titre")
    assert span.text == "Lire aussi : Tokayev limoge le gouvernement\n\n\n"


def test_removed_last_line_takes_the_break_before_it():
    text = f"Titre\n\n{P1}\n\nSuivez-nous sur Telegram"
    (span,) = newskit_boilerplate.find_boilerplate(text, "Titre")
    assert span.text == "\n\nSuivez-nous sur Telegram"
    assert text[: span.start] == f"Titre\n\n{P1}"


def test_page_without_prose_loses_only_lexicon_and_shape_lines():
    text = "Accueil\nMonde\n\nFacebook Twitter"
    assert removed(text) == [("Facebook Twitter", "shape:share-bar")]


def test_list_introduced_by_the_last_paragraph_is_kept():
    text = f"Titre\n\n{P1}\n\n{P2} Les chiffres clés :\n- 164 morts\n- 6 000 interpellations\n- 5 jours de coupure"
    assert removed(text, "Titre") == []


def test_intertitle_after_a_single_spaced_teaser_list_is_kept():
    text = (
        f"Titre\n\n{P1}\n\nÀ lire aussi\nLe Kazakhstan plafonne le prix du gaz\nTokayev limoge le gouvernement\n\n"
        f"Une purge méthodique\n\n{P2}\n\n{P3}"
    )
    assert [line for line, _ in removed(text, "Titre")] == [
        "À lire aussi",
        "Le Kazakhstan plafonne le prix du gaz",
        "Tokayev limoge le gouvernement",
    ]


def test_teaser_list_below_the_article_ends_where_its_spacing_changes():
    closing = "Les manifestations ont commencé dimanche dans l’ouest du pays."
    text = (
        f"Titre\n\n{P1}\n\n{P2}\n\nÀ lire aussi :\n- Le gouvernement démissionne\n- Qu’est-ce que l’OTSC?"
        f"\n\n{closing}"
    )
    assert [line for line, _ in removed(text, "Titre")] == [
        "À lire aussi :",
        "- Le gouvernement démissionne",
        "- Qu’est-ce que l’OTSC?",
    ]


def test_teaser_list_ends_at_a_sentence_even_with_the_same_spacing():
    closing = "Le retrait devrait s’achever en dix jours, a-t-il précisé."
    text = f"Titre\n\n{P1}\n\n{P2}\n\nLire aussi\n\nLa Russie envoie des renforts\n\nOTSC : une alliance qui se réveille\n\n{closing}"
    assert closing not in [line for line, _ in removed(text, "Titre")]


def test_caption_above_a_credit_line_is_removed_with_it():
    text = f"Titre\n\n{P1}\n\nLe ministre, mercredi à Almaty.\nPhoto : Reuters / Pavel Mikheyev\n\n{P2}"
    assert removed(text, "Titre") == [
        ("Le ministre, mercredi à Almaty.", "position:caption"),
        ("Photo : Reuters / Pavel Mikheyev", "lexicon:credit"),
    ]


def test_caption_rule_is_silent_on_a_page_without_blank_lines():
    # Every paragraph is on a single break: the short line above the credit may be a paragraph.
    text = f"Titre\n{P1}\nLe ministre a démissionné.\nPhoto : Reuters\n{P2}"
    assert removed(text, "Titre") == [("Photo : Reuters", "lexicon:credit")]


def test_line_enclosed_by_clutter_below_the_article_is_removed():
    text = (
        f"Titre\n\n{P1}\n\n{P2}\n\nIl vous reste 80 % de cet article à lire.\n"
        "Session ouverte sur un autre appareil.\nDécouvrez nos offres"
    )
    assert removed(text, "Titre")[1] == (
        "Session ouverte sur un autre appareil.",
        "position:enclosed",
    )


def test_line_enclosed_by_clutter_between_paragraphs_is_kept():
    text = f"Titre\n\n{P1}\n\nPublicité\nLe retour au calme.\nPublicité\n\n{P2}"
    assert [r for _, r in removed(text, "Titre")] == ["lexicon:advert", "lexicon:advert"]


def test_headline_ending_the_page_below_clutter_is_removed():
    text = (
        f"Titre\n\n{P1}\n\n{P2}\n\nPartager\n\nPréparez votre séjour en Asie centrale avec le guide"
    )
    assert removed(text, "Titre")[-1] == (
        "Préparez votre séjour en Asie centrale avec le guide",
        "position:tail",
    )


def test_sentence_ending_the_page_below_clutter_is_kept():
    text = f"Titre\n\n{P1}\n\n{P2}\n\nPublicité\n\nLe procès reprendra lundi."
    assert removed(text, "Titre") == [("Publicité", "lexicon:advert")]


def test_label_in_a_block_of_clutter_is_removed():
    text = f"Titre\n\n{P1}\n\nAudio\n2'14\"\nTélécharger\n\n{P2}"
    assert removed(text, "Titre") == [
        ("Audio", "position:block"),
        ("2'14\"", "shape:date"),
        ("Télécharger", "shape:share-bar"),
    ]


def test_heading_above_a_single_clutter_line_is_kept():
    text = f"Titre\n\n{P1}\n\nUne purge méthodique\nPublicité\n\n{P2}"
    assert removed(text, "Titre") == [("Publicité", "lexicon:advert")]


def test_sign_off_below_the_article_is_kept():
    text = f"Titre\n\n{P1}\n\n{P2}\n\nÀ la semaine prochaine,\n\nLéa"
    assert removed(text, "Titre") == []


def test_quoted_title_below_a_menu_is_not_the_first_paragraph():
    # The quoted title counts nine words, not eleven: the labels under it are page furniture.
    text = f"Idées\nTribunes\n\n« Le gaz ne sera pas plafonné sans les régions »\n\nTRIBUNE\nCollectif\n\n{P1}\n\n{P2}"
    assert [line for line, _ in removed(text)] == ["Idées", "Tribunes", "TRIBUNE", "Collectif"]


MATCH_SHEET = (
    "La fiche du match\nNantes 1-0 Brest\nBut : Mohamed (54e) pour Nantes\n"
    "Avertissements : Castelletto (31e), Lees-Melou (62e)"
)


def test_fact_box_under_the_last_paragraph_is_kept():
    text = f"Titre\n\n{P1}\n\n{P2}\n\n{MATCH_SHEET}\n\nLes plus lus\nAccueil\nContact"
    assert [line for line, _ in removed(text, "Titre")] == ["Les plus lus", "Accueil", "Contact"]


def test_fact_box_spaced_by_blank_lines_as_in_html_mode_is_kept():
    box = MATCH_SHEET.replace("\n", "\n\n")
    text = f"Titre\n\n{P1}\n\n{P2}\n\n{box}\n\nLes plus lus\n\nAccueil"
    assert [line for line, _ in removed(text, "Titre")] == ["Les plus lus", "Accueil"]


def test_related_headlines_of_the_form_topic_colon_clause_are_not_a_fact_box():
    teasers = (
        "Brest : une pétition dépasse les 3 000 signatures\nNantes : le tram 4 prolongé en 2026"
    )
    text = f"Titre\n\n{P1}\n\n{P2}\n\nLa rédaction vous conseille\n{teasers}"
    assert len(removed(text, "Titre")) == 3


def test_meta_block_below_a_standfirst_loses_its_labels():
    lead = (
        "Les voitures diesel les plus anciennes ne pourront plus entrer dans la ville dès janvier."
    )
    meta = "Par Sophie Lambert\nJournaliste au service Ville\nLe 28/11/2024 à 17:22"
    text = f"Titre\n\n{lead}\n{meta}\n\n{P1}\n\n{P2}"
    assert [line for line, _ in removed(text, "Titre")] == meta.split("\n")
    assert removed(text, "Titre")[1] == ("Journaliste au service Ville", "position:meta")


def test_short_lines_after_the_first_paragraph_without_a_byline_or_date_stay():
    text = f"Titre\n\n{P1}\n\nUne purge méthodique\nLes faits\n\n{P2}\n\n{P3}"
    assert removed(text, "Titre") == []


def test_intertitle_in_its_own_block_after_the_meta_block_stays():
    lead = "A 2022 law set deadlines for cities to approve permits. Many are still missing them."
    text = f"{lead}\n\nBy Daniel Park\nUpdated March 20, 2024\nSave\n\nIn brief\n\n{P1}\n\n{P2}"
    assert [line for line, _ in removed(text)] == [
        "By Daniel Park",
        "Updated March 20, 2024",
        "Save",
    ]


def test_fact_box_with_one_field_holding_figures_is_kept():
    box = "Le tableau d’affichage\nVannes 27 - Agen 13\nEssais : Roy (12e, 40e) pour Vannes\nArbitre : M. Durand"
    text = f"Titre\n\n{P1}\n\n{P2}\n\n{box}\n\nLire aussi\nAccueil"
    assert [line for line, _ in removed(text, "Titre")] == ["Lire aussi", "Accueil"]


def test_lone_dash_is_no_word_of_a_menu_label():
    text = f"Rugby\nTop 14\nTop 14 - 18e journée\n\nBayonne bat Toulouse\n\n{P1}\n\n{P2}"
    assert [line for line, _ in removed(text)] == ["Rugby", "Top 14", "Top 14 - 18e journée"]


def test_list_item_with_a_lone_semicolon_above_the_body_is_not_a_label():
    items = "Les griefs des manifestants :\nla hausse du prix du gaz ;\nune corruption jugée endémique ;"
    text = f"Titre\n\n{items}\n\n{P1}\n\n{P2}"
    assert removed(text, "Titre") == []


def test_comment_counter_at_the_top_does_not_hide_the_comment_section_below():
    text = (
        f"Titre\n\n4 commentaires\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "4 commentaires\nPierre_75\nTrès juste analyse, merci pour ce texte."
    )
    assert [line for line, _ in removed(text, "Titre")] == [
        "4 commentaires",
        "4 commentaires",
        "Pierre_75",
        "Très juste analyse, merci pour ce texte.",
    ]
