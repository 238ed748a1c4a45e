"""What redlint sends to Redmine, in plain values: a Ticket (the draft's words), a Plan (every
name resolved to Redmine's ids: exactly what will be sent), and what comes back."""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from redlint.i18n import tr
from redlint.redmine.intent import Intent, fields_digest
from redlint.redmine.values import text_digest


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

    def describe(self, number: int | None = None) -> str:
        details = [tr("groupe", "group")] if self.kind == "group" else \
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
            uploads.append(upload_entry(path, f"<token of {path.name}>"))
        # python-redmine's issue.create puts the project in the path, the rest in the body.
        fields = self.issue_fields(uploads)
        project_id = fields.pop("project_id")
        writes.append(("POST", f"/projects/{project_id}/issues.json", {"issue": fields}))
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


def upload_entry(path: Path, token: str) -> dict:
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {"token": token, "filename": path.name, "content_type": content_type}
