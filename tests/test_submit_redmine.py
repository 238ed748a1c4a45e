"""`redlint submit` against a real Redmine 5, as the customer (a plain member, no admin).

Every run goes through the command line, in a subprocess, the way writers meet it. Issues are
counted with the admin key (from server.json) to prove "exactly one" or "none". Every run also
proves that no API key appears in its output. Network failures are made real: a closed port,
https on a plain-http port, and a tiny proxy on 127.0.0.1 in front of the real server that
drops the answer to the creation, delays it, answers 500, or never answers at all.
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

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
LOG = "ligne 1 : erreur 500\r\nligne 2 : délai dépassé\n".encode("utf-8")
RULES = """\
projects:
  ville-exemple:
    project_manager: [cdp, Camille Dupont]
redmine:
  timeout: {timeout}
support_hours:
  start: "09:00"
  end: "18:00"
"""


def token() -> str:
    return str(random.randrange(10**8, 10**9))


def support_draft(tok: str, *, project="ville-exemple", title=None, attachments=True,
                  assignee="Support") -> str:
    title = title or f"[Petite enfance] Le champ date de naissance refuse les dates anciennes " \
                     f"(dossier {tok})"
    files = "attachments: [capture.png, journal.txt]\n" if attachments else ""
    return f"""---
project: {project}
tracker: Support
assigned_to: {assignee}
title: "{title}"
priority: Normal
{files}---
Bonjour,

Sur le formulaire de pré-inscription en crèche, le champ « Date de naissance de l'enfant » refuse toute date antérieure au 1er janvier 2020. Les familles dont l'enfant est né fin 2019 ne peuvent donc pas déposer leur demande.

<!-- note pour moi : ne pas envoyer -->
Pour reproduire :
1. ouvrir le formulaire https://demarches.ville-exemple.fr/petite-enfance/pre-inscription-creche/ ;
2. saisir la date 14/11/2019 dans le champ « Date de naissance de l'enfant » ;
3. cliquer sur « Suivant » : le message « La date doit être postérieure au 01/01/2020 » s'affiche.

Le champ concerné : https://demarches.ville-exemple.fr/backoffice/forms/12/fields/7/

Nous n'avons pas modifié ce champ récemment. Constaté avec Firefox 128 sous Windows 11.

Merci d'avance,
Nadège Fabre, service Petite enfance
"""


SUPPORT_DESCRIPTION_START = "Bonjour,\n\nSur le formulaire de pré-inscription en crèche"


def gdp_draft(tok: str, *, project="ville-exemple", assignee="Camille Dupont") -> str:
    return f"""---
project: {project}
tracker: Gestion de projet
assigned_to: {assignee}
title: "[Urbanisme] Nouveau formulaire de demande de permis de végétaliser (dossier {tok})"
---
Bonjour Camille,

Nous souhaitons ouvrir aux habitants une démarche en ligne de demande de permis de végétaliser l'espace public, pour remplacer le formulaire papier actuel d'ici le printemps.

Le service Espaces verts instruira les demandes depuis le back-office, et nous aimerions en parler lors de notre prochain point projet.

