"""Which files a draft may attach (issue #7): regular files inside the draft's folder only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redlint.redmine.attachments import safe_attachment


@pytest.fixture
def tree(tmp_path) -> Path:
    """drafts/ (the draft's folder) with files, links and a folder; secret.txt beside it."""
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "capture.png").write_bytes(b"png")
    (drafts / "sub" / "journal.txt").write_bytes(b"log")
    (tmp_path / "secret.txt").write_bytes(b"secret")
    (drafts / "credentials.json").write_bytes(b"{}")
    os.symlink(tmp_path / "secret.txt", drafts / "link-out.txt")
    os.symlink("capture.png", drafts / "link-in.png")
    os.symlink("loop", drafts / "loop")
    os.mkfifo(drafts / "fifo")
    return drafts


@pytest.mark.parametrize("name, expected", [
    ("capture.png", "capture.png"),
    ("sub/journal.txt", "sub/journal.txt"),
    ("./sub/../capture.png", "capture.png"),
    ("link-in.png", "capture.png"),  # a link inside the folder: its target is sent
    ("../secret.txt", "outside the draft's folder"),
    ("sub/../../secret.txt", "outside the draft's folder"),
    ("link-out.txt", "outside the draft's folder"),
    ("/etc/passwd", "outside the draft's folder"),
    ("sub", "not a regular file"),
    ("fifo", "not a regular file"),
    ("missing.png", "not found"),
    ("loop", "symbolic link loop"),
    ("credentials.json", "redlint's credentials file"),
    ("x" * 256 + ".png", "file name too long (over 255 bytes)"),
    ("é" * 128, "file name too long (over 255 bytes)"),  # 256 bytes in UTF-8
    ("sub/" + "y" * 300, "file name too long"),
    ("", "empty file name"),
])
def test_only_regular_files_inside_the_drafts_folder(tree, name, expected):
    got = safe_attachment(name, tree, "en", credentials=tree / "credentials.json")
    if isinstance(got, Path):
        assert got == (tree / expected).resolve()
    else:
        assert expected in got


def test_the_default_credentials_file_is_refused(tree, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tree / "config"))
    (tree / "config" / "redlint").mkdir(parents=True)
    (tree / "config" / "redlint" / "credentials.json").write_text("{}")
    got = safe_attachment("config/redlint/credentials.json", tree, "fr")
    assert got == "c'est le fichier des identifiants de redlint : il ne part jamais"
