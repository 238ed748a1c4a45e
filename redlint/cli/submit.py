"""The `redlint submit` and `redlint login` commands (wired into redlint.cli.app's app).

This module is imported by `redlint check` too, so it imports nothing heavy at the top: the
network stack (requests, python-redmine) is imported inside the commands only. Nothing here
prints user text as rich markup (a title like `[Senior] ...` would vanish otherwise).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint.cli.common import LangOption, RulesOption, guarded
from redlint.output.console import console
from redlint.cli.common import confirm as ask
from redlint.cli.common import language as language_of
from redlint.errors import UsageError
from redlint.i18n import plural, tr


def Text(text: str = "", style: str | None = None):  # noqa: N802 - rich's Text, imported late
    from rich.text import Text as RichText

    return RichText(text, style=style or "")


def _out():
    return console(soft_wrap=True)


def _err():
    return console(stderr=True, soft_wrap=True)


def print_dry_run(out, rows: list[tuple[str, str]], requests, url: str) -> None:
    """What a --dry-run would send (submit, reply): (label, value) rows, then the
    requests, each (method, path, JSON body or None)."""
    import json

    out.print(Text(tr("Simulation (--dry-run) : rien n'est envoyé. Serait envoyé :",
                      "Dry run (--dry-run): nothing is sent. Would send:"), style="bold"))
    width = max(len(label) for label, _v in rows)
    for label, value in rows:
        out.print(Text(f"  {label.ljust(width)}  {value}"))
    out.print(Text(tr("Requêtes :", "Requests:"), style="bold"))
    for method, path, body in requests:
        out.print(Text(f"  {method} {url}{path}"))
        if body is not None:
            out.print(Text(json.dumps(body, ensure_ascii=False, indent=2)))


class ConsoleReporter:
    """Prints what submit tells along the way: results on stdout, warnings on stderr."""

    def __init__(self):
        self.out = _out()
        self.err = _err()

    def findings(self, result) -> None:
        """The check's own output (redlint.output.render), so submit and check read the same."""
        if not result.findings:
            return
        from redlint.output import render

        reports = [render.FileReport(result.draft.path, result.findings)]
        out, err = render.human(reports)
        render.emit(out, sys.stdout, color=render.use_color(sys.stdout))
        render.emit(err, sys.stderr, color=render.use_color(sys.stderr))

    def warn(self, message: str) -> None:
        self.err.print(Text(f"redlint: {message}", style="yellow"))

    def similar(self, issues, plan) -> None:
        if not issues:
            return
        self.out.print(Text(tr(
            f"Tickets ouverts similaires dans « {plan.project.name} » (ajoutez peut-être votre "
            "demande à l'un d'eux plutôt que d'en créer un nouveau) :",
            f"Similar open issues in \"{plan.project.name}\" (you may add to one of them instead "
            "of creating a new one):"), style="bold"))
        for issue in issues:
            line = Text("  ")
            line.append(issue.title)
            line.append(f"  {issue.url}", style="dim")
            self.out.print(line)

    def plan(self, plan, url: str, already) -> None:
        rows = [
            ("Redmine", f"{url} ({tr('en tant que', 'as')} {plan.user.describe(plan.user.id)})"),
            (tr("Projet", "Project"), f"{plan.project.name} ({plan.project.identifier}, "
                                     f"#{plan.project.id})"),
            ("Tracker", f"{plan.tracker.name} (#{plan.tracker.id})"),
            (tr("Assigné à", "Assignee"), f"{plan.assignee.describe(plan.assignee.id)}"
             if plan.assignee else tr("personne", "nobody")),
            (tr("Priorité", "Priority"), f"{plan.priority.name} (#{plan.priority.id})"
             if plan.priority else tr("celle par défaut de Redmine", "Redmine's default")),
            (tr("Titre", "Title"), plan.subject),
        ]
        for path in plan.ticket.attachments:
            size = path.stat().st_size
            size_text = plural(size, "{n} octet", "{n} octets", "{n} byte", "{n} bytes")
            rows.append((tr("Pièce jointe", "Attachment"), f"{path.name} ({size_text})"))
        print_dry_run(self.out, rows, plan.requests(), url)
        if already is not None:
            self.out.print(Text(tr(
                f"Un ticket identique créé par vous vient d'être trouvé (#{already.id}, "
                f"{already.url}) : submit le reprendrait au lieu d'en créer un second.",
                f"An identical issue you created was just found (#{already.id}, {already.url}): "
                "submit would adopt it instead of creating a second one."), style="yellow"))

    def cancelled(self) -> None:
        self.out.print(Text(tr("Abandon : rien n'a été envoyé.", "Cancelled: nothing was sent.")))

    def created(self, created, when: str) -> None:
        if created.adopted:
            head = tr(f"Ticket #{created.id} retrouvé : vous venez de le créer avec le même "
                      "titre (la réponse de Redmine s'était perdue) ; il est repris, aucun "
                      "doublon créé.",
                      f"Issue #{created.id} found: you just created it with the same title "
                      "(Redmine's answer was lost); it is adopted, no duplicate made.")
        else:
            head = tr(f"Ticket #{created.id} créé.", f"Issue #{created.id} created.")
        self.out.print(Text(head, style="bold green"))
        self.out.print(Text(f"  {created.url}"))
        if created.attachments:
            self.out.print(Text(tr("  Pièces jointes : ", "  Attachments: ")
                                + ", ".join(created.attachments)))
        self.out.print(Text(tr("  Le brouillon porte maintenant « issue: » et « url: ».",
                               "  The draft now carries 'issue:' and 'url:'.")))
        self.out.print(Text(when))


