"""Every entry of the cue lexicon, exercised: each cue found in the constructions that make it speech."""

from __future__ import annotations

import pytest

from newskit import ClaimKind, EntityLabel
from newskit_claims import lexicon, sources
from newskit_claims.finder import find_claims

CONTENT = "la réunion aura lieu demain à Paris"


def _one(text: str):
    claims = find_claims(text)
    assert len(claims) == 1, [(c.text, c.cue) for c in claims]
    return claims[0]


def _incise(present: str) -> str:
    return f"{present}-t-il" if present[-1] in "ae" else f"{present}-il"


VERBS = lexicon.CUE_VERBS
IDS = [v.infinitive for v in VERBS]


@pytest.mark.parametrize("verb", VERBS, ids=IDS)
def test_cue_participle_with_que_reports_speech(verb: lexicon.CueVerb) -> None:
    claim = _one(f"Le porte-parole a {verb.participle} que {CONTENT}.")
    assert (claim.cue.text, claim.source_mention.text, claim.text) == (
        f"a {verb.participle}",
        "Le porte-parole",
        CONTENT,
    )
    assert claim.kind == ClaimKind.INDIRECT


@pytest.mark.parametrize("verb", VERBS, ids=IDS)
def test_cue_present_and_imperfect_with_que_report_speech(verb: lexicon.CueVerb) -> None:
    for subject, form in (
        ("Le porte-parole", verb.present),
        ("Les syndicats", verb.plural),
        ("Le porte-parole", verb.imperfect),
    ):
        claim = _one(f"{subject} {form} que {CONTENT}.")
        assert (claim.cue.text, claim.source_mention.text, claim.text) == (form, subject, CONTENT)


@pytest.mark.parametrize("verb", VERBS, ids=IDS)
def test_cue_inverted_after_a_quote_attributes_it(verb: lexicon.CueVerb) -> None:
    claim = _one(f"« {CONTENT.capitalize()} », a {verb.participle} le porte-parole du parti.")
    assert (claim.kind, claim.text, claim.source_mention.text) == (
        ClaimKind.DIRECT,
        CONTENT.capitalize(),
        "le porte-parole du parti",
    )
    claim = _one(f"« {CONTENT.capitalize()} », {_incise(verb.present)}.")
    assert claim.cue.text == _incise(verb.present)
    assert claim.source_mention.text == "il"
    assert claim.source is None
    assert not claim.source_resolved


@pytest.mark.parametrize(
    "verb", lexicon.REFLEXIVE_VERBS, ids=[v.infinitive for v in lexicon.REFLEXIVE_VERBS]
)
def test_reflexive_verb_in_incise_or_with_que_reports_speech(verb: lexicon.CueVerb) -> None:
    reflexive = "s’" if verb.present[0] in "aeéiouy" else "se "
    claim = _one(f"« {CONTENT.capitalize()} », {reflexive}{verb.present}-t-elle.")
    assert claim.cue.text == f"{reflexive}{verb.present}-t-elle"
    assert claim.source_mention.text == "elle"
    claim = _one(f"« {CONTENT.capitalize()} », s’est {verb.participle} le maire.")
    assert (claim.cue.text, claim.source_mention.text) == (f"s’est {verb.participle}", "le maire")
    claim = _one(f"Le maire {reflexive}{verb.present} que {CONTENT}.")
    assert (claim.source_mention.text, claim.text) == ("Le maire", CONTENT)


@pytest.mark.parametrize("verb", VERBS, ids=IDS)
def test_cue_gerund_takes_the_subject_of_its_clause(verb: lexicon.CueVerb) -> None:
    gerund = verb.imperfect.replace("ait", "ant", 1)
    claim = _one(f"Le porte-parole a quitté la salle, tout en {gerund} que {CONTENT}.")
    assert (claim.cue.text, claim.source_mention.text, claim.text) == (
        f"tout en {gerund}",
        "Le porte-parole",
        CONTENT,
    )


@pytest.mark.parametrize("cue", lexicon.REFLEXIVE_CUES)
def test_reflexive_cue_reports_what_follows(cue: str) -> None:
    subject = "Les syndicats" if cue.startswith("se sont") else "Le syndicat"
    claim = _one(
        f"{subject} {cue.replace(chr(39), '’')} prêt à reprendre les négociations dès lundi."
    )
    assert claim.cue.text == cue.replace("'", "’")
    assert claim.source_mention.text == subject
    assert claim.text == "prêt à reprendre les négociations dès lundi"


