"""A paragraph that asks about something named anew, after a problem told in the paragraphs
before it: a wish on another subject, with no marker; a problem left in a template's later
field."""

from __future__ import annotations

import re

from redlint.rules.single_request.markers import _ARTICLE
from redlint.rules.single_request.text import (
    _names_told, _new_subject, _past_blanks, _points_back, _stems, _thing_anew, _WORDS
)


# What the ask is about, named at the head of its sentence: an article then a noun ("Les
# associations aimeraient...", "La session de formation ... est-elle maintenue ?"), or the
# writer's wish then "que" and such a noun ("Nous souhaiterions que la page d'accueil...").
# (an article, or the writer's own: "nos agents", "our forms")
_ARTICLE_OR_OURS = re.compile(r"[\s\"'*_(]*"
                              r"(?:(?:le|la|les|un|une|des|du|the|a|an|our|nos|notre)\s+|l')")
_THAT = re.compile(r"[\s,]*(?:que|qu'|that)\s*")
# A purpose or a date before the ask: "Pour le conseil d'école du 3 avril, nous avons besoin
# du nombre...", "For an internal audit, we need..."; or the person whose ask is relayed:
# "Mme Lucas demande un accès...".
_PURPOSE = re.compile(r"[\s\"'*_(]*(?:(?:pour|for|afin d[e']|d'ici|avant|before|by)\b"
                      r"[^,.;:!?\n]{1,60},|(?:mme|m|mr|mrs|ms|madame|monsieur)\.?\s+[a-z-]+)\s*")
# Who wishes, named before the wish (« Les hébergeurs voudraient… »).
_WHO = re.compile(r"[\s\"'*_(]*(?:(?:le|la|les|nos|notre|our|the)\s+|l')[a-z-]+"
                  r"(?:\s+[a-z-]+){0,2}\s*")
# Whom the ask is for and the verb asked, up to the thing it names: "merci de nous transmettre
# la...", "could you add the...", "nous voudrions savoir comment archiver les...", "serait-il
# possible d'ajouter une..." (the verb may follow « de » or « d' »).
_ASKED_VERB = re.compile(r"(?:\s+de\b|\s+d')?"
                         r"(?:(?:\s+|(?<='))(?:(?:nous|me|us|vous)(?![a-z])|m'))?"
                         r"(?:\s+(?:savoir|know)\s+(?:comment|how\s+to))?"
                         r"(?:(?:\s+|(?<='))"
                         r"(?!(?:le|la|les|un|une|des|du|the|a|an|our|nos|notre|\d+)\b)"
                         r"[a-z]+)?\s*")
# ...a verb of doing (`actions`: create, add), of giving or receiving, or a need: "merci de
# nous transmettre la documentation", « voudraient recevoir un récépissé », "nous avons
# besoin du nombre...", "we need the list", "Mme Lucas demande un accès".
_GIVE_OR_NEED = re.compile(r"\b(?:transmettre|envoyer|fournir|communiquer|donner|recevoir|"
                           r"send|provide|give|share|receive|besoin|need|demande|demandent)\b")
_ENDS_ON_ARTICLE = re.compile(r"\b(?:un|une|des)$")
# Verbs asking to look into or mend what was told: a request about the problem told.
_ABOUT_TOLD = re.compile(r"\b(?:regard|verifi|corrig|rectifi|analys|examin|retabl|resoud|repar|"
                         r"debloqu|investig|expliqu|look|check|fix|investigat|correct|restor|"
                         r"repair|solv|resolv|explain)")


def _named_anew(folded: str, subject: str, start: int, end: int, seen: set[str],
                spans) -> bool:
    """Whether the sentence opens on a thing not told before, or on the writer's wish that
    such a thing change: the subject of what it asks. (Or on who wishes, told before, then
    the wish for a thing named anew: « Les hébergeurs voudraient recevoir un récépissé… ».)"""
    head = _PURPOSE.match(folded, start, end)
    wish = spans["asks"].within(start, end)
    if wish and wish[0][0] <= (head.end() if head else _past_blanks(folded, start, end)):
        opening = _asked_opening(folded, wish[0], end, spans)
        return opening is not None and _opens_anew(folded, subject, opening, end, seen)
    if _opens_anew(folded, subject, start, end, seen):
        return True
    return bool(wish) and bool(_WHO.fullmatch(folded, start, wish[0][0])) \
        and (opening := _asked_opening(folded, wish[0], end, spans)) is not None \
        and _opens_anew(folded, subject, opening, end, seen)


