"""The follow-up commands' offline parts: the workflow settings, the answer policy, who had a
ticket before me, and how a note already sent is recognised."""

from __future__ import annotations

import datetime as dt

import pytest

from redlint.errors import ConfigError
from redlint.model import Level

UTC = dt.timezone.utc


@pytest.mark.parametrize("yaml, message", [
    ("workflow:\n  closed: Résolu (à déployer)\n", "three different statuses"),
    ("workflow:\n  clossed: Clos\n", "unknown option 'clossed' (did you mean \"closed\"?)"),
    ("workflow:\n  support_group: ''\n", "'support_group' cannot be empty"),
    ("workflow: [a]\n", "'workflow' must be a mapping"),
])
def test_a_bad_workflow_section_is_refused_when_the_file_is_loaded(write, yaml, message):
    from redlint.config.load import load_file

    path = write(".redlint.yaml", yaml)
    with pytest.raises(ConfigError) as caught:
        load_file(path)
    assert message in str(caught.value)
    assert caught.value.line is not None


def test_workflow_defaults_are_the_guides_and_a_file_overrides_one_name(write):
    from redlint.config.load import load_file

    defaults = load_file(write("a.yaml", "extends: default\n")).section("workflow")
    assert (defaults.waiting, defaults.resolved, defaults.closed, defaults.reply_status) == \
        ("Information nécessaire", "Résolu (à déployer)", "Fermé", "")
    assert (defaults.support_tracker, defaults.support_group) == ("Support", "Support")
    changed = load_file(write("b.yaml", "workflow:\n  closed: Clos\n")).section("workflow")
    assert changed.closed == "Clos" and changed.waiting == "Information nécessaire"


ANSWER = ("Bonjour,\n\nLe formulaire concerné est https://demarches.ville-exemple.fr/backoffice/"
          "forms/12/ et l'erreur apparaît à la deuxième page.\n\nCordialement,\nNadège\n")


@pytest.mark.parametrize("text, expected", [
    (ANSWER, []),
    (ANSWER.replace("Cordialement,", "Par ailleurs, pourriez-vous ajouter un champ téléphone "
                                     "au formulaire d'inscription à la piscine ?\n\n"
                                     "Cordialement,"), [("single-request", Level.ERROR, 5)]),
    ("C'EST TOUJOURS CASSÉ ET PERSONNE NE RÉPOND.\n", [("description-shouting",
                                                       Level.WARNING, 1)]),
    ("formulaire ok\nmais export ko\nvoir vite\nmerci\n", [("description-telegraphic",
                                                            Level.WARNING, 1)]),
    # An answer has no title, no URL or technical context to give: those rules stay out.
    ("Oui, c'est bien celui-là.\n", []),
])
def test_the_answer_policy(text, expected):
    from redlint.lint.answer import lint_answer
    from redlint.lint.check import ruleset_for

    found = lint_answer(text, "reponse.md", ruleset_for("x.md"), "en", "ville-exemple")
    assert [(f.rule, f.level, f.line) for f in found] == expected
    for finding in found:
        if finding.rule == "single-request":
            assert "open a new ticket" in finding.message
            assert "redlint new --project ville-exemple" in finding.message


def test_a_new_request_stays_an_error_even_where_the_user_lowered_the_rule(write):
    from redlint.lint.answer import lint_answer
    from redlint.lint.check import ruleset_for

    rules = write("r.yaml", "rules:\n  single-request: warning\n")
    text = ANSWER.replace("Cordialement,", "Autre question : pourriez-vous ajouter un champ "
                                           "téléphone au formulaire de la piscine ?\n\n")
    [finding] = lint_answer(text, "r.md", ruleset_for("r.md", str(rules)), "fr", "")
    assert finding.level is Level.ERROR and "redlint new nouvelle-demande.md" in finding.message


def journal(user, *details, notes="", when="2026-12-04T10:00:00Z"):
    return {"user": {"id": user}, "notes": notes, "created_on": when,
            "details": [{"property": "attr", "name": name, "old_value": old, "new_value": new}
                        for name, old, new in details]}


@pytest.mark.parametrize("journals, expected", [
    ([journal(5, ("assigned_to_id", "5", "6"))], 5),
    ([journal(5, ("assigned_to_id", "5", "6")), journal(6, ("assigned_to_id", "6", "5")),
      journal(9, ("assigned_to_id", "9", "6"))], 9),  # the last hand-over counts
    ([journal(5, ("assigned_to_id", "5", "6")), journal(6, ("assigned_to_id", "6", "8"))],
     5),  # only hand-overs to me count
    ([journal(5, ("assigned_to_id", None, "6"))], None),  # nobody had it before
    ([journal(5, ("status_id", "1", "4"))], None),
    ([], None),
])
def test_who_had_the_ticket_before_me(journals, expected):
    from redlint.redmine.followup.names import previous_assignee

    assert previous_assignee({"journals": journals}, 6) == expected


@pytest.mark.parametrize("entry, found", [
    (journal(6, notes="Voici.\r\nMerci", when="2026-12-04T10:00:00Z"), True),
    (journal(6, notes="Voici.\nMerci", when="2026-12-04T09:59:00Z"), True),  # clock skew
    (journal(6, notes="Voici.\nMerci", when="2026-12-04T09:50:00Z"), False),  # older: not it
    (journal(7, notes="Voici.\nMerci"), False),  # someone else's
    (journal(6, notes="Voici."), False),
])
def test_a_note_already_sent_is_recognised_in_the_journals(tmp_path, entry, found):
    from redlint.redmine.followup.sent import SentNote, SentNotes
    from redlint.redmine.values import text_digest

    store = SentNotes(tmp_path)
    store.save(SentNote(42, 6, text_digest("Voici.\nMerci"), dt.datetime(2026, 12, 4, 10, 0,
                                                                    tzinfo=UTC)))
    record = store.load(42, 6, "Voici.\nMerci\n")
    assert record is not None
    assert (record.find({"journals": [entry]}) is not None) == found
    store.remove(record)
    assert store.load(42, 6, "Voici.\nMerci") is None


# (language, tickets waiting, of which to answer, the inbox's last line)
WAITING_CASES = [
    ("fr", 1, 1, "1 ticket vous attend : 1 à répondre, 0 à fermer."),
    ("fr", 2, 1, "2 tickets vous attendent : 1 à répondre, 1 à fermer."),
    ("en", 1, 0, "1 issue waits on you: 0 to answer, 1 to close."),
    ("en", 3, 2, "3 issues wait on you: 2 to answer, 1 to close."),
]


@pytest.mark.parametrize("lang, total, answers, expected", WAITING_CASES)
def test_the_inbox_counts_in_real_plurals(lang, total, answers, expected):
    from redlint import i18n
    from redlint.cli.followup import waiting_summary

    i18n.use(lang)
    assert waiting_summary(total, answers) == expected