Bien cordialement,
Julie Moreau, service Espaces verts
"""


# --------------------------------------------------------------------------------- the proxy


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        assert name.strip().lower() != b"transfer-encoding", "chunked requests not supported"
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    lines = [line for line in head.split(b"\r\n")
             if not line.lower().startswith((b"connection:", b"keep-alive:"))]
    return b"\r\n".join(lines + [b"Connection: close"]) + b"\r\n\r\n" + body


class Proxy:
    """One request per connection, forwarded to the real Redmine; `mode` says what goes wrong:

    forward             nothing
    drop-create         the first POST .../issues.json reaches Redmine, its answer is dropped
                        (the connection is closed after Redmine answered)
    drop-create-then-down   the same, then every later connection is cut at once
    slow-create         the first creation's answer comes `delay` seconds late (after redlint's
                        timeout)
    error-create        every creation gets a 500 without reaching Redmine
    tamper-create       `tamper(issue fields)` changes the creation on its way to Redmine
    hold-create         every creation is held `delay` seconds before it reaches Redmine
    rewrite             answers to (method, path starting with `rewrite[0]`) get the body
                        `rewrite[1]` instead of Redmine's (status 200, JSON)
    blackhole           connections are accepted and never answered
    """

    def __init__(self, upstream_port: int, mode: str = "forward", delay: float = 0.0,
                 tamper=None, rewrite: tuple[str, bytes] | None = None):
        self.rewrite = rewrite
        self.upstream_port = upstream_port
        self.mode = mode
        self.delay = delay
        self.tamper = tamper
        self.seen: list[tuple[str, str]] = []
        self.dropped = False
        self.down = False
        self._held: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def creations(self) -> int:
        return sum(1 for method, path in self.seen if method == "POST"
                   and path.split("?")[0].endswith("/issues.json"))

    def _serve(self):
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket):
        if self.mode == "blackhole":
            self._held.append(conn)  # never read, never answered, closed at the end
            return
        try:
            if self.down:
                return
            conn.settimeout(60)
            request = _read_request(conn)
            if request is None:
                return
            method, path = request.split(b" ", 2)[:2]
            method, path = method.decode(), path.decode()
            self.seen.append((method, path))
            creation = method == "POST" and path.split("?")[0].endswith("/issues.json")
            if creation and self.mode == "error-create":
                body = b'{"errors":["boom"]}'
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                             b"application/json\r\nContent-Length: %d\r\nConnection: close"
                             b"\r\n\r\n%s" % (len(body), body))
                return
            if self.mode == "rewrite" and f"{method} {path}".startswith(self.rewrite[0]):
                conn.sendall(ok_json(self.rewrite[1]))
                return
            if creation and self.mode == "hold-create":
                time.sleep(self.delay)  # the creation is under way; the issue does not exist yet
            if creation and self.mode == "tamper-create":
                head, _, body = request.partition(b"\r\n\r\n")
                document = json.loads(body)
                self.tamper(document["issue"])
                body = json.dumps(document).encode()
                head = b"\r\n".join(
                    b"Content-Length: %d" % len(body) if line.lower().startswith(b"content-length:")
                    else line for line in head.split(b"\r\n"))
                request = head + b"\r\n\r\n" + body
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                answer = b""
                while chunk := up.recv(65536):
                    answer += chunk
            if creation and not self.dropped and self.mode in (
                    "drop-create", "drop-create-then-down", "slow-create"):
                self.dropped = True
                if self.mode == "slow-create":
                    time.sleep(self.delay)  # redlint has given up waiting by now
                    conn.sendall(answer)
                if self.mode == "drop-create-then-down":
                    self.down = True
                return  # Redmine answered; the answer never reaches redlint
            conn.sendall(answer)
        except OSError:
            pass
        finally:
            if conn not in self._held:
                conn.close()

    def close(self):
        self._listener.close()
        for conn in self._held:
            conn.close()


def ok_json(body: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))


class FixedServer:
    """A tiny HTTP server on 127.0.0.1 answering every request with 200 and `body` (JSON of
    the wrong shape: a proxy's or a misconfigured server's page)."""

    def __init__(self, body: bytes):
        self.body = body
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                try:
                    if _read_request(conn) is not None:
                        conn.sendall(ok_json(self.body))
                except OSError:
                    pass

    def close(self):
        self._listener.close()


@pytest.fixture
def proxy(redmine_server):
    proxies = []

    def start(mode="forward", delay=0.0, tamper=None, rewrite=None) -> Proxy:
        proxies.append(Proxy(redmine_server.port, mode, delay, tamper, rewrite))
        return proxies[-1]

    yield start
    for item in proxies:
        item.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ----------------------------------------------------------------------------- the harness


class Harness:
    def __init__(self, server, folder: Path):
        self.server = server
        self.folder = folder
        self.home = folder / "home"
        self.home.mkdir()
        self.secrets = [key for key in server.api_keys.values() if key]
        self.entry = ["-m", "redlint"]
        self.rules(timeout=20)
        (folder / "capture.png").write_bytes(PNG)
        (folder / "journal.txt").write_bytes(LOG)

    def rules(self, *, timeout: float):
        (self.folder / ".redlint.yaml").write_text(RULES.format(timeout=timeout),
                                                    encoding="utf-8")

    def draft(self, name: str, text: str | bytes) -> Path:
        path = self.folder / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    def spawn(self, *args: str, url: str | None = None) -> subprocess.Popen:
        """Start redlint without waiting for it (see `finish`)."""
        return subprocess.Popen([sys.executable, *self.entry, *args], cwd=self.folder,
                                env=self.env(url=url), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)

    def finish(self, proc: subprocess.Popen, timeout: float = 180) -> subprocess.Popen:
        proc.stdout, proc.stderr = proc.communicate(timeout=timeout)
        for secret in self.secrets:
            assert secret not in proc.stdout + proc.stderr, "an API key appeared in the output"
        return proc

    def env(self, *, url: str | None = None, key: str | None = None,
            env_credentials: bool = True) -> dict:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "LANG": "C.UTF-8",
            "NO_COLOR": "1",
            "PYTHONIOENCODING": "utf-8",
        }
        if env_credentials:
            env["REDMINE_URL"] = url or self.server.url
            env["REDMINE_API_KEY"] = key if key is not None else self.server.customer_key
        return env

    def run(self, *args: str, url: str | None = None, key: str | None = None,
            env_credentials: bool = True, stdin: str | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
        env = self.env(url=url, key=key, env_credentials=env_credentials)
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, *self.entry, *args], cwd=self.folder, env=env,
            input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True, text=True, timeout=timeout,
            start_new_session=True)  # no terminal: getpass reads stdin, never /dev/tty
        proc.elapsed = time.monotonic() - started
        shown = proc.stdout + proc.stderr
        for secret in self.secrets + ([key] if key else []):
            assert secret not in shown, "an API key appeared in the output"
        return proc

    def api(self, path: str, **params) -> dict:
        answer = requests.get(self.server.url + path, params=params, timeout=30,
                              headers={"X-Redmine-API-Key": self.server.admin_key})
        answer.raise_for_status()
        return answer.json()

    def issues(self, tok: str) -> list[dict]:
        """Every issue (any project, any status) whose subject holds `tok`, seen by the admin."""
        return self.api("/issues.json", status_id="*", subject=f"~{tok}", limit=100)["issues"]

    def issue(self, issue_id: int) -> dict:
        return self.api(f"/issues/{issue_id}.json", include="attachments")["issue"]


@pytest.fixture
def h(redmine_server, tmp_path) -> Harness:
    return Harness(redmine_server, tmp_path)


def fields_of(path: Path) -> dict:
    from redlint.draft.parse import read_draft

    return {key: field.value for key, field in read_draft(str(path)).fields.items()}


pytestmark = pytest.mark.redmine


# ------------------------------------------------------------------------------ what works


def test_support_draft_lands_on_support_assigned_to_the_group_with_attachments(h):
    tok = token()
    draft = h.draft("support.md", support_draft(tok))
    before = draft.read_bytes()
    proc = h.run("submit", "support.md", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    [issue] = h.issues(tok)
    assert f"Issue #{issue['id']} created." in proc.stdout
    url = f"{h.server.url}/issues/{issue['id']}"
    assert url in proc.stdout
    assert "Support is" in proc.stdout  # when support will look at it

    issue = h.issue(issue["id"])
    assert issue["project"]["id"] == h.server.projects["ville-exemple"]["id"]
    assert issue["tracker"]["name"] == "Support"
    assert issue["assigned_to"]["id"] == h.server.groups["support"]["id"]
    assert issue["author"]["id"] == h.server.users["customer"]["id"]
    assert issue["priority"]["name"] == "Normal"
    description = issue["description"].replace("\r\n", "\n")
    assert description.startswith(SUPPORT_DESCRIPTION_START)
    assert description.endswith("Nadège Fabre, service Petite enfance")
    assert "note pour moi" not in description and "\n\n\nPour reproduire" not in description

    attachments = {a["filename"]: a for a in issue["attachments"]}
    assert set(attachments) == {"capture.png", "journal.txt"}
    for name, content in (("capture.png", PNG), ("journal.txt", LOG)):
        assert attachments[name]["filesize"] == len(content)
        got = requests.get(attachments[name]["content_url"], timeout=30,
                           headers={"X-Redmine-API-Key": h.server.admin_key})
        assert got.content == content

    # Written back: issue and url added before the closing ---, nothing else changed.
    after = draft.read_bytes()
    head, _, rest = before.partition(b"---\nBonjour")
    assert after == head + f"issue: {issue['id']}\nurl: {url}\n".encode() + b"---\nBonjour" + rest
    assert fields_of(draft)["issue"] == str(issue["id"])


def test_gestion_de_projet_lands_assigned_to_the_project_manager(h):
    tok = token()
    h.draft("gdp.md", gdp_draft(tok))
    proc = h.run("submit", "gdp.md", "--no-similar")
    assert proc.returncode == 0, proc.stderr
    [issue] = h.issues(tok)
    issue = h.issue(issue["id"])
    assert issue["tracker"]["name"] == "Gestion de projet"
    assert issue["assigned_to"]["id"] == h.server.users["project_manager"]["id"]
    assert issue["attachments"] == []
    assert f"Ticket #{issue['id']} créé." in proc.stdout  # French by default


def test_project_manager_by_login_and_project_by_name(h):
    tok = token()
    h.draft("gdp.md", gdp_draft(tok, project="Ville Exemple", assignee="cdp"))
    # The lint rule accepts the names .redlint.yaml lists; Redmine resolves the login.
    proc = h.run("submit", "gdp.md", "--no-similar")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [issue] = h.issues(tok)
    assert issue["assigned_to"]["id"] == h.server.users["project_manager"]["id"]
    assert issue["project"]["id"] == h.server.projects["ville-exemple"]["id"]


def test_crlf_and_bom_draft_is_written_back_byte_for_byte(h):
    tok = token()
    text = gdp_draft(tok).replace("\n", "\r\n")
    draft = h.draft("gdp.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    before = draft.read_bytes()
    proc = h.run("submit", "gdp.md", "--no-similar")
    assert proc.returncode == 0, proc.stderr
    [issue] = h.issues(tok)
    end = before.index(b"---\r\nBonjour")
    added = f"issue: {issue['id']}\r\nurl: {h.server.url}/issues/{issue['id']}\r\n".encode()
    assert draft.read_bytes() == before[:end] + added + before[end:]


def test_dry_run_shows_what_would_be_sent_and_sends_nothing(h):
    tok = token()
    draft = h.draft("support.md", support_draft(tok))
    before = draft.read_bytes()
    proc = h.run("submit", "support.md", "--dry-run", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "nothing is sent" in proc.stdout
    project_id = h.server.projects["ville-exemple"]["id"]  # python-redmine's path for creating
    assert f"POST {h.server.url}/projects/{project_id}/issues.json" in proc.stdout
    assert f'"assigned_to_id": {h.server.groups["support"]["id"]}' in proc.stdout
    assert f'"tracker_id": {h.server.trackers["Support"]}' in proc.stdout
    assert f"capture.png ({len(PNG)} bytes)" in proc.stdout
    assert f"journal.txt ({len(LOG)} bytes)" in proc.stdout
    assert h.issues(tok) == []
    assert draft.read_bytes() == before


def test_similar_open_issues_are_shown(h):
    tok = token()
    h.draft("first.md", gdp_draft(tok))
    assert h.run("submit", "first.md").returncode == 0
    [first] = h.issues(tok)
    # Another draft on the same subject (its own title): the first issue is shown as similar.
    h.draft("second.md", gdp_draft(tok).replace("Nouveau formulaire", "Formulaire"))
    proc = h.run("submit", "second.md", "--dry-run", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "Similar open issues" in proc.stdout
    assert f"#{first['id']}" in proc.stdout and f"/issues/{first['id']}" in proc.stdout
    skipped = h.run("submit", "second.md", "--dry-run", "--no-similar", "--lang", "en")
    assert "Similar open issues" not in skipped.stdout


# ---------------------------------------------------------------------- nothing sent twice


def test_failing_draft_creates_nothing(h):
    tok = token()
    draft = h.draft("bad.md", support_draft(tok, title=f"Toujours pas corrigé : le paiement échoue {tok}"))
    before = draft.read_bytes()
    proc = h.run("submit", "bad.md", "--lang", "en")
    assert proc.returncode == 1
    assert "title-tone" in proc.stdout  # an error: it blocks submit
    assert h.issues(tok) == []
    assert draft.read_bytes() == before


def test_second_submit_of_the_same_draft_creates_nothing(h):
    tok = token()
    draft = h.draft("support.md", support_draft(tok))
    assert h.run("submit", "support.md").returncode == 0
    [issue] = h.issues(tok)
    after_first = draft.read_bytes()
    proc = h.run("submit", "support.md", "--lang", "en")
    assert proc.returncode == 2
    assert f"already submitted: issue #{issue['id']}" in proc.stderr
    assert len(h.issues(tok)) == 1
    assert draft.read_bytes() == after_first


def test_dropped_answer_then_automatic_recovery_leaves_exactly_one_issue(h, proxy):
    tok = token()
    draft = h.draft("support.md", support_draft(tok))
    relay = proxy("drop-create")
    proc = h.run("submit", "support.md", "--lang", "en", url=relay.url)
    assert relay.dropped, "the proxy never saw the creation"
    assert proc.returncode == 0, proc.stderr
    [issue] = h.issues(tok)
    assert relay.creations() == 1  # found, not re-created
    assert f"Issue #{issue['id']} found" in proc.stdout
    assert fields_of(draft)["issue"] == str(issue["id"])
    assert {a["filename"] for a in h.issue(issue["id"])["attachments"]} == \
        {"capture.png", "journal.txt"}


def test_dropped_answer_then_retry_by_the_writer_leaves_exactly_one_issue(h, proxy):
    tok = token()
    draft = h.draft("support.md", support_draft(tok))
    before = draft.read_bytes()
    relay = proxy("drop-create-then-down")
    failed = h.run("submit", "support.md", "--lang", "en", url=relay.url)
    assert relay.dropped
    assert failed.returncode == 3
    assert "cannot reach" in failed.stderr and "may have been created" in failed.stderr
    assert "run the same command again" in failed.stderr
    assert draft.read_bytes() == before  # nothing written: the writer only knows it failed
    [issue] = h.issues(tok)  # ...but Redmine did create it

    preview = h.run("submit", "support.md", "--dry-run", "--lang", "en")
    assert preview.returncode == 0, preview.stderr
    assert f"identical issue you created was just found (#{issue['id']}" in preview.stdout
    assert "Similar open issues" not in preview.stdout

    retried = h.run("submit", "support.md", "--lang", "en")  # the writer runs it again
    assert retried.returncode == 0, retried.stderr
    assert [i["id"] for i in h.issues(tok)] == [issue["id"]]  # still exactly one
    assert f"Issue #{issue['id']} found" in retried.stdout
    assert fields_of(draft)["issue"] == str(issue["id"])


def test_a_copy_with_the_same_title_and_another_description_is_created_not_swallowed(h):
    """Issue #7: a different ticket with the same title, submitted within adopt_minutes, was
    'found' as if its creation answer had been lost, and its text never reached Redmine."""
    tok = token()
    text = support_draft(tok, attachments=False)
    h.draft("a.md", text)
    first = h.run("submit", "a.md", "--lang", "en", "--no-similar")
    assert first.returncode == 0, first.stderr
    [a] = h.issues(tok)
    other = "Le même champ refuse aussi les dates saisies au clavier sur mobile."
    b = h.draft("b.md", text.replace("Merci d'avance,", other + "\n\nMerci d'avance,"))
    second = h.run("submit", "b.md", "--lang", "en", "--no-similar")
    assert second.returncode == 0, second.stderr
    assert "found" not in second.stdout and "created." in second.stdout
    issues = h.issues(tok)
    assert len(issues) == 2
    [b_issue] = [i for i in issues if i["id"] != a["id"]]
    assert other in h.issue(b_issue["id"])["description"]
    assert fields_of(b)["issue"] == str(b_issue["id"])


BUSY = "another `redlint submit` is already sending this draft (or an identical copy)"


@pytest.mark.parametrize("second", ["a.md", "copy.md"])
def test_a_submit_while_another_is_creating_stops_and_creates_nothing(h, proxy, second):
    """Issue #7: two submits at once made two issues. The first holds its draft (and its
    ticket) locked for the whole run; the second, started while the first's creation is on its
    way to Redmine, stops with exit 2. Same draft, and an identical copy."""
    tok = token()
    text = support_draft(tok, attachments=False)
    draft = h.draft("a.md", text)
    copy = h.draft("copy.md", text) if second == "copy.md" else None
    relay = proxy("hold-create", delay=4)
    first = h.spawn("submit", "a.md", "--lang", "en", "--no-similar", url=relay.url)
    deadline = time.monotonic() + 60
    while relay.creations() == 0 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert relay.creations() == 1, "the first submit never reached the creation"
    other = h.run("submit", second, "--lang", "en", "--no-similar")
    h.finish(first)
    assert first.returncode == 0, first.stderr
    assert other.returncode == 2, other.stdout + other.stderr
    assert BUSY in other.stderr and len(other.stderr.strip().splitlines()) == 1
    [issue] = h.issues(tok)
    assert fields_of(draft)["issue"] == str(issue["id"])
    if copy is not None:
        assert copy.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("second", ["a.md", "copy.md"])
def test_two_submits_started_together_make_one_issue(h, second):
    tok = token()
    text = support_draft(tok, attachments=False)
    h.draft("a.md", text)
    if second == "copy.md":
        h.draft("copy.md", text)
    procs = [h.spawn("submit", name, "--lang", "en", "--no-similar") for name in ("a.md", second)]
    procs = [h.finish(proc) for proc in procs]
    assert sorted(proc.returncode for proc in procs) == [0, 2], [p.stderr for p in procs]
    assert len(h.issues(tok)) == 1


def test_answer_after_the_timeout_leaves_exactly_one_issue(h, proxy):
    tok = token()
    h.rules(timeout=3)
    draft = h.draft("gdp.md", gdp_draft(tok))
    relay = proxy("slow-create", delay=6)
    proc = h.run("submit", "gdp.md", "--no-similar", "--lang", "en", url=relay.url)
    assert proc.returncode == 0, proc.stderr
    [issue] = h.issues(tok)
    assert relay.creations() == 1
    assert fields_of(draft)["issue"] == str(issue["id"])


def test_a_silently_replaced_tracker_is_caught_by_reading_back(h, proxy):
    """Redmine answers 201 while putting the issue on another tracker than the one sent (here a
    tracker the project does not enable, slipped in by the proxy): the read-back catches it."""
    tok = token()
    enabled = set(h.server.projects["ville-exemple"]["tracker_ids"])
    other = next(i for i in h.server.trackers.values() if i not in enabled)
    draft = h.draft("gdp.md", gdp_draft(tok))
    relay = proxy("tamper-create", tamper=lambda issue: issue.update(tracker_id=other))
    proc = h.run("submit", "gdp.md", "--no-similar", "--lang", "en", url=relay.url)
    assert proc.returncode == 3
    [issue] = h.issues(tok)
    assert issue["tracker"]["name"] == "Support"  # the project's first tracker, silently
    assert f"issue #{issue['id']} was created" in proc.stderr
    assert 'tracker "Support" instead of "Gestion de projet"' in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    # The issue exists: the draft records it, so that a retry cannot make a second one.
    assert fields_of(draft)["issue"] == str(issue["id"])


@pytest.mark.parametrize("attachment, reason", [
    ("/etc/passwd", "outside the draft's folder"),
    ("../outside.txt", "outside the draft's folder"),
    ("link-out.txt", "outside the draft's folder"),  # a link in the folder, pointing outside
    ("home/.config/redlint/credentials.json", "redlint's credentials file"),
    ("x" * 300 + ".png", "invalid or too long file name"),
])
def test_attachments_outside_the_drafts_folder_are_refused(h, attachment, reason):
    """Issue #7: any file on disk could be uploaded. Only regular files inside the draft's
    folder can; the rest stops the submit (exit 2), nothing uploaded, nothing created."""
    (h.folder.parent / "outside.txt").write_text("secret\n", encoding="utf-8")
    (h.folder / "link-out.txt").symlink_to(h.folder.parent / "outside.txt")
    saved = h.home / ".config" / "redlint" / "credentials.json"
    saved.parent.mkdir(parents=True)
    saved.write_text('{"url": "http://127.0.0.1:1", "api_key": "f00"}', encoding="utf-8")
    tok = token()
    text = support_draft(tok).replace("attachments: [capture.png, journal.txt]",
                                      f"attachments: [capture.png, {json.dumps(attachment)}]")
    # The check side reports such attachments too; silenced here, submit must still refuse.
    text += "<!-- redlint-disable attachments -->\n"
    draft = h.draft("d.md", text)
    before = draft.read_bytes()
    for args in (("--dry-run",), ()):
        proc = h.run("submit", "d.md", "--lang", "en", "--no-similar", *args)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert reason in proc.stderr and "nothing was sent" in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr
    assert draft.read_bytes() == before
    assert h.issues(tok) == []


# ------------------------------------------------------------------ each failure: exit 3


def assert_failed(h, proc, draft: Path, before: bytes, tok: str, *messages: str):
    """Exit 3, one line naming the failure, no issue, and the draft exactly as it was: `before`
    must be the draft's bytes read BEFORE the run (read after, it would prove nothing)."""
    assert proc.returncode == 3, proc.stdout + proc.stderr
    for message in messages:
        assert message in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr  # one clear line
    assert "Traceback" not in proc.stderr
    assert draft.read_bytes() == before
    assert h.issues(tok) == []


