"""One language API: tr, plural and the date words, in the language chosen once per run."""

from __future__ import annotations

import ast
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
OLD_API = re.compile(r"(?<![\w.])(say|pick|_t|_say)\(|\bMESSAGES\b|\bself\._(?!\w)"
                     r"|(?<![\w.])t\(\"|\.(lang|language)\b")


def test_no_old_language_api_in_the_package():
    found = [f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if OLD_API.search(line)]
    assert found == []


def test_the_old_scan_finds_what_it_looks_for():
    # The scan above must catch each old spelling (or it proves nothing).
    for line in ('say("a", "b")', "pick(lang, 'a', 'b')", "_t(lang, 'a', 'b')",
                 "MESSAGES = {}", 'self._("a", "b")', 't("summary", lang)',
                 "_ = self._", "lang = session.lang", "self.lang = lang",
                 "hold(folder, key, lang=session.lang)", "self.language"):
        assert OLD_API.search(line), line
    for line in ('tr("a", "b")', "plural(n, 'a', 'b', 'c', 'd')", "self._roles", "essay(x)",
                 "self.languages", 'f"<html lang=\"{current()}\">"', "use(lang)"):
        assert not OLD_API.search(line), line


# The old API threaded the language through every call; the language is now chosen once
# (`use`). A `lang` is left only where it picks a text from data (a rule's message in the rules
# file, a skeleton): a parameter nobody reads, or a language handed to a function that takes
# none, is what is left of the threading.
LANG_NAMES = ("lang", "language")
# Calls that may be handed a language without taking one as a parameter of ours.
NOT_OURS = {"get", "isinstance", "partial"}


def _functions(tree):
    return [node for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _parameters(function) -> list[str]:
    args = function.args
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]


def unread_language_parameters(trees: dict) -> list[str]:
    """`where: function(lang)` for each language parameter its function never reads."""
    found = []
    for where, tree in trees.items():
        for function in _functions(tree):
            read = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)}
            found += [f"{where}:{function.lineno}: {function.name}({name})"
                      for name in _parameters(function) if name in LANG_NAMES and name not in read]
    return found


def languages_handed_to_functions_without_one(trees: dict) -> list[str]:
    """`where: callee` for each call that passes a language (`lang`, `x.lang`, `lang=`) to a
    function or class whose name takes none anywhere in the package."""
    takes = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                    set(_parameters(node)) & set(LANG_NAMES):
                takes.add(node.name)
            if isinstance(node, ast.ClassDef) and any(
                    f.name == "__init__" and set(_parameters(f)) & set(LANG_NAMES)
                    for f in node.body if isinstance(f, ast.FunctionDef)):
                takes.add(node.name)
    for tree in trees.values():  # `from x import language as language_of`
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                takes |= {a.asname for a in node.names if a.asname and a.name in takes}

    def is_language(node) -> bool:
        return (isinstance(node, ast.Name) and node.id in LANG_NAMES) or \
            (isinstance(node, ast.Attribute) and node.attr in LANG_NAMES)

    found = []
    for where, tree in trees.items():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            callee = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            handed = any(is_language(a) for a in call.args) or any(
                k.arg in LANG_NAMES or is_language(k.value) for k in call.keywords)
            if handed and callee not in takes and callee not in NOT_OURS:
                found.append(f"{where}:{call.lineno}: {callee}")
    return found


def _package_trees() -> dict:
    return {str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(PACKAGE.rglob("*.py"))}


def test_no_language_parameter_is_left_unread():
    assert unread_language_parameters(_package_trees()) == []


def test_no_language_is_handed_to_a_function_that_takes_none():
    assert languages_handed_to_functions_without_one(_package_trees()) == []


def test_the_threading_scans_find_what_they_look_for():
    # Each scan must catch the leftovers it is for (or it proves nothing).
    leftovers = {"a.py": ast.parse(
        "def next_step(self, lang):\n    return tr('a', 'b')\n"
        "def lint(text, lang='fr'):\n    return rule.text(lang)\n"
        "class Rule:\n    def text(self, lang):\n        return self.messages[lang]\n"
        "def run(text, lang):\n"
        "    human(reports, lang)\n    hold(folder, key, lang=lang)\n"
        "    decode_draft(data, path, session.lang)\n    lint(text, lang)\n")}
    assert unread_language_parameters(leftovers) == ["a.py:1: next_step(lang)"]
    assert languages_handed_to_functions_without_one(leftovers) == [
        "a.py:9: human", "a.py:10: hold", "a.py:11: decode_draft"]


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
