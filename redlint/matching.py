"""Text matching shared by draft/, config/ and the rule types: accent folding, vocabularies, safe
user patterns. It sits below them all and imports only i18n and RE2.

Every user pattern runs on RE2, which matches in linear time whatever the pattern: a rule written
by a user cannot hang redlint on a 5 MB description of pasted logs. Plain vocabulary terms (words,
stems, phrases) need no pattern at all: the text's words are looked up (see `Vocabulary`).
Matching runs on *folded* text (lower case, accents removed, typographic apostrophes, quotes and
dashes made plain), which keeps offsets: each character folds to exactly one character, so a
match maps back to the original file.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cached_property, lru_cache

import re2

from redlint.i18n import tr


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
    if len(text) >= _LARGE:
        return _fold_large(text)
    return _fold(text)


_LARGE = 1 << 16  # a description this long is folded once for the rules that read it in turn


# One text only: the rules reading the same text (the same segments) ask one after the other,
# and a rule reading other segments reads another text. Four kept eight texts of a 5 MB draft
# alive (the texts and their folded copies: 35 MB of its peak) to save one fold (0.05 s).
@lru_cache(maxsize=1)
def _fold_large(text: str) -> str:
    return _fold(text)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLD)


def _fold(text: str) -> str:
    # str.translate looks every character up in a dict: on a long text, translating only its
    # non-ASCII runs is several times faster; an ASCII text (most terms, most lines) needs no
    # translating at all. "`" is the one ASCII character _FOLD changes.
    if text.isascii():
        folded = text.replace("`", "'") if "`" in text else text
    elif len(text) < 256:
        folded = text.translate(_FOLD)
    else:
        folded = _NON_ASCII_RUN.sub(_fold_run, text)
        if "`" in folded:
            folded = folded.replace("`", "'")
    folded = folded.lower()
    if len(folded) != len(text):  # a rare character whose lower case is longer (İ)
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text.translate(_FOLD))
    return folded


class PatternError(ValueError):
    pass


def compile_regex(pattern: str, *, ignore_case: bool = False, capture: bool = True):
    """Compile a user pattern with RE2, or explain in one line why it cannot be used.

    Without `capture`, unnamed groups do not capture: RE2 then finds a match twice as fast.
    """
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.never_capture = not capture
    options.log_errors = False
    options.max_mem = 64 << 20  # big vocabularies with typo variants stay on the fast DFA
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else ""
        detail = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        hint = ""
        if any(token in pattern for token in ("(?=", "(?!", "(?<", "\\1", "\\2")):
            hint = tr(" (ni look-around ni back-reference : ils peuvent prendre un temps "
                      "exponentiel)", " (look-arounds and back-references are not supported: "
                      "they can take exponential time)")
        raise PatternError(tr(f"expression invalide {pattern!r} : {detail}{hint}",
                              f"invalid pattern {pattern!r}: {detail}{hint}")) from None


_WORD = r"[a-z0-9]"
_SEPARATOR = r"[^a-z0-9\n]{1,3}"
_KEY = 4  # stems are looked up by their first letters, at most this many
TYPO_MIN_LENGTH = 7
# Longer words are matched exactly: a word's typo index holds its deletions, n words of n - 1
# letters, so memory grows with the square of its length (a 40,000-letter term took 1.5 GB).
# No word of a language is that long; a longer term is a code or a paste, spelt as written.
TYPO_MAX_LENGTH = 40
TYPO_SCAN_LIMIT = 100_000
# RE2's \s spelled out for Python's engine, which is quicker to call on the short terms.
_WORD_SPLIT = re.compile(r"[\t\n\f\r '-]+")
_PLAIN_WORD = re.compile(r"[a-z0-9]+\*?")
# Only the last word may be a stem: after a stem, `term_regex` joins words with \s{0,2}.
_PLAIN_TERM = re.compile(
    r"=?[\t\n\f\r '-]*[a-z0-9]+(?:[\t\n\f\r '-]+[a-z0-9]+)*\*?[\t\n\f\r '-]*")


def _word_regex(word: str) -> str:
    stem = word.endswith("*")
    body = re2.escape(word.rstrip("*")).replace("\\*", _WORD + "*")
    return body + (_WORD + "*" if stem else "")


def term_regex(term: str) -> str:
    """A vocabulary term as a regex on folded text.

    `au plus vite` matches whatever spaces or punctuation stand between the words (an apostrophe
    or a hyphen counts as such a separator: `ras-le-bol` finds "ras le bol", `d'urgence` finds
    "d’urgence"); a `*` ends a stem (`urgen*` → urgent, urgente, urgence); `re:` starts a raw
    regex. A term may be or hold symbols (`🔥`, `!!!`): word boundaries are only required next
    to letters and digits. A leading `=` (always spelled right, see `Typos`) is ignored here.
    """
    if term.startswith("re:"):
        return term[3:]
    term = term.removeprefix("=")
    folded = fold(term).strip()
    words = [w for w in _WORD_SPLIT.split(folded) if w]
    if not words or not any(ch.isalnum() for ch in folded):
        return re2.escape(folded)  # a symbol or a punctuation run: matched as written
    body = _word_regex(words[0])
    for previous, word in zip(words, words[1:]):
        # Next to a symbol (`enfin !`), spacing is optional: "enfin!" and "enfin !" alike.
        joint = _SEPARATOR if previous[-1].isalnum() and word[0].isalnum() else r"\s{0,2}"
        body += joint + _word_regex(word)
    start = r"\b" if words[0][0].isalnum() else ""
    end = r"\b" if words[-1].rstrip("*")[-1:].isalnum() or words[-1].endswith("*") else ""
    return f"{start}{body}{end}"


def _plain_words(term: str) -> tuple[tuple[str, bool], ...] | None:
    """The words of a term as (letters, is a stem) when looking words up can match it, else None.

    Such a term is words of letters and digits, a `*` ending a stem: its regex (`term_regex`)
    only ever matches whole words of the text, each word 1 to 3 other characters after the
    previous one, on the same line. Raw regexes, symbols, punctuation or a `*` inside a word
    are left to RE2.
    """
    if term.startswith("re:") or not _PLAIN_TERM.fullmatch(folded := fold(term)):
        return None
    return tuple([(w[:-1], True) if w[-1] == "*" else (w, False)
                  for w in _PLAIN_WORD.findall(folded)])


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str


class Typos:
    """Spelling mistakes of a vocabulary's long words.

    Words of `TYPO_MIN_LENGTH` to `TYPO_MAX_LENGTH` letters, stems included, also match with
    one edit (a letter missing, added, changed, or two swapped). The first letter is kept:
    writers seldom get it wrong, and sparing it keeps apart words such as réception and
    déception. A stem
    keeps its last letter too, or `lamentab*` with a typo would become `lamenta*` and find
    every form of the verb. A term starting with `=` is always exact (a word whose typos are
    other words: `=infernal*` must not find "internal").

    Rather than compiling every misspelling into a pattern (large and slow to compile), the
    text's words are looked up in an index of the vocabulary words' deletions (the symmetric
    delete method: one edit either way leaves a common deletion); a misspelt word then stands
    for its right spelling. Only the first `TYPO_SCAN_LIMIT` characters of a text are looked
    at: the prose is there; pasted logs beyond it are still matched exactly.
    """

    def __init__(self, terms: tuple[str, ...]):
        self.words: dict[str, str] = {}  # a deletion (or the word) → the word
        self.stems: dict[str, str] = {}
        for term in terms:
            if term.startswith(("re:", "=")):
                continue
            for word in _WORD_SPLIT.split(fold(term)):
                letters = word.rstrip("*")
                if not TYPO_MIN_LENGTH <= len(letters) <= TYPO_MAX_LENGTH \
                        or not (letters.isalnum() and letters.isascii()):
                    continue
                if word.endswith("*"):
                    _index(self.stems, letters, keep_last=True)
                else:
                    _index(self.words, letters, keep_last=False)
        self.exact_words = set(self.words.values())
        self.exact_stems = tuple(sorted(set(self.stems.values())))
        self.stem_sizes = sorted({len(stem) for stem in self.exact_stems})
        lengths = [len(w) for w in (*self.exact_words, *self.exact_stems)]
        self.shortest = min(lengths, default=0) - 1
        self.longest_word = max(map(len, self.exact_words), default=0) + 1
        # Words met before, and the misspelt ones with their right spelling: drafts share most
        # words, so each word is searched once; set operations then do the rest in C.
        self._seen: set[str] = set()
        self._right: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.words or self.stems)

    def fixes(self, words: set[str]) -> dict[str, str]:
        """The misspelt vocabulary words among `words`, each with the vocabulary's spelling."""
        for word in words.difference(self._seen):
            self._seen.add(word)
            right = self._search(word)
            if right is not None:
                self._right[word] = right
        return {word: self._right[word] for word in self._right.keys() & words}

    def _search(self, word: str) -> str | None:
        """The vocabulary's spelling of `word` when it is one typo away from it, else None."""
        if len(word) < self.shortest or word in self.exact_words \
                or word.startswith(self.exact_stems):
            return None
        if len(word) <= self.longest_word and (found := _lookup(self.words, word, False)):
            return found
        for size in {s + d for s in self.stem_sizes for d in (-1, 0, 1)}:
            if size <= len(word) and (stem := _lookup(self.stems, word[:size], True)):
                return stem + word[size:]
        return None


