"""Each kind of French temporal expression the plugin handles, with its TIMEX3 value.

Unless a row says otherwise, the article was published on Monday 10 January 2022.
"""

import datetime as dt

import pytest

from newskit_dates_fr import find_dates

MONDAY = dt.date(2022, 1, 10)


def only(text, published=MONDAY, surface=None):
    """The one expression found in ``text`` (or the one whose text is ``surface``)."""
    found = find_dates(text, published)
    if surface is not None:
        found = [d for d in found if d.text == surface]
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


# (sentence, covered text, type, value)
ABSOLUTE = [
    ("Le lundi de Pâques 2023 est férié.", "Le lundi de Pâques 2023", "DATE", "2023-04-10"),
    ("Noël 2021 a été fêté en famille.", "Noël 2021", "DATE", "2021-12-25"),
    ("Il est né le 5 janvier 2022 à Lyon.", "le 5 janvier 2022", "DATE", "2022-01-05"),
    ("Le texte entre en vigueur le 1er sept. 2024.", "le 1er sept. 2024", "DATE", "2024-09-01"),
    ("Le contrat a été signé le 05/01/2022 à Paris.", "le 05/01/2022", "DATE", "2022-01-05"),
    ("Il est né le 15-02-1980 à Lyon.", "le 15-02-1980", "DATE", "1980-02-15"),
    ("Mise à jour : 2022-01-05.", "2022-01-05", "DATE", "2022-01-05"),
    ("Les ventes de janvier 2022 ont reculé.", "de janvier 2022", "DATE", "2022-01"),
    ("En 2022, la croissance a ralenti.", "En 2022", "DATE", "2022"),
    ("Le traité de 2017 reste en vigueur.", "2017", "DATE", "2017"),
    ("Il est mort le premier mars 1990.", "le premier mars 1990", "DATE", "1990-03-01"),
    ("Le vote aura lieu mercredi 4 octobre 2023.", "mercredi 4 octobre 2023", "DATE", "2023-10-04"),
    ("Publié le dim. 1 sept. 2024 à l’aube.", "le dim. 1 sept. 2024", "DATE", "2024-09-01"),
    ("Le 14 juillet 1789, la Bastille est prise.", "Le 14 juillet 1789", "DATE", "1789-07-14"),
    ("Le 29 février 2024, le Parlement a voté.", "Le 29 février 2024", "DATE", "2024-02-29"),
    (
        "Il a été libéré le 3 mars 2021 à 18 h 30.",
        "le 3 mars 2021 à 18 h 30",
        "TIME",
        "2021-03-03T18:30",
    ),
]

