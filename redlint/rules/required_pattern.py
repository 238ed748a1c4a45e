"""required-pattern: the text must say certain things, e.g. the context of an anomaly.

The text is checked against named groups of terms (same syntax as `forbidden-patterns`); a
group counts as present when one of its terms appears. Each case says which groups a kind of
text needs; a case applies when its `if` terms appear and its `unless` terms do not, and a case
without `if` applies to the texts no other case applies to. A text may be of several kinds (a
question that also mentions a malfunction): it passes when it meets the needs of one of the
cases that apply to it. When no case applies, nothing is required. The finding points at the
words that made the first applicable case apply, and takes its message.

Options:
- `cases` (required): a list of cases, each with
  - `if`: terms telling this kind of draft (e.g. a question asking for functional help);
  - `unless`: terms telling it is not this kind after all (e.g. the question reports an error);
  - `groups`: a mapping from a group name to its terms;
  - `min`: how many groups must be present (default: all);
  - `message`: the key of the rule's `messages` for this case (default: the rule's message);
  - `dropped_by` (default none): a mapping from a group name to terms that keep the group from
    counting when they appear in the text: a record's number gives no context beside an address
    that points at the record already (`record: ['re:https?://']`);
  - `only_with` (default none): a mapping from a group name to terms without which the group
    does not count: one click that fails (« rien ne se passe quand je clique ») is a way to
    see the problem again on the record an address points at, not on a page named in words;
  - `in_parts` (default true): whether a part opened by a term of `parts_after` is checked
    when this case applies there: false for a question added at the end (« Also, one last
    question: how can we… »), which needs no goal of its own, while the ticket's first
    request is checked as usual;
  - `fields` (default none): a mapping from a group name to the labels of template fields that
    give it. A filled-in template field counts as its group present: a `Label : value` line,
    or a heading followed by its text ("Navigateur : Firefox", "### Pour reproduire" then the
    steps), whose label holds one of the terms and whose value is not empty. A template
    left unfilled ("Navigateur :", "[ex. Firefox]") gives nothing.
- `ignore` (default none): text that does not count, read as blanks before the cases are
  (template boilerplate: placeholders, examples left in a template, instructions). Where it is a
  whole template field's line, the label and its colon stay, the field read as left
  unanswered: « Description du problème : cf objet » still tells a bug report.
- `typos` (default false): tolerate one typo in long words (7 to 40 letters).
- `if_outside_quotes` (default false): the cases' `if` terms are looked for outside quotes
  only: a name quoted in the text (the form « Signaler une panne », the reason « Anomalie de
  facturation ») does not tell what kind of text it is. The groups still read the quotes (an
  error message quoted is context).
- `if_quotes_after` (default none): with `if_outside_quotes`, terms after which a quote is a
  message shown, not a name: the cases' `if` terms read it (« les usagers ont le message
  « Service indisponible » » reports a malfunction as plainly as the words outside would). The
  term must end right before the quote, a colon or spaces between.
- `if_ignore` (default none): text in which the cases' `if` terms are not looked for, e.g. a
  wish for a change (« nous souhaitons que le courriel n'affiche plus le numéro »): the change
  wished, not a malfunction. `unless` and the groups still read it.
- `skip_labels` (default false): the groups do not read a template's labels, a heading
  ("### Étapes pour reproduire", "**Navigateur**", "Pour reproduire :") or a field left empty
  ("Version :"), of five words or fewer: a template names what to give without giving it.
  What the writer puts under a heading or after a label is read as usual, and a filled-in
  field still gives its group through `fields`.
- `skip_addresses` (default false): the groups do not read the words of an address (a URL): a
  link's words (« …/impossible-apres-mise-a-jour-du-core/ ») are its page's title, not context
  the writer gives. The cases' `if` and `unless` terms, and `dropped_by`, still read it.
- `parts_after` (default none): terms that open another request (« Autre point : », « Par
  ailleurs, », « Et aussi, »). The text is cut before each into parts, each checked as a text
  of its own: the cases' `if` and `unless` terms are read in the part, and a part opened by
  such a term needs its own context, read in that part alone (the date given for the first
  request is not the second's: « depuis lundi, le menu ne s'affiche plus. Autre point :
  l'export plante » tells nothing of the export). The first part's groups still read the
  whole text.
- `parts_share` (default none): the groups read in the whole text for every part: the
  writer's browser or system holds for all they report.
- `parts_located` (default none): terms that locate in a part what its request is about (a
  precise address: a record's, a list's, a page's): with the failure the part tells, a way
  to see it again, so the part needs nothing more (the real tickets' convention: « Autre
  souci : les factures de la campagne <address>/11/ n'apparaissent pas »).
- `unquoted_groups` (default none): the groups read outside quotes only. A quoted phrase is a
  name or a message shown: « téléphone portable » quoted is a field's label, not the writer's
  device, while a quoted error message is still context for the groups not named here.
- `parts_vague` (default none): terms that tell a failure without saying what fails (« ne
  marche pas », « does not work »): a part that tells its failure so is not located by
  `parts_located`, as its address shows no failing action to see again.

With scope `text`, the title and the description are two paragraphs: a group's term is not
read across them (a title « Erreur quand je valide » and a body opening on « quand on valide
la demande » tell one condition twice, not two).

Any list of terms may also be a list of lists, so that rules share vocabularies (files named
`vocab:NAME`, see redlint/config/vocabularies.py): `if: [vocab:anomaly, [souci*, problème*]]`.

Placeholders: `{missing}` the names of the missing groups, `{found}` how many were present,
`{min}`.

Example, rule `technical-context`:

    FAIL  "Le formulaire ne marche pas."
    PASS  "Depuis la mise à jour de lundi, avec Firefox 128 sous Windows 11, ..."
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redlint.i18n import tr
from redlint.model import Hit, Part
from redlint.matching import (ADDRESS, Terms, address_spans, all_spans, blanked, check_terms,
                              first_match, fold)

NAME = "required-pattern"
SCOPES = ("title", "description", "text")
DEFAULT_SCOPE = "description"
DEFAULT_SEGMENTS = ("prose", "heading", "field", "list", "checkbox", "quote", "code",
                    "indented", "log", "table")  # template fields and logs are context; a signature is not


@dataclass(frozen=True, slots=True)
class Case:
    _yaml_names = {"when": "if"}  # `if` is a Python keyword

    groups: dict[str, Terms]
    when: Terms = ()
    unless: Terms = ()
    min: int | None = None
    message: str | None = None
    fields: dict[str, Terms] = field(default_factory=dict)
    dropped_by: dict[str, Terms] = field(default_factory=dict)
    only_with: dict[str, Terms] = field(default_factory=dict)
    in_parts: bool = True


@dataclass(frozen=True, slots=True)
class Options:
    cases: tuple[Case, ...]
    ignore: Terms = ()
    typos: bool = False
    if_outside_quotes: bool = False
    if_quotes_after: Terms = ()
    if_ignore: Terms = ()
    skip_labels: bool = False
    skip_addresses: bool = False
    parts_after: Terms = ()
    parts_share: tuple[str, ...] = ()
    parts_located: Terms = ()
    parts_vague: Terms = ()
    unquoted_groups: tuple[str, ...] = ()

    def __post_init__(self):
        for case in self.cases:
            if not case.groups:
                raise ValueError(tr("chaque cas demande « groups »", "each case needs 'groups'"))
            if case.min is not None and not 0 < case.min <= len(case.groups):
                raise ValueError(tr(f"« min » est entre 1 et le nombre de groupes "
                                    f"({len(case.groups)})",
                                    f"'min' is between 1 and the number of groups "
                                    f"({len(case.groups)})"))
            for option, names in (("fields", case.fields), ("dropped_by", case.dropped_by),
                                  ("only_with", case.only_with)):
                for name in names:
                    if name not in case.groups:
                        raise ValueError(tr(f"« {option} » nomme un groupe inconnu « {name} » ; "
                                            f"les groupes sont : {', '.join(case.groups)}",
                                            f"'{option}' names an unknown group '{name}'; "
                                            f"groups are: {', '.join(case.groups)}"))
            for terms in (*case.groups.values(), *case.fields.values(),
                          *case.dropped_by.values(), *case.only_with.values(), case.when,
                          case.unless):
                check_terms(terms, self.typos)
        check_terms(self.ignore, self.typos)
        check_terms(self.if_quotes_after, self.typos)
        check_terms(self.if_ignore, self.typos)
        check_terms(self.parts_after, self.typos)
        check_terms(self.parts_located, self.typos)
        check_terms(self.parts_vague, self.typos)
        known = {name for case in self.cases for name in case.groups}
        for name in self.unquoted_groups:
            if name not in known:
                raise ValueError(tr(f"« unquoted_groups » nomme un groupe inconnu « {name} » ; "
                                    f"les groupes sont : {', '.join(sorted(known))}",
                                    f"'unquoted_groups' names an unknown group '{name}'; "
                                    f"groups are: {', '.join(sorted(known))}"))


def _present(terms: Terms, folded: str, typos: bool) -> bool:
    return _first(terms, folded, typos) is not None


def _first(terms: Terms, folded: str, typos: bool):
    return first_match(terms, folded, typos)


# A template field on one line: "OS : Windows 11", "- **Navigateur** : Firefox", "> Version: 4.2"
# (a label of one to five words, not a sentence, a URL's "https:" nor a time's "10:12").
_FIELD = re.compile(r"[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<label>[^\W\d_][^:\n*_.,;!?]{0,60}?)"
                    r"[ \t]*(?:\*\*|__)?[ \t]*:(?!//)(?:\*\*|__)?(?P<value>.*)")
# A heading whose text follows on the next lines: "### Navigateur", "**Pour reproduire**",
# "Étapes pour reproduire :" (not a list item: "- Version :" then "- OS :" is an unfilled list).
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+(?P<hash>.+)|\*\*(?P<bold>[^*]+)\*\*[ \t]*:?"
                      r"|(?P<colon>[^\W_][^:]{1,59}?)[ \t]*:)[ \t]*")
_MAX_LABEL_WORDS = 5
_MAX_LINE = 300  # a longer line is a sentence or a paste, not a template's label


# A list item's marker, which says nothing by itself: "1." or "-" left under "Étapes :".
_MARKER = re.compile(r"[ \t>]*(?:[-*+]|\d{1,2}[.)])?")


def _says(line: str) -> bool:
    """Whether a line under a heading says something: a letter or a digit after its marker."""
    return any(c.isalnum() for c in line[_MARKER.match(line).end():])


def _filled_fields(folded: str) -> list[str]:
    """The labels of the template fields of `folded` that are filled in: a value with a letter
    or a digit, on the field's line or on the next non-blank line under a heading."""
    labels = []
    label = None  # the last heading's label, until a non-blank line follows it
    for line in folded.split("\n"):
        if not line.strip():
            continue
        if len(line) > _MAX_LINE:
            label = None
            continue
        if ":" not in line and "#" not in line and "**" not in line:  # plain text, quickly
            if label and _says(line):
                labels.append(label)
            label = None
            continue
        field = _FIELD.fullmatch(line)
        heading = _HEADING.fullmatch(line) if field is None or not field["value"].strip() \
            else None
        if field is not None and len(field["label"].split()) <= _MAX_LABEL_WORDS \
                and any(c.isalnum() for c in field["value"]):
            labels.append(field["label"].strip())
        elif label and heading is None and field is None and _says(line):
            labels.append(label)
        label = None
        if heading is not None:
            label = (heading["hash"] or heading["bold"] or heading["colon"] or "").strip(" \t#")
            if len(label.split()) > _MAX_LABEL_WORDS:
                label = None
    return labels


