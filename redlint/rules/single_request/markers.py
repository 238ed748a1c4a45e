"""Markers opening another request inside the prose: announcements, transitions and weak
ones, run-on sentences, « aussi » and « non plus » clauses, « et » and « + » joining another
object, « Et » opening a sentence."""

from __future__ import annotations

import bisect
import re

from redlint.rules.single_request.objects import _objects
from redlint.rules.single_request.text import (
    _CONTENT, _head_end, _names_told, _new_subject, _points_back, _quoted, _reach,
    _STEM, _stems, _thing_anew, _told_before, _WORDS
)


# A sentence of this many words at least is a run-on (dictated or typed without stops): a weak
# marker inside it may open another request, with an ask within a few words after it.
_RUN_ON_WORDS = 35
_RUN_ON_REACH = 12
# Markers read at most in one sentence, by the run-on and the added-word signals: each is
# weighed against the whole sentence, and a text of thousands of them without a stop (a
# pasted list, a hostile draft) would be read in a time growing with the square of its length.
_MARKERS_READ = 10
# What ends a clause, for `added`: a comma, semicolon or colon, or a conjunction.
_CLAUSE = re.compile(r"[,;:]|\b(?:et|mais|puis|and|but)\b")
# ...which opens on an article, then the noun naming what shows the problem.
# ...and does not follow from what was told (`consequences`).
_ARTICLE = re.compile(r"[\s\"'*_(]*(?:(?:le|la|les|un|une|des|du|the|a|an)\s+|l')")
_ASK_CLAUSE = re.compile(r"[,;]")  # what ends the clause of an ask, for a question
_ANNOUNCEMENT_REACH = 6  # words at most between an announcement and its colon
# Words tying what an announcement counts to one another.
_TIED = re.compile(r"\b(?:liee?s?|connexes|related|linked)\b")
# An aside between brackets on one line, left out of those words.
_ASIDE = re.compile(r"\([^()\n]*\)")


def _announcement(spans, folded: str, start: int, end: int,
                  reach: int = _ANNOUNCEMENT_REACH) -> tuple[int, int] | None:
    """An announcement of several requests that a colon follows closely: "J'ai deux questions
    sur le portail :" announces; "les deux demandes ont été validées par deux agents :" (two of
    the forms' demands) does not."""
    for found in spans["announcements"].within(start, end):
        if _quoted(folded, *found):  # « Mes demandes » : a block of the site, named
            continue
        colon = folded.find(":", found[1], end)
        # "Les trois points semblent venir de la même cause :" ties what it counts to one.
        if colon >= 0 and spans["same_problem"].any_within(found[1], colon):
            continue
        # « Deux questions liées : », "two related questions:": the things counted are tied.
        if colon >= 0 and _TIED.search(folded, found[0], colon):
            continue
        # An aside between brackets is not counted: « Voici nos retours de recette sur le
        # portail (mise en production prévue le 2 mai) : » announces as closely as without it.
        if colon >= 0 and len(_WORDS.findall(
                _ASIDE.sub(" ", folded[found[1]:colon]))) <= reach:
            return found
    return None


# An announcement that names what follows: « les points suivants », "the following issues".
_FOLLOWING = re.compile(r"\b(?:suivante?s|following)\b")


