"""Attachments are regular files inside the draft's folder, never anything else (issue #7)."""

from __future__ import annotations

import os

import pytest

from redlint.draft.attachments import attachment_problem
from redlint.lint.check import check_file


@pytest.fixture
def folder(tmp_path):
    """A draft folder with a file, a sub-folder, a FIFO and links in and out; a secret beside."""
    draft = tmp_path / "tickets"
    (draft / "sub").mkdir(parents=True)
    (draft / "capture.png").write_bytes(b"png")
    (draft / "sub" / "journal.txt").write_text("log")
    (tmp_path / "secret.txt").write_text("secret")
    os.mkfifo(draft / "pipe")
    os.symlink(tmp_path / "secret.txt", draft / "out-link")
    os.symlink(draft / "capture.png", draft / "in-link")
    os.symlink("loop-b", draft / "loop-a")
    os.symlink("loop-a", draft / "loop-b")
    return draft


CASES = [
    ("capture.png", None),
    ("sub/journal.txt", None),
    ("./sub/../capture.png", None),
    ("in-link", None),
    ("absent.png", "missing"),
    ("/etc/passwd", "outside"),
    ("../secret.txt", "outside"),
    ("../../../../etc/passwd", "outside"),
    ("out-link", "outside"),
    ("sub", "not-a-file"),
    (".", "not-a-file"),
    ("pipe", "not-a-file"),
    ("loop-a", "bad-name"),
    ("x" * 256 + ".png", "bad-name"),
    ("é" * 200, "bad-name"),  # 400 bytes
    ("", "bad-name"),
    ("nul\0.png", "bad-name"),
]


@pytest.mark.parametrize("name, reason", CASES)
def test_attachment_problem(folder, name, reason):
    assert attachment_problem(name, folder) == reason


def test_device_is_not_a_file(folder):
    assert attachment_problem("/dev/null", folder) == "outside"
    os.symlink("/dev/null", folder / "null")
    assert attachment_problem("null", folder) == "outside"


def test_credentials_file_is_never_attached(folder, monkeypatch):
    from redlint.draft import attachments

    secret = folder / "credentials.json"
    secret.write_text("{}")
    monkeypatch.setattr(attachments, "credentials_file", lambda: secret)
    assert attachment_problem("credentials.json", folder) == "credentials"
    os.symlink(secret, folder / "innocent.json")
    assert attachment_problem("innocent.json", folder) == "credentials"


@pytest.mark.parametrize("name, reason", [c for c in CASES if c[1] and "\0" not in c[0]
                                          and c[0]])
def test_the_rule_reports_each_as_an_error_and_never_crashes(folder, name, reason):
    draft = folder / "d.md"
    draft.write_text(f'---\nproject: p\ntracker: Support\nattachments: ["{name}"]\n---\nx\n')
    found = [f for f in check_file(str(draft), lang="en").findings if f.rule == "attachments"]
    assert [f.level.value for f in found] == ["error"]
    assert name in found[0].message and "{" not in found[0].message
