"""A real headless Chromium for the tests that open an HTML page (Debian's `chromium`).

Installed from the distribution's packages when missing (root and apt-get needed). Where it
cannot be installed the tests skip with the reason, unless REDLINT_REQUIRE_CHROMIUM=1 (CI sets
it), which makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# As root, in a closed network: no sandbox, no GPU, no background connections.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def _install() -> str | None:
    """Why Chromium cannot be had, or None once it is installed."""
    if shutil.which("apt-get") is None:
        return "no apt-get on this machine to install Debian's chromium"
    if os.geteuid() != 0:
        return "installing Debian's chromium needs root"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-q"],
                    ["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"]):
        done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=900)
        if done.returncode != 0:
            return f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}"
    return None


def find_chromium() -> str:
    """The chromium binary, installing it if needed; skips (or fails in CI) when impossible."""
    found = shutil.which("chromium")
    if found is None:
        reason = _install()
        found = shutil.which("chromium")
        if found is None:
            message = f"no headless Chromium: {reason or 'chromium not on PATH after install'}"
            if os.environ.get("REDLINT_REQUIRE_CHROMIUM") == "1":
                pytest.fail(message)
            pytest.skip(message)
    return found


def run_chromium(binary: str, profile: Path, *args: str, timeout: float = 120) -> str:
    done = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
