"""forbidden-patterns: words, phrases or patterns that must not appear.

Matching ignores case and accents, and treats any spaces or punctuation between the words of a
phrase alike, so `au plus vite` also finds "AU PLUS VITE !" and "au-plus-vite".

Options:
- `terms`: words and phrases; a `*` ends a stem (`inadmissib*` finds inadmissible, inadmissibles);
  an apostrophe or a hyphen separates words like a space (`d'urgence` finds "d’urgence").
  Symbols are terms too (`🔥`, `⚠`); word boundaries only apply next to letters and digits.
- `patterns`: regular expressions (RE2 syntax, run on lower-case text without accents, where
  « » “ ” are plain `"`, ’ is a plain `'` and – — are plain `-`).
- `unless`: terms that make a match harmless when they contain it: the topic, not the tone
  (`numéro d'urgence`, `urgences pédiatriques` are subjects, not pressure).
- `typos` (default false): also find words of 7 to 40 letters, stems and words of phrases
  included, with one typo (a letter missing, added, changed, or two letters swapped). The first
  letter, and the last one of a stem, are never taken for typos (réception is not déception);
  a term starting with `=` stays exact, for a word whose typos are other words (`=infernal*`
  must not find "internal"). `unless` terms get the same tolerance.
- `ignore_quoted` (default false): a match inside quotation marks (« », " ", “ ”, or ' '
  around words) is a mention, not the writer's own words: the status « Urgent », the choice
  "urgence".
- `count_quoted`: terms (and `re:` patterns) that count even between quotation marks when
  `ignore_quoted` is set: a judgement put in scare quotes (« "très faux" ») is still the
  writer's own word. `unless` still applies to them.
- `cased_patterns`: regular expressions (RE2) run on the text as written, case and accents kept
  (`[A-ZÀ-ÖØ-Þ]` is a capital letter; `\\p{Lu}` too, but it takes RE2 milliseconds to compile
  at every start), e.g. a run of words in capitals. When such a pattern has a
  group, the group's text is what is reported (the rest only sets boundaries). Their findings use
  the rule's alternative message `cased` when the rule declares one.
- `once` (default false): report only the first match, when the advice is about the whole
  draft (file it on another tracker) rather than about each word.
- `together` (default none): groups of term lists that count only side by side: a sentence
  (ending at . ! ? or at the end of its line) holding a term of every list of a group is a
  match, from the first of those terms to the end of the last. Two words that say little
  alone tell a subject in one sentence: an exchange (« transmises », « synchronisation ») with
  another software (« notre logiciel de paie »). A group holds two lists at least; `unless` and
  `ignore_quoted` apply to the match as to a term's.
- `together_anywhere` (default none): groups of term lists that count anywhere in the text read,
  title and description alike: a text holding a term of every list of a group is a match, one
  per group, reported at the first of those terms as the terms in their order. Words that tell a
  subject only side by side but seldom share a sentence: a booking platform of another party
  (« Doctolib ») and slots (« aucun créneau affiché »). `unless` and `ignore_quoted` apply to
  each term: a harmless one leaves the next of its list to count.
- `spared_by` (default none): terms that spare the whole text when it holds one anywhere: no
  finding at all. Words that name a subject only where nothing else is told: a project's
  planning asked on the Support tracker is project management, unless a malfunction is told
  (`spared_by: [vocab:anomaly]`: the ticket then reports an anomaly, and mentions its planning).

Placeholders: `{found}` the text found.

Example, rule `title-urgency`:

    FAIL  title: "URGENT : le paiement de la cantine échoue"
    FAIL  title: "Paiement cantine à corriger au plus vite !!!"
    PASS  title: "Le paiement de la cantine échoue avec la carte Visa"
    PASS  title: "Le numéro d'urgence n'apparaît pas sur la page contact"
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from redlint.i18n import tr
from redlint.model import Hit, Part
from redlint.matching import (Terms, check_terms, compile_regex, first_match, fold, quoted_spans,
                              sentence_spans, vocabulary)

NAME = "forbidden-patterns"
SCOPES = ("title", "description", "text", "field:*")
DEFAULT_SCOPE = "description"
DEFAULT_SEGMENTS = ("prose", "heading", "field", "list", "checkbox", "quote", "code",
                    "indented", "log", "table")  # not the signature (« Service SIG »)


@dataclass(frozen=True, slots=True)
class Options:
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    typos: bool = False
    ignore_quoted: bool = False
    cased_patterns: tuple[str, ...] = ()
    count_quoted: tuple[str, ...] = ()
    once: bool = False
    together: tuple[Terms, ...] = ()
    together_anywhere: tuple[Terms, ...] = ()
    spared_by: Terms = ()

    def __post_init__(self):
        if not (self.terms or self.patterns or self.cased_patterns or self.count_quoted
                or self.together or self.together_anywhere):
            raise ValueError(tr("donnez « terms », « patterns », « cased_patterns », "
                                "« together » ou « together_anywhere »",
                                "give 'terms', 'patterns', 'cased_patterns', 'together' or "
                                "'together_anywhere'"))
        for name, groups in (("together", self.together),
                             ("together_anywhere", self.together_anywhere)):
            for group in groups:
                if len(group) < 2 or not all(group):
                    raise ValueError(tr(f"chaque groupe de « {name} » réunit au moins deux "
                                        "listes non vides",
                                        f"each group of '{name}' joins two non-empty lists at "
                                        "least"))
        for pattern in self.patterns + self.cased_patterns:
            compile_regex(pattern)
        self.found()
        self.harmless()
        self.quoted_too()
        self.side_by_side()
        self.anywhere()
        check_terms(self.spared_by, self.typos)

    def found(self):
        return vocabulary(self.terms + tuple(f"re:{p}" for p in self.patterns), self.typos)

    def harmless(self):
        return vocabulary(self.unless, self.typos)

    def quoted_too(self):
        return vocabulary(self.count_quoted, self.typos)

    def side_by_side(self):
        return tuple(tuple(vocabulary(terms, self.typos) for terms in group)
                     for group in self.together)

    def anywhere(self):
        return tuple(tuple(vocabulary(terms, self.typos) for terms in group)
                     for group in self.together_anywhere)


def check(options: Options, part: Part, context):
    folded = fold(part.text)
    hits = _hits(options, part, folded)
    if hits and options.spared_by and first_match(options.spared_by, folded, options.typos):
        return []
    if options.once:
        first = min(hits, key=lambda hit: hit.start, default=None)
        return [first] if first else []
    return hits


def _hits(options: Options, part: Part, folded: str):
    # (start, end, found text, message key) of every match, harmless or not
    matches = []
    if options.terms or options.patterns:
        matches = [(m.start, m.end, m.text, None)
                   for m in options.found().finditer(folded, part.text)]
    for pattern in options.cased_patterns:
        regex = _compiled(pattern)
        group = 1 if regex.groups else 0
        for match in regex.finditer(part.text):
            start, end = match.span(group)
            if start < 0:  # the group took no part in this match
                start, end = match.span()
            if end > start:
                matches.append((start, end, part.text[start:end], "cased"))
    matches += [(start, end, found, None) for start, end, found in _together(options, folded,
                                                                          part.text)]
    # (start, end, found text) of the matches that count even between quotation marks
    quoted_too = [(m.start, m.end, m.text)
                  for m in options.quoted_too().finditer(folded, part.text)] \
        if options.count_quoted else []
    # every list's spans of each `together_anywhere` group found whole in the text
    anywhere = _anywhere(options, folded)
    if not matches and not quoted_too and not anywhere:  # most texts: `unless` not even built
        return []
    innocent = _harmless_test(options, folded, options.ignore_quoted)
    hits = [Hit(start, end, {"found": found}, message_key=key)
            for start, end, found, key in matches if not innocent(start, end)]
    for group in anywhere:
        firsts = [next((span for span in spans if not innocent(*span)), None) for spans in group]
        if None not in firsts:
            firsts.sort()
            hits.append(Hit(*firsts[0], {"found": " … ".join(part.text[start:end]
                                                               for start, end in firsts)}))
    hits.sort(key=lambda hit: (hit.start, hit.end))
    if quoted_too:
        unless = _harmless_test(options, folded, False)
        seen = {(hit.start, hit.end) for hit in hits}
        hits += [Hit(start, end, {"found": found}) for start, end, found in quoted_too
                 if (start, end) not in seen and not unless(start, end)]
    return hits


def _anywhere(options: Options, folded: str) -> list[list[list[tuple[int, int]]]]:
    """The spans of each list of the `together_anywhere` groups whose every list is in
    `folded`."""
    return [spans for group in options.anywhere() if (spans := _every_list(group, folded))]


def _every_list(group, folded: str) -> list[list[tuple[int, int]]] | None:
    """The spans of each list of `group` in `folded`, or None when one list is missing."""
    spans = []
    for vocab in group:
        spans.append(vocab.scan(folded))
        if not spans[-1]:  # most texts: a list is missing from the whole text
            return None
    return spans


def _together(options: Options, folded: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, found text) of each sentence's span from the first to the last of the
    terms that make one of the `together` groups in it (one per group and sentence); the text
    found is those terms, « … » standing for the words between them."""
    found = []
    lines: dict[int, list[tuple[int, int]]] = {}  # a line's start → its sentences
    for group in options.side_by_side():
        if spans := _every_list(group, folded):
            starts = [[start for start, _ in spans_of_list] for spans_of_list in spans]
            seen = set()
            # Only the sentences holding a term of the rarest list can hold the group: a
            # pasted log of 5 MB is not cut into sentences.
            for start, _ in min(spans, key=len):
                sentence = _sentence_at(folded, start, lines)
                if sentence in seen:
                    continue
                seen.add(sentence)
                firsts = []
                for spans_of_list, list_starts in zip(spans, starts):
                    index = bisect_left(list_starts, sentence[0])
                    if index == len(list_starts) or spans_of_list[index][1] > sentence[1]:
                        break
                    firsts.append(spans_of_list[index])
                else:
                    found.append(_joined(sorted(firsts), text))
    return sorted(found)