def _without_labels(folded: str) -> str:
    """`folded` with its template labels turned into spaces: the lines that are only a heading
    or a field left empty, of five words or fewer (the same labels `_filled_fields` reads)."""
    if ":" not in folded and "#" not in folded and "**" not in folded:
        return folded
    labels, start = [], 0
    for line in folded.split("\n"):
        begin, start = start, start + len(line) + 1
        if len(line) > _MAX_LINE or (":" not in line and "#" not in line and "**" not in line):
            continue
        field = _FIELD.fullmatch(line)
        if field is not None:
            if any(c.isalnum() for c in field["value"]) \
                    or len(field["label"].split()) > _MAX_LABEL_WORDS:
                continue  # a filled field, or a sentence with a colon
        else:
            heading = _HEADING.fullmatch(line)
            if heading is None:
                continue
            label = heading["hash"] or heading["bold"] or heading["colon"] or ""
            if len(label.split()) > _MAX_LABEL_WORDS:
                continue
        labels.append((begin, begin + len(line)))
    return blanked(folded, labels)


# A quoted name or phrase, once folded (« », “ ” and " all read as "): on one line, not too long
# to be a name (an odd quote mark must not swallow a paragraph).
_QUOTED = re.compile(r'"[^"\n]{1,80}"')


def _unquoted(folded: str, kept_after: list[tuple[int, int]] = ()) -> str:
    """`folded` with its quoted phrases, quote marks included, turned into spaces; of those right
    after one of the spans `kept_after` (a colon or spaces between), a message shown, only the
    quote marks go: its words are read as if written outside."""
    ends = {end for _, end in kept_after}
    spans = []
    for match in _QUOTED.finditer(folded):
        start, end = match.span()
        spans += [(start, start + 1), (end - 1, end)] if _right_after(folded, start, ends) \
            else [(start, end)]
    return blanked(folded, spans)


