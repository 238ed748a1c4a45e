"""Every settings section of .redlint.yaml is validated when the file loads: `redlint check`
reports a bad value at its file:line with exit 2, not `redlint submit` much later."""

from __future__ import annotations

import pytest
from tests_support import EXAMPLES
from typer.testing import CliRunner

from redlint.cli.app import app
from redlint.config.rulecache import load_ruleset
from redlint.config.settings import SECTIONS, RedmineSettings, SupportHours
from redlint.errors import ConfigError


@pytest.mark.parametrize("text, line, words", [
    ('support_hours:\n  start: "25:00"\n', 2, "'start' must be a time as HH:MM"),
    ('support_hours:\n  start: "18:00"\n  end: "09:00"\n', 2, "must be before 'end'"),
    ('support_hours:\n  days: [mon, funday]\n', 2, "'funday' is not one of"),
    ('support_hours:\n  timezone: Mars/Olympus\n', 2, "unknown time zone"),
    ('support_hours:\n  closed: [2025-13-01]\n', 2, "is not a date"),
    ('support_hours:\n  opening: "09:00"\n', 2, "unknown option 'opening'"),
    ('support_hours: 3\n', 1, "'support_hours' must be a mapping"),
    ('rules: {}\nredmine:\n  project: x\n  timout: 3\n', 4,
     "unknown option 'timout' (did you mean \"timeout\"?)"),
    ('redmine:\n  timeout: abc\n', 2, "option 'timeout' must be a number"),
    ('redmine:\n  timeout: 0\n', 2, "between 0 and 3600"),
    ('redmine:\n  similar: 51\n', 2, "between 0 and 50"),
])
def test_a_bad_setting_fails_check_at_its_line(write, text, line, words):
    rules = write("team/.redlint.yaml", text)
    draft = rules.parent / "d.md"
    draft.write_text((EXAMPLES / "good-support.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--lang", "en"],
                                env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert result.stderr.startswith(f"redlint: {rules}:{line}: ") and words in result.stderr, \
        result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_settings_are_typed_merged_over_what_a_file_extends_and_default_when_absent(write):
    write("base.yaml", "redmine:\n  project: base\n  timeout: 12\n")
    rules = write(".redlint.yaml", "extends: base.yaml\nredmine:\n  similar: 0\n")
    ruleset = load_ruleset(rules)
    assert ruleset.redmine == RedmineSettings(project="base", timeout=12.0, similar=0)
    assert ruleset.support_hours == SupportHours()
    assert set(SECTIONS) == {"redmine", "support_hours", "workflow"}
    with pytest.raises(ConfigError):
        load_ruleset(write("bad.yaml", "extends: base.yaml\nredmine:\n  similar: x\n"))
