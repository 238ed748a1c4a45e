"""Text matching shared by rule types: accent folding, vocabularies, safe user patterns.

Every pattern runs on RE2, which matches in linear time whatever the pattern: a rule written by
a user cannot hang redlint on a 5 MB description of pasted logs. Matching runs on *folded* text
(lower case, accents removed, typographic apostrophes, quotes and dashes made plain), which keeps
offsets: each character folds to exactly one character, so a match maps back to the original file.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import re2


def _fold_char(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isascii() or len(base) == 1 else lowered


_FOLD = {code: _fold_char(chr(code)) for code in range(0x80, 0x250)}
_FOLD.update({ord(c): "'" for c in "’‘`´ʼ"})
_FOLD.update({ord(c): '"' for c in "«»“”„"})
_FOLD.update({ord(c): "-" for c in "‐‑‒–—"})
_FOLD.update({ord(c): " " for c in "\u00a0\u202f\u2009"})
_FOLD.update({ord(c): "!" for c in "！"})
_FOLD.update({ord(c): "?" for c in "？"})
_FOLD.update({ord("œ"): "o", ord("Œ"): "o", ord("æ"): "a", ord("Æ"): "a"})


def fold(text: str) -> str:
    """Lower case without accents, same length as `text` (offsets stay valid)."""
    folded = text.translate(_FOLD).lower()
    if len(folded) != len(text):  # a rare character whose lower case is longer (İ)
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text.translate(_FOLD))
    return folded


class PatternError(ValueError):
    pass


def compile_regex(pattern: str, *, ignore_case: bool = False):
    """Compile a user pattern with RE2, or explain in one line why it cannot be used."""
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False
    options.max_mem = 64 << 20  # big vocabularies with typo variants stay on the fast DFA
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        hint = ""
        if any(token in pattern for token in ("(?=", "(?!", "(?<", "\\1", "\\2")):
            hint = " (look-arounds and back-references are not supported: they can take " \
                   "exponential time)"
        raise PatternError(f"invalid pattern {pattern!r}: {exc}{hint}") from None


_WORD = r"[a-z0-9]"
_SEPARATOR = r"[^a-z0-9\n]{1,3}"
TYPO_MIN_LENGTH = 7
_WORD_SPLIT = re2.compile(r"[\s'-]+")


def _typo_regex(word: str, stem: bool = False) -> str:
    """`word` or any spelling one edit away (deletion, insertion, substitution, swap).

    The first letter is kept: writers seldom get it wrong, and sparing it keeps apart words
    such as réception and déception. A stem keeps its last letter too, or `lamentab*` with a
    typo would become `lamenta*` and find every form of the verb.
    """
    head, core, last = word[0], word[1:-1] if stem else word[1:], word[-1] if stem else ""
    variants = {word}
    for i in range(len(core) + 1):
        variants.add(f"{head}{core[:i]}{_WORD}{core[i:]}{last}")  # insertion
        if i < len(core):
            variants.add(f"{head}{core[:i]}{_WORD}?{core[i + 1:]}{last}")  # substitution, deletion
        if i + 1 < len(core) and core[i] != core[i + 1]:
            variants.add(head + core[:i] + core[i + 1] + core[i] + core[i + 2:] + last)  # swap
    return "(?:" + "|".join(sorted(variants)) + ")"


def _word_regex(word: str, typos: bool) -> str:
    stem = word.endswith("*")
    letters = word.rstrip("*")
    if typos and len(letters) >= TYPO_MIN_LENGTH and letters.isalnum() and letters.isascii():
        body = _typo_regex(letters, stem)
    else:
        body = re2.escape(letters).replace("\\*", _WORD + "*")
    return body + (_WORD + "*" if stem else "")


def term_regex(term: str, *, typos: bool = False) -> str:
    """A vocabulary term as a regex on folded text.

    `au plus vite` matches whatever spaces or punctuation stand between the words (an apostrophe
    or a hyphen counts as such a separator: `ras-le-bol` finds "ras le bol", `d'urgence` finds
    "d’urgence"); a `*` ends a stem (`urgen*` → urgent, urgente, urgence); `re:` starts a raw
    regex. A term may be or hold symbols (`🔥`, `!!!`): word boundaries are only required next
    to letters and digits. With `typos`, words of 7 letters or more (stems included) also match
    with one typo, the first letter excepted; a term starting with `=` is always exact (for a
    word whose typos are other words: `=infernal*` must not find "internal").
    """
    if term.startswith("re:"):
        return term[3:]
    if term.startswith("="):  # a term that must be spelled right: its typos are other words
        term, typos = term[1:], False
    folded = fold(term).strip()
    words = [w for w in _WORD_SPLIT.split(folded) if w]
    if not words or not any(ch.isalnum() for ch in folded):
        return re2.escape(folded)  # a symbol or a punctuation run: matched as written
    body = _word_regex(words[0], typos)
    for previous, word in zip(words, words[1:]):
        # Next to a symbol (`enfin !`), spacing is optional: "enfin!" and "enfin !" alike.
        joint = _SEPARATOR if previous[-1].isalnum() and word[0].isalnum() else r"\s{0,2}"
        body += joint + _word_regex(word, typos)
    start = r"\b" if words[0][0].isalnum() else ""
    end = r"\b" if words[-1].rstrip("*")[-1:].isalnum() or words[-1].endswith("*") else ""
    return f"{start}{body}{end}"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


class Vocabulary:
    """A list of terms compiled into one RE2 pattern; optional typo-tolerance for long words."""

    def __init__(self, terms: tuple[str, ...], *, typos: bool = False):
        self.terms = terms
        self.typos = typos
        self.regex = compile_regex(
            "|".join(f"(?:{term_regex(t, typos=typos)})" for t in terms)) if terms else None

    def __bool__(self) -> bool:
        return bool(self.terms)

    def finditer(self, folded: str, original: str | None = None):
        """The non-overlapping matches in `folded`, leftmost first (texts taken from `original`)."""
        if self.regex is None:
            return
        original = folded if original is None else original
        for m in self.regex.finditer(folded):
            if m.end() > m.start():
                yield Match(m.start(), m.end(), original[m.start():m.end()])

    def spans(self, folded: str) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.finditer(folded)]


@lru_cache(maxsize=256)
def vocabulary(terms: tuple[str, ...], typos: bool = False) -> Vocabulary:
    return Vocabulary(terms, typos=typos)


# A mention is a short text between quotation marks: "« Urgent »", "'Délai dépassé'". Straight
# single quotes count only when they open after a space and close before one (not apostrophes).
_QUOTED = re2.compile(
    r"\"[^\"\n]{1,60}\"|(?:^|[\s(\[])'[^'\n]{1,60}'(?:$|[\s)\].,;:!?])")


def quoted_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of `folded` (from `fold`) between quotation marks, the marks included."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(folded)]
