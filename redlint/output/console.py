"""The one way to make a rich Console: colour only where it belongs, closed pipes reported."""

from __future__ import annotations

import errno
import sys


def console(*, stderr: bool = False, **options):
    """A rich Console for the commands: colour only where redlint.output.render.use_color says
    (a terminal, NO_COLOR unset: no ANSI code at all otherwise, not even bold), and a closed
    pipe raised as BrokenPipeError (rich would exit 1 by itself) for redlint.cli.entry."""
    from rich.console import Console

    from redlint.output.render import use_color

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    stream = sys.stderr if stderr else sys.stdout
    color = use_color(stream)
    return _Console(stderr=stderr, highlight=False, no_color=not color,
                    color_system="auto" if color else None, **options)
