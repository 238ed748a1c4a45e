"""Fuzzing: random drafts and rules files never end in a traceback, a hang or an exit code
outside 0..3 — in process, through the very function the console script runs
(redlint.cli.entry.run), and a few through the real console script.

Bounded in time: a deadline per example, a few dozen examples per test, the whole file well
under a minute. Crashes found in other areas are listed in KNOWN_CRASHES (none today).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from redlint.cli.entry import run  # noqa: E402

RULE_IDS = ("front-matter-keys", "tracker", "assignment", "attachments", "scope",
            "single-request", "url-required", "url-precise", "title-urgency", "title-tone",
            "title-length", "description-shouting", "description-emphasis",
            "technical-context", "description-telegraphic")
FUZZ = settings(max_examples=150, deadline=5000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Printable text with the characters that matter to Markdown, YAML and the rules.
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                      blacklist_characters="\x00"), max_size=40)
plain = st.text(alphabet="abcdeéèàç ABCÉ!?.,;-0123456789", max_size=60)
words = st.text(alphabet="abcdeéèàç ABCÉ!?.:,;-*_#[](){}<>\"'/\\\t0123456789", max_size=60)
urls = st.builds(lambda host, path: f"https://{host}/{path}",
                 st.sampled_from(["demarches.ville-exemple.fr", "ville-exemple.fr", "x",
                                  "exemple.fr/backoffice/forms/12/fields/7", "127.0.0.1:8000"]),
                 st.text(alphabet="abc/?=&#%-_.0123456789", max_size=30))
body_piece = st.one_of(
    words, text, urls,
    st.builds(lambda t: f"<!-- {t} -->", words),
    st.builds(lambda r: f"<!-- redlint-disable {r} -->", st.sampled_from(RULE_IDS + ("x",))),
    st.builds(lambda t: f"**{t}**", words),
    st.builds(lambda t: f"- {t}", words),
    st.builds(lambda t: f"1. {t}", words),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "A", "!", "*", " ", "\n", "é", "-"]),
              st.integers(0, 3000)),
)
body = st.lists(body_piece, max_size=12).map("\n".join)
field_value = st.one_of(words.map(lambda t: '"' + t.replace('"', "").replace("\\", "") + '"'),
                        words, text.map(lambda t: '"' + t.replace('"', "") + '"'),
                        st.sampled_from(["Support", "Gestion de projet", "ville-exemple", "",
                                         "[a, b]", "{x: 1}", "~", "null", "- x"]))
front = st.dictionaries(st.sampled_from(["title", "tracker", "project", "assigned_to",
                                         "priority", "attachments", "issue", "url", "x"]),
                        field_value, min_size=1, max_size=6)


@st.composite
def drafts(draw):
    fields = draw(front)
    if draw(st.sampled_from([True] * 4 + [False])):  # mostly a title the rules can read
        fields["title"] = '"' + draw(plain) + '"'
    head = "".join(f"{key}: {value}\n" for key, value in fields.items())
    if draw(st.sampled_from([True] * 5 + [False])):  # mostly a well-formed draft
        return f"---\n{head}---\n{draw(body)}\n"
    return draw(st.sampled_from(["", "---\n", "---\n---\n", head, "\ufeff---\ntitle: x\n---\n"]))


placeholders = st.sampled_from(["{found}", "{value}", "{found:>20}", "{min}", "{max}",
                                "{{found}}", "{found.x}", "{found[0]}", "{", "}", "{0}",
                                "{found:>999999}", ""])


def _rarely(draw) -> bool:
    """True now and then: one broken part in an otherwise valid rules file."""
    return draw(st.sampled_from([False] * 6 + [True]))


@st.composite
def rules_files(draw):
    extends = draw(st.sampled_from(["default", "base.yaml", "[default]", "none"]))
    lines = [f"extends: {extends}"]
    if draw(st.booleans()):
        lines += ["redmine:", "  " + draw(st.sampled_from(
            ["timeout: x", "timout: 3", "similar: 99"] if _rarely(draw)
            else ["project: ville", "timeout: 3", "similar: 0"]))]
    if draw(st.booleans()):
        lines += ["support_hours:", "  " + draw(st.sampled_from(
            ['end: "25:00"', "holidays: ZZ"] if _rarely(draw)
            else ['start: "08:00"', "days: [mon]", "holidays: none"]))]
    lines.append("rules:")
    if extends != "none":
        for rule_id in draw(st.lists(st.sampled_from(RULE_IDS), max_size=4, unique=True)):
            level = "x" if _rarely(draw) else draw(st.sampled_from(["off", "error", "warning",
                                                                    "info", "on"]))
            lines.append(f"  {rule_id}: {level}")
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["url", "nope"] if _rarely(draw)
                                    else ["forbidden-patterns", "metric"]))
        options = {"forbidden-patterns": "    patterns: " + draw(st.sampled_from(
                       ["[a, e, i]", "[urgent, '(a+)+$', 'a{2,}']", "[é, '']"]
                       + (["['[']"] if _rarely(draw) else []))),
                   "metric": "    measure: words\n    max: " + draw(st.sampled_from(["0", "3"])),
                   "url": "", "nope": ""}[kind]
        scope = "nowhere" if _rarely(draw) else draw(st.sampled_from(["title", "description",
                                                                     "text"]))
        message = "".join(draw(st.lists(st.one_of(placeholders, plain), max_size=4)))
        message = message.replace("\\", "").replace('"', "")
        lines += ["  fuzz-rule:", f"    type: {kind}", f"    scope: {scope}", "    level: error",
                  options, f'    message: "{message}"']
    if _rarely(draw):
        lines.append(draw(st.sampled_from(["x: &a [*a]", "\t- tab", ": :", "rules: [", "---"])))
    return "\n".join(line for line in lines if line) + "\n"


def _check(draft: str, rules: str | None, *args: str) -> tuple[int, str, str]:
    """Run `redlint check` in process on a fresh folder (fresh paths: nothing cached)."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    (folder / "d.md").write_text(draft, encoding="utf-8")
    if rules is not None:
        (folder / ".redlint.yaml").write_text(rules, encoding="utf-8")
        (folder / "base.yaml").write_text("extends: default\nrules:\n  title-length: off\n",
                                          encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["check", str(folder / "d.md"), *args])
    return int(code), out.getvalue(), err.getvalue()


