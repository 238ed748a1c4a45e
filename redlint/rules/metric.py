"""metric: a number measured on the text stays within bounds.

Options:
- `measure` (required): what to count, one of
  - `words`: words, a leading context prefix like `[Senior]` left aside;
  - `characters`: characters;
  - `caps-words`: words written in capitals to shout — a word of more than `acronym_length`
    letters, or each word of a run of `caps_run` capitalised words. Never shouting: words in
    `allow` (PDF, SMS, RGPD...), code, URLs, quoted text (« ACCÈS REFUSÉ », a button label), a
    lone name in capitals next to a capitalised word (Marie DUPONT, Mme MARTIN), and the
    signature (see `courtesy`);
  - `bold-ratio`: the share of the text's letters set in **bold** (code and labels in bold
    opening a line left aside; see `key_phrases`);
  - `exclamations`: the longest run of `!` or `?` marks;
  - `telegraphic`: the share of the prose's words that stand in fragments or run-on text.
    Prose is the text without code, URLs, quotes (`>`), headings, tables, list items of fewer
    than four words, `Label: value` lines (not a note on a topic in lower case, « appli
    mobile de la commune : écran blanc à l'ouverture », a topic of three words or more and
    what it tells in two words or more: those are the writer's words, and their colon ends
    no sentence), lines ending with a colon, lines made mostly of
    digits and signs, short lines holding a `courtesy` term (Bonjour, Merci) and the signature;
    nor the lines a sentence ending with a colon announces, opening on a capital or a digit
    and not ending as a sentence ("La nouvelle adresse est :" then the address, prices).
    Telegraphic are:
    - a line (or list item) where fewer than `fragment_ratio` of the words are
      `function_words` (articles, prepositions, pronouns, auxiliaries): "parents bloqués";
    - a line chaining pieces with two arrows or more (`->`, `=>`, `→`, ` > `), the pieces
      after them mostly starting in lower case, two of them of three words or more: "clic
      payer -> erreur du paiement -> impossible de continuer" (a navigation path names menus:
      "Paramètres > Courriels", "démarches > inscriptions > export");
    - run-on text, a stretch with no `. ! ? ; :` of `run_on_words` words or more that does not
      end with one (twice that length if it does, unless typed as spoken, see below); when
      it starts in lower case, half that length is enough, and so are three clauses spliced
      with commas: "montant faux, 45 euros au lieu de 30, merci"; a stretch where twice
      `fragment_ratio` of the words or more are function words is a long sentence, not
      run-on fragments;
    - the lines of a paragraph of several lines without a single punctuation mark, and all
      lines of a text without any;
    - with `note_stretches`, notes cut by stops: in a paragraph holding that many stretches or
      more between stops that open in lower case and hold no clause word nor courtesy
      (« facture de novembre. 75 € au lieu de 45. montant faux. »), the words of those
      stretches (a sentence beside them on their line is not counted).
    Prose shorter than `min_words` words is not measured. A line or stretch told in clauses
    (two different `clause_words` or more, one every ten words: "je clique, je tombe sur une
    page blanche, je recharge") is not notes, even without punctuation; nor is one typed as
    spoken, dictated or on a phone, without capitals or stops: two different clause words,
    four words in ten function words, its accents kept ("les placiers ne voient plus les
    demandes dans leur liste, le marché c'est demain"); an SMS drops its accents too ("pb sur
    l inscription ecole ... c urgent stp") and stays notes.
    With `short_words`, a description of at most that many words must make a statement: a
    line holding one of `clause_words` (a subject, « ne », a conjugated auxiliary) and naming
    something besides `function_words`, `vague_words` and `courtesy`, or a sentence (over one
    line or several) that ends and opens a clause on one of `determiners`, at its start or
    after a comma, a colon, a link or a short complement of time or place ("Le paiement
    échoue.", "Sur <adresse>, le bandeau indique « Bienvenu ».", "Depuis ce matin le bouton
    reste gris.") or a sentence that ends, opens on one of `requests` and names its object
    with a determiner ("Merci d'ajouter le champ Allergies au formulaire."); a link closing a
    line after a colon ends its sentence. A field's label holding a clause word is a sentence
    ("Le récépissé est vide : <adresse>"), and so is a line ending with a colon only because
    its link was left aside. Otherwise it is reported
    as `short` ("impossible de valider", "ça ne marche pas", or the title's sentence
    continued after an ellipsis: "... même quand le champ est rempli"), or as `empty` when
    the writer wrote no sentence at all (an empty body, a link, an image, an unfilled template's italic
    hints) and no segment of `described_by` (a quoted message, a table) holds words; those
    segments' words count towards `short_words` too (« Voici les soucis. » above a table of
    them is described by the table). Images, bracketed
    attachments and italic template hints are not the writer's words; a sentence wrapped in
    triple backticks on its own line is.
- `min`, `max`: the bounds (either may be left out).
- `allow`: words the measure ignores.
- `min_words` (default 0): texts shorter than this are not measured.
- `acronym_length` (default 5), `caps_run` (default 3): see `caps-words`.
- `courtesy`: greeting and closing terms (see `caps-words`, `telegraphic`). The signature is
  what follows a line of at most five words holding one, after some text, or else a last
  block of at most three short lines without final punctuation.
- `function_words`, `fragment_ratio` (default 0.25), `run_on_words` (default 30),
  `short_words` (default 0: off), `clause_words`, `vague_words`, `determiners`, `requests`
  (default none), `described_by` (segment kinds), `note_stretches` (default 0: off): see
  `telegraphic`. Message keys: `short`,
  `empty`.
- `key_phrases` (bold-ratio, default 0: off): up to this many phrases in bold of at most four
  words are key words (a date, a name, « toujours ouverte »), whatever their share of a short
  text: they count only with more phrases in bold, or when one of them is longer, or a whole
  sentence or line. A label in
  bold opening a line (`**Navigateur :** Firefox`, `**Problème** Le PDF est vide`: a short
  one, then a capital, a digit or a link) is never emphasis.
- `emphasis` (caps-words): when given, a lone word in capitals (or two) counts only if it is
  one of these common words stressed (URGENT, JAMAIS, HELP); others are names, statuses,
  buttons or codes. A run of `caps_run` words counts when it holds half of its sentence and is
  not a value shown under a line ending with a colon. A line made only of such words in
  capitals ("HELP", "URGENT !!!") is a sentence in capitals, even at the end where a signature
  would stand: it counts `caps_run` words; not when it answers the line above (a question, a
  label ending with a colon, a heading or a field: « Bloquant ? » / « NON »).

Placeholders: `{value}` the measure (a percentage for `bold-ratio` and `telegraphic`), `{min}`,
`{max}`, `{found}` the text that counts most.

Example, rule `description-shouting`, measure `caps-words`, max 1:

    FAIL  "LE FORMULAIRE NE S'AFFICHE PLUS DEPUIS CE MATIN"
    PASS  "Le formulaire ne s'affiche plus depuis ce matin (erreur PDF)."

Example, rule `description-telegraphic`, measure `telegraphic`, max 0.5:

    FAIL  "inscription cantine marche pas / parents bloqués / voir vite"
    PASS  "Depuis ce matin, les parents ne peuvent plus valider l'inscription à la cantine."
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from redlint.i18n import tr
from redlint.model import Hit, Part
from redlint.matching import ADDRESS, ADDRESS_CLOSING, fold, vocabulary

NAME = "metric"
SCOPES = ("title", "description", "text", "field:*")
DEFAULT_SCOPE = "description"
DEFAULT_SEGMENTS = ("prose", "list")  # measures the writer's sentences only


@dataclass(frozen=True, slots=True)
class Options:
    measure: str
    min: float | None = None
    max: float | None = None
    allow: tuple[str, ...] = ()
    min_words: int = 0
    acronym_length: int = 5
    caps_run: int = 3
    courtesy: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    fragment_ratio: float = 0.25
    run_on_words: int = 30
    short_words: int = 0
    clause_words: tuple[str, ...] = ()
    vague_words: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    emphasis: tuple[str, ...] = ()
    described_by: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    key_phrases: int = 0
    note_stretches: int = 0

    def __post_init__(self):
        if self.measure not in MEASURES:
            measures = ", ".join(MEASURES)
            raise ValueError(tr(f"mesure inconnue « {self.measure} » ; les mesures sont : "
                                f"{measures}",
                                f"unknown measure '{self.measure}'; measures are: {measures}"))
        if self.min is None and self.max is None:
            raise ValueError(tr("donnez « min » ou « max »", "give 'min' or 'max'"))
        if not 0 <= self.fragment_ratio <= 1:
            raise ValueError(tr("« fragment_ratio » est une part entre 0 et 1, par exemple 0.25",
                                "'fragment_ratio' is a share between 0 and 1, e.g. 0.25"))
        if self.run_on_words < 1:
            raise ValueError(tr("« run_on_words » vaut au moins 1",
                                "'run_on_words' must be 1 or more"))
        if self.measure == "telegraphic" and not self.function_words:
            raise ValueError(tr("la mesure « telegraphic » demande « function_words »",
                                "measure 'telegraphic' needs 'function_words'"))
        if self.short_words < 0:
            raise ValueError(tr("« short_words » vaut 0 ou plus", "'short_words' must be 0 or more"))
        if self.note_stretches < 0:
            raise ValueError(tr("« note_stretches » vaut 0 ou plus",
                                "'note_stretches' must be 0 or more"))
        if self.key_phrases < 0:
            raise ValueError(tr("« key_phrases » vaut 0 ou plus",
                                "'key_phrases' must be 0 or more"))
        if self.short_words and not self.clause_words:
            raise ValueError(tr("« short_words » demande « clause_words »",
                                "'short_words' needs 'clause_words'"))
        vocabulary(self.function_words)  # a faulty `re:` term is reported at load
        vocabulary(self.courtesy)
        vocabulary(self.clause_words)
        vocabulary(self.vague_words)
        vocabulary(self.determiners)
        vocabulary(self.emphasis)
        vocabulary(self.requests)


_PREFIX = re.compile(r"^\s*(\[[^\]]*\]\s*)+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
# Not prose: fenced and inline code, URLs, e-mail addresses, identifiers (SEC_ERROR_UNKNOWN),
# quoted lines of someone else's message. Each alternative stops at a fixed character, so a
# 5 MB text is scanned in linear time. Addresses and identifiers are only looked for on the
# lines holding an `@` or a `_`: tried at every word, they took most of the scan's time.
_CODE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`|" + ADDRESS.pattern + r"|^[ \t]*>[^\n]*",
                   re.S | re.M)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")
_IDENTIFIER = re.compile(r"\b[^\W_]+(?:_[^\W_]+)+")  # SEC_ERROR_UNKNOWN_ISSUER, not __bold__
# Quoted text; each class excludes its own opening mark so that unclosed marks stay linear.
_QUOTED = re.compile(r"«[^«»\n]*»|“[^“”\n]*”|\"[^\"\n]*\"|\[[^\[\]\n]*\]")
# Bold content holds no `*` (or `_`): each start is scanned only up to the next marker, which
# keeps "**a **a **a ..." linear (the former lazy `.+?` with look-behind was quadratic).
_BOLD = re.compile(r"\*\*([^\s*](?:[^*]*[^\s*])?)\*\*|__([^\s_](?:[^_]*[^\s_])?)__")


@lru_cache(maxsize=2)  # several rules read the prose of one long description
def prose(text: str) -> str:
    """The text with code, URLs, addresses, identifiers and quoted lines blanked out (same
    length, so offsets stay right)."""
    return _on_lines_with("_", _IDENTIFIER, _code_blanked(text))


def _code_blanked(text: str) -> str:
    """The text with code, URLs, addresses and quoted lines blanked. An address is blanked
    first: inside code or a URL it is blanked anyway, and no code or URL starts inside one."""
    return _CODE.sub(_blank, _on_lines_with("@", _EMAIL, text))


def _on_lines_with(mark: str, regex: re.Pattern, text: str) -> str:
    """`regex`'s matches blanked, on the lines holding `mark` (no match spans two lines)."""
    if mark not in text:
        return text
    return "\n".join(regex.sub(_blank, line) if mark in line else line
                     for line in text.split("\n"))


