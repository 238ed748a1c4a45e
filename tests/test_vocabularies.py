"""Vocabularies: term lists in text files, named from rules files as `vocab:NAME`."""

from __future__ import annotations

import os

import pytest

from redlint.config import rulecache, vocabularies
from redlint.config.rulecache import load_ruleset
from redlint.config.vocabularies import (MAX_BYTES, default_folder, folder_files,
                                         read_vocabulary, vocabulary_files)
from redlint.draft.parse import parse_draft
from redlint.errors import ConfigError, ExitCode
from redlint.lint.linter import lint

RULE = """\
extends: none
rules:
  words:
    type: forbidden-patterns
    scope: title
    message: "{{found}}"
    {options}
"""
SHOUTS = "# what people shout\n\nvite\n  au plus tot  \n# a stem\nurgen*\nre:!{2,}\n"


def found(rules, title: str) -> list[str]:
    draft = parse_draft(f"---\ntitle: \"{title}\"\n---\nText.\n", "d.md")
    return [finding.message for finding in lint(draft, load_ruleset(rules), "en")
            if finding.rule == "words"]


@pytest.fixture
def defaults(tmp_path, monkeypatch):
    """redlint's own vocabularies, as the tests write them: `urgency` holds URGENT."""
    folder = tmp_path / "defaults"
    folder.mkdir()
    (folder / "urgency.txt").write_text("urgent*\n", encoding="utf-8")
    monkeypatch.setattr(vocabularies, "default_folder", lambda: folder)
    return folder


def rules_with(write, options: str, **vocabularies: str):
    for name, text in vocabularies.items():
        write(f"vocabularies/{name}.txt", text)
    return write(".redlint.yaml", RULE.format(options=options))


# (options of the rule, title, words found)
@pytest.mark.parametrize("options, title, words", [
    ("terms: vocab:shouts", "Vite, au plus tôt, URGENTE !!!",
     ["Vite", "au plus tôt", "URGENTE", "!!!"]),
    ("terms: [vocab:shouts]", "urgence", ["urgence"]),
    ("terms: [maintenant, vocab:shouts]", "maintenant vite", ["maintenant", "vite"]),
    ("terms: [vocab:shouts]\n    unless: [vocab:calm]", "vite urgence", ["vite"]),
    ("terms: [vocab:shouts]", "# what people shout", []),  # comments are no terms
])
def test_a_vocabulary_stands_where_its_terms_would(write, options, title, words):
    rules = rules_with(write, options, shouts=SHOUTS, calm="urgence\n")
    assert found(rules, title) == words


def test_a_list_of_lists_takes_a_vocabulary_as_one_of_its_lists(write):
    rules = write(".redlint.yaml", """\
extends: none
rules:
  context:
    type: required-pattern
    message: m
    cases:
      - if: [vocab:broken, [plante]]
        groups: {browser: vocab:browsers}
""")
    write("vocabularies/broken.txt", "ne marche pas\n")
    write("vocabularies/browsers.txt", "firefox\nchrom*\n")
    rule = load_ruleset(rules).get("context")
    case = rule.options.cases[0]
    assert case.when == (("ne marche pas",), ("plante",))
    assert case.groups == {"browser": (("firefox",), ("chrom*",))}  # as a YAML alias would
    assert rule.vocabularies == {"cases": ("broken", "browsers")}


def test_a_users_vocabulary_replaces_the_default_one_of_that_name(write, defaults):
    rules = rules_with(write, "terms: [vocab:urgency]", urgency="zut\n")
    assert found(rules, "URGENT zut") == ["zut"]
    (rules.parent / "vocabularies" / "urgency.txt").unlink()
    assert found(rules, "URGENT zut") == ["URGENT"]  # now the default list


def test_a_vocabulary_is_its_french_file_then_its_english_one_then_its_file_of_both(write):
    write("vocabularies/en/shouts.txt", "asap\n")
    write("vocabularies/shouts.txt", "re:!{2,}\n")
    rules = rules_with(write, "terms: vocab:shouts")
    assert found(rules, "ASAP !!!") == ["ASAP", "!!!"]
    write("vocabularies/fr/shouts.txt", "# French\nvite\n")
    assert load_ruleset(rules).get("words").options.terms == ("vite", "asap", "re:!{2,}")


def test_a_users_language_file_replaces_the_default_vocabulary_in_every_language(write, defaults):
    (defaults / "en").mkdir()
    (defaults / "en" / "urgency.txt").write_text("asap\n", encoding="utf-8")
    rules = rules_with(write, "terms: [vocab:urgency]")
    assert found(rules, "URGENT asap zut") == ["URGENT", "asap"]
    write("vocabularies/fr/urgency.txt", "zut\n")
    assert found(rules, "URGENT asap zut") == ["zut"]


