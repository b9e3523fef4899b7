"""Example tables of French phrasings and what the numbers plugin must make of them.

Each positive case is ``(sentence, surface, value, unit, approximate, kind)``; ``value`` is a
string (a Decimal's digits) or None for a range. Negative cases are sentences in which no
quantity may be found at all.
"""

from __future__ import annotations

POSITIVE = [
    # digits and groupings
    ("Le projet a coûté 1 000 euros.", "1 000 euros", "1000", "EUR", False, "money"),
    ("Ils ont recensé 25\u00a0400 électeurs.", "25\u00a0400 électeurs", "25400", "électeurs", False, "count"),
    ("Le pays compte 67\u202f800\u202f000 habitants.", "67\u202f800\u202f000 habitants", "67800000", "habitants", False, "count"),
    ("On attend 2.500.000 visiteurs.", "2.500.000 visiteurs", "2500000", "visiteurs", False, "count"),
    ("Le franc valait 1'250'000 à Genève.", "1'250'000", "1250000", None, False, "number"),
    ("Le prix affiché : 1 099,98 euros.", "1 099,98 euros", "1099.98", "EUR", False, "money"),
    ("Il faisait -5 °C à l’aube.", "-5 °C", "-5", "°C", False, "measure"),
    ("La croissance est de +3,5 % cette année.", "+3,5 %", "3.5", "%", False, "percent"),
    ("Le déficit atteint 1,5 million d’euros.", "1,5 million d’euros", "1500000", "EUR", False, "money"),
    ("L’État a versé 2,3 milliards aux communes.", "2,3 milliards", "2300000000", None, False, "number"),
    ("Une levée de fonds de 3 M€ a été bouclée.", "3 M€", "3000000", "EUR", False, "money"),
    ("La dette s’élève à 1,2 Md€.", "1,2 Md€", "1200000000", "EUR", False, "money"),
    ("Chaque élu touche 10 k€ par an.", "10 k€", "10000", "EUR", False, "money"),
    ("L’amende est de 40 000 euros.", "40 000 euros", "40000", "EUR", False, "money"),
    ("La ville compte 10 millions d’habitants.", "10 millions d’habitants", "10000000", "habitants", False, "count"),
    # number words
    ("Dix-huit policiers ont été blessés.", "Dix-huit policiers", "18", "policiers", False, "count"),
    ("Il y avait vingt et un candidats.", "vingt et un candidats", "21", "candidats", False, "count"),
    ("Soixante-dix députés ont voté contre.", "Soixante-dix députés", "70", "députés", False, "count"),
    ("On compte quatre-vingt-dix-neuf victimes.", "quatre-vingt-dix-neuf victimes", "99", "victimes", False, "count"),
    ("Deux cents soldats ont été déployés.", "Deux cents soldats", "200", "soldats", False, "count"),
    ("Mille manifestants se sont rassemblés.", "Mille manifestants", "1000", "manifestants", False, "count"),
    ("Le plan vise deux millions et demi de foyers.", "deux millions et demi de foyers", "2500000", "foyers", False, "count"),
    ("Un demi-milliard d’euros a été dépensé.", "Un demi-milliard d’euros", "500000000", "EUR", False, "money"),
    ("Le budget atteint quatre milliards et quart.", "quatre milliards et quart", "4250000000", None, False, "number"),
    ("Septante personnes ont signé à Bruxelles.", "Septante personnes", "70", "personnes", False, "count"),
    ("Huitante-deux skieurs ont pris le départ à Lausanne.", "Huitante-deux skieurs", "82", "skieurs", False, "count"),
    ("Nonante-neuf pour cent des votants ont approuvé.", "Nonante-neuf pour cent", "99", "%", False, "percent"),
    ("Un million de doses sont arrivées.", "Un million de doses", "1000000", "doses", False, "count"),
    ("Un soldat a été tué.", None, None, None, None, None),
    # collectives and fractions
    ("Une vingtaine de blessés ont été évacués.", "Une vingtaine de blessés", "20", "blessés", True, "count"),
    ("Une quinzaine de villages ont été touchés.", "Une quinzaine de villages", "15", "villages", True, "count"),
    ("Une centaine de familles ont été relogées.", "Une centaine de familles", "100", "familles", True, "count"),
    ("Les deux tiers des électeurs se sont abstenus.", "deux tiers", "0.6666666666666666666666666667", None, False, "number"),
    ("Un quart des écoles sont fermées.", "Un quart", "0.25", None, False, "number"),
    # percentages
    ("Le chômage recule à 12,5 %.", "12,5 %", "12.5", "%", False, "percent"),
    ("Le chômage recule à 12,5%.", "12,5%", "12.5", "%", False, "percent"),
    ("Trente pour cent des sondés hésitent.", "Trente pour cent", "30", "%", False, "percent"),
    ("Il a obtenu 50 pour cent des voix.", "50 pour cent", "50", "%", False, "percent"),
    # money
    ("Le contrat vaut 300 millions de dollars.", "300 millions de dollars", "300000000", "USD", False, "money"),
    ("Le prêt s’élève à 20 000 francs CFA.", "20 000 francs CFA", "20000", "XOF", False, "money"),
    ("Il a payé 500 EUR pour le billet.", "500 EUR", "500", "EUR", False, "money"),
    ("Le club a vendu le joueur 80 millions de livres.", "80 millions de livres", "80000000", "GBP", False, "money"),
    ("L’action a clôturé à $45.", "$45", "45", "USD", False, "money"),
    ("Le loyer est de 12 francs suisses le mètre.", "12 francs suisses", "12", "CHF", False, "money"),
    # measures
    ("Le cortège a parcouru 12 km.", "12 km", "12", "km", False, "measure"),
    ("L’appartement fait 45 m².", "45 m²", "45", "m²", False, "measure"),
    ("L’appartement fait 45 m2.", "45 m2", "45", "m²", False, "measure"),
    ("La saisie porte sur 30 kg de cocaïne.", "30 kg", "30", "kg", False, "measure"),
    ("Le seuil est de 50 µg par mètre cube.", "50 µg", "50", "μg", False, "measure"),
    ("Il a fait 38 °C à Lyon.", "38 °C", "38", "°C", False, "measure"),
    ("Le vent soufflait à 120 km/h.", "120 km/h", "120", "km/h", False, "measure"),
    ("Le feu a détruit 3 000 hectares.", "3 000 hectares", "3000", "ha", False, "measure"),
    ("La digue mesure 4 kilomètres.", "4 kilomètres", "4", "km", False, "measure"),
    ("Ils ont récolté 2 millions de tonnes de blé.", "2 millions de tonnes", "2000000", "t", False, "measure"),
    # approximation and bounds
    ("Environ 500 personnes étaient présentes.", "Environ 500 personnes", "500", "personnes", True, "count"),
    ("Près de 2 000 migrants ont été secourus.", "Près de 2 000 migrants", "2000", "migrants", True, "count"),
    ("Quelque 300 policiers ont été mobilisés.", "Quelque 300 policiers", "300", "policiers", True, "count"),
    ("Autour de 40 bus ont été affrétés.", "Autour de 40 bus", "40", "bus", True, "count"),
    ("Le rassemblement a réuni 800 personnes environ.", "800 personnes environ", "800", "personnes", True, "count"),
]

