"""Reading a file redlint is given (a draft, a rules file, a vocabulary) without being led astray:
only a regular file, never more than a limit.

A path can name a folder, a pipe that waits for a writer (a FIFO), or a device that never
ends (/dev/zero): opened without blocking and checked before reading, each is refused at
once instead of hanging or filling the memory. Each caller words the refusal for its reader.
"""

from __future__ import annotations

import os
import stat


class NotRegularFile(Exception):
    """The path names something else than a regular file (`folder`: it is a folder)."""

    def __init__(self, folder: bool):
        super().__init__("folder" if folder else "not a regular file")
        self.folder = folder


class TooLarge(Exception):
    """The file holds more than the limit; `size` is its size in bytes, as far as known."""

    def __init__(self, size: int):
        super().__init__(f"{size} bytes")
        self.size = size


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; NotRegularFile,
    TooLarge, or the OSError of opening or reading it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO: no wait
    try:
        mode, size = (info := os.fstat(fd)).st_mode, info.st_size
        if not stat.S_ISREG(mode):
            raise NotRegularFile(folder=stat.S_ISDIR(mode))
        if size > limit:
            raise TooLarge(size)
        chunks, total = [], 0
        while total <= limit and (chunk := os.read(fd, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:  # it grew since fstat
        raise TooLarge(total)
    return b"".join(chunks)
