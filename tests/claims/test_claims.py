"""Claims in real French news phrasings: what is a claim, its content, cue, source and kind."""

from __future__ import annotations

import pytest

import newskit
from newskit import ClaimKind, EntityLabel
from newskit.testing import assert_spans_aligned
from newskit_claims.finder import find_claims

from .conftest import hand_entities

D, IND, M = ClaimKind.DIRECT, ClaimKind.INDIRECT, ClaimKind.MIXED

#: text, then (content, cue, source words, kind) of each claim expected, in text order.
EXAMPLES = [
    (
        "Le ministre a déclaré mardi que la situation était sous contrôle.",
        [("la situation était sous contrôle", "a déclaré", "Le ministre", IND)],
    ),
    (
        "Jean Dupont, porte-parole du parti, a affirmé que le vote aurait lieu en mars.",
        [("le vote aurait lieu en mars", "a affirmé", "Jean Dupont", IND)],
    ),
    (
        "« Nous ne céderons pas aux menaces », a déclaré le Premier ministre.",
        [("Nous ne céderons pas aux menaces", "a déclaré", "le Premier ministre", D)],
    ),
    (
        "« Nous ne céderons pas, a-t-il déclaré, nous irons jusqu’au bout. »",
        [
            (
                "Nous ne céderons pas, a-t-il déclaré, nous irons jusqu’au bout",
                "a-t-il déclaré",
                "il",
                D,
            )
        ],
    ),
    (
        "Le porte-parole a déclaré : « La réunion aura lieu demain à Paris. »",
        [("La réunion aura lieu demain à Paris", "a déclaré", "Le porte-parole", D)],
    ),
    (
        "D’après les experts, la croissance ralentira fortement l’an prochain.",
        [("la croissance ralentira fortement l’an prochain", "D’après", "les experts", IND)],
    ),
    (
        "Pour Jordan Bardella, président du RN, la France « n’a plus de voix propre en Europe ».",
        [("la France « n’a plus de voix propre en Europe", "Pour", "Jordan Bardella", M)],
    ),
    (
        "Selon le porte-parole du gouvernement, Olivier Véran, les deux dirigeants ont « réaffirmé leur soutien ».",
        [
            (
                "les deux dirigeants ont « réaffirmé leur soutien",
                "Selon",
                "le porte-parole du gouvernement, Olivier Véran",
                M,
            )
        ],
    ),
    (
        "La croissance atteindra 2 % cette année, selon l’Insee.",
        [("La croissance atteindra 2 % cette année", "selon", "l’Insee", IND)],
    ),
    (
        "Les forces, selon le ministère, ont été déployées dans la nuit.",
        [
            (
                "Les forces, selon le ministère, ont été déployées dans la nuit",
                "selon",
                "le ministère",
                IND,
            )
        ],
    ),
    (
        "Les manifestants, a précisé la police, étaient environ 3 000 dans les rues.",
        [
            (
                "Les manifestants, a précisé la police, étaient environ 3 000 dans les rues",
                "a précisé",
                "la police",
                IND,
            )
        ],
    ),
    (
        "La police estime que 3 000 personnes ont défilé.",
        [("3 000 personnes ont défilé", "estime", "La police", IND)],
    ),
    (
        "Le ministre a affirmé avoir reçu des garanties de Moscou.",
        [("avoir reçu des garanties de Moscou", "a affirmé", "Le ministre", IND)],
    ),
    (
        "Ce chiffre est en hausse de 5 %, indique le rapport publié jeudi.",
        [("Ce chiffre est en hausse de 5 %", "indique", "le rapport", IND)],
    ),
    (
        "Le ministère de la Santé a indiqué jeudi dans un communiqué que 12 nouveaux cas avaient été détectés.",
        [("12 nouveaux cas avaient été détectés", "a indiqué", "Le ministère de la Santé", IND)],
    ),
    (
        "« Nous sommes prêts », a lancé Emmanuel Macron lors d’un meeting à Lyon.",
        [("Nous sommes prêts", "a lancé", "Emmanuel Macron", D)],
    ),
    (
        "« Nous avons fait notre travail », a indiqué à l’AFP le porte-parole de la police.",
        [("Nous avons fait notre travail", "a indiqué", "le porte-parole de la police", D)],
    ),
    (
        "« C’est une victoire pour la démocratie », estime Anne Hidalgo, maire de Paris.",
        [("C’est une victoire pour la démocratie", "estime", "Anne Hidalgo", D)],
    ),
    (
        "L’avocat a fait savoir que son client ferait appel de la décision.",
        [("son client ferait appel de la décision", "a fait savoir", "L’avocat", IND)],
    ),
    (
        "Le Kremlin dément que des troupes aient franchi la frontière.",
        [("des troupes aient franchi la frontière", "dément", "Le Kremlin", IND)],
    ),
    (
        "Le maire a reconnu que des erreurs avaient été commises et a assuré que les travaux reprendraient.",
        [
            (
                "des erreurs avaient été commises et a assuré que les travaux reprendraient",
                "a reconnu",
                "Le maire",
                IND,
            ),
            ("les travaux reprendraient", "a assuré", "Le maire", IND),
        ],
    ),
    (
        "« Les négociations reprendront lundi.\n\n« Nous n’avons rien cédé sur l’essentiel », a conclu la syndicaliste.",
        [
            (
                "Les négociations reprendront lundi.\n\n« Nous n’avons rien cédé sur l’essentiel",
                "a conclu",
                "la syndicaliste",
                D,
            )
        ],
    ),
    (
        "“Nous attendons des actes, pas des promesses”, a répondu la porte-parole de l’association.",
        [
            (
                "Nous attendons des actes, pas des promesses",
                "a répondu",
                "la porte-parole de l’association",
                D,
            )
        ],
    ),
    (
        '"Nous attendons des actes, pas des promesses", a répondu la porte-parole de l’association.',
        [
            (
                "Nous attendons des actes, pas des promesses",
                "a répondu",
                "la porte-parole de l’association",
                D,
            )
        ],
    ),
    (
        "«\u00a0Le pays traverse une crise sans précédent\u00a0»\u202f, a déclaré M. Dupont.",
        [("Le pays traverse une crise sans précédent", "a déclaré", "M. Dupont", D)],
    ),
    (
        "Le témoin raconte : « J’ai vu les soldats entrer dans la ville à l’aube. »",
        [("J’ai vu les soldats entrer dans la ville à l’aube", "raconte", "Le témoin", D)],
    ),
    (
        "Les habitants ont entendu des tirs. « La ville est encerclée depuis trois jours et l’eau manque. »",
        [("La ville est encerclée depuis trois jours et l’eau manque", None, None, D)],
    ),
]

