"""Every lexicon entry removes its examples; body sentences opening with the same words stay."""

from __future__ import annotations

import pytest

import newskit_boilerplate
from newskit_boilerplate.lexicon import _LENGTH_STEPS, entries, match_line

BODY = "Le ministère a confirmé mercredi que les négociations reprendraient la semaine prochaine à Genève, sous l’égide de l’ONU."

CASES = [
    pytest.param(entry.key, example, id=f"{entry.key}:{example[:40]}")
    for entry in entries()
    for example in entry.examples
]


@pytest.mark.parametrize(("key", "example"), CASES)
def test_lexicon_example_is_matched_by_its_entry(key, example):
    entry = match_line(example, len(example.split()))
    assert entry is not None
    assert entry.key == key


#: Entries that remove a line anywhere on the page (tail entries are tested further down).
PAGE_CASES = [
    pytest.param(entry.key, example, id=f"{entry.key}:{example[:40]}")
    for entry in entries()
    if not entry.tail
    for example in entry.examples
]


@pytest.mark.parametrize(("key", "example"), PAGE_CASES)
def test_lexicon_example_line_is_removed_between_body_paragraphs(key, example):
    text = f"Titre de l’article\n\n{BODY}\n\n{example}\n\n{BODY}\n\n{BODY}\n\n{BODY}"
    spans = newskit_boilerplate.find_boilerplate(text, "Titre de l’article")
    assert [s.text.strip() for s in spans] == [example]
    assert spans[0].reason == f"lexicon:{key}"


TAIL_CASES = [
    pytest.param(entry.key, example, id=f"{entry.key}:{example[:40]}")
    for entry in entries()
    if entry.tail
    for example in entry.examples
]


@pytest.mark.parametrize(("key", "example"), TAIL_CASES)
def test_tail_entry_removes_its_example_below_the_article_only(key, example):
    below = f"Titre de l’article\n\n{BODY}\n\n{BODY}\n\n{example}"
    spans = newskit_boilerplate.find_boilerplate(below, "Titre de l’article")
    assert [(s.text.strip(), s.reason) for s in spans] == [(example, f"lexicon:{key}")]
    within = f"Titre de l’article\n\n{BODY}\n\n{example}\n\n{BODY}"
    assert newskit_boilerplate.find_boilerplate(within, "Titre de l’article") == []


