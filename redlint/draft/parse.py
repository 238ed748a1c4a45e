"""Reading a draft: bytes → text → front matter fields, title and description, with positions.

A draft is Markdown with a YAML front matter. Everything here is about turning a file into a
`Draft` or a one-line `DraftError` naming the file and line; nothing here judges the content.
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from redlint.errors import DraftError
from redlint.draft.frontmatter import Entry, read_simple
from redlint.i18n import tr
from redlint.model import Part
from redlint.readfile import NotRegularFile, TooLarge, read_bounded
from redlint.yamltree import NULLS, compose

# A 5 MB description (pasted logs) is fine; 20 MB is not a ticket any more.
MAX_DRAFT_BYTES = 20 * 1024 * 1024

_FENCE = re.compile(r"^---[ \t]*$")  # matched on one line at a time: linear
_DISABLE = "redlint-disable"


@dataclass(frozen=True, slots=True)
class Field:
    """One front matter entry, its value exactly as written (never coerced by YAML 1.1)."""

    key: str
    value: str | tuple[str, ...] | None
    line: int  # of the key
    column: int
    value_line: int
    value_column: int

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        if isinstance(self.value, tuple):
            return ", ".join(self.value)
        return self.value

    def part(self) -> Part:
        return Part(self.key, self.text, self.value_line, self.value_column)


@dataclass(frozen=True, slots=True)
class Disable:
    """A rule id named in a `<!-- redlint-disable ... -->` comment, and where."""

    rule: str
    line: int
    column: int


# Not slotted: `_line_starts`, `segments` and `kind` are cached properties, which need an
# instance __dict__.
@dataclass(frozen=True)
class Draft:
    path: str
    fields: dict[str, Field]
    title: Part | None
    description: Part
    disabled_rules: frozenset[str]
    # The file, for context (kept whole: a tuple of its lines took twice its size).
    text: str = field(default="", compare=False, repr=False)
    disables: tuple[Disable, ...] = ()  # each id of each redlint-disable comment

    @property
    def lines(self) -> tuple[str, ...]:
        """The file's lines (made on each call: `line(n)` reads one without them all)."""
        return tuple(self.text.split("\n"))

    def line(self, number: int) -> str:
        """Line `number` (1-based) of the file, or "" when there is none."""
        starts = self._line_starts
        if not 0 < number <= len(starts):
            return ""
        end = self.text.find("\n", starts[number - 1])
        return self.text[starts[number - 1]:end if end >= 0 else len(self.text)]

    @cached_property
    def _line_starts(self) -> array:
        starts, find, i = array("i", [0]), self.text.find, self.text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def value(self, key: str) -> str | None:
        """The field's text, or None when the field is absent or empty."""
        entry = self.fields.get(key)
        return entry.text.strip() or None if entry else None

    @cached_property
    def segments(self):
        """The description's structure (redlint.draft.segments.Segments), read once."""
        from redlint.draft.segments import segment

        # Read as written, comments included (the description has them blanked): same length.
        starts = self._line_starts
        first = self.description.line - 1
        if not 0 <= first < len(starts) or self.text.find("<!--", starts[first]) == -1:
            return segment(self.description.text)  # no comment: the same text, not a copy
        written = self.text[starts[first]:] if 0 <= first < len(starts) else ""
        return segment(written if len(written) == len(self.description.text)
                       else self.description.text)

    def description_reading(self, kinds: tuple[str, ...]) -> Part:
        """The description with the segments of other kinds blanked (same offsets); built
        once per set of kinds, as several rules read the same ones."""
        cache = self.__dict__.setdefault("_readings", {})
        key = frozenset(kinds)
        if key not in cache:
            cache[key] = replace(self.description,
                                 text=self.segments.blank(key, self.description.text))
        return cache[key]

    @cached_property
    def kind(self) -> str:
        """anomaly, object-question, general-question or change-request (redlint.draft.kind)."""
        from redlint.draft.kind import draft_kind

        return draft_kind(self)

    @property
    def folder(self) -> Path:
        return Path(self.path).parent if self.path != "<stdin>" else Path.cwd()


