"""Reading the files redlint is given (drafts, rules files, vocabularies): a regular file of
bounded size, or a refusal at once: never a hang on a pipe, never a device read forever."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from redlint.readfile import NotRegularFile, TooLarge, read_bounded


def _fifo(folder: Path) -> Path:
    path = folder / "draft.md"
    os.mkfifo(path)
    return path


def _regular(folder: Path, size: int) -> Path:
    path = folder / "draft.md"
    path.write_bytes(b"x" * size)
    return path


@pytest.mark.parametrize("make, limit, outcome", [
    (lambda folder: _regular(folder, 10), 10, b"x" * 10),
    (lambda folder: _regular(folder, 0), 10, b""),
    (lambda folder: _regular(folder, 11), 10, TooLarge),
    (lambda folder: folder, 10, NotRegularFile),
    (_fifo, 10, NotRegularFile),
    (lambda folder: Path("/dev/zero"), 10, NotRegularFile),
    (lambda folder: folder / "missing.md", 10, FileNotFoundError),
])
def test_read_bounded(tmp_path, make, limit, outcome):
    path = make(tmp_path)
    if isinstance(outcome, bytes):
        assert read_bounded(path, limit) == outcome
    else:
        with pytest.raises(outcome):
            read_bounded(path, limit)


def test_too_large_says_the_size_and_a_folder_says_so(tmp_path):
    with pytest.raises(TooLarge) as large:
        read_bounded(_regular(tmp_path, 25), 10)
    assert large.value.size == 25
    with pytest.raises(NotRegularFile) as folder:
        read_bounded(tmp_path, 10)
    assert folder.value.folder


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # a device read forever fails


@pytest.mark.parametrize("make, message", [
    (_fifo, "is not a regular file (a pipe, a device...), not a draft"),
    (lambda folder: Path("/dev/zero"), "is not a regular file (a pipe, a device...), not a draft"),
])
def test_check_refuses_a_pipe_or_a_device_at_once(tmp_path, make, message):
    path = make(tmp_path)
    process = subprocess.run([sys.executable, "-m", "redlint", "check", str(path), "--lang", "en"],
                             capture_output=True, text=True, timeout=30,
                             preexec_fn=_limit_memory)  # noqa: PLW1509 - no threads here
    assert process.returncode == 2
    assert f"redlint: {path}: {message}" in process.stderr
    assert "Traceback" not in process.stderr


@pytest.mark.parametrize("make, message", [
    (lambda folder: folder, "is a folder, not an answer"),
    (_fifo, "is not a regular file (a pipe, a device...), not an answer"),
    (lambda folder: _regular(folder, 1024 * 1024 + 1), "answer too long (over 1 MB)"),
    (lambda folder: folder / "missing.md", "no such file"),
])
def test_an_answer_file_is_read_the_same_way(tmp_path, make, message):
    from redlint.errors import DraftError
    from redlint.i18n import use
    from redlint.redmine.followup.run import read_answer

    use("en")
    with pytest.raises(DraftError) as refused:
        read_answer(str(make(tmp_path)), None)
    assert message in refused.value.message


def test_eval_refuses_a_pipe_as_its_mapping(tmp_path):
    from redlint.errors import ConfigError
    from redlint.evaluate.sets import load_mapping

    with pytest.raises(ConfigError) as refused:
        load_mapping(str(_fifo(tmp_path)))
    assert refused.value.message == "not a regular file"
