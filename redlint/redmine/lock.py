"""One `redlint submit` at a time per draft, and per ticket.

Two submits running at once used to create two issues (issue #7: the same draft 8 times in
10, two copies 3 times in 3): each looked for the other's issue before it existed. A submit
now holds, for its whole run, an exclusive lock on its draft (by real path) and another on the
ticket it sends (a digest of its text, so an identical copy is held too). A second submit does
not wait (the first may take a while, then the draft carries `issue:`): it stops at once,
creating nothing, with Busy (exit code 2).

Locks are `flock`s on small files in redlint's state folder (~/.local/state/redlint/locks on
Linux); the kernel releases them when the process ends, however it ends. The files stay (an
empty file per draft): removing a lock file while another process may open it is a race.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from redlint.errors import UsageError
from redlint.i18n import tr

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class Busy(UsageError):
    """Another redlint holds the lock: nothing was sent (exit code 2)."""


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt

    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def hold(folder: Path, key: str, *, path: str | None = None) -> Iterator[None]:
    """Hold the lock named `key` in `folder` for the block; Busy when another process has it."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(folder / f"{key}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise UsageError(tr(f"impossible de créer un verrou dans {folder} "
                            f"({exc.strerror or exc}) : rien n'a été envoyé",
                            f"cannot create a lock in {folder} ({exc.strerror or exc}): "
                            "nothing was sent"), path=path) from None
    try:
        if not _try_lock(fd):
            raise Busy(tr("un autre « redlint submit » envoie déjà ce brouillon (ou une "
                          "copie identique) : attendez qu'il se termine ; rien n'a été "
                          "envoyé",
                          "another `redlint submit` is already sending this draft (or an "
                          "identical copy): wait for it to finish; nothing was sent"), path=path)
        yield
    finally:
        os.close(fd)  # closing releases the lock
