"""A title naming two requests: it announces several, or joins two subjects the
description tells apart."""

from __future__ import annotations

import itertools
import re

from redlint.matching import fold
from redlint.rules.single_request.text import (
    _CONTENT, _Line, _quoted, _Spans, _Start, _STEM, _stems, _subject
)


# What joins two subjects in a title: "+", ";" or "&" between words, else "et", "and".
_STRONG_JOIN = re.compile(r"(?<=\S)\s+[+;&]\s+(?=\S)")
_JOIN = re.compile(r"(?:,\s*|\s+)(?:et|and|ainsi que)\s+(?=\S)")
# A verb linking a subject to what it is ("est", "sont", "reste"), and what opens a clause's own
# subject: an article, a determiner, a pronoun.
_COPULA = re.compile(r"\b(?:est|sont|reste|restent|semble|semblent|devient|deviennent|is|are|"
                     r"remains?|seems?)\b")
_SUBJECT_OPENING = re.compile(r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|"
                              r"leur|leurs|il|elle|ils|elles|on|the|a|an|this|these|its|it|"
                              r"they)\b")
# The vocabularies that make a line of the description tell something, for the title.
_CUES = ("asks", "problems", "actions", "transitions", "weak_transitions")


def _title_request(title: str, described: str, subject: str, lines: list[_Line], spans,
                   options, one_request_lists=()) -> _Start | None:
    """Where the title names a second request: it announces several ("Plusieurs soucis sur
    le portail"), or it joins two subjects ("Facture au mauvais tarif et export de la régie",
    "bug export + faute d'orthographe") that the description tells apart, each in lines of
    its own where the other is not named."""
    folded = fold(title)
    vocabularies = options.vocabularies()
    # « Mes demandes en cours » between quotes names a block or a menu of the site, it
    # announces nothing.
    announced = [found for found in vocabularies["announcements"].spans(folded)
                 if not _quoted(folded, *found)]
    # A label ("Bons d'aide : ...", "[Culture]") names what both sides are about.
    label = max(folded.rfind(": "), folded.rfind("] "))
    body = label + 2 if label >= 0 else 0
    joins = list(_STRONG_JOIN.finditer(folded, body)) or list(_JOIN.finditer(folded, body))
    if not announced and not joins:
        return None  # (most titles: the other vocabularies need not be read in it)
    own = {name: _Spans(v.spans(folded)) for name, v in vocabularies.items()
           if name != "compared"}
    # The lines of the description and their subjects, with whether they ask, report a
    # problem or add something: "Signature : ..." then "Logo : ..." detail one request.
    # The items of a list the description ties to one problem ("PDF, mail et statut en
    # échec", then those three listed and "tout vient de l'action qui plante") tell no side
    # apart: they are the symptoms of that problem. Nor do the questions of a list on one
    # subject (« délai minimum, quota et annulation », then a question on each of this agenda).
    told = [(_stems(subject[line.start:line.end]),
             "?" in described[line.start:line.end]
             or any(spans[name].any_within(line.start, line.end) for name in _CUES))
            for line in lines
            if not any(start <= line.start < end for start, end in one_request_lists)]
    if announced:
        # ...as long as the description tells two things on subjects of their own.
        cued = [stems for stems, cue in told if cue and stems]
        if any(not a & b for a, b in itertools.combinations(cued, 2)):
            return _Start(*announced[0], "announcement")
        return None
    title_subject = _subject(folded, own)
    bounds = [body, *(m.start() for m in joins), len(folded)]
    for index, join in enumerate(joins):
        left_end, right_end = join.start(), bounds[index + 2]
        left = title_subject[bounds[index]:left_end]
        right = title_subject[join.end():right_end]
        left_stems, right_stems = _stems(left), _stems(right)
        if not left_stems or not right_stems or left_stems & right_stems \
                or _contained(_CONTENT.findall(left), _CONTENT.findall(right)):
            continue
        # "Les factures sont incomplètes et impossibles à payer": a second attribute of the
        # subject told, no subject of its own.
        if _COPULA.search(folded, bounds[index], left_end) \
                and not _SUBJECT_OPENING.match(folded, join.end(), right_end):
            continue
        # A side of the title that itself states a problem or an action ("bug export",
        # "faute d'orthographe") needs only to be named apart in the description.
        left_cued = any(own[name].any_within(bounds[index], left_end) for name in _CUES)
        right_cued = any(own[name].any_within(join.end(), right_end) for name in _CUES)
        if any(stems & left_stems and not stems & right_stems and (cue or left_cued)
               for stems, cue in told) \
                and any(stems & right_stems and not stems & left_stems and (cue or right_cued)
                        for stems, cue in told):
            return _Start(body, len(title.rstrip()), "joined")
    return None


def _contained(left: list[str], right: list[str]) -> bool:
    """A word holding a whole word of the other side names the same subject: "scolaires et
    périscolaires", "inscriptions et réinscriptions"."""
    return any(len(short) >= _STEM and short in long
               for a in left for b in right
               for short, long in ((a, b), (b, a)))
