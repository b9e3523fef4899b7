"""Site profiles: learned from a synthetic corpus, saved, loaded, and applied by site name."""

from __future__ import annotations

import json
import random

import pytest

import newskit_boilerplate
from newskit.errors import PluginFailedError
from newskit.testing import pipeline_with
from newskit_boilerplate.learn import learn_site_profile
from newskit_boilerplate.profile import SiteProfile, find_profile, normalize_line, profile_path

LEAD = (
    "L’armée biélorusse, dans le cadre des forces de l’OTSC, a commencé à protéger des objets "
    "importants de l’infrastructure militaire du Kazakhstan, a déclaré le ministère biélorusse de la Défense."
)
SENTENCES = [
    "Le ministère a noté que le personnel militaire n’est pas impliqué dans les opérations en cours.",
    "Les manifestations de masse ont commencé au début de l’année dans l’ouest du pays.",
    "Selon l’ONU, environ 1 000 personnes ont été blessées lors des manifestations.",
    "En réponse, les autorités ont déclaré l’état d’urgence dans tout le pays.",
    "Le Conseil de sécurité collective a décidé d’envoyer des forces de maintien de la paix.",
    "Le président a limogé le gouvernement et dirigé le Conseil de sécurité de la république.",
]
HEADLINES = [
    "Moscou et Minsk signent un nouvel accord",
    "Un séisme frappe le sud du Kirghizistan",
    "La Banque centrale relève son taux directeur",
    "Trois ministres limogés après les émeutes",
    "Le Parlement adopte la réforme des retraites",
]
FOOTER = "Rejoignez Le Courrier d’Asie sur Telegram et VK pour ne rien manquer"
# A house label that no generic rule knows: only the learned profile removes it.
CLUTTER_BETWEEN = "Le choix du Courrier d’Asie"


def synthetic_article(rng: random.Random, number: int) -> str:
    """An article of the synthetic site: recurring prose lead, varying body, recurring clutter."""
    body = [" ".join(rng.sample(SENTENCES, 3)) for _ in range(rng.randint(2, 4))]
    teaser = f"Lire aussi : {rng.choice(HEADLINES)} ({number % 97} réactions)"
    parts = [
        f"Titre de l’article {number}",
        LEAD,
        body[0],
        teaser,
        *body[1:],
        CLUTTER_BETWEEN,
        FOOTER,
    ]
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    rng = random.Random(7)
    return [synthetic_article(rng, n) for n in range(60)]


@pytest.fixture(scope="module")
def profile(corpus) -> SiteProfile:
    return learn_site_profile(corpus, "courrier-asie")


def test_learned_profile_holds_the_recurring_footer_line(profile):
    assert normalize_line(FOOTER) in profile.lines
    assert normalize_line(CLUTTER_BETWEEN) in profile.lines


def test_learned_profile_holds_the_recurring_opening_with_varying_words(profile):
    assert "lire aussi :" in profile.prefixes


def test_recurring_prose_paragraph_is_not_learned(profile):
    assert normalize_line(LEAD) not in profile.lines
    assert profile.documents == 60


def test_line_seen_in_too_few_articles_is_not_learned(corpus):
    rare = [*corpus[:40], *(text + "\n\nÉdition spéciale du soir" for text in corpus[40:45])]
    learned = learn_site_profile(rare, "courrier-asie")
    assert normalize_line("Édition spéciale du soir") not in learned.lines


def test_profile_survives_a_save_and_load(profile, tmp_path):
    path = tmp_path / "courrier-asie.json"
    profile.save(path)
    assert SiteProfile.load(path) == profile
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "newskit-boilerplate-profile"


def test_profile_matches_numbers_whatever_their_value(profile):
    assert (
        profile.match("Lire aussi : Un séisme frappe le sud du Kirghizistan (12 réactions)")
        == "profile:courrier-asie"
    )


def test_pipeline_applies_the_profile_named_by_metadata_site(profile, tmp_path):
    profile.save(profile_path(tmp_path, "courrier-asie"))
    pipeline = pipeline_with(newskit_boilerplate, settings={"profiles_dir": str(tmp_path)})
    text = "\n\n".join(["Titre", LEAD, SENTENCES[0], CLUTTER_BETWEEN, SENTENCES[1]])
    with_site = pipeline.analyze(text, metadata={"site": "courrier-asie"})
    without_site = pipeline.analyze(text)
    assert [b.reason for b in with_site.boilerplate] == ["profile:courrier-asie"]
    assert CLUTTER_BETWEEN not in with_site.text
    assert CLUTTER_BETWEEN in without_site.text


def test_profiles_directory_can_come_from_the_environment(profile, tmp_path, monkeypatch):
    profile.save(profile_path(tmp_path, "courrier-asie"))
    monkeypatch.setenv("NEWSKIT_PROFILES_DIR", str(tmp_path))
    text = "\n\n".join(["Titre", LEAD, CLUTTER_BETWEEN, SENTENCES[1]])
    article = pipeline_with(newskit_boilerplate).analyze(text, metadata={"site": "courrier-asie"})
    assert CLUTTER_BETWEEN not in article.text


def test_site_name_is_slugged_inside_the_directory(tmp_path):
    assert profile_path(tmp_path, "Le Monde").name == "le-monde.json"
    assert profile_path(tmp_path, "../../etc/passwd").parent == tmp_path


def test_unknown_site_has_no_profile(tmp_path):
    assert find_profile("inconnu", [tmp_path]) is None
    assert find_profile(None, [tmp_path]) is None


def test_corrupt_profile_names_the_file_and_the_plugin(tmp_path):
    (tmp_path / "casse.json").write_text("{not json", encoding="utf-8")
    pipeline = pipeline_with(newskit_boilerplate, settings={"profiles_dir": str(tmp_path)})
    with pytest.raises(PluginFailedError, match=r"casse\.json"):
        pipeline.analyze("Titre\n\nUn paragraphe.", metadata={"site": "casse"})


def test_profile_of_another_format_is_refused(tmp_path):
    path = tmp_path / "autre.json"
    path.write_text('{"format": "autre"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a newskit boilerplate profile"):
        SiteProfile.load(path)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"min_share": 0}, "min_share"), ({"min_docs": 0}, "min_docs")]
)
def test_learning_refuses_thresholds_out_of_range(kwargs, message):
    with pytest.raises(ValueError, match=message):
        learn_site_profile([], "site", **kwargs)
