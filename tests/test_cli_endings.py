"""Every way a command can end, as the real console script ends it: exit code and one line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tests_support import EXAMPLES

BAD = str(EXAMPLES / "bad-tracker.md")  # its error comes from no word list: a fixed value
WARN = str(EXAMPLES / "bad-title-length.md")
GOOD = str(EXAMPLES / "good-support.md")


def redlint(*args, env=None, **kwargs):
    return subprocess.run([sys.executable, "-m", "redlint", *args], capture_output=True,
                          text=True, env={**os.environ, "NO_COLOR": "1", **(env or {})}, **kwargs)


@pytest.mark.parametrize("args", [
    ["check", str(EXAMPLES), "--format", "json"],
    ["check", str(EXAMPLES)],
    ["check", str(EXAMPLES), "--format=github"],  # through Typer
    ["rules"],
    ["explain", "title-urgency"],
])
def test_a_closed_pipe_ends_quietly(args):
    # `redlint ... | head -1`: the reader closes its end at once.
    read, write = os.pipe()
    os.close(read)
    process = subprocess.run([sys.executable, "-m", "redlint", *args], stdout=write,
                             stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "NO_COLOR": "1"})
    os.close(write)
    assert "Traceback" not in process.stderr and process.stderr == ""
    assert process.returncode == 141


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["check", BAD], ["check", BAD, "--format", "json"], ["rules"]])
def test_a_full_disk_is_one_line_and_exit_2(args):
    with open("/dev/full", "w") as full:
        process = subprocess.run([sys.executable, "-m", "redlint", *args, "--lang", "en"],
                                 stdout=full, stderr=subprocess.PIPE, text=True,
                                 env={**os.environ, "NO_COLOR": "1"})
    assert process.stderr == "redlint: cannot write the output: No space left on device\n"
    assert process.returncode == 2


@pytest.mark.parametrize("args", [["-q", "--strict", WARN], ["--quiet", "--strict", WARN],
                                  ["-q", BAD]])
def test_quiet_still_shows_what_fails_the_run(args):
    process = redlint("check", *args)
    assert process.returncode == 1
    assert process.stdout.strip(), "exit 1 with nothing printed"


@pytest.mark.parametrize("args, fr, en", [
    (["check"], "redlint: argument FILE|DIR|- manquant",
     "redlint: missing argument FILE|DIR|-"),
    (["check", GOOD, "--format", "yaml"],
     "redlint: valeur invalide pour --format : « yaml » ; choix : human, json, github",
     "redlint: invalid value for --format: 'yaml'; choose one of: human, json, github"),
    (["check", GOOD, "--bogus"], "redlint: option inconnue --bogus",
     "redlint: no such option: --bogus"),
    (["nope"], "redlint: commande inconnue « nope »", "redlint: no such command 'nope'"),
    (["new", "--tracker", "x"], "redlint: valeur invalide pour --tracker : « x »",
     "redlint: invalid value for --tracker: 'x'"),
    (["rules", "x"], "redlint: argument en trop : x", "redlint: unexpected extra argument: x"),
])
def test_usage_errors_are_one_line_in_the_chosen_language(args, fr, en):
    for lang_env, expected in (({"LANG": "fr_FR.UTF-8", "LC_ALL": ""}, fr),
                               ({"LANG": "en_US.UTF-8", "LC_ALL": ""}, en),
                               ({"LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""},
                                fr)):
        process = redlint(*args, env=lang_env)
        assert process.returncode == 2
        lines = process.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(expected), process.stderr
        assert "Value error" not in process.stderr and "Usage:" not in process.stderr
    process = redlint(*args, "--lang", "en", env={"LANG": "fr_FR.UTF-8"})
    assert process.stderr.startswith(en)


def test_a_bug_is_one_line_exit_4_and_a_traceback_only_when_asked(tmp_path):
    # A bug planted in the check: a rule type that raises.
    code = ("import sys, redlint.lint.linter as l\n"
            "def boom(*a, **k): raise ZeroDivisionError('planted')\n"
            "l.lint = boom\n"
            "import redlint.lint.check as c; c.lint = boom\n"
            "from redlint.cli.entry import main\n"
            "sys.argv = ['redlint'] + sys.argv[1:]\n"
            "main()\n")
    for args in (["check", GOOD], ["check", GOOD, "--format=json"]):
        process = subprocess.run([sys.executable, "-c", code, *args, "--lang", "en"],
                                 capture_output=True, text=True,
                                 env={**os.environ, "NO_COLOR": "1"})
        assert process.returncode == 4
        assert process.stderr.startswith("redlint: bug in redlint (ZeroDivisionError")
        assert len(process.stderr.splitlines()) == 1 and "Traceback" not in process.stderr
    process = subprocess.run([sys.executable, "-c", code, "check", GOOD], capture_output=True,
                             text=True, env={**os.environ, "REDLINT_DEBUG": "1"})
    assert process.returncode == 4 and "Traceback" in process.stderr
