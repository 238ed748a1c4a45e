"""Linting an answer to a ticket (`redlint reply`, `redlint close -m`): the answer policy.

An answer is not a draft: no front matter, no title, no tracker. What the guide asks of it is
what it asks of any description: clear sentences, no shouting, and one request per ticket — so
a *new* request slipped into an answer is an error, whose message says to open a new ticket.
The policy reuses the active rules of those three kinds (`ANSWER_RULES`, as the user's
.redlint.yaml sets them: a rule turned off stays off) over a Draft whose description is the
answer, positions counted in the answer's own file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redlint.config.ruleset import RuleSet
from redlint.draft.parse import Draft
from redlint.lint.linter import lint
from redlint.model import Finding, Level, Part

ANSWER_RULES = ("single-request", "description-shouting", "description-telegraphic")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DISABLE = re.compile(r"<!--\s*redlint-disable\s+([^>]*?)\s*-->")


def answer_draft(text: str, path: str) -> Draft:
    """The answer as a Draft: no fields, no title, the whole text as its description."""
    description = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return Draft(path=path, fields={}, title=None,
                 description=Part("description", description, 1, 1),
                 disabled_rules=frozenset(
                     rule for match in _DISABLE.finditer(text)
                     for rule in re.split(r"[\s,]+", match.group(1)) if rule),
                 text=text)


def new_request_message(project: str) -> dict[str, str]:
    command = f"redlint new --project {project} nouvelle-demande.md" if project else \
        "redlint new nouvelle-demande.md"
    command = command.replace("{", "{{").replace("}", "}}")  # the linter formats messages
    return {
        "fr": "Votre réponse contient une nouvelle demande (« {found} ») : une réponse ne "
              "traite que la question du ticket. Retirez-la et ouvrez un nouveau ticket pour "
              f"elle : `{command}`, puis `redlint submit nouvelle-demande.md`.",
        "en": "Your answer holds a new request (\"{found}\"): an answer only deals with the "
              "issue's question. Take it out and open a new ticket for it: "
              f"`{command.replace('nouvelle-demande', 'new-request')}`, then "
              "`redlint submit new-request.md`.",
    }


def answer_policy(ruleset: RuleSet, project: str = "") -> RuleSet:
    """The rules an answer is checked with; a new request is an error."""
    rules = []
    for rule in ruleset.rules:
        if rule.id not in ANSWER_RULES and rule.type != "single-request":
            continue
        if rule.type == "single-request":
            rule = replace(rule, level=Level.ERROR, message=new_request_message(project),
                                messages={}, when=())
        else:
            rule = replace(rule, when=())  # an answer has no fields to condition on
        rules.append(rule)
    return replace(ruleset, rules=tuple(rules))


def lint_answer(text: str, path: str, ruleset: RuleSet, lang: str = "fr",
                project: str = "") -> list[Finding]:
    return lint(answer_draft(text, path), answer_policy(ruleset, project), lang)
