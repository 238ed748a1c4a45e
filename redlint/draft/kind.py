"""What kind of ticket a draft is: an anomaly, a question on a given object, a general
question, or a change request. Rules use it in `when: {kind: ...}`; `--format json` shows it.

The kind is decided from the writer's own text — the title and the description's prose, list
items and template fields (not headings, code, logs, quotes or signatures: see
redlint.draft.segments) — with small vocabularies, plain text files in `redlint/draft/words/`
(`kind-*.txt`, one term per line). The decision, in this order:

1. `anomaly`: the text tells a malfunction (`kind-anomaly.txt`: « ne fonctionne pas »,
   « erreur », « impossible de »...). A malfunction wins over everything else: it needs the
   URL and the technical context whatever else the ticket asks. Situations a question asks
   about (`kind-situation.txt`: « erreurs de saisie », « par erreur », « quand un usager ne
   peut pas ») are read past: they tell no malfunction.
2. `change-request`: the text asks for a new feature or a change (`kind-change.txt`:
   « nouvelle fonctionnalité », « pourriez-vous ajouter »...).
3. A how-to question (`kind-question.txt`: « est-il possible », « comment faire »...):
   `object-question` when it points at one given object (`kind-object.txt`: « cette demande »,
   « le champ »..., a demand number, or any URL), else `general-question`.
4. Another question (a `?`) pointing at one given object: `object-question`.
5. Otherwise `anomaly`: a Support ticket that says nothing else reports a problem (« Pouvez-vous
   regarder ce qui se passe ? »), and gets every rule.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from redlint.matching import blanked, fold, vocabulary

KINDS = ("anomaly", "object-question", "general-question", "change-request")
READS = frozenset({"prose", "list", "field"})  # the segments the decision reads

_WORDS = Path(__file__).resolve().parent / "words"


@lru_cache(maxsize=None)
def _vocabulary(name: str):
    lines = (_WORDS / f"kind-{name}.txt").read_text(encoding="utf-8").splitlines()
    return vocabulary(tuple(line.strip() for line in lines
                            if line.strip() and not line.lstrip().startswith("#")))


def _has(name: str, folded: str) -> bool:
    return next(iter(_vocabulary(name).finditer(folded)), None) is not None


def _situations_blanked(folded: str) -> str:
    """`folded` with the situations a question asks about (`kind-situation.txt`: « erreurs de
    saisie », « quand un usager ne peut pas ») blanked: they tell no malfunction."""
    return blanked(folded, _vocabulary("situation").spans(folded))


def decide(text: str) -> str:
    """The kind of a ticket whose writer's text (title and description) is `text`."""
    folded = fold(text)
    if _has("anomaly", _situations_blanked(folded)):
        return "anomaly"
    if _has("change", folded):
        return "change-request"
    how_to = _has("question", folded)
    if how_to or "?" in folded:
        if "http://" in folded or "https://" in folded or "www." in folded \
                or _has("object", folded):
            return "object-question"
        if how_to:
            return "general-question"
    return "anomaly"


def draft_kind(draft) -> str:
    """The kind of a draft (a redlint.draft.parse.Draft)."""
    description = draft.segments.blank(READS, draft.description.text)
    title = draft.title.text if draft.title is not None else ""
    return decide(title + "\n" + description)
