"""The structure of a description: which lines are the writer's prose and which are not.

Real tickets are filled-in templates ("**Description du bug**", "Pour reproduire :",
"Navigateur : Firefox 128", checkboxes) carrying pasted logs, stack traces, code, e-mails with
their headers and signatures, and tables. None of that is the writer's prose, and rules that
judge prose (shouting, telegraphic style...) must not measure it. So the description is read
once, line by line, into segments of these kinds:

- `prose`: paragraphs, the writer's sentences;
- `heading`: Markdown headings and template labels: a line that is only bold text
  ("**Comportement attendu**"), or a short line ending with a colon ("Pour reproduire :");
- `field`: a template field, a short `Label: value` line ("OS : Windows 11"), also as a list item;
- `list`: list items; `checkbox`: list items that are checkboxes (`- [x] ...`);
- `quote`: quoted text (`>`), and pasted e-mails: their header lines (« De : », « Objet : ») and
  the line introducing a quoted reply (« Le 3 mai, Jean a écrit : »); the paragraph under a
  sentence announcing a message (« Voici son message : »);
- `signature`: a mail client's line ("Envoyé de mon iPhone"), and a closing ("Cordialement",
  after some text) with the short lines of the name block under it; or, with no closing,
  a last block opening on a name ("Claire Dubois", then a title, a service, a phone);
- `code`: fenced or indented code, HTML blocks;
- `indented`: an indented block (code for Markdown) whose every line is a sentence of words:
  paragraphs indented by habit ("    Le bouton reste grisé sur mobile depuis lundi."). Prose
  by its words, code by its markup: each rule says whether it reads it;
- `log`: log lines (a timestamp and a level), stack traces (Python, Java, JavaScript, PHP),
  access log lines;
- `table`: Markdown tables, and two lines or more pasted from a spreadsheet or a program,
  split into cells by tabs or aligned columns;
- `comment`: HTML comments (`<!-- ... -->`).

Markdown structure comes from one reader, markdown-it-py (CommonMark plus tables, block level
only: its line maps are all that is needed); what Markdown does not mark (labels, fields, logs,
signatures, pasted mails) comes from small line scanners using RE2. A text with no Markdown
block syntax at all is all paragraphs, so markdown-it (costly to import) is only loaded for
texts that have some. Every step is linear in the size of the text.

Offsets are those of the description's text: a rule reading only some kinds is handed the same
text with the other lines blanked (`Segments.blank`), so its findings keep their line:column.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from redlint.matching import compile_regex, fold, vocabulary

KINDS = ("prose", "heading", "field", "list", "checkbox", "quote", "signature", "code",
         "indented", "log", "table", "comment")

_WORDS = Path(__file__).resolve().parent / "words"
_MAX_LABEL_WORDS = 6  # "Étapes pour reproduire le problème :" is a label, a sentence is not
_MAX_FIELD_LABEL_WORDS = 4  # "Platform operating system version: 14.5"
_MAX_FIELD_VALUE_WORDS = 6
_MAX_SIGNATURE_LINES = 8


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of lines of one kind: offsets in the description's text, `end` excluded."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segments:
    """The segments of a text, in order; blank lines between them belong to none."""

    text: str = field(compare=False, repr=False)
    items: tuple[Segment, ...] = ()

    def blank(self, keep: frozenset[str], text: str | None = None) -> str:
        """The text with the segments whose kind is not in `keep` turned into spaces (newlines
        kept), so that offsets, lines and columns stay those of the text. `text`: another text
        of the same length to blank instead (the description, whose comments are blanked)."""
        text = self.text if text is None else text
        pieces, position = [], 0
        for item in self.items:
            if item.kind in keep:
                continue
            pieces.append(text[position:item.start])
            pieces.append(_spaces(text[item.start:item.end]))
            position = item.end
        if not pieces:
            return text
        pieces.append(text[position:])
        return "".join(pieces)


def _spaces(chunk: str) -> str:
    return "\n".join(" " * len(line) for line in chunk.split("\n"))


def segment(text: str) -> Segments:
    """The segments of a description's text (Markdown, as written in a draft)."""
    lines = text.split("\n")
    starts = [0] * len(lines)
    offset = 0
    for index, line in enumerate(lines):
        starts[index] = offset
        offset += len(line) + 1
    kinds: list[str | None] = [None if not line.strip() else "prose" for line in lines]
    if _regex("markdown").search(text):
        _markdown(text, kinds)
    _scan(text, lines, starts, kinds)
    items: list[Segment] = []
    run_kind, run_first = None, 0
    for index in range(len(lines) + 1):
        kind = kinds[index] if index < len(lines) else None
        if kind != run_kind:
            if run_kind is not None:
                last = index - 1
                items.append(Segment(run_kind, starts[run_first],
                                     starts[last] + len(lines[last])))
            run_kind, run_first = kind, index
    return Segments(text, tuple(items))


