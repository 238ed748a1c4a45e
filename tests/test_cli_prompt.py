"""Questions asked on the terminal: answered in the language they are asked in."""

from __future__ import annotations

import pytest

from redlint import i18n
from redlint.cli import common
from redlint.output import console as output_console


@pytest.mark.parametrize("lang, answers, expected, shown", [
    ("fr", ["o"], True, "[O/n]"),
    ("fr", ["oui"], True, "[O/n]"),
    ("fr", ["OUI "], True, "[O/n]"),
    ("fr", ["y"], True, "[O/n]"),
    ("fr", ["yes"], True, "[O/n]"),
    ("fr", ["n"], False, "[O/n]"),
    ("fr", ["non"], False, "[O/n]"),
    ("fr", [""], True, "[O/n]"),
    ("fr", ["peut-être", "non"], False, "[O/n]"),
    ("en", ["y"], True, "[Y/n]"),
    ("en", ["yes"], True, "[Y/n]"),
    ("en", ["no"], False, "[Y/n]"),
    ("en", ["o", "n"], False, "[Y/n]"),
])
def test_confirm_takes_the_answers_of_its_language(monkeypatch, capsys, lang, answers, expected,
                                                   shown):
    asked = []

    def fake_input(prompt):
        asked.append(prompt)
        return answers[len(asked) - 1]

    monkeypatch.setattr("builtins.input", fake_input)
    i18n.use(lang)
    assert common.confirm("Créer ?") is expected
    assert asked[0] == f"Créer ? {shown} " and len(asked) == len(answers)


def test_submit_asks_through_the_bilingual_confirm():
    # The submit command's question goes through common.confirm, not Click's English-only one.
    import inspect

    from redlint.cli import submit

    source = inspect.getsource(submit.submit)
    assert "ask(" in source and "typer.confirm" not in source


class _Terminal:
    """A stand-in for a terminal's stream: says it is a TTY, keeps what is written."""

    def __init__(self):
        self.parts = []

    def isatty(self):
        return True

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    @property
    def text(self):
        return "".join(self.parts)


@pytest.mark.parametrize("no_color, ansi", [("1", False), ("", True)])
@pytest.mark.parametrize("stderr", [False, True])
def test_consoles_honour_no_color_on_a_terminal(monkeypatch, no_color, ansi, stderr):
    from rich.text import Text

    terminal = _Terminal()
    monkeypatch.setattr(output_console.sys, "stderr" if stderr else "stdout", terminal)
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", "xterm-256color")
    output_console.console(stderr=stderr).print(Text("Ticket #3 créé.", style="bold green"))
    assert ("\x1b[" in terminal.text) is ansi
    assert "Ticket #3 créé." in terminal.text
