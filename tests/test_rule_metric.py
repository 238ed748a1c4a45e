"""metric, through the default rules `description-shouting`, `description-emphasis` and
`description-telegraphic`, and its measures called directly.

The drafts are written for these tests: shouting, bold everywhere and fragments must be found;
acronyms, surnames in capitals, quoted labels, code, signatures, lists of steps or fields and
plain short tickets must be left alone.
"""

from __future__ import annotations

import pytest

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import metric
from redlint.config.ruleset import load_ruleset

RULES = load_ruleset()
MINE = {"description-shouting", "description-emphasis", "description-telegraphic"}
FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")


def fired(body: str) -> set[str]:
    return {f.rule for f in lint(parse_draft(FRONT + body), RULES, "fr")} & MINE


FLAWED = [
    ("LE FORMULAIRE DE RÉSERVATION NE FONCTIONNE TOUJOURS PAS.\nMerci de regarder.\n",
     "description-shouting"),
    ("Bonjour,\n\nNOUS N'ARRIVONS PLUS À NOUS CONNECTER AU BACK-OFFICE.\n\nCordialement\n",
     "description-shouting"),
    ("Hello,\n\nLOGIN PAGE IS BROKEN SINCE THIS MORNING.\n\nRegards\n", "description-shouting"),
    ("Bonjour,\n\nC'est URGENT et BLOQUANT : le paiement échoue depuis ce matin.\n",
     "description-shouting"),
    ("**Le paiement en ligne ne fonctionne plus.**\n**Les familles ne peuvent pas payer.**\n",
     "description-emphasis"),
    ("**IMPORTANT** : le formulaire de **logement** n'est **plus accessible** depuis "
     "**ce matin**.\n", "description-emphasis"),
    ("inscription cantine marche pas\nparents bloqués\nvoir vite\n", "description-telegraphic"),
    ("badge piscine https://demarches.ville.fr/backoffice/management/badge/31/\nvalider KO\n"
     "merci\n", "description-telegraphic"),
    ("Bonjour\n\nexport csv inscrits vide\ndepuis maj lundi\nagents jeunesse bloqués\n\n"
     "Cordialement\nMarc\n", "description-telegraphic"),
    ("booking form broken\nerror on submit\ncitizens cannot book\nplease check asap\n",
     "description-telegraphic"),
    ("bonjour le formulaire de salle marche plus depuis ce matin les usagers peuvent pas valider "
     "leur demande il y a un message erreur il faut regarder rapidement svp merci\n",
     "description-telegraphic"),
    ("facture fausse famille Durand, 52 euros au lieu de 40 pour mars, le papa a appelé, "
     "merci de corriger\n", "description-telegraphic"),
    ("bonjour\n\n- agenda gymnase créneaux mardi plus visibles\n- mail confirmation arrive vide\n"
     "- possible mettre logo ville haut formulaire\n\nmerci\n", "description-telegraphic"),
]

