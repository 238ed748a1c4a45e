"""The front matter read without PyYAML must read exactly as PyYAML does, or step aside."""

from __future__ import annotations

import itertools

import pytest
from tests_support import EXAMPLES

from redlint.draft.parse import _yaml_entries
from redlint.errors import DraftError
from redlint.draft.frontmatter import read_simple


def _by_yaml(source: str):
    try:
        return _yaml_entries(source, "<draft>")
    except DraftError:
        return "error"


# Values the writer may type after `key: `, plain and tricky: YAML 1.1 types, indicators,
# comments, quotes, URLs, accents, lists, odd spaces.
VALUES = [
    "", "Support", "Gestion de projet", "no", "yes", "on", "1.10", "2024", "2024-05-02", "~",
    "null", "NULL", "-5", "- a", "? a", ": a", "a:", "a :b", "a: b", "a:b", "http://x:8080/a?b=c#d",
    "[Senior] Le champ", "Le champ [Senior]", "{a}", "a {b}", "a, b", "#", "a #b", "a#b", "a  # b",
    "L'agent", "«\u00a0Urgent\u00a0»", "tab\there", "é à ç", "!tag a", "&anchor a", "*alias",
    "|", ">", "%a", "@a", "`a`", '"a"', '"a: b"', '"a # b"', '"a\\nb"', '"a" b', '"a" # c',
    '""', "''", "'it''s'", "'a' # c", "'a", '"a', "[]", "[a]", "[a, b]", "[a,b]", "[ a , b ]",
    "[a, b] # c", "[a, b,]", "[a, [b]]", "[a: b]", "['a']", '["a b"]', "[a #b]", "[a] b",
    "{a: b}", "a\u2028b", "🔥 a", "a ", "  a", "a\\b", "a\u00a0", "\u202fa", "a\u3000b",
    "a\x85b", "a\ufeffb", "a\u200bb", "a\x7fb", "a\x00b", "a\ufffeb",
]
KEYS = ["title", "assigned_to", "x-y", "_k", "2024", "on", "Titre"]


def _lines():
    yield from (f"{key}: {value}" if value else f"{key}:" for key in KEYS[:2] for value in VALUES)
    yield from (f"title:{value}" for value in VALUES[:8])
    yield from ("# comment", "   # indented comment", "", "  ", "  continued", "...", "---",
                "- item", "title : a", "?", "title: a\r", "title:\ta", "\ttitle: a")
    yield from (f"{key}: a" for key in KEYS)


def test_every_line_reads_as_pyyaml_reads_it_or_is_left_to_it():
    lines = list(_lines())
    simple = 0
    for first, second in itertools.chain(((line, "") for line in lines),
                                         itertools.product(lines[::3], lines[1::4])):
        source = f"{first}\n{second}" if second else first
        fast = read_simple(source, first_line=2)
        if fast is not None:
            simple += 1
            assert fast == _by_yaml(source), repr(source)
    assert simple > 500  # the usual shapes do take the quick way


@pytest.mark.parametrize("source, entries", [
    ("project: ville-exemple\ntracker: Support  # the tracker\n",
     [("project", "ville-exemple", 2, 1, 2, 10), ("tracker", "Support", 3, 1, 3, 10)]),
    ('title: "[Senior] Le champ date"', [("title", "[Senior] Le champ date", 2, 1, 2, 9)]),
    ("title: 'l''agent'", [("title", "l'agent", 2, 1, 2, 9)]),
    ("attachments: [capture.png, journal.txt]",
     [("attachments", ("capture.png", "journal.txt"), 2, 1, 2, 14)]),
    ("priority:\n# a comment\n\ntitle: no",
     [("priority", None, 2, 1, 2, 10), ("title", "no", 5, 1, 5, 8)]),
    ("title: «\u00a0Urgent\u202f»", [("title", "«\u00a0Urgent\u202f»", 2, 1, 2, 8)]),
    ("", []),
])
def test_usual_shapes_are_read_with_their_positions(source, entries):
    assert read_simple(source, first_line=2) == entries
    assert _by_yaml(source) == entries


@pytest.mark.parametrize("source", [
    "attachments:\n  - capture.png",  # a block list
    "title: >\n  folded",  # a block text
    "title: a\n  going on",  # a plain text over two lines
    'title: "a\\tb"',  # an escape
    "title: [Senior] a",  # PyYAML's error to give
    "title: a\u2028b",  # a line separator: PyYAML decides
    "title: &a x\nproject: *a",
])
def test_other_shapes_are_left_to_pyyaml(source):
    assert read_simple(source, first_line=2) is None


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.md")), ids=lambda p: p.name)
def test_the_examples_take_the_quick_way(example):
    source = example.read_text(encoding="utf-8").split("---\n")[1]
    assert read_simple(source, first_line=2) == _by_yaml(source)
    assert read_simple(source, first_line=2) is not None
