"""Backend choice, lazy and shared model loading, and the fallback that needs no spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

import newskit_entities
from newskit.testing import pipeline_with
from newskit_entities import backend_from, find_entities


def test_default_backend_is_spacy(monkeypatch):
    monkeypatch.delenv("NEWSKIT_ENTITIES_BACKEND", raising=False)
    assert backend_from({}) == "spacy"


def test_environment_variable_selects_the_backend(monkeypatch):
    monkeypatch.setenv("NEWSKIT_ENTITIES_BACKEND", "rules")
    assert backend_from({}) == "rules"


def test_pipeline_setting_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSKIT_ENTITIES_BACKEND", "rules")
    assert backend_from({"entities.backend": "spacy"}) == "spacy"


@pytest.mark.parametrize("name", ["flair", "", "spaCy3"])
def test_unknown_backend_is_refused(name, monkeypatch):
    monkeypatch.delenv("NEWSKIT_ENTITIES_BACKEND", raising=False)
    if name:
        with pytest.raises(ValueError, match="unknown entities backend"):
            backend_from({"entities.backend": name})
    with pytest.raises(ValueError, match="unknown entities backend"):
        find_entities("Paris", backend=name or "none")


def test_unknown_rule_name_is_refused():
    with pytest.raises(ValueError, match="unknown rules"):
        find_entities("Paris", "rules", disable=["nope"])


def run_python(code: str) -> list[str]:
    return json.loads(subprocess.check_output([sys.executable, "-c", code], text=True))


def test_importing_the_plugin_loads_no_spacy():
    loaded = run_python(
        "import sys, json, newskit_entities; print(json.dumps(sorted(sys.modules)))"
    )
    assert "spacy" not in loaded


def test_rules_backend_never_imports_spacy():
    code = (
        "import sys, json, newskit_entities\n"
        "e = newskit_entities.find_entities('Le président Emmanuel Macron est à Paris.', 'rules')\n"
        "assert [m.text for x in e for m in x.mentions] == ['Emmanuel Macron', 'Paris'], e\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    assert "spacy" not in run_python(code)


def test_pipeline_setting_reaches_the_plugin():
    pipeline = pipeline_with(newskit_entities, settings={"entities.backend": "rules"})
    article = pipeline.analyze("Le président Emmanuel Macron est à Paris.")
    assert [(m.text, str(m.label)) for m in article.mentions] == [
        ("Emmanuel Macron", "PER"),
        ("Paris", "LOC"),
    ]


def test_other_languages_get_no_entities():
    pipeline = pipeline_with(newskit_entities, settings={"entities.backend": "rules"})
    assert pipeline.analyze("President Emmanuel Macron is in Paris.", lang="en").entities == ()


def test_model_keeps_only_what_ner_needs(model):
    assert model.pipe_names == ["tok2vec", "ner"]


def test_model_is_loaded_once_for_concurrent_first_calls(model):
    from newskit_entities.model import load_model

    seen = []
    threads = [threading.Thread(target=lambda: seen.append(load_model())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(nlp is model for nlp in seen)


def test_mentions_overlapping_a_date_or_a_quantity_are_dropped():
    from newskit import Quantity

    text = "Il a parlé à Paris hier."
    quantity = Quantity.of(text, 13, 18, value="1")  # an absurd quantity over "Paris"
    assert find_entities(text, "rules", avoid=[quantity]) == []
    assert [e.name for e in find_entities(text, "rules")] == ["Paris"]


def test_threads_sharing_the_model_get_the_results_of_a_single_thread(model):
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Le président kazakh Kassym-Zhomart Tokayev a demandé l’aide de l’OTSC.",
        "Selon l’ONU, environ 1 000 personnes ont été blessées au Kazakhstan.",
        "a déclaré le ministère biélorusse de la Défense à Minsk.",
        "Le Conseil de sécurité collective de l’OTSC a décidé d’envoyer des forces.",
    ] * 3
    sequential = [find_entities(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(find_entities, texts))
    assert concurrent == sequential


def test_pipeline_drops_mentions_inside_a_date_of_the_dates_stage():
    import newskit
    from newskit import TimeExpression

    class SaintsDays:
        @newskit.hookimpl
        def newskit_find_dates(self, text):
            start = text.index("la Saint-Nicolas")
            return [TimeExpression.of(text, start, start + 16, type="DATE", value="XXXX-12-06")]

    pipeline = pipeline_with(newskit_entities, SaintsDays(), settings={"entities.backend": "rules"})
    article = pipeline.analyze("Le maire de Nancy a fêté la Saint-Nicolas avec Marie Dupuis.")
    assert [m.text for m in article.mentions] == ["Nancy", "Marie Dupuis"]


def test_long_text_is_read_by_the_model_in_pieces_with_offsets_kept(model, monkeypatch):
    from newskit_entities import statistical

    sentence = "Le président kazakh Kassym-Zhomart Tokayev a demandé l’aide de l’OTSC à Moscou.\n"
    text = sentence * 12
    whole = find_entities(text)
    monkeypatch.setattr(statistical, "_PIECE", 200)  # force several pieces
    assert len(statistical._pieces(text)) > 1
    pieced = find_entities(text)
    assert pieced == whole
    for entity in pieced:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
