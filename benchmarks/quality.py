"""Detection quality of the default rules on the yardsticks, against their targets.

    python benchmarks/quality.py --real ../shared/real-tickets/tickets.jsonl \\
        --corpus ../shared/corpus [--blind benchmarks/drafts/h ...] [--rules FILE]

Prints, from `redlint eval`'s own code (redlint.evaluate), three tables: (a) real tickets
written by other people, (b) the blind sets nobody has read (by default the sets that
benchmarks/drafts/README.md marks "held out: never read"), pooled and then set by set, (c) the
shared corpus; each label against its target. Then one table of each rule's precision
alone on every yardstick, and whether the rule may be an `error` (precision >= 0.95 on every
yardstick it fires on).
The rules are read directly from their file, never from the rule cache. These sets are
yardsticks, not fixtures: no test reads them, and misses are looked for in the real tickets
and sets a..g only, never in the blind ones (see benchmarks/drafts/README.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import reduce
from operator import add
from pathlib import Path

from redlint.errors import RedlintError
from redlint.evaluate.report import label_table, ratio
from redlint.evaluate.score import (ERROR_PRECISION, Counts, Evaluation, error_allowed, evaluate,
                                    load_rules)
from redlint.evaluate.sets import load_mapping, load_set

DRAFTS = Path(__file__).resolve().parent / "drafts"


class Target:
    def __init__(self, precision: float, recall: float, min_positives: int = 0):
        self.precision, self.recall, self.min_positives = precision, recall, min_positives

    def verdict(self, counts: Counts) -> str:
        if counts.positives < self.min_positives:
            return f"not judged (< {self.min_positives} positives)"
        precision = counts.precision if counts.precision is not None else 1.0
        recall = counts.recall if counts.recall is not None else 1.0
        return "met" if precision >= self.precision and recall >= self.recall else "BELOW"

    def __str__(self) -> str:
        extra = f", labels with >= {self.min_positives} positives" if self.min_positives else ""
        return f"P >= {self.precision:.2f}, R >= {self.recall:.2f}{extra}"


REAL = Target(0.85, 0.80, min_positives=10)
BLIND = Target(0.90, 0.85)
CORPUS = Target(0.90, 0.85)


def never_read_sets(readme: Path = DRAFTS / "README.md") -> list[Path]:
    """The sets the drafts README's table marks as never read: the honest yardstick."""
    # (its "used for" column opens so: a row that mentions "never read" elsewhere is not one)
    names = re.findall(r"^\|\s*`(\w+)`\s*\|[^\n]*\|\s*held out: never read",
                       readme.read_text(encoding="utf-8"), re.M)
    return [DRAFTS / name for name in names]


def yardstick(title: str, evaluation: Evaluation, target: Target) -> None:
    verdicts = {label: target.verdict(counts) for label, counts in evaluation.labels.items()}
    print(f"\n{title}: {evaluation.cases} cases; target {target}")
    print("\n".join(label_table(evaluation, verdicts)))


def per_set_table(paths: list[Path], evaluations: list[Evaluation]) -> None:
    """Precision/recall of each label on each set: a pooled sum can hide one hard set."""
    width = max(len(label) for label in evaluations[0].labels)
    print(f"per set (precision/recall):\n{'label':{width}}"
          + "".join(f"  {path.name:>9}" for path in paths))
    for label in evaluations[0].labels:
        cells = [e.labels[label] for e in evaluations]
        print(f"{label:{width}}" + "".join(
            f"  {ratio(c.precision) + '/' + ratio(c.recall):>9}" for c in cells))


def rule_precision_table(yardsticks: dict[str, Evaluation]) -> None:
    """Each rule's precision alone on each yardstick (tp/fp), and whether it may be an error."""
    names = list(yardsticks)
    first = next(iter(yardsticks.values()))
    keys = [(s.rule, s.label, s.level) for s in first.rules if s.label is not None]
    by_name = {name: {(s.rule, s.label): s.counts for s in e.rules}
               for name, e in yardsticks.items()}
    rule_width = max(len(rule) for rule, _, _ in keys)
    label_width = max(len(label) for _, label, _ in keys)
    header = f"{'rule':{rule_width}}  {'label':{label_width}}  {'level':7}"
    header += "".join(f"  {name:>14}" for name in names) + "  error allowed"
    print(f"\nPrecision of each rule alone (tp/fp); an error needs >= {ERROR_PRECISION} on "
          "every yardstick it fires on")
    print(header)
    for rule, label, level in keys:
        cells, measured = [], []
        for name in names:
            counts = by_name[name].get((rule, label), Counts())
            if not (counts.tp + counts.fp + counts.fn + counts.tn):
                cells.append(f"{'n/a':>14}")
                continue
            cells.append(f"{ratio(counts.precision):>5} {f'({counts.tp}/{counts.fp})':>8}")
            measured.append(counts)
        allowed = error_allowed(measured)
        verdict = {True: "yes", False: "no", None: "never fired"}[allowed]
        if level == "error" and not allowed:
            verdict += " (is error now)"
        print(f"{rule:{rule_width}}  {label:{label_width}}  {level or 'off':7}"
              + "".join(f"  {cell}" for cell in cells) + f"  {verdict}")


