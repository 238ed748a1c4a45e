"""Lists: items that ask or report a problem, steps, numbered points told in full, notes
written without bullets."""

from __future__ import annotations

import itertools
import re

from redlint.matching import address_spans
from redlint.rules.single_request.text import (
    _BOLD_LABEL_BULLET, _CONTENT, _head_end, _ITEM, _LABEL, _LABEL_WORDS, _Line,
    _Start, _stems, _WORDS, _quoted
)


# A numbered item's number ("2/", "3.", "(4)"), and the lines of text at most between two
# items of a numbered list that go on with the first one.
_NUMBER = re.compile(r"[ \t]*\(?(\d{1,2})(?:[.)°]|[ \t]?[-/])")
_RESUME_LINES = 8
# A numbered item of this many words at least is a point told in full (a paragraph of its
# own): several on subjects of their own, opening the text, are as many requests.
_POINT_WORDS = 15


def _list(folded: str, lines: list[_Line], index: int) -> tuple[list[tuple[int, int]], int]:
    """The top-level items (text after the bullet to the end, sub-items and indented
    continuation lines included) of the list starting at `index`, and the line after it."""
    indent = lines[index].indent
    items: list[list[int]] = []
    top = lines[index]  # the last top-level item
    while index < len(lines):
        line = lines[index]
        if line.item and line.indent <= indent + 1:
            bullet = _ITEM.match(folded, line.start) or _BOLD_LABEL_BULLET.match(folded, line.start)
            items.append([bullet.end(), line.end])
            top = line
        elif line.item or line.indent > indent:
            items[-1][1] = line.end  # a sub-item or a continuation belongs to its item
        elif (resumed := _resumed(folded, lines, index, indent, top)) is not None:
            items[-1][1] = lines[resumed - 1].end  # "1/ ..." a paragraph, then "2/ ..."
            index = resumed
            continue
        else:
            break  # text at the list's level: the list is over, blank lines or not
        index += 1
    return [(s, e) for s, e in items], index


def _resumed(folded: str, lines: list[_Line], index: int, indent: int,
             last: _Line) -> int | None:
    """Where a numbered list goes on after a few lines of text at its level (`index`): the
    item numbered next to the `last` one before the text. The text belongs to that item."""
    number = _NUMBER.match(folded, last.start)
    if not number:
        return None
    for ahead in range(index + 1, min(index + 1 + _RESUME_LINES, len(lines))):
        line = lines[ahead]
        if line.heading or (line.item and line.indent <= indent + 1):
            following = _NUMBER.match(folded, line.start) if line.item else None
            return ahead if following and int(following[1]) == int(number[1]) + 1 else None
    return None


def _numbers(folded: str, items: list[tuple[int, int]]) -> list[int] | None:
    """The numbers of a list's items ("1.", "2/", "(3)"), or None when one has none."""
    numbers = []
    for start, _ in items:
        number = _NUMBER.match(folded, folded.rfind("\n", 0, start) + 1)
        if not number:
            return None
        numbers.append(int(number[1]))
    return numbers


def _notes(folded: str, lines: list[_Line], index: int, spans) -> int:
    """The end of the lines of text from `index` that each open on an action or a problem
    (after a label: "Client => renommer..."), not on a navigation step."""
    end = index
    while end < len(lines) and not lines[end].item and not lines[end].heading:
        line = lines[end]
        label = _LABEL.match(folded, line.start, line.end)
        after = label.end() if label and len(_WORDS.findall(label.group())) <= _LABEL_WORDS \
            else line.start
        first = _WORDS.search(folded, after, line.end)
        if first is None or spans["steps"].within(first.start(), first.end()) or not any(
                found[0] == first.start()
                for name in ("actions", "problems")
                for found in spans[name].within(first.start(), first.end())):
            break
        end += 1
    return end


def _distinct(kinds: list[str], stems: list[set[str]], options) -> list[str]:
    """Lines of notes that mostly repeat the subject of earlier ones say more of it: no
    request of their own."""
    seen: set[str] = set()
    out = []
    for kind, own in zip(kinds, stems):
        shared = len(own & seen) / len(own) if own else 1
        out.append(kind if shared < options.same_subject else "other")
        seen |= own
    return out


# A word denied right before a match: « aucun changement », « pas de message d'erreur »,
# « rien changé sur son poste ».
_DENIED = re.compile(r"(?:\b(?:aucune?|pas de|no|rien|nothing)\s+|\bpas d')"
                     r"(?:[a-z]+(?: de\s+| d'))?$")
