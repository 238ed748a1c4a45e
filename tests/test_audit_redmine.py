"""`redlint audit` against a real Redmine 5, through the command line, as the customer.

A project is seeded with good and bad tickets (one of them later moved to another tracker and
assignee, two dated in the past); the audit's counts per rule must be exactly those of
`redlint check` on drafts holding the same texts, in every output format; the HTML report is
opened in a real headless Chromium.
"""

from __future__ import annotations

import collections
import csv
import http.server
import io
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from redminelib import Redmine

from browser import find_chromium, run_chromium
from redlint.draft.compose import draft_text
from redmine_server import run_rails

pytestmark = pytest.mark.redmine

ROOT = Path(__file__).resolve().parents[1]
SEED_ISSUES = ROOT / "scripts" / "redmine-seed-issues.rb"
RULES = """\
projects:
  {project}:
    project_manager: [cdp, Camille Dupont]
"""

# (title, description, tracker, assignee key); assignee "support" is the group.
TICKETS = [
    ("Le champ date de naissance refuse les dates avant 2020",
     "Depuis la mise à jour de lundi, avec Firefox 128 sous Windows 11, le champ "
     "https://demarches.ville-exemple.fr/backoffice/forms/12/fields/7/ refuse 2019.\n\n"
     "1. ouvrir la demande https://demarches.ville-exemple.fr/backoffice/management/creche/42/ ;"
     "\n2. saisir 03/05/2019 ; un message d'erreur s'affiche.", "Support", "support"),
    ("URGENT !!! rien ne marche", "marche pas\nparents bloqués\nvoir vite", "Support", "support"),
    ("LE PAIEMENT EST ENCORE EN PANNE", "LE PAIEMENT NE FONCTIONNE PLUS DEPUIS CE MATIN. "
     "MERCI DE CORRIGER.", "Support", "support"),
    ("Plusieurs demandes sur le portail famille",
     "Plusieurs demandes :\n- ajouter un filtre par école dans la liste ;\n- corriger la faute "
     "dans le courriel de confirmation ;\n- changer le logo de la page d'accueil.",
     "Support", "support"),
    ("Nouveau formulaire de demande de permis de végétaliser",
     "Nous souhaitons ouvrir aux habitants une démarche en ligne de demande de permis de "
     "végétaliser l'espace public, pour remplacer le formulaire papier d'ici le printemps.",
     "Gestion de projet", "project_manager"),
]
# Created as a Support ticket on a connector (out of scope), then moved by support.
MOVED = ("Le connecteur CAF ne renvoie plus le quotient familial",
         "Depuis hier, le connecteur CAF ne renvoie plus le quotient familial sur "
         "https://demarches.ville-exemple.fr/backoffice/management/qf/3/.")


def audit(server, *args, key=None, cwd=None, env_extra=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, REDMINE_URL=server.url, REDMINE_API_KEY=key or server.customer_key,
               NO_COLOR="1", **(env_extra or {}))
    env.pop("REDLINT_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "redlint", "audit", *args], env=env,
                          capture_output=True, text=True, timeout=300, cwd=cwd)
    for api_key in server.api_keys.values():
        assert api_key not in done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def seeded(redmine_server, tmp_path_factory):
    """A fresh project with the tickets above, as the admin created them."""
    server = redmine_server
    project = f"audit-{random.randrange(10**6, 10**7)}"
    run_rails(server.data_dir, SEED_ISSUES, project, "0")
    admin = Redmine(server.url, key=server.admin_key)
    assignees = {"support": server.groups["support"]["id"],
                 "project_manager": server.users["project_manager"]["id"]}
    created = {}
    for title, description, tracker, who in TICKETS:
        issue = admin.issue.create(project_id=project, subject=title, description=description,
                                   tracker_id=server.trackers[tracker],
                                   assigned_to_id=assignees[who])
        created[issue.id] = (title, description, tracker, who)
    moved = admin.issue.create(project_id=project, subject=MOVED[0], description=MOVED[1],
                               tracker_id=server.trackers["Support"],
                               assigned_to_id=assignees["support"])
    time.sleep(1.1)  # Redmine's times are to the second: an update must come later to show
    admin.issue.update(moved.id, tracker_id=server.trackers["Gestion de projet"],
                       assigned_to_id=assignees["project_manager"])
    created[moved.id] = (*MOVED, "Support", "support")
    old = sorted(created)[:2]
    script = tmp_path_factory.mktemp("rails") / "date.rb"
    script.write_text("Issue.where(id: ARGV.map(&:to_i)).update_all("
                      "created_on: Time.utc(2024, 1, 15, 10))\n", encoding="utf-8")
    run_rails(server.data_dir, script, *map(str, old))
    folder = tmp_path_factory.mktemp("audit")
    rules = folder / ".redlint.yaml"
    rules.write_text(RULES.format(project=project), encoding="utf-8")
    names = {"support": "Support", "project_manager": "Camille Dupont"}
    return {"project": project, "issues": created, "old": old, "rules": rules,
            "folder": folder, "names": names}


