"""The user's files that redlint finds by their place: the login file of `redlint login`, and
the state folder (records of creations and notes being sent, locks).

Paths only, no Redmine client: redmine/credentials.py reads and writes the login file, and
draft/attachments.py refuses to attach it, so its place is decided here, below them both.
"""

from __future__ import annotations

from pathlib import Path

CREDENTIALS_NAME = "credentials.json"


def credentials_file() -> Path:
    """The file `redlint login` writes: credentials.json in the platform's user configuration
    folder (platformdirs: ~/.config/redlint on Linux)."""
    import platformdirs  # only when asked: most runs never need it

    return Path(platformdirs.user_config_dir("redlint", appauthor=False)) / CREDENTIALS_NAME


def state_folder() -> Path:
    """redlint's own state folder (platformdirs: ~/.local/state/redlint on Linux): intents/,
    notes/, locks/."""
    import platformdirs

    return Path(platformdirs.user_state_dir("redlint", appauthor=False))
