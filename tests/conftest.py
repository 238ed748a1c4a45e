"""Shared fixtures. The real Redmine server fixture lives in conftest_redmine.py."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["conftest_redmine"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True, scope="session")
def _private_rule_cache(tmp_path_factory):
    """The rule set cache of the tests goes to a folder of their own, not the user's."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _english_messages():
    """Code that words its errors in the chosen language (i18n.tr) speaks English in the
    tests, whatever the machine's locale and whatever an earlier test chose."""
    from redlint import i18n

    i18n.use("en")


@pytest.fixture
def write(tmp_path):
    """Write a file under tmp_path (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