def _blank(match: re.Match) -> str:
    return _blank_all(match.group())


def _words(text: str, options: Options) -> tuple[float, int, int]:
    body = _PREFIX.sub(lambda m: " " * len(m.group()), text)
    words = list(_WORD.finditer(body))
    if not words:
        return 0, 0, len(text)
    return len(words), words[0].start(), words[-1].end()


def _characters(text: str, options: Options) -> tuple[float, int, int]:
    return len(text.strip()), 0, len(text)


def _unsigned(text: str, options: Options) -> str:
    """The text with its signature blanked: what follows a short closing line (Cordialement),
    or else a last block of at most three short lines."""
    if not options.courtesy:
        return text
    return _without_signature(text, options.courtesy)


_SIGNATURE_LINE_WORDS = 10  # "Direction des affaires générales - Mairie de Saint-Denis"


@lru_cache(maxsize=2)  # shouting and telegraphic read the same unsigned text
def _without_signature(text: str, courtesy) -> str:
    starts = _line_starts(text)

    def words(index: int) -> int:
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
        return len(_WORD.findall(text, starts[index], end))

    # A closing ends a text, it does not open it: some line of more than five words comes first.
    first = next((i for i in range(len(starts)) if words(i) > 5), None)
    if first is None:
        return text
    # ...and only short lines follow it (a name, a service, a phone number): a greeting in
    # the middle of a text ("Bonjour," under a bold title) is followed by sentences. Read
    # from the end, up to the last longer line: a long text's other lines are never read,
    # for their words or their courtesy.
    # (The blank lines at the end, a pasted log left aside among them, are passed at once.)
    last_written = bisect.bisect_right(starts, len(text.rstrip()) - 1) - 1
    last_long = next((i for i in range(last_written, -1, -1)
                      if words(i) > _SIGNATURE_LINE_WORDS), -1)
    tail = starts[last_long + 1] if last_long + 1 < len(starts) else len(text)
    polite = sorted({bisect.bisect_right(starts, tail + start) - 1
                     for start, _ in vocabulary(courtesy).scan(fold(text[tail:]))})
    closing = next((i for i in polite if i > first and words(i) <= 5), None)
    if closing is not None:
        return text[:starts[closing]] + _blank_all(text[starts[closing]:])
    block = text.rstrip().rsplit("\n\n", 1)
    lines = block[-1].strip().split("\n")
    if len(block) == 2 and len(lines) <= 3 and all(
            len(_WORD.findall(ln)) <= 6 and ln.rstrip()[-1:] not in ".!?:" for ln in lines):
        return block[0] + _blank_all(text[len(block[0]):])
    return text


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _blank_all(text: str) -> str:
    """Spaces for every character but line breaks."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


_SENTENCE_STOP = re.compile(r"[.!?;:\n]")


# At most four words in capitals on a line of their own (the first two letters capitals: a
# line in lower case fails at once, which keeps a 5 MB text fast).
_CRY_LINE = re.compile(r"^[ \t]*((?:[A-ZÀ-ÖØ-Þ]{2}[^\W\d_]*[ \t]*){1,4}?)[ \t!?.]*$", re.M)


def _cries(body: str, emphatic) -> list[tuple[int, int]]:
    """The lines made only of stressed common words in capitals (and marks): "HELP", "URGENT
    !!!". Standing alone, such a line is a sentence in capitals, not a name or a signature."""
    found = []
    for m in _CRY_LINE.finditer(body):
        words = m.group(1).split()
        if all(w.upper() == w and emphatic.spans(fold(w)) for w in words) \
                and not _answers(body, m.start()):
            found.append((m.start(1), m.start(1) + len(m.group(1).rstrip())))
    return found


