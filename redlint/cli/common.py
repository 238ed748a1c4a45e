"""What every command shares: the language and rules options, and turning what goes wrong into
one line and an exit code (report_error, report_bug, output_failure: the only place)."""

from __future__ import annotations

import errno
import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint.cli.options import LANG, RULES, Lang, typer_option
from redlint.errors import ExitCode, RedlintError
from redlint.i18n import current, tr, use


LangOption = Annotated[Optional[Lang], typer_option(LANG, show_default=False)]
RulesOption = Annotated[Optional[Path], typer_option(RULES, show_default=False)]


def language(lang: Lang | None) -> str:
    """The language of the messages, chosen for the whole command (see i18n.use)."""
    return use(lang.value if lang else None)


_YES = {"fr": ("o", "oui", "y", "yes"), "en": ("y", "yes")}
_NO = {"fr": ("n", "non", "no"), "en": ("n", "no")}


def confirm(question: str, *, default: bool = True) -> bool:
    """Ask a yes/no question: in French it takes o/oui/n/non (and y/yes) and shows [O/n]."""
    lang = current()
    choices = tr("O/n", "Y/n") if default else tr("o/N", "y/N")
    while True:
        answer = input(f"{question} [{choices}] ").strip().casefold()
        if not answer:
            return default
        if answer in _YES[lang if lang in _YES else "en"]:
            return True
        if answer in _NO[lang if lang in _NO else "en"]:
            return False
        print(tr("Répondez o (oui) ou n (non).", "Answer y (yes) or n (no)."))


def _say_line(text: str) -> None:
    from redlint.output.render import emit, use_color

    try:
        emit([[(f"redlint: {text}", "bold red")]], sys.stderr, color=use_color(sys.stderr))
        sys.stderr.flush()
    except OSError:
        pass  # stderr is gone too: the exit code is all that is left to say it


def report_error(error: RedlintError) -> int:
    """Print a RedlintError as its one line on stderr; return its exit code."""
    _say_line(str(error))
    return int(error.exit_code)


def report_bug(error: BaseException) -> int:
    """A bug in redlint: one line saying so (the traceback with REDLINT_DEBUG=1)."""
    if os.environ.get("REDLINT_DEBUG"):
        import traceback

        traceback.print_exception(error)
    else:
        where = ""
        tb = error.__traceback__
        while tb is not None:
            where = f" ({os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno})"
            tb = tb.tb_next
        what = f"{type(error).__name__}{where}"
        _say_line(tr(
            f"bogue dans redlint ({what}) : signalez-le aux mainteneurs de redlint (dans le "
            "gestionnaire de tickets du dépôt d'où vient redlint), avec la commande lancée ; "
            "REDLINT_DEBUG=1 affiche le détail",
            f"bug in redlint ({what}): please report it to redlint's maintainers (in the issue "
            "tracker of the repository redlint comes from) with the command you ran; "
            "REDLINT_DEBUG=1 shows the details"))
    return int(ExitCode.BUG)


_WRITE_ERRORS_FR = {errno.ENOSPC: "plus de place sur le disque",
                    errno.EDQUOT: "quota de disque dépassé",
                    errno.EFBIG: "fichier trop gros"}


def output_failure(error: OSError) -> int | None:
    """The exit code for output that cannot be written (None: not an output problem).

    A closed pipe (`redlint check ... | head -1`) is no error: the reader has what it wanted,
    so redlint ends quietly, as git does. A full disk or another write error is one line."""
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        try:  # later writes and the final flush go nowhere instead of failing again
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return int(ExitCode.PIPE_CLOSED)
    if error.errno in _WRITE_ERRORS_FR:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        _say_line(tr(f"écriture de la sortie impossible : {_WRITE_ERRORS_FR[error.errno]}",
                     f"cannot write the output: {os.strerror(error.errno)}"))
        return int(ExitCode.USAGE)
    return None


def guarded(command):
    """Turn RedlintError into its one-line message and exit code: never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RedlintError as exc:
            raise typer.Exit(report_error(exc)) from None
        except (KeyboardInterrupt, EOFError, typer.Abort):
            report_error(RedlintError(tr("interrompu", "interrupted")))
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except OSError as exc:
            code = output_failure(exc)
            if code is None:
                raise
            raise typer.Exit(code) from None

    return wrapper