def test_default_rules_name_their_vocabularies_and_a_user_may_override_one_option(write):
    rules = write(".redlint.yaml", "rules:\n  title-urgency:\n    unless: [vocab:calm]\n")
    write("vocabularies/calm.txt", "urgent\n")
    rule = load_ruleset(rules).get("title-urgency")
    assert rule.vocabularies == {"terms": ("urgency",), "unless": ("calm",)}
    assert rule.options.unless == ("urgent",)
    default = [term for file in vocabulary_files(default_folder(), "urgency")
               for _, term in read_vocabulary(str(file))]
    assert rule.options.terms == tuple(default)  # kept from the default


def test_the_default_policy_names_only_existing_vocabularies_and_uses_them_all():
    named = {name for rule in load_ruleset().rules for names in rule.vocabularies.values()
             for name in names}
    assert named == {file.stem for file in folder_files(default_folder())}


# (vocabularies to write, options of the rule, file of the error, its line, words of the message)
@pytest.mark.parametrize("files, options, where, line, words", [
    ({}, "terms: [a, vocab:nowhere]", ".redlint.yaml", 7,
     "vocabulary 'nowhere' not found: no nowhere.txt, fr/nowhere.txt or en/nowhere.txt"),
    ({}, "terms:\n      - vocab: shouts", ".redlint.yaml", 8, "write 'vocab:shouts', without"),
    ({}, "terms: [vocab:Bad/Name]", ".redlint.yaml", 7, "invalid vocabulary name"),
    ({"shouts": "vite\n\n# x\nre:(unclosed\n"}, "terms: vocab:shouts",
     "vocabularies/shouts.txt", 4, "invalid pattern '(unclosed'"),
    ({"shouts": "vite\nre:(?=look)\n"}, "terms: vocab:shouts", "vocabularies/shouts.txt", 2,
     "look-arounds"),
    ({"shouts": "vite\nvocab:other\n"}, "terms: vocab:shouts", "vocabularies/shouts.txt", 2,
     "cannot name another"),
    ({"shouts": "vite\n", "fr/shouts": "vite\nre:(unclosed\n"}, "terms: vocab:shouts",
     "vocabularies/fr/shouts.txt", 2, "invalid pattern '(unclosed'"),
    ({"shouts": b"vite\n\xff\n"}, "terms: vocab:shouts", "vocabularies/shouts.txt", 2,
     "not UTF-8"),
    ({"shouts": b"x" * (MAX_BYTES + 1)}, "terms: vocab:shouts", "vocabularies/shouts.txt", None,
     "too large"),
])
def test_broken_vocabularies_are_refused_with_file_and_line(write, files, options, where, line,
                                                           words):
    rules = rules_with(write, options, **files)
    with pytest.raises(ConfigError) as caught:
        load_ruleset(rules)
    error = caught.value
    assert error.exit_code == ExitCode.USAGE
    assert (error.path, error.line) == (str(rules.parent / where), line)
    assert words in error.message and "\n" not in str(error)


def test_a_vocabulary_must_be_a_regular_file(write):
    rules = rules_with(write, "terms: vocab:shouts")
    (rules.parent / "vocabularies" / "shouts.txt").mkdir(parents=True)
    with pytest.raises(ConfigError, match="regular text file|cannot read"):
        load_ruleset(rules)


def test_a_cached_rule_set_is_rebuilt_when_a_vocabulary_changes_or_appears(
        write, tmp_path, monkeypatch, defaults):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(rulecache.sys, "platform", "linux")
    rules = rules_with(write, "terms: [vocab:urgency]", **{"en/unrelated": "x\n"})
    assert found(rules, "URGENT zut") == ["URGENT"]  # the default list
    assert list((tmp_path / "cache" / "redlint").glob("rules-*.pickle"))  # cached
    shadow = write("vocabularies/urgency.txt", "zut\n")  # a user's list appears
    assert found(rules, "URGENT zut") == ["zut"]
    shadow.write_text("zut\nurgent\n", encoding="utf-8")
    os.utime(shadow, ns=(1, 1))  # even with an old time stamp: the size changed
    assert found(rules, "URGENT zut") == ["URGENT", "zut"]
    write("vocabularies/en/urgency.txt", "asap\n")  # a language file appears in en/
    assert found(rules, "URGENT zut asap") == ["URGENT", "zut", "asap"]