def markdown_tables(yardsticks: dict[str, Evaluation], targets: dict[str, Target]) -> None:
    """The README's two tables: each label on each yardstick (held-out first), then each rule's
    level and precision alone, and whether it may be an error."""
    names = [name for name in ("blind sets", "real tickets", "corpus") if name in yardsticks]
    first = yardsticks[names[0]]
    print("\n| label | " + " | ".join(f"{name} ({yardsticks[name].cases})" for name in names)
          + " |")
    print("| --- |" + " --- |" * len(names))
    for label in first.labels:
        cells = []
        for name in names:
            counts = yardsticks[name].labels.get(label, Counts())
            mark = "" if targets[name].verdict(counts) != "BELOW" else " ✗"
            cells.append(f"{ratio(counts.precision)} / {ratio(counts.recall)}{mark}"
                         if counts.positives or counts.fp else "—")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("| target | " + " | ".join(str(targets[name]) for name in names) + " |")
    print("\n| rule | level | " + " | ".join(names) + " | error allowed |")
    print("| --- | --- |" + " --- |" * len(names) + " --- |")
    scores = {name: {s.rule: s.counts for s in yardsticks[name].rules if s.label}
              for name in names}
    for score in first.rules:
        if score.label is None:
            continue
        cells, measured = [], []
        for name in names:
            counts = scores[name].get(score.rule, Counts())
            cells.append(f"{ratio(counts.precision)} ({counts.tp}/{counts.fp})"
                         if counts.precision is not None else "—")
            measured.append(counts)
        allowed = {True: "yes", False: "no", None: "never fired"}[error_allowed(measured)]
        print(f"| `{score.rule}` | {score.level or 'off'} | " + " | ".join(cells)
              + f" | {allowed} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, help="JSON-lines file of labelled real tickets")
    parser.add_argument("--corpus", type=Path, help="the shared labelled corpus folder")
    parser.add_argument("--blind", type=Path, nargs="*",
                        help="blind sets never read (default: from benchmarks/drafts/README.md)")
    parser.add_argument("--rules", help="rules file (default: the shipped rules)")
    parser.add_argument("--labels", help="label -> rules mapping (default: the shipped one)")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the README's tables, in Markdown")
    args = parser.parse_args()
    blind = args.blind if args.blind is not None else never_read_sets()
    try:
        mapping = load_mapping(args.labels)
        ruleset = load_rules(args.rules)
        yardsticks: dict[str, Evaluation] = {}
        if args.real:
            yardsticks["real tickets"] = evaluate(load_set(str(args.real)), ruleset, mapping)
        blind_sets = [evaluate(load_set(str(path)), ruleset, mapping) for path in blind]
        if blind_sets:
            yardsticks["blind sets"] = reduce(add, blind_sets)
        if args.corpus:
            yardsticks["corpus"] = evaluate(load_set(str(args.corpus)), ruleset, mapping)
    except RedlintError as exc:
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2
    titles = {"real tickets": (f"(a) real tickets, {args.real}", REAL),
              "blind sets": ("(b) blind sets never read, pooled: "
                             + ", ".join(path.name for path in blind), BLIND),
              "corpus": (f"(c) shared corpus, {args.corpus}", CORPUS)}
    for name, evaluation in yardsticks.items():
        title, target = titles[name]
        yardstick(title, evaluation, target)
        if name == "blind sets" and len(blind_sets) > 1:
            per_set_table(blind, blind_sets)
    if yardsticks:
        rule_precision_table(yardsticks)
    if yardsticks and args.markdown:
        markdown_tables(yardsticks, {"real tickets": REAL, "blind sets": BLIND, "corpus": CORPUS})
    return 0


if __name__ == "__main__":
    sys.exit(main())
