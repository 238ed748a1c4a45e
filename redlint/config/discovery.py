"""Finding the user configuration: the only file-system search redlint does."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CONFIG_NAME = ".redlint.yaml"


@lru_cache(maxsize=None)
def find_config(folder: Path) -> Path | None:
    """The nearest .redlint.yaml in `folder` or its parents, or None."""
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None