# What may stand between a term and the quote it introduces: « le message : « … » »
_BEFORE_QUOTE = re.compile(r"[ \t]*:?[ \t]*")


def _right_after(folded: str, at: int, ends: set[int]) -> bool:
    """Whether position `at` of `folded` follows one of `ends` with a colon or spaces between."""
    if not ends:
        return False
    start = at
    while start > 0 and folded[start - 1] in " \t:":
        start -= 1
    return any(end in ends and _BEFORE_QUOTE.fullmatch(folded, end, at) is not None
               for end in range(start, at + 1))


def _in_quotes(folded: str, at: int) -> bool:
    """Whether position `at` of `folded` lies inside a quoted phrase (`_QUOTED`, on one line)."""
    start = folded.rfind("\n", 0, at) + 1
    end = folded.find("\n", at)
    return any(match.start() <= at < match.end()
               for match in _QUOTED.finditer(folded, start, len(folded) if end == -1 else end))


def _in_address(folded: str, at: int) -> bool:
    """Whether position `at` of `folded` lies inside an address."""
    # where the word holding `at` starts (rfind runs in C: a pasted base64 image of one long
    # word is not walked back character by character)
    start = max(folded.rfind(mark, 0, at) for mark in ' \t\n\r\f\v<>()[]"') + 1
    for found in (folded.find("http", start, at + 1), folded.find("www.", start, at + 1)):
        if found != -1 and (found == 0 or not folded[found - 1].isalnum()):
            match = ADDRESS.match(folded, found)
            if match and match.start() <= at < match.end():
                return True
    return False


