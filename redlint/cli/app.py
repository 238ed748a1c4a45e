"""The command line: parse arguments, call the core, render, exit. Nothing else lives here."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint import __version__
from redlint.cli.check import run_check
from redlint.cli.options import FORMAT, QUIET, STRICT, Format, typer_option
from redlint.cli.common import LangOption, RulesOption, guarded
from redlint.output.console import console
from redlint.cli.common import language as language_of
from redlint.cli.audit import audit
from redlint.cli.submit import login, submit
from redlint.errors import UsageError
from redlint.i18n import tr
from redlint.lint.check import ruleset_for

# rich is imported inside the commands that draw with it: `redlint check` in a script or a
# pre-commit hook writes plain text and should not pay for it.

app = typer.Typer(
    name="redlint",
    help="Check Redmine ticket drafts against the support guide, then submit them.\n\n"
         "Vérifie les brouillons de tickets Redmine selon le guide du support, puis les envoie.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain Click help: no rich to import at every start
    # A future API key must never be printed in a traceback's local variables.
    pretty_exceptions_show_locals=False,
)


def _version(value: bool):
    if value:
        print(f"redlint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False):
    """Check Redmine ticket drafts against the support guide, then submit them."""


@app.command()
@guarded
def check(
    inputs: Annotated[list[str], typer.Argument(
        metavar="FILE|DIR|-", help="Drafts to check: files, folders (every *.md inside), "
                                   "or - for standard input.", show_default=False)],
    output_format: Annotated[Format, typer_option(FORMAT)] = Format.human,
    lang: LangOption = None,
    strict: Annotated[bool, typer_option(STRICT)] = False,
    quiet: Annotated[bool, typer_option(QUIET)] = False,
    rules: RulesOption = None,
):
    """Check drafts against the support guide.

    Exit codes: 0 the drafts pass (warnings allowed), 1 a finding at error level (or a warning
    with --strict), 2 bad usage, broken configuration or an unreadable draft, 4 a bug in
    redlint (please report it).

    Examples: `redlint check ticket.md`, `redlint check drafts/ --format json`,
    `cat ticket.md | redlint check -`.
    """
    code = run_check(inputs, output_format=Format(output_format), lang=lang, strict=strict,
                     quiet=quiet, rules=str(rules) if rules else None)
    raise typer.Exit(code)


@app.command("rules")
@guarded
def list_rules(
    lang: LangOption = None,
    rules: RulesOption = None,
    directory: Annotated[Path, typer.Option(
        "--dir", help="Folder whose .redlint.yaml applies (default: the current one).")] = Path("."),
):
    """List the active rules: id, level, what each checks, and where it comes from."""
    from rich.markup import escape
    from rich.table import Table

    language = language_of(lang)
    ruleset = ruleset_for(str(directory / "draft.md"), str(rules) if rules else None)
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("rule", no_wrap=True)
    table.add_column("level", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column(tr("vérifie", "checks"), overflow="fold", ratio=1)
    table.add_column("source", overflow="fold")
    for rule in ruleset.rules:
        level = rule.level.value if rule.enabled else "off"
        checks = rule.describe(language)
        if rule.vocabularies:
            names = dict.fromkeys(n for names in rule.vocabularies.values() for n in names)
            checks += f"\n{tr('vocabulaires', 'vocabularies')}: {', '.join(names)}"
        table.add_row(escape(rule.id), level, rule.type, escape(checks),
                      escape(_short_source(rule.source)))
    console().print(table)


# How `explain` shows a `when` condition, by (negate, typos): ≈ the value or one a typo away
# from it (`like`), ≉ neither (`unlike`).
_RELATION = {(False, False): "=", (True, False): "≠", (False, True): "≈", (True, True): "≉"}


def _short_source(source: str) -> str:
    from redlint.config.ruleset import default_rules_path

    return "default" if Path(source).resolve() == default_rules_path().resolve() else source


@app.command()
@guarded
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id (see `redlint rules`) "
                                           "or a rule type name.", show_default=False)],
    lang: LangOption = None,
    rules: RulesOption = None,
):
    """Explain a rule: what it checks, why, and a bad and a good example."""
    from rich.text import Text

    from redlint.config.options import suggest
    from redlint.rules import REGISTRY

    language = language_of(lang)
    ruleset = ruleset_for("draft.md", str(rules) if rules else None)
    rule = ruleset.get(rule_id)
    screen = console()
    if rule is None and rule_id in REGISTRY:
        screen.print(Text(f"{rule_id}\n\n", style="bold") + Text(REGISTRY[rule_id].doc))
        return
    if rule is None:
        hint = suggest(rule_id, [r.id for r in ruleset.rules])
        raise UsageError(tr(f"règle inconnue « {rule_id} »{hint} ; `redlint rules` liste les règles",
                            f"unknown rule \"{rule_id}\"{hint}; `redlint rules` lists the rules"))
    out = Text()
    out.append(f"{rule.id}", style="bold")
    out.append(f"  ({rule.level.value}, type {rule.type}, {_short_source(rule.source)})\n\n")
    out.append(rule.describe(language) + "\n")
    conditions = ", ".join(f"{c.field} {_RELATION[c.negate, c.typos]} {' | '.join(c.values)}"
                           for c in rule.when) or tr("toujours", "always")
    applies = tr("S'applique quand :", "Applies when:")
    out.append(f"\n{applies} {conditions}\n")
    if rule.vocabularies:  # the word lists a support manager may edit (policy/vocabularies/)
        names = "; ".join(f"{option}: {', '.join(names)}"
                          for option, names in rule.vocabularies.items())
        out.append(tr(f"Vocabulaires : {names}\n", f"Vocabularies: {names}\n"))
    if rule.score is not None:  # a learned score that overrules the rule (redlint.lint.score)
        score = rule.score
        low, high = (f"{value:g}".replace(".", ",") for value in (score.drop_below,
                                                                 score.report_above))
        out.append(tr(f"Score appris : {score.model} (policy/scores/{score.model}.txt) ; sous "
                      f"{low} la règle se tait, au-dessus de {high} elle signale\n",
                      f"Learned score: {score.model} (policy/scores/{score.model}.txt); below "
                      f"{score.drop_below:g} the rule is silenced, above "
                      f"{score.report_above:g} it reports\n"))
    for key, label, style in (("bad", tr("À éviter :", "Bad:"), "red"),
                              ("good", tr("À suivre :", "Good:"), "green")):
        if rule.examples.get(key):
            out.append(f"\n{label}\n", style=f"bold {style}")
            out.append("".join(f"    {line}\n" for line in rule.examples[key].rstrip().split("\n")))
    screen.print(out, soft_wrap=True)


class Tracker(str, Enum):
    support = "Support"
    gestion = "Gestion de projet"


@app.command()
@guarded
def new(
    output: Annotated[Optional[Path], typer.Argument(
        metavar="[FILE]", help="Where to write the draft (default: standard output). "
                               "An existing file is never overwritten.", show_default=False)] = None,
    tracker: Annotated[Tracker, typer.Option(
        "--tracker", help="Support (an anomaly, simple help) or \"Gestion de projet\" "
                          "(everything else).")] = Tracker.support,
    project: Annotated[str, typer.Option(
        "--project", help="Redmine project identifier (default: `redmine.project` of "
                          ".redlint.yaml).", show_default=False)] = "",
    lang: LangOption = None,
):
    """Write a draft skeleton with the sections the support guide asks for."""
    from redlint.draft.skeleton import skeleton

    language = language_of(lang)
    folder = (output.parent if output else Path(".")) / "draft.md"
    ruleset = ruleset_for(str(folder))
    project = project or ruleset.redmine.project
    managers = ruleset.projects.get(project)
    manager = managers.project_manager[0] if managers and managers.project_manager else ""
    text = skeleton(tracker.value, language, project, manager)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        raise UsageError(tr("le fichier existe déjà : choisissez un autre nom, rien n'a été écrit",
                            "the file already exists: choose another name, nothing was written"),
                         path=str(output)) from None
    except OSError as exc:
        raise UsageError(tr(f"écriture du fichier impossible : {exc.strerror}",
                            f"cannot write the file: {exc.strerror}"), path=str(output)) from None
    from rich.text import Text

    console().print(Text(tr(f"Brouillon écrit dans {output} : complétez-le, puis lancez "
                            f"`redlint check {output}`.",
                            f"Draft written to {output}: fill it in, then run "
                            f"`redlint check {output}`.")))


# Submitting lives in its own module: its network imports happen inside the commands.
app.command()(submit)
app.command()(login)
app.command()(audit)

# Measuring the rules on labelled sets lives in its own module too.
from redlint.cli.eval import eval_command  # noqa: E402

app.command("eval")(eval_command)

# After submission: the tickets that wait on you (redlint.cli.followup).
from redlint.cli.followup import close as _close, inbox as _inbox, reply as _reply  # noqa: E402

app.command("inbox")(_inbox)
app.command("reply")(_reply)
app.command("close")(_close)