# --- Markdown ------------------------------------------------------------------------------

_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list", "table_open": "table"}
_CLOSERS = {"blockquote_close", "list_item_close", "table_close"}


@lru_cache(maxsize=1)
def _reader():
    from markdown_it import MarkdownIt  # 15 ms to import: only for texts with Markdown syntax

    reader = MarkdownIt("commonmark", {"html": True}).enable("table")
    reader.disable(["inline", "text_join"])  # block structure and line maps are enough
    return reader


def _markdown(text: str, kinds: list[str | None]) -> None:
    """Kinds from the Markdown structure; blank lines inside a block take its kind."""
    stack: list[str] = []

    def mark(span, kind: str, blank_too: bool = False) -> None:
        if span is None:
            return
        first, end = span
        for index in range(first, min(end, len(kinds))):
            if blank_too or kinds[index] is not None:
                kinds[index] = kind

    for token in _reader().parse(text):
        kind_inside = "quote" if "quote" in stack else None
        if token.type in _CONTAINERS:
            kind = _CONTAINERS[token.type]
            stack.append(kind)
            mark(token.map, kind_inside or kind)
        elif token.type in _CLOSERS:
            stack.pop()
        elif token.type == "code_block" and _indented_prose(token.content):
            mark(token.map, kind_inside or "indented")
        elif token.type in ("fence", "code_block"):
            mark(token.map, kind_inside or "code", blank_too=True)
        elif token.type == "html_block":
            comment = token.content.lstrip().startswith("<!--")
            mark(token.map, kind_inside or ("comment" if comment else "code"), blank_too=True)
        elif token.type == "heading_open":
            mark(token.map, kind_inside or "heading")
        elif token.type == "inline" and stack and stack[-1] == "list" and not kind_inside \
                and token.content[:3] in ("[ ]", "[x]", "[X]"):
            mark(token.map, "checkbox")
        elif token.type == "paragraph_open" and stack:
            mark(token.map, kind_inside or stack[-1])


# A line of an indented block that reads as a sentence: a capital first (after a list number,
# if any), then words and sentence punctuation only — no brackets, operators, paths or options.
# (Each character matches one alternative only: nothing to backtrack to, so the repeat is
# possessive, *+, or the engine would keep a place to return to for each character: a 3 MB
# indented line took 400 MB.)
_SENTENCE_LINE = re.compile(r"(?:\d{1,2}[.)][ \t]+)?[A-ZÀ-ÖØ-Þ]"
                            r"(?:[^\w{}\[\]<>=$|\\#@*~^&`/-]|[-/](?=[^\W\d_])|[^\W_])*+")
_MIN_SENTENCE_WORDS = 6  # "indenté comme du code" is too short to tell


def _indented_prose(content: str) -> bool:
    """An indented block (Markdown's code) whose every line is a sentence of words: paragraphs
    indented by habit ("    Le bouton reste grisé sur mobile depuis lundi."), not code."""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    return bool(lines) and all(
        _SENTENCE_LINE.fullmatch(line) and len(line.split()) >= _MIN_SENTENCE_WORDS
        and not re.search(r"(?:^|\s)[-/]\S", line) for line in lines)


