"""A second table of French sentences, written apart from the first and never tuned on
one by one: ``test_evaluation.py`` measures the share read right, as a held-out check.

Each case is ``(sentence, [(value, unit, approximate), ...])`` for every quantity the
sentence holds; ``value`` is a string, or ``"lower..upper"`` for a range, or
``">=lower"`` for an open collective ("des milliers").
"""

from __future__ import annotations

CASES = [
    ("Près de 3 500 soldats ont été envoyés en renfort.", [("3500", "soldats", True)]),
    ("La facture s’élève à 2,4 millions d’euros.", [("2400000", "EUR", False)]),
    ("Quelque 250 familles attendent un relogement.", [("250", "familles", True)]),
    (
        "Le cyclone a fait 14 morts et une quarantaine de blessés.",
        [("14", "morts", False), ("40", "blessés", True)],
    ),
    ("Les prix de l’énergie ont bondi de 35 % en un an.", [("35", "%", False)]),
    ("La commune compte 12 400 habitants.", [("12400", "habitants", False)]),
    (
        "Environ deux cents manifestants se sont réunis place de la République.",
        [("200", "manifestants", True)],
    ),
    ("L’incendie a ravagé 1 200 hectares de forêt.", [("1200", "ha", False)]),
    ("Le pétrolier transportait 80 000 tonnes de brut.", [("80000", "t", False)]),
    ("La vitesse est limitée à 80 km/h sur cette route.", [("80", "km/h", False)]),
    ("Le thermomètre est monté jusqu’à 41 °C.", [("41", "°C", False)]),
    ("Plus de 10 000 personnes ont signé la pétition.", [("10000", "personnes", False)]),
    ("Au moins trente civils ont péri dans l’attaque.", [("30", "civils", False)]),
    ("Moins de 2 % des ménages sont concernés.", [("2", "%", False)]),
    ("Une cinquantaine de journalistes étaient accrédités.", [("50", "journalistes", True)]),
    ("Des centaines de colis ont été saisis.", [(">=200", "colis", True)]),
    ("Le contrat porte sur 36 avions de combat.", [("36", "avions de combat", False)]),
    ("La Banque centrale a relevé son taux à 4,25 %.", [("4.25", "%", False)]),
    ("Le groupe a réalisé un bénéfice de 1,8 milliard de dollars.", [("1800000000", "USD", False)]),
    (
        "Un tiers des salariés sont en télétravail.",
        [("0.3333333333333333333333333333", None, False)],
    ),
    ("Vingt-deux pays ont voté la résolution.", [("22", "pays", False)]),
    ("Il a été condamné à verser 15 000 € de dommages.", [("15000", "EUR", False)]),
    ("L’association a distribué quelque 4 000 repas.", [("4000", "repas", True)]),
    ("Entre 300 et 400 migrants ont débarqué.", [("300..400", "migrants", False)]),
    ("Le chantier durera de 18 à 24 mois.", [("18..24", "mois", False)]),
    ("Les loyers ont triplé dans le centre-ville.", [("3", "×", False)]),
    ("La production a doublé depuis l’an dernier.", [("2", "×", False)]),
    ("C’est la troisième fois que le scrutin est reporté.", [("3", None, False)]),
    ("Le 1er ministre a démissionné.", []),
    ("Le XIXe siècle a vu naître l’industrie.", [("19", None, False)]),
    ("Le stade peut accueillir 45 000 spectateurs.", [("45000", "spectateurs", False)]),
    ("Le budget de la défense atteint 50 Md€.", [("50000000000", "EUR", False)]),
    ("Le salaire médian est de 2 100 euros net.", [("2100", "EUR", False)]),
    ("La dette publique représente 112 % du PIB.", [("112", "%", False)]),
    ("Soixante et onze députés ont voté pour.", [("71", "députés", False)]),
    ("Quatre-vingts bénévoles ont nettoyé la plage.", [("80", "bénévoles", False)]),
    ("L’entreprise emploie près de 900 salariés.", [("900", "salariés", True)]),
    ("Des milliers de touristes ont été évacués.", [(">=2000", "touristes", True)]),
    ("Une douzaine d’œufs coûte désormais 4 euros.", [("12", "œufs", True), ("4", "EUR", False)]),
    ("Le séisme a fait au moins 1 500 morts.", [("1500", "morts", False)]),
    ("La hausse atteint 0,8 point.", [("0.8", "point", False)]),
    ("L’épidémie a touché environ 5 % de la population.", [("5", "%", True)]),
    ("Le réservoir contient 300 litres d’eau.", [("300", "l", False)]),
    ("Le colis pèse 2,5 kg.", [("2.5", "kg", False)]),
    ("Il a parcouru 42,195 kilomètres.", [("42.195", "km", False)]),
    (
        "Le projet coûtera entre 5 et 7 milliards d’euros.",
        [("5000000000..7000000000", "EUR", False)],
    ),
    ("La moitié des communes n’ont plus de médecin.", [("0.5", None, False)]),
    ("Les trois quarts des sondés approuvent.", [("0.75", None, False)]),
    ("Le navire mesure 300 mètres de long.", [("300", "m", False)]),
    ("Il a fallu 48 heures pour éteindre le feu.", [("48", "heures", False)]),
    # no quantity at all
    ("Le 3 mars 2021, le gouvernement a annoncé un plan.", []),
    ("Contactez la mairie au 04 91 55 11 11.", []),
    ("Le siège est au 33000 Bordeaux.", []),
    ("Selon l’article 222-33 du code pénal, le harcèlement est puni.", []),
    ("Le vol AF 1234 a été annulé.", []),
    ("Le rendez-vous est fixé à 18 h.", []),
    ("Né en 1968, il a grandi à Lille.", []),
    ("La loi du 9 décembre 1905 sépare les Églises et l’État.", []),
    ("Un homme a été interpellé.", []),
    ("La réforme entre en vigueur en janvier 2024.", []),
]
