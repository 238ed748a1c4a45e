"""Credentials: environment first, else the `redlint login` file (0600); HTTPS except loopback."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest

from redlint.redmine.credentials import (
    CredentialsError,
    check_key,
    check_url,
    load_credentials,
    save_credentials,
)
from redlint.errors import ExitCode
from redlint.userfiles import credentials_file

KEY = "0123456789abcdef0123456789abcdef01234567"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.mark.parametrize("given, expected", [
    ("https://redmine.example.com", "https://redmine.example.com"),
    ("https://redmine.example.com/", "https://redmine.example.com"),
    ("  https://redmine.example.com/redmine/  ", "https://redmine.example.com/redmine"),
    ("HTTPS://Redmine.Example.COM:8443/", "https://redmine.example.com:8443"),
    ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
    ("http://127.1.2.3", "http://127.1.2.3"),
    ("http://localhost:3000/", "http://localhost:3000"),
    ("http://[::1]:3000", "http://[::1]:3000"),
    ("https://[2001:db8::1]/", "https://[2001:db8::1]"),
])
def test_accepted_addresses(given, expected):
    assert check_url(given) == expected


@pytest.mark.parametrize("given, message", [
    ("http://redmine.example.com", "unencrypted address refused"),
    ("http://10.0.0.5:3000", "unencrypted address refused"),
    ("http://localhost.example.com", "unencrypted address refused"),
    ("http://[2001:db8::1]", "unencrypted address refused"),
    ("ftp://redmine.example.com", "invalid Redmine address"),
    ("redmine.example.com", "invalid Redmine address"),
    ("https://", "invalid Redmine address"),
    ("https://redmine.example.com:99999", "invalid Redmine address"),
    ("https://user:secret@redmine.example.com", "must not hold credentials"),
    ("https://redmine.example.com/?key=x", "no '?' or '#'"),
    ("", "invalid Redmine address"),
])
def test_refused_addresses(given, message):
    with pytest.raises(CredentialsError) as error:
        check_url(given)
    assert message in str(error.value)
    assert error.value.exit_code == ExitCode.USAGE
    assert "secret" not in str(error.value)


@pytest.mark.parametrize("key, ok", [
    (KEY, True), (f"  {KEY}\n", True), ("", False), ("   ", False), ("abc def", False),
    ("abc\r\nX-Injected: 1", False), ("sécret-k3y", False),
])
def test_api_key_shape(key, ok):
    if ok:
        assert check_key(key) == key.strip()
    else:
        with pytest.raises(CredentialsError) as error:
            check_key(key)
        if key.strip():
            assert key.strip() not in str(error.value)


def env(url=None, key=None):
    values = {}
    if url is not None:
        values["REDMINE_URL"] = url
    if key is not None:
        values["REDMINE_API_KEY"] = key
    return values


def test_environment_comes_first(tmp_path):
    saved = save_credentials("https://file.example.com", "f" * 40, tmp_path / "c.json")
    found = load_credentials(env("https://env.example.com/", KEY), saved)
    assert (found.url, found.api_key, found.source) == ("https://env.example.com", KEY,
                                                       "environment")


def test_file_when_the_environment_is_empty(tmp_path):
    saved = save_credentials("https://file.example.com", KEY, tmp_path / "c.json")
    found = load_credentials(env(), saved)
    assert (found.url, found.api_key, found.source) == ("https://file.example.com", KEY,
                                                       str(saved))


@pytest.mark.parametrize("values, message", [
    (env(url="https://r.example.com"), "REDMINE_URL is set but REDMINE_API_KEY is not"),
    (env(key=KEY), "REDMINE_API_KEY is set but REDMINE_URL is not"),
    (env("http://r.example.com", KEY), "unencrypted address refused"),
    (env(KEY, KEY), "REDMINE_URL holds the API key"),
    (env(f"https://r.example.com/{KEY}", KEY), "REDMINE_URL holds the API key"),
])
def test_environment_errors(values, message, tmp_path):
    with pytest.raises(CredentialsError) as error:
        load_credentials(values, tmp_path / "none.json")
    assert message in str(error.value)
    assert KEY not in str(error.value)


@pytest.mark.parametrize("content, message", [
    (None, "run `redlint login`, or set REDMINE_URL and REDMINE_API_KEY"),
    ("not json", "is damaged"),
    ('{"url": "https://r.example.com"}', "is damaged"),
    ('{"url": 3, "api_key": "k"}', "is damaged"),
    ('["https://r.example.com", "k"]', "is damaged"),
])
def test_file_errors(content, message, tmp_path):
    path = tmp_path / "c.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
        path.chmod(0o600)
    with pytest.raises(CredentialsError) as error:
        load_credentials({}, path)
    assert message in str(error.value)


@posix_only
@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_saved_file_is_0600_whatever_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        path = save_credentials("https://r.example.com", KEY, tmp_path / "sub" / "c.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8")) == {"url": "https://r.example.com",
                                                            "api_key": KEY}
    assert sorted(p.name for p in path.parent.iterdir()) == ["c.json"]


@posix_only
def test_saving_again_replaces_and_tightens(tmp_path):
    path = tmp_path / "c.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    save_credentials("https://r.example.com", KEY, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_credentials({}, path).api_key == KEY


@posix_only
@pytest.mark.parametrize("mode, warned", [(0o600, False), (0o400, False), (0o640, True),
                                          (0o644, True), (0o606, True)])
def test_warns_when_the_file_is_readable_by_others(tmp_path, mode, warned):
    path = save_credentials("https://r.example.com", KEY, tmp_path / "c.json")
    path.chmod(mode)
    warnings = []
    found = load_credentials({}, path, warn=warnings.append)
    assert found.api_key == KEY  # still used
    assert bool(warnings) is warned
    if warned:
        assert f"chmod 600 {path}" in warnings[0] and KEY not in warnings[0]


def test_the_key_never_shows(tmp_path):
    found = load_credentials(env("https://r.example.com", KEY), tmp_path / "none.json")
    assert KEY not in repr(found) and KEY not in str(found) and KEY not in f"{found}"


def test_login_file_lives_in_the_user_config_folder(monkeypatch, tmp_path):
    if sys.platform != "linux":
        pytest.skip("XDG_CONFIG_HOME applies on Linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert credentials_file() == tmp_path / "redlint" / "credentials.json"


@pytest.mark.parametrize("module", ["redlint.cli.app", "redlint.cli.submit"])
def test_check_does_not_import_the_network_stack(module):
    """`redlint check` loads the submit commands, but not requests/python-redmine."""
    import subprocess

    code = (f"import sys, {module}; "
            "print(sorted(m for m in ('requests', 'redminelib', 'urllib3') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