def test_wrong_key_401(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en", key="0" * 40)
    assert_failed(h, proc, draft, before, tok, "refused the API key (401)")


def test_project_not_visible_403(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok, project="autre-ville"))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en")
    assert_failed(h, proc, draft, before, tok, "autre-ville", "(403)")


def test_unknown_project_404_lists_the_projects(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok, project="ville-inconnue"))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en")
    assert_failed(h, proc, draft, before, tok, "unknown project \"ville-inconnue\"",
                  "(404)", "ville-exemple (Ville Exemple)")


def test_validation_422_shows_redmines_own_message(h):
    tok = token()
    long_title = " ".join(["Anticonstitutionnellement"] * 10) + f" dossier {tok}"
    assert len(long_title) > 255
    draft = h.draft("d.md", support_draft(tok, title=long_title))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en", "--no-similar")
    assert_failed(h, proc, draft, before, tok, "(422)",
                  "Sujet est trop long (pas plus de 255 caractères)")


def test_unassignable_assignee_is_refused_before_creating(h):
    tok = token()
    draft = h.draft("d.md", gdp_draft(tok, assignee="Claude Client"))
    before = draft.read_bytes()
    (h.folder / ".redlint.yaml").write_text("redmine:\n  timeout: 20\n", encoding="utf-8")
    proc = h.run("submit", "d.md", "--lang", "en", "--no-similar")
    assert_failed(h, proc, draft, before, tok, "cannot be assigned issues")


