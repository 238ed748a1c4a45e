"""Placeholders of rule messages, checked when the rules are loaded, not when a draft is linted.

A message is a str.format template filled with what a rule type's check found. Left unchecked,
`{found.x}` raises AttributeError, `{found[x]}` TypeError and `{found:>99999999999}`
MemoryError in the middle of a check. Here a message may only name the placeholders its rule
type offers, plainly: no attribute, no index, no conversion, and as format spec at most an
alignment and a width under 100.
"""

from __future__ import annotations

import re
import string

from redlint.errors import ConfigError
from redlint.i18n import tr

# What each rule type's check puts in its Hit values (see redlint/rules/<type>.py). A test
# checks that every message of the default rules.yaml passes, and the fuzzing test that no
# accepted message can make the linter fail.
OFFERED = {
    "allowed-values": ("value", "values", "suggestion"),
    "mapping": ("value", "key_value", "expected", "expected_hint"),
    "known-keys": ("key", "suggestion", "keys"),
    "files-exist": ("path",),
    "forbidden-patterns": ("found",),
    "required-pattern": ("missing", "found", "min"),
    "metric": ("value", "min", "max", "found"),
    "url": ("found",),
    "single-request": ("found", "count"),
    "required": ("field",),
}
# A rule with a learned score (redlint.lint.score) words its findings with `messages.score`.
SCORE_PLACEHOLDERS = ("score", "words")
_SAFE_SPEC = re.compile(r"[<>^]?\d{0,2}")


def check_placeholders(type_name: str, text: str, *, where: str, path: str,
                       line: int | None, extra: tuple[str, ...] = ()) -> None:
    """Raise a one-line ConfigError if `text` is not a safe template for `type_name` (and the
    `extra` placeholders)."""
    offered = OFFERED.get(type_name, ()) + extra
    names = ", ".join(f"{{{name}}}" for name in offered) or tr("aucun", "none")

    def fail(fr: str, en: str):
        raise ConfigError(tr(f"{where} : {fr} ; placeholders de ce type : {names}",
                             f"{where}: {en}; placeholders of this type: {names}"),
                          path=path, line=line)

    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        fail("accolade seule (écrivez {{ ou }} pour une accolade)",
             "single brace (write {{ or }} for a literal brace)")
    for _literal, field, spec, conversion in fields:
        if field is None:
            continue
        name = re.match(r"[^.\[]*", field).group()
        if name not in offered:
            fail(f"placeholder inconnu « {{{name}}} »", f"unknown placeholder '{{{name}}}'")
        if field != name or conversion is not None or not _SAFE_SPEC.fullmatch(spec or ""):
            fail(f"« {{{field}{'!' + conversion if conversion else ''}"
                 f"{':' + spec if spec else ''}}} » : seul le nom est permis (avec au plus "
                 "un alignement et une largeur sous 100, comme {found:>20})",
                 f"'{{{field}{'!' + conversion if conversion else ''}"
                 f"{':' + spec if spec else ''}}}': only the name is allowed (with at most an "
                 "alignment and a width under 100, like {found:>20})")