def _sentence_at(folded: str, position: int, lines: dict) -> tuple[int, int]:
    """(start, end) of the sentence of `folded` holding `position`; `lines` keeps each line's
    sentences, cut once."""
    line = folded.rfind("\n", 0, position) + 1
    sentences = lines.get(line)
    if sentences is None:
        end = folded.find("\n", position)
        sentences = lines[line] = sentence_spans(folded, line, len(folded) if end < 0 else end)
    index = bisect_right(sentences, (position, len(folded))) - 1
    return sentences[max(index, 0)]


def _joined(spans: list[tuple[int, int]], text: str) -> tuple[int, int, str]:
    words = text[spans[0][0]:spans[0][1]]
    end = spans[0][1]
    for start, stop in spans[1:]:
        if stop <= end:  # one term inside another
            continue
        gap = text[end:start] if start >= end else ""
        words += gap if len(gap) <= 3 else " … "
        words += text[max(start, end):stop]
        end = stop
    return spans[0][0], end, words


def _harmless_test(options: Options, folded: str, quoted: bool):
    """A test telling whether a span [start, end) lies inside a harmless span of `folded`:
    one of `unless`, or, when `quoted`, one between quotation marks."""
    harmless = options.harmless().spans(folded) if options.unless else []
    if quoted:
        harmless += quoted_spans(folded)
    # Sorted starts and the running maximum of the ends answer in log time, so a long
    # description full of matches stays linear-ish.
    harmless.sort()
    starts = [h_start for h_start, _ in harmless]
    reach = list(accumulate((h_end for _, h_end in harmless), max))

    def innocent(start: int, end: int) -> bool:
        index = bisect_right(starts, start) - 1
        return index >= 0 and reach[index] >= end

    return innocent


_compiled = lru_cache(maxsize=256)(compile_regex)
