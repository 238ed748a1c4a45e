"""lint(draft, ruleset) → sorted findings. Pure: no printing, no exit codes, no network."""

from __future__ import annotations

import string

from redlint.draft.parse import Draft
from redlint.model import Finding, Hit, Part
from redlint.rules import REGISTRY, Context
from redlint.config.ruleset import Rule, RuleSet


def select_part(draft: Draft, scope: str) -> Part:
    """The part of the draft a scope names; an absent part is empty, at the top of the file."""
    if scope == "title":
        return draft.title or Part("title", "", 1, 1)
    if scope == "description":
        return draft.description
    if scope == "text":
        return Part.join("text", [p for p in (draft.title, draft.description) if p is not None])
    if scope.startswith("field:"):
        key = scope[len("field:"):]
        entry = draft.fields.get(key)
        return entry.part() if entry else Part(key, "", 1, 1)
    return Part(scope, "", 1, 1)  # front-matter: checks read the fields themselves


def applies(rule: Rule, draft: Draft) -> bool:
    return (rule.enabled and rule.id not in draft.disabled_rules
            and all(condition.holds(draft.value(condition.field)) for condition in rule.when))


class _Placeholders(string.Formatter):
    """str.format that leaves unknown placeholders as written instead of failing."""

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "{" + str(key) + "}")


_FORMAT = _Placeholders()


def finding(rule: Rule, hit: Hit, part: Part, draft: Draft, lang: str) -> Finding:
    part = hit.part or part
    line, column = part.position(hit.start)
    end_line, end_column = part.position(max(hit.end, hit.start))
    try:
        message = _FORMAT.format(rule.text(lang, hit.message_key), **hit.values)
    except (ValueError, IndexError):  # a stray brace in a user's message: show it as written
        message = rule.text(lang, hit.message_key)
    return Finding(path=draft.path, rule=rule.id, level=rule.level, line=line, column=column,
                   end_line=end_line, end_column=end_column, message=message,
                   context=draft.lines[line - 1] if 0 < line <= len(draft.lines) else "",
                   source=rule.source)


def lint(draft: Draft, ruleset: RuleSet, lang: str = "fr") -> list[Finding]:
    project = ruleset.projects.get(draft.value("project") or "")
    context = Context(draft=draft, project=project, redmine=ruleset.redmine)
    findings = []
    for rule in ruleset.rules:
        if not applies(rule, draft):
            continue
        part = select_part(draft, rule.scope)
        for hit in REGISTRY[rule.type].check(rule.options, part, context):
            findings.append(finding(rule, hit, part, draft, lang))
    return sorted(findings, key=Finding.sort_key)