def _answers(body: str, start: int) -> bool:
    """Whether the line at `start` answers what stands above it: a question, a label ending
    with a colon, or a heading, field or template line (blanked: spaces only) — « NON » under
    « Reproductible ? » is a value, not a cry."""
    end = start - 1  # the line break before the line
    while end > 0:
        begin = body.rfind("\n", 0, end) + 1
        line = body[begin:end]
        if line:
            text = line.strip()
            return not text or text[-1] in ":?"
        end = begin - 1
    return False


def _caps_words(text: str, options: Options) -> tuple[float, int, int]:
    allowed = {word.upper() for word in options.allow}
    body = _QUOTED.sub(_blank, prose(_unsigned(text, options)))
    # A cry on a line of its own counts even at the end, where a signature would be read.
    cries = _cries(_QUOTED.sub(_blank, prose(text)), vocabulary(options.emphasis)) \
        if options.emphasis else []
    for start, end in cries:
        body = body[:start] + text[start:end] + body[end:]
    cry_starts = {a for a, _ in cries}
    words = list(_WORD.finditer(body))
    shouting = 0
    spans: list[tuple[int, int]] = []
    run: list[int] = []  # indexes in `words` of the current run of capitalised words

    def is_caps(word: str) -> bool:
        if not word.isupper():  # most words: no need to count their letters
            return False
        letters = sum(c.isalpha() for c in word)
        return letters >= 2 and word.upper() == word and word.lower() != word

    def is_name_beside(index: int) -> bool:
        # French writes surnames in capitals next to a first name or title: Marie DUPONT, M. ROY.
        for near in (index - 1, index + 1):
            if 0 <= near < len(words):
                word = words[near].group()  # a first name, not "C'est" or "L'ÉQUIPE"
                if word[0].isupper() and (len(word) == 1 or not word[1:].isupper()) \
                        and "'" not in word and "’" not in word \
                        and "\n" not in body[min(words[near].end(), words[index].end()):
                                             max(words[near].start(), words[index].start())]:
                    return True
        return False

    emphatic = vocabulary(options.emphasis) if options.emphasis else None

    stops = [m.start() for m in _SENTENCE_STOP.finditer(body)]

    def sentence_words(index: int) -> int:
        """How many words the sentence (or line) holding `words[index]` has."""
        at = bisect.bisect_left(stops, words[index].start())
        lo = stops[at - 1] + 1 if at else 0
        hi = stops[at] if at < len(stops) else len(body)
        return len(_WORD.findall(body, lo, hi))

    def after_colon(index: int) -> bool:
        """A line shown after a line ending with a colon: a value, a label, a message."""
        start = body.rfind("\n", 0, words[index].start())
        if start <= 0:
            return False
        before = body[:start].rstrip(" \t")
        return before.endswith(":") and "\n" not in body[start + 1:words[index].start()]

    def flush():
        nonlocal shouting
        if not run:
            return
        if len(run) >= options.caps_run:
            # A sentence in capitals, not a name or a label inside a sentence (« le CIRCUIT DU
            # LAC »): the run holds half of its sentence's words.
            if len(run) * 2 >= sentence_words(run[0]) and not after_colon(run[0]):
                shouting += len(run)
                spans.append((words[run[0]].start(), words[run[-1]].end()))
        elif run and words[run[0]].start() in cry_starts:  # a cry standing alone: a whole sentence
            shouting += max(len(run), options.caps_run)
            spans.append((words[run[0]].start(), words[run[-1]].end()))
        elif not (len(run) == 1 and is_name_beside(run[0])):
            if emphatic is not None:  # a common word stressed: a long one may be a name
                long = [i for i in run if emphatic.spans(fold(words[i].group()))]
            else:
                long = [i for i in run if len(words[i].group()) > options.acronym_length]
            shouting += len(long)
            spans.extend((words[i].start(), words[i].end()) for i in long)
        run.clear()

    for index, m in enumerate(words):
        word = m.group()
        if not is_caps(word) or word.upper() in allowed:
            flush()
        else:
            run.append(index)
    flush()
    if not spans:
        return 0, 0, 0
    first = min(spans)
    return shouting, first[0], first[1]


