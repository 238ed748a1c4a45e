"""A connection to one Redmine as one user: python-redmine's `Redmine`, and its error scope.

Any command that talks to Redmine (submit, login, and later inbox/reply/close) builds one
Connection and makes every call inside `connection.calling(action)`, which turns whatever
python-redmine or requests raise into one RedmineError (redlint.redmine.errors), exit code 3.

python-redmine 2.5.0 accepts `requests={'timeout': N}` but never passes it on (its engine sets
it as an attribute of the requests Session, which ignores it): a server that never answers
hung redlint forever. Its extension point for this is the engine class: TimeoutEngine passes
the timeout with every request, and refuses redirects (a redirect to another host would carry
the API key along). That is the one thin wrapper; everything else is python-redmine as is.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

from redminelib import Redmine
from redminelib.engines.sync import SyncEngine

from redlint import __version__
from redlint.errors import RedmineError
from redlint.redmine.errors import translate

DEFAULT_TIMEOUT = 30.0


class TimeoutEngine(SyncEngine):
    """python-redmine's synchronous engine; every request gets the `timeout` given in its
    `requests` options, and no redirect is followed."""

    def construct_request_kwargs(self, method, headers, params, data):
        kwargs = SyncEngine.construct_request_kwargs(method, headers, params, data)
        kwargs["timeout"] = self.requests.get("timeout")
        kwargs["allow_redirects"] = False
        return kwargs


class Connection:
    """python-redmine's Redmine for one address and API key, with redlint's error scope."""

    def __init__(self, url: str, api_key: str, *, timeout: float = DEFAULT_TIMEOUT):
        self.url = url.rstrip("/")
        self.timeout = float(timeout)
        self.redmine = Redmine(self.url, key=api_key, engine=TimeoutEngine, requests={
            "timeout": self.timeout,
            "verify": True,
            "headers": {"User-Agent": f"redlint/{__version__}"},
        })

    def __repr__(self) -> str:  # the key stays out of any traceback or log
        return f"Connection(url={self.url!r})"

    @contextlib.contextmanager
    def calling(self, action: str, special: dict[type, str] | None = None) -> Iterator[None]:
        """Translate any failure inside the block into one RedmineError about `action`.

        `special` maps an exception class (python-redmine's or requests') to a ready message.
        Read answers inside the block too: a wrong shape is a failure of the call.
        """
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - everything becomes a RedmineError
            for kind, message in (special or {}).items():
                if isinstance(exc, kind):
                    raise RedmineError(message) from None
            raise translate(exc, action, url=self.url, timeout=self.timeout) from None

    def issue_url(self, issue_id: int) -> str:
        return f"{self.url}/issues/{issue_id}"
