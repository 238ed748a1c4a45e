"""Showing findings: for people (rich), for scripts (JSON), for GitHub Actions (annotations).

Rendering never decides anything: the verdicts and the exit code come from the caller. User
text is never read as rich markup (a title like `[Senior] ...` would vanish otherwise).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from redlint.errors import RedlintError
from redlint.i18n import t
from redlint.model import Finding, Level

JSON_SCHEMA_VERSION = 1
_STYLES = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}


@dataclass(frozen=True)
class FileReport:
    """One input's outcome: its findings, or the error that kept it from being checked."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: RedlintError | None = None

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


def human(reports: list[FileReport], console: Console, errors: Console, lang: str, *,
          quiet: bool = False) -> None:
    """Findings on `console`; drafts that could not be read, one line each, on `errors`."""
    for report in reports:
        if report.error is not None:
            errors.print(Text(f"redlint: {report.error}", style="bold red"), soft_wrap=True)
            continue
        for finding in report.findings:
            if quiet and finding.level is not Level.ERROR:
                continue
            _finding(finding, console, lang)
    if quiet:
        return
    counts = _counts(reports)
    checked = sum(report.error is None for report in reports)
    unreadable = len(reports) - checked
    if not any(counts.values()) and not unreadable:
        console.print(Text(t("all-good", lang, drafts=checked), style="green"), soft_wrap=True)
    else:
        console.print(Text(t("summary", lang, drafts=checked, errors=counts["error"],
                             warnings=counts["warning"], infos=counts["info"]), style="bold"),
                      soft_wrap=True)
    if unreadable:
        errors.print(Text(t("unreadable", lang, count=unreadable), style="bold red"),
                      soft_wrap=True)


def _finding(finding: Finding, console: Console, lang: str) -> None:
    head = Text()
    head.append(f"{finding.path}:{finding.line}:{finding.column}", style="bold")
    head.append(" ")
    head.append(t(finding.level.value, lang), style=_STYLES[finding.level])
    head.append(" ")
    head.append(finding.rule, style="dim")
    head.append(" ")
    head.append(finding.message)
    console.print(head, soft_wrap=True)
    if not finding.context.strip():
        return
    shown = finding.context.expandtabs(1)
    if len(shown) > 160:  # a pasted log line: show the part around the finding
        start = max(0, finding.column - 60)
        shown = shown[start:start + 160]
        column = finding.column - start
    else:
        column = finding.column
    width = (finding.end_column - finding.column if finding.end_line == finding.line
             else len(shown) - column + 1)
    width = max(1, min(width, len(shown) - column + 1))
    console.print(Text("    " + shown), soft_wrap=True)
    console.print(Text("    " + " " * (column - 1) + "^" * width, style=_STYLES[finding.level]),
                  soft_wrap=True)


def _finding_json(finding: Finding) -> dict:
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
                "findings": [_finding_json(f) for f in report.findings],
            }
            for report in reports
        ],
        "summary": {"files": len(reports), "errors": counts["error"],
                    "warnings": counts["warning"], "infos": counts["info"],
                    "exit_code": exit_code},
    }
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
