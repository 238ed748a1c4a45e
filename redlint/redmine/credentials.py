"""Where redlint finds the Redmine address and API key, and how `redlint login` stores them.

1. REDMINE_URL and REDMINE_API_KEY in the environment (both, or neither);
2. else the file written by `redlint login`: `credentials.json` in the platform's user
   configuration folder (platformdirs: ~/.config/redlint on Linux), mode 0600.

Only HTTPS addresses are accepted, except on the loopback interface (127.0.0.0/8, ::1,
localhost), where a test server speaks plain HTTP. Certificates are always verified. The key is
never part of any message, repr or log line.
"""

from __future__ import annotations

import ipaddress
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlsplit, urlunsplit

from redlint.atomic import atomic_write
from redlint.errors import UsageError
from redlint.i18n import tr
from redlint.userfiles import credentials_file

ENV_URL = "REDMINE_URL"
ENV_KEY = "REDMINE_API_KEY"


class CredentialsError(UsageError):
    """Missing or unusable credentials (exit code 2: nothing was sent)."""


@dataclass(frozen=True, slots=True)
class Credentials:
    url: str
    api_key: str  # never shown: see __repr__
    source: str = ""  # "environment" or the file's path

    def __repr__(self) -> str:
        return f"Credentials(url={self.url!r}, source={self.source!r})"

    __str__ = __repr__


def is_loopback(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The Redmine address, normalised (no trailing slash), or CredentialsError."""
    raw = (url or "").strip()
    try:
        parts = urlsplit(raw)
        port = parts.port  # raises ValueError on a bad port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        # Echoed only when it looks like an address: a key pasted in its place stays secret.
        looks = "://" in raw and "@" not in raw
        fr_shown, en_shown = (f" « {raw} »", f' "{raw}"') if looks else ("", "")
        raise CredentialsError(tr(f"adresse Redmine invalide{fr_shown} : attendu "
                                  "https://redmine.exemple.fr",
                                  f"invalid Redmine address{en_shown}: expected "
                                  "https://redmine.example.com"))
    if parts.username is not None or parts.password is not None:
        raise CredentialsError(tr("l'adresse Redmine ne doit pas contenir d'identifiants "
                                  "(utilisez la clé d'API)",
                                  "the Redmine address must not hold credentials "
                                  "(use the API key)"))
    if parts.query or parts.fragment:
        raise CredentialsError(tr("l'adresse Redmine ne doit contenir ni « ? » ni « # »",
                                  "the Redmine address must have no '?' or '#' part"))
    scheme = parts.scheme.lower()
    if scheme != "https" and not is_loopback(parts.hostname):
        raise CredentialsError(tr(f"adresse non chiffrée refusée : {scheme}://{parts.hostname}"
                                  " ; utilisez https:// (http n'est accepté que pour "
                                  "127.0.0.1 / localhost)",
                                  f"unencrypted address refused: {scheme}://{parts.hostname}; "
                                  "use https:// (http is accepted only for 127.0.0.1 / "
                                  "localhost)"))
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def check_key(key: str) -> str:
    """The API key, stripped; refuses an empty key or one that cannot be an HTTP header."""
    key = (key or "").strip()
    if not key:
        raise CredentialsError(tr("clé d'API vide", "empty API key"))
    if not all(33 <= ord(char) <= 126 for char in key):
        raise CredentialsError(tr("clé d'API invalide : caractères non imprimables ou "
                                  "espaces (elle est dans « Mon compte » de Redmine)",
                                  "invalid API key: spaces or unprintable characters (it is "
                                  "under \"My account\" in Redmine)"))
    return key


def loose_permissions(path: Path) -> int | None:
    """The file's mode when group or others may read or write it (POSIX), else None."""
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    return mode if mode & 0o077 else None


def permissions_warning(path: Path) -> str | None:
    mode = loose_permissions(path)
    if mode is None:
        return None
    return tr(f"attention : {path} (mode {mode:04o}) est lisible par d'autres "
              f"utilisateurs ; protégez votre clé d'API : chmod 600 {path}",
              f"warning: {path} (mode {mode:04o}) is readable by other users; protect your "
              f"API key: chmod 600 {path}")


def load_credentials(env: Mapping[str, str] | None = None, path: Path | None = None, *,
                     warn: Callable[[str], None] | None = None) -> Credentials:
    """The credentials to use, from the environment or the login file; CredentialsError if none.

    `warn` receives a message when the login file is readable by others (it is still used).
    """
    env = os.environ if env is None else env
    url, key = env.get(ENV_URL, "").strip(), env.get(ENV_KEY, "").strip()
    if url or key:
        if not (url and key):
            missing, present = (ENV_KEY, ENV_URL) if url else (ENV_URL, ENV_KEY)
            raise CredentialsError(tr(f"{present} est défini mais pas {missing} : "
                                      "définissez les deux, ou aucun pour utiliser "
                                      "`redlint login`",
                                      f"{present} is set but {missing} is not: set both, or "
                                      "neither to use `redlint login`"))
        if key in url:
            raise CredentialsError(tr(f"{ENV_URL} contient la clé d'API : mettez l'adresse "
                                      f"dans {ENV_URL} et la clé dans {ENV_KEY}",
                                      f"{ENV_URL} holds the API key: put the address in "
                                      f"{ENV_URL} and the key in {ENV_KEY}"))
        return Credentials(check_url(url), check_key(key), "environment")
    path = path or credentials_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CredentialsError(tr("pas d'accès Redmine configuré : lancez `redlint login`, "
                                  f"ou définissez {ENV_URL} et {ENV_KEY}",
                                  "no Redmine access configured: run `redlint login`, or set "
                                  f"{ENV_URL} and {ENV_KEY}")) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise CredentialsError(tr(f"{path} est illisible ({reason}) : relancez "
                                  "`redlint login`",
                                  f"{path} cannot be read ({reason}): run `redlint login` "
                                  "again")) from None
    if warn is not None:
        message = permissions_warning(path)
        if message:
            warn(message)
    try:
        data = json.loads(text)
        url, key = data["url"], data["api_key"]
        if not isinstance(url, str) or not isinstance(key, str):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise CredentialsError(tr(f"{path} est abîmé : relancez `redlint login`",
                                  f"{path} is damaged: run `redlint login` again")) from None
    return Credentials(check_url(url), check_key(key), str(path))


def save_credentials(url: str, api_key: str, path: Path | None = None) -> Path:
    """Write the login file with mode 0600 (atomically: the key is never briefly readable)."""
    path = path or credentials_file()
    url, api_key = check_url(url), check_key(api_key)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    payload = json.dumps({"url": url, "api_key": api_key}) + "\n"
    atomic_write(path, payload.encode("utf-8"), mode=0o600)
    return path
