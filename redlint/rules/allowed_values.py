"""allowed-values: a front matter field holds one of a list of values.

Options:
- `values` (required): the accepted values, spelled exactly as Redmine spells them.
- `required` (default true): an absent or empty field is a finding too (message key `missing`).

Placeholders: `{value}` what the draft says, `{values}` the accepted values, `{suggestion}` the
nearest accepted value (the first one when nothing is near).

Example, rule `tracker`, values [Support, Gestion de projet]:

    FAIL  tracker: Suport
    PASS  tracker: Support
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.i18n import tr
from redlint.model import Hit, Part

NAME = "allowed-values"
SCOPES = ("field:*",)
DEFAULT_SCOPE = "field:tracker"
DEFAULT_SEGMENTS = None  # reads a front matter field, never the description


@dataclass(frozen=True, slots=True)
class Options:
    values: tuple[str, ...]
    required: bool = True

    def __post_init__(self):
        if not self.values:
            raise ValueError(tr("« values » demande au moins une valeur",
                                "'values' needs at least one value"))


def nearest(value: str, choices: tuple[str, ...]) -> str:
    by_case = {choice.casefold(): choice for choice in choices}
    if value.casefold() in by_case:
        return by_case[value.casefold()]
    import difflib  # only when there is something to suggest

    close = difflib.get_close_matches(value.casefold(), list(by_case), n=1, cutoff=0.5)
    return by_case[close[0]] if close else choices[0]


def check(options: Options, part: Part, context):
    value = part.text.strip()
    placeholders = {"value": value, "values": ", ".join(options.values)}
    if not value:
        if options.required:
            yield Hit(message_key="missing",
                      values={**placeholders, "suggestion": options.values[0]})
        return
    if value not in options.values:
        yield Hit(0, len(part.text), {**placeholders,
                                      "suggestion": nearest(value, options.values)})
