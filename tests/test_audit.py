"""redlint audit without Redmine: an issue is linted exactly as `check` lints the same draft,
the tally streams, the writers stay valid. (tests/test_audit_redmine.py: the real thing.)"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from tests_support import own_rules

from redlint.audit.run import lint_issue
from redlint.audit.source import AuditedIssue, Query
from redlint.audit.tally import Tally
from redlint.config.rulecache import load_ruleset
from redlint.draft.compose import compose_draft, draft_text
from redlint.lint.check import check_file
from redlint.output.audit import CsvWriter, JsonWriter

GOOD = ("Le champ date de naissance refuse les dates avant 2020",
        "Depuis lundi, avec Firefox 128 sous Windows 11, le champ "
        "https://demarches.ville.fr/backoffice/forms/12/fields/7/ refuse 2019.")
BAD = ("URGENT : rien ne marche", "marche pas\nvoir vite")
QUOTED = ('Le titre "entre guillemets" : avec deux-points # et dièse',
          "Une description\r\nen CRLF, avec <!-- un commentaire --> et **du gras**.")
SCOPE = ("Le connecteur CAF ne renvoie plus le quotient familial",
         "Depuis hier, le connecteur CAF ne renvoie plus rien sur "
         "https://demarches.ville.fr/backoffice/management/qf/3/.")


def issue(title: str, description: str, *, id: int = 1, tracker: str = "Support",
          assigned_to: str | None = "Support", created: str = "2026-03-05") -> AuditedIssue:
    return AuditedIssue(id=id, url=f"https://redmine.test/issues/{id}",
                        created_on=dt.datetime.fromisoformat(created), title=title,
                        description=description, tracker=tracker, assigned_to=assigned_to,
                        as_created=True)


def _shape(findings):
    return [(f.rule, f.level, f.line, f.column, f.end_line, f.end_column, f.message)
            for f in findings]


@pytest.mark.parametrize("title, description, tracker, assignee", [
    (*GOOD, "Support", "Support"),
    (*BAD, "Support", "Support"),
    (*QUOTED, "Support", "Support"),
    (*SCOPE, "Support", "Support"),
    (*SCOPE, "Gestion de projet", "Camille Dupont"),
    (*GOOD, "Suport", None),
])
def test_an_issue_gets_exactly_the_findings_check_gives_on_the_same_draft(
        write, title, description, tracker, assignee):
    audited = issue(title, description, tracker=tracker, assigned_to=assignee)
    fields = {"project": "ville-exemple", "tracker": tracker, "assigned_to": assignee,
              "title": title}
    path = write("draft.md", draft_text(fields, description))
    expected = check_file(str(path), lang="fr").findings
    got = lint_issue(audited, "ville-exemple", load_ruleset(), "fr").findings
    assert _shape(got) == _shape(expected)
    assert [f.path for f in got] == [audited.url] * len(got)


def test_a_description_opening_with_a_heading_stays_whole():
    # A heading, or Redmine's Textile numbered list: never a second title, never changed.
    draft = compose_draft({"title": "Un titre", "tracker": "Support"}, "# un\n# deux")
    assert draft.title.text == "Un titre"
    assert draft.description.text.strip() == "# un\n# deux"


# Rules of these tests' own: what the tally counts must not hang on the default word lists.
OWN_RULES = """\
title-urgency:
  type: forbidden-patterns
  level: error
  scope: title
  terms: vocab:urgency
  message: "{found}"
scope:
  type: forbidden-patterns
  level: warning
  scope: text
  terms: [connecteur*]
  message: "{found}"
