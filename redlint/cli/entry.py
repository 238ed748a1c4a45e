"""The console script: run the Typer app and turn every way it can end into an exit code.

The Typer app (redlint.cli.app) is the one declaration of every command and option. Here, and
only here, what escapes it becomes one line and a documented exit code: a usage error in the
chosen language (redlint.cli.usage), a closed pipe (quietly), a full disk (one line), and a bug
in redlint (one line saying so; the traceback only with REDLINT_DEBUG=1).
"""

from __future__ import annotations

import os
import sys

from redlint.errors import ExitCode


def run(argv: list[str]) -> int:
    """Run redlint with these arguments; return the exit code. Never raises."""
    from redlint.cli.options import plain_check_arguments
    from redlint.errors import RedlintError

    try:
        arguments = plain_check_arguments(argv)
        if arguments is not None:
            # Scripts and pre-commit hooks run plain `redlint check` on every commit: it is
            # read from the same declarations as Typer's (redlint.cli.options) without
            # starting Typer, and runs the same function as Typer's `check`.
            from redlint.cli.check import run_check

            return run_check(**arguments)
        return _run_typer(argv)
    except RedlintError as exc:
        from redlint.cli.common import report_error

        return report_error(exc)
    except (KeyboardInterrupt, EOFError):
        return ExitCode.INTERRUPTED
    except OSError as exc:
        from redlint.cli.common import output_failure, report_bug

        code = output_failure(exc)
        return report_bug(exc) if code is None else code
    except Exception as exc:  # noqa: BLE001 - a bug: one line, never a traceback
        from redlint.cli.common import report_bug

        return report_bug(exc)


def _run_typer(argv: list[str]) -> int:
    from redlint.cli.app import app
    from redlint.cli.usage import Abort, ClickException, report_usage

    try:
        result = app(args=argv, prog_name="redlint", standalone_mode=False)
    except ClickException as exc:  # missing argument, bad value, unknown option or command
        return report_usage(exc, argv)
    except Abort:  # Ctrl-C or end of input at a prompt
        return ExitCode.INTERRUPTED
    return result if isinstance(result, int) else ExitCode.OK


def main() -> None:
    code = run(sys.argv[1:])
    try:
        sys.stdout.flush()
    except OSError as exc:  # what was still buffered could not be written
        from redlint.cli.common import output_failure

        code = output_failure(exc) or ExitCode.USAGE
    try:
        sys.stderr.flush()
    except OSError:
        pass
    # Everything is written: skip the interpreter's teardown (freeing every compiled pattern
    # one by one), which would add a sizeable share of a small check's time.
    os._exit(int(code))
