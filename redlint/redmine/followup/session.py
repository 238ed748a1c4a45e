"""The one door of the follow-up commands to Redmine: a connected python-redmine object, and
one context manager that turns whatever it raises into one RedmineError (exit code 3).

Everything else in redlint.redmine.followup uses python-redmine's resource managers directly
(`session.redmine.issue.get(...)`, `.update(...)`, `.filter(...)`, `project_membership`) inside
`with session.calling(action):`. Today both come from redlint.redmine.client (timeouts, no
redirects, error translation); `connect` is the one function to re-point when that changes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Iterator, Mapping

from redlint.redmine.client import RequestLost  # noqa: F401 - re-exported: a lost answer


class Session:
    """python-redmine's `Redmine` for one address and key (`.redmine`), its error scope
    (`.calling(action)`) and issue addresses."""

    def __init__(self, client):
        self._client = client
        self.redmine = client._redmine
        self.url = client.url
        self.lang = client.lang
        self.timeout = client.timeout

    def __repr__(self) -> str:  # the key stays out of any traceback or log
        return f"Session(url={self.url!r})"

    @contextlib.contextmanager
    def calling(self, action: str) -> Iterator[None]:
        """Any failure inside the block becomes one RedmineError about `action`."""
        with self._client._errors(action):
            yield

    def issue_url(self, issue_id: int) -> str:
        return f"{self.url}/issues/{issue_id}"


def connect(*, lang: str, timeout: float, env: Mapping[str, str] | None = None,
            credentials_path: Path | None = None,
            warn: Callable[[str], None] | None = None) -> Session:
    """A Session with the user's credentials (environment, else `redlint login`'s file)."""
    from redlint.redmine.client import Client
    from redlint.redmine.credentials import load_credentials

    credentials = load_credentials(env, credentials_path, lang=lang, warn=warn)
    return Session(Client(credentials.url, credentials.api_key, timeout=timeout, lang=lang))
