"""files-exist: every path listed in a field names a readable file, relative to the draft.

Options: none. Placeholders: `{path}` the missing path.

Example, rule `attachments`:

    FAIL  attachments: [capture.png]     (no capture.png beside the draft)
    PASS  attachments: [capture.png]     (capture.png is beside the draft)
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from redlint.model import Hit, Part

NAME = "files-exist"
SCOPES = ("field:*",)
DEFAULT_SCOPE = "field:attachments"


@dataclass(frozen=True, slots=True)
class Options:
    pass


def check(options: Options, part: Part, context):
    entry = context.draft.fields.get(part.name)
    if entry is None or entry.value is None:
        return
    paths = entry.value if isinstance(entry.value, tuple) else (entry.value,)
    for path in paths:
        full = context.draft.folder / path
        if not (full.is_file() and os.access(full, os.R_OK)):
            start = part.text.find(path)
            yield Hit(max(start, 0), max(start, 0) + len(path), {"path": path})