# Published Monday 10 January 2022.
RELATIVE = [
    ("La réunion s’est tenue le 1er mars.", "le 1er mars", "DATE", "2021-03-01"),
    ("Le 28 décembre, la police a arrêté trois suspects.", "Le 28 décembre", "DATE", "2021-12-28"),
    ("Le scrutin aura lieu le 20 février.", "le 20 février", "DATE", "2022-02-20"),
    ("Le 12 novembre dernier, il a été élu.", "Le 12 novembre dernier", "DATE", "2021-11-12"),
    ("Il a démissionné en mars.", "en mars", "DATE", "2021-03"),
    ("Mars a été un mois difficile.", "Mars", "DATE", "2021-03"),
    ("Il viendra jeudi prochain.", "jeudi prochain", "DATE", "2022-01-13"),
    ("Dimanche, il a voté.", "Dimanche", "DATE", "2022-01-09"),
    ("Vendredi, il votera.", "Vendredi", "DATE", "2022-01-14"),
    ("Jeudi dernier, il a signé.", "Jeudi dernier", "DATE", "2022-01-06"),
    ("Aujourd’hui, le ministre parle.", "Aujourd’hui", "DATE", "2022-01-10"),
    ("Hier, il pleuvait.", "Hier", "DATE", "2022-01-09"),
    ("Avant-hier, il pleuvait.", "Avant-hier", "DATE", "2022-01-08"),
    ("Il partira après-demain.", "après-demain", "DATE", "2022-01-12"),
    ("Il partira demain matin.", "demain matin", "TIME", "2022-01-11TMO"),
    ("Ce soir, il parlera.", "Ce soir", "TIME", "2022-01-10TEV"),
    ("Cette semaine, les prix ont monté.", "Cette semaine", "DATE", "2022-W02"),
    ("Le week-end dernier, il a neigé.", "Le week-end dernier", "DATE", "2022-W01-WE"),
    ("L’année dernière, il a gagné.", "L’année dernière", "DATE", "2021"),
    ("L’an prochain, il se représentera.", "L’an prochain", "DATE", "2023"),
    ("Le mois prochain, il partira.", "Le mois prochain", "DATE", "2022-02"),
    ("La semaine dernière, il a plu.", "La semaine dernière", "DATE", "2022-W01"),
    ("Ce mois-ci, les loyers montent.", "Ce mois-ci", "DATE", "2022-01"),
    ("Il y a quatre jours, il a appelé.", "Il y a quatre jours", "DATE", "2022-01-06"),
    ("Il y a deux ans, tout a changé.", "Il y a deux ans", "DATE", "2020"),
    ("Dans trois semaines, il votera.", "Dans trois semaines", "DATE", "2022-W05"),
    ("Dans six mois, la loi s’appliquera.", "Dans six mois", "DATE", "2022-07"),
    ("Cet été, la sécheresse a frappé.", "Cet été", "DATE", "2022-SU"),
    ("À partir de lundi, le couvre-feu s’applique.", "À partir de lundi", "DATE", "2022-01-17"),
    ("Le magasin ferme jusqu’à vendredi.", "jusqu’à vendredi", "DATE", "2022-01-14"),
    ("La Saint-Sylvestre a été calme.", "La Saint-Sylvestre", "DATE", "2021-12-31"),
    ("Le défilé du 14 juillet sera réduit.", "du 14 juillet", "DATE", "2022-07-14"),
    ("Pâques tombe tard cette année.", "Pâques", "DATE", "2022-04-17"),
    ("Les syndicats défileront le 1er mai.", "le 1er mai", "DATE", "2022-05-01"),
    ("À la Toussaint, les cimetières sont fleuris.", "À la Toussaint", "DATE", "2021-11-01"),
    ("Depuis lundi, il pleut.", "Depuis lundi", "DATE", "2022-01-03"),
]

NARRATIVE = [
    (
        "Le 3 janvier, il est arrivé. Deux jours plus tard, il est reparti.",
        "Deux jours plus tard",
        "2022-01-05",
    ),
    ("Le 3 janvier, il est arrivé. Le lendemain, il est reparti.", "Le lendemain", "2022-01-04"),
    (
        "Le 3 janvier, il est arrivé. Le surlendemain, il est reparti.",
        "Le surlendemain",
        "2022-01-05",
    ),
    ("Le 3 janvier, il est arrivé. La veille, il avait dormi à Lyon.", "La veille", "2022-01-02"),
    (
        "Le 3 janvier, il est arrivé. L’avant-veille, il était à Rome.",
        "L’avant-veille",
        "2022-01-01",
    ),
    (
        "Le 3 janvier, il est arrivé. Trois jours auparavant, il était à Rome.",
        "Trois jours auparavant",
        "2021-12-31",
    ),
]

TIMES = [
    ("Il arrive à 9 h au bureau.", "à 9 h", "2022-01-10T09:00", None),
    ("Le train part à 18h45.", "à 18h45", "2022-01-10T18:45", None),
    ("Le train part à 18 h 45.", "à 18 h 45", "2022-01-10T18:45", None),
    ("L’explosion a eu lieu vers 11 heures.", "vers 11 heures", "2022-01-10T11:00", "APPROX"),
    ("Le couvre-feu commence à minuit.", "à minuit", "2022-01-10T00:00", None),
    ("Il déjeune à midi.", "à midi", "2022-01-10T12:00", None),
    ("L’alerte a été donnée à 2 h 10.", "à 2 h 10", "2022-01-10T02:10", None),
    ("Il est rentré à 10 heures du soir.", "à 10 heures du soir", "2022-01-10T22:00", None),
    ("Le bureau ouvre à 8 heures et demie.", "à 8 heures et demie", "2022-01-10T08:30", None),
    ("Le 5 janvier, il a parlé à 9 h.", "à 9 h", "2022-01-05T09:00", None),
    ("Il est sorti peu avant 19 heures.", "peu avant 19 heures", "2022-01-10T19:00", "BEFORE"),
]