BOUNDS = [
    # sentence, surface, value, lower, upper, bound
    ("Plus de 1 000 personnes ont manifesté.", "Plus de 1 000 personnes", "1000", "1000", None, "more_than"),
    ("Au moins 18 civils ont été tués.", "Au moins 18 civils", "18", "18", None, "at_least"),
    ("Moins de 5 % des élèves sont absents.", "Moins de 5 %", "5", None, "5", "less_than"),
    ("Les loyers augmenteront jusqu’à 3,5 %.", "jusqu’à 3,5 %", "3.5", None, "3.5", "at_most"),
    ("Entre 10 et 20 blessés sont à déplorer.", "Entre 10 et 20 blessés", None, "10", "20", None),
    ("Il faudra de 10 à 20 jours de travaux.", "10 à 20 jours de travaux", None, "10", "20", None),
    ("Il faut compter 10-20 minutes d’attente.", "10-20 minutes d’attente", None, "10", "20", None),
    ("Le chantier coûtera entre 2 et 3 millions d’euros.", "entre 2 et 3 millions d’euros", None, "2000000", "3000000", None),
    ("Des milliers de manifestants ont défilé.", "Des milliers de manifestants", None, "2000", None, "at_least"),
    ("Des dizaines de maisons ont brûlé.", "Des dizaines de maisons", None, "20", None, "at_least"),
    ("Des dizaines de milliers de réfugiés ont fui.", "Des dizaines de milliers de réfugiés", None, "20000", None, "at_least"),
]

