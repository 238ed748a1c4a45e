"""The reading of the whole description, line by line, that asks each signal where another
request starts."""

from __future__ import annotations

import functools
import itertools
import re

from redlint.matching import sentence_spans
from redlint.rules.single_request.lists import (
    _distinct, _item_kind, _list, _list_starts, _notes, _numbers, _points
)
from redlint.rules.single_request.markers import (
    _ARTICLE, _added, _and_opening, _announced_below, _announcement, _asked_names,
    _joined_object, _joined_problem, _plus_joined, _run_on, _weak
)
from redlint.rules.single_request.objects import _objects
from redlint.rules.single_request.paragraphs import (
    _asked_after, _elsewhere, _field_problem, _new_paragraph
)
from redlint.rules.single_request.text import (
    _CONTENT, _head_end, _LABEL, _LABEL_WORDS, _Line, _names_told, _new_subject, _past_blanks,
    _points_back, _quoted, _reach, _Start, _stems, _TABLE_RULE, _thing_anew, _WORDS
)


# A question mark closing a quotation is a name shown (« le lien « Mot de passe oublié ? » »).
_QUOTE_CLOSED = re.compile(r"[ \t]*\"")
# A pronoun for a person named just before: « merci de lui ouvrir un compte », « je souhaiterais
# qu'elle puisse accéder à l'espace ».
_FOR_THEM = re.compile(r"\b(?:lui|leur|her|him|them)\b|\bqu'(?:elle|il)s?\b")
# An ask's pronoun standing for a thing, before its verb: « pourriez-vous le remplacer »,
# « merci de la renvoyer ».
_OBJECT_PRONOUN = re.compile(r"\b(?:vous|nous|de)[\s-]+(?:le|la|les|l')\s*[a-z]+(?:er|ir|re)\b")
# Determiners of several things: "ces anomalies", "les mêmes erreurs" point back at a list.
_PLURAL = re.compile(r"\b(?:ces|les|memes|these|those)\b")
# A marker saying itself that what follows is another one: « Autre souci : », "Another
# issue:".
_ANOTHER = re.compile(r"\b(?:autres?|another|other|deuxieme|second)\b")
_HEADING_WORDS = 2  # content words a heading needs to name a subject
_ANNOUNCED_LINES = 8  # lines read after an announcement with no colon for what it announces
_NUMBERED_HEADING = re.compile(r"[#*_\s]*\d{1,2}\s*[.)-]\s")
_SHORT_ASK = 2  # content words at most of an ask whose next sentence goes on with its subject
_POINT_SENTENCES = 3  # sentences of its line read after a marker for the point it opens
# A template's field: a label in bold ending on a colon ("**Navigateur :**", "**Commune :**
# Alzon"). A field label right over another one was left empty: it names no subject.
_FIELD = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n:]{1,60}(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")
# What may stand before a marker that opens its line: markup, a postscript's mark ("P.S.",
# "P.-S.", "PS :", "NB"), an opening conjunction ("et", "mais").
_LEAD = re.compile(r"[ \t*_#>-]*(?:(?:p\.?[ \t-]?s|n\.?[ \t]?b)\b\.?[ \t*_:.-]*)?"
                   r"(?:(?:et|mais|and|but)\b[ \t,]*)?")
# ...or the subject of a marker that is a verb: « On voudrait aussi… ».
_SUBJECT = re.compile(r"[ \t*_#>-]*(?:(?:on|nous|je|we|i)[ \t]+|j')")
# ...what is left before it once the markers there are blanked: punctuation, a conjunction.
_MARKERS_REACH = 80  # characters: markers opening a line are its first words
_MARKERS_LEAD = re.compile(r"[\W_]*(?:(?:et|mais|and|but)\b[\W_]*)?")
# ...in the line introducing a list ("Voici les anomalies relevées cette semaine sur le site
# de recette :"); a whole sentence before the colon tells of the demands or problems it names
# ("Plusieurs demandes d'intervention restent au statut ... au lieu de passer ... :").
_INTRO_REACH = 12
# ...or naming the one subject told: « Deux questions à ce sujet : », « … à ce propos : »,
# « Deux points à préciser pour ce chantier : », "Two questions about this project:": the
# items are that request's parts (not « les anomalies relevées sur ce projet : »). So are
# questions on a thing pointed back at: « plusieurs questions sur la condition d'affichage de
# ce champ : », "questions about the settings of this form:".
_ONE_SUBJECT = re.compile(
    r"\b(?:a|sur|pour|concernant|de)\s+(?:ce|cet|cette)\s+(?:sujet|point|chantier|projet|"
    r"theme|besoin|demande|dossier|question)\b"
    r"|\b(?:about|on|for|regarding)\s+this\s+(?:subject|topic|point|project|request|matter|"
    r"need)\b|\ba ce propos\b|\bla-dessus\b|\babout (?:that|it)\b"
    r"|\bquestions?\s+(?:sur|concernant|a\s+propos\s+d[eu]|au\s+sujet\s+d[eu])\s+"
    r"[^:.!?\n]{0,60}?\b(?:ce|cet|cette|ces)\s+[a-z]"
    r"|\bquestions?\s+(?:about|on|regarding)\s+[^:.!?\n]{0,60}?\b(?:this|these)\s+[a-z]")
# ...and questions, every item one, on a thing named: « voici les questions que la commune se
# pose sur la synchronisation avec son logiciel de facturation : » (not a list of problems
# and asks under « Trois questions sur le calcul du solde : »).
_QUESTIONS_ON = re.compile(
    r"\bquestions?\s+(?:que\s+[^:.!?\n]{0,40}?\s+)?(?:sur|concernant|a\s+propos\s+d[eu]|"
    r"au\s+sujet\s+d[eu])\s+(?:le|la|l'|les|du|des)\s*[a-z]"
    r"|\bquestions?\s+(?:(?:we|i)\s+have\s+)?(?:about|on|regarding)\s+the\s+[a-z]")
# ...or questions announced so, before any problem was told: « Avant de lancer la
# consultation, nous avons quelques questions : », "we need answers on these points:".
_QUESTIONS = re.compile(r"\b(?:questions?|reponses?|interrogations?|answers?)\b")
# A numbered point opening its line (« **Point 5 – Déneigement.** »), one of those the
# writer set aside when one only is for support.
_NUMBERED_POINT = re.compile(r"[\W_]{0,8}(?:point|question|sujet|decision|item)\s*"
                             r"(?:n\s*[°o]\.?\s*|#\s*)?\d")
# Words addressing each of the things listed: « pour chacune », « pour chaque anomalie », "for
# each" (not « chaque lundi »: when one problem comes back).
_EACH = re.compile(r"\b(?:(?:pour|sur|de)\s+chacune?s?|(?:pour|sur)\s+chaque|for\s+each|"
                   r"each\s+of)\b")
# Things announced that name no request, as seen or as failing: what was seen of one problem.
_THINGS = re.compile(r"\b(?:choses|effets|symptomes|consequences|observations|constats|things)\b")
_SEEN = re.compile(r"\b(?:observ|constat|remarqu|voyons|notons|see|notice)")
# A word of three letters or more ("PDF" names a thing), not the unit of a number before it
# ("15 ans", "2 h", "50 m²").
_NAMING_WORD = re.compile(r"(?<![0-9][ \t])(?<![0-9])\b[a-z]{3,}")


def _names_word(folded: str, start: int, end: int, problems) -> bool:
    """Whether folded[start:end] names something besides the words telling its problem and
    the units of its numbers: "- 15 ans : 180 € (au lieu de 160 €)" names nothing."""
    return any(not problems.any_within(word.start(), word.end())
               for word in _NAMING_WORD.finditer(folded, start, end))


def _marks(folded: str, start: int, end: int):
    """The question marks of folded[start:end]."""
    mark = folded.find("?", start, end)
    while mark >= 0:
        yield mark
        mark = folded.find("?", mark + 1, end)


def _remark(folded: str, line: _Line, spans) -> tuple[int, int] | None:
    """The value of a template's remarks field on `line` (« **Remarques :** … », a label
    holding one of `remarks`), or None."""
    field = _FIELD.match(folded, line.start)
    if field and spans["remarks"].any_within(line.start, field.end()):
        return field.end(), line.end
    return None


def _addressed(folded: str, lines: list[_Line], spans, asks) -> int:
    """Where the label of the section addressed to support that `asks` ends (a heading, or
    the label of a line or a list item, holding one of `addressed`: « **Demande à
    l'éditeur :** pourrais-tu… ? », « **Action attendue de votre part** » then its ask), or
    0. A section runs to the next heading; in each, the first such label is read (what
    follows a later one is part of what follows the first), so the text is read once.
    Minutes addressing support in several sections (« Action éditeur : » under each point)
    give it several things to do, none the context of another: 0."""
    found = 0  # the label's end of the first addressed section that asks
    sections = 0  # the sections holding an addressed label
    label_end = 0  # the first addressed label of the section being read
    for line in lines:
        if line.heading:
            if label_end and not found and asks(label_end, line.start):
                found = label_end
            label_end = 0
        if label_end:
            continue
        label = None if line.heading else _LABEL.match(folded, line.start, line.end)
        if label and len(_WORDS.findall(label.group())) > _LABEL_WORDS:
            label = None
        end = line.end if line.heading else label.end() if label else 0
        # (`line.start - 1`: a term may hold the line break before its label)
        if end and spans["addressed"].any_within(max(0, line.start - 1), end):
            label_end = end
            sections += 1
    if label_end and not found and asks(label_end, len(folded)):
        found = label_end
    return found if sections == 1 else 0


def _announced_apart(folded: str, subject: str, lines: list[_Line], spans,
                     is_ask) -> _Start | None:
    """An announcement of several things in the text's first lines, before any problem or
    ask, with no colon (« Deux remarques sur la démarche X. »), then lines telling two of
    them on subjects of their own: no word of one in the other."""
    for index, line in enumerate(lines):
        if spans["problems"].any_within(line.start, line.end) or is_ask(line.start, line.end):
            break
        for a_start, a_end in spans["announcements"].within(line.start, line.end):
            if _quoted(folded, a_start, a_end) or folded.find(":", a_end, line.end) >= 0:
                continue
            # (the things announced come right after it: its next lines are read, not a
            # long text's every pair of lines)
            told = [_stems(subject[other.start:other.end])
                    for other in lines[index + 1:index + 1 + _ANNOUNCED_LINES]
                    if spans["problems"].any_within(other.start, other.end)
                    or is_ask(other.start, other.end)]
            told = [stems for stems in told if stems]
            if any(not a & b for a, b in itertools.combinations(told, 2)):
                return _Start(a_start, a_end, "announcement")
        if index >= 2:
            break
    return None


# A number of three digits at most, standing alone: not a year, a date's or an amount's part.
_NUMBER = re.compile(r"(?<![\d/.,:-])\d{1,3}(?!\d)(?![/.,:-]\d)")


def _numbers_told(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] repeats two numbers told before it (« 12 places … 7 inscrites »
    then « le compteur indique 12 / 12, … 7 noms »): the same facts, seen elsewhere."""
    own = set(_NUMBER.findall(folded, start, end))
    if len(own) < 2:
        return False
    first = _first_numbers(folded)
    return sum(first[number] < start for number in own) >= 2


@functools.lru_cache(maxsize=1)  # the text read: its numbers are found once, not per sentence
def _first_numbers(folded: str) -> dict[str, int]:
    """Where each number first stands in `folded`."""
    first: dict[str, int] = {}
    for number in _NUMBER.finditer(folded):
        first.setdefault(number.group(), number.start())
    return first


def _asking_end(sentences: list[tuple[int, int]], field: tuple[int, int], is_ask) -> int:
    """Where the first sentence of a field's value that asks ends (the field's end if none)."""
    return next((end for start, end in sentences if end > field[0]
                 and is_ask(max(start, field[0]), end)), field[1])


# The place a field's value opens on, up to a comma: « sur ce même formulaire, pourriez-vous
# ajouter… » points back at the thing told for where, and asks about something else.
_PLACE = re.compile(r"[ \t*_]*(?:sur|dans|pour|on|in|for)\b[^,.;:?!\n]{0,50},")


def _past_place(folded: str, start: int, end: int) -> int:
    """Where a field's value starts once the place it opens on is read."""
    place = _PLACE.match(folded, start, end)
    return place.end() if place else start