"""


def test_the_tally_counts_rules_tickets_months_and_keeps_the_worst_first(tmp_path):
    ruleset = own_rules(tmp_path, OWN_RULES, urgency="urgent*\n")
    tally = Tally(keep=2)
    results = [lint_issue(issue(*GOOD, id=1, created="2026-01-10"), "p", ruleset),
               lint_issue(issue(*BAD, id=2, created="2026-01-20"), "p", ruleset),
               lint_issue(issue(*SCOPE, id=3, created="2026-02-01"), "p", ruleset),
               lint_issue(issue(*BAD, id=4, created="2026-02-02"), "p", ruleset)]
    for result in results:
        tally.add(result)
    assert tally.checked == 4 and tally.passing == 2
    per_rule = {}
    for result in results:
        for finding in result.findings:
            per_rule[finding.rule] = per_rule.get(finding.rule, 0) + 1
    assert dict(tally.findings) == per_rule
    assert tally.tickets["title-urgency"] == 2
    assert [(key, m.checked, m.passing) for key, m in tally.trend()] == [
        ("2026-01", 2, 1), ("2026-02", 2, 1)]
    assert [w.id for w in tally.worst] == [2, 4]  # the two with errors, the older first
    assert tally.summary()["share_passing"] == 0.5


def test_json_is_one_valid_document_with_every_issue_and_the_summary(tmp_path):
    ruleset = own_rules(tmp_path, OWN_RULES, urgency="urgent*\n")
    stream = io.StringIO()
    writer = JsonWriter(stream, {"project": "p"})
    tally = Tally()
    for number, texts in enumerate((GOOD, BAD, SCOPE), start=1):
        result = lint_issue(issue(*texts, id=number), "p", ruleset)
        writer.add(result)
        tally.add(result)
    writer.close(tally)
    document = json.loads(stream.getvalue())
    assert document["version"] == 1
    assert [entry["id"] for entry in document["issues"]] == [1, 2, 3]
    # BAD breaks an error-level rule; SCOPE only `scope`, a warning here: it fails nothing
    assert [entry["verdict"] for entry in document["issues"]] == ["pass", "fail", "pass"]
    assert document["summary"]["checked"] == 3
    counted = sum(len(entry["findings"]) for entry in document["issues"])
    assert counted == sum(document["summary"]["findings"].values())


def test_csv_has_a_row_per_finding_and_one_for_an_issue_without_any(tmp_path):
    ruleset = own_rules(tmp_path, OWN_RULES, urgency="urgent*\n")
    stream = io.StringIO()
    writer = CsvWriter(stream, {})
    bad = lint_issue(issue(*BAD, id=2), "p", ruleset)
    writer.add(lint_issue(issue(*GOOD, id=1), "p", ruleset))
    writer.add(bad)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [row["rule"] for row in rows if row["issue"] == "1"] == [""]
    assert [row["rule"] for row in rows if row["issue"] == "2"] == [f.rule for f in bad.findings]


@pytest.mark.parametrize("query, expected", [
    (Query("p"), {"project_id": "p", "sort": "id", "status_id": "*"}),
    (Query("p", status="open"), {"project_id": "p", "sort": "id", "status_id": "open"}),
    (Query("p", since=dt.date(2025, 1, 1)),
     {"project_id": "p", "sort": "id", "status_id": "*", "created_on": ">=2025-01-01"}),
    (Query("p", until=dt.date(2025, 1, 31)),
     {"project_id": "p", "sort": "id", "status_id": "*", "created_on": "<=2025-01-31"}),
    (Query("p", since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 31), tracker_id=3,
           status="closed"),
     {"project_id": "p", "sort": "id", "status_id": "closed", "tracker_id": 3,
      "created_on": "><2025-01-01|2025-01-31"}),
])
def test_the_query_becomes_redmines_filters(query, expected):
    assert query.filters() == expected


def test_redmines_crlf_line_ends_read_as_a_files_do():
    draft = compose_draft({"title": "Un titre"}, "ligne 1\r\nligne 2\rligne 3")
    assert draft.description.text == "ligne 1\nligne 2\nligne 3"


# ----------------------------------------------------------------------------- Source's pages

class _Issues(list):
    total_count = 0


class _Fake:
    """python-redmine's Redmine as Source uses it; `on_page(offset)` and `on_members()` are
    called as those requests are made."""

    def __init__(self, count, on_page=lambda offset: None, on_members=lambda: None):
        import types

        def filter_issues(limit, offset, **filters):
            on_page(offset)
            found = _Issues(types.SimpleNamespace(
                id=n, subject=f"#{n}", description="", tracker=types.SimpleNamespace(
                    name="Support"), created_on=None, updated_on=None)
                for n in range(offset + 1, min(offset + limit, count) + 1))
            found.total_count = count
            return found

        def filter_members(project_id):
            on_members()
            return []

        self.issue = types.SimpleNamespace(filter=filter_issues)
        self.tracker = types.SimpleNamespace(all=lambda: [types.SimpleNamespace(id=1,
                                                                                 name="Support")])
        self.project_membership = types.SimpleNamespace(filter=filter_members)


def _source(fake):
    import contextlib

    from redlint.audit.source import Source
    from redlint.errors import RedmineError

    @contextlib.contextmanager
    def guard(action):
        try:
            yield
        except Exception as exc:
            raise RedmineError(f"{exc} while {action}") from None

    source = Source(fake, guard, base_url="https://redmine.test")
    source._first_values = lambda issue_id: ({}, True)  # no history to read here
    return source


def test_the_names_are_read_while_the_first_page_is_on_its_way():
    """Each request waits (at most 10 s) for the other to have been made: read one after the
    other, the first would time out."""
    import threading

    page_asked, members_asked, overlapped = threading.Event(), threading.Event(), []

    def on_page(offset):
        if offset == 0:
            page_asked.set()
            overlapped.append(members_asked.wait(10))

    def on_members():
        members_asked.set()
        overlapped.append(page_asked.wait(10))

    pages = list(_source(_Fake(250, on_page, on_members)).pages(Query("p")))
    assert [len(page) for page in pages] == [100, 100, 50] and overlapped == [True, True]
    assert [issue.id for page in pages for issue in page] == list(range(1, 251))


def test_a_failure_reading_the_names_stops_the_first_pages_retries_at_once(monkeypatch):
    """A page is retried after a pause (made long here): the names' error must not wait for
    it, nor must the page be asked for again."""
    import threading

    from redlint.audit import source as source_module
    from redlint.errors import RedmineError

    monkeypatch.setattr(source_module, "RETRY_PAUSE", 5.0)
    page_failed, tries = threading.Event(), []

    def on_page(offset):
        tries.append(offset)
        page_failed.set()
        raise OSError("page refused")

    def on_members():
        page_failed.wait(10)
        raise OSError("members refused")

    with pytest.raises(RedmineError, match="members refused"):
        list(_source(_Fake(250, on_page, on_members)).pages(Query("p")))
    assert tries == [0]
