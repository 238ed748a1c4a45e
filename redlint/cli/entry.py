"""The console script. Plain `redlint check` invocations skip Typer; everything else uses it.

Scripts and pre-commit hooks run `redlint check` on every commit, often on one small draft:
there, starting Typer and rich costs more than the check itself (about 70 ms against a few).
So the common shapes of `check` (files, --format, --lang, --strict, --quiet, --rules) are
read here; anything else — --help, a typo, another command — goes to the Typer app, which
owns the documentation and the error messages. Both call the same `run_check`.
"""

from __future__ import annotations

import os
import sys

_VALUE_OPTIONS = {"--format": "output_format", "-f": "output_format", "--lang": "lang",
                  "--rules": "rules"}
_FLAGS = {"--strict": "strict", "--quiet": "quiet", "-q": "quiet"}
_CHOICES = {"output_format": ("human", "json", "github"), "lang": ("fr", "en")}


def plain_check_arguments(argv: list[str]) -> dict | None:
    """The arguments of a plain `check` invocation, or None to let Typer handle it."""
    if not argv or argv[0] != "check":
        return None
    arguments: dict = {"inputs": []}
    items = iter(argv[1:])
    for item in items:
        if item in _FLAGS:
            arguments[_FLAGS[item]] = True
        elif item in _VALUE_OPTIONS:
            value = next(items, None)
            key = _VALUE_OPTIONS[item]
            if value is None or value not in _CHOICES.get(key, (value,)):
                return None
            arguments[key] = value
        elif item.startswith("-") and item != "-":
            return None  # --help, --format=json, a typo: Typer says it properly
        else:
            arguments["inputs"].append(item)
    return arguments if arguments["inputs"] else None


def main() -> None:
    arguments = plain_check_arguments(sys.argv[1:])
    if arguments is None:
        from redlint.cli.app import app

        app()
        return
    from redlint.cli.check import report_error, run_check
    from redlint.errors import RedlintError

    try:
        code = run_check(**arguments)
    except RedlintError as exc:
        code = report_error(exc)
    except KeyboardInterrupt:
        code = 130
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `redlint check ... | head`: the reader has what it wanted
        pass
    # Everything is written: skip the interpreter's teardown (freeing every compiled pattern
    # one by one), which would add a sizeable share of a small check's time.
    os._exit(code)