_MARKER_END = re.compile(r"[\s,;:]*")  # what closes a marker before the words it opens


def _past_marker(folded: str, start: int, end: int, spans) -> int:
    """Where a field's value starts once a marker opening it is read: « **Remarques** : par
    ailleurs, serait-il possible… » asks from « serait-il »."""
    for m_start, m_end in spans["transitions"].within(start, end):
        if m_start <= start < m_end or _LEAD.fullmatch(folded, start, m_start):
            return _MARKER_END.match(folded, m_end, end).end()
    return start


def _finding_column(folded: str, first_row: int, findings) -> int | None:
    """The index of the column whose header names what fails (`findings`, the spans of
    `finding_columns`: « | Démarche | Anomalie | Lien | »), when the item at `first_row` opens
    a table's rows; else None."""
    row_start = folded.rfind("\n", 0, first_row) + 1
    if row_start == 0 or not folded[row_start:first_row].strip().startswith("|"):
        return None
    rule_start = folded.rfind("\n", 0, row_start - 1) + 1
    if rule_start == 0 or not _TABLE_RULE.fullmatch(folded[rule_start:row_start - 1].strip()):
        return None
    header_start = folded.rfind("\n", 0, rule_start - 1) + 1
    return next((index for index, (start, end) in enumerate(
        _row_cells(folded, header_start, rule_start - 1)) if findings.any_within(start, end)),
        None)


