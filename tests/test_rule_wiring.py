"""Options common to all rules: `segments`, `when: {kind: ...}`, `unless_found_by`."""

from __future__ import annotations

import textwrap

import pytest
from tests_support import refusal

from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint

HEAD = "---\ntracker: Support\ntitle: Un titre assez long pour passer\n---\n"

RULES = """
extends: none
rules:
  no-lorem:
    type: forbidden-patterns
    scope: description
    terms: [lorem]
    message: lorem
  no-ipsum:
    type: forbidden-patterns
    scope: description
    terms: [ipsum]
    unless_found_by: [no-lorem]
    message: ipsum
  shouting:
    type: metric
    measure: caps-words
    max: 1
    message: shouting
  shouting-everywhere:
    type: metric
    measure: caps-words
    max: 1
    segments: all
    message: shouting
  emphasis:
    type: metric
    measure: bold-ratio
    max: 0.2
    message: emphasis
  for-anomalies:
    type: forbidden-patterns
    scope: description
    terms: [formulaire]
    when: {kind: anomaly}
    message: anomaly
  for-questions:
    type: forbidden-patterns
    scope: description
    terms: [formulaire]
    when: {kind: [general-question, object-question]}
    message: question
"""


@pytest.fixture
def ruleset(write):
    return load_ruleset(write(".redlint.yaml", RULES))


def found(ruleset, body: str) -> set[str]:
    return {f.rule for f in lint(parse_draft(HEAD + body), ruleset, "en")}


# (description, rules expected among the listed ones)
@pytest.mark.parametrize("body, expected", [
    # unless_found_by: skipped when the other rule fires, evaluated otherwise
    ("Lorem ipsum.", {"no-lorem"}),
    ("Ipsum seul.", {"no-ipsum"}),
    # segments: a bold template heading is no emphasis; bold prose is
    ("**Description du bug**\nLe bouton ne répond pas.", set()),
    ("**Le bouton ne répond pas du tout.**\nVoilà.", {"emphasis"}),
    # segments: capitals in a log are no shouting; in prose they are (unless read everywhere)
    ("Le bouton ne répond pas.\n\n2026-03-02 10:42:17 ERROR FORM SAVE FAILED BADLY",
     {"shouting-everywhere"}),
    ("LE BOUTON NE RÉPOND PAS.", {"shouting", "shouting-everywhere"}),
    # when: kind
    ("Le formulaire ne fonctionne plus.", {"for-anomalies"}),
    ("Comment faire pour copier un formulaire ?", {"for-questions"}),
    ("Pourriez-vous ajouter un champ au formulaire ?", set()),
])
def test_common_rule_options(ruleset, body, expected):
    listed = {"no-lorem", "no-ipsum", "shouting", "shouting-everywhere", "emphasis",
              "for-anomalies", "for-questions"}
    assert found(ruleset, body) & listed == expected


TRACKER_RULES = """
extends: none
rules:
  exactly:
    type: forbidden-patterns
    scope: description
    terms: [formulaire]
    when: {tracker: Support}
    message: exactly
  like:
    type: forbidden-patterns
    scope: description
    terms: [formulaire]
    when: {tracker: {like: [Support, Assistance]}}
    message: like
  unlike:
    type: forbidden-patterns
    scope: description
    terms: [formulaire]
    when: {tracker: {unlike: Gestion de projet}}
    message: unlike
"""


# (tracker, rules that apply): `like` takes a value one typo away as that value; `unlike`
# takes any other value, or none, but not the value or a typo of it
@pytest.mark.parametrize("tracker, expected", [
    ("Support", {"exactly", "like", "unlike"}),
    ("support", {"exactly", "like", "unlike"}),
    ("Suport", {"like", "unlike"}),
    ("Supprot", {"like", "unlike"}),
    ("Supports", {"like", "unlike"}),
    ("Assistanse", {"like", "unlike"}),
    ("Sport", {"unlike"}),
    ("Anomalie", {"unlike"}),
    ("Gestion de projet", set()),
    ("Gestion de projt", set()),
    ("Gestion projet", set()),
    ("Support technique", {"like", "unlike"}),
    ("", {"unlike"}),
])
def test_when_like_forgives_one_typo(write, tracker, expected):
    ruleset = load_ruleset(write(".redlint.yaml", TRACKER_RULES))
    text = f"---\ntracker: {tracker}\ntitle: Un titre\n---\nLe formulaire plante.\n"
    assert {f.rule for f in lint(parse_draft(text), ruleset, "en")} == expected


def test_a_finding_keeps_its_position_in_blanked_text(ruleset):
    findings = lint(parse_draft(HEAD + "**Contexte**\nVoici LE BOUTON QUI NE VA PAS.\n"),
                    ruleset, "en")
    shouting = next(f for f in findings if f.rule == "shouting")
    assert (shouting.line, shouting.column) == (6, 7)


def test_rules_are_evaluated_after_those_they_depend_on(write):
    path = write(".redlint.yaml", RULES.replace("  no-lorem:", "  zzz:\n    type: forbidden-"
                                               "patterns\n    terms: [x]\n    unless_found_by:"
                                               " [no-ipsum]\n    message: x\n  no-lorem:"))
    order = [rule.id for rule in load_ruleset(path).rules]
    assert order.index("no-lorem") < order.index("no-ipsum") < order.index("zzz")


# (rules file, line of the error, words of the English message)
@pytest.mark.parametrize("body, line, english", [
    ("rules:\n  a:\n    type: metric\n    measure: words\n    max: 3\n"
     "    unless_found_by: [scop]\n    message: m\n", 2,
     "unless_found_by names an unknown rule 'scop' (did you mean \"scope\"?)"),
    ("extends: none\nrules:\n  a:\n    type: metric\n    measure: words\n    max: 3\n"
     "    unless_found_by: [b]\n    message: m\n  b:\n    type: metric\n    measure: words\n"
     "    max: 3\n    unless_found_by: [a]\n    message: m\n", 3,
     "unless_found_by goes round in a circle: a → b → a"),
    ("rules:\n  a:\n    type: metric\n    measure: words\n    max: 3\n"
     "    segments: [prose, logs]\n    message: m\n", 6,
     "segments: unknown 'logs' (did you mean \"log\"?)"),
    ("rules:\n  a:\n    type: metric\n    measure: words\n    max: 3\n"
     "    when: {kind: anomalie}\n    message: m\n", 6,
     "when.kind: unknown 'anomalie' (did you mean \"anomaly\"?)"),
    ("rules:\n  a:\n    type: metric\n    measure: words\n    max: 3\n"
     "    when: {tracker: {near: Support}}\n    message: m\n", 6,
     "'when' maps a field to a value, a list, {not: ...}, {like: ...} or {unlike: ...}"),
])
def test_wrong_common_options_are_refused_with_file_and_line(write, body, line, english):
    path = write(".redlint.yaml", textwrap.dedent(body))
    error = refusal(path)
    assert (error.path, error.line) == (str(path), line)
    assert english in error.message
    assert "\n" not in str(error)
