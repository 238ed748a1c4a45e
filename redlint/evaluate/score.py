"""Lint labelled cases and count, per label and per rule, what the rules got right. Pure.

A label is detected on a case when any rule mapped to it reports a finding, at any level. Per
rule, over the cases where its label applies: when this rule alone fires, is its label true?
That precision is what decides whether a rule may be an `error`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from redlint.config.ruleset import RuleSet, default_rules_path
from redlint.evaluate.sets import Case, LabelledSet
from redlint.lint.linter import lint
from redlint.model import Finding

EXCERPT_CHARS = 70


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        """None when nothing was detected: no false alarm, but no evidence either."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    def add(self, detected: bool, truth: bool) -> Counts:
        field = ("tp" if truth else "fp") if detected else ("fn" if truth else "tn")
        return replace(self, **{field: getattr(self, field) + 1})

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                      self.tn + other.tn)


# A rule may be an `error` (it blocks submit) only when it is right at least this often on every
# yardstick: a wrong error stops a legitimate ticket, a wrong warning only costs a glance.
ERROR_PRECISION = 0.95


def error_allowed(yardsticks: list[Counts]) -> bool | None:
    """Whether a rule measured on these yardsticks may be an `error`: precision of at least
    ERROR_PRECISION on every yardstick where it fired. None: it never fired, no evidence."""
    measured = [counts.precision for counts in yardsticks if counts.precision is not None]
    if not measured:
        return None
    return all(precision >= ERROR_PRECISION for precision in measured)


@dataclass(frozen=True, slots=True)
class RuleScore:
    rule: str
    label: str | None  # None: an active rule no label maps to (only `fired` is counted)
    level: str | None  # None: the rule is not active in the rule set measured
    counts: Counts = Counts()
    fired: int = 0  # cases where it reported anything, labelled or not


@dataclass(frozen=True, slots=True)
class Mistake:
    case: str
    label: str
    kind: str  # "miss" or "false-alarm"
    rules: tuple[str, ...]  # the label's rules that fired
    why: str
    excerpts: tuple[str, ...] = ()  # "rule line:column: text" of each finding of those rules


@dataclass(frozen=True, slots=True)
class Evaluation:
    path: str
    cases: int
    labels: dict[str, Counts]
    rules: tuple[RuleScore, ...]
    mistakes: tuple[Mistake, ...] = ()
    inactive: tuple[str, ...] = ()  # mapped rules that are not active in the rule set

    def __add__(self, other: Evaluation) -> Evaluation:
        """The pooled sum of two evaluations with the same mapping and rules."""
        labels = {label: counts + other.labels.get(label, Counts())
                  for label, counts in self.labels.items()}
        theirs = {(score.rule, score.label): score for score in other.rules}
        rules = tuple(replace(score, counts=score.counts + theirs[key].counts,
                              fired=score.fired + theirs[key].fired)
                      if (key := (score.rule, score.label)) in theirs else score
                      for score in self.rules)
        return Evaluation("+".join(p for p in (self.path, other.path) if p),
                          self.cases + other.cases, labels, rules,
                          self.mistakes + other.mistakes,
                          tuple(sorted(set(self.inactive) | set(other.inactive))))


def load_rules(path: str | None = None) -> RuleSet:
    """The rules file at `path` (default: the shipped rules), read and validated directly:
    a measurement must never read a stale rule cache."""
    from redlint.config.load import load_file

    return load_file(Path(path) if path else default_rules_path())


def evaluate(labelled: LabelledSet, ruleset: RuleSet,
             mapping: dict[str, tuple[str, ...]]) -> Evaluation:
    active = {rule.id: rule.level.value for rule in ruleset.active}
    labels = {label: Counts() for label in mapping}
    per_rule = {(rule, label): Counts() for label, rules in mapping.items() for rule in rules}
    fired_count = dict.fromkeys(active, 0)
    mistakes = []
    for case in labelled.cases:
        fired = _fired(case, ruleset)
        for rule in fired:
            fired_count[rule] = fired_count.get(rule, 0) + 1
        for label, rules in mapping.items():
            if label not in case.labels:
                continue  # null: the label does not apply to this case
            truth = case.labels[label]
            hits = tuple(rule for rule in rules if rule in fired)
            labels[label] = labels[label].add(bool(hits), truth)
            for rule in rules:
                per_rule[rule, label] = per_rule[rule, label].add(rule in fired, truth)
            if bool(hits) != truth:
                mistakes.append(Mistake(case.id, label, "false-alarm" if hits else "miss", hits,
                                        case.why, _excerpts(case, fired, hits)))
    mapped = {rule for rules in mapping.values() for rule in rules}
    scores = [RuleScore(rule, label, active.get(rule), counts, fired_count.get(rule, 0))
              for (rule, label), counts in per_rule.items()]
    scores += [RuleScore(rule, None, level, fired=fired_count[rule])
               for rule, level in active.items() if rule not in mapped]
    inactive = tuple(sorted(mapped - set(active)))
    return Evaluation(labelled.path, len(labelled.cases), labels, tuple(scores),
                      tuple(mistakes), inactive)


def _fired(case: Case, ruleset: RuleSet) -> dict[str, list[Finding]]:
    fired: dict[str, list[Finding]] = {}
    for found in lint(case.draft, ruleset, "en"):
        fired.setdefault(found.rule, []).append(found)
    return fired


def _excerpts(case: Case, fired: dict[str, list[Finding]], rules: tuple[str, ...]):
    """Where each of `rules` fired, with the text it pointed at, to judge a false alarm."""
    lines = case.draft.lines
    out = []
    for rule in rules:
        for found in fired[rule]:
            text = lines[found.line - 1] if 0 < found.line <= len(lines) else ""
            if found.end_line == found.line and found.end_column > found.column:
                text = text[found.column - 1:found.end_column - 1]
            text = " ".join(text.split())
            if len(text) > EXCERPT_CHARS:
                text = text[:EXCERPT_CHARS - 1] + "…"
            out.append(f"{rule} {found.line}:{found.column}: {text}")
    return tuple(out)