@lru_cache(maxsize=65536)
def _deletions(word: str, keep_last: bool) -> frozenset[str]:
    last = len(word) - 1 if keep_last else len(word)
    return frozenset(word[:i] + word[i + 1:] for i in range(1, last))


def _index(index: dict[str, str], word: str, keep_last: bool) -> None:
    index[word] = word
    for variant in _deletions(word, keep_last):
        index.setdefault(variant, word)


def _lookup(index: dict[str, str], word: str, keep_last: bool) -> str | None:
    """The indexed word at most one edit away from `word` (same first letter), or None."""
    for key in (word, *_deletions(word, keep_last)):
        target = index.get(key)
        if target and target[0] == word[0] and (not keep_last or target[-1] == word[-1]) \
                and one_edit(word, target):
            return target
    return None


def one_edit(a: str, b: str) -> bool:
    """At most one deletion, insertion, substitution or swap of neighbours apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


# Fixed patterns that cannot backtrack: Python's engine runs them without RE2's per-call cost.
_WORD_RUN = re.compile(r"[a-z0-9]+")
_NEXT_WORD = re.compile(r"[^a-z0-9\n]{1,3}([a-z0-9]+)")  # _SEPARATOR, then a word
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COMPACT = 1 << 20  # from this length, a text's word offsets are kept as C arrays


class _Words:
    """Where the words of a folded text stand: maximal runs of a-z and 0-9, by start offset.

    Built once per text, in one pass, and shared by every vocabulary: a vocabulary then finds
    its first words by intersecting sets (in C), so a 5 MB log costs one pass, not one per
    vocabulary. The offsets of a long text are kept as arrays: 4 bytes a word, not 36
    (a draft is at most 20 MB: offsets fit in 32 bits).
    """

    def __init__(self, folded: str, where: dict | None = None):
        self.text = folded
        if where is None:
            where = {}
            get = where.get
            # A long text's offsets go straight into C arrays: a list of them would first
            # hold an int object per word (36 bytes a word, not 4).
            new = (lambda: array("i")) if len(folded) >= _COMPACT else list
            for m in _WORD_RUN.finditer(folded):
                word = m.group()
                starts = get(word)
                if starts is None:
                    starts = where[word] = new()
                starts.append(m.start())
        self.where = where
        self._memo = len(folded) < _COMPACT  # remembering every place of a long text costs more
        self._prefixes: dict[int, set[str]] = {}
        self._after: dict[int, tuple[str, int] | None] = {}

    def after(self, end: int) -> tuple[str, int] | None:
        """The next word of a phrase whose word ends at `end`, and where that word ends: 1 to
        3 characters further on the same line (_SEPARATOR). Vocabularies ask about the same
        places ("de", "le"…), hence the memo."""
        found = self._after.get(end, False)
        if found is False:
            m = _NEXT_WORD.match(self.text, end)
            found = (m.group(1), m.end()) if m else None
            if self._memo:
                self._after[end] = found
        return found

    def prefixes(self, size: int) -> set[str]:
        """The words' first `size` letters: what stems are looked up in."""
        try:
            return self._prefixes[size]
        except KeyError:
            found = self._prefixes[size] = {word[:size] for word in self.where}
            return found

    def blanked(self, text: str, spans: list[tuple[int, int]]) -> _Words:
        """The index of `text`, which is this index's text with `spans` turned into spaces:
        only the words around the spans are looked at again, not the whole text."""
        original, drop, add = self.text, {}, {}
        for begin, end in spans:
            # widened to the original's whole words: outside, both texts have the same words
            while begin and _WORD_RUN.match(original, begin - 1):
                begin -= 1
            end = m.end() if (m := _WORD_RUN.match(original, end)) else end
            for m in _WORD_RUN.finditer(original, begin, end):
                drop.setdefault(m.group(), set()).add(m.start())
            for m in _WORD_RUN.finditer(text, begin, end):
                add.setdefault(m.group(), set()).add(m.start())
        where = dict(self.where)
        new = (lambda found: array("i", found)) if len(text) >= _COMPACT else list
        for word in drop.keys() | add.keys():
            gone = drop.get(word, set())
            starts = sorted({s for s in where.get(word, ()) if s not in gone}
                            | add.get(word, set()))
            if starts:
                where[word] = new(starts)
            else:
                where.pop(word, None)
        return _Words(text, where)

    @cached_property
    def ordered(self) -> list[str]:
        return sorted(self.where)

    def starting_with(self, prefix: str) -> list[str]:
        """The words starting with `prefix`, by bisection in the sorted words."""
        ordered, found = self.ordered, []
        for i in range(bisect.bisect_left(ordered, prefix), len(ordered)):
            if not ordered[i].startswith(prefix):
                break
            found.append(ordered[i])
        return found

    @cached_property
    def scanned(self) -> set[str]:
        """The words that may be typos: long enough, and in the first `TYPO_SCAN_LIMIT`."""
        if len(self.text) <= TYPO_SCAN_LIMIT:
            return {word for word in self.where if len(word) >= TYPO_MIN_LENGTH - 1}
        return {word for word, starts in self.where.items()
                if len(word) >= TYPO_MIN_LENGTH - 1 and starts[0] + len(word) <= TYPO_SCAN_LIMIT}


