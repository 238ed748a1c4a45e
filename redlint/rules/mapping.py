"""mapping: one front matter field decides what another may hold.

The rule's scope is the field to check (e.g. `field:assigned_to`). Options:
- `key` (required): the deciding field (e.g. `tracker`);
- `cases`: for each value of the key, what passes:
  - `one_of`: only these values pass (compared without case);
  - `none_of`: these values never pass;
  - `none_with`: words and phrases a value that passes never contains (case, accents and
    punctuation ignored, whole words; `*` ends a stem, `re:` starts a regular expression):
    `support` refuses « Support N2 », « L'équipe support » and « support@editeur.fr » alike,
    where `none_of` needs every spelling (a value the project's `setting` names passes);
  - `not_the_writer` (default false): a value of two words or more that signs the description
    (its signature: a closing and the name block under it; or one of its last lines, opening
    on the name with its role or service after it, « Laure Moreau, service Commerce », maybe
    after a closing on the same line, « Merci, Laure Moreau (archives) », and ending no
    sentence), its words in any order (« MOREAU Laure »), never passes, nor its short form:
    its initial and surname (« L. Moreau ») or a login made of them (« lmoreau »,
    « moreaul »; four letters at least); a first name or a surname alone may be anyone's.
    The writer assigned the ticket to themself (message key `writer`);
  - `setting`: a project setting from `.redlint.yaml` (e.g. `project_manager`); when the
    draft's project sets it, only its values pass, otherwise any value `none_of` and
    `none_with` do not refuse;
  - `message`: the key of the rule's `messages` to use for this case.
A draft whose key value has no case is left to other rules. An absent field gives the message
key `missing`.

Placeholders: `{value}`, `{key_value}`, `{expected}` (the accepted values, when known) and
`{expected_hint}` (the same in parentheses, or nothing).

Example, rule `assignment`, key `tracker`:

    FAIL  tracker: Support / assigned_to: Jean Dupont
    PASS  tracker: Support / assigned_to: Support
    FAIL  tracker: Gestion de projet / assigned_to: Support niveau 2   (none_with: [support])
    PASS  tracker: Gestion de projet / assigned_to: Camille Martin
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redlint.draft.segments import is_closing
from redlint.matching import fold, vocabulary
from redlint.model import Hit, Part

NAME = "mapping"
SCOPES = ("field:*",)
DEFAULT_SCOPE = "field:assigned_to"
DEFAULT_SEGMENTS = None  # reads a front matter field, never the description


@dataclass(frozen=True, slots=True)
class Case:
    one_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    none_with: tuple[str, ...] = ()
    not_the_writer: bool = False
    setting: str | None = None
    message: str | None = None

    def __post_init__(self):
        self.refused()  # a bad pattern is refused at load, not at the first draft

    def refused(self):
        return vocabulary(self.none_with)


@dataclass(frozen=True, slots=True)
class Options:
    key: str
    cases: dict[str, Case] = field(default_factory=dict)


def _folded(values) -> set[str]:
    return {value.casefold() for value in values}


def _contains_refused(case: Case, value: str) -> bool:
    return bool(case.none_with) and next(iter(case.refused().finditer(fold(value))), None) \
        is not None


# The lines that may sign: the writer's prose and signature.
_OWN = ("prose", "signature")  # not a list of contacts, not a quoted mail
_LAST_LINES = 3  # a name line closes a text: it is among its last lines
_CLOSING_WORDS = 4  # « Merci beaucoup, », « Bien à vous, » before the name
_NAME_LINE_WORDS = 12  # « Laure Moreau, chargée de mission numérique, service Commerce »
# A name line: the name, then its role or service after a separator, « Laure Moreau, service
# Commerce », « Laure Moreau – DSI », « Laure Moreau (service Commerce) », or nothing.
_NAME_HEAD = re.compile(r"^(.*?)(?:\s*[,;|/(\[]|\s[-–—]\s|$)")
# ...but a line that thanks or addresses someone, « Laure Moreau, merci pour ton aide », names
# its reader (read without case or accents).
_ADDRESSING = re.compile(r"\b(?:merci|thanks?|please|svp|stp|tu|te|toi|ton|ta|tes|vous|votre|"
                         r"vos|you|your)\b")


def _is_the_writer(case: Case, value: str, draft) -> bool:
    """Whether `value`, a name of two words or more, is how the description is signed: in its
    signature (a closing and the name block under it), or on one of its last lines, which
    opens on the name (its role after it) and is no sentence. The name's words are compared
    in any order (« MOREAU Laure » signs for « Laure Moreau ») but together."""
    name = sorted(_words(value).split())
    if not case.not_the_writer or not _is_a_name(name):
        return False
    signed = draft.description_reading(("signature",)).text
    if any(_holds(line, name) for line in signed.splitlines()):
        return True
    own = [line.strip() for line in draft.description_reading(_OWN).text.splitlines()
           if line.strip()]
    return any(_opens_on(line, name) for line in own[-_LAST_LINES:])


_LOGIN_MIN = 4  # « lmoreau »: a shorter word is no login


def _is_a_name(name: list[str]) -> bool:
    """Whether the sorted words `name` may name one person: two words or more (« Laure
    Moreau », « L. Moreau »), or one word long enough to be a login (« lmoreau »); a first
    name alone (« Laure ») may be anyone's."""
    return len(name) >= 2 or (len(name) == 1 and len(name[0]) >= _LOGIN_MIN)


