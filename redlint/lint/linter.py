"""lint(draft, ruleset) → sorted findings. Pure: no printing, no exit codes, no network."""

from __future__ import annotations

import string

from redlint.draft.parse import Draft
from redlint.i18n import tr
from redlint.model import Finding, Hit, Level, Part
from redlint.rules import REGISTRY, Context
from redlint.config.ruleset import Rule, RuleSet
from redlint.lint.score import rescore


def select_part(draft: Draft, scope: str, segments: tuple[str, ...] | None = None) -> Part:
    """The part of the draft a scope names; an absent part is empty, at the top of the file.

    With `segments`, the description's other segments are blanked (spaces, newlines kept), so
    offsets, lines and columns are those of the file."""
    if scope == "title":
        return draft.title or Part("title", "", 1, 1)
    if scope in ("description", "text"):
        description = draft.description if segments is None \
            else draft.description_reading(segments)
        if scope == "description":
            return description
        return Part.join("text", [p for p in (draft.title, description) if p is not None])
    if scope.startswith("field:"):
        key = scope[len("field:"):]
        entry = draft.fields.get(key)
        return entry.part() if entry else Part(key, "", 1, 1)
    return Part(scope, "", 1, 1)  # front-matter: checks read the fields themselves


def applies(rule: Rule, draft: Draft) -> bool:
    return (rule.enabled and rule.id not in draft.disabled_rules
            and all(condition.holds(draft.kind if condition.field == "kind"
                                    else draft.value(condition.field))
                    for condition in rule.when))


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
                   context=draft.line(line),
                   source=rule.source)


def merge_overlapping(hits) -> list[Hit]:
    """One hit per place: hits of one rule whose spans overlap are one problem (a title in
    capitals that also holds a word of discontent), reported once, by the widest of them (the
    first one on a tie). Empty spans and spans in different parts are kept as they are."""
    hits = list(hits)
    if len(hits) < 2:
        return hits
    kept: list[Hit] = []
    groups: dict[int, list[tuple[int, Hit]]] = {}  # per part: (group end, widest hit)
    for _, hit in sorted(enumerate(hits), key=lambda item: (item[1].start,
                                                             item[1].start - item[1].end,
                                                             item[0])):
        if hit.end <= hit.start:
            kept.append(hit)
            continue
        group = groups.setdefault(id(hit.part), [])
        if group and hit.start < group[-1][0]:
            end, widest = group[-1]
            if hit.end - hit.start > widest.end - widest.start:
                widest = hit
            group[-1] = (max(end, hit.end), widest)
        else:
            group.append((hit.end, hit))
    kept.extend(hit for group in groups.values() for _, hit in group)
    return kept


def lint(draft: Draft, ruleset: RuleSet, lang: str = "fr") -> list[Finding]:
    project = ruleset.projects.get(draft.value("project") or "")
    context = Context(draft=draft, project=project, redmine=ruleset.redmine)
    findings = []
    found_by: set[str] = set()  # the rules that reported something on this draft
    for rule in ruleset.rules:  # in dependency order (see redlint.config.load)
        if found_by.intersection(rule.unless_found_by) or not applies(rule, draft):
            continue
        part = select_part(draft, rule.scope, rule.segments)
        hits = merge_overlapping(REGISTRY[rule.type].check(rule.options, part, context))
        if rule.score is not None:
            hits = rescore(rule.score, hits, draft)
        for hit in hits:
            findings.append(finding(rule, hit, part, draft, lang))
            found_by.add(rule.id)
    findings.extend(unknown_disables(draft, ruleset))
    return sorted(findings, key=Finding.sort_key)


# Not a rule of rules.yaml: it checks the comments that switch rules off, whatever the rules.
DISABLE_CHECK = "redlint-disable"


def unknown_disables(draft: Draft, ruleset: RuleSet) -> list[Finding]:
    """A warning for each id of a `<!-- redlint-disable -->` comment that names no rule: a
    misspelt id would otherwise leave the rule on without a word."""
    known = {rule.id for rule in ruleset.rules}
    found = []
    for disable in draft.disables:
        if disable.rule in known:
            continue
        import difflib  # only for a misspelt id

        close = difflib.get_close_matches(disable.rule, sorted(known), n=1, cutoff=0.6)
        hint = tr(f" : vouliez-vous dire « {close[0]} » ?", f': did you mean "{close[0]}"?') \
            if close else tr(" (redlint rules les liste)", " (redlint rules lists them)")
        message = tr(f"« {disable.rule} » n'est pas une règle, ce commentaire ne désactive "
                     f"rien{hint}",
                     f"\"{disable.rule}\" is no rule, this comment switches nothing off{hint}")
        found.append(Finding(path=draft.path, rule=DISABLE_CHECK, level=Level.WARNING,
                             line=disable.line, column=disable.column, end_line=disable.line,
                             end_column=disable.column + len(disable.rule), message=message,
                             context=draft.line(disable.line)))
    return found
