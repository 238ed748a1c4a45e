"""load_ruleset, the way to the rules in force: through a per-user cache of loaded rule sets,
keyed on CONTENT (of the rules files and of redlint), else read and validated by
redlint.config.load.

Reading and validating the rules (YAML, then every option of every rule) takes longer than
checking a draft, and `redlint check` runs on every commit of a drafts repository. The loaded
`RuleSet` is kept in the user's cache folder under a key made of
- a digest of every .py file of the redlint package (and of the default policy): any change
  to the code, a rule type's default say, and the cached rule set is no longer valid — no
  number to bump by hand, no reliance on file times or the version;
- a digest of the content of every rules file the rule set came from (the file and everything
  it extends), and of the vocabulary files and folders beside them and in redlint/policy/.
Hashing ~300 KB of code costs about a millisecond. Nothing depends on the cache: when it cannot
be read or written, redlint simply loads. REDLINT_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

try:  # blake2b without hashlib's OpenSSL start-up (a few ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another Python implementation
    from hashlib import blake2b

from redlint.config.ruleset import RuleSet, default_rules_path

PACKAGE = Path(__file__).resolve().parents[1]


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


def code_digest(package: Path = PACKAGE) -> str:
    """A digest of redlint's own code: every .py file of the package, and the default policy."""
    digest = blake2b(digest_size=16)
    for root, folders, files in os.walk(package):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(root, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                digest.update(f"{os.path.relpath(path, package)}\0{len(data)}\0".encode())
                digest.update(data)
    with open(default_rules_path(), "rb") as handle:
        digest.update(handle.read())
    return digest.hexdigest()


def _contents(paths) -> tuple:
    stamps = []
    for path in paths:
        if os.path.isdir(path):  # a vocabularies/ folder: which files it holds
            names = "\0".join(sorted(os.listdir(path))).encode()
            stamps.append((str(path), blake2b(names, digest_size=16).hexdigest()))
        elif not os.path.exists(path):  # a vocabularies/ folder that may be created later
            stamps.append((str(path), None))
        else:
            with open(path, "rb") as handle:
                stamps.append((str(path), blake2b(handle.read(), digest_size=16).hexdigest()))
    return tuple(stamps)


def _watched(sources) -> list:
    """The rules files, the vocabulary folders beside them (and redlint's own), their language
    folders and all their files: a vocabulary edited, added or removed makes the cached rule
    set stale."""
    from redlint.config.vocabularies import FOLDER, default_folder, folder_files
    from redlint.i18n import LANGS

    paths = []
    for folder in (*(Path(source).parent / FOLDER for source in sources), default_folder()):
        paths += [folder, *(folder / lang for lang in LANGS)]  # their listings: files added
        if folder.is_dir():
            paths += folder_files(folder)
    return list(dict.fromkeys(str(path) for path in (*sources, *paths)))


def cached(path: Path, load):
    """`load()`'s rule set for the rules file `path`, from the cache when still valid."""
    folder = cache_folder()
    if folder is None:
        return load()
    resolved = str(path.resolve())
    code = code_digest()
    entry = folder / f"rules-{blake2b(resolved.encode(), digest_size=8).hexdigest()}.pickle"
    try:
        with open(entry, "rb") as handle:
            # The key first: a rule set pickled by other code is never even unpickled.
            key = pickle.load(handle)
            if key == (code, resolved, _contents(p for p, _ in key[2])):
                return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or broken cache is simply rebuilt
        pass
    ruleset = load()
    try:
        key = (code, resolved, _contents(_watched(ruleset.sources)))
        data = pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL) + \
            pickle.dumps(ruleset, protocol=pickle.HIGHEST_PROTOCOL)
        from redlint.atomic import atomic_write

        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(entry, data, mode=0o600)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error
        pass
    return ruleset


def load_ruleset(path: Path | str | None = None) -> RuleSet:
    """The default rules, or the file at `path` with what it extends."""
    target = default_rules_path() if path is None else Path(path)

    def load() -> RuleSet:
        from redlint.config.load import (
            load_file,  # reading and validating: only on a cache miss
        )

        ruleset = load_file(target)
        # The options as written only serve files that extend this one while loading.
        return replace(ruleset, rules=tuple(replace(rule, raw_options={})
                                            for rule in ruleset.rules), raw_settings={})

    return cached(target, load)
