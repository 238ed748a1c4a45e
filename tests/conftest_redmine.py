"""Session-scoped `redmine_server` fixture: a real, throwaway, seeded Redmine 5.

Wire it from tests/conftest.py (e.g. `from conftest_redmine import redmine_server  # noqa: F401`
or `pytest_plugins = [...]`). Environment:

- REDLINT_REQUIRE_REDMINE=1: fail (instead of skip) when this machine cannot host Redmine.
- REDLINT_REDMINE_DATA=PATH: reuse an already-running server described by PATH (a server.json
  or the data folder holding it, as written by `scripts/redmine-server start`); it is not stopped.

Failures of a machine that *can* host Redmine (bring-up errors) always fail.
"""

from __future__ import annotations

import os
import urllib.request

import pytest

try:  # tests/ as a package or as a plain folder on sys.path
    from .redmine_server import (
        RedmineStartError,
        RedmineUnavailable,
        load_server,
        start_redmine,
        stop_redmine,
    )
except ImportError:
    from redmine_server import (  # type: ignore[no-redef]
        RedmineStartError,
        RedmineUnavailable,
        load_server,
        start_redmine,
        stop_redmine,
    )


def _login_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/login", timeout=10) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def redmine_server(tmp_path_factory):
    reuse = os.environ.get("REDLINT_REDMINE_DATA")
    if reuse:
        try:
            server = load_server(reuse)
        except (OSError, ValueError, KeyError) as exc:
            pytest.fail(f"REDLINT_REDMINE_DATA={reuse}: cannot read server.json: {exc!r}")
        if not _login_ok(server.url):
            pytest.fail(f"REDLINT_REDMINE_DATA={reuse}: {server.url}/login does not answer 200")
        yield server
        return

    required = os.environ.get("REDLINT_REQUIRE_REDMINE") == "1"
    data_dir = tmp_path_factory.mktemp("redmine")
    try:
        server = start_redmine(data_dir)
    except RedmineUnavailable as exc:
        if required:
            pytest.fail(f"Redmine required (REDLINT_REQUIRE_REDMINE=1) but unavailable: {exc}")
        pytest.skip(f"no Redmine on this machine: {exc}")
    except RedmineStartError as exc:
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        stop_redmine(data_dir)
