"""The pieces every signal of `single-request` reads: the text's lines, the vocabularies'
matches, content words and their stems, where a request starts."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import namedtuple
from dataclasses import dataclass

from redlint.matching import quoted_spans


# A list item: a bullet, "1." / "1)" / "1-" / "(1)" / "a)", then text.
_ITEM = re.compile(r"[ \t]*(?:(?:[-*+•·▪‣◦]|\d{1,2}(?:[.)°]|[ \t]?[-/])|\(\d{1,2}\)|\(?[a-z]\))"
                   r"[ \t]+(?=\S)|\|[ \t]*(?=\S))")
# The rule under a Markdown table's header: "|---|:---:|".
# (Read on the stripped line, each cell between its bars: a line of spaces cannot backtrack.)
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
# A line opening on a label in bold and a colon, then text ("**Breux** : le formulaire
# refuse..."): next to another such line, an item of a list written with labels for bullets
# (the label is read as the item's label).
_BOLD_LABEL_BULLET = re.compile(r"[ \t]*(?=(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)[ \t]*:[ \t]*[^\s:])")
# The words of a folded text, and its content words (four letters at least).
_WORDS = re.compile(r"[a-z0-9]+")
_CONTENT = re.compile(r"[a-z]{4,}")
_STEM = 5  # letters compared: "inscription" and "inscrits" are one subject, "paiement(s)" too
_HEAD_WORDS = 4  # opening words: "1. L'agent clique sur...", "Pouvez-vous aussi..."
# (nor is a thanks joined by "et": « Merci d'avance, et pourriez-vous également… »)
_OPENING = re.compile(r"(?:[^a-z0-9]*(?:(?:merci(?: d'avance| par avance| beaucoup)?|thanks"
                      r"(?: in advance)?|thank you(?: in advance)?)[ \t,]*(?=et\b|and\b))?"
                      r"(?:et|mais|and|but|du coup)\b)+")  # not counted among them
# A label opening a list item, up to its colon: "**Agenda** : pouvoir filtrer", "Point 2 :".
_LABEL = re.compile(r"[^:\n]{1,40}?(?::(?!//)|=>|->|→)[ \t]*")
_LABEL_WORDS = 5
# A heading: Markdown's, or a short line in bold alone with no sentence end ("**Paiement des
# factures**", "**2. Relevé de décisions**" numbered; not a whole sentence put in bold).
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+\S"
                      r"|(?:\*\*|__)(?:\d{1,2}[.)][ \t]+)?[^*_\n.!?]{1,60}(?:\*\*|__)[ \t]*:?[ \t]*$)")
# A line that is not blank (blank lines only matter as gaps between lines): `item`, a list
# item (else text, headings included); `gap`, a blank line comes before it. A tuple, not a
# frozen dataclass: a pasted log makes hundreds of thousands.
_Line = namedtuple("_Line", "start end item indent gap heading", defaults=(False,))


@dataclass(frozen=True, slots=True)
class _Start:
    """Where one more request starts, and what showed it."""

    start: int
    end: int
    kind: str


# Vocabularies whose words name a subject (an account, a newcomer or a leaver, a remarks field)
# or are read for the text's layout only (a point for support, a table's column, « idem »):
# they stay content words.
_NAMING = ("staff_moves", "accounts", "remarks", "one_concerned", "finding_columns", "ditto",
           "consequences")


def _subject(folded: str, spans: dict) -> str:
    """Content words: what is left once the vocabularies' own words (`spans`, by vocabulary
    name) are blanked out, but those that name a subject (`_NAMING`).
    (Built from slices: a list of a 5 MB text's characters took 40 MB.)"""
    pieces, last = [], 0
    blanked = (found for name, found in spans.items() if name not in _NAMING)
    for start, end in sorted(span for found in blanked for span in found.spans):
        if end > last:
            start = max(start, last)
            pieces += (folded[last:start], " " * (end - start))
            last = end
    pieces.append(folded[last:])
    return "".join(pieces)


def _lines(folded: str, transitions: "_Spans | None" = None) -> list[_Line]:
    """The lines; `transitions`: a bold label holding one ("**Point 2** :") is no item's."""
    lines, offset, gap = [], 0, False
    labelled = []  # the lines opening on a label in bold
    for raw in folded.split("\n"):
        end = offset + len(raw)
        if "---" in raw and "|" in raw and _TABLE_RULE.fullmatch(raw.strip()):
            # A table's header and the rule under it name its columns: its rows are the items.
            if lines and folded.startswith("|", lines[-1].start + lines[-1].indent):
                gap = lines.pop().gap  # the first row opens the table as its header did
                labelled.pop()
        elif raw.strip():
            indent = len(raw) - len(raw.lstrip())
            item = bool(_ITEM.match(raw))
            label = not item and _BOLD_LABEL_BULLET.match(raw)
            labelled.append(bool(label) and not (
                transitions and transitions.any_within(offset, offset + raw.find(":"))))
            lines.append(_Line(offset, end, item, indent, gap,
                               not item and bool(_HEADING.match(raw))))
            gap = False
        else:
            gap = True
        offset = end + 1
    # "**Breux** : ..." then "**Marolles** : ...": a list. (One such line alone is a sentence,
    # and so is one whose label is a marker: "**Point 2** : le logo...".)
    for index, label in enumerate(labelled):
        if label and (index and labelled[index - 1]
                      or index + 1 < len(labelled) and labelled[index + 1]):
            lines[index] = lines[index]._replace(item=True)
    return lines


def _line_end(folded: str, start: int, end: int) -> int:
    found = folded.find("\n", start, end)
    return end if found < 0 else found


def _quoted(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] is a mention between quotation marks on its line: the name
    of something shown (« Mes demandes », "Mes remarques")."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start:len(folded) if line_end < 0 else line_end]
    return any(begin <= start - line_start and end - line_start <= finish
               for begin, finish in quoted_spans(line))


def _past_blanks(folded: str, start: int, end: int) -> int:
    """Where folded[start:end] starts once its leading blanks are passed."""
    return start + len(folded[start:end]) - len(folded[start:end].lstrip())


def _head_end(folded: str, start: int, end: int) -> int:
    # A conjunction opening the sentence is not one of its words: "Et ce serait bien aussi...",
    # "Du coup, pourriez-vous aussi repousser...".
    opening = _OPENING.match(folded, start, end)
    words = list(itertools.islice(_WORDS.finditer(folded, opening.end() if opening else start,
                                                  end), _HEAD_WORDS))
    return words[-1].end() if words else start


class _Spans:
    """The matches of one vocabulary, found by bisection (a 5 MB text stays linear). They do
    not overlap (a vocabulary's matches never do), so their ends are sorted like their starts."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The matches overlapping [start, end)."""
        return self.spans[bisect.bisect_right(self.ends, start):
                          bisect.bisect_left(self.starts, end)]

    def any_within(self, start: int, end: int) -> bool:
        last = bisect.bisect_left(self.starts, end)
        return last > 0 and self.ends[last - 1] > start


def _new_subject(span: tuple[int, int], subject: str, seen: set[str], spans, options,
                 min_words: int | None = None, references: bool = True) -> bool:
    """Whether span names a subject of its own: `min_words` content words at least (default
    `min_subject_words`), mostly not told, and no word pointing back at what was told (with
    `references` false, the caller reads the references itself)."""
    stems = _stems(subject[span[0]:span[1]])
    least = options.min_subject_words if min_words is None else min_words
    return len(stems) >= least \
        and len(stems & seen) / len(stems) < options.same_subject \
        and not any(spans[name].any_within(*span)
                    for name in ("references", "same_problem", "handling")
                    if references or name != "references")


# A noun naming a thing (an acronym of three letters too: "les PDF"), and a complement chained
# to it: "de", "d'", "du", "des", "of", an article, then a noun ("les demandes d'actes de
# mariage").
_NOUN = re.compile(r"(?P<noun>[a-z]{3,})")
_COMPLEMENT = re.compile(r"\s+(?:de\s+|d'|du\s+|des\s+|of\s+)(?:(?:la|le|les|the)\s+|l')?"
                         r"(?P<noun>[a-z]{3,})")


def _thing_anew(folded: str, subject: str, at: int, end: int, seen: set[str]) -> bool:
    """Whether the noun at `at` (after its article), or one of the complements chained to it,
    is a content word not told: the thing it names is new. A common word ("les demandes") or
    one told names nothing new by itself; "les demandes d'actes de mariage" names the
    marriage certificates."""
    noun = _NOUN.match(folded, at, end)
    while noun:
        first, last = noun.span("noun")
        if _CONTENT.fullmatch(subject, first, last) and subject[first:first + _STEM] not in seen:
            return True
        noun = _COMPLEMENT.match(folded, last, end)
    return False


# A pronoun opening a reference ("le corriger", "en parler"): the verb after it names nothing.
_PRONOUN = re.compile(r"(?:en|le|la|les|l')\b\s*")


_DETERMINER = re.compile(r"ce|cet|cette|ces|this|these|those")
_DETERMINED = re.compile(r"\s+[a-z]+")


def _points_back(folded: str, start: int, end: int, seen: set[str], spans) -> bool:
    """Whether the reference at folded[start:end] points back at what was told: it names a
    word told ("ce formulaire" after the form), or nothing at all ("cela", "le corriger",
    "this"); "à cet effet" names no thing told."""
    if _PRONOUN.match(folded, start):
        return True
    # A determiner alone ("cet", "these") points at the noun after it.
    if (noun := _DETERMINED.match(folded, end)) and _DETERMINER.fullmatch(folded, start, end):
        end = noun.end()
    # The words after its determiner ("ce type" names the type); "cela", "this" none.
    first = _WORDS.search(folded, start, end)
    named = {word.group()[:_STEM] for word in _CONTENT.finditer(folded, first.end(), end)
             if not spans["common_words"].any_within(word.start(), word.end())}
    return not named or bool(named & seen)


def _named(folded: str, start: int, end: int) -> set[str]:
    """The content words a reference names to point back at what was told: "ce nombre" names
    the number; "le corriger" names nothing (its verb, told before about something else, is
    no subject), what "le" stands for may be told in its own sentence."""
    return set() if _PRONOUN.match(folded, start) else _stems(folded[start:end])


def _names_told(folded: str, start: int, end: int, told: set[str], spans) -> bool:
    """Whether a reference in folded[start:end] names a word of `told` ("ce nombre" after the
    number). One naming nothing ("le corriger", "ça") is read by the caller: it may stand for
    what its own sentence told (see `_points_back` for a reference naming nothing as the
    problem told)."""
    return any(_named(folded, r_start, r_end) & told
               for r_start, r_end in spans["references"].within(start, end))


def _stems(segment: str) -> set[str]:
    return {word[:_STEM] for word in _CONTENT.findall(segment)}


def _told_before(folded: str, word: str, at: int) -> bool:
    """Whether `word` (its stem) stands in `folded` before `at`, in any words: the words
    telling the problem included, which the subject leaves out ("aucun courriel n'est parti")."""
    return _first_places(folded).get(word[:_STEM], at) < at


@functools.lru_cache(maxsize=1)  # the text read; a long one's places are not kept twice
def _first_places(folded: str) -> dict[str, int]:
    """Where each stem first stands in `folded`: one pass over the text, not one per
    question."""
    first: dict[str, int] = {}
    for word in _CONTENT.finditer(folded):
        first.setdefault(word.group()[:_STEM], word.start())
    return first


# How far after a marker a word of `handling` makes it no request ("Autre chose : merci de
# me rappeler"), or, in a sentence dictated without a stop, a `same_problem` word ties it to
# the problem told: many words on, the closing "merci de me rappeler" is the whole message's,
# and "ça le fait sur Edge aussi" tells of the request the marker opened.
_MARKER_REACH = 20


def _reach(folded: str, start: int, end: int) -> int:
    """The end of the `_MARKER_REACH` words from `start`, at most `end`."""
    last = None
    for last in itertools.islice(_WORDS.finditer(folded, start, end), _MARKER_REACH):
        pass
    return end if last is None else min(end, last.end())
