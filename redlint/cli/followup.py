"""The `redlint inbox`, `reply` and `close` commands (wired into redlint.cli.app's app).

Imported by every command, so nothing heavy at the top: the network stack is imported inside
the commands. User text (titles, names) is never printed as rich markup.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint.cli.common import LangOption, RulesOption, guarded
from redlint.cli.common import language as language_of
from redlint.cli.submit import Text, _err, _out, print_dry_run
from redlint.i18n import plural, tr


class InboxFormat(str, Enum):
    human = "human"
    json = "json"


def waiting_summary(total: int, answers: int) -> str:
    """The inbox's last line: how many tickets wait on you, to answer and to close."""
    head = plural(total, "{n} ticket vous attend", "{n} tickets vous attendent",
                  "{n} issue waits on you", "{n} issues wait on you")
    return head + tr(f" : {answers} à répondre, {total - answers} à fermer.",
                     f": {answers} to answer, {total - answers} to close.")


class FollowupReporter:
    """Prints what the follow-up commands tell: results on stdout, warnings on stderr."""

    def __init__(self, output_format: str = "human"):
        self.format = output_format
        self.out = _out()
        self.err = _err()

    def warn(self, message: str) -> None:
        self.err.print(Text(f"redlint: {message}", style="yellow"))

    def findings(self, path: str, findings: list) -> None:
        if not findings:
            return
        from redlint.output import render

        out, err = render.human([render.FileReport(path, tuple(findings))])
        out = out[:-1]  # the drafts' summary line: an answer says its own below
        if any(f.level.value == "error" for f in findings):
            out.append([(tr("Rien n'a été envoyé : corrigez la réponse, puis relancez la "
                            "commande.",
                            "Nothing was sent: fix the answer, then run the command again."),
                         "bold")])
        render.emit(out, sys.stdout, color=render.use_color(sys.stdout))
        render.emit(err, sys.stderr, color=render.use_color(sys.stderr))

    def inbox(self, tickets: list) -> None:
        if self.format == "json":
            sys.stdout.write(json.dumps([t.as_json() for t in tickets],
                                        ensure_ascii=False, indent=2) + "\n")
            return
        if not tickets:
            self.out.print(Text(tr("Rien ne vous attend : aucun ticket en attente de votre "
                                   "réponse ni à fermer.",
                                   "Nothing waits on you: no issue to answer or to close.")))
            return
        from rich.table import Table

        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("#", tr("Projet", "Project"), "Tracker", tr("Titre", "Title"),
                       tr("Statut", "Status"), tr("Depuis", "Since"), tr("À faire", "Next"),
                       "URL"):
            table.add_column(column, overflow="fold")
        for ticket in tickets:
            since = ticket.since.astimezone().strftime("%Y-%m-%d %H:%M") if ticket.since else "-"
            table.add_row(*(Text(value) for value in (
                str(ticket.id), ticket.project, ticket.tracker, ticket.title, ticket.status,
                since, ticket.next_step(), ticket.url)))
        self.out.print(table)
        answers = sum(1 for t in tickets if t.action == "answer")
        self.out.print(Text(waiting_summary(len(tickets), answers)))

    def plan(self, plan, url: str) -> None:
        rows = [
            ("Redmine", f"{url} ({tr('en tant que', 'as')} {plan.user.name})"),
            (tr("Ticket", "Issue"), f"#{plan.id} {plan.issue.get('subject', '')} "
                                    f"({(plan.issue.get('tracker') or {}).get('name', '')})"),
            (tr("Réaffecté à", "Reassigned to"),
             f"{plan.assignee.name} ({self._found_by(plan.found_by)})" if plan.assignee
             else tr("inchangé", "unchanged")),
            (tr("Statut", "Status"),
             plan.status.name if plan.status else tr("inchangé", "unchanged")),
            (tr("Note", "Note"), tr("publique", "public")),
        ]
        rows += [(tr("Pièce jointe", "Attachment"), p.name) for p in plan.attachments]
        print_dry_run(self.out, rows, plan.requests(url), url)

    def _found_by(self, how: str) -> str:
        return {"group": tr("le groupe du support", "support's group"),
                "journals": tr("qui avait le ticket avant vous, d'après son journal",
                               "who had the issue before you, from its journal"),
                "role": tr("le chef de projet du projet", "the project's manager"),
                }.get(how, how)

    def replied(self, done) -> None:
        head = tr(f"Réponse publiée sur le ticket #{done.id}.",
                  f"Answer posted on issue #{done.id}.")
        if done.adopted:
            head = tr(f"Réponse retrouvée sur le ticket #{done.id} (elle était déjà publiée : la "
                      "réponse de Redmine s'était perdue) ; pas de doublon.",
                      f"Answer found on issue #{done.id} (it was already posted: Redmine's "
                      "answer was lost); no duplicate.")
        self.out.print(Text(head, style="bold green"))
        self.out.print(Text(f"  {done.url}"))
        self.out.print(Text(tr(f"  Assigné à : {done.assignee or '-'} ; statut : {done.status}",
                               f"  Assigned to: {done.assignee or '-'}; status: {done.status}")))
        if done.attachments:
            self.out.print(Text(tr("  Pièces jointes : ", "  Attachments: ")
                                + ", ".join(done.attachments)))

    def closed(self, done) -> None:
        if done.already:
            self.out.print(Text(tr(f"Le ticket #{done.id} est déjà « {done.status} » : rien "
                                   "n'a été envoyé.",
                                   f"Issue #{done.id} is already \"{done.status}\": nothing "
                                   "was sent.")))
        else:
            self.out.print(Text(tr(f"Ticket #{done.id} fermé (« {done.status} »).",
                                   f"Issue #{done.id} closed (\"{done.status}\")."),
                                style="bold green"))
        self.out.print(Text(f"  {done.url}"))