CLEAN = [
    # headings in capitals name sections: the shouting rule reads prose only
    "## CONTEXTE\nLe portail a été mis à jour lundi.\n## PROBLÈME\nLe paiement échoue.\n",
    # acronyms, names in capitals, quoted labels, identifiers, code, signatures
    "Bonjour,\n\nLe PDF de l'attestation CAF n'a pas la mention RGPD exigée par la CNIL. Le "
    "CCAS et la DGFIP l'utilisent. OK sous Firefox, KO sous Edge.\n\nCordialement,\n"
    "Marie DUPONT\nDirection des Affaires Générales - Mairie de SAINT-DENIS\n",
    "Bonjour,\n\nLa facture de la famille MARTIN est fausse : 45 € au lieu de 38 €. Mme "
    "LEFEBVRE, la maman, nous a appelés.\n",
    "Bonjour,\n\nLe message « PAIEMENT REFUSÉ PAR LA BANQUE » s'affiche alors que la famille "
    "a été débitée.\n",
    "Hello,\n\nFirefox shows SEC_ERROR_UNKNOWN_ISSUER on the ticketing page.\n",
    "Bonjour,\n\nVoici le journal :\n\n```\nERROR SMS GATEWAY TIMEOUT AFTER 30 SECONDS\n```\n\n"
    "Les rappels ne partent plus depuis lundi.\n",
    "Bonjour,\n\nLe champ SIRET refuse les numéros valides de l'URSSAF et de l'INSEE.\n",
    # a little bold
    "Bonjour,\n\nMerci de **corriger le lien** du mot de passe oublié, qui renvoie vers une "
    "page d'erreur depuis la mise à jour de lundi.\n",
    # structure written tersely on purpose: steps, fields, labels
    "Bonjour,\n\nPour reproduire :\n1. se connecter au back-office\n2. menu Démarches\n"
    "3. cliquer sur Exporter\n4. le fichier CSV est vide\n\nLe problème se produit depuis "
    "mardi, avec Firefox et Chrome.\n",
    "Bonjour,\n\nNous souhaitons créer une démarche de broyage de végétaux.\n\nChamps :\n"
    "- nom et prénom\n- adresse\n- volume estimé\n\nWorkflow : validation par le service "
    "propreté.\n",
    "Bonjour,\n\nNavigateur : Firefox 128\nDemande : https://demarches.ville.fr/x/12/\n\n"
    "La demande reste bloquée au statut « Nouveau » depuis vendredi.\n",
    # short and plain
    "Voir la capture jointe.\n",
    "Bonjour,\n\nLa demande https://demarches.ville.fr/backoffice/management/voirie/8/ reste "
    "bloquée au statut « Nouveau ».\n\nMerci\n",
    "le formulaire d'inscription à la brocante refuse les numéros commençant par +33, alors que "
    "l'aide indique ce format. merci de regarder\n",
    # a long sentence that ends
    "Sur le formulaire de pré-inscription en crèche, le champ de la date de naissance refuse "
    "toute date antérieure au 1er janvier 2020, avec un message qui ne dit pas quoi faire, et "
    "les familles qui inscrivent un enfant né fin 2019 sont donc bloquées au guichet.\n",
]


@pytest.mark.parametrize("body, rule", FLAWED)
def test_flawed_description_is_found(body, rule):
    assert rule in fired(body)


@pytest.mark.parametrize("body", CLEAN)
def test_clean_description_is_left_alone(body):
    assert fired(body) == set()


def test_shouting_points_at_the_capitals():
    draft = parse_draft(FRONT + "Bonjour,\n\nLe portail affiche : NE PAS UTILISER CE FORMULAIRE.\n")
    [finding] = [f for f in lint(draft, RULES, "fr") if f.rule == "description-shouting"]
    assert (finding.line, finding.column) == (9, 22)
    assert "« NE PAS UTILISER CE FORMULAIRE »" in finding.message


def test_telegraphic_points_at_the_first_fragment():
    draft = parse_draft(FRONT + "Bonjour\n\nexport inscrits vide\nagents bloqués\nvoir vite\n")
    [finding] = [f for f in lint(draft, RULES, "en") if f.rule == "description-telegraphic"]
    assert (finding.line, finding.column) == (9, 1)


# The measures, on options written here.
FUNCTION = ("le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une", "a", "au", "en", "et",
            "ne", "n'", "sur", "pour", "depuis", "ce", "est", "il", "elle", "nous")


def measure(name: str, text: str, **options) -> float:
    options = metric.Options(measure=name, max=0, **options)
    return metric.MEASURES[name](text, options)[0]


