"""Which files `redlint submit` uploads (issue #7): what the `attachments` rule accepts,
resolved; anything else stops the submit with one line naming the draft and the line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redlint import i18n
from redlint.draft.parse import read_draft
from redlint.errors import DraftError
from redlint.redmine.submit import attachment_paths, description_text


@pytest.fixture
def tree(tmp_path) -> Path:
    """drafts/ (the draft's folder) with files, links and a folder; secret.txt beside it."""
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "capture.png").write_bytes(b"png")
    (drafts / "sub" / "journal.txt").write_bytes(b"log")
    (tmp_path / "secret.txt").write_bytes(b"secret")
    os.symlink(tmp_path / "secret.txt", drafts / "link-out.txt")
    os.symlink("capture.png", drafts / "link-in.png")
    os.symlink("loop", drafts / "loop")
    os.mkfifo(drafts / "fifo")
    return drafts


def draft_with(tree: Path, name: str):
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    path = tree / "draft.md"
    path.write_text(f'---\ntitle: "Un titre"\nattachments: ["{quoted}"]\n---\nTexte.\n',
                    encoding="utf-8")
    return read_draft(str(path))


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
    ("loop", "invalid or too long file name"),
    ("x" * 256 + ".png", "invalid or too long file name"),
    ("é" * 128, "invalid or too long file name"),  # 256 bytes in UTF-8
    ("sub/" + "y" * 300, "invalid or too long file name"),
])
def test_only_regular_files_inside_the_drafts_folder_are_sent(tree, name, expected):
    draft = draft_with(tree, name)
    if "." in expected and " " not in expected:
        assert attachment_paths(draft) == ((tree / expected).resolve(),)
        return
    with pytest.raises(DraftError) as error:
        attachment_paths(draft)
    assert expected in str(error.value) and "nothing was sent" in str(error.value)
    assert error.value.line == 3


def test_the_credentials_file_is_never_sent(tree, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tree / "config"))
    (tree / "config" / "redlint").mkdir(parents=True)
    (tree / "config" / "redlint" / "credentials.json").write_text("{}")
    i18n.use("fr")
    with pytest.raises(DraftError) as error:
        attachment_paths(draft_with(tree, "config/redlint/credentials.json"))
    assert "identifiants de redlint" in str(error.value)


@pytest.mark.parametrize("text, expected", [
    ("---\n---\nA\n<!-- note -->\nB\n", "A\nB"),
    ("---\n---\nA <!-- note --> B\n", "A  B"),
    ("---\n---\n<!-- a -->\n\nA\n  <!-- b\nsur deux lignes -->  \nB\n", "A\nB"),
    ("---\n---\nA\n<!-- jamais fermé\nB\n", "A\n<!-- jamais fermé\nB"),
])
def test_comments_are_not_sent_and_a_line_that_held_only_one_goes_with_it(text, expected):
    assert description_text(text, 3) == expected


def test_a_draft_full_of_comment_openings_is_read_at_once():
    import time

    start = time.perf_counter()
    description_text("---\n---\n" + "<!--" * 40_000 + "\n", 3)
    assert time.perf_counter() - start < 1
