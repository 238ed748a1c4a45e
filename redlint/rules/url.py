"""url: the text carries a URL, and one that locates the problem.

Each URL found is given a class: **precise** (it points at one object: a demand, a form field, a
workflow action...), **partial** (one container: a form, a workflow, a listing, an agenda) or
**vague** (a home page, a login page, a screenshot: it tells support nothing).

URLs are found with a scheme (`https://...`) or `www.` (matching.address_spans, the one address
finder), or without either when the host ends with a known top-level domain
(`demarches.ville.fr/...`), so that `java.net.SocketException` or a module path is not taken
for a URL. A login URL is classified by the target it carries (`?next=/...`).

Options:
- `require`: `present` (at least one URL of the application, or a reference) or `precise` (at
  least one precise URL or a reference; silent when there is no URL at all: `present` says it).
- `paths`: regexes on a URL's path (lower case, with `#fragment` if any), in three lists
  `precise`, `vague`, `partial`, tried in this order; the first list that matches gives the class.
- `hosts`: shapes that only mean something on some hosts (a front-office demand `/<form>/<id>/`
  on a forms host), tried after `paths`: a list of `host` (a regex on the host name) with its
  own `precise`, `vague`, `partial` lists.
- `otherwise` (default `partial`): the class of a path nothing matched.
- `elsewhere`: regexes on host names that show a problem without locating it (screenshots, file
  transfers, chats, trackers): such URLs count for neither `present` nor `precise`.
- `tlds`: top-level domains that make a bare host (without `https://`) a URL.
- `unwrap` (default `next`, `ReturnTo`, `RelayState`): query parameters carrying the real
  target of a login URL, decoded and classified instead of it.
- `references`: regexes for what locates a demand without being a URL (its number `12-345`);
  a reference counts as a precise URL.
- `optional`: when the text needs no URL (a general question on how to do something): `if`
  terms that tell it (a question), `unless` terms that cancel it (a malfunction, a given
  demand, form or workflow). The rule is silent on such a text. A list of such cases: any one
  that holds is enough (a question unless it tells a problem; a wish for a new feature, whose
  « on ne peut pas » is its reason, unless it tells a malfunction; a request for an access).
- `situations` (default none): terms the `unless` terms of `optional` read past: what a
  question or a wish speaks of without telling a malfunction (« erreurs de saisie », « quand un
  usager ne peut pas »), a courtesy or a doubt (« n'hésitez pas », « je ne sais pas comment »),
  a wish's own clause (« il faudrait que le formulaire ne demande plus le justificatif »). The
  `if` terms still read them.
- `needless_if`: terms telling the text needs no address whatever else it says (a native
  mobile app has no page to point at). The rule is silent on such a text.
- `fitting`: vague addresses that are the right ones for some problems, as a list of `paths`
  (regexes on the path, as in `paths`) with `if` terms: when the text holds the terms, a URL
  whose path matches locates the problem (a site's home page when the whole site is down or
  the problem is on that page, a login page when signing in fails).
- `precise_if`: terms telling the text is about one demand or one field: then a partial URL
  (the whole form, its listing) gets a finding too. Empty: a partial URL is enough.
- `partial_enough`: when a container's address is enough even if `precise_if` holds: `if`
  terms that tell it (a question on how to use a form or listing), `unless` terms that cancel
  it (a malfunction).
- `one_is_enough` (default false): with `require: precise`, the best address found decides:
  one that locates the problem is enough, whatever vaguer ones come along (a home or login
  page given as context). By default every address is judged and the vaguest one reported.
- `each_request`: with `require: present`, a later request of the same text needs its own
  address: `after` terms open it (« dans la foulée », « one last question »: another request),
  `if` terms tell it names an object of its own (« la démarche de recensement »), `asks` terms
  (if any) that it asks something, as a `?` does (not thanks for an earlier answer). The
  request runs from the marker to the end of its paragraph; when it names such an object with
  no URL (other than `elsewhere`) and no reference, the marker gets a finding.
- `precise_in` (default none): kinds of segments of the description (see `segments`) the rule
  reads besides its own, where only a precise address counts: a demand's address put on the
  line under the writer's name locates the problem, the town's site in a signature does not;
  so does a `references` match there (« Réf. : demande 27-1093 »). Such an address is enough
  for `present` and `precise` alike.
- `typos` (default false): the terms of `optional` and `precise_if` tolerate one typo in long
  words.

Terms follow the `forbidden-patterns` syntax, and may come as a list of lists (to share
vocabularies: `if: [vocab:question, vocab:request]`); regexes are RE2, on lower-case text
without accents.

Placeholders: `{found}` the vaguest URL found (the best one with `one_is_enough`), the first
`elsewhere` link, or the marker of a request without its address. Messages: the rule's
`messages` may hold `elsewhere` (the only links are screenshots, chats...), `partial` (the URL
reported is partial) and `request` (a later request names an object without its address).

Example, rule `url-precise`:

    FAIL  "https://demarches.ville.fr/backoffice/"
    PASS  "https://demarches.ville.fr/backoffice/management/inscription-creche/142/"
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from redlint.draft.segments import KINDS as SEGMENT_KINDS
from redlint.i18n import tr
from redlint.model import Hit, Part
from redlint.matching import (ADDRESS_CLOSING, Terms, address_spans, all_spans, blanked,
                              check_terms, compile_regex, first_match, fold, term_groups,
                              vocabulary)

NAME = "url"
SCOPES = ("description", "text")
DEFAULT_SCOPE = "text"
# Not code (a configuration snippet), nor the signature (the town's home page): a log line or
# a pasted mail may hold the address of the failing page.
DEFAULT_SEGMENTS = ("prose", "heading", "field", "list", "checkbox", "quote", "log", "table")

CLASSES = ("precise", "vague", "partial")  # the order shapes are tried in
_RANK = {"vague": 0, "partial": 1, "precise": 2}

_BARE_HOST = r"[a-z0-9][a-z0-9.-]*\.(?:{tlds})(?::\d+)?(?:/[^\s<>()\[\]{{}}\"'`|\\]*)?"
_PARAGRAPH_END = r"\n[ \t]*\n"
_REQUEST_REACH = 3000  # characters of a later request's paragraph read for its address


@dataclass(frozen=True, slots=True)
class Shapes:
    precise: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()

    def classify(self, path: str) -> str | None:
        for name in CLASSES:
            regex = _union(getattr(self, name))
            if regex is not None and regex.search(path):
                return name
        return None

    def validate(self):
        for name in CLASSES:
            for pattern in getattr(self, name):
                compile_regex(pattern)  # names the faulty pattern
            _union(getattr(self, name))


@dataclass(frozen=True, slots=True)
class HostShapes(Shapes):
    host: str = ""


@dataclass(frozen=True, slots=True)
class When:
    """`if` some terms appear, `unless` others do."""

    _yaml_names = {"terms": "if"}  # `if` is a Python keyword

    terms: Terms = ()
    unless: Terms = ()

    def holds(self, folded: str, typos: bool, past=None, found=None) -> bool:
        """`past`: a callable giving the text the `unless` terms read (situations blanked),
        asked for only when they match the text itself; `found`: a _Found shared by the cases
        of one text."""
        found = found or _Found(typos)
        if not (self.terms and found.any(self.terms, folded)):
            return False
        if not self.unless or not found.any(self.unless, folded):
            return True
        if past is None:
            return False
        text = past()
        return text is not folded and not found.any(self.unless, text)


@dataclass(frozen=True, slots=True)
class Fitting:
    """Addresses (`paths`) that locate the problem when the text holds some terms (`if`)."""

    _yaml_names = {"terms": "if"}  # `if` is a Python keyword

    paths: tuple[str, ...] = ()
    terms: Terms = ()


@dataclass(frozen=True, slots=True)
class EachRequest:
    """Later requests (opened by `after` terms) naming an object of their own (`if`) and
    asking something (`asks`, or a `?`)."""

    _yaml_names = {"terms": "if"}  # `if` is a Python keyword

    after: Terms = ()
    terms: Terms = ()
    asks: Terms = ()


@dataclass(frozen=True, slots=True)
class Options:
    require: str = "present"
    paths: Shapes = Shapes()
    hosts: tuple[HostShapes, ...] = ()
    otherwise: str = "partial"
    elsewhere: tuple[str, ...] = ()
    tlds: tuple[str, ...] = ()
    unwrap: tuple[str, ...] = ("next", "ReturnTo", "RelayState")
    references: tuple[str, ...] = ()
    optional: tuple[When, ...] = ()
    situations: Terms = ()
    needless_if: Terms = ()
    fitting: tuple[Fitting, ...] = ()
    precise_if: Terms = ()
    partial_enough: When = When()
    one_is_enough: bool = False
    each_request: EachRequest = EachRequest()
    precise_in: tuple[str, ...] = ()
    typos: bool = False

    def __post_init__(self):
        if self.require not in ("present", "precise"):
            raise ValueError(tr("« require » vaut « present » ou « precise »",
                                "'require' is 'present' or 'precise'"))
        if self.otherwise not in CLASSES:
            raise ValueError(tr("« otherwise » vaut « precise », « vague » ou « partial »",
                                "'otherwise' is 'precise', 'vague' or 'partial'"))
        for tld in self.tlds:
            if not tld.isalnum():
                raise ValueError(tr(f"« tlds » contient des fins de domaine simples comme fr, "
                                    f"pas {tld!r}",
                                    f"'tlds' holds plain domain endings such as fr, not {tld!r}"))
        self.paths.validate()
        for entry in self.hosts:
            if not entry.host:
                raise ValueError(tr("chaque entrée de « hosts » demande une expression « host »",
                                    "each entry of 'hosts' needs a 'host' regex"))
            entry.validate()
            compile_regex(entry.host)
        for patterns in (self.elsewhere, self.references):
            for pattern in patterns:
                compile_regex(pattern)  # names the faulty pattern
            _union(patterns)
        for entry in self.fitting:
            if not entry.paths or not entry.terms:
                raise ValueError(tr("chaque entrée de « fitting » demande des « paths » et des "
                                    "termes « if »",
                                    "each entry of 'fitting' needs 'paths' and 'if' terms"))
            for pattern in entry.paths:
                compile_regex(pattern)  # names the faulty pattern
            _union(entry.paths)
            check_terms(entry.terms, self.typos)
        if self.each_request != EachRequest():
            if not self.each_request.after or not self.each_request.terms:
                raise ValueError(tr("« each_request » demande des termes « after » et « if »",
                                    "'each_request' needs 'after' and 'if' terms"))
            if self.require != "present":
                raise ValueError(tr("« each_request » va avec « require: present »",
                                    "'each_request' goes with 'require: present'"))
        for case in self.optional:
            if not case.terms:
                raise ValueError(tr("chaque cas de « optional » demande des termes « if »",
                                    "each case of 'optional' needs 'if' terms"))
            check_terms(case.terms, self.typos)
            check_terms(case.unless, self.typos)
        for kind in self.precise_in:
            if kind not in SEGMENT_KINDS:
                raise ValueError(tr(f"« precise_in » : segment inconnu {kind!r} (connus : "
                                    f"{', '.join(SEGMENT_KINDS)})",
                                    f"'precise_in': unknown segment {kind!r} (known: "
                                    f"{', '.join(SEGMENT_KINDS)})"))
        for terms in (self.situations, self.needless_if,
                      self.precise_if, self.partial_enough.terms, self.partial_enough.unless,
                      self.each_request.after, self.each_request.terms,
                      self.each_request.asks):
            check_terms(terms, self.typos)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str  # elsewhere, vague, partial, precise


@lru_cache(maxsize=512)
def _regex(pattern: str):
    return compile_regex(pattern)


@lru_cache(maxsize=512)
def _union(patterns: tuple[str, ...]):
    """One regex for a list of them: one pass per URL, not one per pattern."""
    return compile_regex("|".join(f"(?:{p})" for p in patterns)) if patterns else None


class _Found:
    """Whether some terms occur in a text, each list of them looked for once per text: the
    cases of `optional` share their vocabularies (the words of a malfunction cancel most of
    them), and a long text (a pasted log) costs a pass per list."""

    __slots__ = ("typos", "seen")

    def __init__(self, typos: bool):
        self.typos = typos
        self.seen: dict = {}

    def any(self, terms: Terms, text: str) -> bool:
        for vocab in term_groups(terms, self.typos):
            key = (vocab.terms, text)  # a string's hash is computed once, then kept
            hit = self.seen.get(key)
            if hit is None:
                hit = self.seen[key] = next(iter(vocab.finditer(text)), None) is not None
            if hit:
                return True
        return False


def _any(terms: Terms, folded: str, typos: bool) -> bool:
    return first_match(terms, folded, typos) is not None


def find_urls(folded: str, tlds: tuple[str, ...]):
    """(start, end) of each URL in `folded`, trailing punctuation left out."""
    spans = address_spans(folded)
    if tlds:
        bare = _regex(_BARE_HOST.format(tlds="|".join(tlds)))
        scheme = list(spans)
        ends = [end for _, end in scheme]
        for m in bare.finditer(folded):
            start, end = m.start(), m.end()
            before = folded[start - 1] if start else " "
            after = folded[end:end + 2].ljust(2)
            # `ville.fr` inside an e-mail address, a longer name (`java.net.http`), a scheme URL
            if before.isalnum() or before in "@._/:-" or after[0].isalnum() or \
                    after[0] in "_-@" or (after[0] == "." and after[1].isalnum()):
                continue
            inside = bisect.bisect_right(ends, start)
            if inside < len(scheme) and scheme[inside][0] <= start:
                continue
            spans.append((start, end))
    for start, end in sorted(spans):
        while end > start and folded[end - 1] in ADDRESS_CLOSING:
            end -= 1
        yield start, end


def _split(url: str):
    """urlsplit and the host, or None for what only looks like a URL: a `[` that opens no IPv6
    address makes urllib raise ValueError ("Invalid IPv6 URL")."""
    try:
        parts = urlsplit(url if "://" in url[:10] else "//" + url)
        return parts, parts.hostname
    except ValueError:
        return None


def _target(url: str, unwrap: tuple[str, ...]) -> tuple[str, str]:
    """(host, path#fragment) a URL leads to, looking through `next=` and the like."""
    keys = {key.lower() for key in unwrap}
    host, path = "", "/"
    for _ in range(3):  # a login page may wrap a CAS page wrapping the target
        split = _split(url)
        if split is None:  # not a usable URL: keep what the URL around it said
            return host, path
        parts, hostname = split
        host = hostname or host
        path = (parts.path or "/") + ("#" + parts.fragment if parts.fragment else "")
        inner = next((value for key, value in parse_qsl(parts.query) if key.lower() in keys),
                     None)
        if inner:
            if "%2f" in inner[:12]:  # encoded twice (RelayState, a CAS `service`)
                inner = unquote(inner)
            if inner.startswith("/") or "://" in inner[:10]:
                url = inner if "://" in inner[:10] else "https://" + host + inner
                continue
        return host, path
    return host, "/"


def classify(url: str, options: Options, fitting: tuple[str, ...] = ()) -> str:
    """The class of one URL: elsewhere, vague, partial or precise. `fitting`: path regexes
    that locate the problem of this text (see `Options.fitting`)."""
    host, path = _target(fold(url), options.unwrap)
    elsewhere = _union(options.elsewhere)
    if elsewhere is not None and elsewhere.search(host):
        return "elsewhere"
    if fitting and _union(fitting).search(path):
        return "precise"
    kind = options.paths.classify(path)
    for entry in options.hosts:
        if kind is None and _regex(entry.host).search(host):
            kind = entry.classify(path)
    return kind or options.otherwise


def _all_matches(terms: Terms, folded: str, typos: bool):
    """Every match of the terms, whichever list they come from."""
    return vocabulary(tuple(term for group in terms for term in group), typos).finditer(folded)


def _unlocated_request(options: Options, part: Part, folded: str):
    """A Hit on the marker of the first later request naming an object of its own without an
    address in its paragraph, or None."""
    each = options.each_request
    references = _union(options.references)
    for marker in _all_matches(each.after, folded, options.typos):
        # (its paragraph, read up to `_REQUEST_REACH` characters: a list of thousands of
        # lines with no blank line between them is not read again to its end at each marker)
        reach = min(len(folded), marker.end + _REQUEST_REACH)
        end = _regex(_PARAGRAPH_END).search(folded[marker.end:reach])
        request = folded[marker.start:marker.end + end.start() if end else reach]
        if not _any(each.terms, request, options.typos):
            continue
        if each.asks and "?" not in request and not _any(each.asks, request, options.typos):
            continue  # a remark or thanks, not a request
        if references is not None and references.search(request):
            continue
        if any(classify(request[start:stop], options) != "elsewhere"
               for start, stop in find_urls(request, options.tlds)):
            continue
        return Hit(marker.start, marker.end,
                   {"found": part.text[marker.start:marker.end]}, message_key="request")
    return None


def check(options: Options, part: Part, context):
    folded = fold(part.text)
    past = _situations_past(options, folded) if options.situations else None
    found = _Found(options.typos)
    if any(case.holds(folded, options.typos, past, found) for case in options.optional):
        return
    if options.needless_if and found.any(options.needless_if, folded):
        return  # nothing an address could point at
    if options.precise_in and _precise_in(options, context):
        return  # a demand's address under the signature
    hit = next(_check_text(options, part, folded), None)
    if hit is None and options.each_request.after:
        hit = _unlocated_request(options, part, folded)
    if hit is not None:
        yield hit


def _situations_past(options: Options, folded: str):
    """A callable giving `folded` with the `situations` blanked, computed once, if asked."""
    cache = []

    def past() -> str:
        if not cache:
            spans = all_spans(options.situations, folded, options.typos)
            cache.append(blanked(folded, spans) if spans else folded)  # the same text: not read
        return cache[0]
    return past


def _precise_in(options: Options, context) -> bool:
    """Whether the segments of `precise_in` hold a precise address, or a reference (a
    signature's « Réf. : demande 27-1093 »)."""
    draft = getattr(context, "draft", None)
    if draft is None:
        return False
    # Those segments alone, without the blanks standing for the rest (a 5 MB log, say).
    text = fold(draft.description_reading(options.precise_in).text.strip())
    references = _union(options.references)
    if references is not None and references.search(text):
        return True
    return any(classify(text[start:end], options) == "precise"
               for start, end in find_urls(text, options.tlds))


def _check_text(options: Options, part: Part, folded: str):
    """The text's one finding, if any, as a generator of zero or one Hit."""
    references = _union(options.references)
    if references is not None and references.search(folded):
        return  # a demand number locates the problem
    fitting = tuple(pattern for entry in options.fitting
                    if _any(entry.terms, folded, options.typos) for pattern in entry.paths)
    kinds: dict[str, str] = {}  # pasted logs repeat the same URL thousands of times
    found = []
    for start, end in find_urls(folded, options.tlds):
        url = folded[start:end]
        if url not in kinds:
            kinds[url] = classify(url, options, fitting)
        found.append(Found(start, end, kinds[url]))
        if kinds[url] == "precise" or (options.require == "present" and kinds[url] != "elsewhere"):
            return  # enough: no need to classify the rest
    located = [f for f in found if f.kind != "elsewhere"]
    if options.require == "present":
        shown = found[0] if found else Found(0, 0, "")
        yield Hit(shown.start, shown.end, {"found": part.text[shown.start:shown.end]},
                  message_key="elsewhere" if found else None)
        return
    if not located:
        return  # no URL at all: `present` says so
    if options.one_is_enough:
        shown = max(located, key=lambda f: _RANK[f.kind])  # the first of the best
    else:
        shown = min(located, key=lambda f: _RANK[f.kind])  # the first of the vaguest
    if shown.kind == "partial" and (
            not (options.precise_if and _any(options.precise_if, folded, options.typos))
            or options.partial_enough.holds(folded, options.typos)):
        return
    yield Hit(shown.start, shown.end, {"found": part.text[shown.start:shown.end]},
              message_key="partial" if shown.kind == "partial" else None)