# An address as a ticket writes it: from its scheme (or from "www.") to the first blank or the
# first character an address holds only escaped: "<https://...>", "[text](https://...)",
# "| https://... |", quotes around it. The one way the rules find addresses. (Two flat
# alternatives, case-sensitive, without a look-behind: so written, `re` skips to each "h" or
# "w" at C speed; a look-behind or (?i:) made a 5 MB text's scan three times slower.)
_ADDRESS_CHARACTERS = r"[^\s<>()\[\]{}\"'`|\\]+"
ADDRESS = re.compile(rf"https?://{_ADDRESS_CHARACTERS}|www\.{_ADDRESS_CHARACTERS}")
# What may close a sentence or a phrase right after an address is not part of it.
ADDRESS_CLOSING = ".,;:!?*_'\"»>"


def address_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every address in text[start:end] (not one inside a word: "xhttps://"),
    its closing punctuation left out."""
    spans = []
    for match in ADDRESS.finditer(text, start, len(text) if end is None else end):
        first = match.start()
        if first and text[first - 1].isalnum():
            continue
        last = match.end()
        while last > first and text[last - 1] in ADDRESS_CLOSING:
            last -= 1
        spans.append((first, last))
    return spans



def _words(folded: str) -> _Words:
    """The word index of `folded`, built once while several vocabularies read it."""
    return (_long_text_words if len(folded) >= _COMPACT else _short_text_words)(folded)


def _built_words(folded: str) -> _Words:
    origin = _BLANKED.get(folded)
    # A long text made by `blanked`: its words are mostly known, unless most of it was blanked
    # (mending the index word by word then costs more than one pass over the text).
    if origin is not None and 2 * sum(end - begin for begin, end in origin[1]) < len(folded):
        return _words(origin[0]).blanked(folded, origin[1])
    return _Words(folded)


_short_text_words = lru_cache(maxsize=16)(_built_words)
# A long text's index weighs megabytes, and the cache keeps the text too: a few are enough
# (sixteen of them took the 5 MB check over its 200 MB).
_long_text_words = lru_cache(maxsize=4)(_built_words)


# The long texts `blanked` made, and what they were made from: a 5 MB text read once with its
# quotes blanked and once without would otherwise be indexed twice (0.25 s each).
_BLANKED: dict[str, tuple[str, list[tuple[int, int]]]] = {}


def blanked(folded: str, spans: list[tuple[int, int]]) -> str:
    """`folded` with the characters of `spans` turned into spaces, line breaks kept."""
    pieces, last = [], 0
    for begin, end in sorted(spans):
        begin = max(begin, last)
        if begin >= end:
            continue
        pieces += (folded[last:begin],
                   "\n".join(" " * len(line) for line in folded[begin:end].split("\n")))
        last = end
    if not pieces:
        return folded
    text = "".join(pieces) + folded[last:]
    if len(text) >= _COMPACT and text != folded:
        if len(_BLANKED) >= 4:
            del _BLANKED[next(iter(_BLANKED))]
        _BLANKED[text] = (folded, spans)
    return text


class _Utf8:
    """A folded text in UTF-8, encoded once for all the searches of all vocabularies (RE2's
    wrapper would encode it again at every call), and the way between byte and str offsets."""

    def __init__(self, folded: str):
        self.encoded = folded.encode()
        # The offsets of the non-ASCII characters, in the text and in the bytes, and how many
        # extra bytes stand before each.
        self.chars: list[int] = []
        self.positions: list[int] = []
        self.extra = [0]
        if len(self.encoded) != len(folded):
            for m in _NON_ASCII.finditer(folded):
                code = ord(m.group())
                self.chars.append(m.start())
                self.positions.append(m.start() + self.extra[-1])
                width = 2 if code < 0x800 else 3 if code < 0x10000 else 4
                self.extra.append(self.extra[-1] + width - 1)

    def to_bytes(self, offset: int) -> int:
        return offset + self.extra[bisect.bisect_left(self.chars, offset)] if self.chars else offset

    def to_chars(self, offset: int) -> int:
        return offset - self.extra[bisect.bisect_left(self.positions, offset)] if self.chars \
            else offset


@lru_cache(maxsize=2)  # encoding again is cheap; a 5 MB text's bytes are not
def _utf8(folded: str) -> _Utf8:
    return _Utf8(folded)


def _fits(word: str, letters: str, stem: bool) -> bool:
    return word.startswith(letters) if stem else word == letters


class Vocabulary:
    """A list of terms, found in folded text as one regex of them all would find them.

    Most terms are plain words, stems and phrases: they are found by looking the text's words
    up in an index of the terms' first words, which costs nothing to build (compiling 2,000
    terms into RE2 took 23 ms at every start). The other terms (raw `re:` regexes, symbols,
    punctuation) form one RE2 regex. Matches do not overlap; the leftmost wins, and at one
    place the earliest term of the list. Optionally tolerant of typos (see `Typos`).
    """

    def __init__(self, terms: tuple[str, ...], *, typos: bool = False):
        self.terms = terms
        # A plain term is indexed by its first word: a word → [(term index, other words)]; a
        # stem by its first letters (a few lengths, hence a few lookups per text) → [(stem, …)].
        self._exact: dict[str, list[tuple[int, tuple]]] = {}
        stems: dict[int, dict[str, list[tuple[str, int, tuple]]]] = {}
        others = []
        for index, term in enumerate(terms):
            words = _plain_words(term)
            if words is None:
                others.append(index)
                continue
            (first, stem), rest = words[0], words[1:]
            if stem:
                key = first[:_KEY]
                stems.setdefault(len(key), {}).setdefault(key, []).append((first, index, rest))
            else:
                self._exact.setdefault(first, []).append((index, rest))
        self._exact_keys = frozenset(self._exact)
        self._stems = [(size, frozenset(table), table) for size, table in sorted(stems.items())]
        # The words that may follow a first word, when all its terms are phrases going on with
        # a whole word: most places where "de" or "le" stands are then passed over at once.
        self._seconds = {word: frozenset(rest[0][0] for _, rest in entries)
                         for word, entries in self._exact.items()
                         if all(rest and not rest[0][1] for _, rest in entries)}
        self.typos = Typos(terms) if typos else None
        if not self.typos:  # no word long enough for typos
            self.typos = None
        # `=` terms: spelled right or not at all, even where another term shares their words.
        self._strict = frozenset(i for i, term in enumerate(terms) if term.startswith("="))
        # Compiled now, so that a faulty pattern is reported when the rules are loaded.
        self._others = others
        try:
            self.regex = compile_regex("|".join(f"(?:{term_regex(terms[i])})" for i in others),
                                       capture=False) if others else None
        except PatternError:
            for i in others:  # name the faulty term as written, not the regex of them all
                compile_regex(term_regex(terms[i]))
            raise
        self._named = None  # the same with a group per term, to break ties: see _term
        self._whole = None  # one regex of all the terms: see scan
        self._found: dict[str, list[tuple[int, int]]] = {}  # see _spans

    def __bool__(self) -> bool:
        return bool(self.terms)

    def finditer(self, folded: str, original: str | None = None):
        """The non-overlapping matches in `folded`, leftmost first (texts taken from `original`)."""
        original = folded if original is None else original
        return (Match(start, end, original[start:end]) for start, end in self._spans(folded))

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of the matches, as `finditer` finds them (no Match built: a 5 MB text
        may hold hundreds of thousands)."""
        return list(self._spans(folded))

    def scan(self, folded: str) -> list[tuple[int, int]]:
        """The same spans as `spans`, found by one RE2 pass of a regex of all the terms, which
        is what `spans` emulates, instead of indexing the text's words: cheaper on a long text
        that no other vocabulary reads. Typos need the word index."""
        if self.typos is not None or len(folded) < _COMPACT:
            return self.spans(folded)
        if self._whole is None:
            self._whole = compile_regex("|".join(f"(?:{term_regex(t)})" for t in self.terms),
                                        capture=False)
        text = _utf8(folded)
        return [(text.to_chars(m.start()), text.to_chars(m.end()))
                for m in self._whole.finditer(text.encoded) if m.end() > m.start()]

    def _spans(self, folded: str):
        # Rules share vocabularies and read the same texts of a draft (its description, the
        # segments several rules read): a third of the look-ups of a draft were asked before.
        # The spans of the last few short texts are kept; a long one's could weigh megabytes.
        if len(folded) >= _REMEMBERED_LENGTH:
            return self._find(folded)
        found = self._found.get(folded)
        if found is None:
            if len(self._found) >= _REMEMBERED_TEXTS:
                self._found = {}  # (a new dict: a reader holding the old one is not disturbed)
            found = self._found[folded] = list(self._find(folded))
        return found

    def _find(self, folded: str):
        found = sorted(self._plain(_words(folded))) if self._exact or self._stems else []
        return self._choose(found, _utf8(folded)) if self.regex else _greedy(found)

    def _plain(self, words: _Words) -> list[tuple[int, int, int]]:
        """(start, term index, end) of the plain terms, wherever they match."""
        fixes = self.typos.fixes(words.scanned) if self.typos is not None else {}
        # The text's words that may start a term: (word, [(term index, other words)], misspelt,
        # the words that may follow it or None)
        heads = [(word, self._exact[word], False, self._seconds.get(word))
                 for word in words.where.keys() & self._exact_keys]
        for size, keys, table in self._stems:
            for key in words.prefixes(size) & keys:
                for word in words.starting_with(key):
                    entries = [(i, rest) for stem, i, rest in table[key] if word.startswith(stem)]
                    if entries:
                        heads.append((word, entries, False, None))
        for word, right in fixes.items():  # a misspelt word stands for its right spelling
            if entries := [(i, rest) for i, rest in self._entries(right) if i not in self._strict]:
                heads.append((word, entries, True, None))
        found, text = [], words.text
        for word, entries, misspelt, seconds in heads:
            for start in words.where[word]:
                end = start + len(word)
                if misspelt and end > TYPO_SCAN_LIMIT:
                    break
                if start and text[start - 1] == "_":  # RE2's \b: "_" is a word character
                    continue
                if seconds is not None and ((after := words.after(end)) is None or (
                        after[0] not in seconds and fixes.get(after[0]) not in seconds)):
                    continue
                for index, rest in entries:
                    loose = fixes if index not in self._strict else {}
                    last = _phrase_end(words, end, rest, loose) if rest else end
                    if last and text[last:last + 1] != "_":
                        found.append((start, index, last))
                        break
        return found

    def _entries(self, word: str) -> list[tuple[int, tuple]]:
        """The terms whose first word is `word` (spelled right), as [(term index, other words)]."""
        entries = list(self._exact.get(word, ()))
        for size, keys, table in self._stems:
            if word[:size] in keys:
                entries += [(i, rest) for stem, i, rest in table[word[:size]]
                            if word.startswith(stem)]
        return entries

    def _choose(self, found: list[tuple[int, int, int]], text: _Utf8):
        """Merge the plain matches with the regex's as one regex of all the terms would: the
        leftmost first, at one place the earliest term; the search goes on after each match
        (after an empty one, a character further, as RE2's finditer does)."""
        i, position = 0, 0
        pending = self._search(text, 0)
        while True:
            while i < len(found) and found[i][0] < position:
                i += 1
            if pending is not None and pending[0] < position:
                pending = self._search(text, position)
            plain = found[i] if i < len(found) else None
            if plain is None and pending is None:
                return
            if pending is None or plain is not None and (plain[0] < pending[0] or (
                    plain[0] == pending[0] and plain[1] < self._term(text, plain[0]))):
                yield plain[0], plain[2]
                position = plain[2]
            elif pending[1] > pending[0]:
                yield pending[0], pending[1]
                position = pending[1]
            else:
                position = pending[0] + 1

    def _search(self, text: _Utf8, position: int) -> tuple[int, int] | None:
        """(start, end) of the regex's next match from `position`, or None."""
        position = text.to_bytes(position)
        m = self.regex.search(text.encoded, position) if position <= len(text.encoded) else None
        return None if m is None else (text.to_chars(m.start()), text.to_chars(m.end()))

    def _term(self, text: _Utf8, start: int) -> int:
        """The index of the term that the regex matches at `start`: asked only when a plain
        term starts there too, so the regex with a group per term is compiled only then."""
        if self._named is None:
            regex = compile_regex("|".join(
                f"(?P<_{i}>{term_regex(self.terms[i])})" for i in self._others))
            names = regex.groupindex
            self._named = regex, [(names[f"_{i}"], i) for i in self._others]
        regex, groups = self._named
        m = regex.match(text.encoded, text.to_bytes(start))
        return next(i for group, i in groups if m.start(group) >= 0)