PARTS_OF_DAY = [
    ("Le matin du 5 janvier, il a parlé.", "Le matin du 5 janvier", "2022-01-05TMO", None),
    (
        "Dans la nuit de samedi à dimanche, des tirs ont retenti.",
        "Dans la nuit de samedi à dimanche",
        "2022-01-08TNI",
        None,
    ),
    (
        "Dans la nuit du 4 au 5 janvier, des tirs ont retenti.",
        "Dans la nuit du 4 au 5 janvier",
        "2022-01-04TNI",
        None,
    ),
    ("En fin d’après-midi, il est parti.", "En fin d’après-midi", "2022-01-10TAF", "END"),
    ("Dans la soirée, la police est intervenue.", "Dans la soirée", "2022-01-10TEV", None),
    ("Dimanche soir, il a parlé.", "Dimanche soir", "2022-01-09TEV", None),
]

FUZZY = [
    ("Les manifestations ont commencé au début de 2022.", "au début de 2022", "2022", "START"),
    ("Le chantier s’achèvera mi-mars.", "mi-mars", "2022-03", "MID"),
    ("L’usine a fermé fin 2021.", "fin 2021", "2021", "END"),
    ("Les travaux reprendront courant mars.", "courant mars", "2022-03", None),
    ("Il a été élu au printemps 2020.", "au printemps 2020", "2020-SP", None),
    (
        "Le groupe a recruté au premier trimestre 2021.",
        "au premier trimestre 2021",
        "2021-Q1",
        None,
    ),
    ("Les années 1990 ont été prospères.", "Les années 1990", "199", None),
    ("Il a émigré à la fin des années 70.", "à la fin des années 70", "197", "END"),
    ("Cette ville s’est agrandie au XXe siècle.", "au XXe siècle", "19", None),
    ("Le pays est en crise depuis 2015.", "depuis 2015", "2015", "AFTER"),
    ("Ces bâtiments ont été construits avant 2000.", "avant 2000", "2000", "BEFORE"),
    (
        "Le projet a été lancé au début du mois de mai 2019.",
        "au début du mois de mai 2019",
        "2019-05",
        "START",
    ),
    ("La réforme sera votée d’ici à la fin de l’année.", "fin de l’année", "2022", "END"),
]

RANGES = [
    ("Le festival a lieu du 3 au 6 août 2022.", "du 3 au 6 août 2022", "2022-08-03", "2022-08-06"),
    ("Il a vécu à Rome entre 2008 et 2012.", "entre 2008 et 2012", "2008", "2012"),
    ("Le bureau ouvre de 8 h à 18 h.", "de 8 h à 18 h", "2022-01-10T08:00", "2022-01-10T18:00"),
    (
        "Il a voyagé du 3 août au 6 septembre 2022.",
        "du 3 août au 6 septembre 2022",
        "2022-08-03",
        "2022-09-06",
    ),
    (
        "L’exposition sera ouverte de lundi à mercredi.",
        "de lundi à mercredi",
        "2022-01-10",
        "2022-01-12",
    ),
    (
        "L’exposition sera ouverte de samedi à lundi.",
        "de samedi à lundi",
        "2022-01-15",
        "2022-01-17",
    ),
    (
        "Le salon a lieu du 28 décembre au 3 janvier.",
        "du 28 décembre au 3 janvier",
        "2021-12-28",
        "2022-01-03",
    ),
    ("Il a été maire de 1995 à 2001.", "de 1995 à 2001", "1995", "2001"),
    (
        "Le bureau ouvre de 10 à 15 heures.",
        "de 10 à 15 heures",
        "2022-01-10T10:00",
        "2022-01-10T15:00",
    ),
    ("La foire a lieu du 1er au 3 mars 2022.", "du 1er au 3 mars 2022", "2022-03-01", "2022-03-03"),
    ("Il a vécu à Rome de mai à juillet 2021.", "de mai à juillet 2021", "2021-05", "2021-07"),
]