# A day or a date right after an action, with no word making it a deadline: a past event.
_PAST = re.compile(r"[^.;?!\n]{0,40}?\b(?<!pour )(?<!avant )(?<!au )(?<!du )(?<!les )"
                   r"(?<!chaque )(?<!d'ici )(?:hier|avant-hier|lundi|mardi|mercredi|jeudi|"
                   r"vendredi|samedi|dimanche|\d{1,2}/\d{1,2})\b(?! prochain)")
# A navigation word opening an item, among its first this many words, makes it a step.
_STEP_WORDS = 2
# An item telling how a failure shows in this many words at most, besides those words
# (« message d'erreur »), tells no problem of its own.
_SHOWN_WORDS = 2
# An aside in brackets: « (pas noté) », « (quota 4/mois ?) ».
_ASIDE = re.compile(r"\([^()\n]*\)")


def _item_kind(folded: str, start: int, end: int, spans, marks: bool = True) -> str:
    """What a list item is: "request", "problem", "step" or "other". `marks`: a question mark
    makes it an ask."""
    # The head of "**Agenda** : pouvoir filtrer..." is what follows its label.
    label = _LABEL.match(folded, start, end)
    after = label.end() if label and len(_WORDS.findall(label.group())) <= _LABEL_WORDS \
        else start
    # A template's field ("Comportement attendu : ajout de la ligne") is a part of one request.
    if after > start and spans["parts_intro"].any_within(start, after):
        return "other"
    # "Demande où l'erreur se produit : <address>": a field whose value is an address or a
    # number names where one problem shows, whatever its label says; not a value telling the
    # problem ("lien Tarifs → 404").
    if label and not _CONTENT.search(folded, label.end(), end) \
            and not spans["problems"].any_within(label.end(), end):
        return "other"
    head_end = _head_end(folded, after, end)
    # "Pré-remplir la fiche": a verb made into another by its prefix is no navigation step.
    step = [found for found in spans["steps"].within(start, head_end)
            if not (found[0] > 1 and folded[found[0] - 1] == "-"
                    and folded[found[0] - 2].isalpha())]
    # « aucun changement côté prestataire », « pas de message d'erreur »: what did not happen;
    # « mise à jour de leur serveur lundi 10/03 », « mdp changé vendredi »: what happened.
    action = [found for found in spans["actions"].within(start, head_end)
              if not _DENIED.search(folded, max(start, found[0] - 24), found[0])
              and not _PAST.match(folded, found[1], end)]
    # (a question mark in an aside, « (quota 4/mois ?) », is a doubt on a fact, no ask)
    asks = bool(spans["asks"].within(start, end)) \
        or (marks and "?" in _ASIDE.sub("", folded[start:end]))
    # (an error message quoted, « identifiant ou mot de passe incorrect », is how a problem
    # shows, not a problem told)
    problem = any(not _quoted(folded, *found)
                  and not _DENIED.search(folded, max(start, found[0] - 24), found[0])
                  for found in spans["problems"].within(start, end))
    # "- le problème a commencé après la mise à jour": the problem told goes on; "- lycéens
    # donc bloqués": an item opening on what follows from it (not "- le QF est arrondi, donc
    # la tranche est fausse": a problem, then what follows from that one).
    # (with no problem told before the item, « le problème » in it is its own: « - Anomalie
    # signalée par Lavergne : … ; N. a reproduit le problème avec Firefox »)
    if problem and ((spans["same_problem"].any_within(start, end)
                     and spans["problems"].any_within(0, start)) or (
            not asks and spans["consequences"].any_within(start, head_end))):
        problem = False
    # "- message d'erreur", "- samedi vide": how a failure shows, in a word or two.
    if problem and all(spans["shown"].any_within(*found)
                       for found in spans["problems"].within(start, end)):
        shown = spans["shown"].within(start, end)
        # (an aside in brackets, « (pas noté) », is no word of what shows)
        aside = sum(len(_WORDS.findall(found.group())) for found in
                    _ASIDE.finditer(folded, start, end))
        words = len(_WORDS.findall(folded, start, end)) - aside - sum(
            len(_WORDS.findall(folded, max(s, start), min(e, end))) for s, e in shown)
        problem = words > _SHOWN_WORDS
    # "- Aussi, quand je clique sur la boîte, le besoin a-t-il disparu ?" asks something
    # more: no step. (A problem after "ensuite", "enfin" may be what happened next.)
    if (asks and spans["weak_transitions"].within(start, head_end)) or (
            (asks or problem) and spans["transitions"].within(start, head_end)):
        return "request"
    # "- Vider le cache ne change rien": an action tried on the problem told, whose only
    # failure is what came of it, is no request (nor a problem of its own).
    tried = spans["attempts"].within(start, end)
    if tried and not asks and all(any(a <= s and e <= b for a, b in tried)
                                  for s, e in spans["problems"].within(start, end)):
        return "other"
    # "1. The weekly canteen menu ... no longer shows the allergens": a navigation word past
    # the item's first two words, in an item telling a problem, names the thing that fails.
    opening = list(itertools.islice(_WORDS.finditer(folded, after, head_end), _STEP_WORDS))
    if step and problem and opening and step[0][0] > opening[-1].start():
        step = []
    if step and (not action or step[0] < action[0]):  # "cliquer sur Ajouter" is a step
        return "step"
    if asks and not action and spans["same_problem"].any_within(start, end) \
            and spans["problems"].any_within(0, start):
        return "other"
    if action or asks:
        return "request"
    if problem:
        return "problem"
    return "other"


