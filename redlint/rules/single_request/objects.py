"""Addresses: a paragraph at the address of another object."""

from __future__ import annotations

import re

from redlint.matching import address_spans
from redlint.rules.single_request.text import _ITEM, _Line, _line_end, _Start, _stems, _WORDS


# A paragraph opening on the object it is about: « Sur le formulaire d'autorisation de
# terrasse, … », "On the booking form, …" (not « Dans le journal du connecteur, … »: where the
# problem told shows).
_ON = re.compile(r"[\s\"'*_(]*(?:sur|on)\s+(?:(?:le|la|les|the)\s+|l')(?=[a-z])")

# A file's name ending an address.
_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp|pdf|odt|docx?|xlsx?|ods|csv|zip|txt|log"
                   r"|mp4)$")


def _objects(text: str, start: int, end: int, depth: int) -> set[tuple[str, ...]]:
    """The objects the addresses of text[start:end] point at: host and first `depth` path
    segments ("/backoffice/management/<form>/", "/backoffice/forms/<n>/", "/<form>/" on the
    site). A file's address (a screenshot, a PDF) names none."""
    objects = set()
    for first, last in address_spans(text, start, end):
        address = text[first:last].split("?")[0].split("#")[0].lower()
        host, _, path = address.partition("://")[2].partition("/") if "://" in address \
            else address.partition("/")
        segments = [segment for segment in path.split("/") if segment]
        if not (segments and _FILE.search(segments[-1])):
            objects.add((host, *segments[:depth]))
    return objects


def _other_object(text: str, folded: str, subject: str, lines: list[_Line], spans,
                  options) -> _Start | None:
    """A paragraph or list item reporting a problem or asking something, on words not told
    before, at the address of another object of the same kind as one an earlier paragraph or
    item gave (another form's demand, another form, another page), after a problem or an ask
    was told: another request, marker or not. (Before it, the first form named is context:
    where the families sign up, then the problem on the form where they book.)
    An object of another kind counts when the paragraph opens on it (« Sur le formulaire des
    terrasses, le champ… » after a demand and its workflow's action).
    One pointing back at what was told (`same_problem`, `references`) goes on with it; one
    telling that the other object shows the problem too, or does not (`compared`), compares."""
    # A block runs to the next one: a line holding only an address was blanked, it belongs to
    # the paragraph or item above it.
    blocks, begin = [], None
    for index, line in enumerate(lines):
        if begin is not None and (line.gap or line.heading
                                  or (line.item and line.indent <= lines[begin].indent + 1)):
            blocks.append((lines[begin].start, line.start))
            begin = None
        if begin is None:
            begin = index
    if begin is not None:
        blocks.append((lines[begin].start, len(folded)))
    seen: set[str] = set()
    named: set[tuple[str, ...]] = set()  # every object named so far
    kinds: set[tuple[str, ...]] = set()  # the kinds of the objects named so far
    reported = False  # an earlier paragraph or item reported a problem or asked something
    for start, end in blocks:
        stems = _stems(subject[start:end])
        objects = _objects(text, start, end, options.object_segments)
        told = folded.find("?", start, end) >= 0 or spans["asks"].any_within(start, end) \
            or spans["problems"].any_within(start, end)
        own_kinds = {found[:-1] for found in objects if len(found) > 1}
        # (an object of another kind, when the paragraph opens on it: a field of another form
        # after a demand and its workflow's action)
        other = own_kinds & kinds or (own_kinds and kinds and _ON.match(folded, start, end))
        if told and reported and other and not objects & named \
                and len(stems) >= options.min_subject_words \
                and len(stems & seen) / len(stems) < options.same_subject \
                and not spans["same_problem"].any_within(start, end) \
                and not spans["references"].any_within(start, end) \
                and not options.vocabularies()["compared"].spans(folded[start:end]):
            bullet = _ITEM.match(folded, start)
            first = _WORDS.search(folded, bullet.end() if bullet else start, end)
            return _Start(first.start(), _line_end(folded, first.start(), end), "object")
        kinds |= own_kinds
        named |= objects
        seen |= stems
        reported = reported or told
    return None
