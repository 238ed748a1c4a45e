"""A Draft from fields given as values (a Redmine issue, a labelled ticket), not from a file.

The values are written out as the draft file a writer would have typed, and that text goes
through `parse_draft`, the very reading `redlint check` does: so a ticket's findings are those
`check` gives on the same title, description and fields, positions included.
"""

from __future__ import annotations

import json
import re

from redlint.draft.parse import Draft, parse_draft

# Characters YAML may not hold as they are, or reads as line breaks (YAML 1.1: NEL, LS, PS).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def yaml_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar: JSON's escapes (a subset of YAML's), plus the
    characters YAML cannot hold as they are."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}",
                            json.dumps(text, ensure_ascii=False))


def draft_text(fields: dict[str, str | None], description: str) -> str:
    """The draft file for these front matter fields (the title among them) and description.

    A description that opens with a level-1 heading would read as a second title: then the
    title is written as that heading instead, which the parser reads the same way, and the
    description stays exactly as given."""
    body = (description or "").replace("\r\n", "\n").replace("\r", "\n")
    title = fields.get("title")
    if title is not None:
        title = " ".join(title.split("\n"))
    lines = ["---"]
    lines += [f"{key}: {yaml_quoted(value)}" for key, value in fields.items()
              if value is not None and key != "title"]
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if title is not None and (first == "#" or first.startswith("# ")):
        return "\n".join(lines) + f"\n---\n# {title}\n\n{body}"
    if title is not None:
        lines.append(f"title: {yaml_quoted(title)}")
    return "\n".join(lines) + "\n---\n" + body


def compose_draft(fields: dict[str, str | None], description: str, *,
                  path: str = "<ticket>") -> Draft:
    """Parse the draft these values make; raises DraftError as a file would."""
    return parse_draft(draft_text(fields, description), path)
