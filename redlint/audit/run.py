"""Lint a Redmine issue as `redlint check` lints a draft: same Draft reading, same `lint`.

An issue becomes the draft file its writer would have typed (`redlint.draft.compose`): its
project, tracker, assignee and title as front matter, its description as body. Rules that
read only files on disk (`files-exist`, `known-keys`) find nothing to read there: an issue has
no attachment list nor stray front matter key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from redlint.audit.source import AuditedIssue, Query, Source
from redlint.config.ruleset import RuleSet
from redlint.draft.compose import compose_draft
from redlint.errors import DraftError
from redlint.lint.linter import lint
from redlint.model import Finding, Level


@dataclass(frozen=True, slots=True)
class IssueResult:
    issue: AuditedIssue
    findings: tuple[Finding, ...] = ()
    error: str | None = None  # the issue could not be read as a draft

    @property
    def passing(self) -> bool:
        return self.error is None and not any(f.level is Level.ERROR for f in self.findings)


def issue_fields(issue: AuditedIssue, project: str) -> dict[str, str | None]:
    """The front matter an issue's draft has."""
    return {"project": project, "tracker": issue.tracker, "assigned_to": issue.assigned_to,
            "title": issue.title}


def lint_issue(issue: AuditedIssue, project: str, ruleset: RuleSet,
               lang: str = "fr") -> IssueResult:
    try:
        draft = compose_draft(issue_fields(issue, project), issue.description, path=issue.url)
    except DraftError as exc:
        return IssueResult(issue, error=exc.message)
    return IssueResult(issue, tuple(lint(draft, ruleset, lang)))


def run_audit(source: Source, query: Query, ruleset: RuleSet, lang: str = "fr", *,
              on_total=None, on_page=None) -> Iterator[IssueResult]:
    """Every issue of the query, linted, page after page (nothing kept here)."""
    for page in source.pages(query, on_total=on_total):
        for issue in page:
            yield lint_issue(issue, query.project, ruleset, lang)
        if on_page:
            on_page(len(page))