PREPOSITIONS = {
    "selon": ("Selon le porte-parole", "le porte-parole"),
    "d'après": ("D’après le porte-parole", "le porte-parole"),
    "pour": ("Pour le porte-parole", "le porte-parole"),
    "aux yeux de": ("Aux yeux du porte-parole", "porte-parole"),
    "de l'avis de": ("De l’avis du porte-parole", "porte-parole"),
    "à en croire": ("À en croire le porte-parole", "le porte-parole"),
}


def test_every_prepositional_cue_has_an_example() -> None:
    assert set(PREPOSITIONS) == set(lexicon.PREPOSITIONAL_CUES)


@pytest.mark.parametrize("cue", lexicon.PREPOSITIONAL_CUES)
def test_prepositional_cue_before_its_source_introduces_the_content(cue: str) -> None:
    opening, words = PREPOSITIONS[cue]
    claim = _one(f"{opening}, {CONTENT}.")
    assert (claim.source_mention.text, claim.text, claim.kind) == (
        words,
        CONTENT,
        ClaimKind.INDIRECT,
    )
    assert claim.source is not None
    assert claim.source.label == EntityLabel.PER


@pytest.mark.parametrize("words", lexicon.NON_SOURCE_AFTER_PREPOSITION)
def test_preposition_without_a_source_is_no_claim(words: str) -> None:
    for cue in ("Selon", "Pour"):
        assert find_claims(f"{cue} {words.replace(chr(39), '’')}, {CONTENT}.") == []


@pytest.mark.parametrize("adverb", lexicon.VERB_ADVERBS)
def test_adverb_between_auxiliary_and_participle_stays_in_the_cue(adverb: str) -> None:
    claim = _one(f"Le porte-parole a {adverb.replace(chr(39), '’')} déclaré que {CONTENT}.")
    assert claim.cue.text == f"a {adverb.replace(chr(39), '’')} déclaré"
    assert claim.source_mention.text == "Le porte-parole"


@pytest.mark.parametrize("infinitive", lexicon.INFINITIVE_CONTENT)
def test_infinitive_of_saying_makes_the_complement_a_claim(infinitive: str) -> None:
    infinitive = infinitive.replace("'", "’")
    claim = _one(f"Le porte-parole a affirmé {infinitive} prévenu le gouvernement.")
    assert claim.text == f"{infinitive} prévenu le gouvernement"


ADJUNCTS = {
    "à": "à la presse",
    "au": "au journal local",
    "aux": "aux journalistes",
    "lors": "lors d’un point presse",
    "dans": "dans un communiqué",
    "devant": "devant les députés",
    "sur": "sur son compte officiel",
    "pendant": "pendant la réunion",
    "en": "en conférence de presse",
    "hier": "hier",
    "ce": "ce matin",
    "cette": "cette semaine",
    "le": "le 5 mars",
    "lundi": "lundi",
    "mardi": "mardi soir",
    "mercredi": "mercredi",
    "jeudi": "jeudi",
    "vendredi": "vendredi",
    "samedi": "samedi",
    "dimanche": "dimanche",
}


def test_every_adjunct_start_has_an_example() -> None:
    assert set(ADJUNCTS) == set(lexicon.ADJUNCT_STARTS)


@pytest.mark.parametrize("start", lexicon.ADJUNCT_STARTS)
def test_adjunct_between_cue_and_que_is_skipped(start: str) -> None:
    claim = _one(f"Le porte-parole a déclaré {ADJUNCTS[start]} que {CONTENT}.")
    assert (claim.cue.text, claim.text) == ("a déclaré", CONTENT)


@pytest.mark.parametrize("word", lexicon.NOT_A_CLAUSE_QUE)
def test_conjunction_que_after_an_act_is_no_claim(word: str) -> None:
    assert (
        find_claims(
            f"Le porte-parole a annoncé le report de la réunion {word} que les députés protestaient."
        )
        == []
    )


@pytest.mark.parametrize("adverbial", lexicon.INTRO_ADVERBIALS)
def test_intro_adverbial_is_not_taken_for_the_subject(adverbial: str) -> None:
    opening = adverbial.replace("'", "’").capitalize()
    claim = _one(f"{opening}, Jean Dupont, porte-parole du parti, a déclaré que {CONTENT}.")
    assert claim.source_mention.text == "Jean Dupont"


