"""Showing findings: for people (rich), for scripts (JSON), for GitHub Actions (annotations).

Rendering never decides anything: the verdicts and the exit code come from the caller. User
text is never read as rich markup (a title like `[Senior] ...` would vanish otherwise).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from redlint.errors import RedlintError
from redlint.i18n import plural, tr
from redlint.model import Finding, Level

JSON_SCHEMA_VERSION = 1
_STYLES = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}


@dataclass(frozen=True, slots=True)
class FileReport:
    """One input's outcome: its findings, or the error that kept it from being checked."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: RedlintError | None = None
    kind: str | None = None  # the ticket's kind (redlint.draft.kind), when it could be read

    def verdict(self, strict: bool) -> str:
        if self.error is not None:
            return "error"
        worst = Level.WARNING if strict else Level.ERROR
        return "fail" if any(f.level.rank >= worst.rank for f in self.findings) else "pass"


def _counts(reports: list[FileReport]) -> dict[str, int]:
    counts = {level.value: 0 for level in Level}
    for report in reports:
        for finding in report.findings:
            counts[finding.level.value] += 1
    return counts


Line = list[tuple[str, str]]  # (text, style) segments; style "" for plain


def human(reports: list[FileReport], *, quiet: bool = False, strict: bool = False
          ) -> tuple[list[Line], list[Line]]:
    """The lines for people: findings and summary for stdout, unreadable drafts for stderr.

    `quiet` keeps only the findings that fail the run (errors; warnings too when `strict`):
    whatever makes the exit code non-zero is always shown."""
    failing = Level.WARNING if strict else Level.ERROR
    out: list[Line] = []
    err: list[Line] = []
    for report in reports:
        if report.error is not None:
            err.append([(f"redlint: {report.error}", "bold red")])
            continue
        for finding in report.findings:
            if quiet and finding.level.rank < failing.rank:
                continue
            out.extend(_finding(finding))
    if quiet:
        return out, err
    counts = _counts(reports)
    checked = sum(report.error is None for report in reports)
    unreadable = len(reports) - checked
    if not checked:
        pass  # nothing was checked: the unreadable drafts say it all
    elif not any(counts.values()) and not unreadable:
        out.append([(plural(checked, "{n} brouillon vérifié", "{n} brouillons vérifiés",
                            "{n} draft checked", "{n} drafts checked")
                     + tr(" : tout est conforme au guide du support.",
                          ": all follow the support guide."), "green")])
    else:
        out.append([(summary(checked, counts), "bold")])
    if unreadable:
        err.append([(plural(unreadable, "{n} brouillon illisible", "{n} brouillons illisibles",
                            "{n} unreadable draft", "{n} unreadable drafts"), "bold red")])
    return out, err


def summary(checked: int, counts: dict[str, int]) -> str:
    """The last line: how many drafts were checked, and what was found."""
    drafts = plural(checked, "{n} brouillon vérifié", "{n} brouillons vérifiés",
                    "{n} draft checked", "{n} drafts checked")
    found = ", ".join((
        plural(counts["error"], "{n} erreur", "{n} erreurs", "{n} error", "{n} errors"),
        plural(counts["warning"], "{n} avertissement", "{n} avertissements",
               "{n} warning", "{n} warnings"),
        plural(counts["info"], "{n} info", "{n} infos", "{n} info", "{n} infos")))
    return drafts + tr(" : ", ": ") + found


def level_name(level: Level) -> str:
    return {Level.ERROR: tr("erreur", "error"), Level.WARNING: tr("avertissement", "warning"),
            Level.INFO: tr("info", "info")}[level]


def _finding(finding: Finding) -> list[Line]:
    style = _STYLES[finding.level]
    lines = [[(f"{finding.path}:{finding.line}:{finding.column}", "bold"), (" ", ""),
              (level_name(finding.level), style), (" ", ""), (finding.rule, "dim"),
              (" ", ""), (finding.message, "")]]
    if not finding.context.strip():
        return lines
    shown = finding.context.expandtabs(1)
    if len(shown) > 160:  # a long line (pasted logs): show the part around the finding
        start = max(0, finding.column - 60)
        shown = ("…" if start else "") + shown[start:start + 160] + "…"
        column = finding.column - start + (1 if start else 0)
    else:
        column = finding.column
    width = (finding.end_column - finding.column if finding.end_line == finding.line
             else len(shown) - column + 1)
    width = max(1, min(width, len(shown) - column + 1))
    lines.append([("    " + shown, "")])
    lines.append([("    " + " " * (column - 1) + "^" * width, style)])
    return lines


def emit(lines: list[Line], stream, *, color: bool) -> None:
    """Write lines to a stream: through rich with colours for a terminal, as plain text else.

    Plain text needs no rich at all, which keeps `redlint check` in scripts and hooks fast.
    User text is never read as markup either way (a title like `[Senior] ...` stays).
    """
    if not color:
        stream.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, force_terminal=True)
    for line in lines:
        text = Text()
        for segment, style in line:
            text.append(segment, style=style or None)
        console.print(text, soft_wrap=True)


def use_color(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and \
        os.environ.get("TERM") != "dumb"


def finding_json(finding: Finding) -> dict:
    return {
        "path": finding.path,
        "rule": finding.rule,
        "level": finding.level.value,
        "line": finding.line,
        "column": finding.column,
        "end": {"line": finding.end_line, "column": finding.end_column},
        "message": finding.message,
    }


def as_json(reports: list[FileReport], *, strict: bool, exit_code: int) -> str:
    counts = _counts(reports)
    document = {
        "version": JSON_SCHEMA_VERSION,
        "files": [
            {
                "path": report.path,
                "verdict": report.verdict(strict),
                "error": None if report.error is None else {
                    "message": report.error.message,
                    "line": report.error.line,
                    "column": report.error.column,
                },
                "findings": [finding_json(f) for f in report.findings],
                "kind": report.kind,
            }
            for report in reports
        ],
        "summary": {"files": len(reports), "errors": counts["error"],
                    "warnings": counts["warning"], "infos": counts["info"],
                    "exit_code": exit_code},
    }
    import json  # here: a plain check in human format need not load it

    return json.dumps(document, ensure_ascii=False, indent=2)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def as_github(reports: list[FileReport]) -> str:
    """GitHub Actions workflow commands, one annotation per finding or unreadable file."""
    lines = []
    for report in reports:
        if report.error is not None:
            where = f"file={_escape_property(report.path)}"
            if report.error.line:
                where += f",line={report.error.line}"
            lines.append(f"::error {where},title=redlint::{_escape_data(report.error.message)}")
        for f in report.findings:
            lines.append(
                f"::{_GITHUB_LEVEL[f.level]} file={_escape_property(f.path)},line={f.line},"
                f"col={f.column},endLine={f.end_line},endColumn={f.end_column},"
                f"title={_escape_property('redlint ' + f.rule)}::{_escape_data(f.message)}")
    return "\n".join(lines)
