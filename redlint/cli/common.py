"""What every Typer command shares: the language and rules options, and error handling."""

from __future__ import annotations

import functools
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint.cli.check import report_error
from redlint.errors import RedlintError
from redlint.i18n import current, t, use


class Lang(str, Enum):
    fr = "fr"
    en = "en"


LangOption = Annotated[Optional[Lang], typer.Option(
    "--lang", help="Language of the messages: fr or en. Default: from the locale (LANG), "
                   "French when unset.", show_default=False)]
RulesOption = Annotated[Optional[Path], typer.Option(
    "--rules", help="Rules file to use instead of the nearest .redlint.yaml "
                    "(it may `extends: default`).", show_default=False)]


def language(lang: Lang | None) -> str:
    """The language of the messages, chosen for the whole command (see i18n.use)."""
    return use(lang.value if lang else None)


def guarded(command):
    """Turn RedlintError into its one-line message and exit code: never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RedlintError as exc:
            raise typer.Exit(report_error(exc)) from None
        except (KeyboardInterrupt, EOFError, typer.Abort):
            report_error(RedlintError(t("interrupted", current())))
            raise typer.Exit(130) from None

    return wrapper
