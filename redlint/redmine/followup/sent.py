"""Notes about to be sent, recorded before the write, so a lost answer never posts twice.

Before `redlint reply` sends a note, it writes down (atomically, in the user's state folder)
which issue, as whom, a digest of the text and when. When Redmine's answer is lost, or the
customer runs the same command again, redlint looks in the issue's journals for a note by the
same user with the same text, written since the record (minus a little clock skew), and adopts
it instead of posting it again. The record goes once the reply is fully done.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from redlint.atomic import atomic_write
from redlint.redmine.values import CLOCK_SKEW, parse_time, text_digest
from redlint.userfiles import state_folder


@dataclass(frozen=True, slots=True)
class SentNote:
    issue_id: int
    user_id: int
    digest: str
    started: dt.datetime

    def matches(self, journal: dict) -> bool:
        created = parse_time(journal.get("created_on"))
        return ((journal.get("user") or {}).get("id") == self.user_id
                and text_digest(journal.get("notes")) == self.digest
                and created is not None and created >= self.started - CLOCK_SKEW)

    def find(self, issue_data: dict) -> dict | None:
        """The journal holding this note, if Redmine has it."""
        return next((j for j in reversed(issue_data.get("journals") or ()) if self.matches(j)),
                    None)


class SentNotes:
    """Records of notes being sent, one per (issue, user, text)."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else state_folder() / "notes"

    def _path(self, issue_id: int, user_id: int, digest: str) -> Path:
        return self.folder / f"{issue_id}-{user_id}-{digest[:32]}.json"

    def load(self, issue_id: int, user_id: int, text: str) -> SentNote | None:
        try:
            raw = json.loads(self._path(issue_id, user_id, text_digest(text)).read_bytes())
            started = parse_time(raw["started"])
            if started is None:
                return None
            return SentNote(int(raw["issue_id"]), int(raw["user_id"]), str(raw["digest"]),
                            started)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # none, or damaged: adopts nothing

    def save(self, note: SentNote) -> None:
        """Raises OSError when it cannot be written: then nothing must be sent."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {"issue_id": note.issue_id, "user_id": note.user_id, "digest": note.digest,
                "started": note.started.isoformat()}
        atomic_write(self._path(note.issue_id, note.user_id, note.digest),
                     json.dumps(data).encode("utf-8") + b"\n", mode=0o600)

    def remove(self, note: SentNote) -> None:
        try:
            self._path(note.issue_id, note.user_id, note.digest).unlink()
        except FileNotFoundError:
            pass
