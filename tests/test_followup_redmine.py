"""`redlint inbox`, `reply` and `close` against a real Redmine 5, as the customer, through the
command line.

Each test gets a fresh project (created with the admin key) where the customer ("Client
référent": may reassign its issues) and a second customer ("Client sans réaffectation": notes
only) are members, with the group Support and the project manager. Tickets are put in the
customer's hands the way the vendor does it: support or the project manager moves them to
"Information nécessaire" or "Résolu (à déployer)" and assigns them to the customer. What
Redmine kept is read with the admin key. A tiny proxy drops the answer to a reply's write.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.redmine

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
ANSWER = ("Bonjour,\n\nLe formulaire concerné est "
          "https://demarches.ville-exemple.fr/backoffice/forms/12/fields/7/ et l'erreur "
          "apparaît à la deuxième page, après avoir saisi la date de naissance.\n\n"
          "Cordialement,\nNadège Fabre\n")
SECOND_REQUEST = ANSWER.replace(
    "Cordialement,", "Par ailleurs, pourriez-vous ajouter un champ téléphone au formulaire "
                     "d'inscription à la piscine ?\n\nCordialement,")


class World:
    """The server, a fresh project, and helpers to act as the admin, support or the manager."""

    def __init__(self, server, folder: Path):
        self.server = server
        self.folder = folder
        self.home = folder / "home"
        self.home.mkdir()
        self.secrets = [key for key in server.api_keys.values() if key]
        self.customer = server.users["customer"]["id"]
        self.customer2 = server.users["customer2"]["id"]
        self.manager = server.users["project_manager"]["id"]
        self.support = server.groups["support"]["id"]
        self.status = server.statuses
        ident = f"suivi-{random.randrange(10**6, 10**7)}"
        trackers = [server.trackers["Support"], server.trackers["Gestion de projet"]]
        self.project = self.call("admin", "POST", "/projects.json", {"project": {
            "name": ident, "identifier": ident, "is_public": False, "tracker_ids": trackers,
            "enabled_module_names": ["issue_tracking"]}})["project"]
        self.ident = ident
        roles = server.roles
        for who, role in ((self.support, "Support"), (self.manager, "Chef de projet"),
                          (self.customer, "Client référent"),
                          (self.customer2, "Client sans réaffectation")):
            self.call("admin", "POST", f"/projects/{self.project['id']}/memberships.json",
                      {"membership": {"user_id": who, "role_ids": [roles[role]]}})
        (folder / ".redlint.yaml").write_text(f"redmine:\n  project: {ident}\n  timeout: 20\n",
                                              encoding="utf-8")

    def call(self, who: str, method: str, path: str, body: dict | None = None) -> dict:
        answer = requests.request(method, self.server.url + path, json=body, timeout=30,
                                  headers={"X-Redmine-API-Key": self.server.api_keys[who]})
        assert answer.status_code < 300, (answer.status_code, answer.text)
        return answer.json() if answer.content.strip() else {}

    def ticket(self, tracker: str, *, author: str = "customer", title: str = "Un ticket",
               assigned: int | None = None) -> int:
        first = self.support if tracker == "Support" else self.manager
        return self.call(author, "POST", "/issues.json", {"issue": {
            "project_id": self.project["id"], "tracker_id": self.server.trackers[tracker],
            "subject": f"{title} {random.randrange(10**6)}", "description": "Bonjour, voici.",
            "assigned_to_id": first if assigned is None else assigned}})["issue"]["id"]

    def hand_over(self, issue: int, status: str, to: int, by: str = "agent1") -> None:
        """Support (or the manager) asks the customer: status and assignee, with a note."""
        self.call(by, "PUT", f"/issues/{issue}.json", {"issue": {
            "status_id": self.status[status], "assigned_to_id": to,
            "notes": "Pouvez-vous préciser l'adresse du formulaire ?"}})

    def issue(self, issue: int) -> dict:
        return self.call("admin", "GET", f"/issues/{issue}.json?include=journals,attachments"
                         )["issue"]

    def notes_by(self, issue: int, user: int) -> list[dict]:
        return [j for j in self.issue(issue)["journals"]
                if j["user"]["id"] == user and j.get("notes")]

    def run(self, *args: str, key: str = "customer", url: str | None = None
            ) -> subprocess.CompletedProcess:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.home),
               "XDG_CONFIG_HOME": str(self.home / ".config"),
               "XDG_STATE_HOME": str(self.home / ".state"), "LANG": "C.UTF-8",
               "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "COLUMNS": "250",
               "REDMINE_URL": url or self.server.url,
               "REDMINE_API_KEY": self.server.api_keys[key]}
        proc = subprocess.run([sys.executable, "-m", "redlint", *args], cwd=self.folder,
                              env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=180, start_new_session=True)
        for secret in self.secrets:
            assert secret not in proc.stdout + proc.stderr, "an API key appeared in the output"
        return proc

    def answer(self, name: str, text: str) -> Path:
        path = self.folder / name
        path.write_bytes(text.encode("utf-8"))
        return path


@pytest.fixture
def w(redmine_server, tmp_path) -> World:
    return World(redmine_server, tmp_path)


def text_of(journal: dict) -> str:
    return journal["notes"].replace("\r\n", "\n")


# ------------------------------------------------------------------------------------ inbox


def test_inbox_lists_exactly_the_tickets_waiting_on_me_with_the_next_step(w):
    to_answer = w.ticket("Support")
    w.hand_over(to_answer, "Information nécessaire", w.customer)
    to_close = w.ticket("Gestion de projet")
    w.hand_over(to_close, "Résolu (à déployer)", w.customer, by="project_manager")
    someone_else = w.ticket("Support", author="customer2")
    w.hand_over(someone_else, "Information nécessaire", w.customer2)
    w.ticket("Support")  # Nouveau, assigned to the group Support: not mine
    in_progress = w.ticket("Support")
    w.hand_over(in_progress, "En cours", w.customer)  # mine, but waits on nobody

    proc = w.run("inbox", "--project", w.ident, "--format", "json", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    listed = {t["id"]: t for t in json.loads(proc.stdout)}
    assert set(listed) == {to_answer, to_close}
    assert listed[to_answer]["action"] == "answer"
    assert listed[to_answer]["status"] == "Information nécessaire"
    assert listed[to_answer]["tracker"] == "Support"
    assert f"redlint reply {to_answer}" in listed[to_answer]["next"]
    assert listed[to_close]["action"] == "close"
    assert f"redlint close {to_close}" in listed[to_close]["next"]
    assert listed[to_close]["url"] == f"{w.server.url}/issues/{to_close}"
    assert listed[to_close]["since"]

    table = w.run("inbox", "--project", w.ident, "--lang", "en")
    assert table.returncode == 0, table.stderr
    assert f"redlint reply {to_answer}" in table.stdout
    assert f"redlint close {to_close}" in table.stdout
    assert f"/issues/{to_close}" in table.stdout
    assert f"/issues/{someone_else}" not in table.stdout
    assert "2 issues wait on you: 1 to answer, 1 to close." in table.stdout


def test_an_empty_inbox_says_so_and_exits_0(w):
    proc = w.run("inbox", "--project", w.ident, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "Nothing waits on you" in proc.stdout
    fr = w.run("inbox", "--project", w.ident, "--lang", "fr")
    assert "Rien ne vous attend" in fr.stdout


# ------------------------------------------------------------------------------------ reply


def test_reply_to_a_support_ticket_goes_back_to_the_group_support_as_a_public_note(w):
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    answer = w.answer("reponse.md", ANSWER)
    before = answer.read_bytes()
    proc = w.run("reply", str(issue), "reponse.md", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Answer posted on issue #{issue}." in proc.stdout
    after = w.issue(issue)
    assert after["assigned_to"]["id"] == w.support
    assert after["status"]["name"] == "Information nécessaire"  # reply_status: none by default
    [note] = w.notes_by(issue, w.customer)
    assert text_of(note) == ANSWER.strip()
    assert note["private_notes"] is False
    assert answer.read_bytes() == before
    assert "does not wait on you" not in proc.stderr


def test_reply_to_a_gestion_de_projet_ticket_goes_back_to_its_project_manager(w):
    # The admin holds the manager's role too: the journal, not the role, says who had it.
    w.call("admin", "POST", f"/projects/{w.project['id']}/memberships.json",
           {"membership": {"user_id": w.server.users["admin"]["id"],
                           "role_ids": [w.server.roles["Chef de projet"]]}})
    issue = w.ticket("Gestion de projet")
    w.hand_over(issue, "Information nécessaire", w.customer, by="project_manager")
    proc = w.run("reply", str(issue), "-m", "Le formulaire à reprendre est celui des "
                 "inscriptions à la piscine, pour la rentrée de septembre.", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    after = w.issue(issue)
    assert after["assigned_to"]["id"] == w.manager
    [note] = w.notes_by(issue, w.customer)
    assert text_of(note).startswith("Le formulaire à reprendre")
    assert note["private_notes"] is False


def test_a_second_request_in_a_reply_is_refused_and_nothing_is_posted(w):
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    answer = w.answer("reponse.md", SECOND_REQUEST)
    before = answer.read_bytes()
    proc = w.run("reply", str(issue), "reponse.md", "--lang", "en")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "new request" in proc.stdout and "open a new ticket" in proc.stdout
    assert f"redlint new --project {w.ident}" in proc.stdout
    assert w.notes_by(issue, w.customer) == []
    assert w.issue(issue)["assigned_to"]["id"] == w.customer
    assert answer.read_bytes() == before


def test_a_reassignment_redmine_drops_is_said_and_exits_3(w):
    """The second customer may add notes but not edit the issue: Redmine keeps the note and
    silently drops the reassignment."""
    issue = w.ticket("Support", author="customer2")
    w.hand_over(issue, "Information nécessaire", w.customer2)
    answer = w.answer("reponse.md", ANSWER)
    before = answer.read_bytes()
    proc = w.run("reply", str(issue), "reponse.md", "--lang", "en", key="customer2")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert f"your answer is posted on issue #{issue}" in proc.stderr
    assert 'did not keep: the reassignment to "Support"' in proc.stderr
    assert "reassign it from its web page" in proc.stderr and "project manager" in proc.stderr
    assert w.issue(issue)["assigned_to"]["id"] == w.customer2
    assert len(w.notes_by(issue, w.customer2)) == 1
    assert answer.read_bytes() == before
    # Running it again does not post the answer twice.
    again = w.run("reply", str(issue), "reponse.md", "--lang", "en", key="customer2")
    assert again.returncode == 3
    assert len(w.notes_by(issue, w.customer2)) == 1


def test_replying_to_a_ticket_that_does_not_wait_on_me_warns(w):
    issue = w.ticket("Support")  # Nouveau, assigned to the group
    proc = w.run("reply", str(issue), "-m", "Nous avons constaté le même problème ce matin "
                 "sur la page de paiement.", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"issue #{issue} does not wait on you" in proc.stderr
    assert len(w.notes_by(issue, w.customer)) == 1


def test_reply_attachments_and_dry_run(w):
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    w.answer("capture.png", "")
    (w.folder / "capture.png").write_bytes(PNG)
    w.answer("reponse.md", ANSWER)
    dry = w.run("reply", str(issue), "reponse.md", "--attach", "capture.png", "--dry-run",
                "--lang", "en")
    assert dry.returncode == 0, dry.stderr
    assert "nothing is sent" in dry.stdout and f"PUT {w.server.url}/issues/{issue}.json" \
        in dry.stdout
    assert f'"assigned_to_id": {w.support}' in dry.stdout and '"private_notes": false' \
        in dry.stdout
    assert w.notes_by(issue, w.customer) == []

    outside = w.run("reply", str(issue), "reponse.md", "--attach", "/etc/passwd", "--lang", "en")
    assert outside.returncode == 2 and "outside the draft's folder" in outside.stderr
    assert w.notes_by(issue, w.customer) == []

    proc = w.run("reply", str(issue), "reponse.md", "--attach", "capture.png", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert [a["filename"] for a in w.issue(issue)["attachments"]] == ["capture.png"]


# ------------------------------------------------------------------------------------ close


def test_closing_a_resolved_ticket_closes_it(w):
    issue = w.ticket("Support")
    w.hand_over(issue, "Résolu (à déployer)", w.customer)
    proc = w.run("close", str(issue), "-m", "Vérifié ce matin, tout fonctionne.", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Issue #{issue} closed" in proc.stdout
    after = w.issue(issue)
    assert after["status"]["name"] == "Fermé"
    assert text_of(w.notes_by(issue, w.customer)[0]) == "Vérifié ce matin, tout fonctionne."
    again = w.run("close", str(issue), "--lang", "en")
    assert again.returncode == 0 and "already" in again.stdout


def test_closing_a_new_ticket_needs_force(w):
    issue = w.ticket("Support")
    proc = w.run("close", str(issue), "--lang", "en")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "--force" in proc.stderr and '"Nouveau"' in proc.stderr
    assert w.issue(issue)["status"]["name"] == "Nouveau"


def test_a_close_redmine_drops_is_said_and_exits_3(w):
    issue = w.ticket("Support", author="customer2")
    w.hand_over(issue, "Résolu (à déployer)", w.customer2)
    proc = w.run("close", str(issue), "--lang", "en", key="customer2")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert f"Redmine did not close issue #{issue}" in proc.stderr
    assert w.issue(issue)["status"]["name"] == "Résolu (à déployer)"


# ------------------------------------------------------------------- a lost answer, a retry


class DropProxy:
    """Forwards to the real Redmine, one request per connection; the answer to the first
    PUT /issues/N.json reaches Redmine and is dropped; with `then_down`, every later
    connection is cut at once (the customer's network went away)."""

    def __init__(self, upstream_port: int, then_down: bool):
        self.upstream_port = upstream_port
        self.then_down = then_down
        self.dropped = False
        self.writes = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket):
        try:
            if self.dropped and self.then_down:
                return
            conn.settimeout(60)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            while len(body) < length:
                body += conn.recv(65536)
            lines = [line for line in head.split(b"\r\n")
                     if not line.lower().startswith((b"connection:", b"keep-alive:"))]
            request = b"\r\n".join(lines + [b"Connection: close"]) + b"\r\n\r\n" + body
            method, path = head.split(b" ", 2)[:2]
            write = method == b"PUT" and b"/issues/" in path
            self.writes += write
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                answer = b""
                while chunk := up.recv(65536):
                    answer += chunk
            if write and not self.dropped:
                self.dropped = True
                return  # Redmine answered; the answer never reaches redlint
            conn.sendall(answer)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self._listener.close()


