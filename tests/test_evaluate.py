"""`redlint eval`: counting per label and per rule, labelled folders and JSON-lines tickets,
the JSON schema, and one-line errors for unreadable input. Small fixtures of our own, with a
tiny rules file, so that tuning the default rules never changes these counts."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from redlint.cli.app import app
from redlint.config.rulecache import load_ruleset
from redlint.evaluate.score import Counts, evaluate, load_rules, error_allowed
from redlint.draft.compose import compose_draft
from redlint.evaluate.sets import load_mapping, load_set, ticket_fields

runner = CliRunner()

RULES = """\
extends: none
rules:
  urgent-title:
    type: forbidden-patterns
    level: error
    scope: title
    terms: [urgent]
    message: {fr: urgence, en: urgency}
  hurry-body:
    type: forbidden-patterns
    level: warning
    scope: description
    terms: [vite]
    message: {fr: pression, en: pressure}
  unmapped:
    type: forbidden-patterns
    level: info
    scope: description
    terms: [zut]
    message: {fr: zut, en: zut}
"""
MAPPING = "tone: [urgent-title]\npressure: [hurry-body, urgent-title]\n"

# file name: (title, body, labels as written in labels.yaml)
DRAFTS = {
    "a.md": ("URGENT panne", "Le formulaire plante.", {"tone": "true", "pressure": "true"}),
    "b.md": ("Panne du formulaire", "Faites vite svp, zut.", {"tone": "false", "pressure": "true"}),
    "c.md": ("Urgent : export", "Export vide.", {"tone": "false", "pressure": "false"}),
    "d.md": ("Le module est encore en panne", "Rien.", {"tone": "true", "pressure": "null"}),
    "e.md": ("Question", "Comment exporter ?", {"tone": "false", "pressure": "false"}),
}


def draft_file(title: str, body: str) -> str:
    return f'---\nproject: p\ntracker: Support\nassigned_to: Support\ntitle: "{title}"\n---\n' \
           f"{body}\n"


@pytest.fixture
def labelled(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    lines = []
    for name, (title, body, labels) in DRAFTS.items():
        (folder / name).write_text(draft_file(title, body), encoding="utf-8")
        lines.append(f"{name}:")
        lines += [f"  {key}: {value}" for key, value in labels.items()]
        lines.append(f'  why: "reason for {name}"')
    (folder / "labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    return tmp_path


def measure(tmp_path, path="set"):
    return evaluate(load_set(str(tmp_path / path)), load_rules(str(tmp_path / "rules.yaml")),
                    load_mapping(str(tmp_path / "map.yaml")))


def test_label_counts(labelled):
    result = measure(labelled)
    # tone: a tp, b tn, c fp (the word is not urgency there, by its label), d fn, e tn
    assert result.labels["tone"] == Counts(tp=1, fp=1, fn=1, tn=2)
    # pressure: a tp (urgent-title), b tp (hurry-body), c fp, d left out (null), e tn
    assert result.labels["pressure"] == Counts(tp=2, fp=1, fn=0, tn=1)
    assert result.cases == 5


def test_rule_counts_alone_over_the_cases_of_its_label(labelled):
    scores = {(s.rule, s.label): s for s in measure(labelled).rules}
    assert scores["hurry-body", "pressure"].counts == Counts(tp=1, fp=0, fn=1, tn=2)
    assert scores["urgent-title", "pressure"].counts == Counts(tp=1, fp=1, fn=1, tn=1)
    assert scores["hurry-body", "pressure"].counts.precision == 1.0
    assert scores["urgent-title", "tone"].counts.precision == 0.5
    assert scores["urgent-title", "tone"].level == "error"
    # an active rule no label names: only how often it fired
    assert scores["unmapped", None].fired == 1 and scores["unmapped", None].counts == Counts()


@pytest.mark.parametrize("case, label, kind, rules", [
    ("c.md", "tone", "false-alarm", ("urgent-title",)),
    ("d.md", "tone", "miss", ()),
    ("c.md", "pressure", "false-alarm", ("urgent-title",)),
])
def test_mistakes_name_the_case_label_and_rules(labelled, case, label, kind, rules):
    mistakes = {(m.case, m.label): m for m in measure(labelled).mistakes}
    mistake = mistakes[case, label]
    assert (mistake.kind, mistake.rules, mistake.why) == (kind, rules, f"reason for {case}")
    if rules:
        assert mistake.excerpts == ("urgent-title 5:9: Urgent",)
    assert len(mistakes) == 3


def test_a_mapped_rule_missing_from_the_rules_is_reported(labelled):
    (labelled / "map.yaml").write_text("tone: [urgent-title, no-such-rule]\n", encoding="utf-8")
    assert measure(labelled).inactive == ("no-such-rule",)


def test_pooled_sum(labelled):
    one = measure(labelled)
    pooled = one + one
    assert pooled.labels["tone"] == Counts(tp=2, fp=2, fn=2, tn=4)
    assert pooled.cases == 10
    assert {(s.rule, s.label): s.fired for s in pooled.rules}["urgent-title", "tone"] == 4


# --- JSON-lines tickets ----------------------------------------------------------------------

TICKETS = [
    {"title": 'URGENT : le "bouton" #3 : KO', "body": "Faites vite.", "labels":
        {"tone": True, "pressure": True}, "why": "both"},
    {"title": "Export", "body": "# Contexte\n\nUrgent, faites vite.",
     "labels": {"tone": False, "pressure": None}},
    {"title": "Vide", "body": None, "labels": {"tone": False, "pressure": False}},
]


def write_jsonl(tmp_path, records, extra_lines=()):
    path = tmp_path / "tickets.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_tickets_become_support_drafts(labelled):
    write_jsonl(labelled, TICKETS)
    cases = load_set(str(labelled / "tickets.jsonl")).cases
    assert [c.id for c in cases] == [f"{labelled / 'tickets.jsonl'}:{n}" for n in (1, 2, 3)]
    first = cases[0].draft
    assert first.title.text == 'URGENT : le "bouton" #3 : KO'
    assert (first.value("tracker"), first.value("assigned_to")) == ("Support", "Support")
    assert first.description.text.strip() == "Faites vite."
    # a body opening with a level-1 heading keeps it, and the title stays the title
    assert cases[1].draft.title.text == "Export"
    assert cases[1].draft.description.text.lstrip().startswith("# Contexte")
    assert cases[1].labels == {"tone": False}  # null: left out
    assert cases[2].draft.description.text.strip() == ""
    result = evaluate(load_set(str(labelled / "tickets.jsonl")),
                      load_rules(str(labelled / "rules.yaml")),
                      load_mapping(str(labelled / "map.yaml")))
    assert result.labels["tone"] == Counts(tp=1, fp=0, fn=0, tn=2)
    assert result.labels["pressure"] == Counts(tp=1, fp=0, fn=0, tn=1)


@pytest.mark.parametrize("title", [
    'a "quoted": title', "#42 : x", "it's: ok '", "back\\slash", "tab\there", "🔥 !!! ok",
    "line\u2028sep\x85nel", "- [x] {y}: & *z",
])
@pytest.mark.parametrize("body", ["text", "# Heading\ntext", ""])
def test_any_title_survives_the_front_matter(title, body):
    draft = compose_draft(ticket_fields(title), body, path="t.jsonl:1")
    assert draft.title.text == title.strip()


def test_positions_point_into_the_rendered_draft(labelled):
    write_jsonl(labelled, TICKETS[:1])
    result = evaluate(load_set(str(labelled / "tickets.jsonl")),
                      load_rules(str(labelled / "rules.yaml")),
                      load_mapping(str(labelled / "map.yaml")))
    assert result.mistakes == ()
    scores = {(s.rule, s.label): s for s in result.rules}
    assert scores["hurry-body", "pressure"].counts.tp == 1


# --- the command -----------------------------------------------------------------------------

def run(*args):
    return runner.invoke(app, ["eval", *map(str, args)], env={"NO_COLOR": "1"})


def test_command_tables_and_pooled_sum(labelled):
    write_jsonl(labelled, TICKETS)
    result = run(labelled / "set", labelled / "tickets.jsonl", "--rules", labelled / "rules.yaml",
                 "--labels", labelled / "map.yaml", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{labelled / 'set'}: 5 cases" in out
    assert "all of them (pooled): 8 cases" in out
    assert "why:" not in out  # mistakes only with --show


def test_command_show_lists_mistakes(labelled):
    result = run(labelled / "set", "--rules", labelled / "rules.yaml", "--labels",
                 labelled / "map.yaml", "--show", "--lang", "en")
    assert result.exit_code == 0
    assert "miss         tone  d.md  fired: —\n    why: reason for d.md" in result.stdout
    assert "false-alarm  tone  c.md  fired: urgent-title" in result.stdout
    french = run(labelled / "set", "--rules", labelled / "rules.yaml", "--labels",
                 labelled / "map.yaml", "--show", "--lang", "fr")
    assert "set : 5 cas\n" in french.stdout
    assert ("oubli          tone  d.md  règles déclenchées : —\n    pourquoi : reason for d.md"
            in french.stdout)
    assert "fausse alerte  tone  c.md  règles déclenchées : urgent-title" in french.stdout


def test_command_json_is_versioned(labelled):
    args = [labelled / "set", labelled / "set", "--rules", labelled / "rules.yaml",
            "--labels", labelled / "map.yaml", "--format", "json"]
    data = json.loads(run(*args).stdout)
    assert (data["schema"], data["version"]) == ("redlint-eval", 1)
    assert data["mapping"] == {"tone": ["urgent-title"],
                               "pressure": ["hurry-body", "urgent-title"]}
    tone = next(row for row in data["sets"][0]["labels"] if row["label"] == "tone")
    assert tone == {"label": "tone", "rules": ["urgent-title"], "tp": 1, "fp": 1, "fn": 1,
                    "tn": 2, "precision": 0.5, "recall": 0.5}
    assert data["pooled"]["cases"] == 10
    assert "mistakes" not in data["sets"][0]
    shown = json.loads(run(*args, "--show").stdout)
    assert len(shown["sets"][0]["mistakes"]) == 3


@pytest.mark.parametrize("setup, where", [
    (lambda d: write_jsonl(d, TICKETS[:1], ["{not json"]), "tickets.jsonl:2:"),
    (lambda d: write_jsonl(d, TICKETS[:2], ['["a list"]']), "tickets.jsonl:3:"),
    (lambda d: write_jsonl(d, [{"title": "x", "body": "y", "labels": {"tone": "yes"}}]),
     "tickets.jsonl:1:"),
    (lambda d: write_jsonl(d, [{"body": "y", "labels": {}}]), "tickets.jsonl:1:"),
])
def test_unreadable_jsonl_names_file_and_line(labelled, setup, where):
    setup(labelled)
    result = run(labelled / "tickets.jsonl", "--rules", labelled / "rules.yaml")
    assert result.exit_code == 2
    assert where in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("lang, words", [("fr", "ni un fichier JSON-lines"),
                                         ("en", "neither a JSON-lines file")])
def test_a_draft_given_to_eval_is_told_what_eval_reads(tmp_path, lang, words):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: x\n---\nbody\n", encoding="utf-8")
    result = run(draft, "--lang", lang)
    assert result.exit_code == 2
    assert f"{draft}:1:" in result.stderr and words in result.stderr
    assert "Expecting" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_label_value_in_a_folder_names_the_line(labelled):
    labels = labelled / "set" / "labels.yaml"
    labels.write_text(labels.read_text().replace("tone: null", "tone: maybe", 1)
                      .replace("pressure: null", "pressure: maybe"), encoding="utf-8")
    result = run(labelled / "set", "--rules", labelled / "rules.yaml")
    assert result.exit_code == 2
    line = labels.read_text().splitlines().index("  pressure: maybe") + 1
    assert f"labels.yaml:{line}:" in result.stderr


@pytest.mark.parametrize("broken, where", [
    (lambda d: (d / "set" / "labels.yaml").unlink(), "set: "),
    (lambda d: (d / "set" / "c.md").unlink(), "c.md: "),
    (lambda d: (d / "set" / "c.md").write_text("no front matter\n"), "c.md:1:"),
    (lambda d: (d / "set" / "labels.yaml").write_text("a.md: [unclosed\n"), "labels.yaml:2:"),
    (lambda d: (d / "map.yaml").write_text("tone: {a: b}\n"), "map.yaml:1:"),
])
def test_unreadable_folder_or_mapping_exits_2(labelled, broken, where):
    broken(labelled)
    result = run(labelled / "set", "--rules", labelled / "rules.yaml", "--labels",
                 labelled / "map.yaml")
    assert result.exit_code == 2
    assert where in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("option, name", [("--rules", "no-rules.yaml"),
                                          ("--labels", "no-map.yaml")])
def test_missing_rules_or_mapping_file_exits_2(labelled, option, name):
    result = run(labelled / "set", option, labelled / name)
    assert result.exit_code == 2 and name in result.stderr


def test_missing_path_exits_2(tmp_path):
    result = run(tmp_path / "nowhere")
    assert result.exit_code == 2 and "nowhere" in result.stderr


def test_shipped_mapping_names_only_default_rules():
    rules = {rule.id for rule in load_ruleset().rules}
    mapping = load_mapping()
    assert "multi_request" in mapping
    assert {rule for ids in mapping.values() for rule in ids} <= rules


@pytest.mark.parametrize("yardsticks, allowed", [
    ([Counts(tp=19, fp=1)], True),                      # exactly 0.95
    ([Counts(tp=18, fp=1)], False),                     # 0.947: one wrong block in 19
    ([Counts(tp=40, fp=0), Counts(tp=13, fp=1)], False),  # every yardstick, not the pooled sum
    ([Counts(tp=5), Counts(fn=3, tn=9)], True),         # a yardstick where it never fired: no say
    ([Counts(fn=2, tn=7)], None),                       # never fired anywhere: no evidence
    ([], None),
])
def test_a_rule_may_be_an_error_only_when_precise_on_every_yardstick(yardsticks, allowed):
    assert error_allowed(yardsticks) is allowed
