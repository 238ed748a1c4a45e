"""metric: a number measured on the text stays within bounds.

Options:
- `measure` (required): what to count, one of
  - `words`: words, a leading context prefix like `[Senior]` left aside;
  - `characters`: characters;
  - `caps-words`: words written in capitals to shout — a word of more than `acronym_length`
    letters, or a run of `caps_run` capitalised words; words in `allow` (PDF, SMS, RGPD...) and
    code are never shouting;
  - `bold-ratio`: the share of the text's letters set in **bold**;
  - `exclamations`: the longest run of `!` or `?` marks;
  - `telegraphic`: the share of the text's prose lines that are fragments (no verb-like word,
    no sentence punctuation), among texts of at least `min_words` words.
- `min`, `max`: the bounds (either may be left out).
- `allow`: words the measure ignores.
- `min_words` (default 0): texts shorter than this are not measured.
- `acronym_length` (default 5), `caps_run` (default 3): see `caps-words`.

Placeholders: `{value}` the measure, `{min}`, `{max}`, `{found}` the text that counts most.

Example, rule `description-shouting`, measure `caps-words`, max 0:

    FAIL  "LE FORMULAIRE NE S'AFFICHE PLUS DEPUIS CE MATIN"
    PASS  "Le formulaire ne s'affiche plus depuis ce matin (erreur PDF)."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redlint.model import Hit, Part

NAME = "metric"
SCOPES = ("title", "description", "text", "field:*")
DEFAULT_SCOPE = "description"


@dataclass(frozen=True)
class Options:
    measure: str
    min: float | None = None
    max: float | None = None
    allow: tuple[str, ...] = ()
    min_words: int = 0
    acronym_length: int = 5
    caps_run: int = 3

    def __post_init__(self):
        if self.measure not in MEASURES:
            raise ValueError(f"unknown measure '{self.measure}'; measures are: "
                             f"{', '.join(MEASURES)}")
        if self.min is None and self.max is None:
            raise ValueError("give 'min' or 'max'")


_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`|https?://\S+", re.S)
_BOLD = re.compile(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*|__(?=\S)([^\n]+?)(?<=\S)__")


def _prose(text: str) -> str:
    """The text with code and URLs blanked out (same length, so offsets stay right)."""
    return _CODE.sub(lambda m: " " * len(m.group()), text)


def _words(text: str, options: Options) -> tuple[float, int, int]:
    body = _PREFIX.sub(lambda m: " " * len(m.group()), text)
    words = list(_WORD.finditer(body))
    if not words:
        return 0, 0, len(text)
    return len(words), words[0].start(), words[-1].end()


def _characters(text: str, options: Options) -> tuple[float, int, int]:
    return len(text.strip()), 0, len(text)


def _caps_words(text: str, options: Options) -> tuple[float, int, int]:
    allowed = {word.upper() for word in options.allow}
    shouting, run, first = 0, [], None
    spans: list[tuple[int, int]] = []

    def flush():
        nonlocal shouting
        if len(run) >= options.caps_run:
            shouting += len(run)
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    for m in _WORD.finditer(_prose(text)):
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        is_caps = len(letters) >= 2 and word.upper() == word and word.lower() != word
        if not is_caps or word.upper() in allowed:
            flush()
            continue
        if len(letters) > options.acronym_length:
            shouting += 1
            spans.append((m.start(), m.end()))
        else:
            run.append((m.start(), m.end()))
    flush()
    if not spans:
        return 0, 0, 0
    first = min(spans)
    return shouting, first[0], first[1]


def _bold_ratio(text: str, options: Options) -> tuple[float, int, int]:
    letters = sum(c.isalnum() for c in text)
    if not letters:
        return 0, 0, 0
    bold = list(_BOLD.finditer(text))
    inside = sum(sum(c.isalnum() for c in m.group()) for m in bold)
    first = bold[0] if bold else None
    return inside / letters, first.start() if first else 0, first.end() if first else 0


_MARKS = re.compile(r"[!?]{2,}")


def _exclamations(text: str, options: Options) -> tuple[float, int, int]:
    longest = max(_MARKS.finditer(text), key=lambda m: len(m.group()), default=None)
    return (len(longest.group()), longest.start(), longest.end()) if longest else (0, 0, 0)


MEASURES = {
    "words": _words,
    "characters": _characters,
    "caps-words": _caps_words,
    "bold-ratio": _bold_ratio,
    "exclamations": _exclamations,
}


def check(options: Options, part: Part, context):
    text = part.text
    if options.min_words and len(_WORD.findall(text)) < options.min_words:
        return
    value, start, end = MEASURES[options.measure](text, options)
    too_low = options.min is not None and value < options.min
    too_high = options.max is not None and value > options.max
    if too_low or too_high:
        shown = f"{value:.0%}" if options.measure.endswith("ratio") else f"{value:g}"
        yield Hit(start, end, {"value": shown, "min": f"{options.min:g}" if options.min is not None
                               else "", "max": f"{options.max:g}" if options.max is not None
                               else "", "found": text[start:end]},
                  message_key="too-low" if too_low else None)
