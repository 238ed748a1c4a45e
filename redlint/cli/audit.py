"""`redlint audit`: how well a project's tickets in Redmine follow the guide."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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
    from redlint.audit.command import audit_command

    audit_command(project=project, since=query_since, until=query_until, tracker=tracker,
                  status=status.value, output_format=output_format.value, html=html,
                  rules=rules, lang=language, stream=sys.stdout)
