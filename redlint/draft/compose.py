"""A Draft from fields given as values (a Redmine issue, a labelled ticket), not from a file.

The values are written out as the draft file a writer would have typed, and that text goes
through `parse_draft`, the very reading `redlint check` does: so a ticket's findings are those
`check` gives on the same title, description and fields, positions included.
"""

from __future__ import annotations

import json

from redlint.draft.parse import Draft, parse_draft


def draft_text(fields: dict[str, str | None], description: str) -> str:
    """The draft file for these front matter fields and this description."""
    lines = ["---"]
    for key, value in fields.items():
        if value is not None:
            # JSON's double-quoted strings are YAML double-quoted scalars: any title is safe.
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    body = (description or "").replace("\r\n", "\n").replace("\r", "\n")
    stripped = body.lstrip("\n ")
    if stripped.startswith("#") and "title" in fields:
        # In a file a first line "# ..." is the title; here the title is a field, so a
        # description opening with "#" (a Textile numbered list, a heading) is escaped.
        at = len(body) - len(stripped)
        body = body[:at] + "\\" + body[at:]
    return "\n".join(lines) + "\n" + body


def compose_draft(fields: dict[str, str | None], description: str, *,
                  path: str = "<ticket>") -> Draft:
    """Parse the draft these values make; raises DraftError as a file would."""
    return parse_draft(draft_text(fields, description), path)
