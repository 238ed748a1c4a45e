"""One language API: tr, plural and the date words, in the language chosen once per run."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from redlint import i18n

PACKAGE = Path(i18n.__file__).resolve().parent


@pytest.mark.parametrize("lang, expected", [("fr", "bonjour"), ("en", "hello")])
def test_tr_speaks_the_chosen_language(lang, expected):
    i18n.use(lang)
    assert i18n.tr("bonjour", "hello") == expected


# (language, count, expected): French 0 and 1 take the singular, English only 1.
PLURAL_CASES = [
    ("fr", 0, "0 brouillon vérifié"),
    ("fr", 1, "1 brouillon vérifié"),
    ("fr", 2, "2 brouillons vérifiés"),
    ("fr", 1000, "1000 brouillons vérifiés"),
    ("en", 0, "0 drafts checked"),
    ("en", 1, "1 draft checked"),
    ("en", 2, "2 drafts checked"),
    ("en", 1000, "1000 drafts checked"),
]


@pytest.mark.parametrize("lang, count, expected", PLURAL_CASES)
def test_plural(lang, count, expected):
    i18n.use(lang)
    assert i18n.plural(count, "{n} brouillon vérifié", "{n} brouillons vérifiés",
                       "{n} draft checked", "{n} drafts checked") == expected


def test_plural_texts_without_the_count_stay_as_written():
    i18n.use("fr")
    assert i18n.plural(3, "constat", "constats", "finding", "findings") == "constats"


# (language, day, with the year, expected)
DAY_CASES = [
    ("fr", dt.date(2025, 3, 12), False, "mercredi 12 mars"),
    ("fr", dt.date(2025, 12, 1), False, "lundi 1er décembre"),
    ("fr", dt.date(2025, 8, 15), False, "vendredi 15 août"),
    ("fr", dt.date(2026, 1, 2), True, "vendredi 2 janvier 2026"),
    ("fr", dt.date(2026, 2, 1), True, "dimanche 1er février 2026"),
    ("en", dt.date(2025, 3, 12), False, "Wednesday 12 March"),
    ("en", dt.date(2025, 12, 1), False, "Monday 1 December"),
    ("en", dt.date(2026, 1, 2), True, "Friday 2 January 2026"),
]


@pytest.mark.parametrize("lang, day, with_year, expected", DAY_CASES)
def test_format_day(lang, day, with_year, expected):
    i18n.use(lang)
    assert i18n.format_day(day, with_year=with_year) == expected


@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "C"}, "fr"),
    ({}, "fr"),
])
def test_use_none_takes_the_locale(monkeypatch, environ, expected):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    assert i18n.use(None) == expected and i18n.current() == expected


# The language APIs that tr/plural replaced: none may come back.
OLD_API = re.compile(r"(?<![\w.])(say|pick|_t|_say)\(|\bMESSAGES\b|\bself\._\(|(?<![\w.])t\(\"")


def test_no_old_language_api_in_the_package():
    found = [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if OLD_API.search(line)]
    assert found == []


def test_the_old_scan_finds_what_it_looks_for():
    # The scan above must catch each old spelling (or it proves nothing).
    for line in ('say("a", "b")', "pick(lang, 'a', 'b')", "_t(lang, 'a', 'b')",
                 "MESSAGES = {}", 'self._("a", "b")', 't("summary", lang)'):
        assert OLD_API.search(line), line
    for line in ('tr("a", "b")', "plural(n, 'a', 'b', 'c', 'd')", "self._roles", "essay(x)"):
        assert not OLD_API.search(line), line


@pytest.mark.parametrize("command", [
    ["check", "examples/good-support.md", "examples/bad-scope.md"],
    ["check", "--format", "json", "examples/bad-scope.md"],
    ["rules"],
])
def test_babel_is_not_imported_by_commands_that_word_no_date(command):
    # Babel is for worded dates only: `redlint check` must not pay for importing it.
    import subprocess
    import sys

    code = ("import sys\nfrom redlint.cli.entry import run\n"
            f"run({command!r})\nprint('babel' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PACKAGE.parent)
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_a_worded_date_imports_babel():
    import subprocess
    import sys

    code = ("import sys, datetime\nfrom redlint import i18n\n"
            "i18n.format_day(datetime.date(2025, 3, 12))\nprint('babel' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "True"


# (language, drafts checked, errors, warnings, infos, the summary line)
SUMMARY_CASES = [
    ("fr", 1, 1, 0, 0, "1 brouillon vérifié : 1 erreur, 0 avertissement, 0 info"),
    ("fr", 2, 3, 2, 0, "2 brouillons vérifiés : 3 erreurs, 2 avertissements, 0 info"),
    ("en", 1, 1, 0, 0, "1 draft checked: 1 error, 0 warnings, 0 infos"),
    ("en", 2, 3, 1, 2, "2 drafts checked: 3 errors, 1 warning, 2 infos"),
]


@pytest.mark.parametrize("lang, drafts, errors, warnings, infos, expected", SUMMARY_CASES)
def test_the_summary_line_counts_in_words(lang, drafts, errors, warnings, infos, expected):
    from redlint.output.render import summary

    i18n.use(lang)
    counts = {"error": errors, "warning": warnings, "info": infos}
    assert summary(drafts, counts) == expected