EXAMPLES += [
    (
        "« Il n’y aura pas de négociations », a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
        [
            (
                "Il n’y aura pas de négociations",
                "a déclaré",
                "le porte-parole du Kremlin, Dmitri Peskov",
                D,
            )
        ],
    ),
    (
        "18 agents ont été tués selon le ministère de l’Intérieur.",
        [("18 agents ont été tués", "selon", "le ministère de l’Intérieur", IND)],
    ),
    (
        "PARIS — Le ministre a déclaré que la situation était sous contrôle.",
        [("la situation était sous contrôle", "a déclaré", "Le ministre", IND)],
    ),
    (
        "Le maire estime pour sa part que les travaux doivent reprendre.",
        [("les travaux doivent reprendre", "estime", "Le maire", IND)],
    ),
    (
        "« La situation est grave », s’est inquiété le maire de la ville.",
        [("La situation est grave", "s’est inquiété", "le maire de la ville", D)],
    ),
    (
        "Le maire a été clair : « Nous ne céderons rien sur la sécurité des habitants. »",
        [("Nous ne céderons rien sur la sécurité des habitants", None, "Le maire", D)],
    ),
    (
        "Jordan Bardella : « La France n’a plus de voix propre en Europe. »",
        [("La France n’a plus de voix propre en Europe", None, "Jordan Bardella", D)],
    ),
    (
        "« Nous avons tout fait pour éviter cela », a déclaré le ministre. « Mais la situation nous échappe désormais. »",
        [
            ("Nous avons tout fait pour éviter cela", "a déclaré", "le ministre", D),
            ("Mais la situation nous échappe désormais", None, "le ministre", D),
        ],
    ),
    (
        "Le ministre, qui s’exprimait devant la presse, a déclaré que la situation était grave.",
        [("la situation était grave", "a déclaré", "Le ministre", IND)],
    ),
    (
        "Interrogé par l’AFP, le ministre a assuré que rien ne changerait.",
        [("rien ne changerait", "a assuré", "le ministre", IND)],
    ),
]

