"""known-keys: the front matter holds only known keys (a typo would be silently ignored).

Options:
- `keys` (required): the known keys.

Placeholders: `{key}` the unknown key, `{suggestion}` the nearest known key, `{keys}` all of them.

Example, rule `front-matter-keys`:

    FAIL  asigned_to: Support
    PASS  assigned_to: Support
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.model import Hit, Part

NAME = "known-keys"
SCOPES = ("front-matter",)
DEFAULT_SCOPE = "front-matter"
DEFAULT_SEGMENTS = None  # reads the front matter, never the description


@dataclass(frozen=True, slots=True)
class Options:
    keys: tuple[str, ...]


def check(options: Options, part: Part, context):
    for key, entry in context.draft.fields.items():
        if key in options.keys:
            continue
        import difflib  # only when there is something to suggest

        close = difflib.get_close_matches(key, options.keys, n=1, cutoff=0.6)
        yield Hit(0, len(key), {"key": key, "suggestion": close[0] if close else "",
                                "keys": ", ".join(options.keys)},
                  message_key=None if close else "no-suggestion",
                  part=Part(key, key, entry.line, entry.column))