def _bold_ratio(text: str, options: Options) -> tuple[float, int, int]:
    body = _code_blanked(text)  # identifiers stay: `__bold__` is one
    letters = sum(map(str.isalnum, body))
    if not letters:
        return 0, 0, 0
    bold = [m for m in _BOLD.finditer(body) if not _bold_label(body, m)]
    if len(bold) <= options.key_phrases and not any(
            _whole_sentence(body, m) or len(_WORD.findall(m.group())) > _KEY_PHRASE_WORDS
            for m in bold):
        return 0, 0, 0  # a key phrase or two: what bold is for
    inside = sum(sum(map(str.isalnum, m.group())) for m in bold)
    first = bold[0] if bold else None
    return inside / letters, first.start() if first else 0, first.end() if first else 0


_KEY_PHRASE_WORDS = 4  # « **15 décembre à minuit** »; a longer phrase in bold is a statement

# A label in bold opening a line (after a list marker): « **Navigateur :** Firefox 128 »,
# « - **Attendu** : le PDF est joint ».
# « **Problème** Le PDF est vide » (a short label, then the value opening on a capital, a
# digit or a link, blanked or not).
_BOLD_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*[^*\n]*:[ \t]*\*\*|__[^_\n]*:[ \t]*__"
                         r"|\*\*[^*\n]*\*\*[ \t]*:|__[^_\n]*__[ \t]*:"
                         r"|(?:\*\*[^\W_]+(?:[ '’-][^\W_]+){0,3}\*\*"
                         r"|__[^\W_]+(?:[ '’-][^\W_]+){0,3}__)"
                         r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ\d]|https?://|www\.)|[ \t]{3,}$))", re.M)
_SENTENCE_AFTER = re.compile(r"[ \t]*(?:[.!?]|$)", re.M)
# What may stand before a label or a sentence opening its line: a bullet, spaces. (Read from
# the line's start, up to the first other character: a line of thousands of bold spans is not
# read from its start again for each.)
_LABEL_LEAD = re.compile(r"[ \t\-*+]*")
_SENTENCE_LEAD = re.compile(r"[ \t]*(?:[-*+][ \t]+)?")


def _bold_label(body: str, match: re.Match) -> bool:
    """Whether a bold span is a label opening its line."""
    start = body.rfind("\n", 0, match.start()) + 1
    return _LABEL_LEAD.match(body, start, match.start()).end() == match.start() \
        and bool(_BOLD_LABEL.match(body, start))


def _whole_sentence(body: str, match: re.Match) -> bool:
    """A bold span holding a whole sentence or line: it opens the line or follows a stop, and
    it ends with a stop or at the end of the line."""
    start = body.rfind("\n", 0, match.start()) + 1
    before = match.start()
    while before > start and body[before - 1] in " \t":
        before -= 1
    opens = _SENTENCE_LEAD.match(body, start, match.start()).end() == match.start() \
        or (before > start and body[before - 1] in ".!?")
    content = match.group().strip("*_ \t")
    return opens and (content[-1:] in ".!?" or bool(_SENTENCE_AFTER.match(body, match.end())))


_MARKS = re.compile(r"[!?]{2,}")


def _exclamations(text: str, options: Options) -> tuple[float, int, int]:
    longest = max(_MARKS.finditer(text), key=lambda m: len(m.group()), default=None)
    return (len(longest.group()), longest.start(), longest.end()) if longest else (0, 0, 0)


