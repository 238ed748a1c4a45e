"""`redlint eval`: precision and recall of the active rules on labelled sets."""

from __future__ import annotations

from enum import Enum
from functools import reduce
from operator import add
from pathlib import Path
from typing import Annotated, Optional

import typer

from redlint.cli.common import LangOption, guarded
from redlint.cli.common import language as language_of


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@guarded
def eval_command(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Labelled sets: folders of drafts with a labels.yaml, or "
                                "JSON-lines files of tickets (title, body, labels).",
        show_default=False)],
    output_format: Annotated[EvalFormat, typer.Option(
        "--format", "-f", help="table (default) or json (stable, versioned schema).")]
        = EvalFormat.table,
    show: Annotated[bool, typer.Option(
        "--show", help="List each miss and false alarm: case, label, rules that fired, why.")]
        = False,
    labels: Annotated[Optional[Path], typer.Option(
        "--labels", help="YAML file mapping each label to the rule ids that detect it "
                         "(default: the one shipped with redlint).", show_default=False)] = None,
    rules: Annotated[Optional[Path], typer.Option(
        "--rules", help="Rules file to measure (it may `extends: default`); default: the "
                        "shipped rules, never a .redlint.yaml.", show_default=False)] = None,
    lang: LangOption = None,
):
    """Measure the rules on labelled sets: precision and recall per label and per rule.

    A label is detected when any rule mapped to it reports a finding, at any level; a label
    set to null on a case leaves that case out of its counts. Several PATHs: a table each, then
    their pooled sum. Rules: `--rules FILE`, else the default rules (never a .redlint.yaml).

    Exit codes: 0 measured, 2 unreadable input, mapping or rules file.
    """
    from redlint.evaluate.report import as_json, as_tables
    from redlint.evaluate.score import evaluate, load_rules
    from redlint.evaluate.sets import load_mapping, load_set

    language_of(lang)
    mapping = load_mapping(str(labels) if labels else None)
    ruleset = load_rules(str(rules) if rules else None)
    evaluations = [evaluate(load_set(path), ruleset, mapping) for path in paths]
    pooled = reduce(add, evaluations) if len(evaluations) > 1 else None
    if output_format is EvalFormat.json:
        print(as_json(evaluations, pooled, mapping, show))
    else:
        print(as_tables(evaluations, pooled, show))
