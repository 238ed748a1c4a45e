"""The rule *types*: each module implements one mechanism; each rule of a rules file picks one.

Every module has the same shape (a meta-test checks it):
- a docstring that is the user documentation of the type, with its options;
- `NAME`, the type's name in rules files;
- `SCOPES`, the parts of a draft it can look at, and `DEFAULT_SCOPE`;
- `DEFAULT_SEGMENTS`, the kinds of segments of the description it reads unless a rule says
  otherwise (`segments:`; see redlint.draft.segments), or None for all of them;
- `Options`, a frozen dataclass of its parameters (fields without default are required);
- `check(options, part, context) -> Iterable[Hit]`: pure, no printing, no level, no I/O
  (`files-exist` alone asks the file system whether a path exists).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from redlint.rules import (
    allowed_values,
    files_exist,
    forbidden_patterns,
    known_keys,
    mapping,
    metric,
    required,
    required_pattern,
    single_request,
    url,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may know besides its part: the whole draft and its project's settings."""

    draft: object  # redlint.draft.parse.Draft
    project: object | None = None  # redlint.config.ruleset.ProjectSettings
    redmine: dict = field(default_factory=dict)  # .redlint.yaml's `redmine:` (default project)


@dataclass(frozen=True, slots=True)
class RuleType:
    module: ModuleType

    @property
    def name(self) -> str:
        return self.module.NAME

    @property
    def Options(self):  # noqa: N802 - it is a class
        return self.module.Options

    @property
    def DEFAULT_SCOPE(self) -> str:  # noqa: N802
        return self.module.DEFAULT_SCOPE

    @property
    def DEFAULT_SEGMENTS(self) -> tuple[str, ...] | None:  # noqa: N802
        return self.module.DEFAULT_SEGMENTS

    def scopes_help(self, conjunction: str) -> str:
        """The scopes it accepts, for an error message: "title or description"."""
        return f" {conjunction} ".join(self.module.SCOPES)

    @property
    def doc(self) -> str:
        return (self.module.__doc__ or "").strip()

    def accepts_scope(self, scope: str) -> bool:
        return any(scope == allowed or (allowed.endswith("*") and scope.startswith(allowed[:-1])
                                        and len(scope) > len(allowed) - 1)
                   for allowed in self.module.SCOPES)

    def check(self, options, part, context):
        return self.module.check(options, part, context)


REGISTRY: dict[str, RuleType] = {
    module.NAME: RuleType(module)
    for module in (
        allowed_values,
        mapping,
        known_keys,
        files_exist,
        required,
        forbidden_patterns,
        required_pattern,
        metric,
        url,
        single_request,
    )
}
