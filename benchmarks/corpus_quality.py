"""Precision and recall of the default rules on labelled sets of drafts.

    python benchmarks/corpus_quality.py ../shared/corpus [benchmarks/drafts/*] [--show-errors]

Each folder holds drafts and a labels.yaml mapping each file name to boolean labels; a table is
printed per folder. Each label is detected when any of the rules listed for it below reports a
finding (any level). These sets are yardsticks, not fixtures: they are read here only, never by
the tests.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from redlint.draft.parse import read_draft
from redlint.errors import RedlintError
from redlint.lint.linter import lint
from redlint.config.ruleset import load_ruleset

LABEL_RULES = {
    "multi_request": ("single-request",),
    "title_urgency_or_tone": ("title-urgency", "title-tone"),
    "url_missing_or_vague": ("url-required", "url-precise"),
    "telegraphic_or_shouting": ("description-shouting", "description-emphasis",
                                "description-telegraphic"),
    "missing_technical_context": ("technical-context",),
    "out_of_scope_for_support": ("scope",),
    "wrong_tracker_or_assignment": ("tracker", "assignment"),
}
TARGET_PRECISION, TARGET_RECALL = 0.9, 0.85


def measure(corpus: Path, show_errors: bool = False) -> dict[str, tuple[int, int, int, int]]:
    labels = yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8"))
    ruleset = load_ruleset()
    table = {label: [0, 0, 0, 0] for label in LABEL_RULES}  # tp, fp, fn, tn
    for name, expected in sorted(labels.items()):
        try:
            found = {f.rule for f in lint(read_draft(str(corpus / name)), ruleset, "en")}
        except RedlintError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            found = set()
        for label, rules in LABEL_RULES.items():
            detected = bool(found & set(rules))
            truth = bool(expected.get(label))
            index = {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}[
                (detected, truth)]
            table[label][index] += 1
            if show_errors and detected != truth:
                kind = "FP" if detected else "FN"
                print(f"  {kind} {label:28} {name}  ({sorted(found & set(rules))}) "
                      f"why: {expected.get('why', '')}")
    return {label: tuple(counts) for label, counts in table.items()}


def report(table) -> bool:
    print(f"{'label':30} {'prec':>6} {'recall':>6}   tp  fp  fn")
    ok = True
    for label, (tp, fp, fn, _tn) in table.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        good = precision >= TARGET_PRECISION and recall >= TARGET_RECALL
        ok &= good
        print(f"{label:30} {precision:6.2f} {recall:6.2f}  {tp:3} {fp:3} {fn:3}"
              f"{'' if good else '   below target'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+", help="folders of drafts with labels.yaml")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    tables = {}
    for corpus in args.corpus:
        tables[str(corpus)] = measure(corpus, args.show_errors)
    if len(tables) > 1:  # small sets: their sum says more than each
        tables["all of them"] = {label: tuple(map(sum, zip(*(t[label] for t in tables.values()))))
                                 for label in LABEL_RULES}
    for name, table in tables.items():
        if len(tables) > 1:
            print(f"\n{name}")
        ok = report(table)
        print(f"targets: precision ≥ {TARGET_PRECISION}, recall ≥ {TARGET_RECALL}: "
              f"{'met' if ok else 'not met'}")


if __name__ == "__main__":
    main()