def _asked_opening(folded: str, wish: tuple[int, int], end: int, spans) -> int | None:
    """Where the thing asked for is named, after the wish (`wish`, its span) and the verb
    asked; None when the wish asks to look into or mend what was told."""
    # « demande un accès »: the ask's words end on the article of the thing asked for.
    article_asked = _ENDS_ON_ARTICLE.search(folded, wish[0], wish[1])
    ask_end = article_asked.start() if article_asked else wish[1]
    that = _THAT.match(folded, ask_end, end)
    # ...or the writer asks for a thing named anew right after the verb asked: "Merci de
    # créer un compte pour...", "we need the list of...", "Could you add two agents to...";
    # not to look into or mend what was told ("Pouvez-vous vérifier la configuration ?").
    asked = that or _ASKED_VERB.match(folded, ask_end, end)
    if not asked or (not that and not (
            spans["actions"].any_within(wish[0], asked.end())
            or _GIVE_OR_NEED.search(folded, wish[0], asked.end()))) \
            or _ABOUT_TOLD.search(folded, wish[0], asked.end()):
        return None
    return asked.end()


def _opens_anew(folded: str, subject: str, opening: int, end: int, seen: set[str]) -> bool:
    """Whether folded[opening:end] opens on an article (or a number) and a thing not told."""
    # "les deux agents", "add two agents": the noun after the number.
    article = _ARTICLE_OR_OURS.match(folded, opening, end)
    counted = _NUMBER.match(folded, article.end() if article else opening, end)
    if not article and not counted:
        return False
    return _thing_anew(folded, subject, (counted or article).end(), end, seen)


_NUMBER = re.compile(r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|"
                     r"five|six|seven|eight|nine|ten)\s+")
# What ends the clause of an ask: "merci de regarder rapidement" after a comma names nothing.
_CLAUSE_END = re.compile(r"[,;:]")


def _ask_names(folded: str, subject: str, start: int, end: int, seen: set[str],
               spans) -> bool:
    """Whether the clause of the ask names a content word not told: "..., merci de regarder
    rapidement" asks about the problem told. A question asks with its whole sentence."""
    asks = spans["asks"].within(start, end)
    if not asks:
        return bool(_stems(subject[start:end]) - seen)
    begin = start
    for stop in _CLAUSE_END.finditer(folded, start, asks[0][0]):
        begin = stop.end()
    stop = _CLAUSE_END.search(folded, asks[0][1], end)
    return bool(_stems(subject[begin:stop.start() if stop else end]) - seen)


def _new_paragraph(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
                   options) -> bool:
    """A sentence opening its paragraph, after a problem told in the paragraphs before it and
    nothing asked, that asks (the caller checks it) about a thing it names anew at its head,
    on content words mostly new (fewer than `same_subject` of them told), pointing back at
    nothing told and not following from it: another request. "Le courriel de confirmation annonce un
    horaire décalé..." then, in a paragraph of its own, "Les associations aimeraient pouvoir
    réserver plus tôt". The writer's asks about the problem told ("Pouvez-vous regarder ?",
    "Est-il possible de corriger avant lundi ?") name no new thing at their head."""
    stems = _stems(subject[start:end])
    if len(stems) < options.min_subject_words \
            or len(stems & seen) / len(stems) >= options.same_subject:
        return False
    if any(spans[name].any_within(start, end) for name in ("same_problem", "handling")):
        return False
    # A reference names what it points back at ("ce formulaire"); one naming no content word
    # ("cela", "que ce soit corrigé") points back at the problem told.
    if any(_points_back(folded, r_start, r_end, seen, spans)
           for r_start, r_end in spans["references"].within(start, end)):
        return False
    if spans["consequences"].any_within(start, end):
        return False
    return _named_anew(folded, subject, start, end, seen, spans) \
        and _ask_names(folded, subject, start, end, seen, spans)