IssueArgument = Annotated[str, typer.Argument(metavar="ID", help="The issue number, e.g. 4312.",
                                              show_default=False)]


@guarded
def inbox(
    project: Annotated[Optional[str], typer.Option(
        "--project", help="Only this project (identifier).", show_default=False)] = None,
    output_format: Annotated[InboxFormat, typer.Option(
        "--format", "-f", help="human (a table) or json (for scripts).")] = InboxFormat.human,
    rules: RulesOption = None,
    lang: LangOption = None,
):
    """The tickets that wait on you: to answer ("Information nécessaire") or to check and
    close ("Résolu (à déployer)"), with what to do next.

    Exit codes: 0 (an empty inbox too), 2 bad usage or configuration, 3 Redmine refused or
    could not be reached.
    """
    from redlint.redmine.followup.run import run_inbox

    language_of(lang)
    run_inbox(FollowupReporter(output_format.value), project=project,
              rules=str(rules) if rules else None)


@guarded
def reply(
    issue: IssueArgument,
    file: Annotated[Optional[Path], typer.Argument(
        metavar="[FILE]", help="The answer: a text or Markdown file (or use -m).",
        show_default=False)] = None,
    message: Annotated[Optional[str], typer.Option(
        "--message", "-m", help="The answer as text, instead of a file.",
        show_default=False)] = None,
    attach: Annotated[Optional[list[Path]], typer.Option(
        "--attach", help="A file to attach (repeatable); it must be inside the answer's "
                         "folder (or the current one with -m).", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Check the answer and show exactly what would be sent. Sends "
                          "nothing.")] = False,
    rules: RulesOption = None,
    lang: LangOption = None,
):
    """Answer a ticket that waits on you, and reassign it as the guide says.

    The answer is checked first (a new request in it is an error: open a new ticket for it).
    Then it is posted as a public note, files are attached, and the ticket goes back to the
    group Support (Support tracker) or to your project manager (Gestion de projet). Redmine
    is read back: what it did not keep is said, with exit code 3.

    Exit codes: 0 sent (or --dry-run), 1 the answer has errors, 2 bad usage or configuration,
    3 Redmine refused, could not be reached, or did not keep everything.
    """
    from redlint.redmine.followup.run import run_reply

    language = language_of(lang)
    code = run_reply(FollowupReporter(), issue, file=str(file) if file else None,
                     message=message, attach=[str(p) for p in attach or ()], dry_run=dry_run,
                     rules=str(rules) if rules else None, lang=language)
    raise typer.Exit(int(code))


@guarded
def close(
    issue: IssueArgument,
    message: Annotated[Optional[str], typer.Option(
        "--message", "-m", help="A closing note (public).", show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Close it even though it is not \"Résolu (à déployer)\".")] = False,
    rules: RulesOption = None,
    lang: LangOption = None,
):
    """Close a ticket support resolved ("Résolu (à déployer)"), once you have checked it.

    Exit codes: 0 closed (or already closed), 1 the note has errors, 2 not resolved (without
    --force), bad usage or configuration, 3 Redmine refused, could not be reached, or did not
    close it.
    """
    from redlint.redmine.followup.run import run_close

    language = language_of(lang)
    code = run_close(FollowupReporter(), issue, message=message, force=force,
                     rules=str(rules) if rules else None, lang=language)
    raise typer.Exit(int(code))
