"""Every example draft gets exactly the findings it was written for: no more, no fewer."""

from __future__ import annotations

import pytest
from tests_support import EXAMPLES

from redlint.lint.check import check_file

# example file → [(rule, level, line, column)]
EXPECTED = {
    "good-support.md": [],
    "good-gestion-de-projet.md": [],
    "bad-front-matter-keys.md": [("front-matter-keys", "warning", 5, 1)],
    "bad-project-required.md": [("project-required", "error", 1, 1)],
    "bad-title-required.md": [("title-required", "error", 5, 9)],
    "bad-description-required.md": [("description-required", "error", 7, 1)],
    "bad-tracker.md": [("tracker", "error", 3, 10)],
    "bad-assignment.md": [("assignment", "error", 4, 14)],
    "bad-project-anomaly.md": [("project-anomaly", "warning", 5, 22)],
    "bad-project-question.md": [("project-question", "warning", 9, 1)],
    "bad-project-on-support.md": [("project-on-support", "warning", 9, 48)],
    "bad-attachments.md": [("attachments", "error", 5, 14)],
    "bad-scope.md": [("scope", "warning", 5, 22)],
    "bad-new-procedure.md": [("new-procedure", "warning", 9, 113)],
    "bad-single-request.md": [("single-request", "warning", 12, 4)],
    "bad-url-required.md": [("url-required", "warning", 5, 9)],
    "bad-url-precise.md": [("url-precise", "warning", 11, 55)],
    "bad-title-urgency.md": [("title-urgency", "error", 5, 9)],
    "bad-title-tone.md": [("title-tone", "error", 5, 9)],
    "bad-title-length.md": [("title-length", "warning", 5, 9)],
    "bad-description-shouting.md": [("description-shouting", "warning", 9, 1)],
    "bad-description-emphasis.md": [("description-emphasis", "warning", 9, 1)],
    "bad-description-telegraphic.md": [("description-telegraphic", "warning", 7, 1)],
    "bad-technical-context.md": [("technical-context", "warning", 5, 61)],
}


def test_every_example_is_pinned():
    assert sorted(EXPECTED) == sorted(p.name for p in EXAMPLES.glob("*.md"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_example_findings(name, lang):
    result = check_file(str(EXAMPLES / name), lang=lang)
    found = [(f.rule, f.level.value, f.line, f.column) for f in result.findings]
    assert found == EXPECTED[name]
    for finding in result.findings:
        assert finding.message and "{" not in finding.message  # every placeholder filled