def _is_short_for(name: list[str], first: str, last: str) -> bool:
    """Whether the sorted words `name` write the name `first last` short: its initial and
    surname (« L. Moreau », « MOREAU L. »), or a login made of them (« lmoreau »,
    « moreaul », « lauremoreau »)."""
    if len(first) < 2 or len(last) < 2:
        return False
    if len(name) == 2:
        return name == sorted([first[0], last])
    return len(name) == 1 and name[0] in (first[0] + last, last + first[0], first + last)


def _names(words: list[str], name: list[str]) -> bool:
    """Whether the folded `words` are the name `name` (sorted), in any order, or its short
    form (two words, either first). One word alone is a login, never a first name."""
    if len(name) >= 2 and sorted(words) == name:
        return True
    return len(words) == 2 and (_is_short_for(name, *words)
                                or _is_short_for(name, *reversed(words)))


def _holds(line: str, name: list[str]) -> bool:
    """Whether the words `name` (sorted) stand together, in any order, on `line`, or two
    words of the line of which `name` is the short form."""
    words = _words(line).split()
    return len(name) >= 2 and any(sorted(words[i:i + len(name)]) == name
                                  for i in range(len(words) - len(name) + 1)) \
        or any(_names(words[i:i + 2], name) for i in range(len(words) - 1))


def _opens_on(line: str, name: list[str]) -> bool:
    """Whether `line` is a name line opening on the name (its role after it), maybe after a
    closing (« Merci, Laure Moreau (service Commerce) »), which ends no sentence: « Laure
    Moreau nous a écrit. » is a sentence."""
    if len(line.split()) > _NAME_LINE_WORDS or line.rstrip()[-1:] in ".!?:":
        return False
    closing, comma, rest = line.partition(",")
    if comma and len(closing.split()) <= _CLOSING_WORDS and is_closing(closing):
        line = rest.strip()
    head = _NAME_HEAD.match(line).group(1)
    return _names(_words(head).split(), name) \
        and not _ADDRESSING.search(_words(line[len(head):]))


def _words(text: str) -> str:
    """The words of `text`, folded (no case, no accents), one space apart."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def check(options: Options, part: Part, context):
    key_value = context.draft.value(options.key)
    if key_value is None:
        return
    case = next((c for k, c in options.cases.items() if k.casefold() == key_value.casefold()),
                None)
    if case is None:
        return
    value = part.text.strip()
    configured = tuple(getattr(context.project, case.setting, ()) or ()) \
        if case.setting and context.project is not None else ()
    accepted = case.one_of or configured
    expected = ", ".join(accepted)
    placeholders = {"value": value, "key_value": key_value, "expected": expected,
                    "expected_hint": f" ({expected})" if expected else ""}
    if not value:
        yield Hit(message_key="missing", values=placeholders)
        return
    folded = value.casefold()
    if folded in _folded(case.none_of) or (case.one_of and folded not in _folded(case.one_of)) \
            or (configured and folded not in _folded(configured)) \
            or (not configured and _contains_refused(case, value)):
        yield Hit(0, len(part.text), placeholders, message_key=case.message)
    elif _is_the_writer(case, value, context.draft):
        yield Hit(0, len(part.text), placeholders, message_key="writer")