MULTIPLIERS_AND_ORDINALS = [
    # sentence, surface, value, kind
    ("Une double augmentation des prix du gaz.", "double", "2", "multiplier"),
    ("Le prix du blé a triplé en un an.", "triplé", "3", "multiplier"),
    ("Les ventes ont décuplé.", "décuplé", "10", "multiplier"),
    ("C’est le 1er tour de l’élection.", "1er", "1", "ordinal"),
    ("Le premier chef d’État a été destitué.", "premier", "1", "ordinal"),
    ("Lors de la première réunion du Conseil.", "première", "1", "ordinal"),
    ("Il habite dans le 18e arrondissement.", "18e", "18", "ordinal"),
    ("Au XXIe siècle, tout a changé.", "XXIe", "21", "ordinal"),
    ("C’est la vingt-et-unième édition.", "vingt-et-unième", "21", "ordinal"),
    ("Il est arrivé deuxième.", "deuxième", "2", "ordinal"),
]

NEGATIVE = [
    "Le 4 mai, le ministre s’est exprimé.",
    "En 2022, le pays a changé de gouvernement.",
    "La loi a été votée le 1er janvier 2021.",
    "Rendez-vous lundi 4 à Paris.",
    "Depuis 2015, rien n’a changé.",
    "La réunion commence à 14 h 30.",
    "La réunion commence à 14h.",
    "Le train part à 9:45 précises.",
    "Il est arrivé à 9 heures.",
    "Appelez le 01 23 45 67 89 pour vous inscrire.",
    "Appelez le 01.23.45.67.89 pour vous inscrire.",
    "Appelez le +33 1 23 45 67 89 pour vous inscrire.",
    "Son bureau est au 75008 Paris.",
    "Écrivez au 13001 Marseille CEDEX.",
    "Le livre porte l’ISBN 978-2-07-036822-8.",
    "Le livre porte le numéro 978-2-07-036822-8.",
    "Le gouvernement a utilisé l’article 49.3 de la Constitution.",
    "Selon l’article L. 1234-5 du code du travail, le préavis est dû.",
    "La loi n° 2020-290 a été promulguée.",
    "Le dossier n°4512 a été classé.",
    "Le virus COVID-19 circule encore.",
    "L’Airbus A320 a atterri.",
    "Il habite au 12 rue de la Paix.",
    "La date du 04/05/2022 a été retenue.",
    "La date du 2022-05-04 a été retenue.",
    "Le réseau 5G arrive.",
    "Le 19 janvier, la situation s’est calmée.",
    "Le matin du 5 janvier, le président a parlé.",
    "Le 7 janvier, Tokayev a annoncé la fin.",
    "Au début de 2022, les prix ont flambé.",
    "Le Premier ministre a démissionné.",
    "Les années 1990 ont été difficiles.",
    "Le bâtiment est tout neuf.",
    "Il a joué en demi-finale.",
    "Les pays tiers sont concernés.",
    "Il a un frère.",
    "Du 3 au 6 août, le festival bat son plein.",
    "Le premier mai, les syndicats défilent.",
    "Il a été élu en mars 2017.",
    "Lire la page 12 du rapport.",
]