# Article sentences that open with a lexicon word: they must never be taken for clutter.
BODY_SENTENCES = [
    "Par ailleurs, le Président a noté que toutes les revendications des citoyens ont été entendues.",
    "Par la voix de son porte-parole, le gouvernement a démenti toute ingérence étrangère.",
    "Publié le 3 mars, le rapport de la commission d’enquête pointe de graves manquements.",
    "Mis à jour le mois dernier, le plan de sécurité prévoit le déploiement de 2 000 soldats supplémentaires.",
    "Source de tensions depuis des années, la hausse des prix du gaz a mis le feu aux poudres.",
    "À propos de la réforme, le ministre a reconnu que « des erreurs ont été commises ».",
    "Partager le pouvoir n’a jamais été dans les habitudes de l’ancien président, rappellent les analystes.",
    "Lire entre les lignes du communiqué permet de comprendre l’inquiétude de Moscou face à la contagion.",
    "Suivez l’argent, conseillait un enquêteur : les flux financiers mènent tous vers les mêmes sociétés écrans.",
    "Accueil glacial pour le ministre, hué par la foule à son arrivée sur la place centrale d’Almaty.",
    "Photo à l’appui, l’opposition affirme que des blindés ont été déployés dans la nuit.",
    "Rejoignez-nous, avait lancé le chef de l’opposition aux manifestants réunis devant la mairie, avant d’être arrêté.",
    "Commentaires et critiques ont afflué après la diffusion du discours présidentiel à la télévision.",
    "Abonnez-vous à la prudence, ironisait un éditorialiste, car rien n’est encore joué dans ce pays.",
    "By the end of the week, more than 160 people had been killed, according to the health ministry.",
    "Updated figures released on Monday show that nearly 8,000 people were detained during the unrest.",
    "Share prices of the country’s largest oil producer fell by 4% in early trading on Thursday.",
    "Source : le ministère de l’Intérieur a recensé 18 morts parmi les forces de l’ordre, dont deux décapités.",
    "La CNIL a sanctionné Google pour avoir rendu plus difficile de refuser les cookies que de les accepter.",
    "« Abonnez-vous ! », lance le youtubeur kazakh à ses 300 000 abonnés au début de chaque vidéo.",
    "Tous droits réservés : la formule figure désormais sur chaque photo publiée par l’agence d’Etat.",
    # Words of the reader-service, click, app and error entries in news prose.
    "Les abonnés de l’opérateur pourront résilier leur contrat sans frais jusqu’au 31 mars, selon l’Arcep.",
    "En cliquant sur un lien piégé, la victime installait sans le savoir un logiciel espion sur son téléphone.",
    "Notre rédaction a pu consulter le rapport, qui n’a pas encore été rendu public par le ministère.",
    "« Vous devez vous inscrire sur les listes avant le 3 mars », a rappelé le maire lors du conseil municipal.",
    "Télécharger l’application de la Sécurité sociale est désormais obligatoire pour obtenir un rendez-vous, regrettent les associations.",
    "Published in 2019, the report found that most of the country’s hospitals lacked basic equipment.",
    "Ne ratez pas le coche : c’est le conseil que donnent les notaires aux primo-accédants cette année.",
    "The reporter who covers the city council was arrested on Monday while filming the protest.",
    "Paru dans l’édition de 1932, le premier article du journal dénonçait déjà la corruption des élus locaux.",
    "Capture d’écran à l’appui, l’opposant accuse le ministre d’avoir menti devant l’Assemblée nationale.",
    "12 réponses à « la question du jour » ont été retenues par le jury du concours régional.",
    "Bruxelles s’attaque aux liens affiliés que les influenceurs cachent dans leurs vidéos, selon la Commission.",
    "Votre avis compte, a assuré le ministre aux agriculteurs réunis devant la préfecture de Rennes.",
    "Les idées défendues par le candidat n’ont pas convaincu les électeurs des quartiers populaires.",
    "By Tuesday, a senior official said, the bridge would reopen to traffic in both directions.",
    # Words of the channel, app, journalism, login and byline-with-date entries in news prose.
    "The grant will support local journalism in rural counties, the foundation said on Monday.",
    "Follow-up visits to the Telegram channel showed that the group had deleted its posts.",
    "Download speeds on the new network reached 300 megabits per second, the regulator said.",
    "Vous devez être connecté à Internet pour déclarer vos revenus, rappelle le fisc aux retraités.",
    "Par Jean Dupont, le 3 mars 2024, la mairie fut informée du projet de démolition de l’église.",
    # Words of the series-note, update-note, footer and alert entries in news prose.
    "Ce texte fait partie des priorités du gouvernement pour l’année 2025, selon Matignon.",
    "This report is part of a wider inquiry into the collapse of the regional bank in 2019.",
    "Powered by solar panels, the new ferry will cross the lake in under an hour from May.",
    "Designed by Renzo Piano, the museum opened in 1977 and draws millions of visitors each year.",
    "Relu par son avocat, le contrat ne prévoyait aucune clause de sortie avant 2030.",
    "Sign up for the lottery closed on Friday, organisers said, after 40,000 entries.",
    "Ces propos n’engagent que leur auteur, a répliqué le porte-parole du gouvernement, agacé.",
    "Reporters who follow the minister on Twitter noticed that the post had been deleted.",
    "Edited by hand, the manuscript shows the author’s doubts about the final chapter.",
    "Photo by photo, the exhibition retraces forty years of the city’s history.",
    "Please share your views with the council before the consultation closes on Friday, the mayor said.",
    "Reporting by local media suggested that the minister had known of the leak since March.",
    "Catching the latest train home, commuters found the station closed without warning.",
    "Get-out-the-vote alerts were sent to 2 million phones on the eve of the election, the party said.",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_body_sentence_opening_with_a_lexicon_word_is_kept(sentence):
    text = f"Titre de l’article\n\n{BODY}\n\n{sentence}\n\n{BODY}"
    assert newskit_boilerplate.find_boilerplate(text, "Titre de l’article") == []


def test_lexicon_table_entries_all_have_examples():
    assert all(entry.examples and all(entry.examples) for entry in entries())


def test_question_mark_does_not_protect_a_footer_link():
    assert match_line("Qui sommes-nous ?", 3) is not None


def test_anywhere_phrases_are_written_in_lower_case():
    # They are searched in the lower-cased line, so an upper-case letter would never match.
    assert [e.pattern for e in entries() if e.anywhere and e.pattern != e.pattern.lower()] == []


def test_anywhere_phrases_have_triggers_found_in_their_examples():
    for entry in entries():
        if entry.anywhere:
            assert entry.triggers
            assert all(any(t in ex.lower() for t in entry.triggers) for ex in entry.examples)


def _reference_match(line: str, words: int):
    """The lexicon's meaning without its shortcuts: the first start entry, in table order,
    that opens the line and accepts it, else the first anywhere entry that does."""
    from newskit_boilerplate.lexicon import _accepts, _singles

    singles = _singles()
    table = entries()
    for index, entry in enumerate(table):
        if not entry.anywhere and singles[index].match(line) and _accepts(entry, line, words):
            return entry
    lowered = line.lower()
    for index, entry in enumerate(table):
        if (
            entry.anywhere
            and any(t in lowered for t in entry.triggers)
            and singles[index].search(lowered)
            and _accepts(entry, line, words)
        ):
            return entry
    return None


PADDING = ("et la réunion s’est poursuivie tard dans la soirée avec les délégations " * 8).split()


def test_length_steps_do_not_change_what_the_lexicon_matches():
    # match_line only tries the entries that allow a line's length: the same answer as
    # trying them all, for every example lengthened to each side of every step.
    lengths = sorted({n + d for n in _LENGTH_STEPS for d in (-1, 0, 1)})
    for entry in entries():
        for example in entry.examples:
            for length in lengths:
                extra = length - len(example.split())
                if extra < 0:
                    continue
                line = " ".join([example.rstrip(".!"), *PADDING[:extra]])
                words = len(line.split())
                assert match_line(line, words) == _reference_match(line, words), line