@pytest.mark.parametrize("assignee, who", [
    ("Alice Agent", '"Alice Agent" is not a project manager'),  # a support agent
    ("agent1", '"Alice Agent" is not a project manager'),
    ("Support", '"Support" is not a project manager'),  # the group
])
def test_project_issue_for_someone_not_project_manager_is_refused(h, assignee, who):
    """Issue #7: a Gestion de projet issue assigned to a support agent (or the group) was
    created. The project's memberships say who holds the role "Chef de projet": exit 1,
    nothing created, even when the check side's `assignment` rule is silenced."""
    tok = token()
    draft = h.draft("d.md", gdp_draft(tok, assignee=assignee)
                    + "<!-- redlint-disable assignment -->\n")
    before = draft.read_bytes()
    (h.folder / ".redlint.yaml").write_text("redmine:\n  timeout: 20\n", encoding="utf-8")
    for args in (("--dry-run",), ()):
        proc = h.run("submit", "d.md", "--lang", "en", "--no-similar", *args)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert who in proc.stderr and "project manager of project \"Ville Exemple\" " \
            "(Camille Dupont); nothing was sent" in proc.stderr, proc.stderr
        assert "d.md:4:" in proc.stderr  # the assigned_to line
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert draft.read_bytes() == before
    assert h.issues(tok) == []


