"""url: the text carries a URL, and one that locates the problem.

Options:
- `require`: `present` (at least one URL or demand reference) or `precise` (at least one URL
  that points at one object: a demand, a form field, a workflow action...).
- `precise`: regexes on a URL's path that point at one object.
- `vague`: regexes on a path that tell support nothing (a home page, `/backoffice/`, a login page).
- `references`: regexes for things that locate a problem without being a URL (a demand number
  such as `12-345`).
- `unwrap`: query parameters that carry the real target (`next`, `ReturnTo`), decoded first.

Placeholders: `{found}` the vaguest URL found.

Example, rule `url-precise`:

    FAIL  "https://demarches.ville.fr/backoffice/"
    PASS  "https://demarches.ville.fr/backoffice/management/inscription-creche/142/"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from redlint.model import Hit, Part
from redlint.text import compile_regex

NAME = "url"
SCOPES = ("description", "text")
DEFAULT_SCOPE = "text"

_URL = re.compile(r"https?://[^\s<>()\[\]\"'`«»]+", re.I)


@dataclass(frozen=True)
class Options:
    require: str = "present"
    precise: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    unwrap: tuple[str, ...] = ("next", "ReturnTo", "RelayState")

    def __post_init__(self):
        if self.require not in ("present", "precise"):
            raise ValueError("'require' is 'present' or 'precise'")
        for pattern in self.precise + self.vague + self.references:
            compile_regex(pattern)


def _path(url: str, unwrap: tuple[str, ...]) -> str:
    parts = urlsplit(url.rstrip(".,;:!?"))
    query = parse_qs(parts.query)
    for key in unwrap:
        if query.get(key):
            inner = unquote(query[key][0])
            return urlsplit(inner).path or "/"
    return parts.path or "/"


def check(options: Options, part: Part, context):
    urls = list(_URL.finditer(part.text))
    references = [m for p in options.references
                  for m in compile_regex(p).finditer(part.text)]
    if options.require == "present":
        if not urls and not references:
            yield Hit(0, 0, {})
        return
    if not urls:
        return  # `url-required` speaks for a draft with no URL at all
    precise = [compile_regex(p) for p in options.precise]
    if references or any(any(p.search(_path(m.group(), options.unwrap)) for p in precise)
                         for m in urls):
        return
    worst = urls[0]
    yield Hit(worst.start(), worst.end(), {"found": worst.group()})
