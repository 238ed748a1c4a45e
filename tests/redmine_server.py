"""Start/stop the throwaway Redmine of scripts/redmine-server from Python (for pytest fixtures).

    server = start_redmine(tmp_dir)      # -> RedmineServer, read from tmp_dir/server.json
    ...
    stop_redmine(tmp_dir)
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Optional, Union

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "redmine-server"

# scripts/redmine-server exits with 3 when this machine cannot host Redmine
# (not root, not Debian, packages cannot be installed).
EXIT_UNAVAILABLE = 3


class RedmineStartError(RuntimeError):
    """scripts/redmine-server failed to bring Redmine up."""


class RedmineUnavailable(RedmineStartError):
    """This machine cannot host Redmine (not root, no apt, packages not installable)."""


@dataclass(frozen=True)
class RedmineServer:
    url: str
    port: int
    pid: int
    data_dir: Path
    # role -> API key: "customer", "admin", "project_manager", "agent1", "agent2"
    api_keys: Dict[str, str]
    # role -> {"id", "login", "firstname", "lastname", "name", "mail", "admin"}
    users: Dict[str, Dict[str, Any]]
    # "support" -> {"id", "name", "user_ids"}
    groups: Dict[str, Dict[str, Any]]
    # identifier -> {"id", "identifier", "name", "is_public", "trackers", "tracker_ids"}
    projects: Dict[str, Dict[str, Any]]
    trackers: Dict[str, int]  # name -> id (all trackers, not only the projects' ones)
    statuses: Dict[str, int]  # name -> id
    priorities: Dict[str, int]  # name -> id
    roles: Dict[str, int]  # name -> id
    password: str  # web password of all seeded users (admin included)
    info: Dict[str, Any] = field(repr=False)  # the whole server.json

    def __repr__(self) -> str:  # never show keys/password in pytest output
        return f"RedmineServer(url={self.url!r}, data_dir={str(self.data_dir)!r})"

    @property
    def customer_key(self) -> str:
        return self.api_keys["customer"]

    @property
    def admin_key(self) -> str:
        return self.api_keys["admin"]

    @property
    def manager_key(self) -> str:
        return self.api_keys["project_manager"]


def load_server(path: Union[str, Path]) -> RedmineServer:
    """Read a server.json (or the data folder holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "server.json"
    info = json.loads(path.read_text(encoding="utf-8"))
    return RedmineServer(
        url=info["url"],
        port=int(info["port"]),
        pid=int(info["pid"]),
        data_dir=Path(info.get("data_dir") or path.parent),
        api_keys=dict(info["api_keys"]),
        users=dict(info["users"]),
        groups=dict(info["groups"]),
        projects=dict(info["projects"]),
        trackers=dict(info["trackers"]),
        statuses=dict(info["statuses"]),
        priorities=dict(info["priorities"]),
        roles=dict(info["roles"]),
        password=info.get("password", ""),
        info=info,
    )


def _run(args, timeout: float) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            ["bash", str(SCRIPT), *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
        )
    except FileNotFoundError as exc:  # no bash on this machine
        raise RedmineUnavailable(f"cannot run {SCRIPT}: {exc}") from exc


def start_redmine(
    data_dir: Union[str, Path], port: Optional[int] = None, timeout: float = 900
) -> RedmineServer:
    """Bring up a seeded Redmine in data_dir (installing packages if needed)."""
    args = ["start", str(data_dir)] + ([str(port)] if port else [])
    try:
        proc = _run(args, timeout)
    except subprocess.TimeoutExpired as exc:
        stop_redmine(data_dir)
        raise RedmineStartError(f"{SCRIPT.name} start timed out after {timeout} s") from exc
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or "").strip().splitlines()[-40:])
        cls = RedmineUnavailable if proc.returncode == EXIT_UNAVAILABLE else RedmineStartError
        raise cls(f"{SCRIPT.name} start failed (exit {proc.returncode}):\n{tail}")
    return load_server(data_dir)


def stop_redmine(data_dir: Union[str, Path], timeout: float = 60) -> None:
    """Stop the server of data_dir and remove its instance symlink (quiet if not running)."""
    proc = _run(["stop", str(data_dir)], timeout)
    if proc.returncode != 0:
        raise RedmineStartError(f"{SCRIPT.name} stop failed (exit {proc.returncode}):\n{proc.stderr}")


def run_rails(data_dir: Union[str, Path], script: Union[str, Path], *args: str,
              timeout: float = 300) -> str:
    """Run a Ruby script in the instance (scripts/redmine-server runner); its output."""
    done = _run(["runner", str(data_dir), str(script), *map(str, args)], timeout)
    if done.returncode != 0:
        raise RedmineStartError(f"rails runner {script} failed: {done.stderr[-2000:]}")
    return done.stdout
