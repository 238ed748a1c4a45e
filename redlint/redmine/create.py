"""Exactly-once creation of an issue: upload, create, recover a lost answer, read back.

The caller records the intent (redlint.redmine.intent) and holds the locks
(redlint.redmine.lock) before `Creator.create`; this module then:
- uploads the attachments and creates the issue with python-redmine (`redmine.upload`,
  `redmine.issue.create`);
- when the answer to the creation is lost (RequestLost: a dropped connection, a gateway error,
  an answer that is not Redmine's), looks for the issue the intent describes (twice, a little
  apart) and adopts it; if none, re-creates once (with fresh uploads: the first creation may
  have used the tokens up), except after a timeout, when Redmine may still be working on it:
  then the next run of the same draft adopts it;
- reads the issue back and compares it with what was sent: Redmine answers success while
  ignoring what it does not accept (a tracker the project does not enable becomes the
  project's first one). VerificationError carries the issue that exists anyway.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from redlint.errors import RedmineError
from redlint.i18n import tr
from redlint.redmine.connection import Connection
from redlint.redmine.errors import (
    NotRedmineAnswer,
    RequestLost,
    expect_object,
    expect_objects,
)
from redlint.redmine.intent import Intent
from redlint.redmine.values import parse_time
from redlint.redmine.plan import Created, Plan, upload_entry

ADOPT_WINDOW = dt.timedelta(minutes=10)
RECOVERY_PAUSE = 2.0  # seconds between two looks for an issue whose creation answer was lost


class VerificationError(RedmineError):
    """The issue exists, but Redmine did not keep everything that was sent."""

    def __init__(self, message: str, created: Created):
        super().__init__(message)
        self.created = created


class Creator:
    """Creates issues on one connection."""

    def __init__(self, connection: Connection):
        self.c = connection

    def upload(self, path: Path) -> dict:
        c = self.c
        action = tr(f"l'envoi de la pièce jointe « {path.name} »",
                    f"uploading attachment \"{path.name}\"")
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise RedmineError(tr(f"pièce jointe illisible « {path} » : {exc.strerror}",
                                  f"cannot read attachment \"{path}\": {exc.strerror}")) \
                from None
        with handle, c.calling(action):
            token = expect_object(c.redmine.upload(handle, filename=path.name))["token"]
            if not isinstance(token, str) or not token:
                raise TypeError("no upload token")
        return upload_entry(path, token)

    def _create(self, plan: Plan) -> int:
        c = self.c
        uploads = [self.upload(path) for path in plan.ticket.attachments]
        try:
            with c.calling(tr("la création du ticket", "creating the issue")):
                issue = c.redmine.issue.create(**plan.issue_fields(uploads))
                return int(expect_object(issue.raw())["id"])
        except NotRedmineAnswer as exc:  # something answered; the issue may exist
            raise RequestLost(exc.message) from None

    def find_intended(self, intent: Intent, window: dt.timedelta = ADOPT_WINDOW,
                      now: dt.datetime | None = None) -> Created | None:
        """The issue `intent` recorded, if Redmine created it: same project, author, subject
        and description, created since the intent was written and within `window`."""
        if not window:
            return None
        c = self.c
        now = now or dt.datetime.now(dt.timezone.utc)
        with c.calling(tr("la recherche d'un ticket déjà créé",
                          "looking for an issue already created")):
            found = c.redmine.issue.filter(project_id=intent.project_id, author_id="me",
                                           status_id="*", subject=f"~{intent.subject}",
                                           sort="id:desc", limit=50)
            for issue in expect_objects([item.raw() for item in found]):
                expect_object(issue.get("project") or {}), expect_object(issue.get("author") or {})
                if intent.matches(issue, window, now):
                    return Created(int(issue["id"]), c.issue_url(int(issue["id"])),
                                   adopted=True, created_on=parse_time(issue.get("created_on")))
        return None

    def create(self, plan: Plan, intent: Intent, *, window: dt.timedelta = ADOPT_WINDOW,
               pause: float = RECOVERY_PAUSE) -> Created:
        """Create the issue once (see the module's docstring), then read it back and verify
        it. `intent` must be recorded before this is called."""
        adopted = False
        try:
            issue_id = self._create(plan)
        except RequestLost as lost:
            found = self._recover(lost, intent, window, pause)
            if found is not None:
                issue_id, adopted = found.id, True
            elif lost.timed_out:
                raise RedmineError(tr(
                    f"{lost.message} ; le ticket a peut-être été créé : relancez la même commande "
                    "dans un moment, redlint le retrouvera au lieu d'en créer un second",
                    f"{lost.message}; the issue may have been created: run the same command "
                    "again in a moment, redlint will find it instead of creating a second one"))
            else:
                try:
                    issue_id = self._create(plan)
                except RequestLost as again:
                    found = self._recover(again, intent, window, pause)
                    if found is None:
                        raise RedmineError(tr(
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
            raise RedmineError(tr(
                f"{lost.message} ; le ticket a peut-être été créé mais redlint n'a pas pu le "
                f"vérifier ({exc.message}) : relancez la même commande dans un moment, redlint le "
                "retrouvera au lieu d'en créer un second",
                f"{lost.message}; the issue may have been created but redlint could not check "
                f"({exc.message}): run the same command again in a moment, redlint will find it "
                "instead of creating a second one")) from None
        return None

    def verify(self, issue_id: int, plan: Plan, *, adopted: bool = False) -> Created:
        """Read the issue back; VerificationError when Redmine did not keep what was sent."""
        c = self.c
        with c.calling(tr(f"la relecture du ticket #{issue_id}",
                          f"reading issue #{issue_id} back")):
            issue = expect_object(c.redmine.issue.get(issue_id, include=["attachments"]).raw())
            attachments = tuple(str(a.get("filename", ""))
                                for a in expect_objects(issue.get("attachments") or []))
            for member in ("project", "tracker", "assigned_to", "priority"):
                expect_object(issue.get(member) or {})
            created = Created(int(issue["id"]), c.issue_url(int(issue["id"])), adopted,
                              parse_time(issue.get("created_on")), attachments)
        problems = []

        def differs(label_fr, label_en, sent, kept):
            problems.append(tr(f"{label_fr} « {kept or '-'} » au lieu de « {sent} »",
                               f"{label_en} \"{kept or '-'}\" instead of \"{sent}\""))

        project, tracker = issue.get("project") or {}, issue.get("tracker") or {}
        assigned = issue.get("assigned_to") or {}
        if project.get("id") != plan.project.id:
            differs("projet", "project", plan.project.name, project.get("name"))
        if tracker.get("id") != plan.tracker.id:
            differs("tracker", "tracker", plan.tracker.name, tracker.get("name"))
        if plan.assignee is not None and assigned.get("id") != plan.assignee.id:
            differs("assigné à", "assignee", plan.assignee.name, assigned.get("name"))
        priority = issue.get("priority") or {}
        if plan.priority is not None and priority.get("id") != plan.priority.id:
            differs("priorité", "priority", plan.priority.name, priority.get("name"))
        if (issue.get("subject") or "").strip() != plan.subject:
            differs("titre", "title", plan.subject, issue.get("subject"))
        missing = [p.name for p in plan.ticket.attachments if p.name not in attachments]
        if missing:
            problems.append(tr(f"pièces jointes absentes : {', '.join(missing)}",
                               f"attachments missing: {', '.join(missing)}"))
        if problems:
            raise VerificationError(tr(
                f"ticket #{created.id} créé ({created.url}) mais Redmine n'a pas gardé ce qui a été "
                f"envoyé : {' ; '.join(problems)} ; corrigez-le dans Redmine",
                f"issue #{created.id} was created ({created.url}) but Redmine did not keep what "
                f"was sent: {'; '.join(problems)}; fix it in Redmine"), created)
        return created
