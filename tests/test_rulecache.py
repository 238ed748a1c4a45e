"""The rule set cache: used while its files are unchanged, rebuilt otherwise, never required."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redlint.config import rulecache
from redlint.errors import ConfigError
from redlint.config.rulecache import load_ruleset


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REDLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(rulecache.sys, "platform", "linux")
    return tmp_path / "cache" / "redlint"


def test_second_load_comes_from_the_cache_and_equals_the_first(write, cache):
    rules = write("team/.redlint.yaml", "rules:\n  title-length: error\n")
    first = load_ruleset(rules)
    entries = list(cache.glob("rules-*.pickle"))
    assert len(entries) == 1 and (entries[0].stat().st_mode & 0o777) == 0o600
    assert load_ruleset(rules) == first


def test_a_changed_file_is_read_again(write, cache):
    rules = write(".redlint.yaml", "rules:\n  title-length: error\n")
    assert load_ruleset(rules).get("title-length").level.value == "error"
    rules.write_text("rules:\n  title-length: info\n", encoding="utf-8")
    os.utime(rules, ns=(1, 1))  # even with an old time stamp: the size changed
    assert load_ruleset(rules).get("title-length").level.value == "info"


def test_a_broken_cache_is_rebuilt(write, cache):
    rules = write(".redlint.yaml", "rules:\n  title-length: off\n")
    load_ruleset(rules)
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert not load_ruleset(rules).get("title-length").enabled


def test_broken_rules_are_never_cached(write, cache):
    rules = write(".redlint.yaml", "rules:\n  x:\n    type: nope\n")
    for _ in range(2):
        with pytest.raises(ConfigError):
            load_ruleset(rules)
    assert not list(cache.glob("*.pickle"))


def test_no_cache_when_asked_or_when_the_folder_cannot_be_written(write, cache, monkeypatch):
    rules = write(".redlint.yaml", "rules:\n  title-length: off\n")
    monkeypatch.setenv("REDLINT_NO_CACHE", "1")
    load_ruleset(rules)
    assert not cache.exists()
    monkeypatch.delenv("REDLINT_NO_CACHE")
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be")
    assert not load_ruleset(rules).get("title-length").enabled


def test_changed_code_is_never_served_from_an_old_cache(tmp_path, write):
    # An installed copy of redlint whose code changes in place (an upgrade, an edit of a
    # checkout) with the same version number and rules files: the next check behaves anew.
    import json
    import shutil
    import subprocess
    import sys

    from tests_support import EXAMPLES

    root = tmp_path / "install"
    shutil.copytree(Path(rulecache.__file__).resolve().parents[1], root / "redlint",
                    ignore=shutil.ignore_patterns("__pycache__"))
    rules = write("team/.redlint.yaml", "extends: none\nrules:\n  probe:\n    type: metric\n"
                  "    scope: title\n    measure: words\n    max: 99\n"
                  "    message: 'probe {value}'\n")
    draft = rules.parent / "draft.md"
    shutil.copy(EXAMPLES / "good-support.md", draft)
    env = {**os.environ, "PYTHONPATH": str(root), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "NO_COLOR": "1"}
    env.pop("REDLINT_NO_CACHE", None)

    def probe_findings():
        out = subprocess.run([sys.executable, "-m", "redlint", "check", str(draft), "--format",
                              "json"], capture_output=True, text=True, env=env, cwd=root)
        files = json.loads(out.stdout)["files"]
        return [f for f in files[0]["findings"] if f["rule"] == "probe"]

    assert probe_findings() == [] and probe_findings() == []  # the second from the cache
    assert list((tmp_path / "cache" / "redlint").glob("*.pickle"))
    metric = root / "redlint" / "rules" / "metric.py"
    code = metric.read_text(encoding="utf-8")
    assert "    min: float | None = None\n" in code
    metric.write_text(code.replace("    min: float | None = None\n",
                                   "    min: float | None = 50\n"), encoding="utf-8")
    assert len(probe_findings()) == 1  # the new default, not the cached rule set
