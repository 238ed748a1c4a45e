"""What `redlint submit` is about to create, written down before the create request is sent.

When Redmine's answer to a creation is lost, the issue may or may not exist. redlint may then
adopt an existing issue instead of creating a second one, but only THIS draft's own earlier
creation: an intent record, written atomically before the request, says which draft, what was
sent (a digest of the fields, the subject, a digest of the description), as whom and when. An
issue is adopted only when it matches the record: same project, same author, same subject AND
same description, created since the record was written (minus a little clock skew) and within
the adoption window. A copy of the draft has no record, so it never adopts its original's issue.

The record lives in the user's state folder (platformdirs: ~/.local/state/redlint/intents on
Linux), named after the draft's real path, so the draft's own folder stays clean. It is removed
once the issue is created and written back into the draft; while it exists, a new run of the
same draft looks for the issue first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from redlint.atomic import atomic_write
from redlint.redmine.values import CLOCK_SKEW, parse_time, text_digest
from redlint.userfiles import state_folder

VERSION = 1


def draft_key(draft: str | os.PathLike) -> str:
    """A file name for a draft: its real path (a link and its target are one draft), hashed."""
    return hashlib.sha256(os.path.realpath(draft).encode("utf-8", "surrogateescape")).hexdigest()


def fields_digest(fields: dict, attachment_names: tuple[str, ...] = ()) -> str:
    """A digest of everything sent (upload tokens excepted: they change at every run)."""
    sent = {key: value for key, value in fields.items() if key != "uploads"}
    sent["attachments"] = list(attachment_names)
    return hashlib.sha256(json.dumps(sent, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Intent:
    """One creation redlint is about to send (or sent without hearing back)."""

    draft: str  # the draft's real path
    redmine: str  # Redmine's address
    digest: str  # fields_digest of what is sent
    project_id: int
    author_id: int
    subject: str
    description: str  # text_digest of the description
    started: dt.datetime  # when the first attempt was about to be sent (UTC)

    def to_json(self) -> bytes:
        data = {"version": VERSION, "draft": self.draft, "redmine": self.redmine,
                "digest": self.digest, "project_id": self.project_id,
                "author_id": self.author_id, "subject": self.subject,
                "description": self.description, "started": self.started.isoformat()}
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"

    @classmethod
    def from_json(cls, data: bytes) -> "Intent | None":
        try:
            raw = json.loads(data)
            if raw.get("version") != VERSION:
                return None
            started = parse_time(raw["started"])
            if started is None:
                return None
            return cls(str(raw["draft"]), str(raw["redmine"]), str(raw["digest"]),
                       int(raw["project_id"]), int(raw["author_id"]), str(raw["subject"]),
                       str(raw["description"]), started)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # a damaged record adopts nothing

    def same_request(self, other: "Intent") -> bool:
        """The same draft sending the same thing as the same user. Redmine's address is not
        compared: the same server may be reached by another address (a proxy, a retry), and
        an issue still has to match subject, description, author and time to be adopted."""
        return (self.draft, self.digest, self.author_id) == \
            (other.draft, other.digest, other.author_id)

    def matches(self, issue: dict, window: dt.timedelta, now: dt.datetime) -> bool:
        """Whether `issue` (Redmine's JSON) is this intent's creation."""
        created_on = parse_time(issue.get("created_on"))
        return (created_on is not None
                and (issue.get("project") or {}).get("id") == self.project_id
                and (issue.get("author") or {}).get("id") == self.author_id
                and (issue.get("subject") or "").strip() == self.subject
                and text_digest(issue.get("description")) == self.description
                and created_on >= self.started - CLOCK_SKEW
                and abs(now - created_on) <= window)


class IntentStore:
    """Intent records, one per draft, in a folder of redlint's state."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else state_folder() / "intents"

    def path(self, draft: str | os.PathLike) -> Path:
        return self.folder / f"{draft_key(draft)}.json"

    def load(self, draft: str | os.PathLike) -> Intent | None:
        try:
            data = self.path(draft).read_bytes()
        except OSError:
            return None
        return Intent.from_json(data)

    def save(self, intent: Intent) -> None:
        """Raises OSError when it cannot be written: then nothing must be sent."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(self.path(intent.draft), intent.to_json(), mode=0o600)

    def remove(self, draft: str | os.PathLike) -> None:
        try:
            self.path(draft).unlink()
        except FileNotFoundError:
            pass
