"""files-exist: every path listed in a field names a regular file inside the draft's folder.

Links are resolved first: absolute paths, `../` paths and symlinks leading out of the folder, a
folder, a FIFO or a device, a name over 255 bytes and redlint's own credentials file are all
findings (see redlint.draft.attachments, which `redlint submit` uses too).

Options: none. Placeholders: `{path}` the path as written. Message keys: `outside`,
`not-a-file`, `credentials`, `bad-name`, `unreadable` (the rule's message is for a missing file).

Example, rule `attachments`:

    FAIL  attachments: [capture.png]     (no capture.png beside the draft)
    FAIL  attachments: [/etc/passwd]     (outside the draft's folder)
    PASS  attachments: [capture.png]     (capture.png is beside the draft)
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.draft.attachments import MISSING, attachment_problem
from redlint.model import Hit, Part

NAME = "files-exist"
SCOPES = ("field:*",)
DEFAULT_SCOPE = "field:attachments"
DEFAULT_SEGMENTS = None  # reads a front matter field, never the description


@dataclass(frozen=True, slots=True)
class Options:
    pass


def check(options: Options, part: Part, context):
    entry = context.draft.fields.get(part.name)
    if entry is None or entry.value is None:
        return
    paths = entry.value if isinstance(entry.value, tuple) else (entry.value,)
    for path in paths:
        problem = attachment_problem(path, context.draft.folder)
        if problem is not None:
            start = max(part.text.find(path), 0) if path else 0
            yield Hit(start, start + len(path), {"path": path},
                      message_key=None if problem == MISSING else problem)
