"""`redlint inbox`: the tickets that wait on me, and what to do next with each.

A ticket waits on the customer when it is assigned to them and in the workflow's `waiting`
status (answer it, and reassign it: `redlint reply`) or `resolved` status (check it, and close
it: `redlint close`). "Since" is when the ticket entered that status, from its journals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from redlint.i18n import tr
from redlint.redmine.followup import names

ANSWER = "answer"
CLOSE = "close"


@dataclass(frozen=True, slots=True)
class Waiting:
    id: int
    project: str
    tracker: str
    title: str
    status: str
    since: dt.datetime | None
    action: str  # ANSWER or CLOSE
    url: str

    def next_step(self) -> str:
        if self.action == ANSWER:
            return tr(f"répondre et réassigner : redlint reply {self.id} reponse.md",
                      f"answer and reassign: redlint reply {self.id} answer.md")
        return tr(f"vérifier puis fermer : redlint close {self.id}",
                  f"check, then close: redlint close {self.id}")

    def as_json(self) -> dict:
        return {"id": self.id, "project": self.project, "tracker": self.tracker,
                "title": self.title, "status": self.status,
                "since": self.since.astimezone(dt.timezone.utc).isoformat() if self.since
                else None,
                "action": self.action, "next": self.next_step(), "url": self.url}


def inbox(session, settings, project: str | None = None) -> list[Waiting]:
    """The tickets assigned to me in the `waiting` or `resolved` status, oldest first."""
    known = names.statuses(session)
    waiting = names.status(session, settings.waiting, known)
    resolved = names.status(session, settings.resolved, known)
    user = names.me(session)
    query = {"assigned_to_id": "me", "status_id": f"{waiting.id}|{resolved.id}",
             "sort": "id"}
    if project:
        query["project_id"] = project
    where = tr(f" du projet « {project} »", f" of project \"{project}\"") if project else ""
    with session.calling(tr(f"la lecture de vos tickets{where}",
                            f"reading your issues{where}")):
        found = [issue.raw() for issue in session.redmine.issue.filter(**query)]
    tickets = []
    for raw in found:
        if (raw.get("assigned_to") or {}).get("id") != user.id:
            continue  # a group's ticket: it waits on the group, not on me
        data = names.issue(session, int(raw["id"]))
        status = data.get("status") or {}
        tickets.append(Waiting(
            id=data["id"], project=(data.get("project") or {}).get("name", ""),
            tracker=(data.get("tracker") or {}).get("name", ""),
            title=(data.get("subject") or "").strip(), status=status.get("name", ""),
            since=names.status_since(data),
            action=ANSWER if status.get("id") == waiting.id else CLOSE,
            url=session.issue_url(data["id"])))
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return sorted(tickets, key=lambda t: (t.since or far, t.id))