EXAMPLES += [
    (
        "Le syndicat a réclamé « une hausse immédiate de tous les salaires ».",
        [("une hausse immédiate de tous les salaires", "a réclamé", "Le syndicat", D)],
    ),
    (
        "LYON — Le préfet a déclaré que la circulation serait rétablie dans la soirée.",
        [("la circulation serait rétablie dans la soirée", "a déclaré", "Le préfet", IND)],
    ),
    (
        "Les secours ont quitté les lieux dans la nuit, a indiqué la mairie de Lyon.",
        [("Les secours ont quitté les lieux dans la nuit", "a indiqué", "la mairie de Lyon", IND)],
    ),
    (
        "MARSEILLE (AFP) — Trois bateaux ont chaviré au large, a annoncé la préfecture maritime.",
        [("Trois bateaux ont chaviré au large", "a annoncé", "la préfecture maritime", IND)],
    ),
    (
        "La mairie a assuré que les écoles rouvriraient lundi, selon la presse locale.",
        [
            (
                "La mairie a assuré que les écoles rouvriraient lundi",
                "selon",
                "la presse locale",
                IND,
            ),
            ("les écoles rouvriraient lundi", "a assuré", "La mairie", IND),
        ],
    ),
    (
        "Le juge a reçu l’avocate Claire Martin, qui a affirmé que son client était innocent.",
        [("son client était innocent", "a affirmé", "l’avocate Claire Martin", IND)],
    ),
    (
        "La directrice, Sophie Bernard, a estimé que le budget était insuffisant.",
        [("le budget était insuffisant", "a estimé", "La directrice, Sophie Bernard", IND)],
    ),
    (
        "« Nous ferons appel », a réagi devant la presse l’avocat du club, Me Paul Girard.",
        [("Nous ferons appel", "a réagi", "l’avocat du club, Me Paul Girard", D)],
    ),
]

EXAMPLES += [
    (
        "Le ministère de l’Intérieur a fait état de trois morts et de dizaines de blessés.",
        [
            (
                "trois morts et de dizaines de blessés",
                "a fait état",
                "Le ministère de l’Intérieur",
                IND,
            )
        ],
    ),
    (
        "Des habitants ont raconté que les tirs avaient duré toute la nuit.",
        [("les tirs avaient duré toute la nuit", "ont raconté", "Des habitants", IND)],
    ),
    (
        "Le réalisateur présente son film « La nuit où tout a basculé » à Cannes.",
        [],
    ),
]

EXAMPLES += [
    (
        "Le parti a dénoncé une « diplomatie de façade ».",
        [("diplomatie de façade", "a dénoncé", "Le parti", D)],
    ),
    (
        "La Cour des comptes juge cette trajectoire « peu crédible ».",
        [("peu crédible", "juge", "La Cour des comptes", D)],
    ),
    (
        "Les pharmaciens se disent démunis face aux pénuries.",
        [("démunis face aux pénuries", "se disent", "Les pharmaciens", IND)],
    ),
]

EXAMPLES += [
    (
        "Le ministre, Bruno Martin, a jugé la réforme « indispensable » et a promis un vote rapide.",
        [("indispensable", "a jugé", "Le ministre, Bruno Martin", D)],
    ),
    (
        "Le chômage a baissé de 0,2 point, selon une estimation publiée jeudi par l’Insee.",
        [
            (
                "Le chômage a baissé de 0,2 point",
                "selon",
                "une estimation publiée jeudi par l’Insee",
                IND,
            )
        ],
    ),
    (
        "Pour l’ancien champion Bernard Hinault, cette absence « ouvre grand la porte aux autres ».",
        [
            (
                "cette absence « ouvre grand la porte aux autres",
                "Pour",
                "l’ancien champion Bernard Hinault",
                M,
            )
        ],
    ),
    (
        "Des drones ont visé la ville, a indiqué l’armée de l’air, qui affirme en avoir abattu vingt.",
        [
            ("Des drones ont visé la ville", "a indiqué", "l’armée de l’air", IND),
            ("en avoir abattu vingt", "affirme", "l’armée de l’air", IND),
        ],
    ),
]

EXAMPLES += [
    (
        "« Qui peut encore croire à ces promesses ? », a lancé le député.",
        [("Qui peut encore croire à ces promesses ?", "a lancé", "le député", D)],
    ),
    ("« Je suis innocent », clame-t-il.", [("Je suis innocent", "clame-t-il", "il", D)]),
]

