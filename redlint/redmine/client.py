"""Everything that talks to Redmine: the only module with network code and Redmine's words.

Built on python-redmine 2.5.0, with what it lacks (measured on Redmine 5.0 from Debian):
- every request has a timeout: python-redmine ignores its own option, so the session's
  `request` is wrapped to pass one; redirects are not followed (a redirect to another host
  would carry the API key along);
- every failure becomes one RedmineError (exit code 3) with a one-line message in French or
  English, including what python-redmine leaves raw (requests' ConnectionError, timeouts,
  TLS errors, a page that is not JSON);
- a plain member cannot list groups: the group "Support" and the project manager are found
  through the project's memberships, among roles that may be assigned issues;
- Redmine answers success while ignoring what it does not accept (a tracker the project does
  not enable becomes the project's first tracker): every creation is read back and verified;
- exactly once: when the answer to a creation is lost, redlint looks for the issue this
  draft's intent record (redlint.redmine.intent) describes, and adopts it instead of creating a
  second one; an issue that merely shares the title is never adopted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import mimetypes
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import requests
import urllib3.exceptions  # requests' own transport: its exceptions tell refused from lost
from redminelib import Redmine
from redminelib import exceptions as rex

from redlint import __version__
from redlint.errors import RedmineError
from redlint.i18n import pick as _t
from redlint.redmine.intent import Intent, fields_digest, text_digest

DEFAULT_TIMEOUT = 30.0
ADOPT_WINDOW = dt.timedelta(minutes=10)
RECOVERY_PAUSE = 2.0  # seconds between two looks for an issue whose creation answer was lost
_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_\-]{0,99}")


class RequestLost(RedmineError):
    """The request may have reached Redmine, but its answer did not reach us."""

    def __init__(self, message: str, *, timed_out: bool = False):
        super().__init__(message)
        self.timed_out = timed_out


class VerificationError(RedmineError):
    """The issue exists, but Redmine did not keep everything that was sent."""

    def __init__(self, message: str, created: "Created"):
        super().__init__(message)
        self.created = created


# ------------------------------------------------------------------------------------ values


@dataclass(frozen=True, slots=True)
class Ref:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Principal:
    """Someone an issue can be assigned to: a group or a user."""

    id: int
    name: str
    kind: str  # "group" or "user"
    login: str = ""

    def describe(self, lang: str, number: int | None = None) -> str:
        details = [_t(lang, "groupe", "group")] if self.kind == "group" else \
            [self.login] if self.login else []
        if number is not None:
            details.append(f"#{number}")
        return f"{self.name} ({', '.join(details)})" if details else self.name


@dataclass(frozen=True, slots=True)
class Project:
    id: int
    identifier: str
    name: str
    trackers: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class Ticket:
    """What a draft asks for, in redlint's words, before any name is resolved."""

    project: str
    tracker: str
    title: str
    description: str
    assignee: str | None = None
    priority: str | None = None
    attachments: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """A ticket with every name resolved to Redmine's ids: exactly what will be sent."""

    ticket: Ticket
    user: Principal
    project: Project
    tracker: Ref
    assignee: Principal | None
    priority: Ref | None

    @property
    def subject(self) -> str:
        return self.ticket.title.strip()

    def issue_fields(self, uploads: list[dict] | None = None) -> dict:
        fields = {
            "project_id": self.project.id,
            "tracker_id": self.tracker.id,
            "subject": self.subject,
            "description": self.ticket.description,
        }
        if self.assignee is not None:
            fields["assigned_to_id"] = self.assignee.id
        if self.priority is not None:
            fields["priority_id"] = self.priority.id
        if uploads:
            fields["uploads"] = uploads
        return fields

    def intent(self, draft: str, redmine: str, started: dt.datetime) -> Intent:
        """The intent record of this plan, sent from `draft` to `redmine`."""
        import os

        return Intent(os.path.realpath(draft), redmine,
                      fields_digest(self.issue_fields(),
                                    tuple(p.name for p in self.ticket.attachments)),
                      self.project.id, self.user.id, self.subject,
                      text_digest(self.ticket.description), started)

    def requests(self) -> list[tuple[str, str, dict | None]]:
        """(method, path, JSON body) of each write, in order; upload tokens are placeholders."""
        writes: list[tuple[str, str, dict | None]] = []
        uploads = []
        for path in self.ticket.attachments:
            writes.append(("POST", f"/uploads.json?filename={path.name}", None))
            uploads.append(_upload_entry(path, f"<token of {path.name}>"))
        writes.append(("POST", "/issues.json", {"issue": self.issue_fields(uploads)}))
        return writes