DURATIONS = [
    ("Il a été retenu pendant quatre jours.", "pendant quatre jours", "P4D", None),
    ("La procédure a duré vingt mois.", "vingt mois", "P20M", None),
    ("L’audience a duré trois heures et demie.", "trois heures et demie", "PT3H30M", None),
    ("Il a été condamné à 8 ans de prison.", "8 ans", "P8Y", None),
    ("Il a attendu une demi-heure.", "une demi-heure", "PT30M", None),
    ("Il a été absent plus de deux semaines.", "plus de deux semaines", "P2W", "MORE_THAN"),
    ("Il est parti pour un an et demi.", "pour un an et demi", "P1Y6M", None),
    ("La grève a duré quelques jours.", "quelques jours", "PXD", None),
    ("L’enquête a duré quatre-vingt-dix jours.", "quatre-vingt-dix jours", "P90D", None),
    ("Le siège a duré vingt et un jours.", "vingt et un jours", "P21D", None),
    ("La réunion a duré 45 minutes.", "45 minutes", "PT45M", None),
    ("Il attend depuis plus d’un an.", "depuis plus d’un an", "P1Y", "MORE_THAN"),
    ("Il a cédé au bout d’un mois.", "au bout d’un mois", "P1M", None),
    ("Il a marché deux jours et demi.", "deux jours et demi", "P2DT12H", None),
    ("Le chantier a duré neuf mois et demi.", "neuf mois et demi", "P9M15D", None),
    ("Il a parlé dix minutes et demie.", "dix minutes et demie", "PT10M30S", None),
]

SETS = [
    ("Le marché se tient chaque lundi.", "chaque lundi", "XXXX-WXX-1", "EACH", None),
    ("Le rapport est publié tous les ans.", "tous les ans", "P1Y", "EVERY", None),
    ("Il s’entraîne deux fois par semaine.", "deux fois par semaine", "P1W", None, "2X"),
    (
        "Le conseil se réunit toutes les deux semaines.",
        "toutes les deux semaines",
        "P2W",
        "EVERY",
        None,
    ),
    ("Il court chaque matin.", "chaque matin", "XXXX-XX-XXTMO", "EACH", None),
]


@pytest.mark.parametrize(("sentence", "surface", "type_", "value"), ABSOLUTE)
def test_absolute_dates_keep_the_precision_the_text_gives(sentence, surface, type_, value):
    found = only(sentence, None, surface)
    assert (found.type, found.value, found.anchor) == (type_, value, "absolute")


@pytest.mark.parametrize(("sentence", "surface", "type_", "value"), RELATIVE)
def test_relative_dates_resolve_against_the_publication_date(sentence, surface, type_, value):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value) == (type_, value)
    assert found.anchor == "publication"
    assert found.anchor_value == "2022-01-10"


@pytest.mark.parametrize(("sentence", "surface", "value"), NARRATIVE)
def test_neighbour_days_resolve_against_the_last_date_mentioned(sentence, surface, value):
    found = only(sentence, MONDAY, surface)
    assert found.value == value
    assert found.anchor == "narrative"
    assert found.anchor_value == "2022-01-03"


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), TIMES)
def test_times_take_their_day_from_the_sentence_or_the_publication(sentence, surface, value, mod):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value, found.mod) == ("TIME", value, mod)


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), PARTS_OF_DAY)
def test_parts_of_day_are_times_with_a_timex_part_code(sentence, surface, value, mod):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value, found.mod) == ("TIME", value, mod)


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), FUZZY)
def test_fuzzy_periods_carry_their_mod(sentence, surface, value, mod):
    found = [d for d in find_dates(sentence, MONDAY) if surface in d.text]
    assert len(found) == 1, found
    assert (found[0].type, found[0].value, found[0].mod) == ("DATE", value, mod)


@pytest.mark.parametrize(("sentence", "surface", "begin", "until"), RANGES)
def test_ranges_give_both_ends(sentence, surface, begin, until):
    found = only(sentence, MONDAY, surface)
    assert (found.begin, found.until, found.value) == (begin, until, begin)


@pytest.mark.parametrize(("sentence", "surface", "value", "mod"), DURATIONS)
def test_durations_are_timex_periods(sentence, surface, value, mod):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value, found.mod) == ("DURATION", value, mod)


@pytest.mark.parametrize(("sentence", "surface", "value", "quant", "freq"), SETS)
def test_sets_carry_quant_or_freq(sentence, surface, value, quant, freq):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value, found.quant, found.freq) == ("SET", value, quant, freq)


def test_open_ranges_keep_the_end_they_name():
    until = only("L’état d’urgence est prolongé jusqu’au 19 janvier.", MONDAY)
    since = only("Le couvre-feu s’applique à partir du 3 février.", MONDAY)
    assert (until.value, until.until, until.begin) == ("2022-01-19", "2022-01-19", None)
    assert (since.value, since.begin, since.until) == ("2022-02-03", "2022-02-03", None)


def test_weekday_written_with_a_date_picks_the_year_where_it_holds():
    # 4 October is a Wednesday in 2023, not in 2022.
    assert only("Rendez-vous mercredi 4 octobre.", MONDAY).value == "2023-10-04"


