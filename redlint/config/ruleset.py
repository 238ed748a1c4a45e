"""A rule set: the rules in force for a draft, and the project settings that go with them.

Plain frozen values, built by redlint.config.load from rules files and read by the linter. Kept
apart from the loading code so that a check served from the rule cache imports none of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from redlint.errors import ConfigError
from redlint.i18n import tr
from redlint.matching import one_edit
from redlint.model import Level
from redlint.config.scores import Score


def default_rules_path() -> Path:
    """The default policy shipped in the package: redlint/policy/default.yaml."""
    path = Path(__file__).resolve().parents[1] / "policy" / "default.yaml"
    if not path.is_file():
        raise ConfigError(tr("les règles par défaut (policy/default.yaml) manquent à cette "
                         "installation : réinstallez redlint", "the default rules "
                         "(policy/default.yaml) are missing from this installation; "
                         "reinstall redlint"))
    return path


@dataclass(frozen=True, slots=True)
class Condition:
    """`when: {tracker: Support}`: the field's value is one of `values` (or none of them).

    With `typos` (`when: {tracker: {like: Support}}`), a value one typo away from one of
    `values` (a letter or a word missing, added, changed, or two swapped: « Suport »,
    « Gestion projet ») is taken as it: the writer meant it, and the rules meant for it still
    apply while the typo is reported.

    The field `kind` is the ticket's kind computed from its text (redlint.draft.kind), not a
    front matter field."""

    field: str
    values: tuple[str, ...]
    negate: bool = False
    typos: bool = False

    def holds(self, value: str | None) -> bool:
        inside = value is not None and any(_same(value.casefold(), v.casefold(), self.typos)
                                           for v in self.values)
        return inside != self.negate


def _same(value: str, expected: str, typos: bool) -> bool:
    return value == expected or (typos and bool(value) and (
        one_edit(value, expected) or _word_astray(value.split(), expected.split())))


def _word_astray(words: list[str], expected: list[str]) -> bool:
    """One word missing or added: « Gestion projet ». (Not one word changed: « Sport » is
    not « Support ».)"""
    return abs(len(words) - len(expected)) == 1 and one_edit(words, expected)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    type: str
    level: Level
    scope: str
    options: object
    message: dict[str, str]
    messages: dict[str, dict[str, str]] = field(default_factory=dict)
    when: tuple[Condition, ...] = ()
    # The kinds of segments of the description the rule reads (redlint.draft.segments); None:
    # all of them.
    segments: tuple[str, ...] | None = None
    # Rules whose finding on a draft makes this one pointless there: it is not evaluated.
    unless_found_by: tuple[str, ...] = ()
    # A learned score that overrules the rule where it is very sure (redlint.lint.score).
    score: Score | None = None
    summary: dict[str, str] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    source: str = ""
    line: int | None = None
    # The options as written, so a user file can override some and keep the others.
    raw_options: dict = field(default_factory=dict, compare=False, repr=False)
    # The vocabularies (`vocab:NAME`) each option names, for `redlint rules` and `explain`.
    vocabularies: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def text(self, lang: str, key: str | None = None) -> str:
        """The message in `lang` (falling back to the other language)."""
        table = self.messages.get(key, self.message) if key else self.message
        return table.get(lang) or next(iter(table.values()), "")

    def describe(self, lang: str) -> str:
        return (self.summary.get(lang) or next(iter(self.summary.values()), "")
                or self.text(lang))


@dataclass(frozen=True, slots=True)
class ProjectSettings:
    project_manager: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    projects: dict[str, ProjectSettings] = field(default_factory=dict)
    # Each settings section of .redlint.yaml, validated (redlint.config.settings.SECTIONS);
    # a section no file sets is absent: `section()` gives its defaults.
    settings: dict[str, object] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    # The sections as written, so a file that extends this one can override some keys.
    raw_settings: dict = field(default_factory=dict, compare=False, repr=False)

    def section(self, name: str):
        """The validated settings section `name` (its defaults when no file sets it)."""
        if name in self.settings:
            return self.settings[name]
        from redlint.config.settings import SECTIONS

        return SECTIONS[name]()

    @property
    def redmine(self):  # redlint.config.settings.RedmineSettings
        return self.section("redmine")

    @property
    def support_hours(self):  # redlint.config.settings.SupportHours
        return self.section("support_hours")

    @property
    def active(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)

    def get(self, rule_id: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

