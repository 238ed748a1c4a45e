"""What an audit keeps while issues stream by: counts, a trend per month, the worst tickets.

Memory stays flat however many issues a project has: per rule and per month a few integers,
and only the `worst` tickets themselves.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from redlint.audit.run import IssueResult
from redlint.model import Level

WORST = 10


@dataclass(slots=True)
class Month:
    checked: int = 0
    passing: int = 0
    findings: int = 0


@dataclass(frozen=True, slots=True)
class Worst:
    """One of the tickets with the most findings (errors first)."""

    id: int
    url: str
    title: str
    errors: int
    warnings: int
    rules: tuple[str, ...]


@dataclass(slots=True)
class Tally:
    checked: int = 0
    passing: int = 0
    unreadable: int = 0
    as_now: int = 0  # issues whose values at creation the journals did not fully tell
    findings: Counter = field(default_factory=Counter)  # rule → findings
    tickets: Counter = field(default_factory=Counter)  # rule → tickets with a finding
    levels: Counter = field(default_factory=Counter)  # level → findings
    months: dict[str, Month] = field(default_factory=dict)
    _worst: list = field(default_factory=list)  # a heap of (errors, warnings, -id, Worst)
    keep: int = WORST

    def add(self, result: IssueResult) -> None:
        issue = result.issue
        self.checked += 1
        self.passing += result.passing
        self.unreadable += result.error is not None
        self.as_now += not issue.as_created
        for finding in result.findings:
            self.findings[finding.rule] += 1
            self.levels[finding.level.value] += 1
        for rule in {f.rule for f in result.findings}:
            self.tickets[rule] += 1
        key = issue.created_on.strftime("%Y-%m") if issue.created_on else "?"
        month = self.months.setdefault(key, Month())
        month.checked += 1
        month.passing += result.passing
        month.findings += len(result.findings)
        errors = sum(f.level is Level.ERROR for f in result.findings)
        warnings = sum(f.level is Level.WARNING for f in result.findings)
        if errors or warnings:
            worst = Worst(issue.id, issue.url, issue.title, errors, warnings,
                          tuple(sorted({f.rule for f in result.findings})))
            entry = (errors, warnings, -issue.id, worst)
            if len(self._worst) < self.keep:
                heapq.heappush(self._worst, entry)
            else:
                heapq.heappushpop(self._worst, entry)

    @property
    def worst(self) -> list[Worst]:
        return [entry[-1] for entry in sorted(self._worst, reverse=True)]

    @property
    def share_passing(self) -> float:
        return self.passing / self.checked if self.checked else 1.0

    def trend(self) -> list[tuple[str, Month]]:
        return sorted(self.months.items())

    def summary(self) -> dict:
        """The tally as plain data (JSON's `summary`)."""
        return {
            "checked": self.checked,
            "passing": self.passing,
            "share_passing": round(self.share_passing, 4),
            "unreadable": self.unreadable,
            "current_values": self.as_now,
            "findings": dict(sorted(self.findings.items())),
            "tickets_per_rule": dict(sorted(self.tickets.items())),
            "levels": {level.value: self.levels.get(level.value, 0) for level in Level},
            "months": [{"month": key, "checked": m.checked, "passing": m.passing,
                        "findings": m.findings} for key, m in self.trend()],
            "worst": [{"id": w.id, "url": w.url, "title": w.title, "errors": w.errors,
                       "warnings": w.warnings, "rules": list(w.rules)} for w in self.worst],
        }