EXAMPLES += [
    (
        "Le maire a assuré que les travaux reprendraient. « Nous tiendrons les délais prévus au printemps. »",
        [
            ("les travaux reprendraient", "a assuré", "Le maire", IND),
            ("Nous tiendrons les délais prévus au printemps", None, "Le maire", D),
        ],
    ),
]

EXAMPLES += [
    (
        "« Le risque est réel », affirme l’un des auteurs, le chercheur Paul Girard.",
        [("Le risque est réel", "affirme", "l’un des auteurs, le chercheur Paul Girard", D)],
    ),
]

EXAMPLES += [
    (
        "Quarante personnes sont mortes, a-t-on appris samedi auprès du Croissant-Rouge.",
        [("Quarante personnes sont mortes", "a-t-on appris", "Croissant-Rouge", IND)],
    ),
    (
        "Le parquet avait requis dix ans de prison, estimant que les faits étaient « graves ».",
        [("les faits étaient « graves", "estimant", "Le parquet", M)],
    ),
    (
        "Le ministre a demandé au groupe de « préserver l’emploi en France ».",
        [("préserver l’emploi en France", "a demandé", "Le ministre", D)],
    ),
    (
        "Le député a salué « un jour historique ».",
        [("un jour historique", "a salué", "Le député", D)],
    ),
    (
        "L’agence a mis en garde contre un « excès d’optimisme ».",
        [("excès d’optimisme", "a mis en garde", "L’agence", D)],
    ),
]

#: Sentences with speech verbs or quotes that hold no claim.
NOT_CLAIMS = [
    "En réponse, les autorités ont déclaré l’état d’urgence dans tout le pays.",
    "Le président a annoncé sa démission.",
    "Le gouvernement a décidé d’envoyer des renforts.",
    "Pour la première fois, le pays a organisé des élections libres.",
    "« Pensez-vous que la réforme passera avant l’été ? »",
    "Les « casseurs » ont été interpellés dans la nuit.",
    "La note que le ministère a publiée compte dix pages.",
    "Le club a confirmé sa présence au tournoi alors que la saison reprend.",
    "Selon toute vraisemblance, le scrutin sera reporté.",
    "Le film « Les Misérables » sort en salle mercredi.",
    "La loi a été adoptée en première lecture.",
    "Selon nos informations, le ministre va démissionner.",
    "Le maire s’inquiète de la hausse des prix.",
    "Le ministre n’a pas déclaré que la situation était grave.",
    "Le maire a été clair : « Pourquoi attendre encore ? »",
    "Le ministre a-t-il déclaré que la réforme passerait avant l’été ?",
    "« Pourquoi avez-vous attendu si longtemps ? », a demandé le juge.",
    "Le juge a demandé si le prévenu avait compris.",
    "Sur scène, elle a dédié son prix « à toutes les jeunes réalisatrices du monde ».",
    "Le texte a été amendé, apprend-on.",
    "Selon vous, la réforme passera-t-elle ?",
    "Un incendie s’est déclaré dans la nuit au troisième étage.",
    "Le ministre, Bruno Martin, a remis la réforme « en chantier » et a promis un vote rapide.",
]


def _summary(claim: newskit.Claim) -> tuple:
    return (
        claim.text,
        claim.cue.text if claim.cue else None,
        claim.source_mention.text if claim.source_mention else None,
        claim.kind,
    )


