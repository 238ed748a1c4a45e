"""required: a part of the draft must be there and not blank (the title, a field, the description).

This is what `redlint submit` needs before it can send anything: its local refusals are these
findings, so `redlint check` is never less strict than `submit`.

Options:
- `setting`: a key of the `redmine:` section of `.redlint.yaml` whose value stands in for the
  field when the draft has none (`project` → `redmine: project:`, the default project).

Placeholders: `{field}` the part's name.

Example, rule `project-required`, setting `project`:

    FAIL  (no `project:` and no `redmine: project:` in .redlint.yaml)
    PASS  project: ville-exemple
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.model import Hit, Part

NAME = "required"
SCOPES = ("title", "description", "field:*")
DEFAULT_SCOPE = "title"
DEFAULT_SEGMENTS = None  # anything written counts as being there


@dataclass(frozen=True, slots=True)
class Options:
    setting: str | None = None


def missing(options: Options, part: Part, context) -> bool:
    """True when the part is blank and no configured setting stands in for it."""
    if part.text.strip():
        return False
    if options.setting:
        settings = getattr(context, "redmine", None)  # redlint.config.settings.RedmineSettings
        if str(getattr(settings, options.setting, None) or "").strip():
            return False
    return True


def check(options: Options, part: Part, context):
    if missing(options, part, context):
        yield Hit(0, 0, {"field": part.name})