def test_project_manager_role_is_a_setting(h):
    tok = token()
    h.draft("d.md", gdp_draft(tok))
    (h.folder / ".redlint.yaml").write_text(
        "redmine:\n  timeout: 20\n  project_manager_role: Directeur\n", encoding="utf-8")
    proc = h.run("submit", "d.md", "--lang", "fr", "--no-similar")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "personne n'a le rôle « Directeur » dans le projet « Ville Exemple »" in proc.stderr
    assert h.issues(tok) == []


def test_unknown_assignee_lists_the_choices(h):
    tok = token()
    draft = h.draft("d.md", gdp_draft(tok, assignee="Jean Inconnu"))
    before = draft.read_bytes()
    (h.folder / ".redlint.yaml").write_text("redmine:\n  timeout: 20\n", encoding="utf-8")
    proc = h.run("submit", "d.md", "--lang", "en", "--no-similar")
    assert_failed(h, proc, draft, before, tok, "Jean Inconnu",
                  "Support (group)", "Camille Dupont (cdp)")


def test_tracker_not_enabled_is_refused_before_creating(h):
    tok = token()
    draft = h.draft("d.md", gdp_draft(tok, project="sans-gdp"))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en", "--no-similar")
    assert_failed(h, proc, draft, before, tok,
                  "tracker \"Gestion de projet\" is not enabled on project \"Sans GDP\"",
                  "enabled trackers: Support")