# A list item: "- ", "1. ", "1) ", "1- ", "a) ".
# Not inside a run of spaces: a search would retry from each of its spaces (a line of a long
# run of spaces took minutes); where it could match there, it matches at the run's start.
_ITEM = re.compile(r"(?<![ \t])[ \t]*(?:[-*+•·▪‣◦]|\d{1,2}(?:[.)°]|[ \t]?[-/])|\(?[a-z]\))[ \t]")
_NOT_PROSE = re.compile(r"[ \t]*[#|]")
_FIELD = re.compile(r"[^:\n]{1,40}:(?!//)")
_LETTERS = re.compile(r"[a-z]+")
_STOPS = re.compile(r"[^.!?;:]+[.!?;:]*")
_MARK = re.compile(r"[.,;:!?…]")
_CLAUSE_SPACING = 10  # a clause word every ten words or fewer: told in clauses, not notes
_LABEL_WORDS = 6  # a longer line ending with a colon, or with a colon early, is a sentence too
_NOTE_TOPIC_WORDS = 3  # a lower-case topic this long before a colon is a note, not a label
_ITEM_WORDS = 4  # shorter list items are labels, field names or short steps: terse is fine
# Sentences dictated or typed on a phone, in lower case and with no stop, keep their articles
# and prepositions: four words in ten or more are function words (notes in lower case hold
# fewer than three: "agenda salle des fetes / samedis juin tous grisés").
_SPOKEN_SHARE = 0.4
_ACCENTED = re.compile(r"[à-öø-ÿ]")


# Not the writer's words: an image (`![capture](a.png)`), a bracketed attachment or placeholder
# (`[capture.png]`), a template's hint set in italics on a line of its own
# (`_Describe the problem here_`).
_PLACEHOLDER = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)|\[[^\[\]\n]*\](?!\()"
                          r"|^[ \t]*(?:[-*+][ \t]+)?_[^_\n]+_[ \t]*$", re.M)
# A sentence typed between triple backticks on its own line (some forms wrap the reporter's text
# so): the words are the writer's, not code.
_WRAPPED = re.compile(r"^([ \t]*)```([^`\n]+)```([ \t]*)$", re.M)




def _topic_note(label: str, value: str) -> bool:
    """Whether a `label: value` line is the writer's note on a topic rather than a template's
    field: the topic opens in lower case and is a phrase of three words or more (« appli mobile
    de la commune »), and what follows the colon, in lower case too, tells something in two
    words or more (« écran blanc à l'ouverture »). A template's label is short, and opens on a
    capital or in bold (« Navigateur : Firefox 128 », « **Étapes** : … »)."""
    topic = _ITEM.sub("", label, count=1).rstrip(" \t:")
    opening = next((c for c in topic if c.isalnum()), "")
    said = next((c for c in value if c.isalnum()), "")
    return opening.islower() and said.islower() and len(topic.split()) >= _NOTE_TOPIC_WORDS \
        and len(_LETTERS.findall(fold(value))) >= 2


@dataclass(frozen=True, slots=True)
class _Lines:
    original: str  # the prose, other text blanked
    body: str  # the same, folded
    starts: list[int]
    ends: list[int]
    words: list[int]  # per line
    functions: list[int]  # function words per line
    function_starts: list[int]
    prose_lines: list[int]
    items: list[int]
    measured: list[int]
    total: int
    stated: list[int]  # for a short text: also the long lines read as fields or labels
    note_colons: set[int]  # the colons of notes on a topic (« appli mobile : écran blanc »)


def _url_ends_kept(text: str, blanked: str) -> str:
    """`blanked` with the marks ending a URL's sentence put back: the stop is the writer's."""
    if "://" not in text and "www." not in text:
        return blanked
    pieces, last = [], 0
    # The marks that end a sentence after a URL ("... sur https://a.fr/b." ends a sentence).
    for match in ADDRESS.finditer(text):
        end = match.end()
        start = match.start() + len(match.group().rstrip(ADDRESS_CLOSING))
        if start == end:
            continue
        line = blanked.rfind("\n", 0, match.start()) + 1
        # not blanked, or the URL stands in a quote or a signature left aside
        if blanked[start:end].strip() or not blanked[line:match.start()].strip():
            continue
        pieces += (blanked[last:start], text[start:end])
        last = end
    return "".join(pieces) + blanked[last:] if pieces else blanked


def _unwrapped(match: re.Match) -> str:
    return f"{match.group(1)}   {match.group(2)}   {match.group(3)}"


@lru_cache(maxsize=1)  # _short reads them, then _telegraphic: a pasted log is read once
def _lines(text: str, options: Options) -> _Lines:
    """The lines the telegraphic measure reads: sentences and list items long enough to be
    statements; labels, fields, courtesy lines and placeholders left aside."""
    text = _WRAPPED.sub(_unwrapped, text) if "```" in text else text
    original = _PLACEHOLDER.sub(_blank, _url_ends_kept(text, prose(_unsigned(text, options))))
    body = fold(original)
    function = vocabulary(options.function_words)
    courtesy = vocabulary(options.courtesy)
    clause = vocabulary(options.clause_words) if options.clause_words else None
    starts = _line_starts(body)
    ends = [s - 1 for s in starts[1:]] + [len(body)]
    functions = [0] * len(starts)
    function_starts = []
    for start, _ in function.spans(body):
        functions[bisect.bisect_right(starts, start) - 1] += 1
        function_starts.append(start)
    polite = {bisect.bisect_right(starts, start) - 1 for start, _ in courtesy.spans(body)}

    words = [0] * len(starts)
    prose_lines: list[int] = []  # sentences, read in paragraphs
    items: list[int] = []  # list items long enough to be statements
    stated: list[int] = []
    # Under a sentence ending with a colon: "announced" until the block it announces starts
    # (blank lines may come first), then "shown" up to the block's end.
    shown = ""
    note_colons: set[int] = set()
    for index, (start, end) in enumerate(zip(starts, ends)):
        line = body[start:end]
        if not line.strip():  # a blank line, or one left aside (a pasted log): no words
            shown = "" if shown == "shown" else shown
            continue
        item = _ITEM.match(line)
        words[index] = len(_LETTERS.findall(line, item.end() if item else 0))
        signs = len(line) - sum(map(str.isspace, line))
        if (not words[index] or _NOT_PROSE.match(line)
                or (index in polite and words[index] <= 5)
                or sum(map(str.isalpha, line)) * 2 < signs
                or (item and words[index] < _ITEM_WORDS)):
            continue
        # A field's label names something; a clause before the colon makes a sentence (« Le
        # récépissé est vide : <adresse> »), and so does a line that ends with a colon only
        # because its link was left aside.
        field = _FIELD.match(line)
        announces = text[start:end].rstrip().endswith(":")
        # A note on a topic in lower case is no field: its colon stands for the verb left out
        # and ends no sentence (« appli mobile de la commune : écran blanc à l'ouverture »).
        unclaused = field and not (clause and clause.scan(field.group()))
        noted = unclaused and _topic_note(original[start:start + field.end()],
                                          original[start + field.end():end])
        if noted:
            note_colons.add(start + field.end() - 1)
        labelled = (unclaused and not noted) or announces
        # Lines shown under a sentence that announces them (« La nouvelle adresse est : »):
        # values, an address, prices, opening on a capital or a digit; not the writer's
        # sentences (they end as one) nor notes in lower case ("export vide").
        opening = next((c for c in original[start:end] if c.isalnum()), "")
        value = bool(shown) and not item and line.rstrip()[-1:] not in ".!?" \
            and (opening.isupper() or opening.isdigit())
        if not (labelled or value) or words[index] > _LABEL_WORDS:
            stated.append(index)
        if announces:
            shown = "announced" if words[index] > _LABEL_WORDS \
                or (clause and clause.scan(line)) else ""
        else:
            shown = "shown" if value else ""
        if labelled or value:  # a field, a line introducing a list or a block, a value
            continue
        if not item:
            prose_lines.append(index)
        elif words[index] >= _ITEM_WORDS:
            items.append(index)
    measured = sorted(prose_lines + items)
    total = sum(words[i] for i in measured)
    return _Lines(original, body, starts, ends, words, functions, function_starts, prose_lines,
                  items, measured, total, stated, note_colons)


