"""Plain, immutable values passed between layers: levels, positions, parts of a draft, findings."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


# Not slotted: `_line_starts` is a cached_property, which needs an instance __dict__.
@dataclass(frozen=True)
class Part:
    """A piece of the draft a rule looks at (the title, the description, one field's value).

    `text` is what rules read; `line`/`column` (1-based) say where its first character stands in
    the original file, so any offset in `text` maps back to the file for editors and CI. A part
    joined from several pieces (`Part.join`) keeps one such origin per piece in `segments`.
    """

    name: str
    text: str
    line: int
    column: int
    segments: tuple[tuple[int, int, int], ...] = ()  # (offset in text, line, column)

    @classmethod
    def join(cls, name: str, parts: "list[Part]") -> "Part":
        """One part reading `parts` one after the other, a newline between them."""
        texts, segments, offset = [], [], 0
        for part in parts:
            for seg_offset, line, column in part._origins:
                segments.append((offset + seg_offset, line, column))
            texts.append(part.text)
            offset += len(part.text) + 1
        first = parts[0] if parts else cls(name, "", 1, 1)
        return cls(name, "\n".join(texts), first.line, first.column, tuple(segments))

    @property
    def _origins(self) -> tuple[tuple[int, int, int], ...]:
        return self.segments or ((0, self.line, self.column),)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the file of the character at `offset` in `text`."""
        starts = self._line_starts
        index = bisect.bisect_right(starts, offset) - 1
        origins = self._origins
        seg_offset, seg_line, seg_column = origins[
            bisect.bisect_right([o[0] for o in origins], offset) - 1]
        seg_index = bisect.bisect_right(starts, seg_offset) - 1
        column = offset - starts[index] + 1
        if index == seg_index:
            column += seg_column - 1
        return seg_line + index - seg_index, column


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule type's check found: a span of a part, and values for the message placeholders."""

    start: int = 0
    end: int = 0
    values: dict[str, str] = field(default_factory=dict)
    message_key: str | None = None  # picks an alternative message declared by the rule
    part: Part | None = None  # where the span lies, when not in the part the check was given


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    rule: str
    level: Level
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    context: str = ""  # the line of the file the finding points at
    source: str = ""  # where the rule comes from (the default policy, a user file)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule)