def _assert_clean(code: int, err: str) -> None:
    assert code in (0, 1, 2, 3), (code, err)
    assert "Traceback" not in err and "bug in redlint" not in err and "bogue" not in err, err


@FUZZ
@given(draft=drafts(), output=st.sampled_from(["human", "json", "github"]),
       flags=st.lists(st.sampled_from(["--strict", "-q"]), max_size=2, unique=True))
def test_random_drafts_end_cleanly(draft, output, flags):
    code, _out, err = _check(draft, None, "--format", output, "--lang", "en", *flags)
    _assert_clean(code, err)


@FUZZ
@given(rules=rules_files(), draft=drafts())
def test_random_rules_files_end_cleanly(rules, draft):
    code, _out, err = _check(draft, rules, "--lang", "en")
    _assert_clean(code, err)
    if code == 2 and "unreadable" not in err:  # a broken rules file: one line
        assert len(err.splitlines()) == 1, err


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rules=rules_files(), draft=drafts())
def test_the_real_console_script_ends_cleanly(tmp_path_factory, rules, draft):
    folder = tmp_path_factory.mktemp("fuzz-cli")
    (folder / "d.md").write_text(draft, encoding="utf-8")
    (folder / ".redlint.yaml").write_text(rules, encoding="utf-8")
    (folder / "base.yaml").write_text("extends: default\n", encoding="utf-8")
    process = subprocess.run([sys.executable, "-m", "redlint", "check", str(folder / "d.md"),
                              "--lang", "en"], capture_output=True, text=True, timeout=30,
                             env={**os.environ, "NO_COLOR": "1"})
    _assert_clean(process.returncode, process.stderr)