@guarded
def submit(
    file: Annotated[Path, typer.Argument(
        metavar="FILE", help="The draft to send: a Markdown file with its front matter. Its "
                             "issue number and URL are written back into it.",
        show_default=False)],
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Check the draft, resolve every name and show similar issues, then "
                          "print exactly what would be sent. Sends nothing.")] = False,
    no_similar: Annotated[bool, typer.Option(
        "--no-similar", help="Do not search the project for similar open issues.")] = False,
    yes: Annotated[bool, typer.Option(
        "--yes", "-y", help="Do not ask for confirmation when similar open issues exist "
                            "(never asked when not on a terminal).")] = False,
    rules: RulesOption = None,
    lang: LangOption = None,
):
    """Send a draft that passes the checks to Redmine, exactly once.

    The draft is checked first (any error: nothing is sent). Then the project, tracker,
    assignee and priority are resolved, similar open issues are shown, the attachments are
    uploaded, the issue is created and verified, and `issue:` and `url:` are written back into
    the draft. Credentials: REDMINE_URL and REDMINE_API_KEY, or `redlint login`.

    Exit codes: 0 sent (or --dry-run), 1 the draft has errors (a Gestion de projet issue not
    assigned to a member with the project-manager role is one), 2 bad usage, configuration or
    draft, or another submit of this draft (or of an identical copy) is running, 3 Redmine
    refused or could not be reached (the draft is left untouched).
    """
    language = language_of(lang)
    reporter = ConsoleReporter()
    if rules is not None and not rules.is_file():
        raise UsageError(tr("fichier de règles introuvable", "rules file not found"),
                         path=str(rules))

    def confirm() -> bool:
        return ask(tr("Créer quand même un nouveau ticket ?", "Create a new issue anyway?"),
                   default=True)

    interactive = not yes and sys.stdin.isatty() and sys.stdout.isatty()
    from redlint.redmine.submit import submit as run

    code = run(str(file), reporter, rules=str(rules) if rules else None, lang=language,
               dry_run=dry_run, no_similar=no_similar, confirm=confirm if interactive else None)
    raise typer.Exit(int(code))


@guarded
def login(
    url: Annotated[Optional[str], typer.Option(
        "--url", help="Redmine's address, e.g. https://redmine.example.com (asked when "
                      "missing). HTTPS only, except 127.0.0.1/localhost.",
        show_default=False)] = None,
    lang: LangOption = None,
):
    """Store your Redmine address and API key for `redlint submit`.

    The key is asked without echo (it is under "My account" in Redmine), checked against
    Redmine, and stored in your user configuration folder with mode 0600. REDMINE_URL and
    REDMINE_API_KEY in the environment, when set, take precedence over this file.
    """
    from redlint.redmine.credentials import (
        ENV_KEY,
        ENV_URL,
        check_key,
        check_url,
        permissions_warning,
        save_credentials,
    )
    from redlint.redmine.connection import Connection
    from redlint.redmine.names import Names
    from redlint.userfiles import credentials_file

    language_of(lang)
    err = _err()
    path = credentials_file()
    warning = permissions_warning(path) if path.exists() else None
    if warning:
        err.print(Text(f"redlint: {warning}", style="yellow"))
    if url is None:
        url = typer.prompt(tr("Adresse de Redmine", "Redmine address"),
                           default=os.environ.get(ENV_URL) or None)
    url = check_url(url)
    key = check_key(typer.prompt(tr("Clé d'API (Mon compte > Clé d'accès API)",
                                    "API key (My account > API access key)"),
                                 hide_input=True))
    user = Names(Connection(url, key)).current_user()
    saved = save_credentials(url, key, path)
    _out().print(Text(tr(f"Connecté à {url} en tant que {user.describe()} ; accès "
                         f"enregistré dans {saved} (mode 0600).",
                         f"Logged in to {url} as {user.describe()}; access saved to "
                         f"{saved} (mode 0600)."), style="green"))
    if os.environ.get(ENV_URL) or os.environ.get(ENV_KEY):
        err.print(Text(tr(f"redlint: note : {ENV_URL}/{ENV_KEY} définis dans "
                          "l'environnement passent avant ce fichier",
                          f"redlint: note: {ENV_URL}/{ENV_KEY} set in the environment take "
                          "precedence over this file"), style="yellow"))