def _asked_after(folded: str, subject: str, start: int, middle: int, end: int, seen: set[str],
                 spans, options) -> bool:
    """A paragraph opening on a sentence (folded[start:middle]) that tells of a thing named
    anew at its head, then asks about it in the next sentence by a pronoun, on content words
    mostly new: another request, as `_new_paragraph`'s. « Pour la saison 2026, le conseil
    portuaire a voté une nouvelle grille de tarifs. Pouvez-vous la mettre en place… ? »: the
    pronoun points at that thing, not at the problem told in the paragraphs before."""
    stems = _stems(subject[start:end])
    if len(stems) < options.min_subject_words \
            or len(stems & seen) / len(stems) >= options.same_subject:
        return False
    if any(spans[name].any_within(start, end) for name in ("same_problem", "handling")) \
            or spans["consequences"].any_within(start, end):
        return False
    # (the first sentence's own references point back; the ask's may name a word told)
    if any(_points_back(folded, r_start, r_end, seen, spans)
           for r_start, r_end in spans["references"].within(start, middle)) \
            or _names_told(folded, middle, end, seen, spans):
        return False
    # (not an ask to look into or mend it: "Please fix it before then.")
    if _ABOUT_TOLD.search(folded, middle, end):
        return False
    head = _PURPOSE.match(folded, start, middle)
    article = _ARTICLE_OR_OURS.match(folded, head.end() if head else start, middle)
    return bool(article) and _thing_anew(folded, subject, article.end(), middle, seen)


_WHERE = re.compile(r"[\s\"'*_(]*(?:(?:dans|sur|in|on)\b)?")


def _field_problem(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
                   options) -> tuple[int, int] | None:
    """The value of a template's field (from `start`, after its label), after the fields
    naming the parts of the problem told: a problem on a thing it names anew at its head (an
    article and a noun not told, after where it shows if it says so first: « dans le courriel
    de rappel, l'horaire… »), on content words mostly new, not pointing back, nor an
    error shown or a result left empty (`shown`: how the problem told shows): another problem,
    left in "Remarques". So is an ask there, reporting no problem, for a thing named anew, as
    a paragraph's would be (`_new_paragraph`: "**Remarques :** Serait-il possible d'ajouter
    une colonne « Taille » dans l'export ?"). Returns where the value starts and ends."""
    if spans["parts_intro"].any_within(folded.rfind("\n", 0, start) + 1, start):
        return None
    first = _WORDS.search(folded, start, end)
    if not spans["problems"].any_within(start, end):
        return (first.start(), end) if spans["asks"].any_within(start, end) \
            and _new_paragraph(folded, subject, start, end, seen, spans, options) else None
    if spans["shown"].any_within(start, end):
        return None
    # (where it shows may come first: « dans le courriel de confirmation, il est écrit… »)
    article = _ARTICLE.match(folded, _WHERE.match(folded, start, end).end(), end)
    if not article or not _thing_anew(folded, subject, article.end(), end, seen) \
            or not _new_subject((start, end), subject, seen, spans, options):
        return None
    return first.start(), end


# A paragraph opening on the service or place it is about: "Pour le CCAS, ...", "À la
# garderie, ...", "Côté état civil, ...".
_ELSEWHERE = re.compile(r"[\s\"'*_(]*(?:(?:pour|a|chez)\s+(?:(?:le|la|les)\s+|l')|(?:au|aux)\s+"
                        r"|(?:du\s+|de\s+notre\s+)?cote\s+(?:(?:de|du|des)\s+|d')?)(?=[a-z])")

# ...not when or how it shows: "Au moment de valider, ...", "À la fin du paiement, ...".
_WHEN = re.compile(r"(?:moment|fin|debut|bout|place|lieu|suite|cours|depart|niveau|final|"
                   r"premier|premiere|second|seconde|dernier|derniere)\b")


def _elsewhere(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
               options) -> bool:
    """A sentence opening its paragraph on a service or place not told ("Pour le CCAS, les
    demandes d'aide n'arrivent plus...", "À la garderie, ils voudraient..."), after a problem
    told, that reports a problem or asks, on content words mostly new: another request."""
    place = _ELSEWHERE.match(folded, start, end)
    if not place or _WHEN.match(folded, place.end()) \
            or not _thing_anew(folded, subject, place.end(), end, seen):
        return False
    # (another service's problem shares no word with the one told: "au service urbanisme,
    # personne ne peut instruire sans la carte" tells what the problem told prevents)
    return _new_subject((start, end), subject, seen, spans, options) \
        and not _stems(subject[start:end]) & seen
