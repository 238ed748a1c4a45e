"""Open issues of the project that may already be the draft's request (shown before creating).

Redmine's search, on the title's most telling words, titles only, open issues only, in the
project. python-redmine's `redmine.search` has no project scope (Redmine takes the project from
the path, /projects/ID/search.json), so this one call goes through its engine, with the same
error translation.
"""

from __future__ import annotations

import math
import re

from redlint.i18n import tr
from redlint.redmine.connection import Connection
from redlint.redmine.errors import expect_object, expect_objects
from redlint.redmine.plan import Plan, Similar
from redlint.redmine.values import fold


def similar(connection: Connection, plan: Plan, limit: int = 5) -> list[Similar]:
    """Open issues of the project whose title shares key words with the ticket's title."""
    words = keywords(plan.subject)
    if not words or limit <= 0:
        return []
    c = connection
    with c.calling(tr("la recherche de tickets similaires", "searching for similar issues")):
        answer = c.redmine.engine.request(
            "get", f"{c.url}/projects/{plan.project.identifier}/search.json",
            params={"q": " ".join(words), "issues": 1, "titles_only": 1, "open_issues": 1,
                    "all_words": "", "limit": 50})
        results = expect_objects(expect_object(answer)["results"])
        for result in results:
            int(result["id"]), str(result.get("title", "")), str(result.get("type", ""))
    needed = max(1, math.ceil(len(words) / 2))
    scored = []
    for result in results:
        if result.get("type") not in ("issue", None):
            continue  # "issue-closed"
        title = fold(str(result.get("title", "")))
        score = sum(1 for word in words if fold(word) in title)
        if score >= needed:
            scored.append((-score, -int(result["id"]), result))
    scored.sort(key=lambda item: item[:2])
    return [Similar(int(r["id"]), str(r.get("title", "")),
                    str(r.get("url") or c.issue_url(int(r["id"]))))
            for _, _, r in scored[:limit]]


_STOP_WORDS = frozenset("""
    avec dans depuis pour sans sous sur vers chez entre leur leurs notre nous vous votre cette
    cela ceci sont est être fait faire peut plus moins tout tous toute toutes même comme quand
    aussi encore alors donc mais très bien lors après avant elle elles ils pas par une des les
    aux qui que quoi dont où the and for with from into that this when does not are was were
    have has been can cannot will would should after before about over under page ticket
    demande problème problem issue bonjour merci
""".split())


def keywords(title: str, limit: int = 5) -> list[str]:
    """The title's most telling words for Redmine's search (which keeps 5 words at most)."""
    title = re.sub(r"^\s*\[[^\]]*\]\s*", "", title)  # a "[Context]" prefix matches everything
    words, seen = [], set()
    for word in re.findall(r"\w+", title):
        folded = fold(word)
        if len(word) < 4 or word.isdigit() or folded in _STOP_WORDS or folded in seen:
            continue
        seen.add(folded)
        words.append(word)
    words.sort(key=len, reverse=True)  # longer words are rarer
    return words[:limit]