def _short(text: str, options: Options, context) -> tuple[str, int, int] | None:
    """A description too short to describe anything: "empty" when the writer wrote no
    sentence at all (an empty body, a bare link, an image, an unfilled template) and no other
    segment of `described_by` (a quoted message, a table) holds words; "short" when at most
    `short_words` words, those segments' included, never make a statement: no clause (a
    subject or a conjugated verb: "impossible d'ajouter un produit") or nothing named but
    vague words ("ça ne marche pas")."""
    lines = _lines(text, options) if text.strip() else None
    if not lines or not lines.stated:
        return None if _described_words(options, context) >= 3 else ("empty", 0, 0)
    measured = lines.stated
    written = sum(lines.words[i] for i in measured)
    # A short introduction to a table or a quoted message that holds the problem (« Voici les
    # remontées des mairies : » above a table) is no short description.
    if written > options.short_words \
            or written + _described_words(options, context) > options.short_words:
        return None
    spans = [(lines.starts[i], lines.ends[i]) for i in measured]
    if _CONTINUED.match(lines.body, spans[0][0]):  # "... même si ...": the title's tail
        return "short", lines.starts[measured[0]], lines.ends[measured[-1]]
    clause = vocabulary(options.clause_words)
    # Sentences, not lines: a sentence may run over several lines, or end after a link; not
    # over a blank line or a line left aside (a template's answer "None" opens no sentence
    # of the next answer).
    paragraphs, previous_end = [[]], None
    for a, b in spans:
        if previous_end is not None and _BREAK.search(lines.body, previous_end, a):
            paragraphs.append([])
        paragraphs[-1].append(_LINK_END.sub(".", _ITEM.sub("", lines.body[a:b], count=1)))
        previous_end = b
    # A paragraph ending on a colon announces what was left aside below it (a link, a log):
    # its sentence ends there, as on a line ending on a colon and a link.
    sentences = [sentence for paragraph in paragraphs
                 for sentence in _sentences(_ANNOUNCING.sub(".", " ".join(paragraph)))]
    if any(clause.scan(lines.body[a:b]) for a, b in spans) \
            or any(_subject_sentence(sentence, options) for sentence in sentences):
        known = set()
        for vocab in (options.function_words, options.vague_words, options.courtesy):
            terms = vocabulary(vocab)
            for a, b in spans:
                for start, end in terms.spans(lines.body[a:b]):
                    known.update(range(a + start, a + end))
        named = [m for a, b in spans for m in _LETTERS.finditer(lines.body, a, b)
                 if len(m.group()) > 1 and m.start() not in known]
        if named:
            return None
    return "short", lines.starts[measured[0]], lines.ends[measured[-1]]


def _described_words(options: Options, context) -> int:
    """How many words the segments of `described_by` hold (addresses left out)."""
    draft = getattr(context, "draft", None)
    if not options.described_by or draft is None:
        return 0
    other = draft.description_reading(options.described_by)
    return len(_WORD.findall(ADDRESS.sub(" ", other.text)))


# Between two lines, what ends a paragraph: a blank line, or a line left aside (blanked).
_BREAK = re.compile(r"\n[ \t]*\n")
_ANNOUNCING = re.compile(r":[ \t]*$")
# A short description opening on an ellipsis goes on with the title's sentence: it states
# nothing of its own ("... même quand le champ est rempli").
_CONTINUED = re.compile(r"[ \t]*(?:\.{3}|…)")


# A sentence, up to its final marks.
# Each run up to the next stop, stops included, matches at once: "[^.!?]*[.!?]+" alone would
# retry from every character of a text without a stop (a pasted base64 image), and take
# minutes on a long one.
_SENTENCES = re.compile(r"[^.!?]*[.!?]*")


def _sentences(text: str) -> list[str]:
    """The sentences of `text` that end with a stop (. ! ?)."""
    return [m.group() for m in _SENTENCES.finditer(text) if m.group()[-1:] in (".", "!", "?")]
