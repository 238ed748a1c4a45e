"""Usage errors (missing argument, bad value, unknown option or command) as one line in the
chosen language, instead of Click's English box.

Click raises a typed exception carrying the parameter at fault; the message is rebuilt here
from those facts, so that no English (nor pydantic's "Value error,") leaks to a French user.
"""

from __future__ import annotations

import re

from typer import Abort
from typer._click.exceptions import (  # Typer's own Click: the classes it raises
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)

from redlint.errors import ExitCode
from redlint.i18n import LANGS, detect_lang, tr, use

__all__ = ["Abort", "ClickException", "report_usage", "usage_message"]


def chosen_language(argv: list[str]) -> str:
    """--lang as given on the command line (even when parsing failed), else the locale's."""
    for index, item in enumerate(argv):
        value = None
        if item == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif item.startswith("--lang="):
            value = item.split("=", 1)[1]
        if value in LANGS:
            return value
    return detect_lang()


def _param_name(error: BadParameter) -> str:
    param = error.param
    if param is None:
        return error.param_hint if isinstance(error.param_hint, str) else "?"
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "argument" or not opts:
        return getattr(param, "metavar", None) or (param.name or "?").upper()
    return max(opts, key=len)  # the long spelling: --format rather than -f


def _command(error: UsageError) -> str:
    ctx = getattr(error, "ctx", None)
    return ctx.command_path if ctx is not None and ctx.command_path else "redlint"


def usage_message(error: ClickException) -> str:
    """The one-line message for a Click usage error, in the chosen language."""
    help_hint = tr(f" (voir `{_command(error)} --help`)", f" (see `{_command(error)} --help`)") \
        if isinstance(error, UsageError) else ""
    if isinstance(error, MissingParameter):
        name = _param_name(error)
        if getattr(error.param, "param_type_name", "") == "argument":
            return tr(f"argument {name} manquant", f"missing argument {name}") + help_hint
        return tr(f"option {name} manquante", f"missing option {name}") + help_hint
    if isinstance(error, BadParameter):
        name = _param_name(error)
        found = re.search(r"'(.*?)' is not one of (.*?)\.?$", error.message)
        if found:
            listed = ", ".join(re.findall(r"'(.*?)'", found.group(2)))
            return tr(f"valeur invalide pour {name} : « {found.group(1)} » ; choix : {listed}",
                      f"invalid value for {name}: '{found.group(1)}'; choose one of: {listed}")
        return tr(f"valeur invalide pour {name}", f"invalid value for {name}") + help_hint
    if isinstance(error, NoSuchOption):
        close = sorted(error.possibilities or ())
        hint = tr(f" (vouliez-vous dire {' ou '.join(close)} ?)",
                  f" (did you mean {' or '.join(close)}?)") if close else ""
        return tr(f"option inconnue {error.option_name}", f"no such option: {error.option_name}") \
            + hint + help_hint
    if isinstance(error, BadOptionUsage):
        if "requires" in error.message:
            return tr(f"l'option {error.option_name} attend une valeur",
                      f"option {error.option_name} requires a value") + help_hint
        return tr(f"l'option {error.option_name} ne prend pas de valeur",
                  f"option {error.option_name} takes no value") + help_hint
    found = re.match(r"No such command '(.*)'", error.message)
    if found:
        return tr(f"commande inconnue « {found.group(1)} »",
                  f"no such command '{found.group(1)}'") + help_hint
    found = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", error.message)
    if found:
        return tr(f"argument en trop : {found.group(1)}",
                  f"unexpected extra argument: {found.group(1)}") + help_hint
    return tr("ligne de commande invalide", "invalid command line") + help_hint


def report_usage(error: ClickException, argv: list[str]) -> int:
    """Print a usage error as one line on stderr; return its exit code (2)."""
    import sys

    if isinstance(error, NoArgsIsHelpError):  # bare `redlint`: the help is the answer
        sys.stderr.write(error.format_message() + "\n")
        return int(ExitCode.USAGE)
    from redlint.cli.common import _say_line

    use(chosen_language(argv))
    _say_line(usage_message(error))
    return int(ExitCode.USAGE)