def read_draft(path: str) -> Draft:
    """Read and parse the draft at `path` ("-" is standard input). Never writes anything.

    Errors are worded in the chosen language: the writer of the draft reads them."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        name = "<stdin>"
    else:
        name = path
        data = read_file(path, MAX_DRAFT_BYTES, ("un brouillon", "a draft"), _too_large)
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError(_too_large(len(data)), path=name)
    return parse_draft(decode_draft(data, name), name)


def read_file(path: str, limit: int, what: tuple[str, str], too_large) -> bytes:
    """The bytes of a file the user names (a draft, an answer), or a one-line DraftError:
    `what` names it in French and English (« un brouillon », "a draft"), `too_large(size)`
    words the refusal of a file over `limit` bytes."""
    try:
        return read_bounded(path, limit)
    except NotRegularFile as exc:
        raise DraftError(tr(f"c'est un dossier, pas {what[0]}", f"is a folder, not {what[1]}")
                         if exc.folder else
                         tr("ce n'est pas un fichier ordinaire (un tube, un périphérique…), "
                            f"pas {what[0]}", "is not a regular file (a pipe, a device...), "
                            f"not {what[1]}"), path=path) from None
    except TooLarge as exc:
        raise DraftError(too_large(exc.size), path=path) from None
    except FileNotFoundError:
        raise DraftError(tr("fichier introuvable", "no such file"), path=path) from None
    except PermissionError:
        raise DraftError(tr("accès refusé", "permission denied"), path=path) from None
    except OSError as exc:
        raise DraftError(tr(f"lecture impossible : {exc.strerror}",
                            f"cannot read the file: {exc.strerror}"), path=path) from None


def _too_large(size: int) -> str:
    limit = MAX_DRAFT_BYTES / 1e6
    return tr(f"fichier trop gros ({size / 1e6:.1f} Mo, au plus {limit:.0f} Mo) : joignez les "
              "longs journaux en pièces jointes au lieu de les coller",
              f"file too large ({size / 1e6:.1f} MB, the limit is {limit:.0f} MB): attach long "
              "logs as files instead of pasting them")


def decode_draft(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) to text with \\n line ends; binary or bad bytes are refused."""
    if b"\x00" in data[:8192]:
        raise DraftError(tr("fichier binaire, pas un brouillon texte",
                            "binary file, not a text draft"), path=path, line=1)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DraftError(
            tr(f"UTF-8 invalide : octet 0x{data[exc.start]:02X} ligne {line}, colonne "
               f"{column} ; enregistrez le fichier en UTF-8",
               f"invalid UTF-8: byte 0x{data[exc.start]:02X} at line {line}, column {column}; "
               "save the file as UTF-8"),
            path=path, line=line, column=column) from None
    return text.replace("\r\n", "\n")


def parse_draft(text: str, path: str = "<draft>") -> Draft:
    if not text.strip():
        raise DraftError(tr("fichier vide : un brouillon a un en-tête et une description "
                            "(essayez `redlint new`)",
                            "empty file: a draft needs a front matter and a description "
                            "(try `redlint new`)"), path=path, line=1)
    lines = text.split("\n")
    if not _FENCE.match(lines[0]):
        raise DraftError(tr("pas d'en-tête : un brouillon commence par une ligne '---', "
                            "les champs (project, tracker, assigned_to, title), puis une "
                            "autre ligne '---'",
                            "no front matter: a draft starts with a line '---', the fields "
                            "(project, tracker, assigned_to, title), and another '---'"),
                         path=path, line=1)
    closing = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if closing is None:
        raise DraftError(tr("en-tête non terminé : ajoutez une ligne '---' après les champs",
                            "unterminated front matter: add a line '---' after the fields"),
                         path=path, line=1)
    fields = _parse_front_matter("\n".join(lines[1:closing]), path)

    body_first = closing + 1  # 0-based index of the first body line
    heading = _heading(lines, body_first)
    title: Part | None = None
    if "title" in fields and fields["title"].value is not None:
        title = fields["title"].part()
    if heading is not None:
        index, heading_title = heading
        if title is not None:
            raise DraftError(
                tr(f"le titre est donné deux fois (en-tête ligne {fields['title'].line} et "
                   "ce titre) : n'en gardez qu'un",
                   f"the title is given twice (front matter line {fields['title'].line} and "
                   "this heading): keep only one"), path=path, line=index + 1)
        title = Part("title", heading_title, index + 1, lines[index].index(heading_title) + 1
                     if heading_title else 3)
        body_first = index + 1

    description = "\n".join(lines[body_first:])
    # Comments are the writer's notes (and redlint's switches): rules do not read them.
    description = _blank_comments(description)
    disables = tuple(_disables(text))
    return Draft(
        path=path,
        fields=fields,
        title=title,
        description=Part("description", description, body_first + 1, 1),
        disabled_rules=frozenset(d.rule for d in disables),
        text=text,
        disables=disables,
    )


