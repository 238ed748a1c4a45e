"""The one error family and the one exit-code table.

Core code raises these; only the CLI turns them into an exit code and a one-line message.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # no error-level finding (warnings allowed unless --strict)
    FINDINGS = 1  # at least one error-level finding (or warning with --strict)
    USAGE = 2  # bad arguments, broken configuration, unreadable input or unwritable output
    REDMINE = 3  # Redmine refused or could not be reached; the draft is untouched
    BUG = 4  # a bug in redlint: reported as one line asking to report it
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells count it)
    PIPE_CLOSED = 141  # the reader of the output went away (128 + SIGPIPE, as git ends)


class RedlintError(Exception):
    """A problem the user can fix; rendered as one line, never as a traceback."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __reduce__(self):
        # Keep path and line when a report crosses a process boundary.
        return (self.__class__, (self.message,),
                {"path": self.path, "line": self.line, "column": self.column})

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class DraftError(RedlintError):
    """The draft file cannot be read or parsed."""


class ConfigError(RedlintError):
    """A rules file or .redlint.yaml is invalid."""


class UsageError(RedlintError):
    """The command line asks for something impossible."""


class RedmineError(RedlintError):
    """Redmine refused the request or could not be reached."""

    exit_code = ExitCode.REDMINE
