"""Which files a draft may attach: regular files inside the draft's own folder, nothing else.

A draft is text anyone can hand over; its `attachments:` must not reach the rest of the disk
(issue #7: `/etc/passwd`, `../../x`, a link in the draft's folder pointing outside, redlint's own
credentials file were all uploaded). The rule, after resolving every link: a regular file, inside
the draft's folder (or a folder below it), readable, and not redlint's credentials file.

`safe_attachment` is the one place that decides; `redlint submit` enforces it and the check side
can call it too: it imports nothing of Redmine or the network.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from redlint.i18n import pick as _t

NAME_MAX = 255  # bytes in one file name, on the usual file systems


def _credentials_file() -> Path | None:
    try:
        from redlint.redmine.credentials import config_file

        return config_file()
    except Exception:  # noqa: BLE001 - no configuration folder: no credentials file to protect
        return None


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return a == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def safe_attachment(name: str, folder: str | os.PathLike, lang: str = "fr",
                    credentials: Path | None = None) -> Path | str:
    """The real path of attachment `name` (as written in a draft whose folder is `folder`), or
    the reason it is refused, one short phrase in `lang`.

    `credentials`: redlint's credentials file (default: the one `redlint login` writes).
    """
    if not isinstance(name, str) or not name.strip():
        return _t(lang, "nom de fichier vide", "empty file name")
    if "\0" in name:
        return _t(lang, "nom de fichier invalide", "invalid file name")
    if any(len(part.encode("utf-8", "surrogateescape")) > NAME_MAX
           for part in name.replace("\\", "/").split("/")):
        return _t(lang, f"nom de fichier trop long (plus de {NAME_MAX} octets)",
                  f"file name too long (over {NAME_MAX} bytes)")
    base = Path(folder)
    try:
        root = base.resolve(strict=True)
        target = (base / name).resolve(strict=True)  # every link followed
        info = target.stat()
    except FileNotFoundError:
        return _t(lang, "introuvable", "not found")
    except RuntimeError:  # a loop of links
        return _t(lang, "boucle de liens symboliques", "symbolic link loop")
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return _t(lang, "nom de fichier trop long", "file name too long")
        if exc.errno == errno.ELOOP:
            return _t(lang, "boucle de liens symboliques", "symbolic link loop")
        return exc.strerror or str(exc)
    if not target.is_relative_to(root):
        return _t(lang, "hors du dossier du brouillon : seuls les fichiers de son dossier (ou de "
                        "ses sous-dossiers) peuvent être joints",
                  "outside the draft's folder: only files in its folder (or below) can be "
                  "attached")
    if not stat.S_ISREG(info.st_mode):
        return _t(lang, "ce n'est pas un fichier ordinaire", "not a regular file")
    if _same_file(target, credentials if credentials is not None else _credentials_file()):
        return _t(lang, "c'est le fichier des identifiants de redlint : il ne part jamais",
                  "this is redlint's credentials file: it is never sent")
    try:
        with open(target, "rb"):
            pass
    except OSError as exc:
        return _t(lang, f"illisible ({exc.strerror or exc})",
                  f"unreadable ({exc.strerror or exc})")
    return target
