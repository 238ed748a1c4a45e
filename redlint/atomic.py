"""Replacing or creating a file in one rename: a reader sees the old file or the new one."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def atomic_write(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `target` through a temporary file in the same folder and one rename.

    The temporary file is created private (0600), so a secret is never briefly readable; it
    then takes `mode`, or else the mode (and owner, when allowed) of the file it replaces.
    """
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".redlint-tmp",
                                     dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None or info is not None:
            os.chmod(temporary, mode if mode is not None else stat.S_IMODE(info.st_mode))
        if info is not None and hasattr(os, "chown"):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:
                pass  # not allowed for a plain user: the file is then the user's own
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):
        try:
            folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(folder)
        except OSError:
            pass
        finally:
            os.close(folder)
