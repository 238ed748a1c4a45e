"""Text matching shared by rule types: accent folding, vocabularies, safe user patterns.

Every pattern runs on RE2, which matches in linear time whatever the pattern: a rule written by
a user cannot hang redlint on a 5 MB description of pasted logs. Matching runs on *folded* text
(lower case, accents removed, typographic apostrophes made plain), which keeps offsets: each
character folds to exactly one character, so a match maps back to the original file.
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
_FOLD.update({ord(c): '"' for c in "«»“”"})
_FOLD.update({ord(c): "-" for c in "‐‑‒–—"})
_FOLD.update({ord(c): " " for c in "\u00a0\u202f\u2009"})
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
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        hint = ""
        if any(token in pattern for token in ("(?=", "(?!", "(?<", "\\1", "\\2")):
            hint = " (look-arounds and back-references are not supported: they can take " \
                   "exponential time)"
        raise PatternError(f"invalid pattern {pattern!r}: {exc}{hint}") from None


_WORD = r"[a-z0-9]"


def term_regex(term: str) -> str:
    """A vocabulary term as a regex on folded text.

    `au plus vite` matches whatever spaces or punctuation stand between the words; a `*` ends a
    stem (`urgen*` → urgent, urgente, urgence); `re:` starts a raw regex.
    """
    if term.startswith("re:"):
        return term[3:]
    words = fold(term).split()
    parts = []
    for word in words:
        escaped = re2.escape(word).replace("\\*", _WORD + "*")
        parts.append(escaped)
    body = r"[^a-z0-9\n]{1,3}".join(parts)
    return rf"\b{body}\b"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


class Vocabulary:
    """A list of terms compiled into one RE2 pattern; optional typo-tolerance for long words."""

    def __init__(self, terms: tuple[str, ...], *, typos: bool = False):
        self.terms = terms
        self.regex = compile_regex("|".join(f"(?:{term_regex(t)})" for t in terms)) \
            if terms else None
        # One edit (insertion, deletion, substitution, swap) on words of 7 letters or more,
        # found with symmetric deletions: linear in the text, no per-word distance loop.
        self.fuzzy: dict[str, str] = {}
        if typos:
            for term in terms:
                word = fold(term)
                if " " in word or "*" in word or word.startswith("re:") or len(word) < 7:
                    continue
                for variant in _deletions(word) | {word}:
                    self.fuzzy.setdefault(variant, word)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def finditer(self, folded: str, original: str | None = None):
        original = folded if original is None else original
        seen: list[tuple[int, int]] = []
        if self.regex is not None:
            for m in self.regex.finditer(folded):
                if m.end() > m.start():
                    seen.append((m.start(), m.end()))
        if self.fuzzy:
            exact = {(s, e) for s, e in seen}
            for m in _WORDS.finditer(folded):
                word = m.group()
                if len(word) < 6 or (m.start(), m.end()) in exact:
                    continue
                if word in self.fuzzy or any(v in self.fuzzy for v in _deletions(word)):
                    seen.append((m.start(), m.end()))
        for start, end in sorted(set(seen)):
            yield Match(start, end, original[start:end])


_WORDS = re2.compile(r"[a-z0-9]+")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=256)
def vocabulary(terms: tuple[str, ...], typos: bool = False) -> Vocabulary:
    return Vocabulary(terms, typos=typos)
