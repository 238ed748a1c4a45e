"""Writing `issue:` and `url:` back into a draft: two lines added, every other byte kept."""

from __future__ import annotations

import os
import stat

import pytest

from redlint.draft.parse import decode_draft, parse_draft
from redlint.errors import DraftError
from redlint.redmine.writeback import WritebackError, insert_fields, write_back

URL = "https://redmine.example.com/issues/42"
FIELDS = [("issue", "42"), ("url", URL)]
ADDED = b"issue: 42\nurl: https://redmine.example.com/issues/42\n"
ADDED_CRLF = ADDED.replace(b"\n", b"\r\n")
BOM = b"\xef\xbb\xbf"

# (name, draft bytes, expected bytes after insertion)
CASES = [
    ("lf",
     b"---\nproject: p\ntitle: t\n---\nbody\n",
     b"---\nproject: p\ntitle: t\n" + ADDED + b"---\nbody\n"),
    ("crlf",
     b"---\r\nproject: p\r\ntitle: t\r\n---\r\nbody\r\n",
     b"---\r\nproject: p\r\ntitle: t\r\n" + ADDED_CRLF + b"---\r\nbody\r\n"),
    ("bom",
     BOM + b"---\nproject: p\n---\nbody\n",
     BOM + b"---\nproject: p\n" + ADDED + b"---\nbody\n"),
    ("bom-crlf",
     BOM + b"---\r\nproject: p\r\n---\r\nbody",
     BOM + b"---\r\nproject: p\r\n" + ADDED_CRLF + b"---\r\nbody"),
    ("no-final-newline",
     b"---\nproject: p\n---",
     b"---\nproject: p\n" + ADDED + b"---"),
    ("fence-with-trailing-spaces",
     b"--- \nproject: p\n---\t\nbody",
     b"--- \nproject: p\n" + ADDED + b"---\t\nbody"),
    ("comments-quotes-and-spaces-kept",
     b"---\n# a comment\nproject:   'p'   # why\ntitle: \"[Senior] x\"  \n\n---\n\n## H\n",
     b"---\n# a comment\nproject:   'p'   # why\ntitle: \"[Senior] x\"  \n\n" + ADDED
     + b"---\n\n## H\n"),
    ("block-list-last",
     b"---\nproject: p\nattachments:\n- a.png\n- b.txt\n---\nbody\n",
     b"---\nproject: p\nattachments:\n- a.png\n- b.txt\n" + ADDED + b"---\nbody\n"),
    ("block-scalar-last",
     b"---\nproject: p\ntitle: >\n  long\n  title\n---\nbody\n",
     b"---\nproject: p\ntitle: >\n  long\n  title\n" + ADDED + b"---\nbody\n"),
    ("indented-front-matter",
     b"---\n  project: p\n  title: t\n---\nbody\n",
     b"---\n  project: p\n  title: t\n  issue: 42\n  url: " + URL.encode() + b"\n---\nbody\n"),
    ("later-fences-untouched",
     b"---\nproject: p\n---\nbody\n---\nmore: x\n---\n",
     b"---\nproject: p\n" + ADDED + b"---\nbody\n---\nmore: x\n---\n"),
    ("empty-front-matter",
     b"---\n---\nbody\n",
     b"---\n" + ADDED + b"---\nbody\n"),
    ("non-ascii-and-mixed-line-ends-in-body",
     "---\ntitle: « Été »\n---\nligne\r\nautre\n".encode(),
     "---\ntitle: « Été »\n".encode() + ADDED + "---\nligne\r\nautre\n".encode()),
]


@pytest.mark.parametrize("name, before, after", CASES, ids=[c[0] for c in CASES])
def test_insert_keeps_every_other_byte(name, before, after):
    assert insert_fields(before, FIELDS) == after


@pytest.mark.parametrize("name, before, after", CASES, ids=[c[0] for c in CASES])
def test_inserted_fields_parse_back(name, before, after):
    draft = parse_draft(decode_draft(after, name), name)
    assert draft.value("issue") == "42"
    assert draft.value("url") == URL