# A line ending on a colon and a link left aside: the link ends the sentence.
_LINK_END = re.compile(r":(?=[ \t]{3,}$)")
# Where a clause may open inside a sentence: after a comma, a colon or a semicolon, or after a
# link left aside (« Sur <adresse>, le bandeau indique... », « Voir la capture : le bouton... »).
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]|[ \t]{3})[ \t]*$")
# ...or after a short complement of time or place opening the clause, a comma left out as
# often in a quick message (« depuis ce matin le bouton renvoie une erreur », « sur la demande
# 12-34 le bouton… »): a preposition and one to three words, none of them a preposition (« pour
# les vacances de la rentrée » is one complement, its « la » opens no clause).
_INTRODUCED = re.compile(
    r"(?:^|[,;:]|[ \t]{3})[ \t]*(?:depuis|sur|dans|avec|sous|chez|apr[eè]s|avant|pendant|dès)"
    r"(?:[ \t]+(?!(?:de|du|des|d'|d’|à|au|aux|et|ou|pour|par|en|sur|dans)(?:[ \t]|$))\S+){1,3}"
    r"[ \t]+$", re.IGNORECASE)


def _subject_sentence(sentence: str, options: Options) -> bool:
    """A sentence that ends, with a clause opening on a determiner: a subject and its verb ("Le
    paiement échoue.", "Depuis lundi, les familles reçoivent deux courriels."), where a
    fragment starts elsewhere ("impossible de payer.") or never ends ("le formulaire marche
    pas"). Or a request that ends, opening on one of `requests` and naming its object with a
    determiner ("Merci d'ajouter le champ Allergies au formulaire.")."""
    sentence = sentence.strip()
    if sentence[-1:] not in ".!?" or len(_LETTERS.findall(sentence)) < 3:
        return False
    determiners = vocabulary(options.determiners).spans(sentence) if options.determiners else []
    if any(_CLAUSE_OPENING.search(sentence, 0, start) or _INTRODUCED.search(sentence, 0, start)
           for start, _ in determiners):
        return True
    if options.requests and determiners:
        asks = vocabulary(options.requests).spans(sentence)
        return any(_CLAUSE_OPENING.search(sentence, 0, start) and start < determiners[-1][0]
                   for start, _ in asks)
    return False


def _telegraphic(text: str, options: Options) -> tuple[float, int, int]:
    lines = _lines(text, options)
    original, body, starts, ends = lines.original, lines.body, lines.starts, lines.ends
    words, functions, function_starts = lines.words, lines.functions, lines.function_starts
    prose_lines, measured, total = lines.prose_lines, lines.measured, lines.total
    if not total or total < options.min_words:
        return 0, 0, 0
    clause_spans = vocabulary(options.clause_words).spans(body) if options.clause_words else []
    clause_starts = [start for start, _ in clause_spans]

    # Clause words told apart (je... suis...): one word repeated may be a preposition ("on").
    clause_sets: dict[int, set[str]] = {}
    for start, end in clause_spans:
        clause_sets.setdefault(bisect.bisect_right(starts, start) - 1, set()).add(body[start:end])
    line_clauses = [0] * len(starts)
    for start in clause_starts:
        line_clauses[bisect.bisect_right(starts, start) - 1] += 1
    # Lines told in clauses (a clause word every `_CLAUSE_SPACING` words), or typed as spoken
    # (`_spoken`), are still sentences; lines of notes are not.
    def told(i: int) -> bool:
        return _in_clauses(line_clauses[i], clause_sets.get(i, ()), words[i]) \
            or _spoken(functions[i], clause_sets.get(i, ()), words[i],
                       original[starts[i]:ends[i]])

    noted = [i for i in measured if not told(i)]
    flagged = {i for i in noted if functions[i] < options.fragment_ratio * words[i]
               or _arrow_chain(original[starts[i]:ends[i]])}
    if len(measured) > 1 and not _marked(body, 0, len(body), lines.note_colons):
        flagged.update(noted)  # not a single punctuation mark in the whole text
    # Run-on text: a paragraph (prose lines in a row) cut by stops into stretches.
    paragraph: list[int] = []
    # Notes cut by stops (`note_stretches`): their words, by line.
    notes: dict[int, int] = {}
    courtesy_starts = [start for start, _ in vocabulary(options.courtesy).spans(body)] \
        if options.note_stretches else []
    for index in prose_lines + [-2]:  # -2 follows no line: it closes the last paragraph
        if paragraph and index != paragraph[-1] + 1:
            first, last = starts[paragraph[0]], ends[paragraph[-1]]
            if (len(paragraph) > 1 and not _marked(body, first, last, lines.note_colons)) \
                    or (len(paragraph) >= 3 and not any(told(i) for i in paragraph)):
                # lines of fragments, not one sign between them; or three lines or more,
                # each closed by its stop, none told in clauses: a call's notes
                flagged.update(i for i in paragraph if not told(i))
            stretches = []  # notes cut by stops: (line, words)
            for m in _STOPS.finditer(body, first, last):
                function_words = bisect.bisect_left(function_starts, m.end()) \
                    - bisect.bisect_left(function_starts, m.start())
                inside = clause_spans[bisect.bisect_left(clause_starts, m.start()):
                                      bisect.bisect_left(clause_starts, m.end())]
                clauses = (len(inside), {body[a:b] for a, b in inside})
                if options.note_stretches and not inside \
                        and _note(original, m.start(), m.end(), courtesy_starts):
                    stretches.append((bisect.bisect_right(starts, m.start()) - 1,
                                      len(_LETTERS.findall(m.group()))))
                if _run_on(m.group(), original[m.start():m.end()], function_words, clauses,
                           options):
                    lo = bisect.bisect_right(starts, m.start()) - 1
                    hi = bisect.bisect_right(starts, m.end() - 1) - 1
                    flagged.update(range(max(lo, paragraph[0]), min(hi, paragraph[-1]) + 1))
            if options.note_stretches and len(stretches) >= options.note_stretches:
                for line, count in stretches:
                    notes[line] = notes.get(line, 0) + count
            paragraph = []
        paragraph.append(index)
    notes = {line: count for line, count in notes.items() if line not in flagged}
    if not flagged and not notes:
        return 0, 0, 0
    first = min(flagged | notes.keys())
    return (sum(words[i] for i in flagged) + sum(notes.values())) / total, starts[first], \
        ends[first]