# --- Line scanners -------------------------------------------------------------------------

# Each pattern is RE2 (linear time); `(?m)`: ^ and $ are a line's start and end, whether a
# pattern runs over the whole text or over one line.
_PATTERNS = {
    # Any line that could start a Markdown block other than a paragraph, or a table row:
    # without one, the text is all paragraphs and markdown-it need not be loaded.
    "markdown": r"(?m)^(?: {0,3}(?:[#>*+=_|<~`-]|\d{1,9}[.)])| {4}|\t)|\|",
    # A line that is only bold text: "**Description du bug**", "__Environnement :__"; not a
    # sentence set in bold ("**Rien ne marche.**": that is emphasis).
    "bold-label": r"(?m)^[ \t]*(?:\*\*([^*\n]*[^*\n.!?])\*\*|__([^_\n]*[^_\n.!?])__)[ \t]*:?[ \t]*$",
    # "Pour reproduire :", "**Navigateur** :", "Étapes :" — the words before the colon.
    "label": r"(?m)^[ \t]*(?:\*\*)?([^:\n]{1,60}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*$",
    # "OS : Windows 11", "- **Navigateur** : Firefox 128" (not "https://...").
    "field": r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([^:\n*]{1,40}?)(?:\*\*)?[ \t]*:(?:\*\*)?"
             r"(?:[ \t]+([^\n]*))?$",  # an unfilled field ("**Type de modem**:") too
    "log": r"(?m)^[ \t]*(?:"
           # 2026-11-27 10:42:17 ERROR ..., [27/11/2026 10:42:17] WARN ...
           r"\[?(?:\d{4}-\d{2}-\d{2}[ T]|\d{2}/\d{2}/\d{4}[ T]|\d{2}/[A-Z][a-z]{2}/\d{4}:)?"
           r"\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[^\n]{0,40}?\b(?:ERROR|ERR|WARN|WARNING|INFO|"
           r"DEBUG|CRITICAL|FATAL|TRACE|NOTICE|SEVERE)\b"
           r"|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|CRITICAL|FATAL|TRACE|SEVERE)\]?[ \t]*[:\]-]"
           # a clock time to the millisecond early in the line: machine output, not prose
           r"|[^\n]{0,40}?\b\d{2}:\d{2}:\d{2}[.,]\d{3,6}\b"
           r"|Traceback \(most recent call last\)"
           r"|File \"[^\"\n]+\", line \d+"
           r"|at [\w$.<>/@-]+ ?\([^)\n]*(?::\d+)?\)"  # Java, JavaScript frames
           r"|(?:Caused by: |Uncaught )?(?:[a-z_][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b"
           r"|[A-Z][A-Za-z]*(?:Error|Exception|Warning)(?::|$)"  # KeyError: 'prenom'
           r"|\.\.\. \d+ more$"
           r"|#\d+ [/\\{][^\n]*\(\d+\)"  # PHP stack frame
           r"|PHP (?:Fatal error|Warning|Notice|Parse error)"
           r"|[^\n]*\"(?:GET|POST|PUT|PATCH|DELETE|HEAD) /[^\n\"]* HTTP/\d"  # access log
           r")",
}


@lru_cache(maxsize=None)
def _regex(name: str):
    return compile_regex(_PATTERNS[name])