@dataclass(frozen=True, slots=True)
class Similar:
    id: int
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Created:
    id: int
    url: str
    adopted: bool = False  # found already created (an earlier answer was lost), not re-created
    created_on: dt.datetime | None = None
    attachments: tuple[str, ...] = ()


def _upload_entry(path: Path, token: str) -> dict:
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {"token": token, "filename": path.name, "content_type": content_type}


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


# ----------------------------------------------------------------------------------- errors


def _status(exc: Exception) -> int | None:
    match = re.search(r"status code (\d{3})", str(exc))
    return int(match.group(1)) if match else None


def _connection_reason(exc: requests.exceptions.ConnectionError, lang: str) -> tuple[str, bool]:
    """(short reason, whether the request can have been sent) for a ConnectionError."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # MaxRetryError wraps the real cause
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return _t(lang, "nom d'hôte inconnu", "unknown host name"), False
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        if "refused" in str(reason).lower():
            return _t(lang, "connexion refusée (le serveur est-il démarré ?)",
                      "connection refused (is the server running?)"), False
        return _t(lang, "connexion impossible", "cannot connect"), False
    return _t(lang, "connexion coupée avant la réponse", "connection dropped before the answer"), \
        True


def translate(exc: BaseException, action: str, *, url: str, timeout: float,
              lang: str) -> RedmineError:
    """One RedmineError, with a one-line message, for anything python-redmine/requests raise."""
    where = url
    if isinstance(exc, RedmineError):
        return exc
    if isinstance(exc, rex.AuthError):
        return RedmineError(_t(lang, f"Redmine refuse la clé d'API (401) pendant {action} : "
                                     "vérifiez REDMINE_API_KEY ou relancez `redlint login`",
                               f"Redmine refused the API key (401) while {action}: check "
                               "REDMINE_API_KEY or run `redlint login` again"))
    if isinstance(exc, rex.ForbiddenError):
        return RedmineError(_t(lang, f"accès refusé par Redmine (403) pendant {action}",
                               f"Redmine denied access (403) while {action}"))
    if isinstance(exc, rex.ResourceNotFoundError):
        return RedmineError(_t(lang, f"introuvable sur Redmine (404) pendant {action}",
                               f"not found on Redmine (404) while {action}"))
    if isinstance(exc, rex.ValidationError):
        return RedmineError(_t(lang, f"Redmine a refusé {action} (422) : {exc}",
                               f"Redmine refused {action} (422): {exc}"))
    if isinstance(exc, rex.ServerError):
        return RedmineError(_t(lang, f"erreur interne du serveur Redmine (500) pendant {action} : "
                                     "réessayez plus tard, ou prévenez son administrateur",
                               f"Redmine server error (500) while {action}: try again later, "
                               "or tell its administrator"))
    if isinstance(exc, rex.RequestEntityTooLargeError):
        return RedmineError(_t(lang, f"trop volumineux pour le serveur (413) pendant {action}",
                               f"too large for the server (413) while {action}"))
    if isinstance(exc, rex.HTTPProtocolError):
        return RedmineError(_t(lang, f"{where} redirige entre http et https : indiquez l'adresse "
                                     "https exacte de Redmine",
                               f"{where} redirects between http and https: give Redmine's exact "
                               "https address"))
    if isinstance(exc, rex.JSONDecodeError):
        return _not_redmine(where, action, lang)
    if isinstance(exc, rex.UnknownError):
        status = _status(exc)
        if status is not None and 300 <= status < 400:
            return RedmineError(_t(lang, f"{where} répond par une redirection ({status}) : "
                                         "indiquez l'adresse exacte de Redmine (https, chemin)",
                                   f"{where} answers with a redirect ({status}): give Redmine's "
                                   "exact address (https, path)"))
        if status in (502, 504):
            return RequestLost(_t(lang, f"Redmine injoignable derrière sa passerelle ({status}) "
                                        f"pendant {action} : réessayez plus tard",
                                  f"Redmine unreachable behind its gateway ({status}) while "
                                  f"{action}: try again later"))
        if status is not None and status >= 500:
            return RedmineError(_t(lang, f"Redmine indisponible ({status}) pendant {action} : "
                                         "réessayez plus tard",
                                   f"Redmine unavailable ({status}) while {action}: try again "
                                   "later"))
        return RedmineError(_t(lang, f"réponse inattendue de Redmine ({status}) pendant {action}",
                               f"unexpected answer from Redmine ({status}) while {action}"))
    if isinstance(exc, rex.NoFileError):
        return RedmineError(_t(lang, f"fichier absent ou vide pendant {action}",
                               f"missing or empty file while {action}"))
    if isinstance(exc, rex.BaseRedmineError):
        return RedmineError(_t(lang, f"erreur Redmine pendant {action} : {exc}",
                               f"Redmine error while {action}: {exc}"))
    if isinstance(exc, requests.exceptions.SSLError):
        detail = _ssl_detail(exc)
        return RedmineError(_t(lang, f"erreur TLS avec {where} ({detail}) : certificat non "
                                     "reconnu, ou pas de https sur ce port ; rien n'a été envoyé",
                               f"TLS error with {where} ({detail}): untrusted certificate, or "
                               "no https on this port; nothing was sent"))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RedmineError(_t(lang, f"{where} ne répond pas (pas de connexion en {timeout:g} s) "
                                     f"pendant {action}",
                               f"{where} does not answer (no connection within {timeout:g} s) "
                               f"while {action}"))
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return RequestLost(_t(lang, f"Redmine n'a pas répondu en {timeout:g} s pendant {action}",
                              f"Redmine did not answer within {timeout:g} s while {action}"),
                           timed_out=True)
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason, maybe_sent = _connection_reason(exc, lang)
        message = _t(lang, f"impossible de joindre {where} pendant {action} : {reason}",
                     f"cannot reach {where} while {action}: {reason}")
        return RequestLost(message) if maybe_sent else RedmineError(message)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return RequestLost(_t(lang, f"réponse de Redmine interrompue pendant {action}",
                              f"Redmine's answer was cut off while {action}"))
    if isinstance(exc, requests.exceptions.RequestException):
        return RedmineError(_t(lang, f"échec de la requête vers {where} pendant {action} : "
                                     f"{type(exc).__name__}",
                               f"request to {where} failed while {action}: "
                               f"{type(exc).__name__}"))
    if isinstance(exc, (ValueError, KeyError, TypeError, AttributeError, IndexError)):
        # Valid JSON of the wrong shape (`[]`, `{"user": "x"}`, an empty body): a proxy's or a
        # misconfigured server's page. Every answer is parsed inside `Client._errors`.
        return _not_redmine(where, action, lang)
    if isinstance(exc, OSError):
        return RedmineError(_t(lang, f"erreur réseau pendant {action} : {exc.strerror or exc}",
                               f"network error while {action}: {exc.strerror or exc}"))
    raise exc  # a programming error: let it show


def _not_redmine(where: str, action: str, lang: str) -> RedmineError:
    return RedmineError(_t(lang, f"la réponse de {where} n'est pas celle d'une API Redmine "
                                 f"(pendant {action}) : vérifiez l'adresse et que l'API REST "
                                 "est activée",
                           f"the answer of {where} is not a Redmine API answer (while "
                           f"{action}): check the address and that the REST API is enabled"))


def _object(value, key: str | None = None) -> dict:
    """`value` (or `value[key]`) when it is a JSON object; TypeError (translated) otherwise."""
    if key is not None:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, dict):
        raise TypeError("not a JSON object")
    return value


def _objects(value) -> list[dict]:
    """`value` when it is a list of JSON objects; TypeError (translated) otherwise."""
    items = list(value) if isinstance(value, (list, tuple)) else None
    if items is None or not all(isinstance(item, dict) for item in items):
        raise TypeError("not a list of JSON objects")
    return items


def _ssl_detail(exc: Exception) -> str:
    text = str(exc)
    for pattern in (r"\[SSL: ([A-Z_]+)\]", r"(certificate verify failed[^)'\"]*)",
                    r"(wrong version number)", r"(hostname [^)'\"]*)"):
        match = re.search(pattern, text)
        if match:
            return match.group(1).lower().replace("_", " ")
    return "handshake failed"


# ----------------------------------------------------------------------------------- client


class Client:
    """A connection to one Redmine as one user. Every method raises only RedmineError."""

    def __init__(self, url: str, api_key: str, *, timeout: float = DEFAULT_TIMEOUT,
                 lang: str = "fr"):
        self.url = url.rstrip("/")
        self.timeout = float(timeout)
        self.lang = lang
        self._roles: dict[int, bool] = {}
        self._members: dict[int, list[dict]] = {}
        self._redmine = Redmine(self.url, key=api_key)
        session = self._redmine.engine.session
        session.verify = True
        session.headers["User-Agent"] = f"redlint/{__version__}"
        send = session.request
        timeout_value = self.timeout

        def request(method, url, **kwargs):
            # python-redmine 2.5.0 passes no timeout and follows redirects: fix both here.
            kwargs["timeout"] = timeout_value
            kwargs["allow_redirects"] = False
            return send(method, url, **kwargs)

        session.request = request

    def __repr__(self) -> str:  # the key stays out of any traceback or log
        return f"Client(url={self.url!r})"

    def _(self, fr: str, en: str) -> str:
        return _t(self.lang, fr, en)

    @contextlib.contextmanager
    def _errors(self, action: str, **special):
        """Translate failures; `special` maps an exception class name to a ready message."""
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - everything becomes a RedmineError
            message = special.get(type(exc).__name__)
            if message is not None:
                raise RedmineError(message) from None
            raise translate(exc, action, url=self.url, timeout=self.timeout,
                            lang=self.lang) from None

    def _get(self, path: str, container: str | None = None, **params) -> dict:
        """The JSON object at `path` (its `container` member): call inside `_errors`."""
        return _object(self._redmine.engine.request("get", self.url + path, params=params),
                       container)

    def _get_all(self, path: str, container: str, **params) -> list[dict]:
        results, _total = self._redmine.engine.bulk_request("get", self.url + path, container,
                                                            **params)
        return _objects(results)

    # --------------------------------------------------------------------------- reading

    def current_user(self) -> Principal:
        """Who the API key belongs to (also the cheapest check of the address and the key)."""
        with self._errors(self._("la vérification de la clé d'API", "checking the API key")):
            user = self._get("/users/current.json", "user")
            login = str(user.get("login") or "")
            name = " ".join(str(p) for p in (user.get("firstname"), user.get("lastname")) if p)
            return Principal(int(user["id"]), name or login, "user", login)

    def project(self, wanted: str) -> Project:
        """A project by identifier (or id), else by name among the projects the user sees."""
        wanted = wanted.strip()
        action = self._(f"la lecture du projet « {wanted} »", f"reading project \"{wanted}\"")
        forbidden = self._(f"le projet « {wanted} » existe mais vous n'y avez pas accès (403) : "
                           "demandez à en être membre, ou corrigez le champ project",
                           f"project \"{wanted}\" exists but you have no access to it (403): ask "
                           "to be made a member, or fix the project field")
        if _IDENTIFIER.fullmatch(wanted):
            with self._errors(action, ForbiddenError=forbidden):
                try:
                    data = self._get(f"/projects/{wanted}.json", "project", include="trackers")
                except rex.ResourceNotFoundError:
                    data = None  # maybe a name: look among the visible projects
                if data is not None:
                    return self._project(data)
        with self._errors(self._("la liste de vos projets", "listing your projects")):
            visible = [(str(p["identifier"]), str(p["name"]), int(p["id"]))
                       for p in self._get_all("/projects.json", "projects")]
        folded = _fold(wanted)
        matches = [p for p in visible if folded in (_fold(p[0]), _fold(p[1]))]
        if len(matches) == 1:
            with self._errors(action, ForbiddenError=forbidden):
                return self._project(self._get(f"/projects/{matches[0][2]}.json", "project",
                                               include="trackers"))
        choices = ", ".join(f"{identifier} ({name})" for identifier, name, _ in visible) or \
            self._("aucun", "none")
        raise RedmineError(self._(f"projet inconnu « {wanted} » (404) : vos projets sont {choices}",
                                  f"unknown project \"{wanted}\" (404): your projects are "
                                  f"{choices}"))

    @staticmethod
    def _project(data: dict) -> Project:
        return Project(int(data["id"]), str(data["identifier"]), str(data["name"]),
                       tuple(Ref(int(t["id"]), str(t["name"]))
                             for t in _objects(data.get("trackers", []))))

    def tracker(self, project: Project, wanted: str) -> Ref:
        folded = _fold(wanted)
        for tracker in project.trackers:
            if _fold(tracker.name) == folded:
                return tracker
        enabled = ", ".join(t.name for t in project.trackers) or self._("aucun", "none")
        raise RedmineError(self._(
            f"le tracker « {wanted} » n'est pas activé sur le projet « {project.name} » : "
            f"trackers possibles : {enabled} ; rien n'a été envoyé",
            f"tracker \"{wanted}\" is not enabled on project \"{project.name}\": enabled "
            f"trackers: {enabled}; nothing was sent"))

    def _role_assignable(self, role_id: int) -> bool:
        if role_id not in self._roles:
            try:
                with self._errors(self._("la lecture des rôles", "reading roles")):
                    self._roles[role_id] = bool(
                        self._get(f"/roles/{role_id}.json", "role").get("assignable", True))
            except RedmineError:
                self._roles[role_id] = True  # unknown: Redmine itself will check (422)
        return self._roles[role_id]

    def _login(self, user_id: int) -> str:
        try:
            with self._errors(self._("la lecture d'un utilisateur", "reading a user")):
                return str(self._get(f"/users/{user_id}.json", "user").get("login") or "")
        except RedmineError:
            return ""

    def _memberships(self, project: Project) -> list[dict]:
        if project.id not in self._members:
            with self._errors(self._(f"la lecture des membres du projet « {project.name} »",
                                     f"reading the members of project \"{project.name}\"")):
                memberships = self._get_all(f"/projects/{project.id}/memberships.json",
                                            "memberships")
                for membership in memberships:  # the shape the loops below rely on
                    who = _object(membership.get("group") or membership.get("user"))
                    int(who["id"]), str(who.get("name", ""))
                    for role in _objects(membership.get("roles", [])):
                        int(role["id"]), str(role.get("name", ""))
                self._members[project.id] = memberships
        return self._members[project.id]

    def members_with_role(self, project: Project, role: str) -> list[Principal]:
        """The groups and users that hold the role named `role` in the project (directly or
        through a group)."""
        wanted = _fold(role)
        found: dict[tuple[str, int], Principal] = {}
        for membership in self._memberships(project):
            kind = "group" if "group" in membership else "user"
            who = membership.get(kind)
            if who and any(_fold(r.get("name", "")) == wanted
                           for r in membership.get("roles", ())):
                found.setdefault((kind, who["id"]), Principal(who["id"], who.get("name", ""),
                                                              kind))
        return list(found.values())

    def assignees(self, project: Project) -> tuple[list[Principal], list[Principal]]:
        """(assignable, others) among the project's members: groups and users, no admin rights
        needed (groups cannot be listed by a plain member, memberships can)."""
        memberships = self._memberships(project)
        assignable: dict[tuple[str, int], Principal] = {}
        others: dict[tuple[str, int], Principal] = {}
        for membership in memberships:
            kind = "group" if "group" in membership else "user"
            who = membership.get(kind)
            if not who:
                continue
            principal = Principal(who["id"], who.get("name", ""), kind)
            roles = [role["id"] for role in membership.get("roles", ())]
            target = assignable if any(self._role_assignable(r) for r in roles) else others
            target.setdefault((kind, principal.id), principal)
        for key in assignable:
            others.pop(key, None)
        return list(assignable.values()), list(others.values())

    def assignee(self, project: Project, wanted: str) -> Principal:
        """The group or user `wanted` (a name, or a user's login) among assignable members."""
        assignable, others = self.assignees(project)
        folded = _fold(wanted)
        matches = [p for p in assignable if _fold(p.name) == folded]
        if not matches:  # maybe a login: logins are not in memberships, ask for them
            assignable = [p if p.kind == "group" else
                          Principal(p.id, p.name, p.kind, self._login(p.id)) for p in assignable]
            matches = [p for p in assignable if p.login and _fold(p.login) == folded]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            logins = ", ".join(m.login or str(m.id) for m in matches)
            raise RedmineError(self._(f"plusieurs membres s'appellent « {wanted} » dans le projet "
                                      f"« {project.name} » : indiquez l'identifiant ({logins})",
                                      f"several members are called \"{wanted}\" in project "
                                      f"\"{project.name}\": give the login ({logins})"))
        if any(_fold(p.name) == folded for p in others):
            raise RedmineError(self._(f"« {wanted} » est membre du projet « {project.name} » mais "
                                      "ne peut pas recevoir de tickets ; rien n'a été envoyé",
                                      f"\"{wanted}\" is a member of project \"{project.name}\" "
                                      "but cannot be assigned issues; nothing was sent"))
        choices = ", ".join(p.describe(self.lang) for p in assignable) or self._("aucun", "none")
        raise RedmineError(self._(
            f"« {wanted} » n'est ni un groupe ni une personne assignable du projet "
            f"« {project.name} » : choix possibles : {choices} ; rien n'a été envoyé",
            f"\"{wanted}\" is no group or person issues can be assigned to in project "
            f"\"{project.name}\": choices: {choices}; nothing was sent"))

    def priority(self, wanted: str) -> Ref:
        with self._errors(self._("la lecture des priorités", "reading priorities")):
            priorities = [{"id": int(p["id"]), "name": str(p["name"]),
                           "active": p.get("active", True)}
                          for p in self._get_all("/enumerations/issue_priorities.json",
                                                 "issue_priorities")]
        folded = _fold(wanted)
        for priority in priorities:
            if _fold(priority["name"]) == folded and priority.get("active", True):
                return Ref(priority["id"], priority["name"])
        names = ", ".join(p["name"] for p in priorities if p.get("active", True))
        raise RedmineError(self._(f"priorité inconnue « {wanted} » : priorités possibles : {names}",
                                  f"unknown priority \"{wanted}\": priorities: {names}"))

    def resolve(self, ticket: Ticket) -> Plan:
        """Every name of the ticket resolved, or a RedmineError listing the valid choices.
        Nothing is written."""
        user = self.current_user()
        project = self.project(ticket.project)
        tracker = self.tracker(project, ticket.tracker)
        assignee = self.assignee(project, ticket.assignee) if ticket.assignee else None
        priority = self.priority(ticket.priority) if ticket.priority else None
        return Plan(ticket, user, project, tracker, assignee, priority)

    def similar(self, plan: Plan, limit: int = 5) -> list[Similar]:
        """Open issues of the project whose title shares key words with the ticket's title."""
        words = keywords(plan.subject)
        if not words or limit <= 0:
            return []
        with self._errors(self._("la recherche de tickets similaires",
                                 "searching for similar issues")):
            data = self._get(f"/projects/{plan.project.identifier}/search.json",
                             q=" ".join(words), issues=1, titles_only=1, open_issues=1,
                             all_words="", limit=50)
            results = _objects(data["results"])
            for result in results:
                int(result["id"]), str(result.get("title", "")), str(result.get("type", ""))
        needed = max(1, math.ceil(len(words) / 2))
        scored = []
        for result in results:
            if result.get("type") not in ("issue", None):
                continue  # "issue-closed"
            title = _fold(result.get("title", ""))
            score = sum(1 for word in words if _fold(word) in title)
            if score >= needed:
                scored.append((-score, -int(result.get("id", 0)), result))
        scored.sort(key=lambda item: item[:2])
        return [Similar(int(r["id"]), r.get("title", ""), r.get("url") or
                        f"{self.url}/issues/{r['id']}") for _, _, r in scored[:limit]]

    def find_intended(self, intent: Intent, window: dt.timedelta = ADOPT_WINDOW,
                      now: dt.datetime | None = None) -> Created | None:
        """The issue `intent` recorded, if Redmine created it: same project, author, subject
        and description, created since the intent was written and within `window`."""
        if not window:
            return None
        now = now or dt.datetime.now(dt.timezone.utc)
        with self._errors(self._("la recherche d'un ticket déjà créé",
                                 "looking for an issue already created")):
            issues = self._get("/issues.json", project_id=intent.project_id, author_id="me",
                               status_id="*", subject=f"~{intent.subject}", sort="id:desc",
                               limit=50).get("issues", [])
            for issue in _objects(issues):
                _object(issue.get("project") or {}), _object(issue.get("author") or {})
                if intent.matches(issue, window, now):
                    return Created(int(issue["id"]), self.issue_url(int(issue["id"])),
                                   adopted=True, created_on=_parse_time(issue.get("created_on")))
        return None

    def issue_url(self, issue_id: int) -> str:
        return f"{self.url}/issues/{issue_id}"

    # --------------------------------------------------------------------------- writing

    def upload(self, path: Path) -> dict:
        action = self._(f"l'envoi de la pièce jointe « {path.name} »",
                        f"uploading attachment \"{path.name}\"")
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise RedmineError(self._(f"pièce jointe illisible « {path} » : {exc.strerror}",
                                      f"cannot read attachment \"{path}\": {exc.strerror}")) \
                from None
        with handle, self._errors(action):
            token = self._redmine.upload(handle, filename=path.name)["token"]
            if not isinstance(token, str) or not token:
                raise TypeError("no upload token")
        return _upload_entry(path, token)

    def _create(self, plan: Plan, uploads: list[dict]) -> int:
        action = self._("la création du ticket", "creating the issue")
        with self._errors(action):
            answer = self._redmine.engine.request(
                "post", f"{self.url}/issues.json", data={"issue": plan.issue_fields(uploads)})
            return int(answer["issue"]["id"])

    def create(self, plan: Plan, intent: Intent, *, window: dt.timedelta = ADOPT_WINDOW,
               pause: float = RECOVERY_PAUSE) -> Created:
        """Create the issue once, then read it back and verify it.

        `intent` must be recorded (redlint.redmine.intent) before this is called. When the
        answer to the creation is lost, redlint looks (twice, `pause` apart) for the issue that
        intent describes before re-creating, once; after a timeout it never re-creates (Redmine
        may still be working on it): the next run of the same draft adopts it.
        """
        uploads = [self.upload(path) for path in plan.ticket.attachments]
        adopted = False
        try:
            issue_id = self._create(plan, uploads)
        except RequestLost as lost:
            found = self._recover(lost, intent, window, pause)
            if found is not None:
                issue_id, adopted = found.id, True
            elif lost.timed_out:
                raise RedmineError(self._(
                    f"{lost.message} ; le ticket a peut-être été créé : relancez la même commande "
                    "dans un moment, redlint le retrouvera au lieu d'en créer un second",
                    f"{lost.message}; the issue may have been created: run the same command "
                    "again in a moment, redlint will find it instead of creating a second one"))
            else:
                try:
                    issue_id = self._create(plan, uploads)
                except RequestLost as again:
                    found = self._recover(again, intent, window, pause)
                    if found is None:
                        raise RedmineError(self._(
                            f"{again.message} ; le ticket a peut-être été créé : relancez la même "
                            "commande dans un moment, redlint le retrouvera",
                            f"{again.message}; the issue may have been created: run the same "
                            "command again in a moment, redlint will find it")) from None
                    issue_id, adopted = found.id, True
        return self.verify(issue_id, plan, adopted=adopted)

    def _recover(self, lost: RequestLost, intent: Intent, window: dt.timedelta,
                 pause: float) -> Created | None:
        """Look (twice, `pause` apart) for the issue whose creation answer was lost."""
        try:
            for attempt in range(2):
                if attempt:
                    time.sleep(pause)
                found = self.find_intended(intent, window)
                if found is not None:
                    return found
        except RedmineError as exc:
            raise RedmineError(self._(
                f"{lost.message} ; le ticket a peut-être été créé mais redlint n'a pas pu le "
                f"vérifier ({exc.message}) : relancez la même commande dans un moment, redlint le "
                "retrouvera au lieu d'en créer un second",
                f"{lost.message}; the issue may have been created but redlint could not check "
                f"({exc.message}): run the same command again in a moment, redlint will find it "
                "instead of creating a second one")) from None
        return None

    def verify(self, issue_id: int, plan: Plan, *, adopted: bool = False) -> Created:
        """Read the issue back; VerificationError when Redmine did not keep what was sent."""
        with self._errors(self._(f"la relecture du ticket #{issue_id}",
                                 f"reading issue #{issue_id} back")):
            issue = self._get(f"/issues/{issue_id}.json", "issue", include="attachments")
            attachments = tuple(str(a.get("filename", ""))
                                for a in _objects(issue.get("attachments", [])))
            for member in ("project", "tracker", "assigned_to", "priority"):
                _object(issue.get(member) or {})
            created = Created(int(issue["id"]), self.issue_url(int(issue["id"])), adopted,
                              _parse_time(issue.get("created_on")), attachments)
        problems = []

        def differs(label_fr, label_en, sent, kept):
            problems.append(self._(f"{label_fr} « {kept or '-'} » au lieu de « {sent} »",
                                   f"{label_en} \"{kept or '-'}\" instead of \"{sent}\""))

        project, tracker = issue.get("project", {}), issue.get("tracker", {})
        assigned = issue.get("assigned_to") or {}
        if project.get("id") != plan.project.id:
            differs("projet", "project", plan.project.name, project.get("name"))
        if tracker.get("id") != plan.tracker.id:
            differs("tracker", "tracker", plan.tracker.name, tracker.get("name"))
        if plan.assignee is not None and assigned.get("id") != plan.assignee.id:
            differs("assigné à", "assignee", plan.assignee.name, assigned.get("name"))
        if plan.priority is not None and issue.get("priority", {}).get("id") != plan.priority.id:
            differs("priorité", "priority", plan.priority.name,
                    issue.get("priority", {}).get("name"))
        if (issue.get("subject") or "").strip() != plan.subject:
            differs("titre", "title", plan.subject, issue.get("subject"))
        missing = [p.name for p in plan.ticket.attachments if p.name not in attachments]
        if missing:
            problems.append(self._(f"pièces jointes absentes : {', '.join(missing)}",
                                   f"attachments missing: {', '.join(missing)}"))
        if problems:
            raise VerificationError(self._(
                f"ticket #{created.id} créé ({created.url}) mais Redmine n'a pas gardé ce qui a été "
                f"envoyé : {' ; '.join(problems)} ; corrigez-le dans Redmine",
                f"issue #{created.id} was created ({created.url}) but Redmine did not keep what "
                f"was sent: {'; '.join(problems)}; fix it in Redmine"), created)
        return created


# ---------------------------------------------------------------------------------- search

_STOP_WORDS = frozenset("""
    avec dans depuis pour sans sous sur vers chez entre leur leurs notre nous vous votre cette
    cela ceci sont est être fait faire peut plus moins tout tous toute toutes même comme quand
    aussi encore alors donc mais très bien lors après avant elle elles ils pas par une des les
    aux qui que quoi dont où the and for with from into that this when does not are was were
    have has been can cannot will would should after before about over under page ticket
    demande problème problem issue bonjour merci
""".split())


def keywords(title: str, limit: int = 5) -> list[str]:
    """The title's most telling words for Redmine's search (which keeps 5 words at most)."""
    title = re.sub(r"^\s*\[[^\]]*\]\s*", "", title)  # a "[Context]" prefix matches everything
    words, seen = [], set()
    for word in re.findall(r"\w+", title):
        folded = _fold(word)
        if len(word) < 4 or word.isdigit() or folded in _STOP_WORDS or folded in seen:
            continue
        seen.add(folded)
        words.append(word)
    words.sort(key=len, reverse=True)  # longer words are rarer
    return words[:limit]

