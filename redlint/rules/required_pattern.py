"""required-pattern: the text must say certain things, e.g. the context of an anomaly.

The text is checked against named groups of terms (same syntax as `forbidden-patterns`); a
group counts as present when one of its terms appears. `cases` are tried in order: the first
whose `if` terms appear (a case without `if` always applies) decides which groups are needed.

Options:
- `cases` (required): a list of cases, each with
  - `if`: terms telling this kind of draft (e.g. a question asking for functional help);
  - `groups`: a mapping from a group name to its terms;
  - `min`: how many groups must be present (default: all);
  - `message`: the key of the rule's `messages` for this case (default: the rule's message).
- `typos` (default false): tolerate one typo in long words.

Placeholders: `{missing}` the names of the missing groups, `{found}` how many were present,
`{min}`.

Example, rule `technical-context`:

    FAIL  "Le formulaire ne marche pas."
    PASS  "Depuis la mise à jour de lundi, avec Firefox 128 sous Windows 11, ..."
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redlint.model import Hit, Part
from redlint.text import fold, vocabulary

NAME = "required-pattern"
SCOPES = ("title", "description", "text")
DEFAULT_SCOPE = "description"


@dataclass(frozen=True)
class Case:
    groups: dict[str, tuple[str, ...]]
    when: tuple[str, ...] = field(default=(), metadata={"key": "if"})
    min: int | None = None
    message: str | None = None


@dataclass(frozen=True)
class Options:
    cases: tuple[Case, ...]
    typos: bool = False

    def __post_init__(self):
        for case in self.cases:
            if not case.groups:
                raise ValueError("each case needs 'groups'")
            for terms in (*case.groups.values(), case.when):
                vocabulary(terms, self.typos)


def _present(terms: tuple[str, ...], folded: str, typos: bool) -> bool:
    return next(iter(vocabulary(terms, typos).finditer(folded)), None) is not None


def check(options: Options, part: Part, context):
    folded = fold(part.text)
    for case in options.cases:
        if case.when and not _present(case.when, folded, options.typos):
            continue
        present = [name for name, terms in case.groups.items()
                   if _present(terms, folded, options.typos)]
        needed = len(case.groups) if case.min is None else case.min
        if len(present) < needed:
            missing = [name for name in case.groups if name not in present]
            yield Hit(0, 0, {"missing": ", ".join(missing), "found": str(len(present)),
                             "min": str(needed)}, message_key=case.message)
        return
