"""single-request: one request per ticket.

A ticket holding several requests is split by support into several tickets anyway; each one is
handled faster on its own. The check counts the requests a description seems to hold and reports
when there are more than `max_requests`. One request told in several parts (context then a
question, numbered reproduction steps, the list of fields of one new form, two paragraphs on the
same problem) counts once. A new request is seen where:

- a list holds several *asks* (the rows of a Markdown table, read with `segments: [..., table]`,
  are items too; its header and the rule under it name columns):
  items with an ask or a problem (`asks`, `problems`, a `?`; an ask naming no content word,
  "- voir svp", asks about what was listed), or
  starting with an action verb (`actions`: add, fix...; after the item's label, if any:
  "**Agenda** : pouvoir filtrer...", "Agenda => filtrer"), at least `min_list_requests` of
  them and more than its *steps* (items opening on a navigation verb from `steps`: open,
  click...; not one made into another by a prefix, "pré-remplir"). A list whose introducing
  line announces several requests (`announcements`, a dozen words at most before its colon,
  an aside in brackets left out: not "Plusieurs demandes restent bloquées au lieu de... :", a sentence about the forms'
  demands listed; or a heading right over the list: "**Relevé de décisions**") counts every
  item that is not a step, unless the items are mere problems and the line right under them
  ties them to one (`same_problem`, singular: "tout cela vient d'un seul et même problème",
  not "ces anomalies..."); one
  introduced as the parts of one request (`parts_intro`: steps to reproduce, fields of a form),
  in the line before it or in the heading of its section, counts none; nor does a list of mere problems (no ask, no action) after a problem
  or an ask was told, or followed by a line pointing back at one problem (`same_problem`: "Le
  problème a commencé hier"): the symptoms, observations or attempts of that problem —
  unless they are numbered and a later list, under a heading or a line naming a part of one
  request (`parts_intro`: "Comportement attendu"), gives a result for each under the same
  numbers ("1. ...", "2. ..."): each problem has a fix of its own. A numbered list goes on
  after a few lines of text when the next item bears the next number ("1/ ..." a paragraph,
  "2/ ..."): the text belongs to the item before it. An item whose label names a
  part of one request (`parts_intro`: "Comportement attendu : ajout de...", a template's
  field) is no ask, nor is one whose value after its label is only an address or a number
  ("Demande où l'erreur se produit : https://..."): a field naming where one problem shows.
  Under a line that asks and ends with a colon ("Pourriez-vous nous indiquer :"), items that
  ask by their question mark only ("le nombre de demandes déposées ?") are the things that
  one question asks for. Lines of text that each open on an action or a problem, after a label if
  any ("Client => renommer...", "Bug sur..." then "Bug dans..."), before any subject was told,
  are such a list written without bullets, when it holds several requests; a line there that
  mostly repeats the subject of the lines before it says more of it (after a sentence telling
  a need, such lines are its parts: the fields of a new form);
- a numbered list opens the text (nothing asked nor any problem told before it, unless the
  sentence right over it announces several: "Nous avons deux soucis sur le portail.") and
  each of its items tells a point in full, a paragraph of its own (15 words at least), on a subject
  of its own (no two items share `same_subject` of the content words of the shorter one),
  each saying where (an address, on its line or the lines of addresses right under it) or
  what fails or is asked (`problems`, `asks`, a `?`), with no `same_problem` word (numbered
  titles each over their paragraph, no blank line between, are such items): a story told
  in steps or a new form's parts say neither. "1) Le formulaire ... reste ouvert
  ..." then "2) L'export du listing ... ne contient plus la colonne ...". Not under a
  heading or a sentence right over the list that names the parts of one request
  (`parts_intro`), nor under a sentence that asks and ends with a colon ("Nous aurions
  besoin de votre part :"): its items are what that one ask asks for. Nor are steps, nor
  items labelled as the fields of one request's template ("1. Contexte : ...", "2. Besoin :
  ...": a label naming no content word, or a `parts_intro` one), nor items telling what the
  writer did to narrow the problem down (`attempts`: "2. Nous avons vérifié les
  paramètres...");
- an `announcements` phrase ("plusieurs questions :") is followed closely by a colon;
- a `transitions` marker ("par ailleurs", "another thing") opens a sentence about another
  subject: fewer than `same_subject` of its content words were seen before (whatever its
  subject when the marker starts its line (after markup, a postscript's mark, a conjunction
  or another marker: "Sinon, rien à voir : ...") and an ask follows it: "Au passage, serait-il
  possible que la carte s'ouvre sur le bourg ?"); and the marker starts its line or the
  text after it holds an ask or a problem; and it is not a mere `courtesy` ("j'en profite
  pour vous remercier"), nor points back at something told (`references` naming it: "nous
  voudrions aussi que ce nombre figure..."). A marker past the first words of its sentence
  (a text dictated or typed without stops) splits it: the words before it were told, the
  words after it are the request it may open;
- a `weak_transitions` marker ("de plus", "also") among the first words (four, not counting
  an opening "et", "mais": "Et ce serait bien aussi de...") of an ask about another
  subject, as above, naming at least `min_subject_words` content words (past the opening of
  the ask, with `added`, only one of those: "Pouvez-vous aussi...", not "Il faudrait ensuite
  notifier...", the next step of what is asked); or of a
  problem, when the marker opens its line ("Ensuite, les courriels n'arrivent plus"); or of
  a fact, when the marker opens its line and the line (a paragraph) asks later for an
  action (`actions`; asking to look into it, the fact may be a cause), on a subject mostly
  new ("Enfin, les horaires affichés sont ceux de l'hiver. ... Je vous remercie de
  bien vouloir les mettre à jour."), after a problem or an ask. In a
  run-on sentence (35 words or more: dictated or typed without stops), such a marker further
  on opens a request too when an ask starts within 12 words after it, on a subject mostly not
  told before it, with no `references` to what was told, `same_problem` or `handling` word
  ("...même résultat sur le PC et sinon ce serait bien d'avoir un export des présences...");
  in a sentence of any length, so does such a marker joined by "et" ("et puis", "et sinon")
  after a problem told earlier in the sentence ("...ne trouve plus personne, et puis il
  faudrait remettre l'agent dans son groupe");
- a heading (Markdown's, or a short line in bold) names another subject (two content words at
  least, mostly new), over a section holding an ask or a problem (under the heading), after a
  request or an earlier section: "## Export des inscriptions" then "## Bandeau du portail".
  Headings that name the parts of one request ("Contexte", "Ce qui se passe") name no subject,
  nor do headings that ask (a template's prompts: "### Quel navigateur ?"); a heading holding
  one of the `transitions` ("## Problème 2 : export", "**Autre point**") opens another request
  whatever it names;
- an ask follows an earlier ask, on another line (or opens a paragraph after a problem was
  told: "Pour Marolles, la secrétaire voudrait pouvoir ajouter un champ..."), about a subject
  not seen at all (none of its
  content words, at least `min_subject_words` of them, appear earlier), holds none of the
  `references` that point back at what was said (cette, this, "en parler") and reports a
  problem or asks for an action (`problems`, `actions`: "Comment changer le logo ?"); one that
  does neither goes on with the question asked ("Est-il possible de choisir les colonnes du
  fichier obtenu ?"). A second question on the same line usually details the first;
- with `object_segments` (default 0: off), a paragraph or list item that reports a problem or
  asks something after a problem or an ask was told, on content words mostly not seen before
  (as above, at least `min_subject_words`), gives the address of an object no earlier line
  named, of the same kind as one an earlier paragraph or item named: another form's demands,
  another form, another page ("https://site/backoffice/management/<form>/12/" then ".../<other form>/7/").
  An address names its object by its host and first `object_segments` path segments, its
  kind by the same less the last one; a file's address (a screenshot) names none. A
  paragraph holding a `same_problem` or `references` word, or one of `compared` saying the
  other object shows the problem too or does not ("non plus", "pour comparaison"), goes on
  with the problem told.
  Inside a paragraph too, after a problem was told and before any ask, a sentence that asks,
  on content words mostly new, at the address of an object no earlier text named (of any
  kind), and holding no `references`, `same_problem` or `handling` word, is another request
  ("... Sur le formulaire de la salle, il faudrait que le téléphone soit facultatif :
  <address of that form's field>").
- with `added` (default: none), a word adding a problem to what was told ("non plus",
  "aussi"), after a problem or an ask, in a clause (from the last comma, colon or "et" before
  it to the first after it) that reports a problem, opens on an article and a noun not told
  before ("le captcha", "l'export"), and holds at least `min_subject_words` content words,
  mostly new, and no `references`, `same_problem` or `handling` word: another problem told in
  passing ("...les usagers nous appellent et le captcha ne s'affiche plus non plus sur le
  formulaire de contact"). On the subject told ("les relances ne partent pas non plus"), or
  after a pronoun ("elle obtient aussi une erreur"), it is a symptom of the same problem.
  In the sentence of the first problem, the word counts when it leads its clause or "et"
  opens the clause ("le bouton ne fait rien, et l'export ne marche pas non plus"); there,
  after its ask and right before an action ("...n'apparaissent plus et il faudrait aussi
  ajouter la salle des fêtes"), it adds a wish on new words: another request;
- with `object_segments`, a clause opened by "et" that reports a problem on something named
  anew, at the address of another object of the same kind as one named before it ("le tarif
  de <demand of one form> est faux, et l'export (<listing of another form>) ne contient plus
  la colonne..."): two problems in one sentence, each at its own object.

- a "+" inside a line of notes joining two problems, the side after it on content words
  mostly not told before it (two at least, notes being terse): "pdf mal mis en page + mails
  de validation pas reçus";

- a sentence opening on "et" (after a stop, or opening its paragraph), after a problem or an
  ask, on something named anew (an article and a noun not told before: "Et les fiches
  d'intervention n'arrivent plus..."; not where it shows, "Et dans le récapitulatif, la
  ligne reste vide", often a symptom of the problem told), that reports a problem on
  content words mostly new (as above), with no `references`, `same_problem` or `handling`
  word and not as a consequence ("Et du coup..."): another problem added. With
  `object_segments`, so is one telling where it shows at the address of an object not named
  before ("Et dans le listing des dérogations <address>, la colonne a disparu"). Not on a pronoun
  or an adverb ("Et là, rien ne se passe"), nor a question ("Et l'export tiendra-t-il
  compte du filtre ?" follows up). So
  is such a sentence in which the writer asks something new ("Et on voudrait pouvoir
  publier les comptes rendus, comment faire ?", "Et serait-il possible de..."), after a
  problem when nothing was asked before, even opening a line typed after one with no stop
  ("...avec leur numéro" then "et ce serait bien d'avoir..."); not a condition ("Et s'il
  sert à quelque chose, il faudrait...": a suggestion on what was told). A reference there
  points back by the words it names ("ce paiement"; not "ce serait").

With `title: true` (default false), the title is read too when the description shows no
second request. It counts two when it announces several (`announcements`, no colon needed:
"Plusieurs soucis sur le portail") and two lines of the description that ask, report or add
something (as below) name subjects sharing no content word. It counts two as well when it
joins two subjects by "+", ";" or "&" (else "et", "and"), after its label if any ("Facture
au mauvais tarif et export de la régie"), each side naming content words the other does not
(nor a word holding one of them: "scolaires et périscolaires" is one subject), and the
description tells them apart: a line names one side and not the other, another line the
other side and not the first, each line holding an ask, a problem, an action or a marker
(the words of `asks`, `problems`, `actions`, `transitions`, `weak_transitions`, or a `?`)
unless its side of the title holds one ("bug export", "faute d'orthographe"). "Date et heure
d'ouverture" described together in one sentence is one request; "Signature : ..." then
"Logo : ..." under one request detail it; the items of a list of problems tied right under
it to one problem (as above) tell no side apart: "PDF, mail et statut en échec" names the
symptoms that list tells.

Lines opening on a label in bold and a colon, then text, next to another such line
("**Breux** : le formulaire refuse..." then "**Marolles** : la commune souhaiterait..."), are
the items of a list, their labels read as items' labels; one such line alone is a sentence, and
so is one whose label holds one of the `transitions` ("**Point 2** : ...").

A list item opening with a marker and holding an ask ("Aussi, quand je clique..., où
est-il ?", "2/ De plus, comment...") is an ask, not a step; so is one opening with one of the
`transitions` and holding a problem (after `weak_transitions` such as "ensuite", a problem
may be what happened next).

Nor does a sentence after a marker, or a later question, that holds one of the `handling`
phrases, on how to reach the writer or follow this ticket ("je suis joignable au...", "merci
de nous tenir informés", "en mon absence, contactez..."), even when it asks: it is about the
request told, not another one. (Only that sentence is read, or the line after a marker left
alone: "Dernier point :" then the phrase.)

None of these counts when the sentence holds one of the `same_problem` words that point back
at the problem already told ("le problème touche aussi", "la même erreur", "this issue"), or
for a heading, when it or the first line of its section does ("**Dernier essai :**" then
"mardi à 10 h, même erreur"), nor before some subject was stated: "Petite question :" may open a ticket.
After a marker, a reference points back at what was told by the content words it names ("ce
nombre" after the number); one opening on a pronoun ("le corriger") names none: the verb told
before about something else ("la commune a corrigé...") ties nothing to it.
Content words are words of four letters or more, compared by their first five letters (so
inflections and most typos still match), leaving aside `common_words` and the words of the
vocabularies above. Code, URLs and e-mail addresses are not read; quoted lines (`>`) only when `segments` holds
`quote`: a message the writer forwards holds the requests.

Options: `max_requests` (default 1); the vocabularies `transitions`, `weak_transitions`,
`announcements`, `asks`, `problems`, `actions`, `steps`, `parts_intro`, `same_problem`,
`references`, `courtesy`, `handling`, `attempts`, `common_words`, `compared`, `added` (terms as in
forbidden-patterns: `*` ends a stem, `re:` starts a regex on lower-case unaccented text);
`min_list_requests` (default 2), `same_subject` (default 0.5), `min_subject_words` (default 2),
`typos` (default true: one typo allowed in words of 7 to 40 letters of `transitions`,
`weak_transitions`, `asks` and `problems`), `title` (default false), `object_segments`
(default 0: off).

Placeholders: `{count}` the number of requests seen, `{found}` the text where the second one
starts (a marker, or the beginning of a list item or question). The message is picked by what
was seen: `list`, `announcement`, `transition`, `question`, `object` (a report at another
object's address) or `joined` (the title joins two requests; `{found}` is the title) when the
rule declares it.

Example:

    FAIL  Le paiement échoue depuis lundi. Par ailleurs, serait-il possible de changer le logo ?
    PASS  Le paiement échoue depuis lundi. 1. ouvrir la démarche ; 2. cliquer sur Payer.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import namedtuple
from dataclasses import dataclass

from redlint.i18n import tr
from redlint.model import Hit, Part
from redlint.rules.metric import prose
from redlint.matching import address_spans, fold, quoted_spans, sentence_spans, vocabulary

NAME = "single-request"
SCOPES = ("description", "text")
DEFAULT_SCOPE = "description"
# Headings name the subjects of sections; a checklist may hold several asks; a short
# "Label : value" line may be one of several labelled problems ("- Reporting : plus d'accès");
# paragraphs indented by habit are read as the sentences they are.
DEFAULT_SEGMENTS = ("prose", "list", "checkbox", "heading", "field", "indented")


@dataclass(frozen=True, slots=True)
class Options:
    max_requests: int = 1
    transitions: tuple[str, ...] = ()
    weak_transitions: tuple[str, ...] = ()
    announcements: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    parts_intro: tuple[str, ...] = ()
    same_problem: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    courtesy: tuple[str, ...] = ()
    handling: tuple[str, ...] = ()
    attempts: tuple[str, ...] = ()
    common_words: tuple[str, ...] = ()
    compared: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    min_list_requests: int = 2
    same_subject: float = 0.5
    min_subject_words: int = 2
    typos: bool = True
    title: bool = False
    object_segments: int = 0

    def __post_init__(self):
        if self.max_requests < 1:
            raise ValueError(tr("« max_requests » vaut au moins 1",
                                "'max_requests' must be 1 or more"))
        if self.min_list_requests < 2:
            raise ValueError(tr("« min_list_requests » vaut au moins 2",
                                "'min_list_requests' must be 2 or more"))
        if self.object_segments < 0:
            raise ValueError(tr("« object_segments » vaut 0 (sans effet) ou plus, par exemple 3",
                                "'object_segments' must be 0 (off) or more, e.g. 3"))
        if not 0 < self.same_subject <= 1:
            raise ValueError(tr("« same_subject » est une part entre 0 et 1, par exemple 0.5",
                                "'same_subject' is a share between 0 and 1, e.g. 0.5"))
        self.vocabularies()  # a faulty `re:` term is reported when the rules are loaded

    def vocabularies(self) -> dict:
        # Typos are tolerated in free phrasing; not in verb forms, where "filtre" is no "filtrer".
        return {name: vocabulary(getattr(self, name), self.typos and name in _TYPOS)
                for name in _VOCABULARIES}


# A list item: a bullet, "1." / "1)" / "1-" / "(1)" / "a)", then text.
_ITEM = re.compile(r"[ \t]*(?:(?:[-*+•·▪‣◦]|\d{1,2}(?:[.)°]|[ \t]?[-/])|\(\d{1,2}\)|\(?[a-z]\))"
                   r"[ \t]+(?=\S)|\|[ \t]*(?=\S))")
# The rule under a Markdown table's header: "|---|:---:|".
# (Read on the stripped line, each cell between its bars: a line of spaces cannot backtrack.)
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
# A line opening on a label in bold and a colon, then text ("**Breux** : le formulaire
# refuse..."): next to another such line, an item of a list written with labels for bullets
# (the label is read as the item's label).
_BOLD_LABEL_BULLET = re.compile(r"[ \t]*(?=(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)[ \t]*:[ \t]*[^\s:])")
# A sentence ends at . ! ? or the end of its line; a period after a lone letter is an initial
# or an abbreviation (M. Garnier). The match always succeeds at `$`, so it cannot backtrack far.
_WORDS = re.compile(r"[a-z0-9]+")
_CONTENT = re.compile(r"[a-z]{4,}")
_VOCABULARIES = ("transitions", "weak_transitions", "announcements", "asks", "problems",
                 "actions", "steps", "parts_intro", "same_problem", "references", "courtesy",
                 "handling", "attempts", "common_words", "compared", "added")
_TYPOS = ("transitions", "weak_transitions", "asks", "problems")
_STEM = 5  # letters compared: "inscription" and "inscrits" are one subject, "paiement(s)" too
_HEAD_WORDS = 4  # opening words: "1. L'agent clique sur...", "Pouvez-vous aussi..."
_OPENING_CONJUNCTIONS = {"et", "mais", "and", "but"}  # not counted among them
# A label opening a list item, up to its colon: "**Agenda** : pouvoir filtrer", "Point 2 :".
_LABEL = re.compile(r"[^:\n]{1,40}?(?::(?!//)|=>|->|→)[ \t]*")
_LABEL_WORDS = 5
# A numbered item's number ("2/", "3.", "(4)"), and the lines of text at most between two
# items of a numbered list that go on with the first one.
_NUMBER = re.compile(r"[ \t]*\(?(\d{1,2})(?:[.)°]|[ \t]?[-/])")
_RESUME_LINES = 8
# A sentence of this many words at least is a run-on (dictated or typed without stops): a weak
# marker inside it may open another request, with an ask within a few words after it.
_RUN_ON_WORDS = 35
_RUN_ON_REACH = 12
# A numbered item of this many words at least is a point told in full (a paragraph of its
# own): several on subjects of their own, opening the text, are as many requests.
_POINT_WORDS = 15
# What ends a clause, for `added`: a comma, semicolon or colon, or a conjunction.
_CLAUSE = re.compile(r"[,;:]|\b(?:et|mais|puis|and|but)\b")
# ...which opens on an article, then the noun naming what shows the problem.
# ...and does not follow from what was told: "Du coup l'export est vide lui aussi" is a
# consequence of the problem told, no other one.
_CONSEQUENCE = re.compile(r"\b(?:du coup|donc|par consequent|en consequence|de ce fait|"
                          r"consequently|as a result|therefore|so the)\b")
_ARTICLE = re.compile(r"[\s\"'*_(]*(?:(?:le|la|les|un|une|des|du|the|a|an)\s+|l')")
# Determiners of several things: "ces anomalies", "les mêmes erreurs" point back at a list.
_PLURAL = re.compile(r"\b(?:ces|les|memes|these|those)\b")
_ASK_CLAUSE = re.compile(r"[,;]")  # what ends the clause of an ask, for a question
_HEADING_WORDS = 2  # content words a heading needs to name a subject
# A template's field: a label in bold ending on a colon ("**Navigateur :**", "**Commune :**
# Alzon"). A field label right over another one was left empty: it names no subject.
_FIELD = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n:]{1,60}(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")
# What may stand before a marker that opens its line: markup, a postscript's mark ("P.S.",
# "PS :", "NB"), an opening conjunction ("et", "mais").
_LEAD = re.compile(r"[ \t*_#>-]*(?:(?:p\.?[ \t]?s|n\.?[ \t]?b)\b\.?[ \t*_:.-]*)?"
                   r"(?:(?:et|mais|and|but)\b[ \t,]*)?")
# ...what is left before it once the markers there are blanked: punctuation, a conjunction.
_MARKERS_REACH = 80  # characters: markers opening a line are its first words
_MARKERS_LEAD = re.compile(r"[\W_]*(?:(?:et|mais|and|but)\b[\W_]*)?")
# What joins two subjects in a title: "+", ";" or "&" between words, else "et", "and".
_STRONG_JOIN = re.compile(r"(?<=\S)\s+[+;&]\s+(?=\S)")
_JOIN = re.compile(r"(?:,\s*|\s+)(?:et|and|ainsi que)\s+(?=\S)")
# The vocabularies that make a line of the description tell something, for the title.
_CUES = ("asks", "problems", "actions", "transitions", "weak_transitions")
_ANNOUNCEMENT_REACH = 6  # words at most between an announcement and its colon
# ...in the line introducing a list ("Voici les anomalies relevées cette semaine sur le site
# de recette :"); a whole sentence before the colon tells of the demands or problems it names
# ("Plusieurs demandes d'intervention restent au statut ... au lieu de passer ... :").
_INTRO_REACH = 12
# An aside between brackets on one line, left out of those words.
_ASIDE = re.compile(r"\([^()\n]*\)")
# A heading: Markdown's, or a short line in bold alone with no sentence end ("**Paiement des
# factures**", "**2. Relevé de décisions**" numbered; not a whole sentence put in bold).
_HEADING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+\S"
                      r"|(?:\*\*|__)(?:\d{1,2}[.)][ \t]+)?[^*_\n.!?]{1,60}(?:\*\*|__)[ \t]*:?[ \t]*$)")


# A line that is not blank (blank lines only matter as gaps between lines): `item`, a list
# item (else text, headings included); `gap`, a blank line comes before it. A tuple, not a
# frozen dataclass: a pasted log makes hundreds of thousands.
_Line = namedtuple("_Line", "start end item indent gap heading", defaults=(False,))


@dataclass(frozen=True, slots=True)
class _Start:
    """Where one more request starts, and what showed it."""

    start: int
    end: int
    kind: str


def check(options: Options, part: Part, context):
    text = part.text
    folded = fold(prose(_unquoted(text)))
    # `compared` is only read in a paragraph at another object's address (_other_object).
    spans = {name: _Spans(v.spans(folded))
             for name, v in options.vocabularies().items() if name != "compared"}
    subject = _subject(folded, spans.values())

    lines = _lines(folded, spans["transitions"])
    symptoms: list[tuple[int, int]] = []  # lists tied to one problem, filled by _requests
    starts = _requests(text, folded, subject, lines, spans, options, symptoms)
    if not starts and options.object_segments and (
            found := _other_object(text, folded, subject, lines, spans, options)):
        starts = [found]
    if len(starts) + 1 > options.max_requests:
        first = starts[min(len(starts), options.max_requests) - 1]
        yield _hit(text, first, len(starts) + 1)
        return
    # The title may name two requests the description tells without a marker: it counts two.
    title = getattr(getattr(context, "draft", None), "title", None)
    if options.title and options.max_requests < 2 and title is not None \
            and (found := _title_request(title.text, folded, subject, lines, spans, options,
                                         symptoms)):
        yield _hit(title.text, found, 2, title)


# A quoted line's marks: "> > ", read as spaces.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def _unquoted(text: str) -> str:
    """The text with the marks of quoted lines turned into spaces (offsets kept): where the
    rule reads quotes (`segments: [..., quote]`), a message forwarded by the writer ("Je vous
    transfère le message de la mairie :" then "> ...") holds the requests. Quotes it does not
    read are blank already."""
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


def _hit(text: str, start: "_Start", count: int, part: Part | None = None) -> Hit:
    # A table's row ends on its cell's bar: not part of what is quoted and underlined.
    end = start.start + len(text[start.start:start.end].rstrip(" \t|"))
    found = " ".join(text[start.start:end].split())
    return Hit(start.start, end,
               {"found": found if len(found) <= 60 else found[:57].rstrip() + "…",
                "count": str(count)},
               message_key=start.kind, part=part)


def _subject(folded: str, found) -> str:
    """Content words: what is left once the vocabularies' own words are blanked out.
    (Built from slices: a list of a 5 MB text's characters took 40 MB.)"""
    pieces, last = [], 0
    for start, end in sorted(span for spans in found for span in spans.spans):
        if end > last:
            start = max(start, last)
            pieces += (folded[last:start], " " * (end - start))
            last = end
    pieces.append(folded[last:])
    return "".join(pieces)


def _title_request(title: str, described: str, subject: str, lines: list[_Line], spans,
                   options, symptoms=()) -> _Start | None:
    """Where the title names a second request: it announces several ("Plusieurs soucis sur
    le portail"), or it joins two subjects ("Facture au mauvais tarif et export de la régie",
    "bug export + faute d'orthographe") that the description tells apart, each in lines of
    its own where the other is not named."""
    folded = fold(title)
    own = {name: _Spans(v.spans(folded)) for name, v in options.vocabularies().items()
           if name != "compared"}
    # « Mes demandes en cours » between quotes names a block or a menu of the site, it
    # announces nothing.
    announced = [found for found in own["announcements"].spans
                 if not _quoted(folded, *found)]
    # A label ("Bons d'aide : ...", "[Culture]") names what both sides are about.
    label = max(folded.rfind(": "), folded.rfind("] "))
    body = label + 2 if label >= 0 else 0
    joins = list(_STRONG_JOIN.finditer(folded, body)) or list(_JOIN.finditer(folded, body))
    if not announced and not joins:
        return None
    # The lines of the description and their subjects, with whether they ask, report a
    # problem or add something: "Signature : ..." then "Logo : ..." detail one request.
    # The items of a list the description ties to one problem ("PDF, mail et statut en
    # échec", then those three listed and "tout vient de l'action qui plante") tell no side
    # apart: they are the symptoms of that problem.
    told = [(_stems(subject[line.start:line.end]),
             "?" in described[line.start:line.end]
             or any(spans[name].any_within(line.start, line.end) for name in _CUES))
            for line in lines
            if not any(start <= line.start < end for start, end in symptoms)]
    if announced:
        # ...as long as the description tells two things on subjects of their own.
        cued = [stems for stems, cue in told if cue and stems]
        if any(not a & b for a, b in itertools.combinations(cued, 2)):
            return _Start(*announced[0], "announcement")
        return None
    title_subject = _subject(folded, own.values())
    bounds = [body, *(m.start() for m in joins), len(folded)]
    for index, join in enumerate(joins):
        left_end, right_end = join.start(), bounds[index + 2]
        left = title_subject[bounds[index]:left_end]
        right = title_subject[join.end():right_end]
        left_stems, right_stems = _stems(left), _stems(right)
        if not left_stems or not right_stems or left_stems & right_stems \
                or _contained(_CONTENT.findall(left), _CONTENT.findall(right)):
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


def _lines(folded: str, transitions: "_Spans | None" = None) -> list[_Line]:
    """The lines; `transitions`: a bold label holding one ("**Point 2** :") is no item's."""
    lines, offset, gap = [], 0, False
    labelled = []  # the lines opening on a label in bold
    for raw in folded.split("\n"):
        end = offset + len(raw)
        if "---" in raw and "|" in raw and _TABLE_RULE.fullmatch(raw.strip()):
            # A table's header and the rule under it name its columns: its rows are the items.
            if lines and folded.startswith("|", lines[-1].start + lines[-1].indent):
                gap = lines.pop().gap  # the first row opens the table as its header did
                labelled.pop()
        elif raw.strip():
            indent = len(raw) - len(raw.lstrip())
            item = bool(_ITEM.match(raw))
            label = not item and _BOLD_LABEL_BULLET.match(raw)
            labelled.append(bool(label) and not (
                transitions and transitions.any_within(offset, offset + raw.find(":"))))
            lines.append(_Line(offset, end, item, indent, gap,
                               not item and bool(_HEADING.match(raw))))
            gap = False
        else:
            gap = True
        offset = end + 1
    # "**Breux** : ..." then "**Marolles** : ...": a list. (One such line alone is a sentence,
    # and so is one whose label is a marker: "**Point 2** : le logo...".)
    for index, label in enumerate(labelled):
        if label and (index and labelled[index - 1]
                      or index + 1 < len(labelled) and labelled[index + 1]):
            lines[index] = lines[index]._replace(item=True)
    return lines


def _requests(text: str, folded: str, subject: str, lines: list[_Line], spans,
              options, symptoms: list | None = None) -> list[_Start]:
    """The places where a request other than the first one starts, in reading order.
    `symptoms` receives the spans of lists of problems tied to one problem right under them."""
    starts: list[_Start] = []
    seen: set[str] = set()  # stems of the content words read so far
    asked = False  # an ask was read: a later ask on a new subject is another request
    ask_line = -1  # ...unless it follows on the same line ("Pouvez-vous voir ? Faut-il...")
    cued = False  # an ask or a problem was read: a request was made
    titled = False  # a heading named a subject: a section on one subject was opened
    heading = (0, 0)  # the last heading: "Étapes pour reproduire" makes its lists steps
    index = 0
    notes_end = 0  # the lines up to there were read for a list written as notes
    numbered = None  # a numbered list of problems, and its numbers, taken for symptoms

    def inside(name, start, end):
        return spans[name].any_within(start, end)

    def is_ask(start, end):
        return folded.find("?", start, end) >= 0 or inside("asks", start, end)

    def has_cue(start, end):
        return is_ask(start, end) or inside("problems", start, end)

    def opens(line, at):  # nothing but markup stands before `at` on its line
        # ...nor a postscript's mark or an opening conjunction: "P.S. Autre chose : ...",
        # "et tant que j'y suis, est-ce qu'on pourrait...": the marker still opens the line.
        # ...nor another marker: "Sinon, rien à voir, mais tant que je vous écris : ...".
        if at <= line.start or _LEAD.fullmatch(folded, line.start, at):
            return True
        if at - line.start > _MARKERS_REACH:
            return False
        markers = spans["weak_transitions"].within(line.start, at) \
            + spans["transitions"].within(line.start, at)
        if not markers:
            return False
        rest = list(folded[line.start:at])
        for m_start, m_end in markers:
            rest[max(m_start, line.start) - line.start:m_end - line.start] = \
                " " * (min(m_end, at) - max(m_start, line.start))
        return bool(_MARKERS_LEAD.fullmatch("".join(rest)))

    while index < len(lines):
        line = lines[index]
        if line.heading:
            # A heading naming another subject, over a section that asks or reports something,
            # after a request or a section on some subject: another request. Headings naming
            # the parts of one request ("Contexte", "Ce qui se passe", "Environnement") name
            # no subject.
            section_end = next((other.start for other in lines[index + 1:] if other.heading),
                               len(folded))
            stems = _stems(subject[line.start:line.end])
            shared = len(stems & seen) / len(stems) if stems else 1
            # A heading that asks ("Quel navigateur utilisez-vous ?") is a template's prompt:
            # the form asks, not the writer.
            names = len(stems) >= _HEADING_WORDS and shared < options.same_subject \
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
            if (names or marked) and not empty and (cued or titled) \
                    and has_cue(line.end, section_end) \
                    and not inside("same_problem", line.start, min(opening_end, section_end)):
                first = _WORDS.search(folded, line.start, line.end)
                starts.append(_Start(first.start(), line.end, "transition") if not marked
                              else _Start(*marked[0], "transition"))
            titled = titled or bool(stems)
            seen |= stems
            heading = (line.start, line.end)
            index += 1
            continue
        if line.item:
            intro = lines[index - 1] if index and not lines[index - 1].item else None
            # A heading right over the list announces it as a colon would ("**Relevé de
            # décisions**" then the decisions).
            titled_list = intro is not None and intro.heading
            intro = (intro.start, intro.end) if intro else (0, 0)
            items, index = _list(folded, lines, index)
            # "- voir svp" under a list of notes asks to look at what was listed: an ask
            # naming no subject is no request of its own.
            kinds = [kind if kind != "request" or _stems(subject[s:e]) else "other"
                     for (s, e), kind in zip(items, (_item_kind(folded, s, e, spans)
                                                     for s, e in items))]
            if is_ask(*intro) and folded[intro[0]:intro[1]].rstrip(" \t*_").endswith(":"):
                # "Pourriez-vous nous indiquer :" then "- le nombre de demandes ?": items that
                # ask by their question mark only are the things one question asks for.
                kinds = ["other" if kind == "request"
                         and _item_kind(folded, s, e, spans, marks=False) == "other" else kind
                         for (s, e), kind in zip(items, kinds)]
            # "Le problème a commencé hier" right under a list of problems: they were the
            # symptoms of that one problem.
            after = lines[index] if index < len(lines) else None
            bound = after is not None and not after.item and not after.heading \
                and inside("same_problem", after.start, after.end)
            # ...one problem, named so right under them: "tout cela vient du même problème"
            # (not "ces anomalies bloquent la recette", the things listed).
            tied = bound and "request" not in kinds \
                and any(not _PLURAL.search(folded, s, e) for s, e
                        in spans["same_problem"].within(after.start, after.end))
            if tied and symptoms is not None:
                symptoms.append((items[0][0], items[-1][1]))
            # ...or said so before it, in its section ("plusieurs remontées qui ont toutes la
            # même origine", then "Depuis, ... :" and the list): the symptoms of one problem.
            bound = bound or inside("same_problem", heading[1], line.start)
            announced = bool(_announcement(spans, folded, *intro, _INTRO_REACH)) \
                or (titled_list and inside("announcements", *intro))
            # "Nous constatons plusieurs choses :" then problems only, then right under them
            # "tout cela me fait penser à un seul et même problème": the things announced were
            # that problem's symptoms.
            announced = announced and not tied
            found = _list_starts(items, kinds, intro, inside, options, cued or bound,
                                 announced) \
                if not inside("parts_intro", *heading) else []
            if not found and len(items) == 1 and cued \
                    and inside("weak_transitions", line.start, items[0][0]) \
                    and has_cue(*items[0]) and _new_subject(items[0], subject, seen, spans,
                                                            options):
                # One line of notes added with a marker for bullet ("+ logo flou sur le
                # récépissé") after a problem or an ask: another one, on a subject not told.
                starts.append(_Start(items[0][0], items[0][1], "transition"))
            numbers = _numbers(folded, items)
            # ...the sentence right over it, not the context told before in its paragraph
            # ("Nous avons commencé la recette de la nouvelle démarche..." then "Voici ce que
            # nous avons relevé :").
            leading = (sentence_spans(folded, *intro) or [intro])[-1]
            # A problem told before: the points are its symptoms or attempts; unless the
            # sentence right over them announces several ("Nous avons deux soucis sur le
            # portail." ending on a stop, not a colon).
            if not found and numbers and not bound and not tied \
                    and (not cued or inside("announcements", *leading)) \
                    and not inside("parts_intro", *heading) \
                    and not inside("parts_intro", *leading) \
                    and not (is_ask(*leading)
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
            starts += found
            if not found and len(items) >= options.min_list_requests and numbers:
                # Problems numbered "1." "2.", then a result expected for each under the
                # same numbers, in a list that a heading or its line names as a part of a
                # request ("Comportement attendu"): each problem has a fix of its own.
                # (Symptoms of one problem have one expected result; the tests made are no
                # results, nor are steps and actions.)
                if all(kind == "problem" for kind in kinds):
                    numbered = (items, numbers)
                elif numbered and numbers == numbered[1] \
                        and (inside("parts_intro", *heading) or inside("parts_intro", *intro)) \
                        and not {"step", "request"} & set(kinds):
                    starts += [_Start(s, e, "list") for s, e in numbered[0][1:]]
                    numbered = None
            # The problems of a list of symptoms or requirements are no ask of their own, nor
            # are observations: a later question on some other word still asks about them.
            asked = asked or ("request" in kinds and not inside("parts_intro", *intro))
            cued = cued or asked or any(has_cue(s, e) for s, e in items)
            for s, e in items:
                seen |= _stems(subject[s:e])
            continue
        if index >= notes_end and not seen:
            # Lines that each open on an action or a problem, with no bullet, before anything
            # else was told: the ticket is a list written as notes ("Renommer le champ X" /
            # "Supprimer le bloc Y", "Bug sur..." / "Bug dans..."). Read as a list when it
            # holds several requests, else as sentences. (After a sentence telling a need,
            # such lines are the parts of it: the fields of a new form.)
            notes_end = _notes(folded, lines, index, spans)
            if notes_end > index + 1 and not inside("parts_intro", *heading):
                items = [(lines[i].start, lines[i].end) for i in range(index, notes_end)]
                kinds = _distinct([_item_kind(folded, s, e, spans) for s, e in items],
                                  [_stems(subject[s:e]) for s, e in items], options)
                intro = (lines[index - 1].start, lines[index - 1].end) if index else (0, 0)
                if found := _list_starts(items, kinds, intro, inside, options, cued,
                                         bool(_announcement(spans, folded, *intro, _INTRO_REACH))):
                    starts += found
                    asked = asked or "request" in kinds
                    cued = True
                    for s, e in items:
                        seen |= _stems(subject[s:e])
                    index = notes_end
                    continue
        index += 1
        nxt = lines[index] if index < len(lines) else None
        for s, e in sentence_spans(folded, line.start, line.end):
            if not folded[s:e].strip():
                continue
            stems = _stems(subject[s:e])
            if (found := _announcement(spans, folded, s, e)) and not (nxt and nxt.item):
                starts.append(_Start(found[0], found[1], "announcement"))
            elif inside("transitions", s, e):
                found = spans["transitions"].within(s, e)[0]
                # "Autre point :" then the point, on the same line or the next one.
                rest_end = nxt.end if nxt and not nxt.gap else line.end
                # A marker past the first words of its sentence (a text dictated or typed
                # without a stop: "...le calendrier reste gris et puis tant que je vous tiens
                # la direction voudrait...") ends what was told before it: the words before it
                # were read, and the request it opens is what follows it.
                told, opening = seen, s
                if found[0] >= _head_end(folded, s, e):
                    told, opening = seen | _stems(subject[s:found[0]]), found[0]
                    stems = _stems(subject[opening:e])
                # "Dernier point :" alone: what it opens is on the next line.
                said_end = e
                if len(stems) < options.min_subject_words:
                    stems |= _stems(subject[e:rest_end])
                    said_end = rest_end
                shared = len(stems & told) / len(stems) if stems else 0
                # Mid-paragraph, "par ailleurs" often just adds a fact: it opens a request
                # when it starts its line or brings an ask or a problem. "J'en profite pour
                # vous remercier" is no request, nor is a marker before any subject.
                cue = has_cue(opening, rest_end)
                # A marker opening its line on an ask opens another request even on the same
                # object: « Au passage, serait-il possible que la carte s'ouvre sur le bourg ? »
                # (a question on the problem told points back at it: `same_problem`).
                asks_anew = opens(line, found[0]) and is_ask(opening, rest_end)
                if told and (shared < options.same_subject or asks_anew) \
                        and (opens(line, found[0]) or cue) \
                        and (cue or not inside("courtesy", opening, e)) \
                        and not inside("same_problem", opening, rest_end) \
                        and not inside("handling", opening, said_end) \
                        and not any(_named(folded, r_start, r_end) & told  # "ce nombre"
                                    for r_start, r_end
                                    in spans["references"].within(found[1], said_end)):
                    starts.append(_Start(found[0], found[1], "transition"))
                # The words before a marker past the first words were told as well (`stems`
                # now holds those after it): else a sentence ending where the next line's
                # marker is matched (". Autre chose") was never read.
                seen |= told
            elif seen and (weak := _weak(spans, folded, s, e)) and ((is_ask(s, e) and (
                    # After the verb, a marker that tells a sequence ("Il faudrait ensuite
                    # notifier la décision") gives the next step of the process asked for; one
                    # that adds (`added`, when given: "Pouvez-vous aussi...") adds a request.
                    weak[0] <= s or _LEAD.fullmatch(folded, s, weak[0])
                    or not options.added or inside("added", *weak))) or (
                    # "Ensuite, le courriel n'arrive plus" opening its paragraph (not a step of
                    # the story told: those go on mid-paragraph); a marker that adds (`added`:
                    # "Et aussi, les parents de CE2 ne voient pas...") opening its sentence
                    # anywhere: it adds a problem, it tells no next step.
                    inside("problems", s, e) and (opens(line, weak[0]) or (
                        inside("added", *weak) and _LEAD.fullmatch(folded, s, weak[0]))))):
                shared = len(stems & seen) / len(stems) if stems else 1
                # "Il faudrait aussi que ce nombre figure..." goes on with the number told of.
                refers_back = any(_named(folded, r_start, r_end) & seen
                                  for r_start, r_end in spans["references"].within(s, e))
                if len(stems) >= options.min_subject_words and shared < options.same_subject \
                        and not inside("same_problem", s, e) and not refers_back \
                        and not inside("handling", s, e):
                    starts.append(_Start(weak[0], weak[1], "transition"))
            elif seen and cued and (weak := _weak(spans, folded, s, e)) \
                    and opens(line, weak[0]) and is_ask(e, line.end) \
                    and inside("actions", e, line.end) \
                    and _new_subject((s, line.end), subject, seen, spans, options):
                # A marker opening its paragraph on a fact ("Enfin, les horaires affichés
                # sont ceux de l'hiver."), the ask later in that paragraph ("Je vous remercie
                # de bien vouloir les mettre à jour."): the marker opened that request.
                starts.append(_Start(weak[0], weak[1], "transition"))
            elif (mid := _run_on(folded, subject, s, e, seen, spans, options)):
                # A text dictated or typed without stops: "...on a refait le lendemain même
                # résultat et sinon ça serait bien d'avoir un export des présences...".
                starts.append(_Start(mid[0], mid[1], "transition"))
            elif is_ask(s, e) and (asked or (cued and line.gap and opens(line, s))) \
                    and ask_line != index \
                    and len(stems) >= options.min_subject_words and not stems & seen \
                    and not inside("references", s, e) and not inside("same_problem", s, e) \
                    and not inside("handling", s, e) \
                    and (inside("problems", s, e) or inside("actions", s, e)) \
                    and _asked_names(folded, subject, s, e, spans):
                # A later question reports or asks to do something else ("Pourquoi le
                # calendrier n'affiche plus...", "Comment changer le logo ?"); one that does
                # neither goes on with the question asked ("Est-il possible de choisir les
                # colonnes du fichier obtenu ?", "Faut-il passer par une grille ?").
                starts.append(_Start(s + len(folded[s:e]) - len(folded[s:e].lstrip()), e,
                                     "question"))
            elif options.object_segments and cued and not asked and is_ask(s, e) \
                    and len(stems) >= options.min_subject_words \
                    and len(stems & seen) / len(stems) < options.same_subject \
                    and not inside("references", s, e) and not inside("same_problem", s, e) \
                    and not inside("handling", s, e) \
                    and (objects := _objects(text, s, e, options.object_segments)) \
                    and (before := _objects(text, 0, s, options.object_segments)) \
                    and not objects & before:
                # After a problem told at its address, an ask on other words at the address
                # of another object, marker or not: another request ("...et ma collègue non
                # plus. Sur le formulaire de la salle, il faudrait que le téléphone ne soit
                # plus obligatoire : <address of that form>").
                starts.append(_Start(s + len(folded[s:e]) - len(folded[s:e].lstrip()), e,
                                     "object"))
            elif seen and cued and (found := _and_opening(folded, subject, s, e, seen, spans,
                                                          options, asked, text)):
                starts.append(_Start(found[0], found[1], "transition"))
            elif (found := _added(folded, subject, s, e, seen, spans, options, cued)):
                # "...et le captcha ne s'affiche plus non plus sur le formulaire de contact":
                # a problem added, by the way, to a subject not told before.
                starts.append(_Start(found[0], found[1], "transition"))
            elif folded.find(" + ", s, e) >= 0 and (
                    found := _plus_joined(folded, subject, s, e, seen, spans, options)):
                # Notes joining two problems by "+": "pdf mal mis en page + mails pas reçus".
                starts.append(_Start(found[0], found[1], "transition"))
            elif options.object_segments and text.find("/", s, e) >= 0 \
                    and folded.find("et", s, e) >= 0 and (
                    found := _joined_object(text, folded, subject, s, e, seen, spans, options)):
                # "...le tarif appliqué est faux, et l'export des réservations (<address of
                # another form's listing>) ne contient plus la colonne...": a second problem,
                # at another object's address, joined to the first one.
                starts.append(_Start(found[0], found[1], "object"))
            if is_ask(s, e):
                asked, ask_line = True, index
            cued = cued or has_cue(s, e)
            seen |= stems
    return starts


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
        if told and reported and own_kinds & kinds and not objects & named \
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


def _line_end(folded: str, start: int, end: int) -> int:
    found = folded.find("\n", start, end)
    return end if found < 0 else found


def _announcement(spans, folded: str, start: int, end: int,
                  reach: int = _ANNOUNCEMENT_REACH) -> tuple[int, int] | None:
    """An announcement of several requests that a colon follows closely: "J'ai deux questions
    sur le portail :" announces; "les deux demandes ont été validées par deux agents :" (two of
    the forms' demands) does not."""
    for found in spans["announcements"].within(start, end):
        if _quoted(folded, *found):  # « Mes demandes » : a block of the site, named
            continue
        colon = folded.find(":", found[1], end)
        # An aside between brackets is not counted: « Voici nos retours de recette sur le
        # portail (mise en production prévue le 2 mai) : » announces as closely as without it.
        if colon >= 0 and len(_WORDS.findall(
                _ASIDE.sub(" ", folded[found[1]:colon]))) <= reach:
            return found
    return None


def _quoted(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] is a mention between quotation marks on its line: the name
    of something shown (« Mes demandes », "Mes remarques")."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start:len(folded) if line_end < 0 else line_end]
    return any(begin <= start - line_start and end - line_start <= finish
               for begin, finish in quoted_spans(line))


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
    des présences...", "...et puis la directrice voudrait pouvoir voir les dossiers...". The
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
    for found in weak.within(head_end, end):
        if short and not (folded.startswith("et ", found[0])
                          and spans["problems"].any_within(start, found[0])):
            continue
        # the ask opens within a few words of the marker
        reach = bisect.bisect_left(words, found[1]) + _RUN_ON_REACH
        ask_end = words[reach] if reach < len(words) else end
        if not (folded.find("?", found[1], ask_end) >= 0
                or any(a_start < ask_end for a_start, _ in
                       spans["asks"].within(found[1], end))):
            continue
        stems = _stems(subject[found[1]:end])
        told = seen | _stems(subject[start:found[0]])
        if told and len(stems) >= options.min_subject_words \
                and len(stems & told) / len(stems) < options.same_subject \
                and not any(_named(folded, r_start, r_end) & told  # "ce champ", not "ça"
                            for r_start, r_end in spans["references"].within(found[1], end)) \
                and not spans["same_problem"].any_within(found[1], end) \
                and not spans["handling"].any_within(found[1], end):
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
    for found in spans["added"].within(start, end):
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
        # aussi ajouter la salle des fêtes à la liste"): another request.
        wish = joined and any(begin <= a_start and a_end <= found[0] for a_start, a_end
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
        # The clause opens on what shows the problem, named anew: an article, then a word not
        # told ("le captcha", "l'export"); not on a pronoun ("elle obtient aussi une erreur")
        # nor on when or how ("quand je lui envoie le lien, ...").
        if _CONSEQUENCE.search(folded, start, found[0]):
            continue
        opening = _ARTICLE.match(folded, after if leads else begin)
        noun = _CONTENT.match(subject, opening.end()) if opening else None
        if not wish and (not noun or noun.group()[:_STEM] in told):
            continue
        if wish and not (told and spans["problems"].any_within(start, begin)):
            continue
        if len(stems) >= options.min_subject_words \
                and len(stems & told) / len(stems) < options.same_subject \
                and not spans["references"].any_within(begin, stop) \
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
                and not _CONSEQUENCE.search(folded, boundary.start(), stop) \
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
    plus = folded.find(" + ", start, end)
    while plus >= 0:
        following = folded.find(" + ", plus + 3, end)
        stop = following if following >= 0 else end
        if spans["problems"].any_within(start, plus) \
                and spans["problems"].any_within(plus + 3, stop):
            told = seen | _stems(subject[start:plus])
            if _new_subject((plus + 3, stop), subject, told, spans, options,
                            min_words=min(2, options.min_subject_words)):
                return plus + 1, plus + 2
        plus = following
    return None


# A clause joined by "et" runs to the next comma, semicolon or "et" (its address holds none).
_JOINED_END = re.compile(r"[,;]|\b(?:et|and)\b")

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
            and not any(_named(folded, r_start, r_end) & seen
                        for r_start, r_end in spans["references"].within(opening.end(), end)) \
            and not spans["same_problem"].any_within(opening.end(), end) \
            and not spans["handling"].any_within(opening.end(), end) \
            and not _CONSEQUENCE.search(folded, start, end):
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


def _head_end(folded: str, start: int, end: int) -> int:
    # A conjunction opening the sentence is not one of its words: "Et ce serait bien aussi..."
    words = list(itertools.islice(_WORDS.finditer(folded, start, end), _HEAD_WORDS + 1))
    if len(words) <= _HEAD_WORDS or words[0].group() not in _OPENING_CONJUNCTIONS:
        words = words[:_HEAD_WORDS]
    return words[-1].end() if words else start


class _Spans:
    """The matches of one vocabulary, found by bisection (a 5 MB text stays linear). They do
    not overlap (a vocabulary's matches never do), so their ends are sorted like their starts."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The matches overlapping [start, end)."""
        return self.spans[bisect.bisect_right(self.ends, start):
                          bisect.bisect_left(self.starts, end)]

    def any_within(self, start: int, end: int) -> bool:
        last = bisect.bisect_left(self.starts, end)
        return last > 0 and self.ends[last - 1] > start


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
    # number names where one problem shows, whatever its label says.
    if label and not _CONTENT.search(folded, label.end(), end):
        return "other"
    head_end = _head_end(folded, after, end)
    # "Pré-remplir la fiche": a verb made into another by its prefix is no navigation step.
    step = [found for found in spans["steps"].within(start, head_end)
            if not (found[0] > 1 and folded[found[0] - 1] == "-"
                    and folded[found[0] - 2].isalpha())]
    action = spans["actions"].within(start, head_end)
    asks = bool(spans["asks"].within(start, end)) or (marks and "?" in folded[start:end])
    problem = bool(spans["problems"].within(start, end))
    # "- Aussi, quand je clique sur la boîte, le besoin a-t-il disparu ?" asks something
    # more: no step. (A problem after "ensuite", "enfin" may be what happened next.)
    if (asks and spans["weak_transitions"].within(start, head_end)) or (
            (asks or problem) and spans["transitions"].within(start, head_end)):
        return "request"
    if step and (not action or step[0] < action[0]):  # "cliquer sur Ajouter" is a step
        return "step"
    if action or asks:
        return "request"
    if problem:
        return "problem"
    return "other"


def _list_starts(items, kinds, intro, inside, options, told: bool,
                 announced: bool) -> list[_Start]:
    """The items of a list that start requests of their own. `told`: an ask or a problem was
    read before the list."""
    if announced:
        asks = [item for item, kind in zip(items, kinds) if kind != "step"]
    elif inside("parts_intro", *intro):
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


def _new_subject(span: tuple[int, int], subject: str, seen: set[str], spans, options,
                 min_words: int | None = None) -> bool:
    """Whether span names a subject of its own: `min_words` content words at least (default
    `min_subject_words`), mostly not told, and no word pointing back at what was told."""
    stems = _stems(subject[span[0]:span[1]])
    least = options.min_subject_words if min_words is None else min_words
    return len(stems) >= least \
        and len(stems & seen) / len(stems) < options.same_subject \
        and not any(spans[name].any_within(*span)
                    for name in ("references", "same_problem", "handling"))


# A pronoun opening a reference ("le corriger", "en parler"): the verb after it names nothing.
_PRONOUN = re.compile(r"(?:en|le|la|les|l')\b\s*")


def _named(folded: str, start: int, end: int) -> set[str]:
    """The content words a reference names to point back at what was told: "ce nombre" names
    the number; "le corriger" names nothing (its verb, told before about something else, is
    no subject), what "le" stands for may be told in its own sentence."""
    return set() if _PRONOUN.match(folded, start) else _stems(folded[start:end])


def _stems(segment: str) -> set[str]:
    return {word[:_STEM] for word in _CONTENT.findall(segment)}
