"""Rules files: validated at load with a one-line error naming the file, line and fix."""

from __future__ import annotations

import textwrap

import pytest

from redlint import i18n
from redlint.draft.parse import parse_draft
from redlint.errors import ConfigError, ExitCode
from redlint.lint.linter import lint
from redlint.model import Level
from redlint.config.rulecache import load_ruleset

DRAFT = """---
project: ville-exemple
tracker: Gestion de projet
assigned_to: Jean Martin
title: "URGENT le formulaire"
---
Text.
"""


def rules_file(write, body: str):
    return write(".redlint.yaml", textwrap.dedent(body))


# (rules file, line of the error, words of the English message, of the French one)
@pytest.mark.parametrize("body, line, english, french", [
    ("rules:\n  x:\n    type: forbiden-patterns\n    terms: [a]\n    message: m\n", 3,
     'unknown type \'forbiden-patterns\' (did you mean "forbidden-patterns"?)',
     "type inconnu « forbiden-patterns » (vouliez-vous dire « forbidden-patterns » ?)"),
    ("rules:\n  x:\n    type: metric\n    message: m\n", 2, "missing option 'measure'",
     "il manque l'option « measure »"),
    ("rules:\n  x:\n    type: forbidden-patterns\n    patterns: ['(unclosed']\n    message: m\n",
     2, "invalid pattern", "expression invalide"),
    ("rules:\n  x:\n    type: forbidden-patterns\n    patterns: ['(?=look)']\n    message: m\n",
     2, "look-arounds", "look-around"),
    ("rules:\n  x:\n    type: forbidden-patterns\n    terms: [a]\n    tems: [b]\n    message: m\n",
     5, "unknown option 'tems' (did you mean \"terms\"?)",
     "option inconnue « tems » (vouliez-vous dire « terms » ?)"),
    ("rules:\n  x:\n    type: forbidden-patterns\n    terms: [a]\n", 2, "needs a 'message'",
     "a besoin d'un « message »"),
    ("rules:\n  title-length:\n    level: fatal\n", 3, "level 'fatal' is not one of",
     "le niveau « fatal » n'est pas"),
    ("rules:\n  x:\n  type: metric\n", 2, "needs a 'type'", "donnez-lui un « type »"),
    ("rules:\n  x:\n    type: metric\n   measure: words\n", 4, "not valid YAML",
     "YAML invalide : une clé était attendue"),
    ("rules:\n  x:\n\ttype: metric\n", 3, "tab used for indentation",
     "tabulation dans l'indentation"),
    ("rule:\n  x: off\n", 1, 'unknown key \'rule\' (did you mean "rules"?)',
     "clé inconnue « rule » (vouliez-vous dire « rules » ?)"),
    ("rules:\n  nope: off\n", 2, "not a known rule", "n'est pas une règle connue"),
    ("rules:\n  title-length:\n    type: metric\n    measure: size\n", 2, "unknown measure",
     "mesure inconnue « size »"),
    ("rules:\n  title-length:\n    min: many\n", 3, "must be a number, got 'many'",
     "doit être un nombre, pas « many »"),
    ("rules:\n  title-urgency:\n    scope: front-matter\n", 3, "does not suit type",
     "ne convient pas au type"),
    ("rules:\n  x:\n    type: metric\n    measure: words\n    max: 3\n    message: {de: m}\n",
     6, "language 'de'", "la langue « de »"),
    ("rules:\n  single-request:\n    asks: ['re:(?=x)']\n", 2, "look-arounds", "look-around"),
])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_broken_rules_files_are_refused_with_file_and_line(write, body, line, english, french,
                                                           lang):
    i18n.use(lang)
    path = rules_file(write, body)
    with pytest.raises(ConfigError) as caught:
        load_ruleset(path)
    error = caught.value
    assert error.exit_code == ExitCode.USAGE
    assert (error.path, error.line) == (str(path), line)
    assert (english if lang == "en" else french) in error.message
    assert "\n" not in str(error)


def test_extends_loop_is_refused(write):
    a = write("a.yaml", "extends: b.yaml\n")
    write("b.yaml", "extends: a.yaml\n")
    with pytest.raises(ConfigError, match="loops"):
        load_ruleset(a)


def test_user_file_extends_defaults_changes_levels_disables_and_adds(write):
    path = rules_file(write, """
        extends: default
        projects:
          ville-exemple:
            project_manager: [cdp, Camille Dupont]
        rules:
          assignment: warning
          title-length: off
          no-lorem:
            type: forbidden-patterns
            level: info
            scope: description
            terms: [lorem ipsum]
            message: {fr: "Retirez « {found} ».", en: "Remove \\"{found}\\"."}
    """)
    ruleset = load_ruleset(path)
    assert ruleset.get("assignment").level is Level.WARNING
    assert not ruleset.get("title-length").enabled
    assert ruleset.get("tracker").level is Level.ERROR  # untouched default
    assert ruleset.projects["ville-exemple"].project_manager == ("cdp", "Camille Dupont")

    findings = lint(parse_draft(DRAFT + "Lorem ipsum dolor.\n"), ruleset, "en")
    by_rule = {f.rule: f for f in findings}
    assert by_rule["assignment"].level is Level.WARNING  # no word list involved
    assert "title-length" not in by_rule
    assert by_rule["no-lorem"].message == 'Remove "Lorem ipsum".'
    assert (by_rule["no-lorem"].line, by_rule["no-lorem"].column) == (8, 1)
    assert "Camille Dupont" in by_rule["assignment"].message


def test_overriding_one_option_keeps_the_others(write):
    path = rules_file(write, "rules:\n  title-length:\n    max: 5\n")
    rule = load_ruleset(path).get("title-length")
    assert (rule.options.min, rule.options.max, rule.options.measure) == (3, 5, "words")


@pytest.mark.parametrize("spelling", ["~", "null", ""])
def test_a_null_option_lifts_a_limit(write, spelling):
    path = rules_file(write, f"rules:\n  title-length:\n    max: {spelling}\n")
    assert load_ruleset(path).get("title-length").options.max is None


def test_extends_none_starts_empty(write):
    path = rules_file(write, "extends: none\n")
    assert load_ruleset(path).rules == ()


def test_project_manager_setting_decides_assignment(write):
    path = rules_file(write, "projects:\n  ville-exemple:\n    project_manager: [cdp]\n")
    ruleset = load_ruleset(path)
    findings = lint(parse_draft(DRAFT), ruleset, "fr")
    assert "assignment" in {f.rule for f in findings}
    ok = DRAFT.replace("Jean Martin", "CDP")
    assert "assignment" not in {f.rule for f in lint(parse_draft(ok), ruleset, "fr")}
    # Without a configured project manager, any named person passes.
    assert "assignment" not in {f.rule for f in lint(parse_draft(DRAFT), load_ruleset(), "fr")}


def test_a_draft_can_silence_a_rule_for_itself():
    draft = parse_draft(DRAFT.replace("Text.", "<!-- redlint-disable title-urgency -->\nText."))
    assert "title-urgency" not in {f.rule for f in lint(draft, load_ruleset(), "fr")}