def test_server_error_500(h, proxy):
    tok = token()
    draft = h.draft("d.md", gdp_draft(tok))
    before = draft.read_bytes()
    relay = proxy("error-create")
    proc = h.run("submit", "d.md", "--lang", "en", "--no-similar", url=relay.url)
    assert_failed(h, proc, draft, before, tok, "server error (500)")
    assert relay.creations() == 1  # a 500 is an answer: no retry


WRONG_SHAPES = [b"[]", b"", b'{"user": "x"}', b"null", b'"x"', b"42", b'{"user": {}}',
                b'{"user": {"id": "abc"}}', b'{"user": []}']


@pytest.mark.parametrize("body", WRONG_SHAPES)
def test_valid_json_of_the_wrong_shape_is_exit_3(h, body):
    """Issue #7: `[]`, an empty 200 body or `{"user": "x"}` (a proxy, a misconfigured server)
    raised AttributeError (exit 1). It is a Redmine failure: exit 3, one line."""
    tok = token()
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    server = FixedServer(body)
    try:
        proc = h.run("submit", "d.md", "--lang", "en", url=server.url)
    finally:
        server.close()
    assert_failed(h, proc, draft, before, tok, "is not a Redmine API answer")


@pytest.mark.parametrize("where", [
    "GET /users/current.json", "GET /projects/ville-exemple.json",
    "GET /projects/1/memberships.json", "GET /enumerations/issue_priorities.json",
    "GET /projects/ville-exemple/search.json", "POST /uploads.json",
])
@pytest.mark.parametrize("body", [b"[]", b'{"user": "x"}', b'{"issues": 3, "memberships": '
                                  b'[3], "issue_priorities": "x", "results": {}, "upload": []}'])