def _list_starts(items, kinds, intro, inside, options, told: bool,
                 announced: bool, table: bool = False) -> list[_Start]:
    """The items of a list that start requests of their own. `told`: an ask or a problem was
    read before the list; `table`: its items are a table's rows."""
    if announced:
        asks = [item for item, kind in zip(items, kinds) if kind != "step"]
    elif inside("parts_intro", *intro) and not (
            table and kinds.count("problem") + kinds.count("request") >= 2):
        # (a table with a problem in every row reports problems, whatever its intro names:
        # « nos retours sur la nouvelle démarche » then a row each)
        return []
    elif told and "request" not in kinds:
        # Problems listed after a problem was told, with nothing asked nor to do: the symptoms,
        # observations or attempts of that problem ("- le journal est vide", "- rien ne change
        # après avoir vidé le cache").
        return []
    else:
        asks = [item for item, kind in zip(items, kinds) if kind in ("request", "problem")]
        if len(asks) < options.min_list_requests or len(asks) <= kinds.count("step"):
            return []
    return [_Start(s, e, "list") for s, e in asks[1:]]


def _points(text: str, folded: str, subject: str, items: list[tuple[int, int]], spans,
            options) -> list[_Start]:
    """The items of a numbered list opening the text that each tell a point in full
    (`_POINT_WORDS` words at least) on a subject of its own: no two share `same_subject` of
    the content words of the shorter one, nor points back at what was told. "1) Le formulaire
    ... reste ouvert ..." then "2) L'export ... ne contient plus la colonne ...": two problems,
    each a ticket, marker or not."""
    if len(items) < options.min_list_requests:
        return []
    stems = []
    for start, end in items:
        own = _stems(subject[start:end])
        # "1. Contexte : ..." then "2. Besoin : ...": the fields of one request's template, a
        # label naming no subject or a part of one request.
        label = _LABEL.match(folded, start, end)
        if label and len(_WORDS.findall(label.group())) <= _LABEL_WORDS and (
                not _stems(subject[start:label.end()])
                or spans["parts_intro"].any_within(start, label.end())):
            return []
        if len(_WORDS.findall(folded, start, end)) < _POINT_WORDS \
                or len(own) < options.min_subject_words \
                or spans["same_problem"].any_within(start, end) \
                or spans["attempts"].any_within(start, end):
            return []
        # Each point says where, or what fails or is asked: not a story's or a new form's
        # parts ("1. Lundi, la secrétaire a ouvert la liste..." then "2. ... une erreur 500").
        if not (address_spans(text, start, _addressed_end(text, folded, end))
                or any(spans[name].any_within(start, end) for name in ("problems", "asks"))
                or folded.find("?", start, end) >= 0):
            return []
        stems.append(own)
    if any(len(a & b) / min(len(a), len(b)) >= options.same_subject
           for a, b in itertools.combinations(stems, 2)):
        return []
    return [_Start(s, e, "list") for s, e in items[1:]]


def _addressed_end(text: str, folded: str, end: int) -> int:
    """The end of the lines right after `end` that hold only an address (blank in `folded`,
    not in `text`): an item's address put on a line of its own, indented or not."""
    while end < len(folded):
        following = folded.find("\n", end + 1)
        following = len(folded) if following < 0 else following
        if folded[end + 1:following].strip() or not text[end + 1:following].strip():
            break
        end = following
    return end
