"""Evaluations as plain-text tables or as versioned JSON."""

from __future__ import annotations

import json

from redlint.evaluate.score import Counts, Evaluation, Mistake
from redlint.i18n import plural, tr

# Bumped when a key changes meaning or disappears; new keys may appear within a version.
JSON_SCHEMA = "redlint-eval"
JSON_VERSION = 1


def ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --- JSON ------------------------------------------------------------------------------------

def _counts(counts: Counts) -> dict:
    return {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn, "tn": counts.tn,
            "precision": _round(counts.precision), "recall": _round(counts.recall)}


def evaluation_dict(evaluation: Evaluation, mapping: dict[str, tuple[str, ...]],
                    show: bool = False) -> dict:
    out = {
        "path": evaluation.path,
        "cases": evaluation.cases,
        "labels": [{"label": label, "rules": list(mapping.get(label, ())), **_counts(counts)}
                   for label, counts in evaluation.labels.items()],
        "rules": [{"rule": s.rule, "label": s.label, "level": s.level, "fired": s.fired,
                   **_counts(s.counts)} for s in evaluation.rules],
        "inactive_rules": list(evaluation.inactive),
    }
    if show:
        out["mistakes"] = [{"case": m.case, "label": m.label, "kind": m.kind,
                            "rules": list(m.rules), "why": m.why, "excerpts": list(m.excerpts)}
                           for m in evaluation.mistakes]
    return out


def as_json(evaluations: list[Evaluation], pooled: Evaluation | None,
            mapping: dict[str, tuple[str, ...]], show: bool = False) -> str:
    return json.dumps({
        "schema": JSON_SCHEMA,
        "version": JSON_VERSION,
        "mapping": {label: list(rules) for label, rules in mapping.items()},
        "sets": [evaluation_dict(e, mapping, show) for e in evaluations],
        "pooled": evaluation_dict(pooled, mapping) if pooled else None,  # mistakes: per set
    }, ensure_ascii=False, indent=2)


# --- tables ----------------------------------------------------------------------------------

def _has_cases(counts: Counts) -> bool:
    return bool(counts.tp + counts.fp + counts.fn + counts.tn)


def label_table(evaluation: Evaluation, verdicts: dict[str, str] | None = None) -> list[str]:
    """One row per label; `verdicts` adds a last column (a benchmark's target check)."""
    width = max([len(label) for label in evaluation.labels] + [5])
    rows = [f"{'label':{width}}  {'prec':>5} {'recall':>6}  {'tp':>3} {'fp':>3} {'fn':>3} "
            f"{'tn':>3}"]
    for label, c in evaluation.labels.items():
        if not _has_cases(c):
            continue  # no case of this set carries the label
        row = (f"{label:{width}}  {ratio(c.precision):>5} {ratio(c.recall):>6}  {c.tp:3} "
               f"{c.fp:3} {c.fn:3} {c.tn:3}")
        if verdicts and verdicts.get(label):
            row += f"  {verdicts[label]}"
        rows.append(row)
    return rows


def rule_table(evaluation: Evaluation) -> list[str]:
    """One row per rule: its precision and recall alone, over the cases its label applies to."""
    scores = evaluation.rules
    rule_width = max([len(s.rule) for s in scores] + [4])
    label_width = max([len(s.label or "—") for s in scores] + [5])
    rows = [f"{'rule':{rule_width}}  {'label':{label_width}}  {'level':7}  {'prec':>5} "
            f"{'recall':>6}  {'tp':>3} {'fp':>3} {'fn':>3}  {'fired':>5}"]
    for s in scores:
        if s.label is not None and not _has_cases(evaluation.labels.get(s.label, Counts())):
            continue  # its label applies to no case of this set
        level = s.level or "off"
        if s.label is None:
            rows.append(f"{s.rule:{rule_width}}  {'—':{label_width}}  {level:7}  {'':>5} "
                        f"{'':>6}  {'':>3} {'':>3} {'':>3}  {s.fired:5}")
            continue
        c = s.counts
        rows.append(f"{s.rule:{rule_width}}  {s.label:{label_width}}  {level:7}  "
                    f"{ratio(c.precision):>5} {ratio(c.recall):>6}  {c.tp:3} {c.fp:3} {c.fn:3}"
                    f"  {s.fired:5}")
    return rows


def mistake_lines(mistakes: tuple[Mistake, ...]) -> list[str]:
    rows = []
    kinds = {"miss": tr("oubli", "miss"), "false-alarm": tr("fausse alerte", "false-alarm")}
    width = max(len(kind) for kind in kinds.values())
    for m in sorted(mistakes, key=lambda m: (m.label, m.kind, m.case)):
        fired = ", ".join(m.rules) or "—"
        rows.append(f"{kinds.get(m.kind, m.kind):{width}}  {m.label}  {m.case}  "
                    + tr("règles déclenchées : ", "fired: ") + fired)
        if m.why:
            rows.append("    " + tr("pourquoi : ", "why: ") + m.why)
        rows.extend(f"    {excerpt}" for excerpt in m.excerpts)
    return rows


def as_tables(evaluations: list[Evaluation], pooled: Evaluation | None,
              show: bool = False) -> str:
    blocks = []
    for evaluation in evaluations + ([pooled] if pooled else []):
        title = (tr("tous ensemble", "all of them (pooled)") if evaluation is pooled
                 else evaluation.path)
        cases = plural(evaluation.cases, "{n} cas", "{n} cas", "{n} case", "{n} cases")
        lines = [f"{title}{tr(' : ', ': ')}{cases}", "", *label_table(evaluation), "",
                 *rule_table(evaluation)]
        if evaluation.inactive:
            lines += ["", tr("règles inactives : ", "not active: ")
                      + ", ".join(evaluation.inactive)]
        if show and evaluation is not pooled and evaluation.mistakes:
            lines += ["", *mistake_lines(evaluation.mistakes)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