@lru_cache(maxsize=None)
def _vocabulary(name: str):
    terms = []
    for line in (_WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms.append(line)
    return vocabulary(tuple(terms))


def is_closing(text: str) -> bool:
    """Whether `text` (a few words) is a closing formula: « Cordialement », « Merci »."""
    return next(iter(_vocabulary("closings").finditer(fold(text.strip()))), None) is not None


def _line_indexes(lines: list[str], candidates: list[int], vocabulary_name: str) -> list[int]:
    """Those of the `candidates` (line indexes) where a term of the vocabulary is found. Only
    candidate lines are read: a pasted log of 5 MB is not searched for a closing formula."""
    if not candidates:
        return []
    starts, offset = [], 0
    for index in candidates:
        starts.append(offset)
        offset += len(lines[index]) + 1
    found: list[int] = []
    joined = fold("\n".join(lines[index] for index in candidates))
    for match in _vocabulary(vocabulary_name).finditer(joined):
        index = candidates[bisect.bisect_right(starts, match.start) - 1]
        if not found or found[-1] != index:
            found.append(index)
    return found


def _word_count(line: str) -> int:
    return len(line.split())


def _matching_lines(name: str, text: str, starts: list[int]) -> dict:
    """{line index: match} of a line pattern, found in one pass over the whole text."""
    found = {}
    for match in _regex(name).finditer(text):
        found.setdefault(bisect.bisect_right(starts, match.start()) - 1, match)
    return found


def _scan(text: str, lines: list[str], starts: list[int], kinds: list[str | None]) -> None:
    """Kinds Markdown does not mark: labels, fields, logs, pasted mails, signatures."""
    logs = _matching_lines("log", text, starts)  # few lines match: one pass is cheapest
    in_traceback = False
    for index, line in enumerate(lines):
        kind = kinds[index]
        if kind not in ("prose", "list"):
            in_traceback = False
            continue
        if index in logs or (in_traceback and line[:1] in " \t"):
            kinds[index] = "log"
            in_traceback = in_traceback or "Traceback" in line
            continue
        in_traceback = False
        # Labels and fields hold a colon or bold marks: other lines need no regex at all.
        marked = line.lstrip()[:2] in ("**", "__")
        if ":" not in line and not marked:
            continue
        bold = _regex("bold-label").search(line) if kind == "prose" and marked else None
        if bold and _word_count(bold.group(1) or bold.group(2)) <= _MAX_LABEL_WORDS:
            kinds[index] = "heading"
            continue
        label = _regex("label").search(line) if kind == "prose" else None
        if label and _word_count(label.group(1)) <= _MAX_LABEL_WORDS:
            kinds[index] = "heading"
            continue
        field = _regex("field").search(line)
        value = field.group(2) or "" if field else ""
        # A value ending a sentence makes a sentence: "C'est URGENT : tout est bloqué.", also
        # before an attachment: "Cf. capture : le bouton reste grisé. [capture.png]".
        if field and 0 < _word_count(field.group(1)) <= _MAX_FIELD_LABEL_WORDS \
                and _word_count(value) <= _MAX_FIELD_VALUE_WORDS \
                and _ATTACHED.sub("", value).rstrip()[-1:] not in (".", "!", "?", "…"):
            kinds[index] = "field"
    _pasted_table(lines, kinds)
    _pasted_mail(lines, kinds)
    _signature(lines, kinds)


# Cells of a table pasted from a spreadsheet: a tab between two cells, or columns aligned with
# runs of spaces (twice on the line).
_CELLS = re.compile(r"\S[ ]*\t[ \t]*\S|\S {3,}\S.*\S {3,}\S")


def _pasted_table(lines: list[str], kinds: list[str | None]) -> None:
    """Two lines in a row or more split into cells (tabs, aligned columns): a table pasted
    from a spreadsheet or a program's output, not sentences."""
    rows = [index for index, line in enumerate(lines)
            if kinds[index] in ("prose", "field") and ("\t" in line or "   " in line)
            and _CELLS.search(line.strip())]
    taken = set(rows)
    for index in rows:
        if index - 1 in taken or index + 1 in taken:
            kinds[index] = "table"


# Attachments and images closing a line: « [capture.png] », « ![écran](a.png) ».
_ATTACHED = re.compile(r"(?:[ \t]*!?\[[^\[\]\n]*\](?:\([^()\n]*\))?)+[ \t]*$")

_OWN = ("prose", "field", "heading")  # lines that may be a pasted mail's or a signature


def _short_lines(lines: list[str], kinds: list[str | None], words: int) -> list[int]:
    return [index for index, line in enumerate(lines)
            if kinds[index] in _OWN and _word_count(line) <= words]


def _pasted_mail(lines: list[str], kinds: list[str | None]) -> None:
    """Header lines of a pasted e-mail (two in a row at least), and the lines introducing a
    quoted message, are quoted text."""
    headers = _line_indexes(lines, [index for index, line in enumerate(lines)
                                    if kinds[index] in _OWN and ":" in line[:20]],
                            "mail-headers")
    header_set = set(headers)
    for index in headers:
        if index - 1 in header_set or index + 1 in header_set:
            kinds[index] = "quote"
    for index in _line_indexes(lines, _short_lines(lines, kinds, 20), "mail-quote-intro"):
        kinds[index] = "quote"
    # A sentence announcing a message pasted under it without quote marks (« Voici son
    # message : »): the paragraph that follows is quoted text.
    announcing = [index for index, line in enumerate(lines)
                  if kinds[index] in _OWN and line.rstrip().endswith(":")]
    for index in _line_indexes(lines, announcing, "message-intro"):
        after = index + 1
        while after < len(lines) and kinds[after] is None:
            after += 1
        while after < len(lines) and kinds[after] == "prose":
            kinds[after] = "quote"
            after += 1


def _signature(lines: list[str], kinds: list[str | None]) -> None:
    """A mail client's signature line; a closing line and the name block under it."""
    for index in _line_indexes(lines, _short_lines(lines, kinds, 10), "sent-from"):
        kinds[index] = "signature"
    # A closing ends a text, it does not open it: a line of more than five words comes first.
    first = next((i for i, line in enumerate(lines)
                  if kinds[i] == "prose" and _word_count(line) > 5), None)
    if first is None:
        return
    closing = next((i for i in _line_indexes(lines, _short_lines(lines, kinds, 5), "closings")
                    if i > first), None)
    if closing is None:
        _name_block(lines, kinds, first)
        return
    kinds[closing] = "signature"
    taken = 0
    for index in range(closing + 1, len(lines)):
        if kinds[index] is None:
            if taken:
                break  # the name block ends at the first blank line after it
            continue
        if kinds[index] not in _OWN or _word_count(lines[index]) > 8 or taken >= _MAX_SIGNATURE_LINES:
            break
        kinds[index] = "signature"
        taken += 1


# A name signing a text: « Claire Dubois », « Mme Anne-Marie LEROY », « J. Martin », « Service
# Propreté » — two to four capitalised words (particles aside).
_NAME = re.compile(r"[ \t]*(?:(?:M|Mme|Mlle|Dr|Pr|Me)\.?[ \t]+)?[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?"
                   r"(?:[ \t]+(?:(?:de|du|des|le|la|van|von)[ \t]+|d['’])?"
                   r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?){1,3}[ \t]*,?[ \t]*$")
_SIGNATURE_BLOCK_WORDS = 12  # "Direction de l'Aménagement, de l'Habitat et du Cadre de vie"


def _name_block(lines: list[str], kinds: list[str | None], first: int) -> None:
    """A signature with no closing above it: the text's last block (after a blank line) opening
    on a name, its lines short and none ending a sentence (a title, a service, an address, a
    phone number)."""
    end = len(lines)
    while end and kinds[end - 1] is None:
        end -= 1
    start = end
    while start and kinds[start - 1] is not None:
        start -= 1
    block = range(start, end)
    if not block or start <= first or len(block) > _MAX_SIGNATURE_LINES \
            or not _NAME.match(lines[start]):
        return
    if all(kinds[i] in _OWN and _word_count(lines[i]) <= _SIGNATURE_BLOCK_WORDS
           and lines[i].rstrip()[-1:] not in ".!?:;" for i in block):
        for index in block:
            kinds[index] = "signature"
