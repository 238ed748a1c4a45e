"""The one door of the follow-up commands to Redmine: submit's own Connection
(redlint.redmine.connection) — a connected python-redmine object (`.redmine`) and one context
manager (`.calling(action)`) that turns whatever it raises into one RedmineError (exit 3).

Everything else in redlint.redmine.followup uses python-redmine's resource managers directly
(`session.redmine.issue.get(...)`, `.update(...)`, `.filter(...)`, `project_membership`) inside
`with session.calling(action):`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping

from redlint.redmine.errors import RequestLost  # noqa: F401 - re-exported: a lost answer


def connect(*, timeout: float, env: Mapping[str, str] | None = None,
            credentials_path: Path | None = None, warn: Callable[[str], None] | None = None):
    """A Connection with the user's credentials (environment, else `redlint login`'s file)."""
    from redlint.redmine.connection import Connection
    from redlint.redmine.credentials import load_credentials

    credentials = load_credentials(env, credentials_path, warn=warn)
    return Connection(credentials.url, credentials.api_key, timeout=timeout)
