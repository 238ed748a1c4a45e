"""`redlint audit`: how well a project's tickets in Redmine follow the guide.

The command's glue lives here (connect, stream, tally, write the reports); redlint.audit reads and
lints the issues, redlint.output.audit writes them. Both are imported when the command runs:
every other command starts without them."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from redlint.cli.common import LangOption, RulesOption, guarded
from redlint.cli.common import language as language_of
from redlint.errors import UsageError
from redlint.i18n import tr


class AuditFormat(str, Enum):
    human = "human"
    json = "json"
    csv = "csv"


class Status(str, Enum):
    open = "open"
    closed = "closed"
    all = "all"


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(tr(f"{option} attend une date AAAA-MM-JJ, pas « {value} »",
                            f"{option} takes a date YYYY-MM-DD, not \"{value}\"")) from None


@guarded
def audit(
    project: Annotated[str, typer.Option(
        "--project", "-p", help="The project's identifier (or id).", show_default=False)],
    since: Annotated[Optional[str], typer.Option(
        "--since", help="Only tickets created on or after this day (YYYY-MM-DD).",
        show_default=False)] = None,
    until: Annotated[Optional[str], typer.Option(
        "--until", help="Only tickets created on or before this day (YYYY-MM-DD).",
        show_default=False)] = None,
    tracker: Annotated[Optional[str], typer.Option(
        "--tracker", help="Only tickets of this tracker (its name).", show_default=False)] = None,
    status: Annotated[Status, typer.Option(
        "--status", help="open, closed or all tickets.")] = Status.all,
    output_format: Annotated[AuditFormat, typer.Option(
        "--format", "-f", help="human (a summary on the terminal), json (every ticket with its "
                               "findings, then the summary) or csv (a row per finding).")
    ] = AuditFormat.human,
    html: Annotated[Optional[Path], typer.Option(
        "--html", help="Also write a self-contained HTML report to this file (charts inline; "
                       "opens without network).", show_default=False)] = None,
    rules: RulesOption = None,
    lang: LangOption = None,
):
    """Check the tickets already in Redmine with the same rules as `redlint check`.

    Each ticket is read as it was when it was created (title, description, tracker and
    assignee, from its history) and linted as a draft would be. Findings per rule, the share
    of passing tickets per month and the worst tickets show where the guide is broken most.
    Credentials: as for `redlint submit`. A big project is audited in slices: --since/--until.

    Exit codes: 0 the audit is complete (whatever it found), 2 bad usage or configuration,
    3 Redmine refused or could not be reached (no partial counts are reported).
    """
    language = language_of(lang)
    query_since = _date(since, "--since")
    query_until = _date(until, "--until")
    if rules is not None and not rules.is_file():
        raise UsageError(tr("fichier de règles introuvable", "rules file not found"),
                         path=str(rules))
    audit_command(project=project, since=query_since, until=query_until, tracker=tracker,
                  status=status.value, output_format=output_format.value, html=html,
                  rules=rules, lang=language, stream=sys.stdout)


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
                  credentials_path: Path | None = None, workers: int = 2):
    """The audit's Tally, once its reports are written."""
    import shutil
    import tempfile

    from redlint.audit.run import run_audit
    from redlint.audit.source import Query, Source
    from redlint.audit.tally import Tally
    from redlint.lint.check import ruleset_for
    from redlint.output import audit as writers
    from redlint.redmine.submit import redmine_settings

    ruleset = ruleset_for("-", str(rules) if rules else None)
    source_file = ruleset.sources[-1] if ruleset.sources else None
    settings = redmine_settings(ruleset.redmine, path=source_file)
    redmine, guard, url = connect(settings.timeout, env, credentials_path)
    source = Source(redmine, guard, base_url=url, workers=workers)
    tracker_id = None
    if tracker:  # the query needs its id; else the names are read alongside the first page
        source.names(project)
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