@pytest.mark.parametrize("pronoun", lexicon.PRONOUNS)
def test_pronoun_source_without_antecedent_is_flagged_not_guessed(pronoun: str) -> None:
    if pronoun in ("lui", "eux"):
        text = f"Selon {pronoun}, {CONTENT}."
    else:
        verb = "ont" if pronoun in ("ils", "elles", "ces derniers") else "a"
        text = f"{pronoun.capitalize()} {verb} déclaré que {CONTENT}."
    claim = _one(text)
    assert claim.source_mention.text.lower() == pronoun
    assert claim.source is None
    assert not claim.source_resolved


@pytest.mark.parametrize("role", lexicon.PERSON_ROLES)
def test_role_noun_makes_a_person_source(role: str) -> None:
    subject, verb = (f"Les {role}", "ont") if role.endswith("s") else (f"Le {role}", "a")
    claim = _one(f"{subject} {verb} déclaré que {CONTENT}.")
    assert claim.source.label == EntityLabel.PER
    assert claim.source.name == role


def _org_subject(head: str) -> str:
    name = {"onu": "ONU", "otan": "OTAN"}.get(head) or (
        head.capitalize() if head in ("kremlin", "élysée", "pentagone") else head
    )
    if name[0].lower() in "aeéioué":
        return f"L’{name}"
    return f"Les {name}" if name.endswith("s") else f"Le {name}"


@pytest.mark.parametrize("head", lexicon.ORG_HEADS)
def test_institution_noun_makes_an_organisation_source(head: str) -> None:
    subject = _org_subject(head)
    verb = "ont" if subject.startswith("Les") else "a"
    claim = _one(f"{subject} {verb} déclaré que {CONTENT}.")
    assert claim.source.label == EntityLabel.ORG


@pytest.mark.parametrize("noun", lexicon.MEDIUM_NOUNS)
def test_medium_stands_for_its_author(noun: str) -> None:
    claim = _one(f"Selon un {noun} du ministère de la Santé, {CONTENT}.")
    assert claim.source.name == "ministère de la Santé"
    assert claim.source_mention.text == f"un {noun} du ministère de la Santé"


@pytest.mark.parametrize("determiner", lexicon.DETERMINERS)
def test_determiner_is_not_part_of_a_built_name(determiner: str) -> None:
    words = (
        f"{determiner}porte-parole" if determiner.endswith("'") else f"{determiner} porte-parole"
    )
    start, end = sources.name_range(words, 0, len(words))
    assert words[start:end] == "porte-parole"


@pytest.mark.parametrize(
    "verb", lexicon.OBJECT_CUE_VERBS, ids=[v.infinitive for v in lexicon.OBJECT_CUE_VERBS]
)
def test_object_cue_takes_its_object_as_content(verb: lexicon.CueVerb) -> None:
    for subject, form in (
        ("Le ministère", f"a {verb.participle}"),
        ("Le ministère", verb.present),
        ("Les hôpitaux", verb.plural),
        ("Le ministère", verb.imperfect),
    ):
        claim = _one(f"{subject} {form} de trois morts dans la nuit.")
        assert (claim.cue.text, claim.source_mention.text, claim.text) == (
            form,
            subject,
            "trois morts dans la nuit",
        )


@pytest.mark.parametrize("noun", lexicon.TITLE_NOUNS)
def test_quotation_after_a_title_noun_is_no_claim(noun: str) -> None:
    assert (
        find_claims(
            f"Le public a découvert le {noun} « Une longue nuit sans fin ni sommeil » hier."
        )
        == []
    )


@pytest.mark.parametrize("head", lexicon.GENERIC_HEADS)
def test_generic_head_takes_the_last_speaker_of_its_kind(head: str) -> None:
    person = head in lexicon.PERSON_ROLES
    speaker = "Paul Girard" if person else "la société Vortex"
    determiner = "l’" if head[0] in "aeéiou" else "le "
    text = f"Le chantier reprendra lundi, a annoncé {speaker}. « Tout est prêt », a ajouté {determiner}{head}."
    first, second = find_claims(text)
    assert second.source is first.source
    assert second.source_resolved


def test_specific_head_without_antecedent_is_flagged_not_given_the_last_speaker() -> None:
    text = "Mille personnes ont été blessées, selon l’ONU. Le gouvernement a déclaré que le calme revenait."
    _, second = find_claims(text)
    assert second.source.name == "gouvernement"
    assert not second.source_resolved
