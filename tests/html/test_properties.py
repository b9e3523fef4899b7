"""Property: every prose paragraph of a news page survives HTML extraction and stripping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

SUBJECTS = [
    "Le ministère",
    "Le président kazakh",
    "L’armée biélorusse",
    "La police d’Almaty",
    "Le gouvernement",
]
VERBS = ["a annoncé", "a déclaré", "a confirmé", "a démenti", "a précisé"]
OBJECTS = [
    "que les troupes quitteraient le pays dans les dix jours",
    "la levée de l’état d’urgence dans la région d’Almaty",
    "un plafonnement du prix du gaz liquéfié pour six mois",
    "l’arrestation de l’ancien chef du renseignement pour haute trahison",
    "que 18 agents de sécurité avaient été tués lors des émeutes",
]
sentence = st.builds(
    lambda s, v, o: f"{s} {v} {o}.",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
)
paragraph = st.lists(sentence, min_size=2, max_size=3).map(" ".join)


@settings(max_examples=25)
@given(st.lists(paragraph, min_size=2, max_size=6, unique=True))
def test_every_prose_paragraph_of_a_page_survives(pipeline, make_page, paragraphs):
    article = pipeline.analyze(make_page("Le Kazakhstan après les émeutes", paragraphs))
    kept = article.text.split("\n\n")
    assert [p for p in paragraphs if p not in kept] == []
    assert article.title == "Le Kazakhstan après les émeutes"
