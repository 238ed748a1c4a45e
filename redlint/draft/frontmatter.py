"""The usual shape of a front matter, read without PyYAML.

Nearly every draft's front matter is a few `key: value` lines: a plain or quoted text, or a
flow list such as `[capture.png]`, maybe a comment. Reading those takes a few microseconds,
while importing PyYAML takes about 10 ms, a sixth of a whole `redlint check`. So this module
reads that shape, and gives up (None) on anything else — block lists, multi-line values,
escapes, anchors, tags, odd characters — which `redlint.draft.parse` then hands to PyYAML. Where it
does answer, it answers exactly as PyYAML would: the same values as written and the same
positions (a test compares the two on many front matters).
"""

from __future__ import annotations

import re

from redlint.yamltree import NULLS

# (key, value as written or None, key line, key column, value line, value column): lines and
# columns 1-based in the file, as PyYAML's marks give them, except that a quoted value's column
# is the one of its text, after the opening quote.
Entry = tuple[str, "str | tuple[str, ...] | None", int, int, int, int]

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*:(?= |$)")
_DOUBLE = re.compile(r'"([^"\\]*)"(?: +#.*)? *$')
# '' is a quote inside the text, as YAML reads it: taken whole, never given back (*+), which
# also keeps a long value from costing a place to return to per character (3 MB: 400 MB).
_SINGLE = re.compile(r"'((?:[^']|'')*+)'(?: +#.*)? *$")
_FLOW = re.compile(r"\[([^\[\]{}\"'#]*)\](?: +#.*)? *$")
# A plain text may not start with a YAML indicator; `: ` or ` #` inside it, or `:` at its
# end, would make it something else.
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Spaces other than " " (no-break spaces of French typography, say) are ordinary characters to
# YAML, but not printable to Python's str.isprintable: seen as spaces for that test only.
_SPACES = {code: " " for code in (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


def read_simple(source: str, first_line: int) -> list[Entry] | None:
    """The entries of a front matter of the usual shape (its text starts on line `first_line`
    of the file), or None when it is not of that shape."""
    entries: list[Entry] = []
    for index, line in enumerate(source.split("\n")):
        if not line.translate(_SPACES).isprintable():  # tabs, controls: PyYAML decides
            return None
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        key = _KEY.match(line)
        if key is None:  # indented (a value going on), a document marker, anything else
            return None
        number = first_line + index
        rest = line[key.end():]
        start = len(rest) - len(rest.lstrip(" "))
        text = rest[start:]
        value = _value(text)
        if value is False:
            return None
        column = key.end() + start + 1 + (text[:1] in ("'", '"'))
        if not text or text[0] == "#":  # PyYAML places an empty value right after the colon
            column = key.end() + 1
        entries.append((key.group()[:-1], value, number, 1, number, column))
    return entries


def _value(text: str):
    """The value as written (a text, a tuple of texts), None when empty, False when not of
    the usual shape."""
    if not text or text.startswith("#"):
        return None
    if text[0] == '"':
        quoted = _DOUBLE.match(text)
        return quoted.group(1) if quoted else False
    if text[0] == "'":
        quoted = _SINGLE.match(text)
        return quoted.group(1).replace("''", "'") if quoted else False
    if text[0] == "[":
        flow = _FLOW.match(text)
        if flow is None:
            return False
        items = [item.strip(" ") for item in flow.group(1).split(",")]
        if items == [""]:
            return ()
        if not all(_plain(item, flow=True) for item in items):
            return False
        return tuple(items)
    comment = text.find(" #")
    plain = (text if comment < 0 else text[:comment]).rstrip(" ")
    if not _plain(plain, flow=False):
        return False
    return None if plain in NULLS else plain


def _plain(text: str, *, flow: bool) -> bool:
    return bool(text) and text[0] not in _PLAIN_START and ": " not in text \
        and not text.endswith(":") and " #" not in text \
        and not (flow and any(mark in text for mark in ",[]{}:"))
