"""The rule set cache: used while its files are unchanged, rebuilt otherwise, never required."""

from __future__ import annotations

import os

import pytest

from redlint.config import rulecache
from redlint.errors import ConfigError
from redlint.config.ruleset import load_ruleset


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
