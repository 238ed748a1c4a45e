"""Reading drafts: fields as written, positions, and a clear one-line error for bad input."""

from __future__ import annotations

import pytest

from redlint.draft.parse import MAX_DRAFT_BYTES, decode_draft, parse_draft, read_draft
from redlint.errors import DraftError

GOOD = """---
project: 2024
tracker: Support
assigned_to: Support
title: no
priority: 1.10
attachments: [a.png, b.png]
---
The description.
"""


def test_scalars_are_kept_as_written_not_yaml_1_1_coerced():
    draft = parse_draft(GOOD)
    assert draft.value("project") == "2024"
    assert draft.value("title") == "no"
    assert draft.value("priority") == "1.10"
    assert draft.fields["attachments"].value == ("a.png", "b.png")
    assert draft.title.text == "no"


def test_positions_of_fields_title_and_description():
    draft = parse_draft(GOOD)
    assert (draft.fields["tracker"].line, draft.fields["tracker"].column) == (3, 1)
    assert (draft.fields["tracker"].value_line, draft.fields["tracker"].value_column) == (3, 10)
    assert (draft.title.line, draft.title.column) == (5, 8)
    assert draft.description.position(0) == (9, 1)
    assert draft.description.position(4) == (9, 5)


def test_quoted_title_column_skips_the_quote():
    draft = parse_draft('---\ntitle: "[Senior] Un titre"\n---\nx\n')
    assert (draft.title.line, draft.title.column) == (2, 9)
    assert draft.title.text == "[Senior] Un titre"


def test_heading_title_is_not_part_of_the_description():
    draft = parse_draft("---\ntracker: Support\n---\n\n# Le titre ici\nLe texte.\n")
    assert draft.title.text == "Le titre ici"
    assert (draft.title.line, draft.title.column) == (5, 3)
    assert draft.description.text.strip() == "Le texte."
    assert draft.description.position(0) == (6, 1)


def test_disable_comments_are_read_and_hidden_from_rules():
    draft = parse_draft("---\ntitle: x\n---\n<!-- redlint-disable title-length, scope -->\nText\n")
    assert draft.disabled_rules == {"title-length", "scope"}
    assert "redlint" not in draft.description.text
    assert draft.description.position(draft.description.text.index("Text")) == (5, 1)


def test_bom_and_crlf_are_accepted():
    text = decode_draft(b"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\nbody\r\n", "d.md")
    draft = parse_draft(text, "d.md")
    assert draft.value("title") == "x"
    assert draft.description.text == "body\n"


@pytest.mark.parametrize("text, line, words", [
    ("", 1, "empty file"),
    ("   \n\n", 1, "empty file"),
    ("Just a description\n", 1, "no front matter"),
    ("---\ntitle: x\nno closing fence\n", 1, "unterminated front matter"),
    ("---\n- a\n- b\n---\nbody\n", 2, "must be 'key: value' lines"),
    ("---\nplain text\n---\nbody\n", 2, "must be 'key: value' lines"),
    ("---\ntitle: x\n\tproject: y\n---\n", 3, "tab character"),
    ("---\ntitle: [unclosed\n---\n", 3, "flow sequence on line 2"),
    ("---\ntitle: a\ntitle: b\n---\n", 3, "given twice"),
    ("---\ntitle: {a: b}\n---\n", 2, "must be a text"),
    ('---\ntitle: "T"\n---\n# Another title\n', 4, "title is given twice"),
])
def test_bad_drafts_get_one_line_errors_with_a_line(text, line, words):
    with pytest.raises(DraftError) as caught:
        parse_draft(text, "d.md")
    assert caught.value.line == line
    assert words in caught.value.message
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"d.md:{line}")


def test_invalid_utf8_names_the_byte_and_line():
    with pytest.raises(DraftError) as caught:
        decode_draft("---\ntitle: x\n---\ncaf".encode() + b"\xe9 au lait\n", "d.md")
    assert (caught.value.line, caught.value.column) == (4, 4)
    assert "0xE9" in caught.value.message


def test_binary_file_is_refused(write):
    path = write("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DraftError, match="binary"):
        read_draft(str(path))


def test_too_large_file_is_refused_before_reading(write, tmp_path):
    path = tmp_path / "huge.md"
    with open(path, "wb") as handle:
        handle.truncate(MAX_DRAFT_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(DraftError, match="too large"):
        read_draft(str(path))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DraftError, match="no such file"):
        read_draft(str(tmp_path / "nope.md"))
    with pytest.raises(DraftError, match="folder"):
        read_draft(str(tmp_path))


def test_reading_never_writes(write):
    path = write("d.md", GOOD)
    before = path.stat().st_mtime_ns, path.read_bytes()
    read_draft(str(path))
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
