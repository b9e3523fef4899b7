"""How values without a year or a reference get one, and how that is recorded."""

import datetime as dt

import pytest

from newskit_dates_fr import find_dates


def values(text, published):
    return [(d.text, d.value, str(d.anchor), d.anchor_value) for d in find_dates(text, published)]


def test_explicit_year_anchors_later_bare_dates_on_the_narrative():
    text = "En 2019, la crise a éclaté. Le 5 janvier, le gouvernement a démissionné."
    assert values(text, dt.date(2023, 3, 1))[1] == (
        "Le 5 janvier",
        "2019-01-05",
        "narrative",
        "2019",
    )


def test_without_publication_date_the_first_explicit_year_anchors_earlier_dates():
    text = "Le 5 janvier, la grève a commencé. Elle a duré tout le mois de janvier 2022."
    assert values(text, None)[0] == ("Le 5 janvier", "2022-01-05", "narrative", "2022")


def test_late_december_in_an_early_january_article_is_the_previous_year():
    found = values("Le 28 décembre, la police a arrêté trois suspects.", dt.date(2022, 1, 3))
    assert found == [("Le 28 décembre", "2021-12-28", "publication", "2022-01-03")]


def test_early_january_in_a_late_december_article_with_future_tense_is_the_next_year():
    found = values("Le scrutin se tiendra le 4 janvier.", dt.date(2021, 12, 20))
    assert found[0][1] == "2022-01-04"


def test_past_tense_moves_a_later_month_to_the_previous_year():
    found = values("Le 20 octobre, il a été arrêté.", dt.date(2022, 3, 1))
    assert found[0][1] == "2021-10-20"


def test_future_tense_keeps_a_later_month_in_the_publication_year():
    found = values("Le 20 octobre, il sera jugé.", dt.date(2022, 3, 1))
    assert found[0][1] == "2022-10-20"


def test_dernier_and_prochain_pick_the_occurrence_before_and_after():
    assert values("le 12 mars dernier", dt.date(2022, 3, 12))[0][1] == "2021-03-12"
    assert values("le 12 mars prochain", dt.date(2022, 3, 12))[0][1] == "2023-03-12"


def test_bare_weekday_is_the_nearest_in_the_direction_of_the_tense():
    wednesday = dt.date(2022, 1, 12)
    assert values("Lundi, il a signé.", wednesday)[0][1] == "2022-01-10"
    assert values("Lundi, il signera.", wednesday)[0][1] == "2022-01-17"
    assert values("Lundi prochain", wednesday)[0][1] == "2022-01-17"
    assert values("Lundi dernier", wednesday)[0][1] == "2022-01-10"


def test_bare_weekday_without_publication_follows_the_last_date_mentioned():
    text = "Le mercredi 5 janvier 2022, il est arrivé. Vendredi, il est reparti."
    assert values(text, None)[1] == ("Vendredi", "2022-01-07", "narrative", "2022-01-05")


def test_time_takes_the_day_of_the_last_date_in_its_paragraph():
    text = "Le 5 janvier 2022, l’alerte a sonné. À 9 h, les secours sont arrivés."
    assert values(text, dt.date(2022, 1, 10))[1] == (
        "À 9 h",
        "2022-01-05T09:00",
        "narrative",
        "2022-01-05",
    )


def test_time_in_a_new_paragraph_takes_the_publication_day():
    text = "Le 5 janvier 2022, l’alerte a sonné.\n\nÀ 9 h, les secours sont arrivés."
    assert values(text, dt.date(2022, 1, 10))[1][1:3] == ("2022-01-10T09:00", "publication")


def test_absolute_values_record_no_anchor_value():
    (found,) = find_dates("Le 5 janvier 2022, il a parlé.", dt.date(2023, 1, 1))
    assert (str(found.anchor), found.anchor_value) == ("absolute", None)


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("hier", "none"),
        ("le 5 janvier", "none"),
        ("il y a trois jours", "none"),
        ("la veille", "none"),
    ],
)
def test_nothing_to_anchor_on_is_recorded_as_none(text, anchor):
    (found,) = find_dates(text, None)
    assert (str(found.anchor), found.anchor_value) == (anchor, None)
    assert "X" in found.value or found.value.endswith("_REF")


def test_an_old_year_anchors_only_to_the_end_of_its_paragraph():
    text = "En 2018, une grève avait paralysé le pays. Le 5 mars, les trains se sont arrêtés.\n\nLe 5 mars, ils ont repris."
    found = values(text, dt.date(2024, 3, 14))
    assert [v[1] for v in found] == ["2018", "2018-03-05", "2024-03-05"]


def test_a_year_to_come_anchors_only_its_own_sentence():
    text = (
        "La loi entrera en vigueur le 1er janvier 2025. Une concertation aura lieu d’ici à l’été."
    )
    found = values(text, dt.date(2024, 3, 14))
    assert found[1][1:3] == ("2024-SU", "publication")


def test_last_year_anchors_to_the_end_of_the_article():
    text = "Au début de 2022, les prix ont monté.\n\nLe 7 janvier, le président a parlé."
    assert values(text, dt.date(2023, 3, 1))[1][1:3] == ("2022-01-07", "narrative")


def test_a_future_event_does_not_take_a_past_narrative_year():
    text = "Le procès, ouvert le 8 septembre 2021, doit s’achever le 29 juin."
    assert values(text, dt.date(2022, 6, 16))[1][1:3] == ("2022-06-29", "publication")


def test_the_verb_before_the_expression_sets_its_tense():
    text = "Le PSG a battu Nantes samedi soir, et l’OM jouera dimanche."
    found = values(text, dt.date(2022, 6, 16))  # a Thursday
    assert [v[1] for v in found] == ["2022-06-11TEV", "2022-06-19"]


def test_at_the_head_of_a_sentence_the_verb_after_sets_the_tense():
    assert values("Samedi, le PSG a battu Nantes.", dt.date(2022, 6, 16))[0][1] == "2022-06-11"


def test_years_later_count_from_the_last_year_mentioned():
    text = "En novembre 2015, les attaques ont fait 130 morts. Sept ans plus tard, les familles attendent."
    assert values(text, dt.date(2022, 6, 16))[1] == (
        "Sept ans plus tard",
        "2022",
        "narrative",
        "2015-11",
    )


def test_months_later_count_from_the_last_month_mentioned():
    text = (
        "En novembre 2015, les attaques ont eu lieu. Trois mois plus tard, le procès s’est ouvert."
    )
    assert values(text, None)[1][1] == "2016-02"


def test_a_count_is_not_taken_for_the_narrative_year():
    text = "Plus de 2000 personnes ont défilé. Le 5 janvier, ils ont marché. En 2019, rien."
    assert values(text, None)[0] == ("Le 5 janvier", "2019-01-05", "narrative", "2019")
