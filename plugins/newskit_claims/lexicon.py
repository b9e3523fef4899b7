"""The French lexicon of attribution: cue verbs, prepositional cues, source nouns (data only,
and the tables as sets for lookups).

Every entry is exercised by a test in ``tests/claims/test_lexicon.py``: add an entry, and
the table-driven tests check it at once. Keep the tables small and precise: a cue that is
often something else (a noun, an act: "déclarer l'état d'urgence") is kept out, or only
counts in the constructions that make it speech (``que``, a colon, an incise).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

__all__ = [
    "ADJUNCT_STARTS",
    "CUE_VERBS",
    "DETERMINERS",
    "GENERIC_HEADS",
    "INFINITIVE_CONTENT",
    "INTRO_ADVERBIALS",
    "MEDIUM_NOUNS",
    "NON_SOURCE_AFTER_PREPOSITION",
    "NOT_A_CLAUSE_QUE",
    "OBJECT_CUE_VERBS",
    "ORG_HEADS",
    "PERSON_ROLES",
    "PREPOSITIONAL_CUES",
    "PRONOUNS",
    "REFLEXIVE_CUES",
    "REFLEXIVE_VERBS",
    "TITLE_NOUNS",
    "VERB_ADVERBS",
    "CueVerb",
    "generic_heads",
    "medium_nouns",
    "not_a_clause_que",
    "org_heads",
    "pronouns",
    "roles",
]


class CueVerb(NamedTuple):
    """One speech verb in the forms a news article uses.

    ``participle`` follows an auxiliary ("a déclaré", "a-t-il déclaré"); ``present`` and
    ``plural`` are the third persons of the present ("déclare", "déclarent"), which also
    make the incise ("déclare-t-il"); ``imperfect`` is the third singular imperfect.
    """

    infinitive: str
    participle: str
    present: str
    plural: str
    imperfect: str


def _er(stem: str) -> CueVerb:
    """A regular -er verb from its stem ("déclar" → déclarer, déclaré, déclare…)."""
    return CueVerb(stem + "er", stem + "é", stem + "e", stem + "ent", stem + "ait")


#: Speech and opinion verbs that report what someone said or holds.
CUE_VERBS: tuple[CueVerb, ...] = (
    _er("déclar"),
    _er("affirm"),
    _er("estim"),
    _er("not"),
    _er("ajout"),
    CueVerb("annoncer", "annoncé", "annonce", "annoncent", "annonçait"),
    _er("indiqu"),
    _er("précis"),
    _er("soulign"),
    _er("assur"),
    CueVerb("reconnaître", "reconnu", "reconnaît", "reconnaissent", "reconnaissait"),
    CueVerb("démentir", "démenti", "dément", "démentent", "démentait"),
    _er("expliqu"),
    CueVerb("dire", "dit", "dit", "disent", "disait"),
    CueVerb("rappeler", "rappelé", "rappelle", "rappellent", "rappelait"),
    _er("insist"),
    CueVerb("répondre", "répondu", "répond", "répondent", "répondait"),
    CueVerb("poursuivre", "poursuivi", "poursuit", "poursuivent", "poursuivait"),
    CueVerb("conclure", "conclu", "conclut", "concluent", "concluait"),
    _er("confi"),
    _er("racont"),
    _er("témoign"),
    CueVerb("prévenir", "prévenu", "prévient", "préviennent", "prévenait"),
    CueVerb("avertir", "averti", "avertit", "avertissent", "avertissait"),
    _er("martel"),
    CueVerb("juger", "jugé", "juge", "jugent", "jugeait"),
    CueVerb("considérer", "considéré", "considère", "considèrent", "considérait"),
    CueVerb("soutenir", "soutenu", "soutient", "soutiennent", "soutenait"),
    _er("signal"),
    _er("confirm"),
    CueVerb("révéler", "révélé", "révèle", "révèlent", "révélait"),
    CueVerb("admettre", "admis", "admet", "admettent", "admettait"),
    _er("déplor"),
    _er("regrett"),
    _er("dénonc"),
    _er("rapport"),
    CueVerb("relever", "relevé", "relève", "relèvent", "relevait"),
    _er("observ"),
    _er("constat"),
    CueVerb("répéter", "répété", "répète", "répètent", "répétait"),
    CueVerb("promettre", "promis", "promet", "promettent", "promettait"),
    CueVerb("écrire", "écrit", "écrit", "écrivent", "écrivait"),
    _er("comment"),
    CueVerb("lancer", "lancé", "lance", "lancent", "lançait"),
    CueVerb("nier", "nié", "nie", "nient", "niait"),
    _er("rétorqu"),
    _er("répliqu"),
    _er("résum"),
    CueVerb("avancer", "avancé", "avance", "avancent", "avançait"),
    _er("argu"),
    CueVerb("penser", "pensé", "pense", "pensent", "pensait"),
    CueVerb("croire", "cru", "croit", "croient", "croyait"),
    _er("proclam"),
    _er("détaill"),
    _er("mentionn"),
    _er("certifi"),
    CueVerb("garantir", "garanti", "garantit", "garantissent", "garantissait"),
    _er("gliss"),
    _er("lâch"),
    CueVerb("trancher", "tranché", "tranche", "tranchent", "tranchait"),
    CueVerb("asséner", "asséné", "assène", "assènent", "assénait"),
    CueVerb("renchérir", "renchéri", "renchérit", "renchérissent", "renchérissait"),
    CueVerb("nuancer", "nuancé", "nuance", "nuancent", "nuançait"),
    _er("ironis"),
    CueVerb("tempérer", "tempéré", "tempère", "tempèrent", "tempérait"),
    CueVerb("concéder", "concédé", "concède", "concèdent", "concédait"),
    CueVerb("plaider", "plaidé", "plaide", "plaident", "plaidait"),
    _er("souffl"),
    _er("clam"),
    CueVerb("jurer", "juré", "jure", "jurent", "jurait"),
    _er("object"),
    CueVerb("suggérer", "suggéré", "suggère", "suggèrent", "suggérait"),
    _er("avou"),
    CueVerb("prédire", "prédit", "prédit", "prédisent", "prédisait"),
    CueVerb("espérer", "espéré", "espère", "espèrent", "espérait"),
    CueVerb("craindre", "craint", "craint", "craignent", "craignait"),
    _er("alert"),
    CueVerb("appeler", "appelé", "appelle", "appellent", "appelait"),
    CueVerb(
        "mettre en garde", "mis en garde", "met en garde", "mettent en garde", "mettait en garde"
    ),
    _er("réclam"),
    _er("salu"),
    _er("demand"),
    CueVerb("réagir", "réagi", "réagit", "réagissent", "réagissait"),
    CueVerb("faire savoir", "fait savoir", "fait savoir", "font savoir", "faisait savoir"),
    CueVerb("faire valoir", "fait valoir", "fait valoir", "font valoir", "faisait valoir"),
    CueVerb(
        "faire remarquer", "fait remarquer", "fait remarquer", "font remarquer", "faisait remarquer"
    ),
)

#: Reflexive cues ("s'est dit prêt à…", "se dit convaincu que…"): the content follows.
REFLEXIVE_CUES: tuple[str, ...] = (
    "s'est dit",
    "s'est dite",
    "se sont dits",
    "se dit",
    "se disent",
    "se disait",
    "s'est déclaré",
    "s'est déclarée",
    "s'est montré convaincu",
    "s'est dit inquiet",
)

#: Speech verbs whose object, after "de", is the content ("a fait état de trois morts").
OBJECT_CUE_VERBS: tuple[CueVerb, ...] = (
    CueVerb("faire état", "fait état", "fait état", "font état", "faisait état"),
)

#: Reflexive speech verbs: "s'inquiète-t-il", "s'est indigné le maire", "se félicite que…".
REFLEXIVE_VERBS: tuple[CueVerb, ...] = (
    CueVerb("s'inquiéter", "inquiété", "inquiète", "inquiètent", "inquiétait"),
    _er("indign"),
    _er("étonn"),
    _er("emport"),
    CueVerb("s'agacer", "agacé", "agace", "agacent", "agaçait"),
    _er("exclam"),
    _er("félicit"),
    _er("désol"),
    CueVerb("réjouir", "réjoui", "réjouit", "réjouissent", "réjouissait"),
    CueVerb("souvenir", "souvenu", "souvient", "souviennent", "souvenait"),
)

#: Cues that precede their source: "selon X, …", "d'après X, …", "pour X, …".
PREPOSITIONAL_CUES: tuple[str, ...] = (
    "selon",
    "d'après",
    "pour",
    "aux yeux de",
    "de l'avis de",
    "à en croire",
)

#: What may follow "selon"/"d'après"/"pour" without naming a source ("selon toute vraisemblance").
NON_SOURCE_AFTER_PREPOSITION: tuple[str, ...] = (
    "toute",
    "tous",
    "que",
    "qu'",
    "les cas",
    "le cas",
    "la première fois",
    "le moment",
    "l'instant",
    "rappel",
    "autant",
    "cela",
    "ce faire",
    "sa part",
    "leur part",
    "mémoire",
    "cette raison",
    "nos informations",
    "nos sources",
)

#: Adverbs that may stand between the auxiliary and the participle ("a également déclaré").
VERB_ADVERBS: tuple[str, ...] = (
    "également",
    "aussi",
    "encore",
    "notamment",
    "déjà",
    "toutefois",
    "cependant",
    "pourtant",
    "néanmoins",
    "enfin",
    "ensuite",
    "alors",
    "ainsi",
    "clairement",
    "publiquement",
    "simplement",
    "récemment",
    "d'ailleurs",
    "en outre",
    "par ailleurs",
    "pour sa part",
    "de son côté",
    "fermement",
    "officiellement",
    "à nouveau",
    "de nouveau",
    "une nouvelle fois",
    "quant à lui",
    "quant à elle",
    "pour leur part",
    "de leur côté",
)

#: Infinitives that make a cue's complement reported speech ("a affirmé avoir reçu…").
INFINITIVE_CONTENT: tuple[str, ...] = (
    "en avoir",
    "y avoir",
    "être",
    "avoir",
    "n'être",
    "n'avoir",
    "ne pas",
    "ne plus",
    "vouloir",
    "pouvoir",
    "savoir",
    "ignorer",
    "espérer",
    "craindre",
)

#: Words that open an adjunct between a cue and its ``que`` ("a déclaré mardi que").
ADJUNCT_STARTS: tuple[str, ...] = (
    "à",
    "au",
    "aux",
    "lors",
    "dans",
    "devant",
    "sur",
    "pendant",
    "en",
    "hier",
    "ce",
    "cette",
    "le",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)

#: Words before ``que`` that make it a conjunction, not the complementizer of a cue.
NOT_A_CLAUSE_QUE: tuple[str, ...] = (
    "alors",
    "bien",
    "tandis",
    "parce",
    "ainsi",
    "avant",
    "après",
    "pendant",
    "dès",
    "même",
    "plus",
    "moins",
    "autant",
    "sans",
    "afin",
    "depuis",
    "sorte",
    "tant",
)

#: Comma-delimited openers that are not a subject ("Par ailleurs, le Président a noté…").
INTRO_ADVERBIALS: tuple[str, ...] = (
    "par ailleurs",
    "en outre",
    "de plus",
    "en effet",
    "en revanche",
    "cependant",
    "toutefois",
    "néanmoins",
    "pourtant",
    "ainsi",
    "enfin",
    "ensuite",
    "puis",
    "hier",
    "mardi",
    "de son côté",
    "pour sa part",
    "quant à lui",
    "quant à elle",
    "en réponse",
    "dans un communiqué",
)

#: Subject pronouns and anaphoric phrases whose antecedent must be found or flagged.
PRONOUNS: tuple[str, ...] = (
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "ce dernier",
    "cette dernière",
    "ces derniers",
    "celui-ci",
    "celle-ci",
    "lui",
    "eux",
)

#: Nouns naming a person by role: a source headed by one is a person (``PER``).
PERSON_ROLES: tuple[str, ...] = (
    "président",
    "présidente",
    "ministre",
    "premier ministre",
    "porte-parole",
    "chef",
    "cheffe",
    "secrétaire",
    "directeur",
    "directrice",
    "maire",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "ambassadeur",
    "ambassadrice",
    "général",
    "colonel",
    "commandant",
    "procureur",
    "procureure",
    "juge",
    "avocat",
    "avocate",
    "expert",
    "experts",
    "analyste",
    "analystes",
    "spécialiste",
    "spécialistes",
    "observateurs",
    "chercheur",
    "chercheuse",
    "professeur",
    "économiste",
    "économistes",
    "responsable",
    "responsables",
    "dirigeant",
    "dirigeants",
    "diplomate",
    "diplomates",
    "témoin",
    "témoins",
    "patron",
    "patronne",
    "dirigeante",
    "leader",
    "candidat",
    "candidate",
    "conseiller",
    "conseillère",
    "médecin",
    "chancelier",
    "chancelière",
    "gouverneur",
    "préfet",
    "préfète",
    "commissaire",
    "fondateur",
    "fondatrice",
    "pdg",
    "roi",
    "reine",
    "pape",
    "vice-président",
    "vice-présidente",
    "rapporteur",
    "rapporteure",
    "opposant",
    "militant",
    "syndicaliste",
    "habitant",
    "habitante",
    "manifestant",
    "riverain",
    "étudiant",
    "étudiante",
    "voisin",
    "voisine",
    "victime",
    "soldat",
    "policier",
    "enseignant",
    "enseignante",
    "agriculteur",
    "salarié",
    "ouvrier",
    "électeur",
    "élu",
    "élue",
    "proche",
    "journaliste",
    "entraîneur",
    "sélectionneur",
    "joueur",
    "joueuse",
    "capitaine",
    "auteur",
    "autrice",
    "écrivain",
    "réalisateur",
    "réalisatrice",
    "pharmacien",
    "infirmier",
    "infirmière",
    "commerçant",
    "parent",
    "élève",
    "scientifique",
    "citoyen",
    "retraité",
    "consommateur",
    "usager",
    "patient",
    "famille",
    "coureur",
    "champion",
    "championne",
    "artiste",
    "chanteur",
    "chanteuse",
    "musicien",
    "musicienne",
    "acteur",
    "actrice",
    "comédien",
    "comédienne",
)

#: Nouns before a quotation that make it a title or a term, not a statement
#: ("le film « … »", "la formule « quoi qu'il en coûte »").
TITLE_NOUNS: tuple[str, ...] = (
    "film",
    "livre",
    "roman",
    "ouvrage",
    "album",
    "chanson",
    "émission",
    "série",
    "pièce",
    "spectacle",
    "exposition",
    "opération",
    "plan",
    "slogan",
    "intitulé",
    "intitulée",
    "baptisé",
    "baptisée",
    "nommé",
    "nommée",
    "surnommé",
    "surnommée",
    "titre",
    "titré",
    "journal",
    "magazine",
    "mot",
    "expression",
    "formule",
    "terme",
    "mention",
    "hashtag",
)

#: Class nouns that stand for the last speaker of their kind when no earlier phrase holds
#: them ("indique Santé publique France … souligne l'agence"); a specific noun ("le
#: gouvernement", "le ministre") never does: it is flagged instead.
GENERIC_HEADS: tuple[str, ...] = (
    "agence",
    "organisation",
    "institution",
    "organisme",
    "instance",
    "entreprise",
    "groupe",
    "société",
    "compagnie",
    "firme",
    "constructeur",
    "association",
    "fédération",
    "établissement",
    "artiste",
    "chanteur",
    "chanteuse",
    "musicien",
    "musicienne",
    "acteur",
    "actrice",
    "comédien",
    "comédienne",
    "joueur",
    "joueuse",
    "coureur",
    "champion",
    "championne",
    "écrivain",
    "auteur",
    "autrice",
)

#: Nouns heading an organisation ("le ministère…", "l'armée", "les autorités"): ``ORG``.
ORG_HEADS: tuple[str, ...] = (
    "ministère",
    "service",
    "gouvernement",
    "armée",
    "police",
    "gendarmerie",
    "autorités",
    "conseil",
    "comité",
    "commission",
    "parlement",
    "assemblée",
    "sénat",
    "agence",
    "parquet",
    "tribunal",
    "cour",
    "parti",
    "syndicat",
    "entreprise",
    "groupe",
    "société",
    "banque",
    "organisation",
    "ambassade",
    "mairie",
    "préfecture",
    "présidence",
    "état-major",
    "opposition",
    "association",
    "fédération",
    "ong",
    "institution",
    "organisme",
    "instance",
    "compagnie",
    "firme",
    "constructeur",
    "établissement",
    "kremlin",
    "élysée",
    "pentagone",
    "onu",
    "otan",
)

#: Nouns of a medium rather than a source ("selon un communiqué du ministère" → the ministry).
MEDIUM_NOUNS: tuple[str, ...] = (
    "communiqué",
    "déclaration",
    "rapport",
    "bilan",
    "chiffres",
    "données",
    "estimations",
    "estimation",
    "sources",
    "source",
    "témoignages",
    "images",
    "document",
    "note",
    "lettre",
    "étude",
    "enquête",
    "sondage",
    "analyse",
)

#: Determiners stripped from source words to name a built entity.
DETERMINERS: tuple[str, ...] = (
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
)


# The tables as sets, for lookups: ``word in PERSON_ROLES`` compares the word with each of
# 140 entries (a microsecond when it is none of them); a set hashes it once.


@functools.cache
def roles() -> frozenset[str]:
    """:data:`PERSON_ROLES` as a set."""
    return frozenset(PERSON_ROLES)


@functools.cache
def org_heads() -> frozenset[str]:
    """:data:`ORG_HEADS` as a set."""
    return frozenset(ORG_HEADS)


@functools.cache
def medium_nouns() -> frozenset[str]:
    """:data:`MEDIUM_NOUNS` as a set."""
    return frozenset(MEDIUM_NOUNS)


@functools.cache
def generic_heads() -> frozenset[str]:
    """:data:`GENERIC_HEADS` as a set."""
    return frozenset(GENERIC_HEADS)


@functools.cache
def pronouns() -> frozenset[str]:
    """:data:`PRONOUNS` as a set."""
    return frozenset(PRONOUNS)


@functools.cache
def not_a_clause_que() -> frozenset[str]:
    """:data:`NOT_A_CLAUSE_QUE` as a set."""
    return frozenset(NOT_A_CLAUSE_QUE)
