"""The issues of a project, page by page, as they were when they were created.

Redmine gives at most 100 issues a page. Pages are fetched by a small pool of threads, a few
pages ahead of the linting, so that the audit takes about the time the fetch alone takes; the
first page is asked for before the tracker and member names are read, so that those two
requests wait alongside it rather than before it. The thread that fetched a page also reads
the histories its issues need (below), so those requests overlap the linting too; the first
page's histories need the names, so they are read (in the pool as well) once the names are
known. A page that fails is fetched again a bounded number of times, then the whole audit
fails: partial counts are never reported as complete (and a failure elsewhere stops the
retries at once). A history that cannot be read fails the audit the same way.

The threads share one python-redmine `Redmine`: they only make requests through it (its
requests Session is shared, as for any pool of requests), never change its settings; the names
they read are written before any of them needs them.

"As at creation": the journals of an issue keep the old value of every field that changed.
The first change of a field holds its value at creation. Journals cost one request per issue,
so they are read only for issues updated after their creation (an issue never updated has none;
Redmine's times are to the second, so a change within the second of the creation goes unseen).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice

from redlint.i18n import tr

PAGE_SIZE = 100  # Redmine's largest page
PAGES_AHEAD = 3  # pages fetched while the current one is linted
ATTEMPTS = 3  # tries per page before the audit fails
RETRY_PAUSE = 1.0  # seconds, doubled at each new try

# Journal attribute names → the draft field they hold.
_TRACKED = {"subject": "title", "description": "description", "tracker_id": "tracker",
            "assigned_to_id": "assigned_to"}


@dataclass(frozen=True, slots=True)
class Query:
    project: str
    since: dt.date | None = None
    until: dt.date | None = None
    tracker_id: int | None = None
    status: str = "all"  # open, closed, all

    def filters(self) -> dict:
        """Redmine's issue filters for this query."""
        filters: dict = {"project_id": self.project, "sort": "id",
                         "status_id": {"open": "open", "closed": "closed"}.get(self.status, "*")}
        if self.tracker_id is not None:
            filters["tracker_id"] = self.tracker_id
        if self.since and self.until:
            filters["created_on"] = f"><{self.since.isoformat()}|{self.until.isoformat()}"
        elif self.since:
            filters["created_on"] = f">={self.since.isoformat()}"
        elif self.until:
            filters["created_on"] = f"<={self.until.isoformat()}"
        return filters


@dataclass(frozen=True, slots=True)
class AuditedIssue:
    """An issue's fields as at creation (or as now, where `as_created` is False)."""

    id: int
    url: str
    created_on: dt.datetime | None
    title: str
    description: str
    tracker: str
    assigned_to: str | None
    as_created: bool  # False: a field changed but the journals did not say its first value