@pytest.fixture
def drop_proxy(redmine_server):
    proxies = []

    def start(then_down: bool) -> DropProxy:
        proxies.append(DropProxy(redmine_server.port, then_down))
        return proxies[-1]

    yield start
    for proxy in proxies:
        proxy.close()


def test_a_lost_answer_then_a_retry_posts_one_note(w, drop_proxy):
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    answer = w.answer("reponse.md", ANSWER)
    before = answer.read_bytes()
    relay = drop_proxy(then_down=True)
    failed = w.run("reply", str(issue), "reponse.md", "--lang", "en", url=relay.url)
    assert relay.dropped and relay.writes == 1
    assert failed.returncode == 3, failed.stdout + failed.stderr
    assert "may have been posted" in failed.stderr and "run the same command" in failed.stderr
    assert len(w.notes_by(issue, w.customer)) == 1  # Redmine did post it
    assert answer.read_bytes() == before

    retried = w.run("reply", str(issue), "reponse.md", "--lang", "en")
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert f"Answer found on issue #{issue}" in retried.stdout
    assert len(w.notes_by(issue, w.customer)) == 1  # still one
    assert w.issue(issue)["assigned_to"]["id"] == w.support
    assert answer.read_bytes() == before


def test_a_lost_answer_is_found_again_in_the_same_run(w, drop_proxy):
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    w.answer("reponse.md", ANSWER)
    relay = drop_proxy(then_down=False)
    proc = w.run("reply", str(issue), "reponse.md", "--lang", "en", url=relay.url)
    assert relay.dropped
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert relay.writes == 1  # found, not sent again
    assert len(w.notes_by(issue, w.customer)) == 1
    assert w.issue(issue)["assigned_to"]["id"] == w.support