def _announced_below(spans, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """An announcement in a list's introduction that points at the list, colon or not: « nous
    avons relevé les points suivants. Merci de nous indiquer comment les traiter. »"""
    for found in spans["announcements"].within(start, end):
        if _FOLLOWING.search(folded, *found) and not _quoted(folded, *found):
            return found
    return None


def _weak(spans, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A weak marker among the first words of the sentence ("De plus,", "Pouvez-vous aussi"):
    further on, "sinon" or "also" belong to the sentence, not to a new request."""
    weak = spans["weak_transitions"]
    if not weak.any_within(start, end):  # most sentences: no need to find their first words
        return None
    found = weak.within(start, _head_end(folded, start, end))
    return found[0] if found else None


def _run_on(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
            options) -> tuple[int, int] | None:
    """A weak marker past the first words of a run-on sentence (a text dictated or typed
    without stops, `_RUN_ON_WORDS` words at least), followed closely by an ask on a subject
    not told before: "...même résultat et sinon ça serait bien qu'on puisse avoir un export
    des présences...", "...et puis la directrice voudrait pouvoir voir les dossiers...". In a
    run-on, a marker joined by "et" that adds nothing by itself (« et puis », not « et
    aussi », which goes on with the thing told: « …et aussi sur celles arrivées hier ») may
    be followed closely by a problem instead: « …et puis la lettre d'information affiche
    toujours le numéro de janvier… ». The
    words before the marker were told; the request it opens is what follows it. (In a
    sentence of ordinary length, a marker inside it adds to what it says.)"""
    weak = spans["weak_transitions"]
    if not weak.any_within(start, end):
        return None
    words = [m.start() for m in _WORDS.finditer(folded, start, end)]
    # In a sentence of ordinary length, only a marker joined by "et" ("et puis", "et sinon")
    # to a problem told before it in the sentence: "...ne trouve plus personne, et puis il
    # faudrait remettre l'agent dans son groupe".
    short = len(words) < _RUN_ON_WORDS
    head_end = _head_end(folded, start, end)
    for found in weak.within(head_end, end)[:_MARKERS_READ]:
        if short and not (folded.startswith("et ", found[0])
                          and spans["problems"].any_within(start, found[0])):
            continue
        # A marker that tells a sequence (not `added`: "ensuite", "enfin") gives the next
        # step of what the sentence tells (« …l'avis de la commission et ensuite le versement
        # aux familles… »); one that adds, or is joined by "et" ("et puis"), may open a request.
        if options.added and not spans["added"].any_within(*found) \
                and not folded.startswith("et ", found[0]):
            continue
        # the ask opens within a few words of the marker
        reach = bisect.bisect_left(words, found[1]) + _RUN_ON_REACH
        ask_end = words[reach] if reach < len(words) else end
        if not (folded.find("?", found[1], ask_end) >= 0
                or any(a_start < ask_end for a_start, _ in
                       spans["asks"].within(found[1], end))
                or (not short and folded.startswith(("et ", "and "), found[0])
                    and not spans["added"].any_within(*found)
                    and any(p_start < ask_end for p_start, _ in
                            spans["problems"].within(found[1], end)))):
            continue
        stems = _stems(subject[found[1]:end])
        told = seen | _stems(subject[start:found[0]])
        # (the marker's own clause may point back before it: « …, la correction
        # s'appliquera-t-elle aussi aux demandes en cours ? », or tell what was tried on the
        # problem told: « j'ai essayé aussi sur l'ordinateur du bureau »; a marker opening on
        # « et », « même résultat et sinon… », opens its own)
        clause = start
        for boundary in _CLAUSE.finditer(folded, start, found[1]):
            clause = boundary.end()
        if told and len(stems) >= options.min_subject_words \
                and len(stems & told) / len(stems) < options.same_subject \
                and not _names_told(folded, found[1], end, told, spans) \
                and not spans["same_problem"].any_within(clause, end) \
                and not spans["attempts"].any_within(clause, found[0]) \
                and not spans["handling"].any_within(found[1], _reach(folded, found[1], end)):
            return found
    return None


def _added(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
           options, cued: bool) -> tuple[int, int] | None:
    """A problem told with an `added` word ("non plus", "aussi") in a clause of its own (from
    the last comma, colon or "et" before the word to the first one after it) on a subject not
    told before, `min_subject_words` content words at least, mostly new: "...les usagers nous
    appellent et le captcha ne s'affiche plus non plus sur le formulaire de contact". On the
    subject told ("les relances ne partent pas non plus" after the relances), or pointing back
    at it, there or later in its sentence ("le compteur est faux aussi, sans doute pour la même
    raison"), it is a symptom of the same problem."""
    for found in spans["added"].within(start, end)[:_MARKERS_READ]:
        begin, joined = start, False
        for boundary in _CLAUSE.finditer(folded, start, found[0]):
            begin, joined = boundary.end(), boundary.group() in ("et", "and")
        # The word opening its clause ("... : <address> et aussi l'inscription à l'étude ne
        # fonctionne pas"): what it adds is the clause after it.
        leads = not folded[begin:found[0]].strip()
        after = found[1] + len(folded[found[1]:end]) - len(folded[found[1]:end].lstrip(" ,"))
        stop = _CLAUSE.search(folded, after if leads else found[1], end)
        stop = stop.start() if stop else end
        # ...or a wish joined by "et" to a problem told in the same sentence, the word right
        # after its ask and before the action it asks ("...n'apparaissent plus et il faudrait
        # aussi ajouter la salle des fêtes à la liste"): another request. (The ask's match may
        # run over the word: « il faudrait a… » is matched up to the next word's letter.)
        wish = joined and any(begin <= a_start < found[0] for a_start, _
                              in spans["asks"].within(begin, found[0])) \
            and any(a_start <= found[1] + _ACTION_REACH for a_start, _
                    in spans["actions"].within(found[1], stop))
        if not wish and not spans["problems"].any_within(begin, stop):
            continue
        stems = _stems(subject[begin:stop])
        told = seen | _stems(subject[start:begin])
        # A problem or an ask was told before; earlier in this sentence only when the word
        # leads its clause ("le cadre reste vide : <address> et aussi l'inscription à l'étude
        # ne fonctionne pas"): "... ne reçoivent plus de notification ; la pastille ne se met
        # plus à jour non plus" goes on with the symptoms of the problem it tells.
        # So too when "et" opens its clause ("le bouton ne fait rien, et l'export ne
        # fonctionne pas non plus"): one problem told, then another joined to it.
        if not (seen and cued) and not (
                (leads or joined) and told and spans["problems"].any_within(start, begin)):
            continue
        # What follows from the problem told, in the word's clause, is one more symptom
        # (« ..., donc les familles ne reçoivent plus non plus leur reçu »); a « donc » far
        # before it in a dictated sentence says nothing of what it adds.
        if spans["consequences"].any_within(begin, found[0]):
            continue
        # The clause opens on what shows the problem, named anew: an article, then a word not
        # told ("le captcha", "l'export"); not on a pronoun ("elle obtient aussi une erreur")
        # nor on when or how ("quand je lui envoie le lien, ...").
        opening = _ARTICLE.match(folded, after if leads else begin)
        noun = _CONTENT.match(subject, opening.end()) if opening else None
        # A noun told before, even inside a vocabulary's phrase ("aucun courriel n'est parti"
        # then "les courriels internes ne partent pas non plus"), names nothing new.
        if not wish and (not noun or noun.group()[:_STEM] in told
                         or _told_before(folded, noun.group(), begin)):
            continue
        if wish and not (told and spans["problems"].any_within(start, begin)):
            continue
        # (a closing ask in a dictated sentence, « …à la mi-janvier merci de regarder ça »,
        # points at all it told, not back at the first problem)
        closing = next((a_start for a_start, _ in spans["asks"].within(after, stop)), stop)
        if len(stems) >= options.min_subject_words \
                and len(stems & told) / len(stems) < options.same_subject \
                and not spans["references"].any_within(begin, closing) \
                and not spans["same_problem"].any_within(begin, end) \
                and not spans["handling"].any_within(begin, stop):
            return found
    return None


_ACTION_REACH = 3  # characters: the action right after the word ("aussi ajouter")


def _joined_object(text: str, folded: str, subject: str, start: int, end: int,
                   seen: set[str], spans, options) -> tuple[int, int] | None:
    """A clause opened by "et", after an object's address given before it, that reports a
    problem on something named anew (an article and a noun not told), on content words
    mostly new, at the address of an object of the same kind as one named before it but not
    that one: "le tarif appliqué sur <address of one form's demand> est faux, et l'export des
    réservations (<address of another form's listing>) ne contient plus la colonne...". Two
    problems joined in one sentence, each at its own object. With no address of its own, or
    the same object's, the clause may tell a symptom of the problem told."""
    for boundary in _CLAUSE.finditer(folded, start, end):
        if boundary.group() not in ("et", "and"):
            continue
        stop = _JOINED_END.search(folded, boundary.end(), end)
        stop = stop.start() if stop else end
        if not spans["problems"].any_within(boundary.end(), stop):
            continue
        objects = _objects(text, boundary.end(), stop, options.object_segments)
        if not objects:
            continue
        before = _objects(text, 0, boundary.start(), options.object_segments)
        kinds = {found[:-1] for found in before if len(found) > 1}
        if objects & before or not {found[:-1] for found in objects if len(found) > 1} & kinds:
            continue
        opening = _ARTICLE.match(folded, boundary.end(), stop)
        noun = _CONTENT.match(subject, opening.end()) if opening else None
        told = seen | _stems(subject[start:boundary.start()])
        if not noun or noun.group()[:_STEM] in told:
            continue
        if _new_subject((boundary.end(), stop), subject, told, spans, options) \
                and not spans["same_problem"].any_within(boundary.end(), end) \
                and not spans["consequences"].any_within(boundary.start(), stop) \
                and not options.vocabularies()["compared"].spans(folded[boundary.end():stop]):
            return boundary.start(), boundary.end()
    return None


def _plus_joined(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
                 options) -> tuple[int, int] | None:
    """Notes joining two problems by a "+" inside a line: "pdf de l'attestation mal mis en
    page + mails de validation pas reçus". Each side reports a problem; the side after it,
    on content words mostly not told before it (`min_subject_words` at least), with no
    `references`, `same_problem` or `handling` word, is another problem. ("vu sous Firefox +
    Edge" reports none; "erreur 500 + page blanche sur le paiement" names one subject.)"""
    # (what was told grows as the line is read, not read again from its start at each "+")
    told, read = set(seen), start
    plus = folded.find(" + ", start, end)
    while plus >= 0:
        following = folded.find(" + ", plus + 3, end)
        stop = following if following >= 0 else end
        if spans["problems"].any_within(start, plus) \
                and spans["problems"].any_within(plus + 3, stop):
            told |= _stems(subject[read:plus])
            read = plus
            if _new_subject((plus + 3, stop), subject, told, spans, options,
                            min_words=min(2, options.min_subject_words)):
                return plus + 1, plus + 2
        plus = following
    return None


# A clause joined by "et" runs to the next comma, semicolon or "et" (its address holds none).
_JOINED_END = re.compile(r"[,;]|\b(?:et|and)\b")
# Where a clause joined to the one before it starts: a comma (not a decimal one), "et" after
# it or not.
_JOINED_CLAUSE = re.compile(r",(?!\d)[ \t]*(?:(?:et|and)\b[ \t]*)?|[ \t](?:et|and)[ \t]")


_THING = re.compile(r"[a-z]{3,}")
_GREETING = re.compile(r"[\s\"'*_(]*(?:bonjour|bonsoir|bjr|bsr|salut|hello|hi)\b[\s,!.]*")
# When or where a clause's problem shows, told before the thing that fails with no comma:
# "depuis quelque temps", "sur la demande <address>", "de notre côté" (a few words at most,
# an address left blank). Not « depuis que nous avons modifié les horaires… », "since we…": a
# clause telling what changed, then the problem it brought.
_SETTING = re.compile(r"[\s\"'*_(]*(?:depuis(?!\s+qu)|sur|dans|chez|on|in"
                      r"|since(?!\s+(?:we|i|they)\b)|(?:de\s+(?:notre|leur|son|mon)\s+)?cote)\b"
                      r"(?:\s+[^\s,;:]+){0,6}?(?=\s+(?:(?:le|la|les|the)\b|l'))")


# What people can no longer do, told after a problem: what that problem prevents (« la carte ne
# fonctionne pas, les agents ne peuvent pas localiser les chantiers », « …, et les mairies ne
# les retrouvent pas », "the agents cannot locate the sites"), not a problem of its own.
_PREVENTED = re.compile(r"\b(?:ne|n')\s*(?:(?:les|le|la|l'|leur|lui|y|en)\s*)?"
                        r"(?:peu[tv]e?n?t?|arrive(?:nt)?|parvien(?:nen)?t|voi(?:en)?t|"
                        r"retrouve(?:nt)?|ont)\s+(?:plus|pas)\b"
                        r"|\b(?:cannot|can't|can no longer|(?:is|are) unable to)\b")


def _joined_problem(folded: str, subject: str, start: int, end: int, seen: set[str],
                    spans, options) -> tuple[int, int] | None:
    """Two problems in one sentence, with no adding word: a clause opening on an article and
    a noun that reports a problem, then, joined by a comma or "et" (right after it or later in
    its sentence), another one opening on an
    article and a noun not told, that reports a problem on content words none of which were
    told before it (`min_subject_words` at least): "le récapitulatif PDF est vide, le tarif
    horaire affiché sur la confirmation est encore celui de l'an dernier". Not after a colon
    in the sentence (what follows a colon details what was told: "l'envoi échoue : la barre
    reste bloquée et le bouton ne répond plus"), nor a clause opening on a pronoun, an adverb
    or "quand" ("quand on valide, la page se recharge"), nor an error shown, nor one pointing
    back (`references`, `same_problem`, `handling`) or following (`du coup`, `donc`). An
    error shown, or a result left empty or blank (`shown`), is how a failure shows, not a
    failure of its own: "le paiement échoue, la page affiche une erreur 500".
    Returns where the second clause starts and ends."""
    # (one problem in each clause: two at least in the sentence; most sentences have fewer)
    if len(spans["problems"].within(start, end)) < 2 \
            or any(spans[name].any_within(start, end)
                   for name in ("consequences", "same_problem", "handling")):
        return None
    colon = folded.find(":", start, end)
    opening = start  # where the clause before the joint opens
    first_told = False  # an earlier clause of the sentence told a problem on a thing
    # (what was told grows as the sentence is read, not read again from its start each time)
    told, read = set(seen), start
    for joint in _JOINED_CLAUSE.finditer(folded, start, colon if colon >= 0 else end):
        before = (opening, joint.start())
        opening = joint.end()
        stop = _JOINED_CLAUSE.search(folded, joint.end(), end)
        after = (joint.end(), stop.start() if stop else end)
        # (a message typed on a phone opens on its greeting with no stop: "bonjour le...")
        if greeting := _GREETING.match(folded, *before):
            before = (greeting.end(), before[1])
        first = _ARTICLE.match(folded, *before)
        if not first and (setting := _SETTING.match(folded, *before)):
            # "depuis quelque temps les avis...", "sur la demande <address> le PDF...": when or
            # where, then the thing that fails.
            first = _ARTICLE.match(folded, setting.end(), before[1])
        # (the thing may be named by an acronym: "le PDF généré...")
        # (the first problem may stand clauses before, in the sentence: "le créneau n'est plus
        # proposé depuis mars, alors que l'événement existe, et les courriels partent...")
        first_told = first_told or bool(first and _THING.match(folded, first.end())
                                        and spans["problems"].any_within(*before))
        if not (first_told and spans["problems"].any_within(*after)):
            continue
        article = _ARTICLE.match(folded, *after)
        if not article and (setting := _SETTING.match(folded, *after)):
            # "..., et de notre côté la travailleuse sociale ne voit plus..."
            article = _ARTICLE.match(folded, setting.end(), after[1])
        told |= _stems(subject[read:joint.start()])
        read = joint.start()
        stems = _stems(subject[after[0]:after[1]])
        # (the noun, or a complement of it, is one of its content words: none told; "le
        # formulaire de carte de stationnement" names the parking permit)
        if article and _thing_anew(folded, subject, article.end(), after[1], told) \
                and len(stems) >= options.min_subject_words and not stems & told \
                and not any(_points_back(folded, r_start, r_end, told, spans)
                            for r_start, r_end in spans["references"].within(*after)) \
                and not spans["shown"].any_within(*after) \
                and not _PREVENTED.search(folded, *after):
            return article.end() - len(article.group().lstrip(" \t\"'*_(")), after[1]
    return None


# "Et" opening a sentence, then what it adds: an article and a noun.
_AND_OPENING = re.compile(r"[\s\"'*_(]*(?:et|and)\b[ \t,]*")
_WHERE = re.compile(r"(?:dans|sur|in|on)\s+(?:le|la|les|l'|the)\b")  # "et dans le listing..."
_WHEN_NOUNS = {"fois", "time"}  # "et une fois...", "and the next time...": when, not what
_WISHER = re.compile(r"(?:on|nous|je|j'|we|i)\b")


def _and_opening(folded: str, subject: str, start: int, end: int, seen: set[str], spans,
                 options, asked: bool = False, text: str | None = None
                 ) -> tuple[int, int] | None:
    """A sentence opening on "et" after a problem or an ask was told, on something named anew
    (an article and a noun not told: "Et les fiches d'intervention n'arrivent plus..."), that
    reports a problem, on content words mostly new: another request added. Not on a pronoun
    or an adverb ("Et là, rien ne se passe", "Et pourtant..."): the story told goes on.
    Or one where the writer asks something new ("Et on voudrait pouvoir..."), when nothing
    was `asked` before. Or, given the `text` and `object_segments`, one telling where it shows
    ("Et dans le listing <address>...") at the address of an object not named before."""
    opening = _AND_OPENING.match(folded, start, end)
    if not opening:
        return None
    # ...a sentence of its own: after a stop, or opening a paragraph; not the words of a
    # sentence going on past the end of a line ("...: <address>" then "et sur la page...").
    before = folded[max(0, start - 200):start]
    gap = before[len(before.rstrip()):]
    stopped = before.rstrip().endswith((".", "!", "?")) or gap.count("\n") >= 2
    # (A line typed with no stop, then « et ce serait bien de… » opening the next one: the
    # wish opens a sentence of its own.)
    if not (stopped or "\n" in gap and any(
            a_start <= opening.end()
            for a_start, _ in spans["asks"].within(opening.end(), opening.end() + 1))):
        return None
    # A wish after a problem, with nothing asked before: "Et on voudrait pouvoir publier les
    # comptes rendus..." (after a question, "Et ...?" asks more of it).
    # The writer wishes (« on », « nous », « je ») or the ask opens the sentence; not a
    # condition or a pronoun pointing back (« Et s'il sert à quelque chose, il faudrait... »).
    wish = not asked and spans["asks"].any_within(opening.end(), end) and bool(
        _WISHER.match(folded, opening.end(), end)
        or any(a_start <= opening.end() for a_start, _ in
               spans["asks"].within(opening.end(), opening.end() + 1)))
    if not wish:
        article = _ARTICLE.match(folded, opening.end(), end)
        noun = _CONTENT.match(subject, article.end()) if article else None
        # "Et une fois le champ ajouté, ..." tells when, not what.
        # ...where it shows, at the address of an object not named before ("Et dans le
        # listing des dérogations <address> la colonne a disparu"): another object's problem.
        elsewhere = text is not None and options.object_segments \
            and _WHERE.match(folded, opening.end(), end) \
            and (objects := _objects(text, opening.end(), end, options.object_segments)) \
            and not objects & _objects(text, 0, start, options.object_segments)
        if not elsewhere and (not noun or noun.group()[:_STEM] in seen
                              or noun.group() in _WHEN_NOUNS):
            return None
        if not spans["problems"].any_within(opening.end(), end):
            return None
    stems = _stems(subject[opening.end():end])
    # A reference points back by the words it names ("ce paiement"), not "ce serait".
    if len(stems) >= options.min_subject_words \
            and len(stems & seen) / len(stems) < options.same_subject \
            and not _names_told(folded, opening.end(), end, seen, spans) \
            and not spans["same_problem"].any_within(opening.end(), end) \
            and not spans["handling"].any_within(opening.end(), end) \
            and not spans["consequences"].any_within(start, end):
        word = _WORDS.search(folded, start, end)
        return word.start(), word.end()
    return None


def _asked_names(folded: str, subject: str, start: int, end: int, spans) -> bool:
    """Whether the clause holding the ask (to the first comma or semicolon after it) names a
    content word: "Nous souhaiterions un chiffrage et un calendrier, l'idée étant d'ouvrir le
    service en mai" asks for a quote of what was told (common words), the rest explains."""
    asks = spans["asks"].within(start, end)
    stop = _ASK_CLAUSE.search(folded, asks[0][1], end) if asks else None  # "?" alone: all
    return bool(_stems(subject[start:stop.start() if stop else end]))
