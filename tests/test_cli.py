"""The command line as scripts and people meet it: exit codes, formats, errors, languages."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from tests_support import EXAMPLES
from typer.testing import CliRunner

from redlint.cli.app import app

runner = CliRunner()


def run(*args, input=None, env=None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", **(env or {})})


GOOD = str(EXAMPLES / "good-support.md")
BAD = str(EXAMPLES / "bad-tracker.md")  # its error comes from no word list: a fixed value
WARN = str(EXAMPLES / "bad-title-length.md")


@pytest.mark.parametrize("args, code", [
    ([GOOD], 0),
    ([BAD], 1),
    ([WARN], 0),
    ([WARN, "--strict"], 1),
    ([GOOD, BAD], 1),
    (["missing-file.md"], 2),
    ([GOOD, "--format", "yaml"], 2),
    ([GOOD, "--lang", "de"], 2),
    ([GOOD, "--rules", "no-such-rules.yaml"], 2),
])
def test_exit_codes(args, code):
    assert run("check", *args).exit_code == code


def test_human_output_points_at_the_text_and_summarises():
    result = run("check", BAD, "--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{BAD}:3:10 error tracker There is no tracker \"Suport\"")
    assert lines[1] == "    tracker: Suport"
    assert lines[2] == "    " + " " * 9 + "^" * 6
    # (how many warnings the example gets is the default policy's business: see test_examples)
    assert re.fullmatch(r"1 draft checked: 1 error, \d+ warnings?, \d+ infos?",
                        lines[-1])


def test_french_is_the_default_and_english_follows_the_locale():
    assert "erreur tracker Le tracker" in run("check", BAD, env={"LANG": ""}).stdout
    assert "error tracker There is" in run("check", BAD, env={"LANG": "en_GB.UTF-8"}).stdout
    assert "erreur" in run("check", BAD, env={"LANG": "fr_FR.UTF-8"}).stdout


def test_context_prefix_is_shown_not_swallowed_as_markup(write):
    path = write("d.md", '---\ntracker: Support\ntitle: "[Senior] [bold]Trop court"\n---\nx\n')
    result = run("check", str(path))
    assert '[Senior] [bold]Trop court' in result.stdout


def test_json_output_schema():
    result = run("check", GOOD, BAD, "--format", "json", "--lang", "en")
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert [f["verdict"] for f in document["files"]] == ["pass", "fail"]
    finding = document["files"][1]["findings"][0]
    assert finding == {
        "path": BAD, "rule": "tracker", "level": "error", "line": 3, "column": 10,
        "end": {"line": 3, "column": 16},
        "message": finding["message"],
    }
    summary = document["summary"]
    assert set(summary) == {"files", "errors", "warnings", "infos", "exit_code"}
    assert (summary["files"], summary["errors"], summary["exit_code"]) == (2, 1, 1)


def test_json_output_shows_each_ticket_s_kind():
    examples = [GOOD, str(EXAMPLES / "bad-project-question.md"),
                str(EXAMPLES / "good-gestion-de-projet.md")]
    files = json.loads(run("check", *examples, "--format", "json").stdout)["files"]
    assert [f["kind"] for f in files] == ["anomaly", "general-question", "object-question"]


def test_json_reports_unreadable_files_and_checks_the_others(write):
    broken = write("broken.md", "no front matter\n")
    result = run("check", str(broken), GOOD, "--format", "json")
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert files[0]["verdict"] == "error" and files[0]["error"]["line"] == 1
    assert files[1]["verdict"] == "pass"


def test_github_annotations():
    result = run("check", BAD, "--format", "github", "--lang", "en")
    assert result.stdout.startswith(
        f"::error file={BAD},line=3,col=10,endLine=3,endColumn=16,title=redlint tracker::There is")


def test_standard_input():
    with open(BAD, encoding="utf-8") as handle:
        result = run("check", "-", input=handle.read())
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:3:10")


def test_folder_is_checked_recursively_and_empty_folder_is_an_error(tmp_path, write):
    write("sub/a.md", open(GOOD, encoding="utf-8").read())
    write(".hidden/b.md", "not a draft")
    write("README.md", "# Our ticket drafts\n")  # a repository's documents are no drafts
    write("sub/CHANGELOG.md", "- first draft\n")
    assert run("check", str(tmp_path)).exit_code == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check", str(empty))
    assert result.exit_code == 2
    assert "aucun brouillon" in result.stderr


def test_quiet_shows_errors_only():
    result = run("check", WARN, BAD, "--quiet")
    assert "title-length" not in result.stdout
    assert "erreur tracker" in result.stdout
    assert "vérifié" not in result.stdout


def test_nearest_redlint_yaml_applies(write):
    draft = write("team/d.md", open(WARN, encoding="utf-8").read())
    write("team/.redlint.yaml", "rules:\n  title-length: error\n")
    assert run("check", str(draft)).exit_code == 1


@pytest.mark.parametrize("lang, words", [
    ("en", "rule 'x': unknown type 'nope'"),
    ("fr", "règle « x » : type inconnu « nope »"),
])
def test_broken_config_is_one_line_exit_2_in_the_chosen_language(write, lang, words):
    draft = write("d.md", open(GOOD, encoding="utf-8").read())
    write(".redlint.yaml", "rules:\n  x:\n    type: nope\n")
    result = run("check", str(draft), "--lang", lang)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert ".redlint.yaml:3:" in result.stderr and words in result.stderr


@pytest.mark.parametrize("content", [
    b"", b"\x00\x01binary", b"---\ntitle: x\n", b"---\n\ttitle: x\n---\n", b"---\ntitle: caf\xe9\n---\n",
])
def test_bad_input_is_one_line_exit_2_and_never_rewritten(write, content):
    path = write("d.md", content)
    result = run("check", str(path))
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert path.read_bytes() == content


def test_rules_and_explain():
    listing = run("rules", "--lang", "en").stdout
    for rule_id in ("tracker", "assignment", "scope", "single-request", "url-required",
                    "url-precise", "title-urgency", "title-tone", "title-length",
                    "description-shouting", "description-emphasis", "description-telegraphic",
                    "technical-context"):
        assert rule_id in listing
    explained = run("explain", "title-urgency", "--lang", "en").stdout
    assert "Bad:" in explained and "Good:" in explained and "URGENT" in explained
    unknown = run("explain", "title-urgncy")
    assert unknown.exit_code == 2 and "vouliez-vous dire « title-urgency »" in unknown.stderr
    assert "RE2" in run("explain", "forbidden-patterns").stdout
    # a condition forgiving a typo (`like`) is told apart from an exact one
    assert "Applies when: tracker ≈ Support" in run("explain", "scope", "--lang", "en").stdout
    assert "Applies when: tracker ≉ Gestion de projet, kind = anomaly | object-question" in run(
        "explain", "url-required", "--lang", "en").stdout
    # a learned score is named, with where it overrules the rule
    assert "Score appris : technical-context (policy/scores/technical-context.txt) ; sous 0,1" \
        in run("explain", "technical-context", "--lang", "fr").stdout


@pytest.mark.parametrize("tracker", ["Support", "Gestion de projet"])
def test_new_writes_a_skeleton_that_passes_structural_rules_once_filled(tmp_path, tracker):
    target = tmp_path / "ticket.md"
    assert run("new", str(target), "--tracker", tracker, "--project", "ville-exemple").exit_code == 0
    assert run("new", str(target)).exit_code == 2  # never overwrites
    text = target.read_text(encoding="utf-8")
    filled = text.replace('title: ""', 'title: "Le champ date refuse les dates avant 2020"')
    filled = filled.replace('assigned_to: ""', 'assigned_to: "Camille Dupont"')
    target.write_text(filled, encoding="utf-8")
    result = run("check", str(target), "--format", "json")
    rules = {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert not rules & {"front-matter-keys", "tracker", "assignment", "attachments",
                        "title-length", "title-urgency", "title-tone"}


@pytest.mark.parametrize("markdown", [False, True])
def test_check_path_imports_no_network_code_nor_anything_slow(markdown, tmp_path):
    # Network code has no business in a check; PyYAML (the usual front matter is read without
    # it) and typing cost a sizeable share of the start-up time. The Markdown reader
    # (markdown-it, which brings typing) is only loaded for a description with Markdown syntax
    # (GOOD has a numbered list); plain paragraphs go without.
    draft = GOOD
    if not markdown:
        draft = tmp_path / "plain.md"
        draft.write_text("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
                         "title: Le champ date refuse les dates de 2019\n---\nBonjour,\n\n"
                         "Le champ refuse les dates de 2019 : https://demarches.ville.fr/"
                         "backoffice/forms/12/fields/7/\n\nMerci,\nNadège\n", encoding="utf-8")
    slow = ("requests", "redminelib", "urllib3", "http.client", "typer", "platformdirs", "yaml",
            "json") + (() if markdown else ("typing", "markdown_it"))
    code = ("import sys\n"
            "from redlint.cli.options import plain_check_arguments\n"
            "from redlint.cli.check import run_check\n"
            "run_check(**plain_check_arguments(['check', %r]))\n"
            "print([m for m in %r if m in sys.modules])" % (str(draft), slow))
    for _ in range(2):  # the first run may fill the rule cache, which reads YAML
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_real_process_never_shows_a_traceback(tmp_path):
    path = tmp_path / "d.md"
    path.write_bytes(b"---\ntitle: [oops\n---\n")
    for lang, words in (("en", "front matter is not valid YAML"), ("fr", "en-tête YAML invalide")):
        out = subprocess.run([sys.executable, "-m", "redlint", "check", str(path), "--lang", lang],
                             capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        assert out.returncode == 2
        assert "Traceback" not in out.stderr
        assert out.stderr.startswith(f"redlint: {path}:3: {words}")


@pytest.mark.parametrize("argv, expected", [
    (["check", "a.md"], {"inputs": ["a.md"]}),
    (["check", "a.md", "-", "--format", "json", "--lang", "en", "--strict", "-q", "--rules", "r"],
     {"inputs": ["a.md", "-"], "output_format": "json", "lang": "en", "strict": True,
      "quiet": True, "rules": "r"}),
    (["check"], None),
    (["check", "a.md", "--help"], None),
    (["check", "a.md", "--format", "yaml"], None),
    (["check", "a.md", "--format=json"], None),
    (["check", "a.md", "--lang"], None),
    (["rules"], None),
    ([], None),
])
def test_plain_check_invocations_skip_typer_others_do_not(argv, expected):
    from redlint.cli.options import plain_check_arguments

    assert plain_check_arguments(argv) == expected


@pytest.mark.parametrize("args", [[BAD, WARN, "--lang", "en"], [BAD, "--format", "json"],
                                  ["nope.md", GOOD]])
def test_fast_path_prints_what_typer_prints(args):
    typer_result = run("check", *args)
    process = subprocess.run([sys.executable, "-m", "redlint", "check", *args],
                             capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert (process.returncode, process.stdout, process.stderr) == (
        typer_result.exit_code, typer_result.stdout, typer_result.stderr)


def test_fast_path_and_typer_read_the_same_declarations():
    # One declaration of check's options (redlint.cli.options): Typer's command has exactly
    # the spellings the fast path knows, with the same choices.
    import typer.main

    from redlint.cli.options import CHECK_OPTIONS

    command = typer.main.get_command(app).commands["check"]
    typer_options = {tuple(param.opts) for param in command.params if param.opts[0][0] == "-"}
    assert typer_options == {opt.decls for opt in CHECK_OPTIONS}


@pytest.mark.parametrize("lang, rows, requests, expected", [
    ("en", [("Redmine", "https://r.example (as Ann)"), ("Title", "A")],
     [("POST", "/issues.json", {"issue": {"subject": "A"}}), ("PUT", "/x.json", None)],
     ["Dry run (--dry-run): nothing is sent. Would send:",
      "  Redmine  https://r.example (as Ann)", "  Title    A", "Requests:",
      "  POST https://r.example/issues.json", '{\n  "issue": {\n    "subject": "A"\n  }\n}',
      "  PUT https://r.example/x.json"]),
    ("fr", [("Note", "publique")], [],
     ["Simulation (--dry-run) : rien n'est envoyé. Serait envoyé :", "  Note  publique",
      "Requêtes :"]),
])
def test_dry_run_shows_the_rows_aligned_then_the_requests(lang, rows, requests, expected):
    from redlint import i18n
    from redlint.cli.submit import print_dry_run

    printed = []

    class Out:  # the console: only what it is asked to print matters here
        def print(self, text):
            printed.append(str(text))

    i18n.use(lang)
    print_dry_run(Out(), rows, requests, "https://r.example")
    assert printed == expected
