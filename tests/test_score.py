"""A learned score beside a rule (`score:`): its features, how it overrules the rule, and its
setting and weights file checked when the rules load. The tests use their own small model, so
retraining the shipped one never breaks them."""

from __future__ import annotations

import textwrap

import pytest
from tests_support import refusal

from redlint.config import scores
from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.lint.score import READ_LIMIT, features

# chance = 1 / (1 + exp(-(bias + weights))): -2 alone gives 0.12, with « plante » 0.95, with
# « firefox » 0.0003.
MODEL = "# a test model\nbias\t-2\nplante\t5\nne marche\t1.5\nfirefox\t-6\nkind:anomaly\t0\n"

RULES = """
extends: none
rules:
  erreur:
    type: forbidden-patterns
    scope: description
    terms: [erreur]
    score: {model: demo, drop_below: 0.1, report_above: 0.9}
    message: {fr: erreur, en: error}
    messages:
      score: {fr: "score {score} ({words})", en: "score {score} ({words})"}
"""

HEAD = "---\ntracker: Support\ntitle: Un titre\n---\n"


@pytest.fixture
def models(tmp_path, monkeypatch):
    """A scores folder of our own, holding `demo`."""
    folder = tmp_path / "scores"
    folder.mkdir()
    (folder / "demo.txt").write_text(MODEL, encoding="utf-8")
    monkeypatch.setattr(scores, "SCORES", folder)
    scores.load_model.cache_clear()
    yield folder
    scores.load_model.cache_clear()


def test_features_are_the_words_their_pairs_and_the_kind():
    assert features("Échec", "L'export\n\nplante", "anomaly") == {
        "echec", "l", "export", "plante", "echec l", "l export", "export plante",
        "kind:anomaly"}


# (description, the rule's messages found)
@pytest.mark.parametrize("body, expected", [
    # between the two thresholds: the rule decides alone
    ("Il y a une erreur.", ["error"]),
    ("Le formulaire est lent.", []),
    # very low: the rule's finding is dropped
    ("Une erreur avec Firefox.", []),
    # very high: reported though the rule found nothing, naming the words that weighed most
    ("Le formulaire plante et ne marche pas.", ["score 99 (plante, ne marche)"]),
    # very high with a finding of the rule: the rule's own finding, once
    ("Le formulaire plante avec une erreur.", ["error"]),
    # the score reads the writer's prose only, not a pasted log
    ("Le formulaire est lent.\n\n```\nplante plante\n```", []),
])
def test_a_score_overrules_the_rule_only_where_it_is_very_sure(models, write, body, expected):
    ruleset = load_ruleset(write(".redlint.yaml", RULES))
    assert [f.message for f in lint(parse_draft(HEAD + body), ruleset, "en")] == expected


def test_a_score_leaves_a_paste_of_megabytes_to_the_rule(models, write):
    # past READ_LIMIT the text is no draft the model learnt from: it neither drops nor reports
    ruleset = load_ruleset(write(".redlint.yaml", RULES))
    long = "\n\n" + "Le journal suit, ligne après ligne.\n" * (READ_LIMIT // 30)
    assert [f.message for f in lint(parse_draft(HEAD + "Une erreur avec Firefox." + long),
                                     ruleset, "en")] == ["error"]
    assert lint(parse_draft(HEAD + "Le formulaire plante." + long), ruleset, "en") == []


@pytest.mark.parametrize("off", ["off", "null"])
def test_a_score_may_be_switched_off(models, write, off):
    path = write(".redlint.yaml", RULES)
    write("off.yaml", f"extends: {path}\nrules:\n  erreur:\n    type: forbidden-patterns\n"
                      f"    score: {off}\n")
    ruleset = load_ruleset(path.parent / "off.yaml")
    assert lint(parse_draft(HEAD + "Une erreur avec Firefox."), ruleset, "en") != []


def test_a_reported_finding_points_at_the_description(models, write):
    ruleset = load_ruleset(write(".redlint.yaml", RULES))
    [found] = lint(parse_draft(HEAD + "Ça plante.\nDeuxième ligne."), ruleset, "en")
    assert (found.line, found.column, found.end_column) == (5, 1, 11)


# (rules file, line of the error, words of the English message)
@pytest.mark.parametrize("rules, line, english", [
    (RULES.replace("model: demo", "model: dmo"), 8, "no score 'dmo'; scores are: demo"),
    (RULES.replace("drop_below: 0.1", "drop_below: 0.95"), 8,
     "0 ≤ drop_below < report_above ≤ 1 is needed"),
    (RULES.replace("report_above", "report_abov"), 8, "unknown option 'report_abov'"),
    (RULES.replace("    messages:\n      score:", "    messages:\n      other:"), 8,
     "'score' needs a 'messages.score' message"),
    # {score} and {words} belong to the score's message only
    (RULES.replace("message: {fr: erreur, en: error}", "message: {fr: erreur, en: '{words}'}"),
     9, "unknown placeholder '{words}'"),
])
def test_a_wrong_score_setting_is_refused_with_file_and_line(models, write, rules, line, english):
    path = write(".redlint.yaml", textwrap.dedent(rules))
    error = refusal(path)
    assert (error.path, error.line) == (str(path), line)
    assert english in error.message


@pytest.mark.parametrize("weights, line, english", [
    ("bias\t-2\nplante 5\n", 2, "expected 'feature<TAB>weight'"),
    ("bias\t-2\nplante\tbeaucoup\n", 2, "expected 'feature<TAB>weight'"),
    ("bias\t-2\nplante\tnan\n", 2, "expected 'feature<TAB>weight'"),
    ("# no bias\nplante\t5\n", None, "the 'bias' line is missing"),
])
def test_a_malformed_weights_file_is_refused_with_its_line(models, write, weights, line, english):
    (models / "demo.txt").write_text(weights, encoding="utf-8")
    error = refusal(write(".redlint.yaml", RULES))
    assert (error.path, error.line) == (str(models / "demo.txt"), line)
    assert english in error.message


def test_the_default_policy_ships_the_score_it_names():
    [rule] = [rule for rule in load_ruleset().rules if rule.id == "technical-context"]
    model = scores.load_model(rule.score.model)
    assert 0 < rule.score.drop_below < rule.score.report_above < 1
    assert model.weights and "kind:anomaly" in model.weights