@pytest.mark.parametrize("text, value", [
    ("Le paiement échoue.", 0),
    ("LE PAIEMENT ÉCHOUE", 3),  # a run of three capitalised words
    ("Le bouton VALIDER ne marche pas", 1),  # one long word
    ("Le PDF et le CSV", 0),  # short: acronyms
    ("PDF CSV ODS", 3),  # three in a row all the same, unless allowed
    ("Marie DUPONT a appelé", 0),  # a surname next to a first name
    ("Le message « ACCÈS REFUSÉ » s'affiche", 0),  # quoted
    ("Voir `ERROR_TIMEOUT` et https://EXEMPLE.FR/ABC", 0),  # code and URLs
])
def test_caps_words(text, value):
    assert measure("caps-words", text) == value


def test_caps_words_allow_breaks_a_run():
    assert measure("caps-words", "PDF CSV ODS", allow=("CSV",)) == 0


@pytest.mark.parametrize("text, value", [
    ("Pas de gras.", 0),
    ("**Tout en gras.**", 1),
    ("__Tout en gras.__", 1),
    ("Un mot en **gras** dans une phrase assez longue", 0.1),
    ("`**pas du gras**` mais du code", 0),
    ("**a **b **c", 0),  # unclosed markers
])
def test_bold_ratio(text, value):
    assert measure("bold-ratio", text) == pytest.approx(value, abs=0.02)


@pytest.mark.parametrize("text, value", [
    ("Le formulaire ne s'affiche plus depuis ce matin.", 0),
    ("formulaire cassé\nparents bloqués", 1),  # fragments
    ("Le formulaire ne s'affiche plus depuis ce matin.\nparents bloqués", 2 / 11),
    ("montant faux, famille Roux, merci de corriger", 1),  # comma splice in lower case
    ("Montant faux, famille Roux, merci de corriger.", 1),  # fragments, though punctuated
    ("Le montant est faux, la famille a appelé, merci de corriger", 0),  # not spliced
    ("Le formulaire ne s'affiche plus depuis ce matin\nLes parents ne peuvent plus payer", 1),
    ("- ouvrir le formulaire\n- cliquer sur Payer\n\nLe paiement échoue.", 0),  # steps
    ("Bonjour\nformulaire cassé\nCordialement\nJean MARTIN", 1),  # courtesy, signature
    ("Navigateur : Firefox\nLe paiement échoue depuis ce matin.", 0),  # a field line
])
def test_telegraphic(text, value):
    assert measure("telegraphic", text, function_words=FUNCTION, courtesy=("bonjour",
                   "cordialement")) == pytest.approx(value)


def test_telegraphic_run_on_length():
    # 32 words, a function word in four: fragments, with no stop
    sentence = "Formulaire inscription de famille" + " dossier incomplet de parent" * 7
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=30) == 1
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=40) == 0
    assert measure("telegraphic", sentence + ".", function_words=FUNCTION, run_on_words=30) == 0
    # Typed without a capital, half the length is a run-on already.
    assert measure("telegraphic", sentence.lower(), function_words=FUNCTION,
                   run_on_words=60) == 1


def test_a_long_flowing_sentence_is_no_run_on():
    sentence = "Le formulaire de la demande" + " de la famille" * 9  # half function words
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=30) == 0


def test_telegraphic_leaves_short_texts():
    assert measure("telegraphic", "formulaire cassé", function_words=FUNCTION, min_words=6) == 0


def test_check_reports_the_share_as_a_percentage():
    options = metric.Options(measure="telegraphic", max=0.5, function_words=FUNCTION)
    [hit] = metric.check(options, Part("description", "formulaire cassé\nvoir vite", 1, 1), None)
    assert hit.values["value"] == "100%"
    assert hit.values["found"] == "formulaire cassé"


@pytest.mark.parametrize("bad", [
    {"measure": "telegraphic", "max": 0.5},  # no function words
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "fragment_ratio": 2},
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "run_on_words": 0},
    {"measure": "shouting", "max": 0},
    {"measure": "words"},
])
def test_bad_options_are_refused(bad):
    with pytest.raises(ValueError):
        metric.Options(**bad)
