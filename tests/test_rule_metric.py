"""The `metric` rule type: its measures and checks, on options written here.

The default rules built on it (`description-shouting`, `description-emphasis`,
`description-telegraphic`) are pinned in test_policy_metric.py.
"""

from __future__ import annotations

import pytest
from tests_support import own_rules

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import metric


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


FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")


def test_findings_point_at_the_capitals_and_the_first_fragment(tmp_path):
    rules = own_rules(tmp_path, """\
        shouting:
          type: metric
          measure: caps-words
          max: 2
          allow: [vocab:acronyms]
          message: "{found}"
        telegraphic:
          type: metric
          measure: telegraphic
          max: 0.5
          function_words: [le, la, les, de, ce, sur, ne, pas]
          courtesy: [bonjour]
          message: "{found}"
        """, acronyms="# allowed in capitals\nPDF\n")
    body = "Bonjour,\n\nLe PDF affiche sur la page : NE PAS UTILISER CE FORMULAIRE.\n"
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.rule, finding.line, finding.column) == ("shouting", 9, 30)
    assert finding.message == "NE PAS UTILISER CE FORMULAIRE"
    body = "Bonjour\n\nexport inscrits vide\nagents bloqués\nvoir vite\n"
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.rule, finding.line, finding.column) == ("telegraphic", 9, 1)