def _without_addresses(folded: str) -> str:
    """`folded` with its addresses turned into spaces."""
    return blanked(folded, address_spans(folded))


def _blank(folded: str, terms: Terms, typos: bool) -> str:
    """`folded` with the matches of `terms` turned into spaces (newlines kept)."""
    return blanked(folded, all_spans(terms, folded, typos))


def _without_answers(folded: str, spans: list[tuple[int, int]]) -> str:
    """`folded` with `spans` of ignored text turned into spaces; where a span holds a whole
    template field's line (« Description du problème : cf objet »), only its answer goes, and a
    dash stands for it: the label and its colon stay, read as a field left unanswered
    (« Description du problème : - »), never as a heading whose text would follow."""
    narrowed, answers = [], []
    for begin, end in spans:
        field = _FIELD.fullmatch(folded, begin, end) \
            if (begin == 0 or folded[begin - 1] == "\n") and ":" in folded[begin:end] else None
        if field is not None and len(field["label"].split()) <= _MAX_LABEL_WORDS \
                and field["value"].strip():
            begin = field.start("value")
            answers.append(begin + len(field["value"]) - len(field["value"].lstrip()))
        narrowed.append((begin, end))
    text = blanked(folded, narrowed)
    if not answers:
        return text
    pieces, last = [], 0
    for at in sorted(set(answers)):
        pieces += (text[last:at], "-")
        last = at + 1
    return "".join(pieces) + text[last:]