# A draft's texts that rules read: its title and description, and the description with some
# segments blanked (about seven in all); up to this length, a vocabulary remembers its spans.
_REMEMBERED_TEXTS = 16
_REMEMBERED_LENGTH = 1 << 16


def _phrase_end(words: _Words, end: int, rest: tuple, fixes: dict[str, str]) -> int | None:
    """Where a phrase ends whose first word ends at `end`, if its other words `rest` follow."""
    for letters, stem in rest:
        if (following := words.after(end)) is None:
            return None
        word, end = following
        if not _fits(word, letters, stem) and not (
                word in fixes and end <= TYPO_SCAN_LIMIT and _fits(fixes[word], letters, stem)):
            return None
    return end


def _greedy(found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The sorted matches that do not overlap an earlier one."""
    spans, position = [], 0
    for start, _, end in found:
        if start >= position:
            spans.append((start, end))
            position = end
    return spans


@lru_cache(maxsize=256)
def vocabulary(terms: tuple[str, ...], typos: bool = False) -> Vocabulary:
    return Vocabulary(terms, typos=typos)


# Terms given as a list of lists, so that rules share vocabularies (`vocab:NAME` files, or YAML
# aliases): `if: [vocab:anomaly, vocab:anomaly-mild, [message d'erreur, ...]]`; a single term
# stands for a list of one.
Terms = tuple[tuple[str, ...], ...]


@lru_cache(maxsize=256)
def _grouped(terms: Terms, typos: bool) -> tuple[Vocabulary, ...]:
    """One vocabulary per list, consecutive single terms together: a list two rules share
    is built once, not once inside each rule's whole."""
    groups: list[tuple[str, ...]] = []
    singles: list[str] = []
    for group in terms:
        if len(group) == 1:
            singles.append(group[0])
            continue
        if singles:
            groups.append(tuple(singles))
            singles = []
        groups.append(group)
    if singles:
        groups.append(tuple(singles))
    return tuple(vocabulary(group, typos) for group in groups)


def term_groups(terms: Terms, typos: bool) -> tuple[Vocabulary, ...]:
    """The vocabularies `first_match` and `all_spans` read the terms with, one per list (built
    once): for a caller that remembers what each list found in a text."""
    return _grouped(terms, typos)


def first_match(terms: Terms, folded: str, typos: bool) -> Match | None:
    """The leftmost match of any of the terms in `folded` (at one place, the earliest list)."""
    best = None
    for vocab in _grouped(terms, typos):
        found = next(iter(vocab.finditer(folded)), None)
        if found is not None and (best is None or found.start < best.start):
            best = found
    return best


def all_spans(terms: Terms, folded: str, typos: bool) -> list[tuple[int, int]]:
    """(start, end) of every match of the terms in `folded`, list after list (they may overlap
    across lists)."""
    return [span for vocab in _grouped(terms, typos) for span in vocab.spans(folded)]


def check_terms(terms: Terms, typos: bool) -> None:
    """Build the terms' vocabularies: a faulty `re:` term is reported when the rules load."""
    _grouped(terms, typos)


# A mention is a short text between quotation marks: "« Urgent »", "'Délai dépassé'". Straight
# single quotes count only when they open after a space and close before one (not apostrophes).
_QUOTED = re2.compile(
    r"\"[^\"\n]{1,60}\"|(?:^|[\s(\[])'[^'\n]{1,60}'(?:$|[\s)\].,;:!?])")


def quoted_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of `folded` (from `fold`) between quotation marks, the marks included."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(folded)]


# A sentence ends at . ! ? or the end of its line; a period after a lone letter is an initial
# or an abbreviation (M. Garnier, P.S., e.g.). The match always succeeds at `$`, so it never
# backtracks: the repeat is possessive (*+), or the engine would keep a place to return to for
# each character (a 3 MB word without a stop, a pasted base64 image, took 390 MB).
_SENTENCE = re.compile(r"(?:\b[a-z]\.(?=\s|[a-z]\.)|[^.!?\n])*+(?:[.!?]+|$)", re.MULTILINE)


def sentence_spans(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of `folded` (from `fold`) between `start` and `end`, empty
    ones left out."""
    end = len(folded) if end is None else end
    return [m.span() for m in _SENTENCE.finditer(folded, start, end) if m.end() > m.start()]
