"""Writing `issue:` and `url:` back into a draft's front matter, and nothing else.

The two lines go just before the closing `---`, with the file's own line ending and the front
matter's own indentation. Every other byte stays as it was: a BOM, CRLF line ends, comments,
quoting, trailing spaces, a missing final newline. The new file is checked by parsing it again
before anything is written, then replaces the old one atomically (a temporary file in the same
folder, then a rename), keeping the file's mode; a draft reached through a symlink is written
where the link points, so the link stays a link.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml

from redlint.atomic import atomic_write
from redlint.errors import DraftError, RedlintError
from redlint.i18n import tr

BOM = b"\xef\xbb\xbf"
_FENCE = re.compile(rb"---[ \t]*")
_PLAIN_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*")


class WritebackError(RedlintError):
    """The ticket exists but the draft could not be updated: the message says what to add."""


def _lines(body: bytes):
    """(start, end_without_newline, end_with_newline) for each line, split on \\n like draft.py."""
    start = 0
    while start < len(body):
        newline = body.find(b"\n", start)
        if newline == -1:
            yield start, len(body), len(body)
            return
        yield start, newline, newline + 1
        start = newline + 1


def _yaml_value(value: str) -> str:
    if re.fullmatch(r"[0-9]+", value) or _PLAIN_URL.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML string


def insert_fields(data: bytes, fields: list[tuple[str, str]], *, path: str = "<draft>"
                  ) -> bytes:
    """`data` with `key: value` lines added at the end of its front matter; nothing else moves.

    Raises DraftError when the front matter cannot take them safely (no front matter, a flow
    mapping `{...}`, a key already present).
    """
    bom = BOM if data.startswith(BOM) else b""
    body = data[len(bom):]
    lines = list(_lines(body))

    def fence(line) -> bool:
        text = body[line[0]:line[1]]
        return bool(_FENCE.fullmatch(text[:-1] if text.endswith(b"\r") else text))

    if not lines or not fence(lines[0]):
        raise DraftError(tr("pas d'en-tête (---) où écrire le numéro du ticket",
                            "no front matter (---) to write the ticket number into"), path=path)
    closing = next((line for line in lines[1:] if fence(line)), None)
    if closing is None:
        raise DraftError(tr("en-tête non terminé : il manque la ligne ---",
                            "unterminated front matter: the closing --- is missing"), path=path)
    first_end = lines[0][1]
    eol = b"\r\n" if body[first_end - 1:first_end] == b"\r" else b"\n"
    front = body[lines[0][2]:closing[0]].decode("utf-8", errors="replace")
    indent = _indentation(front, [key for key, _ in fields], path)
    added = b"".join(f"{' ' * indent}{key}: {_yaml_value(value)}".encode("utf-8") + eol
                     for key, value in fields)
    return bom + body[:closing[0]] + added + body[closing[0]:]


def _indentation(front: str, keys: list[str], path: str) -> int:
    """The column of the front matter's keys (0 almost always); refuses what cannot be extended."""
    try:
        root = yaml.compose(front.replace("\r\n", "\n"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        raise DraftError(tr("l'en-tête n'est pas du YAML valide",
                            "the front matter is not valid YAML"), path=path) from None
    if root is None:
        return 0
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise DraftError(tr("l'en-tête doit être fait de lignes « clé: valeur »",
                            "the front matter must be 'key: value' lines"), path=path)
    present = {key.value for key, _ in root.value if isinstance(key, yaml.ScalarNode)}
    for key in keys:
        if key in present:
            raise DraftError(tr(f"l'en-tête contient déjà « {key}: »",
                                f"the front matter already has '{key}:'"), path=path)
    return root.value[0][0].start_mark.column if root.value else 0


def _same_draft(old: bytes, new: bytes, fields: list[tuple[str, str]], path: str) -> bool:
    """Parsing the new file gives the old draft plus exactly the added fields."""
    from redlint.draft.parse import decode_draft, parse_draft

    try:
        before = parse_draft(decode_draft(old, path), path)
        after = parse_draft(decode_draft(new, path), path)
    except DraftError:
        return False
    expected = {key: entry.value for key, entry in before.fields.items()}
    expected.update(dict(fields))
    return ({key: entry.value for key, entry in after.fields.items()} == expected
            and (after.title.text if after.title else None)
            == (before.title.text if before.title else None)
            and after.description.text == before.description.text)


def write_back(path: str | os.PathLike, issue_id: int, url: str, *, expected: bytes | None = None
               ) -> Path:
    """Add `issue: <id>` and `url: <url>` to the draft at `path`; returns the file written.

    `expected` is the content the draft had when it was checked: if the file changed since,
    nothing is written (the writer's edits win) and WritebackError says what to add by hand.
    """
    shown = str(path)
    by_hand = tr(f"ajoutez à la main « issue: {issue_id} » et « url: {url} » dans l'en-tête",
                 f"add 'issue: {issue_id}' and 'url: {url}' to the front matter by hand")
    target = Path(os.path.realpath(path))
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise WritebackError(tr(f"ticket #{issue_id} créé, mais le brouillon est illisible "
                                f"({exc.strerror}) : {by_hand}",
                                f"issue #{issue_id} was created, but the draft cannot be read "
                                f"({exc.strerror}): {by_hand}"), path=shown) from None
    if expected is not None and data != expected:
        raise WritebackError(tr(f"ticket #{issue_id} créé, mais le brouillon a été modifié "
                                f"pendant l'envoi ; il n'a pas été touché : {by_hand}",
                                f"issue #{issue_id} was created, but the draft changed while it "
                                f"was being sent; it was left alone: {by_hand}"), path=shown)
    fields = [("issue", str(issue_id)), ("url", url)]
    try:
        new = insert_fields(data, fields, path=shown)
    except DraftError as exc:
        raise WritebackError(tr(f"ticket #{issue_id} créé, mais {exc.message} : {by_hand}",
                                f"issue #{issue_id} was created, but {exc.message}: {by_hand}"),
                             path=shown) from None
    if not _same_draft(data, new, fields, shown):
        raise WritebackError(tr(f"ticket #{issue_id} créé, mais l'en-tête ne peut pas être "
                                f"complété sans risque : {by_hand}",
                                f"issue #{issue_id} was created, but the front matter cannot be "
                                f"extended safely: {by_hand}"), path=shown)
    try:
        atomic_write(target, new)
    except OSError as exc:
        raise WritebackError(tr(f"ticket #{issue_id} créé, mais le brouillon ne peut pas "
                                f"être réécrit ({exc.strerror or exc}) : {by_hand}",
                                f"issue #{issue_id} was created, but the draft cannot be "
                                f"rewritten ({exc.strerror or exc}): {by_hand}"),
                             path=shown) from None
    return target
