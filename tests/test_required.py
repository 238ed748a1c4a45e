"""`check` is at least as strict as `submit`: what submit needs is a finding of check (issue #7)."""

from __future__ import annotations

import pytest

from redlint.errors import ExitCode
from redlint.lint.check import check_file
from redlint.redmine.submit import submit

HEAD = {"project": "project: ville-exemple\n", "tracker": "tracker: Support\n",
        "assigned_to": "assigned_to: Support\n",
        "title": 'title: "Le paiement en ligne des factures de cantine échoue"\n'}
BODY = ("Bonjour,\n\nDepuis lundi, la page https://demarches.ville-exemple.fr/backoffice/management/"
        "cantine/418/ affiche une erreur avec Firefox 132 sous Windows 11.\n")


def draft(body=BODY, **fields):
    head = {**HEAD, **{k: v for k, v in fields.items() if v is not None}}
    for key in [k for k, v in fields.items() if v is None]:
        del head[key]
    return "---\n" + "".join(head.values()) + "---\n" + body


GDP = dict(tracker="tracker: Gestion de projet\n", assigned_to="assigned_to: Camille Dupont\n")

CASES = [
    # (draft, .redlint.yaml or None, the error-level rules expected)
    (draft(), None, []),
    (draft(title=None), None, ["title-required"]),
    (draft(title='title: ""\n'), None, ["title-required"]),
    (draft(title="title:\n"), None, ["title-required"]),
    (draft(title="title: '   '\n"), None, ["title-required"]),
    (draft(project=None), None, ["project-required"]),
    (draft(project='project: ""\n'), None, ["project-required"]),
    (draft(project=None), "redmine:\n  project: ville-exemple\n", []),
    (draft(project=None), "redmine:\n  project: ''\n", ["project-required"]),
    (draft(tracker=None), None, ["tracker"]),
    (draft(body="", **GDP), None, ["description-required"]),
    (draft(body="\n<!-- à écrire -->\n\n", **GDP), None, ["description-required"]),
    (draft(body="Nous souhaitons un nouveau formulaire de demande.\n", **GDP), None, []),
]


@pytest.mark.parametrize("text, config, expected", CASES)
def test_what_submit_needs_is_an_error_of_check(write, text, config, expected):
    path = write("d.md", text)
    if config is not None:
        write(".redlint.yaml", config)
    result = check_file(str(path), lang="en")
    assert sorted(f.rule for f in result.findings if f.level.value == "error") == expected


class _Reporter:
    def __init__(self):
        self.seen = []

    def findings(self, result):
        self.seen = [f.rule for f in result.findings]

    def warn(self, message):
        raise AssertionError(message)

    similar = plan = cancelled = created = warn


@pytest.mark.parametrize("fields, rule", [
    (dict(title=None), "title-required"),
    (dict(title='title: ""\n'), "title-required"),
    (dict(project=None), "project-required"),
])
def test_submit_refuses_on_the_findings_of_check_before_any_network(write, fields, rule):
    path = write("d.md", draft(**fields))
    reporter = _Reporter()
    # No credentials and no Redmine: submit must stop on the findings before needing them.
    assert submit(str(path), reporter, lang="en", dry_run=True, env={},
                  credentials_path=path.parent / "none.yaml") == ExitCode.FINDINGS
    assert rule in reporter.seen