def _row_cells(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the table row on the line of folded[start:end], read
    from its line's start as its header is (an empty first cell keeps its place), its outer
    bars left out."""
    line_start = folded.rfind("\n", 0, start) + 1
    row = folded[line_start:end]
    first = line_start + len(row) - len(row.lstrip())
    last = line_start + len(row.rstrip())
    if folded.startswith("|", first):
        first += 1
    if last > first and folded[last - 1] == "|":
        last -= 1
    cells, begin = [], first
    while (bar := folded.find("|", begin, last)) >= 0:
        cells.append((begin, bar))
        begin = bar + 1
    cells.append((begin, last))
    return cells


def _ditto(folded: str, start: int, end: int, dittos) -> bool:
    """Whether the cell folded[start:end] opens on a word saying it is the row above
    (`dittos`, the spans of `ditto`: « idem »)."""
    word = _WORDS.search(folded, start, end)
    return bool(word) and any(d_start == word.start() for d_start, _ in
                              dittos.within(word.start(), word.end()))


# Items an item's words are weighed against, the nearest: a list of thousands of rows is not
# read again at each row.
_REPEATED_READ = 50


def _repeated(folded: str, subject: str, items, kinds: list[str], problems) -> list[str]:
    """The kinds of a list's items, an ask or a problem that an earlier one told already, after
    its label, made "other": "- Pixel 6 : plante au lancement" then "- Galaxy 5 : plante au
    lancement", "| Breux | le plan ne marche pas |" then "| Marolles | le plan ne marche pas |":
    one problem on several devices or communes. (Its words, after the label, are all words of
    one of the `_REPEATED_READ` items before it; with none, its text is an earlier item's.) So
    is a table's row whose cells telling a problem (`problems`) are an earlier row's, whatever
    its other cells: "| 23-1204 | facture.pdf | page blanche |" then "| 23-1211 |
    quittance.pdf | page blanche |", one problem on several records."""
    told: list[set[str]] = []  # the words of the items read, the last `_REPEATED_READ` weighed
    texts_before: set[str] = set()
    shown_before: set[str] = set()
    out = []
    for (start, end), kind in zip(items, kinds):
        # (a device's full name may take more words than a label usually does; a table row's
        # label is its first cell)
        label = _LABEL.match(folded, start, end)
        bar = folded.find("|", start, end)
        value = bar + 1 if bar >= 0 else label.end() if label else start
        own = _stems(subject[value:end])
        text = " ".join(_WORDS.findall(folded, value, end))
        shown = " | ".join(" ".join(_WORDS.findall(folded, a, b))
                           for a, b in _row_cells(folded, start, end)
                           if problems.any_within(a, b)) if bar >= 0 else ""
        if kind in ("request", "problem") and (
                any(own <= earlier for earlier in told[-_REPEATED_READ:]) if own
                else text in texts_before):
            kind = "other"
        elif kind == "problem" and shown in shown_before:
            kind = "other"
        told.append(own)
        texts_before.add(text)
        if shown:
            shown_before.add(shown)
        out.append(kind)
    return out


# A negation a few words before an account or an access: that person lacks it (« n'a pour
# l'instant accès à aucun guichet », « n'a pas encore de compte », "has no account yet").
_LACK = re.compile(r"\b(?:n'a|n'ont|pas|aucun|no|not|without)\b(?:\W+\w+){0,3}\W+$")


def _lacks(folded: str, start: int, accounts: list[tuple[int, int]]) -> bool:
    """Whether one of `accounts` (in the sentence from `start`) is said to be lacking."""
    return any(_LACK.search(folded, max(start, a_start - 60), a_start) for a_start, _ in accounts)


class _Reading:
    """The reading of a description, line by line: what the lines read so far told, and
    where a request other than the first one starts. Each kind of line (a heading, a list,
    notes, prose) is read by a method of its own, which weighs it against what was told
    before and adds what it tells."""

    def __init__(self, text: str, folded: str, subject: str, lines: list[_Line], spans,
                 options, one_request_lists: list | None):
        self.text, self.folded, self.subject = text, folded, subject
        self.lines, self.spans, self.options = lines, spans, options
        # (receives the spans of lists read as one request's parts, for the title)
        self.one_request_lists = one_request_lists
        self.starts: list[_Start] = []
        self.seen: set[str] = set()  # stems of the content words read so far
        # An ask was read (on the line `ask_line`): a later ask on a new subject is another
        # request, unless it follows on the same line ("Pouvez-vous voir ? Faut-il...").
        self.asked, self.ask_line = False, -1
        self.one_concerned = bool(spans["one_concerned"].spans)  # one point only is for support
        self.cued = False  # an ask or a problem was read: a request was made
        self.titled = False  # a heading named a subject: a section on one subject was opened
        self.heading = (0, 0)  # the last heading: "Étapes pour reproduire" makes its lists steps
        self.notes_end = 0  # the lines up to there were read for a list written as notes
        self.numbered = None  # a numbered list of problems, and its numbers, taken for symptoms
        self.troubled = False  # a problem was told (in prose)
        self.parted = False  # ...and then a template's field naming a part of it (steps, expected)
        # Where the section of each line ends: the next heading's start, read once from the end
        # (looking ahead from each heading read a text of headings over and over).
        self.section_ends, following = [0] * len(lines), len(folded)
        for at in range(len(lines) - 1, -1, -1):
            self.section_ends[at] = following
            if lines[at].heading:
                following = lines[at].start

    def inside(self, name, start, end):
        return self.spans[name].any_within(start, end)

    def is_ask(self, start, end):
        # (not a question mark in a name shown: « le lien « Mot de passe oublié ? » »)
        return self.inside("asks", start, end) or any(
            not _QUOTE_CLOSED.match(self.folded, mark + 1)
            for mark in _marks(self.folded, start, end))

    def has_cue(self, start, end):
        # (« Action éditeur : chiffrer cette extension »: what to do, addressed to support,
        # asks)
        return self.is_ask(start, end) or self.inside("problems", start, end) \
            or self.inside("addressed", start, end) and self.inside("actions", start, end)

    def staff_move(self, start, end, asking=True):
        # The account or access of someone joining or leaving, no one joining or leaving told
        # of before (then that person is the subject told): asked for (to open or to close) or
        # lacking in a sentence (not told as what changed); in a list of notes, named is
        # enough. Not pointing back at the problem told (« même erreur pour notre nouvelle
        # collègue »). (After another person's sign-in failure too: two requests.)
        return self.inside("staff_moves", start, end) and self.inside("accounts", start, end) \
            and not self.inside("staff_moves", 0, start) \
            and not self.inside("same_problem", start, end) \
            and not self.inside("handling", start, end) \
            and (not asking or self.is_ask(start, end)
                 or _lacks(self.folded, start, self.spans["accounts"].within(start, end)))

    def names_one_problem(self, start, end):
        # "le problème", not "ces anomalies": the things listed
        return any(not _PLURAL.search(self.folded, s, e)
                   for s, e in self.spans["same_problem"].within(start, end))

    def opens(self, line, at):  # nothing but markup stands before `at` on its line
        # ...nor a postscript's mark or an opening conjunction: "P.S. Autre chose : ...",
        # "et tant que j'y suis, est-ce qu'on pourrait...": the marker still opens the line.
        # ...nor another marker: "Sinon, rien à voir, mais tant que je vous écris : ...".
        if at <= line.start or _LEAD.fullmatch(self.folded, line.start, at):
            return True
        if at - line.start > _MARKERS_REACH:
            return False
        markers = self.spans["weak_transitions"].within(line.start, at) \
            + self.spans["transitions"].within(line.start, at)
        if not markers:
            return False
        rest = list(self.folded[line.start:at])
        for m_start, m_end in markers:
            rest[max(m_start, line.start) - line.start:m_end - line.start] = \
                " " * (min(m_end, at) - max(m_start, line.start))
        return bool(_MARKERS_LEAD.fullmatch("".join(rest)))

    def heading_line(self, index: int) -> None:
        """The heading at line `index`: it may name another subject, over a section of its
        own."""
        line = self.lines[index]
        folded, subject, lines = self.folded, self.subject, self.lines
        spans, options = self.spans, self.options
        # A heading naming another subject, over a section that asks or reports something,
        # after a request or a section on some subject: another request. Headings naming
        # the parts of one request ("Contexte", "Ce qui se passe", "Environnement") name
        # no subject.
        section_end = self.section_ends[index]
        stems = _stems(subject[line.start:line.end])
        shared = len(stems & self.seen) / len(stems) if stems else 1
        # A heading that asks ("Quel navigateur utilisez-vous ?") is a template's prompt:
        # the form asks, not the writer.
        # A numbered heading (« **3. Formation** ») is a point of minutes: one word names
        # it, over a section on words mostly not told (not « 5. Décision » then what is
        # asked of the problem told).
        point_heading = len(stems) < _HEADING_WORDS \
            and _NUMBERED_HEADING.match(folded, line.start, line.end) \
            and _new_subject((line.end, section_end), subject, self.seen, spans, options,
                             references=False)
        names = (len(stems) >= _HEADING_WORDS or point_heading and stems) \
            and shared < options.same_subject \
            and folded.find("?", line.start, line.end) < 0
        # A heading holding a marker ("## Problème 2 : export", "**Autre point**") opens
        # another request whatever the words it names.
        marked = spans["transitions"].within(line.start, line.end) \
            if folded.find("?", line.start, line.end) < 0 else []
        # "**Date du dernier essai :**" then "mardi vers 10 h, même erreur": the section
        # opens on the problem already told.
        opening_end = lines[index + 1].end if index + 1 < len(lines) else line.end
        # "**Date de première constatation :**" then "**Description :** ...": a template's
        # field left empty, whatever it names; what follows is the next field's.
        empty = _FIELD.match(folded, line.start) and index + 1 < len(lines) \
            and _FIELD.match(folded, lines[index + 1].start)
        if (names or marked) and not empty and (self.cued or self.titled) \
                and self.has_cue(line.end, section_end) \
                and not self.inside("same_problem", line.start, min(opening_end, section_end)):
            first = _WORDS.search(folded, line.start, line.end)
            self.starts.append(_Start(first.start(), line.end, "transition") if not marked
                               else _Start(*marked[0], "transition"))
        self.titled = self.titled or bool(stems)
        self.seen |= stems
        # "**Étapes pour reproduire :**" over the steps, after the problem: a template's
        # part of it, as a field on one line would be.
        self.parted = self.parted or (self.troubled and not empty
                                      and self.inside("parts_intro", line.start, line.end))
        self.heading = (line.start, line.end)

    def list_lines(self, index: int) -> int:
        """The list opening at line `index`: its items may be several requests. Returns the
        index of the line after it."""
        line = self.lines[index]
        text, folded, subject, lines = self.text, self.folded, self.subject, self.lines
        spans, options = self.spans, self.options
        intro = lines[index - 1] if index and not lines[index - 1].item else None
        # A heading right over the list announces it as a colon would ("**Relevé de
        # décisions**" then the decisions).
        titled_list = intro is not None and intro.heading
        intro = (intro.start, intro.end) if intro else (0, 0)
        items, index = _list(folded, lines, index)
        # "- voir svp" under a list of notes asks to look at what was listed: an ask
        # naming no subject is no request of its own. Nor is a "problem" whose only word
        # is the one telling it: "- 15 ans : 180 € (au lieu de 160 €)", the values of one
        # change listed.
        kinds = [kind if kind == "request" and _stems(subject[s:e])
                 or kind == "problem" and _names_word(folded, s, e, spans["problems"])
                 or kind not in ("request", "problem") else "other"
                 for (s, e), kind in zip(items, (_item_kind(folded, s, e, spans)
                                                 for s, e in items))]
        # A table whose header names a column for what fails (« Anomalie », « Constat »):
        # each row's cell there reports a problem, whatever words it takes.
        if (column := _finding_column(folded, items[0][0], spans["finding_columns"])) \
                is not None:
            rows = [_row_cells(folded, s, e) for s, e in items]
            cells = [row[column] if column < len(row) else (e, e)
                     for row, (s, e) in zip(rows, items)]
            kinds = ["problem" if kind == "other" and _CONTENT.search(folded, *cell)
                     and not _ditto(folded, *cell, spans["ditto"]) else kind
                     for cell, kind in zip(cells, kinds)]
        kinds = _repeated(folded, subject, items, kinds, spans["problems"])
        if self.is_ask(*intro) and folded[intro[0]:intro[1]].rstrip(" \t*_").endswith(":"):
            # "Pourriez-vous nous indiquer :" then "- le nombre de demandes ?": items that
            # ask by their question mark only are the things one question asks for.
            kinds = ["other" if kind == "request"
                     and _item_kind(folded, s, e, spans, marks=False) == "other" else kind
                     for (s, e), kind in zip(items, kinds)]
        # "Le problème a commencé hier" right under a list of problems: they were the
        # symptoms of that one problem (not "pour chacune, est-ce un défaut ?": a question
        # on each of the things listed).
        after = lines[index] if index < len(lines) else None
        bound = after is not None and not after.item and not after.heading \
            and self.inside("same_problem", after.start, after.end) \
            and not _EACH.search(folded, after.start, after.end)
        # ...one problem, named so right under them: "tout cela vient du même problème"
        # (not "ces anomalies bloquent la recette", the things listed).
        tied = bound and "request" not in kinds and self.names_one_problem(after.start, after.end)
        # ...or by the list's last item, asking about it ("- Merci de corriger le
        # problème."): an ask on the problem the items told, no request of its own.
        if "request" not in kinds[:-1] and self.is_ask(*items[-1]) \
                and self.names_one_problem(*items[-1]):
            kinds[-1] = "other"
            tied = bound = True
        if tied and self.one_request_lists is not None:
            self.one_request_lists.append((items[0][0], items[-1][1]))
        # ...or said so before it, in its section ("plusieurs remontées qui ont toutes la
        # même origine", then "Depuis, ... :" and the list): the symptoms of one problem.
        bound = bound or self.inside("same_problem", self.heading[1], line.start)
        announcement = _announcement(spans, folded, *intro, _INTRO_REACH) \
            or _announced_below(spans, folded, *intro)
        # « Depuis la modification du workflow, plusieurs choses ne fonctionnent plus : »,
        # « Nous observons trois choses : » after a problem told: things seen, its
        # symptoms (not « trois questions », « deux problèmes »).
        if announcement and self.cued and _THINGS.search(folded, *announcement) and (
                _SEEN.search(folded, *intro) or self.inside("problems", *intro)):
            announcement = None
        announced = bool(announcement) \
            or (titled_list and self.inside("announcements", *intro))
        # "Nous constatons plusieurs choses :" then problems only, then right under them
        # "tout cela me fait penser à un seul et même problème": the things announced were
        # that problem's symptoms.
        announced = announced and not tied
        # A table's rows are records of their own: one problem in each, on subjects of
        # their own, is as many problems even after one was told (a recette's report,
        # « Voici les anomalies relevées » then a row each), where bullets after a problem
        # are its symptoms. A table of demands hit by one problem repeats its words.
        table = folded.startswith("|", line.start + line.indent)
        # What a list holds is named by the sentence right over it, not by the context told
        # before in its paragraph ("Nous avons commencé la recette de la nouvelle
        # démarche..." then "Voici ce que nous avons relevé :").
        leading = (sentence_spans(folded, *intro) or [intro])[-1]
        # A list under a sentence naming the one subject told lists that request's parts,
        # numbered or not.
        questions_only = all(folded[s:e].rstrip(" \t\n.;").endswith("?") for s, e in items)
        # So does a list of questions announced as such, before any problem was told, none
        # reporting one, most on words told above it: the questions of the one undertaking
        # told (a migration, an integration to come), not « J'ai trois questions : » then
        # three subjects of their own.
        undertaking = questions_only and not self.troubled \
            and _QUESTIONS.search(folded, *leading) \
            and not any(self.inside("problems", s, e) for s, e in items) \
            and 2 * sum(bool(_stems(subject[s:e]) & self.seen) for s, e in items) >= len(items)
        one_subject = (_ONE_SUBJECT.search(folded, *leading)
                       or (_QUESTIONS_ON.search(folded, *leading) and questions_only)
                       or undertaking) \
            and not self.inside("problems", *leading)
        if one_subject and self.one_request_lists is not None:
            self.one_request_lists.append((items[0][0], items[-1][1]))  # for the title
        found = _list_starts(items, kinds, intro, self.inside, options,
                             (self.cued and not table) or bound, announced, table) \
            if not self.inside("parts_intro", *self.heading) and not self.one_concerned \
            and not one_subject else []
        if not found and len(items) == 1 and self.cued \
                and self.inside("weak_transitions", line.start, items[0][0]) \
                and self.has_cue(*items[0]) \
                and _new_subject(items[0], subject, self.seen, spans, options):
            # One line of notes added with a marker for bullet ("+ logo flou sur le
            # récépissé") after a problem or an ask: another one, on a subject not told.
            self.starts.append(_Start(items[0][0], items[0][1], "transition"))
        elif not found and self.cued and (marked := next(
                (spans["transitions"].within(s, e)[0] for s, e in items
                 if spans["transitions"].within(s, _head_end(folded, s, e))
                 and self.has_cue(s, e)
                 and _new_subject((s, e), subject, self.seen, spans, options)),
                None)):
            # An item opening on a marker ("- autre sujet : compte agent bloqué…") after a
            # problem or an ask: another one, on a subject not told.
            self.starts.append(_Start(marked[0], marked[1], "transition"))
        elif not found and (joined := next(
                ((s, e) for s, e in items
                 if self.staff_move(s, e, asking=False)
                 and (self.cued or self.has_cue(items[0][0], s))),
                None)):
            # A note of a newcomer's (or a leaver's) access under the notes of a problem
            # ("- + accès back office pour nouveau collègue"): another request.
            self.starts.append(_Start(joined[0], joined[1], "staff_move"))
        numbers = _numbers(folded, items)
        # A problem told before: the points are its symptoms or attempts; unless the
        # sentence right over them announces several ("Nous avons deux soucis sur le
        # portail." ending on a stop, not a colon).
        if not found and numbers and not bound and not tied and not one_subject \
                and not self.one_concerned \
                and (not self.cued or self.inside("announcements", *leading)) \
                and not self.inside("parts_intro", *self.heading) \
                and not self.inside("parts_intro", *leading) \
                and not (self.is_ask(*leading)
                         and folded[intro[0]:intro[1]].rstrip(" \t*_").endswith(":")) \
                and "step" not in kinds:
            # Numbered paragraphs ("1. Title" then its text, "2. Title" then its text):
            # the text right under the last title, no blank line between, is its item's.
            points = items
            if len(items) > 1 and "\n" in folded[items[0][0]:items[-2][1]]:
                last = index
                while last < len(lines) and not lines[last].gap \
                        and not lines[last].item and not lines[last].heading:
                    last += 1
                if last > index:
                    points = items[:-1] + [(items[-1][0], lines[last - 1].end)]
            found = _points(text, folded, subject, points, spans, options)
        # A template's fields read as a list ("**Description :** <a problem>" then
        # "**Étapes :** ..."): the parts of that problem were told, as in prose (`parted`).
        # After the fields naming them (before the list or in its fields), one reporting
        # a problem on a thing named anew is another problem ("**Résultat attendu :** ..."
        # then "**Remarques :** ..."). `seen` takes each field's words in turn.
        fields_read = options.new_paragraphs and not found
        part_told = self.parted or self.inside("parts_intro", *self.heading)
        reported = self.troubled
        for s, e in items:
            field = _FIELD.match(folded, folded.rfind("\n", 0, s) + 1)
            part_field = field is not None \
                and self.inside("parts_intro", field.start(), field.end())
            if fields_read and not found and field and not part_field and part_told \
                    and reported and (other := _field_problem(
                        folded, subject, _past_marker(folded, field.end(), e, spans), e,
                        self.seen, spans, options)):
                found = [_Start(other[0], other[1], "another")]
            part_told = part_told or part_field
            self.parted = self.parted or (reported and part_field)
            reported = reported or self.inside("problems", s, e)
            self.seen |= _stems(subject[s:e])
        self.starts += found
        if not found and len(items) >= options.min_list_requests and numbers:
            # Problems numbered "1." "2.", then a result expected for each under the
            # same numbers, in a list that a heading or its line names as a part of a
            # request ("Comportement attendu"): each problem has a fix of its own.
            # (Symptoms of one problem have one expected result; the tests made are no
            # results, nor are steps and actions.)
            if all(kind == "problem" for kind in kinds):
                self.numbered = (items, numbers)
            elif self.numbered and numbers == self.numbered[1] \
                    and (self.inside("parts_intro", *self.heading)
                         or self.inside("parts_intro", *intro)) \
                    and not {"step", "request"} & set(kinds):
                self.starts += [_Start(s, e, "list") for s, e in self.numbered[0][1:]]
                self.numbered = None
        # The problems of a list of symptoms or requirements are no ask of their own, nor
        # are observations: a later question on some other word still asks about them.
        self.asked = self.asked or ("request" in kinds and not self.inside("parts_intro", *intro))
        self.cued = self.cued or self.asked or any(self.has_cue(s, e) for s, e in items)
        return index

    def notes(self, index: int) -> int | None:
        """Lines with no bullet, from line `index`, read as a list when they are notes of
        several requests: the index of the line after them; else None."""
        folded, subject, lines = self.folded, self.subject, self.lines
        spans, options = self.spans, self.options
        # Lines that each open on an action or a problem, with no bullet, before anything
        # else was told: the ticket is a list written as notes ("Renommer le champ X" /
        # "Supprimer le bloc Y", "Bug sur..." / "Bug dans..."). Read as a list when it
        # holds several requests, else as sentences. (After a sentence telling a need,
        # such lines are the parts of it: the fields of a new form.)
        self.notes_end = _notes(folded, lines, index, spans)
        if self.notes_end > index + 1 and not self.inside("parts_intro", *self.heading):
            items = [(lines[i].start, lines[i].end) for i in range(index, self.notes_end)]
            kinds = _distinct([_item_kind(folded, s, e, spans) for s, e in items],
                              [_stems(subject[s:e]) for s, e in items], options)
            intro = (lines[index - 1].start, lines[index - 1].end) if index else (0, 0)
            if found := _list_starts(items, kinds, intro, self.inside, options, self.cued,
                                     bool(_announcement(spans, folded, *intro, _INTRO_REACH))):
                self.starts += found
                self.asked = self.asked or "request" in kinds
                self.cued = True
                for s, e in items:
                    self.seen |= _stems(subject[s:e])
                    return self.notes_end
        return None

    def prose_line(self, index: int) -> None:
        """The line of prose at `index`, sentence by sentence."""
        line = self.lines[index]
        nxt = self.lines[index + 1] if index + 1 < len(self.lines) else None
        sentences = sentence_spans(self.folded, line.start, line.end)
        for at in range(len(sentences)):
            self.sentence(line, index, nxt, sentences, at)

    def sentence(self, line: _Line, index: int, nxt: _Line | None,
                 sentences: list[tuple[int, int]], at: int) -> None:
        """The sentence `at` of `line`: it may start another request."""
        s, e = sentences[at]
        text, folded, subject = self.text, self.folded, self.subject
        spans, options = self.spans, self.options
        if not folded[s:e].strip():
            return
        stems = _stems(subject[s:e])
        if at == 0 and self.cued and (remark := _remark(folded, line, spans)) \
                and self.is_ask(*remark) and not spans["consequences"].any_within(*remark) \
                and _new_subject(remark, subject, self.seen, spans, options, references=False) \
                and not any(_points_back(folded, r_start, r_end, self.seen, spans)
                            for r_start, r_end in spans["references"].within(
                                _past_place(folded, *remark),
                                _asking_end(sentences, remark, self.is_ask))):
            # "**Remarques :** Serait-il possible d'ajouter le logo…": a template's field
            # left for anything else, asking about something new (« cette possibilité »,
            # not « le corriger »). After the ask, « Cela nous aiderait à… » points at
            # the ask, not at the problem told.
            first = _WORDS.search(folded, *remark)
            self.starts.append(_Start(first.start(), remark[1], "another"))
        elif (found := _announcement(spans, folded, s, e)) and not (nxt and nxt.item) \
                and not (self.seen and spans["consequences"].any_within(s, found[0])):
            # (« Du coup, j'ai deux questions : » after a problem: questions that follow
            # from it, on its cause and its fix)
            self.starts.append(_Start(found[0], found[1], "announcement"))
        elif self.inside("transitions", s, e):
            found = spans["transitions"].within(s, e)[0]
            # "Autre point :" then the point, in the next sentences of its line (a few: a
            # paragraph of a thousand sentences with no line break is not read again to
            # its end at each marker), or on the next line.
            rest_end = sentences[min(at + _POINT_SENTENCES, len(sentences) - 1)][1] \
                if at + 1 < len(sentences) else nxt.end if nxt and not nxt.gap else line.end
            # A marker past the first words of its sentence (a text dictated or typed
            # without a stop: "...le calendrier reste gris et puis tant que je vous tiens
            # la direction voudrait...") ends what was told before it: the words before it
            # were read, and the request it opens is what follows it.
            told, opening, pointed_end = self.seen, s, None
            if found[0] >= _head_end(folded, s, e):
                told, opening = self.seen | _stems(subject[s:found[0]]), found[0]
                stems = _stems(subject[opening:e])
                # ...and what points back at a problem many words after the marker (« ça
                # le fait sur Edge aussi ») tells of the request it opened.
                pointed_end = _reach(folded, found[1], e)
            # "Dernier point :" alone: what it opens is on the next line.
            said_end = e
            if len(stems) < options.min_subject_words:
                stems |= _stems(subject[e:rest_end])
                said_end = rest_end
            shared = len(stems & told) / len(stems) if stems else 0
            # Mid-paragraph, "par ailleurs" often just adds a fact: it opens a request
            # when it starts its line or brings an ask or a problem. "J'en profite pour
            # vous remercier" is no request, nor is a marker before any subject.
            cue = self.has_cue(opening, rest_end)
            # A marker opening its line on an ask opens another request even on the same
            # object: « Au passage, serait-il possible que la carte s'ouvre sur le bourg ? »
            # (a question on the problem told points back at it: `same_problem`).
            # (a marker that is a wish, « voudrait aussi », opens its line after its subject:
            # « On voudrait aussi pouvoir envoyer la carte par SMS »)
            asks_anew = (self.opens(line, found[0])
                         or _SUBJECT.fullmatch(folded, line.start, found[0])) \
                and self.is_ask(opening, rest_end)
            # « Seul le point 4 nous concerne » sets the other numbered points aside.
            set_aside = self.one_concerned and _NUMBERED_POINT.match(folded, found[0])
            # A marker saying itself that another problem follows (« Autre souci : »), opening
            # its line on one, opens it even on words of the thing told.
            another = self.opens(line, found[0]) and _ANOTHER.search(folded, *found) \
                and self.inside("problems", found[1], rest_end)
            if told and (shared < options.same_subject or asks_anew or another) \
                    and not set_aside \
                    and (self.opens(line, found[0]) or cue) \
                    and (cue or not self.inside("courtesy", opening, e)) \
                    and not any(not (found[0] <= a and b <= found[1])  # its own words
                                for a, b in spans["same_problem"].within(
                                    opening, pointed_end or rest_end)) \
                    and not self.inside("handling", opening, _reach(folded, found[1], said_end)) \
                    and not _names_told(folded, found[1], said_end, told, spans):
                self.starts.append(_Start(found[0], found[1], "transition"))
            # The words before a marker past the first words were told as well (`stems`
            # now holds those after it): else a sentence ending where the next line's
            # marker is matched (". Autre chose") was never read.
            self.seen |= told
        elif self.cued and (self.staff_move(s, e) or (
                # « Mme Roth a rejoint le service le 1er octobre. Merci de lui ouvrir un
                # compte agent » : the ask follows, naming that person by a pronoun.
                at + 1 < len(sentences) and _FOR_THEM.search(folded, *sentences[at + 1])
                and self.staff_move(s, sentences[at + 1][1]))):
            # (before the markers: a marker's test of words mostly new does not fit a
            # person new to the text)
            # After a problem or an ask on something else, the account or access of a
            # person who joins or leaves the service: « Mme Dufresne prend le poste de
            # régisseuse le 1er avril ; il lui faut un compte agent… », « Les comptes des
            # agents partis à la retraite doivent-ils être supprimés ? ».
            self.starts.append(_Start(_past_blanks(folded, s, e), e, "staff_move"))
        elif self.seen and (weak := _weak(spans, folded, s, e)) and ((self.is_ask(s, e) and (
                # After the verb, a marker that tells a sequence ("Il faudrait ensuite
                # notifier la décision") gives the next step of the process asked for; one
                # that adds (`added`, when given: "Pouvez-vous aussi...") adds a request.
                weak[0] <= s or _LEAD.fullmatch(folded, s, weak[0])
                or not options.added or self.inside("added", *weak))) or (
                # "Ensuite, le courriel n'arrive plus" opening its paragraph (not a step of
                # the story told: those go on mid-paragraph); a marker that adds (`added`:
                # "Et aussi, les parents de CE2 ne voient pas...") opening its sentence
                # anywhere: it adds a problem, it tells no next step.
                self.inside("problems", s, e) and (self.opens(line, weak[0]) or (
                    self.inside("added", *weak) and _LEAD.fullmatch(folded, s, weak[0]))))):
            # A short ask says more of its subject in the next sentence of its paragraph
            # (« Sinon, pourriez-vous aussi supprimer le compte en double de M. Petit ? Il
            # en a créé un second avec une autre adresse… »).
            if len(stems) <= _SHORT_ASK and at + 1 < len(sentences):
                stems = stems | _stems(subject[e:sentences[at + 1][1]])
            shared = len(stems & self.seen) / len(stems) if stems else 1
            # "Il faudrait aussi que ce nombre figure..." goes on with the number told of;
            # « De plus, le compteur indique 12 / 12 pour 7 noms » tells its facts again.
            refers_back = _names_told(folded, s, e, self.seen, spans) \
                or _numbers_told(folded, s, e)
            # A problem that follows from the one told (« De plus, les tableaux de bord
            # affichent du coup toujours… ») is one more of its symptoms.
            consequence = not self.is_ask(s, e) and spans["consequences"].any_within(weak[1], e)
            if len(stems) >= options.min_subject_words and shared < options.same_subject \
                    and not self.inside("same_problem", s, e) and not refers_back \
                    and not self.inside("handling", s, e) and not consequence:
                self.starts.append(_Start(weak[0], weak[1], "transition"))
        elif self.seen and self.cued and (weak := _weak(spans, folded, s, e)) \
                and self.opens(line, weak[0]) and self.is_ask(e, line.end) \
                and self.inside("actions", e, line.end) \
                and _new_subject((s, line.end), subject, self.seen, spans, options,
                                 references=False) \
                and not _names_told(folded, s, line.end, self.seen, spans):
            # A marker opening its paragraph on a fact ("Enfin, les horaires affichés
            # sont ceux de l'hiver."), the ask later in that paragraph ("Je vous remercie
            # de bien vouloir les mettre à jour."): the marker opened that request.
            self.starts.append(_Start(weak[0], weak[1], "transition"))
        elif self.troubled and (contrast := spans["contrasts"].within(s, e)) \
                and self.opens(line, contrast[0][0]) and self.has_cue(contrast[0][1], e) \
                and _new_subject((contrast[0][1], e), subject, self.seen, spans, options,
                                 references=False) \
                and not _names_told(folded, s, e, self.seen, spans):
            # A contrast opening its line, after a problem told, on a problem or an ask
            # about something else: "Par contre, sur la démarche des encombrants, les
            # agents ne reçoivent plus...". (Before any problem, after what works, it
            # tells the problem itself; on the thing told it compares.)
            self.starts.append(_Start(contrast[0][0], contrast[0][1], "transition"))
        elif (mid := _run_on(folded, subject, s, e, self.seen, spans, options)):
            # A text dictated or typed without stops: "...on a refait le lendemain même
            # résultat et sinon ça serait bien d'avoir un export des présences...".
            self.starts.append(_Start(mid[0], mid[1], "transition"))
        elif self.is_ask(s, e) \
                and (self.asked or (self.cued and line.gap and self.opens(line, s))) \
                and self.ask_line != index \
                and len(stems) >= options.min_subject_words and (not stems & self.seen or (
                    # (a paragraph opening on a thing named anew, « Le logo du CCAS
                    # peut-il… », a few words told besides)
                    line.gap and self.opens(line, s) and (opening := _ARTICLE.match(folded, s, e))
                    and _thing_anew(folded, subject, opening.end(), e, self.seen)
                    and len(stems & self.seen) * 3 < len(stems))) \
                and not self.inside("references", s, e) and not self.inside("same_problem", s, e) \
                and not self.inside("handling", s, e) and not self.inside("alternatives", s, e) \
                and (self.inside("problems", s, e) or self.inside("actions", s, e)) \
                and _asked_names(folded, subject, s, e, spans):
            # A later question reports or asks to do something else ("Pourquoi le
            # calendrier n'affiche plus...", "Comment changer le logo ?"); one that does
            # neither goes on with the question asked ("Est-il possible de choisir les
            # colonnes du fichier obtenu ?", "Faut-il passer par une grille ?"), nor does
            # one weighing two ways ("Faut-il les supprimer, ou y a-t-il un risque ?").
            self.starts.append(_Start(_past_blanks(folded, s, e), e, "question"))
        elif options.object_segments and self.cued and not self.asked and self.is_ask(s, e) \
                and len(stems) >= options.min_subject_words \
                and len(stems & self.seen) / len(stems) < options.same_subject \
                and not self.inside("references", s, e) and not self.inside("same_problem", s, e) \
                and not self.inside("handling", s, e) \
                and (objects := _objects(text, s, line.end, options.object_segments)) \
                and (before := _objects(text, 0, s, options.object_segments)) \
                and not objects & before:
            # After a problem told at its address, an ask on other words at the address
            # of another object, marker or not: another request ("...et ma collègue non
            # plus. Sur le formulaire de la salle, il faudrait que le téléphone ne soit
            # plus obligatoire : <address of that form>"); the address may come later in its
            # paragraph (« …il faudrait aussi que le formulaire permette d'indiquer les places
            # PMR. Le champ irait ici : <address of that field> »).
            self.starts.append(_Start(_past_blanks(folded, s, e), e, "object"))
        elif self.seen and self.cued and (found := _and_opening(
                folded, subject, s, e, self.seen, spans, options, self.asked, text)):
            self.starts.append(_Start(found[0], found[1], "transition"))
        elif options.new_paragraphs and self.troubled and not self.asked and line.gap \
                and self.opens(line, s) and self.inside("asks", s, e) \
                and _new_paragraph(folded, subject, s, e, self.seen, spans, options):
            # After a problem told, a paragraph asking about a thing named anew: "Les
            # associations aimeraient pouvoir réserver plus tôt", no marker.
            self.starts.append(_Start(_past_blanks(folded, s, e), e, "another"))
        elif options.new_paragraphs and self.troubled and at == 0 and line.gap \
                and self.opens(line, s) and len(sentences) > 1 and not self.is_ask(s, e) \
                and self.is_ask(*sentences[1]) and self.inside("actions", *sentences[1]) \
                and (self.inside("references", *sentences[1])
                     or _OBJECT_PRONOUN.search(folded, *sentences[1])) \
                and _asked_after(folded, subject, s, e, sentences[1][1], self.seen, spans,
                                 options):
            # After a problem told, a paragraph telling of a thing named anew, then asking
            # about it by a pronoun: « Le modèle de l'attestation affiche l'ancien logo.
            # Pourriez-vous le remplacer ? »
            self.starts.append(_Start(_past_blanks(folded, s, e), sentences[1][1], "another"))
        elif options.new_paragraphs and self.troubled and line.gap and self.opens(line, s) \
                and (self.inside("problems", s, e) or self.inside("asks", s, e)) \
                and _elsewhere(folded, subject, s, e, self.seen, spans, options):
            self.starts.append(_Start(_past_blanks(folded, s, e), e, "another"))
        elif options.new_paragraphs and self.parted and self.opens(line, s) \
                and (field := _FIELD.match(folded, line.start)) \
                and (found := _field_problem(folded, subject, field.end(), e, self.seen, spans,
                                             options)):
            # A template's field after the parts of the problem told (its steps, what was
            # expected) that reports a problem on a thing named anew: "**Remarques :** la
            # liste des demandes ne propose pas de tri...".
            self.starts.append(_Start(found[0], found[1], "another"))
        elif options.joined_problems and (found := _joined_problem(
                folded, subject, s, e, self.seen, spans, options)):
            # "le récapitulatif PDF est vide, le tarif affiché est celui de l'an dernier":
            # two problems in one sentence, each on a thing of its own.
            self.starts.append(_Start(found[0], found[1], "another"))
        elif (found := _added(folded, subject, s, e, self.seen, spans, options, self.cued)):
            # "...et le captcha ne s'affiche plus non plus sur le formulaire de contact":
            # a problem added, by the way, to a subject not told before.
            self.starts.append(_Start(found[0], found[1], "transition"))
        elif folded.find(" + ", s, e) >= 0 and (
                found := _plus_joined(folded, subject, s, e, self.seen, spans, options)):
            # Notes joining two problems by "+": "pdf mal mis en page + mails pas reçus".
            self.starts.append(_Start(found[0], found[1], "transition"))
        elif options.object_segments and text.find("/", s, e) >= 0 \
                and folded.find("et", s, e) >= 0 and (
                found := _joined_object(text, folded, subject, s, e, self.seen, spans, options)):
            # "...le tarif appliqué est faux, et l'export des réservations (<address of
            # another form's listing>) ne contient plus la colonne...": a second problem,
            # at another object's address, joined to the first one.
            self.starts.append(_Start(found[0], found[1], "object"))
        if self.is_ask(s, e):
            self.asked, self.ask_line = True, index
        self.cued = self.cued or self.has_cue(s, e)
        self.troubled = self.troubled or self.inside("problems", s, e)
        # "**Étapes pour reproduire :**" after the problem: the template's parts of it.
        self.parted = self.parted or (
            self.troubled and (field := _FIELD.match(folded, line.start))
            and self.inside("parts_intro", line.start, field.end()))
        self.seen |= stems

    def finish(self) -> list[_Start]:
        """The places where another request starts, once every line was read."""
        folded, subject, lines, spans = self.folded, self.subject, self.lines, self.spans
        # « Deux remarques sur la démarche X. », no colon, then two things told apart.
        if not self.starts and not self.one_concerned \
                and (found := _announced_apart(folded, subject, lines, spans, self.is_ask)):
            self.starts.append(found)
        # Minutes or a long e-mail with a section addressed to support that asks or names
        # what to do (« **Demande à l'éditeur :** … ? », « **Demande au prestataire** »
        # then « Identifier … et corriger »): what comes before it is context (the decisions,
        # the points discussed, the town's own actions), unless that section asks about each
        # of them (« pour chacune des décisions 1 à 4 »).

        def asks_or_acts(start, end):
            return self.is_ask(start, end) or self.inside("actions", start, end)

        if (addressed := _addressed(folded, lines, spans, asks_or_acts)) \
                and not _EACH.search(folded, addressed):
            self.starts = [found for found in self.starts if found.start >= addressed]
        return self.starts


def _requests(text: str, folded: str, subject: str, lines: list[_Line], spans,
              options, one_request_lists: list | None = None) -> list[_Start]:
    """The places where a request other than the first one starts, in reading order.
    `one_request_lists` receives the spans of lists read as one request's parts: problems
    tied to one problem right under them, questions on one subject."""
    reading = _Reading(text, folded, subject, lines, spans, options, one_request_lists)
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.heading:
            reading.heading_line(index)
            index += 1
        elif line.item:
            index = reading.list_lines(index)
        elif index >= reading.notes_end and not reading.seen \
                and (after := reading.notes(index)) is not None:
            index = after
        else:
            reading.prose_line(index)
            index += 1
    return reading.finish()
