"""Which attachments a draft may send: regular files inside its own folder, nothing else.

`attachment_problem` is the one decision, used by the `attachments` rule (files-exist) and by
`redlint submit` before it uploads anything. A draft is often written from a template or
received from someone else: its `attachments:` must never make redlint upload /etc/passwd, a
file beside the folder (`../x`), the target of a symlink pointing outside, a FIFO that would
block the upload, or redlint's own credentials file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from redlint.userfiles import credentials_file

MAX_NAME_BYTES = 255  # one path component, as on every common file system

# The reasons `attachment_problem` gives (also the message keys of the `attachments` rule).
MISSING = "missing"
OUTSIDE = "outside"
NOT_A_FILE = "not-a-file"
CREDENTIALS = "credentials"
BAD_NAME = "bad-name"
UNREADABLE = "unreadable"

REASONS = {  # short words for a one-line error (submit), French and English
    MISSING: ("introuvable", "not found"),
    OUTSIDE: ("hors du dossier du brouillon", "outside the draft's folder"),
    NOT_A_FILE: ("ce n'est pas un fichier ordinaire", "not a regular file"),
    CREDENTIALS: ("c'est le fichier d'identifiants de redlint", "it is redlint's credentials file"),
    BAD_NAME: ("nom de fichier invalide ou trop long", "invalid or too long file name"),
    UNREADABLE: ("illisible", "unreadable"),
}


def attachment_problem(name: str, draft_folder: str | Path) -> str | None:
    """Why `name` (as written in the draft) cannot be attached, or None when it can.

    It can when, once every link is resolved, it is a readable regular file inside
    `draft_folder` (sub-folders are fine) and not redlint's credentials file."""
    if not name or "\0" in name or any(len(component.encode("utf-8", "surrogatepass"))
                                       > MAX_NAME_BYTES for component in name.split("/")):
        return BAD_NAME
    if os.path.isabs(name):
        return OUTSIDE
    folder = os.path.realpath(draft_folder)
    try:
        target = os.path.realpath(os.path.join(folder, name), strict=True)
    except FileNotFoundError:
        target = os.path.realpath(os.path.join(folder, name))
        return MISSING if _inside(target, folder) else OUTSIDE
    except OSError:  # a loop of links, a name too long for the system
        return BAD_NAME
    if not _inside(target, folder):
        return OUTSIDE
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return UNREADABLE
    if not stat.S_ISREG(mode):
        return NOT_A_FILE
    if not os.access(target, os.R_OK):
        return UNREADABLE
    if _is_credentials(target):
        return CREDENTIALS
    return None


def _inside(target: str, folder: str) -> bool:
    return os.path.commonpath((target, folder)) == folder


def _is_credentials(target: str) -> bool:
    try:
        return os.path.realpath(credentials_file()) == target
    except Exception:  # noqa: BLE001 - no configuration folder: there is no such file to leak
        return False
