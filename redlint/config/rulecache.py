"""A per-user cache of loaded rule sets.

Reading and validating rules.yaml (YAML, then every option of every rule) takes longer than
checking a draft, and `redlint check` runs on every commit of a drafts repository. The loaded
`RuleSet` is kept in the user's cache folder, keyed by the files it came from: any change to
one of them (size or modification time), or another redlint version, and it is read again.
Nothing depends on the cache: when it cannot be read or written, redlint simply loads.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path

from redlint import __version__

FORMAT = 4  # changes when what is pickled changes shape


def cache_folder() -> Path | None:
    """The user's cache folder for redlint (without importing platformdirs: 17 ms)."""
    if os.environ.get("REDLINT_NO_CACHE"):
        return None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "redlint" if base and base != "~/.cache" else None


def _stamp(paths) -> tuple:
    stamps = []
    for path in paths:
        info = os.stat(path)
        stamps.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(stamps)


def cached(path: Path, load):
    """`load()`'s rule set for the rules file `path`, from the cache when still valid."""
    folder = cache_folder()
    if folder is None:
        return load()
    resolved = str(path.resolve())
    entry = folder / f"rules-{zlib.crc32(resolved.encode()):08x}.pickle"
    try:
        with open(entry, "rb") as handle:
            key, ruleset = pickle.load(handle)
        if key == (FORMAT, __version__, resolved, _stamp(p for p, *_ in key[3])):
            return ruleset
    except Exception:  # noqa: BLE001 - a missing, stale or broken cache is simply rebuilt
        pass
    ruleset = load()
    try:
        key = (FORMAT, __version__, resolved, _stamp(ruleset.sources))
        data = pickle.dumps((key, ruleset), protocol=pickle.HIGHEST_PROTOCOL)
        from redlint.atomic import atomic_write

        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(entry, data, mode=0o600)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error
        pass
    return ruleset