def _marked(body: str, start: int, end: int, note_colons: set[int]) -> bool:
    """Whether `body[start:end]` holds a punctuation mark, a note's colon left aside."""
    return any(m.start() not in note_colons for m in _MARK.finditer(body, start, end))


def _note(original: str, start: int, end: int, courtesy_starts: list[int]) -> bool:
    """A stretch between stops (no clause word in it) written as a note: opening in lower
    case, with no courtesy (« montant faux. », « 75 € au lieu de 45. »; not « merci. »)."""
    opening = next((c for c in original[start:end] if c.isalpha()), "")
    return opening.islower() and bisect.bisect_left(courtesy_starts, end) \
        == bisect.bisect_left(courtesy_starts, start)


# An arrow between two pieces of a line: "->", "=>", "→", or ">" set between spaces.
_ARROW = re.compile(r"[ \t]*(?:-{1,2}>|=>|[→⇒➔➜]|(?<=[ \t])>(?=[ \t]))[ \t]*")


def _arrow_chain(line: str) -> bool:
    """Fragments chained by arrows: two arrows or more, the pieces after them mostly starting
    in lower case and two of them saying something ("clic valider -> erreur de la banque ->
    impossible de continuer"). A navigation path names menus and buttons ("Paramètres >
    Utilisateurs > Ajouter", "démarches > inscriptions > export")."""
    pieces = [p.strip() for p in _ARROW.split(line)[1:]]
    pieces = [p for p in pieces if any(c.isalpha() for c in p)]
    if len(pieces) < 2:
        return False
    lower = [p for p in pieces if next(c for c in p if c.isalpha()).islower()]
    # menus in lower case are short: a fragment says something ("impossible d'aller plus loin")
    told = [p for p in lower if len(_LETTERS.findall(fold(p))) >= 3]
    return len(lower) * 2 > len(pieces) and len(told) >= 2


def _spoken(functions: int, different, words: int, original: str) -> bool:
    """Sentences typed without capitals or stops, dictated or on a phone: subjects and verbs
    (two different clause words), many function words, and the spelling kept, accents and all
    ("les placiers ne voient plus les demandes dans leur liste, le marché c'est demain"). An
    SMS drops its accents with its stops ("pb sur l inscription ecole les parents peuvent pa
    valider ... c urgent stp"): notes."""
    return len(different) >= 2 and functions >= _SPOKEN_SHARE * words \
        and _ACCENTED.search(original.lower()) is not None


def _in_clauses(clauses: int, different, words: int) -> bool:
    """Told in clauses: a clause word every `_CLAUSE_SPACING` words or fewer, two different
    ones at least (one word repeated may be a preposition: "logo on mobile")."""
    return len(different) >= 2 and clauses * _CLAUSE_SPACING >= words


def _run_on(stretch: str, original: str, function_words: int, clauses: tuple[int, set],
            options: Options) -> bool:
    """A stretch between stops made of fragments (fewer than twice `fragment_ratio` of its
    words are function words: a long but flowing sentence is no telegram) that never ends its
    sentence: long; or, typed with no capital to start, half as long or with clauses spliced by
    commas ("montant faux, 45 euros, merci"). A capitalised stretch with a clause word
    (`clause_words`: je, nous, ne...) every `_CLAUSE_SPACING` words is clauses told one after
    the other, hard to read but not notes: "Depuis lundi, je clique sur Valider, j'ai une
    erreur, je recommence, ça passe"."""
    count = len(_LETTERS.findall(stretch))
    if function_words >= 2 * options.fragment_ratio * count:
        return False
    if stretch.rstrip()[-1:] in ".!?;:":
        # A long sentence that ends, dictated (subjects and verbs, two words in five function
        # words, accents kept), is hard to read but no fragments.
        return count >= 2 * options.run_on_words \
            and not _spoken(function_words, clauses[1], count, original)
    first = next((c for c in original if c.isalpha()), "")
    if first.isupper() and _in_clauses(*clauses, count):
        return False
    if _spoken(function_words, clauses[1], count, original):
        return False
    return count >= options.run_on_words or first.islower() and (
        count >= options.run_on_words / 2 or stretch.count(",") >= 2)


MEASURES = {
    "words": _words,
    "characters": _characters,
    "caps-words": _caps_words,
    "bold-ratio": _bold_ratio,
    "exclamations": _exclamations,
    "telegraphic": _telegraphic,
}
_RATIOS = ("bold-ratio", "telegraphic")


def check(options: Options, part: Part, context):
    text = part.text
    if options.measure == "telegraphic" and options.short_words:
        short = _short(text, options, context)
        if short:
            key, start, end = short
            # Its lines quoted on one line: a finding's message is one line of the report.
            found = " / ".join(line.strip() for line in text[start:end].splitlines()
                               if line.strip())
            yield Hit(start, end, {"value": "100%", "min": "", "max": f"{options.max:g}"
                                   if options.max is not None else "",
                                   "found": found}, message_key=key)
            return
    if not text.strip():  # nothing to measure: a missing title is the `required` type's finding
        return
    # (counted up to `min_words` only: a pasted log of 5 MB holds a million words)
    if options.min_words and sum(1 for _ in itertools.islice(_WORD.finditer(text),
                                                           options.min_words)) \
            < options.min_words:
        return
    value, start, end = MEASURES[options.measure](text, options)
    too_low = options.min is not None and value < options.min
    too_high = options.max is not None and value > options.max
    if too_low or too_high:
        shown = f"{value:.0%}" if options.measure in _RATIOS else f"{value:g}"
        yield Hit(start, end, {"value": shown, "min": f"{options.min:g}" if options.min is not None
                               else "", "max": f"{options.max:g}" if options.max is not None
                               else "", "found": text[start:end].strip()},
                  message_key="too-low" if too_low else None)
