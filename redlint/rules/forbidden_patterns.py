"""forbidden-patterns: words, phrases or patterns that must not appear.

Matching ignores case and accents, and treats any spaces or punctuation between the words of a
phrase alike, so `au plus vite` also finds "AU PLUS VITE !" and "au-plus-vite".

Options:
- `terms`: words and phrases; a `*` ends a stem (`inadmissib*` finds inadmissible, inadmissibles).
- `patterns`: regular expressions (RE2 syntax, run on lower-case text without accents).
- `unless`: terms that make a match harmless when they contain it: the topic, not the tone
  (`numéro d'urgence`, `urgences pédiatriques` are subjects, not pressure).
- `typos` (default false): also find long words (7 letters or more) with one typo.

Placeholders: `{found}` the text found.

Example, rule `title-urgency`:

    FAIL  title: "URGENT : le paiement de la cantine échoue"
    PASS  title: "Le paiement de la cantine échoue avec la carte Visa"
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.model import Hit, Part
from redlint.text import compile_regex, fold, vocabulary

NAME = "forbidden-patterns"
SCOPES = ("title", "description", "text", "field:*")
DEFAULT_SCOPE = "description"


@dataclass(frozen=True)
class Options:
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    typos: bool = False

    def __post_init__(self):
        if not self.terms and not self.patterns:
            raise ValueError("give 'terms' or 'patterns'")
        vocabulary(self.terms + tuple(f"re:{p}" for p in self.patterns), self.typos)
        vocabulary(self.unless)
        for pattern in self.patterns:
            compile_regex(pattern)


def check(options: Options, part: Part, context):
    folded = fold(part.text)
    found = vocabulary(options.terms + tuple(f"re:{p}" for p in options.patterns), options.typos)
    harmless = [(m.start, m.end) for m in vocabulary(options.unless).finditer(folded)] \
        if options.unless else []
    for match in found.finditer(folded, part.text):
        if any(start <= match.start and match.end <= end for start, end in harmless):
            continue
        yield Hit(match.start, match.end, {"found": match.text})