@pytest.mark.parametrize(("text", "expected"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_claim_content_cue_source_and_kind(text: str, expected: list[tuple]) -> None:
    assert [_summary(c) for c in find_claims(text)] == expected


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_speech_verb_or_quote_without_reported_speech_is_no_claim(text: str) -> None:
    assert find_claims(text) == []


@pytest.mark.parametrize(("text", "_"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_claims_through_the_pipeline_are_aligned(pipeline, text: str, _) -> None:
    article = pipeline.analyze("Titre\n\n" + text)
    assert_spans_aligned(article)
    assert len(article.claims) == len(_)


def test_pronoun_resolves_to_the_last_claim_subject() -> None:
    text = "Le ministre a déclaré que la situation était calme. Il a ajouté que les renforts arriveraient lundi."
    first, second = find_claims(text)
    assert second.source_mention.text == "Il"
    assert second.source is first.source
    assert second.source_resolved


def test_pronoun_resolves_to_the_only_person_named_before() -> None:
    text = "Marie Curie est arrivée mardi. « Nous ne céderons pas aux menaces de quiconque », a-t-elle ajouté."
    entities = hand_entities(text, [("Marie Curie", "PER", ("Marie Curie",))])
    (claim,) = find_claims(text, entities)
    assert claim.source is entities[0]
    assert claim.source_resolved


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    text = "Emmanuel Macron a reçu Olaf Scholz. Il a déclaré que la coopération serait renforcée."
    entities = hand_entities(
        text,
        [
            ("Emmanuel Macron", "PER", ("Emmanuel Macron",)),
            ("Olaf Scholz", "PER", ("Olaf Scholz",)),
        ],
    )
    (claim,) = find_claims(text, entities)
    assert claim.source is entities[0]
    assert claim.source_resolved


def test_pronoun_between_two_people_without_a_speaking_subject_is_left_unresolved() -> None:
    text = (
        "La réunion a duré deux heures avec Emmanuel Macron et Olaf Scholz. "
        "Il a déclaré que la coopération serait renforcée."
    )
    entities = hand_entities(
        text,
        [
            ("Emmanuel Macron", "PER", ("Emmanuel Macron",)),
            ("Olaf Scholz", "PER", ("Olaf Scholz",)),
        ],
    )
    (claim,) = find_claims(text, entities)
    assert claim.source is None
    assert not claim.source_resolved


def test_pronoun_of_the_wrong_gender_does_not_take_the_last_subject() -> None:
    text = (
        "La police a indiqué que le calme était revenu. Il a ajouté que les rues étaient rouvertes."
    )
    _, second = find_claims(text)
    assert second.source is None
    assert not second.source_resolved


def test_definite_description_resolves_to_the_institution_named_before() -> None:
    text = (
        "Le ministère de la Santé a indiqué que 12 cas avaient été détectés. "
        "Le ministère a ajouté que la situation restait sous surveillance."
    )
    first, second = find_claims(text)
    assert second.source_mention.text == "Le ministère"
    assert second.source.name == "ministère de la Santé"
    assert second.source is first.source


def test_role_description_resolves_to_the_person_it_introduced() -> None:
    text = (
        "Le président français Emmanuel Macron a reçu son homologue mardi. "
        "Le président a souligné que les deux pays partageaient les mêmes objectifs."
    )
    (claim,) = find_claims(text)
    assert claim.source.name == "Emmanuel Macron"
    assert claim.source.label == EntityLabel.PER
    assert claim.source_resolved


def test_description_without_antecedent_keeps_a_built_source_but_is_flagged() -> None:
    (claim,) = find_claims("Le ministère a précisé que les écoles resteraient fermées.")
    assert claim.source.name == "ministère"
    assert not claim.source_resolved


def test_location_inside_source_words_is_not_the_source() -> None:
    text = "Le gouvernement du Kazakhstan a indiqué que l’ordre était rétabli."
    entities = hand_entities(text, [("Kazakhstan", "LOC", ("Kazakhstan",))])
    (claim,) = find_claims(text, entities)
    assert claim.source.name == "gouvernement du Kazakhstan"
    assert claim.source.label == EntityLabel.ORG


def test_location_naming_the_whole_source_is_the_source() -> None:
    text = "Pour Moscou, ces sanctions sont illégales."
    entities = hand_entities(text, [("Moscou", "LOC", ("Moscou",))])
    (claim,) = find_claims(text, entities)
    assert claim.source is entities[0]


def test_long_unattributed_quote_is_a_claim_without_source() -> None:
    (claim,) = find_claims("« Nous ne reculerons devant aucune menace, quelle qu’elle soit. »")
    assert claim.source is None
    assert claim.cue is None
    assert claim.kind == ClaimKind.DIRECT


def test_other_language_gets_no_claims() -> None:
    import newskit_claims

    assert (
        newskit_claims.newskit_find_claims(
            text="The minister said that it was calm.", lang="en", entities=()
        )
        == []
    )


def test_source_named_after_a_role_is_the_person() -> None:
    (claim,) = find_claims(
        "« Nous ferons appel », a réagi devant la presse l’avocat du club, Me Paul Girard."
    )
    assert claim.source.name == "Paul Girard"
    assert claim.source.label == EntityLabel.PER


def test_role_before_a_name_gives_the_name() -> None:
    (claim,) = find_claims(
        "Le juge a reçu l’avocate Claire Martin, qui a affirmé que son client était innocent."
    )
    assert claim.source.name == "Claire Martin"


def test_surname_takes_the_full_name_without_its_title() -> None:
    text = (
        "L’avocat, Me Paul Girard, a indiqué que son client ferait appel. "
        "La procédure sera longue, a précisé Girard."
    )
    first, second = find_claims(text)
    assert first.source.name == second.source.name == "Paul Girard"
    assert first.source is second.source


def test_pronoun_far_from_the_last_speaker_is_not_resolved_to_it() -> None:
    text = (
        "Le feu a pris vers minuit, a annoncé la préfecture. Les pompiers sont restés sur place. "
        "Les habitants ont été relogés.\n\nLa nuit a été longue. « Je pense aux familles touchées », a-t-elle écrit."
    )
    claims = find_claims(text)
    assert claims[-1].source_mention.text == "elle"
    assert claims[-1].source is None
    assert not claims[-1].source_resolved


def test_pronoun_after_a_bare_description_shares_its_flag() -> None:
    text = "La maire est venue dans la nuit. « Je pense aux familles touchées », a-t-elle écrit."
    (claim,) = find_claims(text)
    assert claim.source.name == "maire"
    assert not claim.source_resolved


def test_pronoun_takes_the_named_subject_of_the_sentence_before_without_entities() -> None:
    text = "Marie Curie est arrivée mardi. « Nous ne céderons pas aux menaces de quiconque », a-t-elle ajouté."
    (claim,) = find_claims(text)
    assert claim.source.name == "Marie Curie"
    assert claim.source_resolved


def test_pronoun_takes_the_one_person_named_since_the_last_speaker() -> None:
    text = (
        "Le feu a pris vers minuit, a annoncé la préfecture.\n\n"
        "La maire, Anne Roux, est venue dans la nuit. « Je pense aux familles touchées », a-t-elle écrit."
    )
    entities = hand_entities(text, [("Anne Roux", "PER", ("Anne Roux",))])
    claims = find_claims(text, entities)
    assert claims[-1].source is entities[0]


def test_description_with_an_adjective_needs_no_antecedent() -> None:
    (claim,) = find_claims("L’armée ukrainienne a affirmé avoir repoussé plusieurs assauts.")
    assert claim.source.name == "armée ukrainienne"
    assert claim.source_resolved


def test_role_and_name_in_apposition_after_the_cue_give_the_name() -> None:
    (claim,) = find_claims(
        "« Le risque est réel », affirme l’un des auteurs, le chercheur Paul Girard."
    )
    assert claim.source.name == "Paul Girard"


def test_verb_with_an_object_after_a_named_subject_is_not_inverted() -> None:
    (claim,) = find_claims(
        "Le directeur de l’agence, Paul Girard, a appelé les pays à « agir vite »."
    )
    assert claim.text == "agir vite"
    assert claim.source.name == "Paul Girard"


def test_institution_description_takes_the_last_organisation_that_spoke() -> None:
    text = (
        "Quarante cas ont été recensés, indique Santé publique France. "
        "« La vaccination reste insuffisante », souligne l’agence."
    )
    first, second = find_claims(text)
    assert second.source_mention.text == "l’agence"
    assert second.source is first.source
    assert second.source_resolved


def test_person_description_takes_the_one_person_the_article_named() -> None:
    text = (
        "La chanteuse Léa Roux a vendu cent mille albums, a annoncé son label. "
        "« J’avais peur que le public ne suive pas », raconte l’artiste."
    )
    claims = find_claims(text)
    assert claims[-1].source.name == "Léa Roux"
    assert claims[-1].source_resolved


def test_acronym_in_brackets_is_not_part_of_the_name() -> None:
    text = "La Commission de régulation de l’énergie (CRE) a estimé que les prix baisseraient."
    (claim,) = find_claims(text)
    assert claim.source.name == "Commission de régulation de l’énergie"


def test_pronoun_subjects_chain_back_to_the_named_speaker() -> None:
    text = (
        "La réalisatrice Léa Roux a reçu la Palme d’or samedi. Elle a remercié son équipe. "
        "« Ce film parle de la vérité qui nous échappe », avait-elle expliqué la veille."
    )
    (claim,) = find_claims(text)
    assert claim.source.name == "Léa Roux"
    assert claim.source_resolved
