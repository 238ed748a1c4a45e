"""Two communes or services, each told with a problem of its own: "à Lavaur le formulaire des
bennes ne s'envoie plus" then "à Saint-Jean la carte des points d'apport reste grise"."""

from __future__ import annotations

import re

from redlint.rules.single_request.text import _Start, _stems, _WORDS


# A clause opening on the commune or service it is about (at a line's or sentence's start,
# after a comma or "et"): "à Lavaur ...", "pour la mairie, ...", "chez Bessac ...", "côté
# CCAS ...". Not a phrase telling when, how or whom ("à part", "à chaque fois", "pour nous",
# "à la fin", "pour information").
_OPENING = re.compile(
    r"(?:^|(?<=[.;!?\n])|(?<=,)|(?<=\bet))[ \t\"'*_(-]*(?:pour|a|chez|cote)\s+"
    r"(?!(?:part|propos|noter|savoir|chaque|priori|moins|partir|cause|cela|ca|nous|vous|moi|"
    r"toi|eux|elles?|lui|ce|cette|ces|cet|tous|toutes?|tout|info|information|rappel|votre|"
    r"notre|mon|ma|mes|leur|un|une|des|quelque|l'instant|l'heure|la fin|la place|le moment|"
    r"la suite|l'avenir)\b)"
    r"(?P<place>(?:(?:la|le|les)\s+|l')?[a-z][a-z'-]{2,})")
_CLAUSE_END = re.compile(r"[.!?\n]")


def _places(folded: str, subject: str, spans, options) -> _Start | None:
    """Two clauses one after the other, each opening on a commune or service of its own and
    reporting a problem or asking, the second on content words (past its opening,
    `min_subject_words` at least) none of which the first holds, with no `same_problem`
    word: two communes, two requests. Not when a problem was told before the first (the
    clauses are then where that one shows: "le connecteur ne répond plus ; à Lavaur les
    quotients..., à Bessac les dossiers...")."""
    openings = list(_OPENING.finditer(folded))
    clauses = []
    for index, opening in enumerate(openings):
        end = openings[index + 1].start() if index + 1 < len(openings) else len(folded)
        stop = _CLAUSE_END.search(folded, opening.end(), end)
        clauses.append((opening, stop.start() if stop else end))

    def cued(start, end):
        return spans["problems"].any_within(start, end) or spans["asks"].any_within(start, end)

    for (first, first_end), (second, second_end) in zip(clauses, clauses[1:]):
        if first.group("place") == second.group("place") \
                or spans["problems"].any_within(0, first.start()) \
                or not cued(first.start(), first_end) or not cued(second.start(), second_end) \
                or spans["same_problem"].any_within(second.start(), second_end):
            continue
        stems = _stems(subject[second.end():second_end])
        if len(stems) >= options.min_subject_words \
                and not stems & _stems(subject[first.end():first_end]):
            start = _WORDS.search(folded, second.start(), second_end).start()
            return _Start(start, second_end, "another")
    return None