class Source:
    """Reads a project's issues through a python-redmine `Redmine` object.

    `guard(action)` is a context manager that turns any failure into a RedmineError."""

    def __init__(self, redmine, guard: Callable, *, base_url: str, workers: int = 2):
        self.redmine = redmine
        self.guard = guard
        self.base_url = base_url.rstrip("/")
        self.workers = max(1, workers)
        self._trackers: dict[int, str] | None = None
        self._principals: dict[int, str] = {}

    # ------------------------------------------------------------------------- names

    def names(self, project: str) -> None:
        """Tracker and member names by id, to name a field's value at creation."""
        with self.guard(tr("la lecture des trackers", "reading the trackers")):
            self._trackers = {t.id: t.name for t in self.redmine.tracker.all()}
        with self.guard(tr("la lecture des membres du projet",
                           "reading the project's members")):
            for membership in self.redmine.project_membership.filter(project_id=project):
                who = getattr(membership, "user", None) or getattr(membership, "group", None)
                if who is not None:
                    self._principals[who.id] = who.name

    def tracker_id(self, name: str) -> int | None:
        folded = name.casefold()
        return next((i for i, n in (self._trackers or {}).items() if n.casefold() == folded),
                    None)

    # ------------------------------------------------------------------------- pages

    def _page(self, query: Query, offset: int, stop: threading.Event) -> tuple[int, list]:
        """(total count, issues) of one page; retried, then a RedmineError. Once `stop` is
        set (the audit failed elsewhere), a failed try is the last."""
        action = tr(f"la lecture des tickets (à partir du {offset + 1}e)",
                    f"reading the issues (from #{offset + 1} on)")
        pause = RETRY_PAUSE
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with self.guard(action):
                    found = self.redmine.issue.filter(limit=PAGE_SIZE, offset=offset,
                                                      **query.filters())
                    issues = list(found)
                    return found.total_count, issues
            except Exception:
                if attempt == ATTEMPTS or stop.wait(pause):
                    raise
                pause *= 2
        raise AssertionError("unreachable")

    def pages(self, query: Query, on_total: Callable[[int], None] | None = None
              ) -> Iterator[list[AuditedIssue]]:
        """The query's issues, a page at a time, in id order. The names are read (if
        `names` has not been called) while the first page is on its way."""
        stop = threading.Event()
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            try:
                first = pool.submit(self._page, query, 0, stop)
                if self._trackers is None:
                    self.names(query.project)
                total, issues = first.result()
                if on_total:
                    on_total(total)
                # From here on the names are known: a page's histories are read in the pool.
                offsets = iter(range(PAGE_SIZE, total, PAGE_SIZE))
                ahead = [pool.submit(self._audited, issues)]
                ahead += [pool.submit(self._audited_page, query, offset, stop)
                          for offset in islice(offsets, PAGES_AHEAD)]
                while ahead:
                    page = ahead.pop(0).result()
                    following = next(offsets, None)
                    if following is not None:
                        ahead.append(pool.submit(self._audited_page, query, following, stop))
                    yield page
            except BaseException:  # a failure, or the reader stopped: no page waits to retry,
                stop.set()  # none that was not asked for yet is asked for
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    # ------------------------------------------------------------------------- issues

    def _audited_page(self, query: Query, offset: int, stop: threading.Event
                      ) -> list[AuditedIssue]:
        """One page's issues as at creation (the names must be known)."""
        _total, issues = self._page(query, offset, stop)
        return self._audited(issues)

    def _audited(self, issues: list) -> list[AuditedIssue]:
        return [self._as_created(issue) for issue in issues]

    def _as_created(self, issue) -> AuditedIssue:
        now = {
            "title": issue.subject or "",
            "description": getattr(issue, "description", "") or "",
            "tracker": issue.tracker.name,
            "assigned_to": getattr(getattr(issue, "assigned_to", None), "name", None),
        }
        created = getattr(issue, "created_on", None)
        updated = getattr(issue, "updated_on", None)
        exact = True
        if created is None or updated is None or updated > created:
            first, exact = self._first_values(issue.id)
            now.update(first)
        return AuditedIssue(id=issue.id, url=f"{self.base_url}/issues/{issue.id}",
                            created_on=created, title=now["title"],
                            description=now["description"], tracker=now["tracker"],
                            assigned_to=now["assigned_to"], as_created=exact)

    def _first_values(self, issue_id: int) -> tuple[dict, bool]:
        """The fields' values at creation that the journals tell, and whether all were named."""
        with self.guard(tr(f"la lecture de l'historique du ticket #{issue_id}",
                           f"reading the history of issue #{issue_id}")):
            journals = list(self.redmine.issue.get(issue_id, include=["journals"]).journals)
        first: dict = {}
        exact = True
        for journal in sorted(journals, key=lambda j: j.id):
            for detail in getattr(journal, "details", []):
                name = _TRACKED.get(detail.get("name")) if detail.get("property") == "attr" \
                    else None
                if name is None or name in first:
                    continue
                value = detail.get("old_value")
                if name == "tracker":
                    value = (self._trackers or {}).get(_int(value))
                    exact &= value is not None
                elif name == "assigned_to" and value:
                    named = self._principals.get(_int(value))
                    exact &= named is not None
                    value = named or f"#{value}"
                if value is not None or name in ("assigned_to", "description"):
                    first[name] = value or ("" if name == "description" else None)
        return first, exact


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