def test_without_any_anchor_unknown_parts_stay_x():
    assert only("Il est arrivé le 5 janvier.", None).value == "XXXX-01-05"
    assert only("Hier, il pleuvait.", None).value == "XXXX-XX-XX"
    assert only("Lundi, il a voté.", None).value == "XXXX-WXX-1"
    assert {d.anchor for d in find_dates("Le 5 janvier, hier, lundi.", None)} == {"none"}


MORE = [
    ("Cette ville entrera dans le 21e siècle.", "le 21e siècle", "DATE", "20", None),
    ("La saison 2021-2022 a commencé.", "2021-2022", "DATE", "2021", None),
    ("Le conseil se réunit à 14:30.", "à 14:30", "TIME", "2022-01-10T14:30", None),
    ("Il a attendu une dizaine de jours.", "une dizaine de jours", "DURATION", "P10D", "APPROX"),
    ("Ces derniers jours, les prix ont grimpé.", "Ces derniers jours", "DURATION", "PXD", None),
    (
        "Au cours des prochaines années, il investira.",
        "Au cours des prochaines années",
        "DURATION",
        "PXY",
        None,
    ),
    ("Actuellement, la situation est calme.", "Actuellement", "DATE", "PRESENT_REF", None),
    ("Il partira prochainement.", "prochainement", "DATE", "FUTURE_REF", None),
    ("Récemment, il a appelé.", "Récemment", "DATE", "PAST_REF", None),
    ("Mardi 11, il a neigé.", "Mardi 11", "DATE", "2022-01-11", None),
    (
        "Le 3 janvier, il est arrivé. Le lendemain matin, il est parti.",
        "Le lendemain matin",
        "TIME",
        "2022-01-04TMO",
        None,
    ),
    (
        "Le 3 janvier, il est arrivé. Le même jour, il a parlé.",
        "Le même jour",
        "DATE",
        "2022-01-03",
        None,
    ),
    ("Le 15/02, il part en congé.", "Le 15/02", "DATE", "2022-02-15", None),
    ("Le 2 oct, il a été arrêté.", "Le 2 oct", "DATE", "2021-10-02", None),
    (
        "Dans la matinée de mardi, il a parlé.",
        "Dans la matinée de mardi",
        "TIME",
        "2022-01-04TMO",
        None,
    ),
    ("Depuis des années, il attend.", "Depuis des années", "DURATION", "PXY", None),
    ("Pour l’instant, rien n’a changé.", "Pour l’instant", "DATE", "PRESENT_REF", None),
    ("Autrefois, la ville était riche.", "Autrefois", "DATE", "PAST_REF", None),
    ("Le journal paraît quotidiennement.", "quotidiennement", "SET", "P1D", None),
    (
        "Les trois dernières années ont été dures.",
        "Les trois dernières années",
        "DURATION",
        "P3Y",
        None,
    ),
    ("Ce weekend, il pleut.", "Ce weekend", "DATE", "2022-W02-WE", None),
    ("Il arrive à 3 heures et demi.", "à 3 heures et demi", "TIME", "2022-01-10T03:30", None),
    ("Il est arrivé à sept heures.", "à sept heures", "TIME", "2022-01-10T07:00", None),
    (
        "Vers vingt et une heures, il est parti.",
        "Vers vingt et une heures",
        "TIME",
        "2022-01-10T21:00",
        "APPROX",
    ),
    ("Il a dormi deux heures.", "deux heures", "DURATION", "PT2H", None),
    ("Le 5 janvier au soir, il a parlé.", "Le 5 janvier au soir", "TIME", "2022-01-05TEV", None),
    ("L’assemblée aura lieu le 21 à 18h.", "le 21 à 18h", "TIME", "2022-01-21T18:00", None),
    ("Je reviendrai le 2015/08/12.", "2015/08/12", "DATE", "2015-08-12", None),
    ("Il viendra après demain.", "après demain", "DATE", "2022-01-12", None),
    ("Il est venu avant hier.", "avant hier", "DATE", "2022-01-08", None),
    ("Il arrivera demain à 8 h.", "demain à 8 h", "TIME", "2022-01-11T08:00", None),
    (
        "Lundi, vers 11 heures, il a parlé.",
        "Lundi, vers 11 heures",
        "TIME",
        "2022-01-10T11:00",
        "APPROX",
    ),
    ("Il est né vers 1900.", "vers 1900", "DATE", "1900", "APPROX"),
    (
        "Le 5 janvier, il est arrivé. Le vendredi suivant, il est parti.",
        "Le vendredi suivant",
        "DATE",
        "2022-01-07",
        None,
    ),
    (
        "Le 5 janvier, il est arrivé. Dans la journée, il a parlé.",
        "Dans la journée",
        "DATE",
        "2022-01-05",
        None,
    ),
    (
        "Le matin du 7 juillet 2015 à 10h21, il a parlé.",
        "Le matin du 7 juillet 2015 à 10h21",
        "TIME",
        "2015-07-07T10:21",
        None,
    ),
    (
        "Hier soir vers 22 heures, il a parlé.",
        "Hier soir vers 22 heures",
        "TIME",
        "2022-01-09T22:00",
        "APPROX",
    ),
    (
        "Il partira à la fin de la semaine prochaine.",
        "à la fin de la semaine prochaine",
        "DATE",
        "2022-W03",
        "END",
    ),
    (
        "Il partira au début du mois prochain.",
        "au début du mois prochain",
        "DATE",
        "2022-02",
        "START",
    ),
    ("Lundi dernier au soir, il a parlé.", "Lundi dernier au soir", "TIME", "2022-01-03TEV", None),
    ("Dans les jours à venir, il partira.", "Dans les jours à venir", "DURATION", "PXD", None),
    ("Le mois de mars a été pluvieux.", "Le mois de mars", "DATE", "2021-03", None),
    ("Il skie chaque hiver.", "chaque hiver", "SET", "XXXX-WI", None),
    (
        "Samedi 8 janvier 2022, 17:45 : le match commence.",
        "Samedi 8 janvier 2022, 17:45",
        "TIME",
        "2022-01-08T17:45",
        None,
    ),
    ("L’avant-veille de Noël, il a neigé.", "L’avant-veille de Noël", "DATE", "2021-12-23", None),
    (
        "Quelques heures plus tard, il est parti.",
        "Quelques heures plus tard",
        "DATE",
        "FUTURE_REF",
        None,
    ),
    ("D’ici deux ans, la ligne sera ouverte.", "D’ici deux ans", "DATE", "2024", None),
    (
        "Dans l’après-midi de mercredi, il a parlé.",
        "Dans l’après-midi de mercredi",
        "TIME",
        "2022-01-05TAF",
        None,
    ),
    ("Le marché se tient les lundis.", "lundis", "SET", "XXXX-WXX-1", None),
    ("Il y a 3 h, la police est intervenue.", "Il y a 3 h", "DATE", "PAST_REF", None),
    (
        "Au début de l’automne 2021, il a plu.",
        "Au début de l’automne 2021",
        "DATE",
        "2021-FA",
        "START",
    ),
    ("Il y a plus d’un an, il a démissionné.", "Il y a plus d’un an", "DATE", "2021", "BEFORE"),
    (
        "Dans une dizaine de jours, il votera.",
        "Dans une dizaine de jours",
        "DATE",
        "2022-01-20",
        "APPROX",
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "type_", "value", "mod"), MORE)
def test_other_common_news_phrasings(sentence, surface, type_, value, mod):
    found = only(sentence, MONDAY, surface)
    assert (found.type, found.value, found.mod) == (type_, value, mod)


def test_weekday_and_count_is_not_read_as_a_date():
    assert [d.text for d in find_dates("Samedi 18 personnes sont mortes.", MONDAY)] == ["Samedi"]


def test_two_days_sharing_a_month_are_two_dates():
    found = find_dates("Les 5 et 6 janvier, il a neigé.", MONDAY)
    assert [(d.text, d.value) for d in found] == [
        ("Les 5", "2022-01-05"),
        ("6 janvier", "2022-01-06"),
    ]


def test_a_count_before_a_noun_is_a_duration_not_an_offset_from_the_narrative():
    found = find_dates(
        "Le 3 janvier, il est arrivé. Deux jours après l’attaque, il est parti.", MONDAY
    )
    assert [(d.text, d.type, d.value) for d in found][1] == ("Deux jours", "DURATION", "P2D")


def test_each_day_of_a_list_sharing_a_month_is_a_date():
    found = find_dates("Les 12, 13 et 14 janvier, il a neigé.", MONDAY)
    assert [(d.text, d.value) for d in found] == [
        ("Les 12", "2022-01-12"),
        ("13", "2022-01-13"),
        ("14 janvier", "2022-01-14"),
    ]
