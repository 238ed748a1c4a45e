"""The check itself, shared by `redlint check` and `redlint submit`: file → Draft → findings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redlint.config.discovery import find_config
from redlint.draft.parse import Draft, read_draft
from redlint.lint.linter import lint
from redlint.model import Finding
from redlint.config.rulecache import load_ruleset
from redlint.config.ruleset import RuleSet


@lru_cache(maxsize=None)
def _load(path: Path | None) -> RuleSet:
    return load_ruleset(path)


def ruleset_for(draft_path: str, rules_file: str | None = None) -> RuleSet:
    """The rules for a draft: `--rules FILE`, else the nearest .redlint.yaml, else the defaults."""
    if rules_file:
        return _load(Path(rules_file))
    folder = Path.cwd() if draft_path == "-" else Path(draft_path).parent
    return _load(find_config(folder))


@dataclass(frozen=True, slots=True)
class Result:
    draft: Draft
    findings: tuple[Finding, ...]
    ruleset: RuleSet


def check_file(path: str, rules_file: str | None = None, lang: str = "fr") -> Result:
    """Read and lint one draft; raises DraftError or ConfigError for what cannot be checked."""
    ruleset = ruleset_for(path, rules_file)
    draft = read_draft(path)
    return Result(draft, tuple(lint(draft, ruleset, lang)), ruleset)