def comment_spans(text: str):
    """(start, end) of each HTML comment `<!-- ... -->` in `text`, in one linear pass.

    An unclosed `<!--` is no comment (nor is any later one: none of them can close)."""
    find = text.find
    start = find("<!--")
    while start != -1:
        end = find("-->", start + 4)
        if end == -1:
            return
        yield start, end + 3
        start = find("<!--", end + 3)


def _blank_comments(text: str) -> str:
    """`text` with each comment's characters made spaces, its line breaks kept (same offsets)."""
    pieces, last = [], 0
    for start, end in comment_spans(text):
        pieces.append(text[last:start])
        pieces.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _disables(text: str):
    """Each rule id of each `<!-- redlint-disable id, id -->` comment, with its position."""
    line, counted = 1, 0  # line numbers counted on as the scan goes: linear
    for start, end in comment_spans(text):
        inner = start + 4
        while inner < end - 3 and text[inner].isspace():
            inner += 1
        after = inner + len(_DISABLE)
        if not text.startswith(_DISABLE, inner, end - 3) or not text[after:after + 1].isspace():
            continue
        position = after
        for word in text[after:end - 3].replace(",", " ").split():
            position = text.index(word, position)
            line += text.count("\n", counted, position)
            counted = position
            column = position - (text.rfind("\n", 0, position) + 1) + 1
            yield Disable(word, line, column)
            position += len(word)


def _heading(lines: list[str], start: int) -> tuple[int, str] | None:
    """(index, text) of the body's first non-blank line when it is a level-1 heading."""
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if stripped.startswith("# ") or stripped == "#":
            return index, stripped[1:].strip()
        return None
    return None


def _parse_front_matter(source: str, path: str) -> dict[str, Field]:
    if "\t" in source:
        line = source[:source.index("\t")].count("\n") + 2
        raise DraftError(tr("tabulation dans l'en-tête : indentez avec des espaces",
                            "tab character in the front matter: indent with spaces"),
                         path=path, line=line)
    entries = read_simple(source, first_line=2)
    if entries is None:
        entries = _yaml_entries(source, path)
    fields: dict[str, Field] = {}
    for key, value, line, column, value_line, value_column in entries:
        if key in fields:
            raise DraftError(tr(f"« {key} » est donné deux fois (d'abord ligne "
                                f"{fields[key].line})",
                                f"'{key}' is given twice (first on line {fields[key].line})"),
                             path=path, line=line)
        fields[key] = Field(key, value, line, column, value_line, value_column)
    return fields


def _yaml_entries(source: str, path: str) -> list[Entry]:
    """The front matter's entries read by PyYAML: any shape `read_simple` leaves to it."""
    import yaml  # only here: most front matters never need it (see redlint.draft.frontmatter)

    root = compose(source, DraftError, path, first_line=2,
                   what=tr("en-tête YAML invalide", "front matter is not valid YAML"))
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise DraftError(tr("l'en-tête est fait de lignes « clé: valeur » (project, "
                            "tracker, assigned_to, title)",
                            "front matter must be 'key: value' lines (project, tracker, "
                            "assigned_to, title)"), path=path, line=root.start_mark.line + 2)
    entries = []
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 2
        if not isinstance(key_node, yaml.ScalarNode):
            raise DraftError(tr("les clés de l'en-tête sont des mots simples",
                                "front matter keys must be plain words"), path=path, line=line)
        entries.append((key_node.value, _value(value_node, key_node.value, path),
                        line, key_node.start_mark.column + 1,
                        value_node.start_mark.line + 2, value_node.start_mark.column + 1
                        + (getattr(value_node, "style", None) in ("'", '"'))))
    return entries


def _value(node, key: str, path: str) -> str | tuple[str, ...] | None:
    import yaml

    # Scalars are kept as written: YAML 1.1 would turn `no` into False, `1.10` into 1.1 and
    # `2024-05-02` into a date, and a title or a project id must stay exactly what was typed.
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.value in NULLS:  # plain: libyaml says '', PyYAML None
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode) and all(
            isinstance(item, yaml.ScalarNode) for item in node.value):
        return tuple(item.value for item in node.value)
    raise DraftError(tr(f"« {key} » doit être un texte ou une liste de textes",
                        f"'{key}' must be a text or a list of texts"),
                     path=path, line=node.start_mark.line + 2)