def test_one_answer_of_the_wrong_shape_is_exit_3(h, proxy, where, body):
    tok = token()
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    relay = proxy("rewrite", rewrite=(where, body))
    proc = h.run("submit", "d.md", "--lang", "en", url=relay.url)
    assert_failed(h, proc, draft, before, tok, "is not a Redmine API answer")


def test_server_down_connection_refused(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en", url=f"http://127.0.0.1:{free_port()}")
    assert_failed(h, proc, draft, before, tok, "cannot reach", "connection refused")


def test_timeout_when_the_server_never_answers(h, proxy):
    tok = token()
    h.rules(timeout=2)
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    relay = proxy("blackhole")
    proc = h.run("submit", "d.md", "--lang", "en", url=relay.url, timeout=60)
    assert_failed(h, proc, draft, before, tok, "did not answer within 2 s")
    assert proc.elapsed < 20


def test_tls_error_https_on_a_plain_http_port(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "en",
                 url=f"https://127.0.0.1:{h.server.port}")
    assert_failed(h, proc, draft, before, tok, "TLS error")


def test_french_messages(h):
    tok = token()
    draft = h.draft("d.md", support_draft(tok, project="autre-ville"))
    before = draft.read_bytes()
    proc = h.run("submit", "d.md", "--lang", "fr")
    assert_failed(h, proc, draft, before, tok,
                  "le projet « autre-ville » existe mais vous n'y avez pas accès (403)")


# ---------------------------------------------------------------------------------- login


def test_login_stores_a_private_file_then_submit_uses_it(h):
    proc = h.run("login", "--url", h.server.url, "--lang", "en", env_credentials=False,
                 stdin=h.server.customer_key + "\n")
    assert proc.returncode == 0, proc.stderr
    saved = h.home / ".config" / "redlint" / "credentials.json"
    assert saved.is_file()
    if os.name == "posix":
        assert saved.stat().st_mode & 0o777 == 0o600
    assert "Claude Client" in proc.stdout

    tok = token()
    h.draft("gdp.md", gdp_draft(tok))
    proc = h.run("submit", "gdp.md", "--no-similar", env_credentials=False)
    assert proc.returncode == 0, proc.stderr
    assert len(h.issues(tok)) == 1

    saved.chmod(0o644)
    h.draft("other.md", gdp_draft(token()))
    proc = h.run("submit", "other.md", "--dry-run", "--lang", "en", env_credentials=False)
    assert proc.returncode == 0, proc.stderr
    assert "readable by other users" in proc.stderr and "chmod 600" in proc.stderr


def test_login_with_a_wrong_key_stores_nothing(h):
    proc = h.run("login", "--url", h.server.url, "--lang", "en", env_credentials=False,
                 stdin="f" * 40 + "\n")
    assert proc.returncode == 3
    assert "(401)" in proc.stderr
    assert not (h.home / ".config" / "redlint" / "credentials.json").exists()


def test_login_refuses_plain_http_elsewhere_than_loopback(h):
    proc = h.run("login", "--url", "http://redmine.example.com", "--lang", "en",
                 env_credentials=False, stdin="k" * 40 + "\n")
    assert proc.returncode == 2
    assert "unencrypted address refused" in proc.stderr