# The end of a paragraph: a blank line (in a quoted e-mail too: ">" alone).
_PARAGRAPH_END = re.compile(r"\n[ \t>]*\n")
_WORD_START = re.compile(r"[^\W_]")


def _parts(options: Options, kinds_text: str) -> list[tuple[int, int]]:
    """The parts opened by a term of `parts_after`: from the term (« voudraient aussi pouvoir
    trier » is the goal of what follows) to the next such term or the end of its paragraph.
    What a paragraph after it tells is the ticket's again (a closing word on the first
    problem, its consequence), as is what comes before the first term."""
    if not options.parts_after:
        return []
    cuts = []
    for begin, end in all_spans(options.parts_after, kinds_text, options.typos):
        # a term may hold the stop of the sentence before it (« …regarder ? Autre chose : »):
        # the part opens on its first word
        word = _WORD_START.search(kinds_text, begin, end)
        cuts.append(word.start() if word else begin)
    cuts.sort()
    parts = []
    # (the paragraph's end found for a cut serves the later cuts before it: one search per
    # paragraph, not one over the rest of the text per cut)
    paragraph_end = -1
    for begin in cuts:
        if parts and begin < parts[-1][1]:
            parts[-1] = (parts[-1][0], begin)  # the next term ends the part before it
        if paragraph_end < begin:
            found = _PARAGRAPH_END.search(kinds_text, begin)
            paragraph_end = found.start() if found else len(kinds_text)
        parts.append((begin, paragraph_end))
    return [(begin, end) for begin, end in parts if end > begin]


def _within(text: str, start: int, end: int) -> str:
    """`text` with all but [start, end) turned into spaces (offsets stay those of the text)."""
    return blanked(text, [(0, start), (end, len(text))])


def _title_end(part: Part, context) -> int | None:
    """Where the title ends in a part that reads the title then the description (scope
    `text`), or None: the title and the description are two paragraphs, and a group's term is
    not read across them."""
    title = getattr(getattr(context, "draft", None), "title", None)
    if part.name != "text" or title is None or not title.text \
            or len(part.text) <= len(title.text) or not part.text.startswith(title.text):
        return None
    return len(title.text)


def check(options: Options, part: Part, context):
    folded = fold(part.text)
    title_end = _title_end(part, context)
    typos = options.typos
    if options.ignore:
        folded = _without_answers(folded, all_spans(options.ignore, folded, typos))
    kinds_text = folded  # what `if` reads
    if options.if_outside_quotes:
        kinds_text = _unquoted(folded, all_spans(options.if_quotes_after, folded, typos)
                               if options.if_quotes_after else [])
    if options.if_ignore:
        kinds_text = _blank(kinds_text, options.if_ignore, typos)
    read = _without_labels(folded) if options.skip_labels else folded  # what the groups read
    parts = _parts(options, kinds_text)
    if not parts:
        yield from _hits(_shortfall(options, folded, kinds_text, read, title_end=title_end))
        return
    # The ticket without its other requests: its `if` and `unless` terms are read there, its
    # groups in the whole text. Each other request needs its own context, read in it alone.
    rest = blanked(folded, parts)
    hit = _shortfall(options, folded, blanked(kinds_text, parts), read, unless_in=rest,
                     title_end=title_end)
    # (each part is read over a copy of the whole text: a ticket cut into thousands of
    # requests, a pasted list of questions, would be read in quadratic time; the drafts never
    # hold more than two, and `single-request` tells the writer of the others)
    for start, end in parts[:_MAX_PARTS]:
        if hit is not None:
            break
        # located: the address of what fails, with a failing action told (not « ça ne marche
        # pas », which an address alone does not show again)
        if options.parts_located and _present(options.parts_located, folded[start:end], typos) \
                and not (options.parts_vague
                         and _present(options.parts_vague, folded[start:end], typos)):
            continue
        hit = _shortfall(options, _within(folded, start, end), _within(kinds_text, start, end),
                         _within(read, start, end), whole=(read, folded), in_part=True,
                         title_end=title_end)
    yield from _hits(hit)


_MAX_PARTS = 20  # other requests read each for its own context


