"""`redlint audit` once its arguments are known: connect, stream, tally, write the reports."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from redlint.audit.run import run_audit
from redlint.audit.source import Query, Source
from redlint.audit.tally import Tally
from redlint.errors import UsageError
from redlint.i18n import tr


def connect(timeout: float, env=None, credentials_path: Path | None = None):
    """(python-redmine Redmine, error guard, base URL) for the user's credentials."""
    from redlint.redmine.connection import Connection
    from redlint.redmine.credentials import load_credentials
    from redlint.redmine.names import Names

    credentials = load_credentials(env, credentials_path)
    connection = Connection(credentials.url, credentials.api_key, timeout=timeout)
    Names(connection).current_user()  # a wrong key or address fails here, with its one line
    return connection.redmine, connection.calling, connection.url


def audit_command(*, project: str, since: dt.date | None, until: dt.date | None,
                  tracker: str | None, status: str, output_format: str, html: Path | None,
                  rules: Path | None, lang: str, stream: TextIO, env=None,
                  credentials_path: Path | None = None, workers: int = 2) -> Tally:
    from redlint.lint.check import ruleset_for
    from redlint.output import audit as writers
    from redlint.redmine.submit import redmine_settings

    ruleset = ruleset_for("-", str(rules) if rules else None)
    source_file = ruleset.sources[-1] if ruleset.sources else None
    settings = redmine_settings(ruleset.redmine, path=source_file)
    redmine, guard, url = connect(settings.timeout, env, credentials_path)
    source = Source(redmine, guard, base_url=url, workers=workers)
    source.names(project)
    tracker_id = None
    if tracker:
        tracker_id = source.tracker_id(tracker)
        if tracker_id is None:
            raise UsageError(tr(f"tracker inconnu : « {tracker} »",
                                f"unknown tracker: \"{tracker}\""))
    query = Query(project=project, since=since, until=until, tracker_id=tracker_id,
                  status=status)
    described = {"project": project, "since": since and since.isoformat(),
                 "until": until and until.isoformat(), "tracker": tracker, "status": status}
    sinks = []
    # JSON and CSV wait in a temporary file until the audit is complete: a failure half-way
    # prints no partial counts that could pass for a whole project's.
    spool = tempfile.TemporaryFile("w+", encoding="utf-8") if output_format != "human" else None
    if output_format == "json":
        sinks.append(writers.JsonWriter(spool, described))
    elif output_format == "csv":
        sinks.append(writers.CsvWriter(spool, described))
    if html is not None:
        sinks.append(writers.HtmlWriter(str(html), described))
    tally = Tally()
    with writers.progress() as advance:
        for result in run_audit(source, query, ruleset, lang, on_total=advance.total,
                                on_page=advance.step):
            tally.add(result)
            for sink in sinks:
                sink.add(result)
    for sink in sinks:
        sink.close(tally)
    if spool is not None:
        spool.seek(0)
        shutil.copyfileobj(spool, stream)
        spool.close()
    if output_format == "human":
        writers.human_summary(tally, described)
    elif html is not None:
        print(tr(f"Rapport HTML : {html}", f"HTML report: {html}"), file=sys.stderr)
    return tally