@pytest.mark.parametrize("url, written", [
    ("http://127.0.0.1:3000/issues/7", b"url: http://127.0.0.1:3000/issues/7\n"),
    ("https://r.example.com/redmine/issues/7", b"url: https://r.example.com/redmine/issues/7\n"),
    ("https://r.example.com/a b/issues/7", b'url: "https://r.example.com/a b/issues/7"\n'),
    ("https://r.example.com/#x", b'url: "https://r.example.com/#x"\n'),
])
def test_url_quoted_only_when_yaml_needs_it(url, written):
    out = insert_fields(b"---\nproject: p\n---\n", [("issue", "7"), ("url", url)])
    assert written in out
    assert parse_draft(decode_draft(out, "d"), "d").value("url") == url


@pytest.mark.parametrize("name, before", [
    ("no-front-matter", b"title: t\n\nbody\n"),
    ("unterminated", b"---\nproject: p\nbody\n"),
    ("flow-mapping", b"---\n{project: p, title: t}\n---\nbody\n"),
    ("issue-already-there", b"---\nproject: p\nissue: 3\n---\nbody\n"),
    ("url-already-there", b"---\nproject: p\nurl: x\n---\nbody\n"),
])
def test_insert_refuses_what_it_cannot_extend_safely(name, before):
    with pytest.raises(DraftError):
        insert_fields(before, FIELDS)


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_write_back_is_atomic_and_keeps_mode(tmp_path):
    draft = tmp_path / "d.md"
    before = b"---\r\nproject: p\r\n---\r\nbody\r\n"
    draft.write_bytes(before)
    os.chmod(draft, 0o640)
    inode = draft.stat().st_ino
    write_back(draft, 42, URL, expected=before)
    assert draft.read_bytes() == insert_fields(before, FIELDS)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert draft.stat().st_ino != inode  # replaced by a rename, not rewritten in place
    assert _files(tmp_path) == ["d.md"]  # no temporary file left behind


def test_write_back_through_a_symlink_writes_the_target(tmp_path):
    target = tmp_path / "real.md"
    target.write_bytes(b"---\nproject: p\n---\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_back(link, 42, URL)
    assert link.is_symlink()
    assert b"issue: 42\n" in target.read_bytes()


def test_write_back_refuses_a_draft_changed_meanwhile(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_bytes(b"---\nproject: p\n---\nedited\n")
    with pytest.raises(WritebackError) as error:
        write_back(draft, 42, URL, expected=b"---\nproject: p\n---\nbody\n")
    assert "42" in str(error.value) and URL in str(error.value)  # says what to add by hand
    assert draft.read_bytes() == b"---\nproject: p\n---\nedited\n"
    assert _files(tmp_path) == ["d.md"]


def test_write_back_error_names_the_ticket_and_leaves_the_file(tmp_path):
    draft = tmp_path / "d.md"
    before = b"---\n{project: p}\n---\n"
    draft.write_bytes(before)
    with pytest.raises(WritebackError) as error:
        write_back(draft, 42, URL)
    assert "issue #42 was created" in str(error.value)
    assert draft.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_write_back_in_a_read_only_folder_leaves_the_file(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    draft = folder / "d.md"
    before = b"---\nproject: p\n---\n"
    draft.write_bytes(before)
    folder.chmod(0o500)
    try:
        with pytest.raises(WritebackError):
            write_back(draft, 42, URL)
    finally:
        folder.chmod(0o700)
    assert draft.read_bytes() == before


def test_a_failed_rename_leaves_the_draft_and_no_temporary_file(tmp_path, monkeypatch):
    draft = tmp_path / "d.md"
    before = b"---\nproject: p\n---\n"
    draft.write_bytes(before)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WritebackError) as error:
        write_back(draft, 42, URL)
    assert "Permission denied" in str(error.value) and "issue: 42" in str(error.value)
    assert draft.read_bytes() == before
    assert _files(tmp_path) == ["d.md"]