def _hits(hit: Hit | None):
    if hit is not None:
        yield hit


def _shortfall(options: Options, folded: str, kinds_text: str, read: str,
               unless_in: str | None = None,
               whole: tuple[str, str] | None = None, in_part: bool = False,
               title_end: int | None = None) -> Hit | None:
    """The hit of a text (or a part of it) whose applying cases all lack their groups; in a
    part, the groups of `parts_share` are read in the `whole` text (as read, and folded). A
    group's term is not read across the end of the title (`title_end`): « Erreur quand je
    valide » then « quand on valide… » is one condition told twice, not two."""
    typos = options.typos
    labels = shared_labels = None  # the filled-in fields' labels, read when a case has `fields`
    unless_text = folded if unless_in is None else unless_in  # what `unless` reads

    def excluded(case: Case) -> bool:
        return bool(case.unless) and _present(case.unless, unless_text, typos)

    applying = []  # (case, where the words that made it apply start and end)
    for case in options.cases:
        match = _first(case.when, kinds_text, typos) if case.when else None
        if match and not excluded(case):
            applying.append((case, match.start, match.end))
    if not applying:  # the cases without `if` are for the texts no other case applies to
        applying = [(case, 0, 0) for case in options.cases
                    if not case.when and not excluded(case)]
    # Texts made once per text read (keyed on the text: Python hashes a string once): without
    # its addresses when a group is first found in one, without its quoted phrases likewise.
    unlinked: dict[str, str] = {}
    unquoted: dict[str, str] = {}

    def found_in(terms: Terms, text: str, unquote: bool = False) -> bool:
        match = _first(terms, text, typos)
        if match is not None and unquote and _in_quotes(text, match.start):
            # read again without the quotes
            if text not in unquoted:
                unquoted[text] = _unquoted(text)
            text = unquoted[text]
            match = _first(terms, text, typos)
        if match is not None and title_end is not None \
                and match.start < title_end and match.end > title_end + 1:
            # a match from the title into the description: look again in each apart
            return any(found_apart(terms, half, _first(terms, half, typos)) for half in (
                blanked(text, [(title_end, len(text))]), blanked(text, [(0, title_end + 1)])))
        return found_apart(terms, text, match)

    def found_apart(terms: Terms, text: str, match) -> bool:
        if match is None or not options.skip_addresses or not _in_address(text, match.start):
            return match is not None
        if text not in unlinked:
            unlinked[text] = _without_addresses(text)
        return _present(terms, unlinked[text], typos)

    read_once = {}  # groups that share their terms (error_code, error_code_at) read them once

    def given(name: str, terms: Terms) -> bool:
        shared = whole is not None and name in options.parts_share
        text, unquote = whole[0] if shared else read, name in options.unquoted_groups
        key = (terms, text, unquote)
        if key not in read_once:
            read_once[key] = found_in(terms, text, unquote)
        return read_once[key]

    shortfalls = []
    for case, start, end in applying:
        present = [name for name, terms in case.groups.items() if given(name, terms)
                   and not (name in case.dropped_by
                            and _present(case.dropped_by[name], folded, typos))
                   and (name not in case.only_with
                        or _present(case.only_with[name], folded, typos))]
        needed = len(case.groups) if case.min is None else case.min
        if len(present) < needed and case.fields:  # the template's fields, read when needed
            if labels is None:
                labels = "\n".join(_filled_fields(folded))
                shared_labels = labels if whole is None else "\n".join(_filled_fields(whole[1]))
            present += [name for name, terms in case.fields.items() if name not in present
                        and _present(terms, shared_labels if name in options.parts_share
                                     else labels, typos)]
        if len(present) >= needed:
            return None  # one kind's needs are met: enough for a text of several kinds
        shortfalls.append((case, start, end, present, needed))
    if in_part:  # a part opened by `parts_after`: only the cases checked there
        shortfalls = [shortfall for shortfall in shortfalls if shortfall[0].in_parts]
    if not shortfalls:
        return None
    case, start, end, present, needed = shortfalls[0]
    missing = [name for name in case.groups if name not in present]
    return Hit(start, end, {"missing": ", ".join(missing), "found": str(len(present)),
                            "min": str(needed)}, message_key=case.message)
