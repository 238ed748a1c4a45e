"""Rules files that are not files, too big, self-expanding or endlessly chained: each one
ConfigError with file:line, quickly, never a hang, a MemoryError or a RecursionError."""

from __future__ import annotations

import os
import time

import pytest

from redlint.config.load import load_file
from redlint.errors import ConfigError, ExitCode


def _bomb() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        name, previous = chr(97 + level), chr(96 + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "redmine:\n  x:\n" + "".join(f"    {line}\n" for line in lines)


@pytest.mark.parametrize("setup, where, words", [
    # a device that never ends, one that never says anything, a pipe with no writer
    (lambda d: d.joinpath("r.yaml").write_text("extends: /dev/zero\n"), "r.yaml:1",
     "must be a regular file"),
    (lambda d: d.joinpath("r.yaml").write_text("extends: /dev/urandom\n"), "r.yaml:1",
     "must be a regular file"),
    (lambda d: (os.mkfifo(d / "fifo"), d.joinpath("r.yaml").write_text("extends: fifo\n")),
     "r.yaml:1", "must be a regular file"),
    (lambda d: d.joinpath("r.yaml").write_text("extends: sub\n") and (d / "sub").mkdir(),
     "r.yaml:1", "must be a regular file"),
    (lambda d: (os.symlink("l1", d / "l2"), os.symlink("l2", d / "l1"),
                d.joinpath("r.yaml").write_text("extends: l1\n")), "r.yaml:1",
     "symbolic links"),
    (lambda d: (d.joinpath("big.yaml").write_text("# " + "x" * 1_000_001 + "\n"),
                d.joinpath("r.yaml").write_text("extends: big.yaml\n")), "r.yaml:1",
     "too large"),
    (lambda d: d.joinpath("r.yaml").write_text(_bomb()), "r.yaml:", "more than 100000 values"),
    (lambda d: d.joinpath("r.yaml").write_text("redmine: &a [*a]\n"), "r.yaml:1",
     "contains itself"),
    (lambda d: d.joinpath("r.yaml").write_text("rules: " + "[" * 5000 + "]" * 5000 + "\n"),
     "r.yaml:1", "nesting"),
    (lambda d: ([d.joinpath(f"c{i}.yaml").write_text(f"extends: c{i + 1}.yaml\n")
                 for i in range(2000)], d.joinpath("r.yaml").write_text("extends: c0.yaml\n")),
     ".yaml:1", "more than 20 files chained"),
    (lambda d: (d.joinpath("a.yaml").write_text("extends: r.yaml\n"),
                d.joinpath("r.yaml").write_text("extends: a.yaml\n")), "a.yaml:1",
     "loops back: r.yaml -> a.yaml -> r.yaml"),
])
def test_hostile_rules_files_are_one_config_error(tmp_path, setup, where, words):
    setup(tmp_path)
    start = time.monotonic()
    with pytest.raises(ConfigError) as caught:
        load_file(tmp_path / "r.yaml")
    assert time.monotonic() - start < 10
    message = str(caught.value)
    assert where in message and words in message, message
    assert "\n" not in message and caught.value.exit_code == ExitCode.USAGE