def test_without_a_hand_over_in_the_journal_the_project_manager_is_found_by_role(w):
    issue = w.ticket("Gestion de projet", assigned=w.customer)  # the customer's own, from the start
    w.call("project_manager", "PUT", f"/issues/{issue}.json", {"issue": {
        "status_id": w.status["Information nécessaire"], "notes": "Quelle date visez-vous ?"}})
    proc = w.run("reply", str(issue), "-m", "Nous visons la rentrée de septembre, avec une "
                 "première version pour les agents en juin.", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert w.issue(issue)["assigned_to"]["id"] == w.manager


def test_the_status_a_reply_sets_is_a_setting(w):
    (w.folder / ".redlint.yaml").write_text(
        f"redmine:\n  project: {w.ident}\nworkflow:\n  reply_status: En cours\n",
        encoding="utf-8")
    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    proc = w.run("reply", str(issue), "-m", "Le formulaire concerné est celui de la piscine, "
                 "à la deuxième page.", "--lang", "en")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    after = w.issue(issue)
    assert (after["status"]["name"], after["assigned_to"]["id"]) == ("En cours", w.support)


def test_force_cannot_close_what_the_workflow_forbids_and_nothing_is_sent(w):
    issue = w.ticket("Support")  # Nouveau: the customer's workflow has no Nouveau -> Fermé
    proc = w.run("close", str(issue), "--force", "-m", "Finalement ce n'est plus utile.",
                 "--lang", "en")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "workflow does not let you" in proc.stderr and "nothing was sent" in proc.stderr
    assert w.notes_by(issue, w.customer) == []


def test_a_second_reply_to_the_same_ticket_at_the_same_time_sends_nothing(w):
    from redlint.redmine.lock import hold

    issue = w.ticket("Support")
    w.hand_over(issue, "Information nécessaire", w.customer)
    w.answer("reponse.md", ANSWER)
    locks = w.home / ".state" / "redlint" / "locks"
    with hold(locks, f"reply-{issue}-{w.customer}"):  # another reply is running
        proc = w.run("reply", str(issue), "reponse.md", "--lang", "en")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "another `redlint reply` is already answering" in proc.stderr
    assert w.notes_by(issue, w.customer) == []


def test_a_status_change_redmine_drops_is_said_too(w):
    """With a reply status set, the second customer's reply keeps its note only: both the
    status and the reassignment are named as not kept."""
    (w.folder / ".redlint.yaml").write_text(
        f"redmine:\n  project: {w.ident}\nworkflow:\n  reply_status: En cours\n",
        encoding="utf-8")
    issue = w.ticket("Support", author="customer2")
    w.hand_over(issue, "Information nécessaire", w.customer2)
    proc = w.run("reply", str(issue), "-m", "Le formulaire concerné est celui de la piscine, "
                 "à la deuxième page.", "--lang", "en", key="customer2")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert 'the status "En cours" (it stays "Information nécessaire")' in proc.stderr, proc.stderr
    assert w.issue(issue)["status"]["name"] == "Information nécessaire"
    assert len(w.notes_by(issue, w.customer2)) == 1