def expected_counts(seeded, ids) -> collections.Counter:
    """`redlint check --format json` on drafts holding the same texts, per rule."""
    drafts = seeded["folder"] / f"drafts-{len(ids)}-{min(ids)}"
    drafts.mkdir(exist_ok=True)
    for issue_id in ids:
        title, description, tracker, who = seeded["issues"][issue_id]
        fields = {"project": seeded["project"], "tracker": tracker,
                  "assigned_to": seeded["names"][who], "title": title}
        (drafts / f"{issue_id}.md").write_text(draft_text(fields, description),
                                               encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "redlint", "check", "--format", "json",
                           "--rules", str(seeded["rules"]), str(drafts)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    return collections.Counter(f["rule"] for entry in report["files"]
                               for f in entry["findings"])


def test_counts_per_rule_are_those_of_check_in_every_format(redmine_server, seeded, tmp_path):
    expected = expected_counts(seeded, list(seeded["issues"]))
    assert expected["title-urgency"] and expected["single-request"]  # the set says something
    rules = ["--project", seeded["project"], "--rules", str(seeded["rules"])]

    as_json = audit(redmine_server, *rules, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    document = json.loads(as_json.stdout)
    assert document["summary"]["checked"] == len(seeded["issues"])
    assert collections.Counter(document["summary"]["findings"]) == expected
    assert collections.Counter(f["rule"] for issue in document["issues"]
                               for f in issue["findings"]) == expected

    as_csv = audit(redmine_server, *rules, "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert collections.Counter(row["rule"] for row in rows if row["rule"]) == expected
    assert {int(row["issue"]) for row in rows} == set(seeded["issues"])

    page = tmp_path / "report.html"
    as_html = audit(redmine_server, *rules, "--html", str(page))
    assert as_html.returncode == 0, as_html.stderr
    text = page.read_text(encoding="utf-8")
    table = dict(re.findall(r"<tr><td>([a-z-]+)</td><td class='n'>(\d+)</td>", text))
    assert {rule: int(count) for rule, count in table.items()} == expected
    assert "http://" not in text.replace(redmine_server.url, "") .replace(
        "http://www.w3.org/2000/svg", "")  # no other address: it opens offline

    terminal = audit(redmine_server, *rules)
    assert terminal.returncode == 0, terminal.stderr
    assert f"{len(seeded['issues'])} tickets" in terminal.stdout
    for rule, count in expected.items():
        assert re.search(rf"{re.escape(rule)}\s+│\s+{count}\s", terminal.stdout), rule


def test_a_ticket_is_read_as_it_was_created_where_its_history_tells(redmine_server, seeded):
    moved = max(seeded["issues"])  # the connector ticket, since moved to Gestion de projet
    for key in (redmine_server.customer_key, redmine_server.admin_key):
        done = audit(redmine_server, "--project", seeded["project"], "--rules",
                     str(seeded["rules"]), "--format", "json", key=key)
        assert done.returncode == 0, done.stderr
        entry = next(i for i in json.loads(done.stdout)["issues"] if i["id"] == moved)
        assert (entry["tracker"], entry["assigned_to"], entry["as_created"]) == (
            "Support", "Support", True)
        assert "scope" in {f["rule"] for f in entry["findings"]}
    current = Redmine(redmine_server.url, key=redmine_server.admin_key).issue.get(moved)
    assert current.tracker.name == "Gestion de projet"  # the audit did not read this


@pytest.mark.parametrize("options, which", [
    (["--since", "2025-01-01"], "recent"),
    (["--until", "2024-12-31"], "old"),
    (["--since", "2024-01-01", "--until", "2024-02-01"], "old"),
])
def test_since_and_until_filter_on_the_creation_date(redmine_server, seeded, options, which):
    done = audit(redmine_server, "--project", seeded["project"], "--format", "json", *options)
    assert done.returncode == 0, done.stderr
    ids = {issue["id"] for issue in json.loads(done.stdout)["issues"]}
    old = set(seeded["old"])
    assert ids == (old if which == "old" else set(seeded["issues"]) - old)


def test_the_html_report_opens_in_a_real_browser_with_its_chart_and_table(
        redmine_server, seeded, tmp_path):
    chromium = find_chromium()
    page = tmp_path / "report.html"
    done = audit(redmine_server, "--project", seeded["project"], "--rules",
                 str(seeded["rules"]), "--html", str(page), "--lang", "en")
    assert done.returncode == 0, done.stderr
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri())
    rules = set(re.findall(r"<tr><td>([a-z-]+)</td>", dom))
    assert "Ticket quality" in dom and 'id="chart-rules"' in dom and 'id="chart-trend"' in dom
    assert dom.count("<rect") >= len(rules) + 1  # a bar per rule, a bar per month
    assert dom.count('class="issue"') == len(seeded["issues"])
    assert all(f'{redmine_server.url}/issues/{i}' in dom for i in seeded["issues"])
    shot = tmp_path / "report.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}",
                 "--window-size=1200,1400", page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a page, not a blank one


class _FailingPages(http.server.BaseHTTPRequestHandler):
    """In front of the real server: every issue page after the first answers 500."""

    upstream = ""

    def failing(self) -> bool:
        return self.path.startswith("/issues.json") and "offset=0" not in self.path

    def do_GET(self):  # noqa: N802
        if self.failing():
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        answer = requests.get(self.upstream + self.path, timeout=30, headers={
            k: v for k, v in self.headers.items() if k.lower() == "x-redmine-api-key"})
        self.send_response(answer.status_code)
        self.send_header("Content-Type", answer.headers.get("Content-Type", "application/json"))
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    def log_message(self, *args):
        pass


def test_a_page_that_keeps_failing_fails_the_audit_with_no_partial_counts(redmine_server,
                                                                           tmp_path):
    project = f"audit-pages-{random.randrange(10**6, 10**7)}"
    run_rails(redmine_server.data_dir, SEED_ISSUES, project, "150")
    handler = type("Handler", (_FailingPages,), {"upstream": redmine_server.url})
    for done in _audits_through(handler, redmine_server, project, ("json", "csv", "human")):
        assert done.returncode == 3, done.stderr
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr and "500" in lines[0]


def _audits_through(handler, redmine_server, project: str, outputs):
    """`redlint audit` of `project` in each output format, through a proxy served by
    `handler` in front of the real server."""
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    env = dict(os.environ, REDMINE_API_KEY=redmine_server.customer_key, NO_COLOR="1",
               REDMINE_URL=f"http://127.0.0.1:{proxy.server_address[1]}")
    try:
        return [subprocess.run([sys.executable, "-m", "redlint", "audit", "--project", project,
                                "--format", output], env=env, capture_output=True, text=True,
                               timeout=300)
                for output in outputs]
    finally:
        proxy.shutdown()


class _FailingHistory(_FailingPages):
    """In front of the real server: the history of one issue (`issue_id`) answers 500."""

    issue_id = 0

    def failing(self) -> bool:
        return self.path.startswith(f"/issues/{self.issue_id}.json")


def test_a_history_that_cannot_be_read_on_a_page_fetched_ahead_fails_the_audit(
        redmine_server):
    """Histories of the pages fetched ahead are read in the pool: a failure there must reach
    the audit as the one-line error, with no partial counts."""
    project = f"audit-history-{random.randrange(10**6, 10**7)}"
    run_rails(redmine_server.data_dir, SEED_ISSUES, project, "250", "12", "100")  # all edited
    ids = [issue.id for issue in Redmine(redmine_server.url, key=redmine_server.customer_key)
           .issue.filter(project_id=project, status_id="*", sort="id")]
    handler = type("Handler", (_FailingHistory,), {"upstream": redmine_server.url,
                                                    "issue_id": ids[220]})  # the third page
    for done in _audits_through(handler, redmine_server, project, ("json", "human")):
        assert done.returncode == 3, done.stderr
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert "500" in lines[0] and f"#{ids[220]}" in lines[0]


def test_a_wrong_key_is_one_line_and_exit_3(redmine_server):
    done = audit(redmine_server, "--project", "ville-exemple", key="0" * 40)
    assert done.returncode == 3
    assert len(done.stderr.strip().splitlines()) == 1 and "401" in done.stderr
