"""Train a learned score and measure it beside the rules; `--write` saves its weights.

    pip install -e '.[learn]'
    python benchmarks/learned_score.py --label missing_technical_context --threshold 0.7 \
        --train benchmarks/drafts/{a..g} benchmarks/drafts/{p..s} benchmarks/drafts/{v..z} \
                benchmarks/drafts/a{a..t} benchmarks/drafts/b{d,e,g,h,i,k} ../shared/corpus \
        --test benchmarks/drafts/bj+benchmarks/drafts/bl ../shared/real-tickets/tickets.jsonl \
        --blind

Trains a logistic regression (scikit-learn) on the labelled sets given with `--train`: the
words and word pairs of the title and the description's prose (folded as the rules read it),
and the ticket's kind, read by the very function redlint scores with
(redlint.lint.score.features), so training and checking cannot drift apart. Prints, for the training sets, the score of the model cross-validated
by set (each set predicted by a model that never saw its writer), then for each `--test` set
the rules' figures beside the model's. Only figures are printed, never a draft's text, so a
held-out set may be measured without being read.

With `--write redlint/policy/scores/NAME.txt` it saves the model trained on all the training
sets as a plain-text list of weights (redlint.lint.score reads it): the rule that names it in
its `score:` setting drops its finding where the score is very low and reports one where it is
very high. What it showed and what ships: README, "A learned score, measured".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redlint.evaluate.score import load_rules  # noqa: E402
from redlint.evaluate.sets import load_mapping, load_set  # noqa: E402
from redlint.lint.linter import lint  # noqa: E402
from redlint.lint.score import READS, features  # noqa: E402
from quality import never_read_sets  # noqa: E402  (this folder is on the path)


def examples(paths: list[str], label: str, rules: tuple[str, ...], ruleset):
    """(set, features, rules fired, truth) of each case where the label applies."""
    for path in paths:
        for case in load_set(path).cases:
            if case.labels.get(label) is None:
                continue
            draft = case.draft
            title = draft.title.text if draft.title else ""
            present = features(title, draft.description_reading(READS).text, draft.kind)
            fired = any(found.rule in rules for found in lint(draft, ruleset, "en"))
            yield path, present, fired, case.labels[label]


def figures(predicted, truth) -> str:
    tp = sum(p and t for p, t in zip(predicted, truth))
    fp = sum(p and not t for p, t in zip(predicted, truth))
    fn = sum(t and not p for p, t in zip(predicted, truth))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"{precision:.2f} / {recall:.2f} ({tp}/{fp}/{fn})"


def write_weights(path: Path, args, names, fitted, cases: int) -> None:
    """The model as redlint.lint.score reads it: `bias`, then `feature<TAB>weight` lines."""
    weights = sorted(((name, weight) for name, weight in zip(names, fitted.coef_[0])
                      if abs(weight) >= args.min_weight or name.startswith("kind:")),
                     key=lambda item: (-abs(item[1]), item[0]))
    lines = [f"# A learned score for {args.label}: written by benchmarks/learned_score.py",
             f"# (logistic regression, C={args.C}, {cases} labelled drafts of the readable "
             "sets), not by hand.",
             "# A feature is a word or two words of the folded title and prose, or the "
             "ticket's kind;",
             "# the score is 1 / (1 + exp(-(bias + the weights of the features present)))."
             f" Weights under {args.min_weight} left out.",
             f"bias\t{fitted.intercept_[0]:.3f}",
             *(f"{name}\t{weight:.3f}" for name, weight in weights)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(weights)} weights")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True)
    parser.add_argument("--train", nargs="+", required=True, help="labelled sets to learn from")
    parser.add_argument("--test", nargs="*", default=[],
                        help="labelled sets to measure on; join paths with '+' to pool them")
    parser.add_argument("--blind", action="store_true",
                        help="measure on the sets drafts/README.md marks never read, pooled")
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--write", metavar="FILE", help="save the weights to this file")
    parser.add_argument("--min-weight", type=float, default=0.05,
                        help="leave out of --write the features that weigh less than this")
    args = parser.parse_args()
    try:
        import numpy as np
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        sys.exit("scikit-learn not found: pip install -e '.[learn]'")

    rules = load_mapping()[args.label]
    ruleset = load_rules()
    # Each case is already its set of features; a feature in fewer than 3 cases is left out.
    vectorizer = CountVectorizer(analyzer=sorted, min_df=3, binary=True)

    def matrix(rows, fit=False):
        present = [row[1] for row in rows]
        return vectorizer.fit_transform(present) if fit else vectorizer.transform(present)

    def model():
        return LogisticRegression(C=args.C, max_iter=3000)

    train = list(examples(args.train, args.label, rules, ruleset))
    x, y = matrix(train, fit=True), np.array([truth for *_, truth in train])
    sets = [path for path, *_ in train]
    held = np.zeros(len(train))
    for fit_rows, held_rows in GroupKFold(n_splits=min(8, len(set(sets)))).split(x, y, sets):
        held[held_rows] = model().fit(x[fit_rows], y[fit_rows]).predict_proba(x[held_rows])[:, 1]
    final = model().fit(x, y)
    if args.write:
        names = list(vectorizer.get_feature_names_out())
        write_weights(Path(args.write), args, names, final, len(train))
    print(f"{args.label}: {len(train)} training cases from {len(set(sets))} sets, "
          f"{x.shape[1]} features, C={args.C}, threshold {args.threshold}")
    print(f"{'set':44} {'rules':22} {'model':22}")
    print(f"{'training sets, cross-validated by set':44} "
          f"{figures([fired for *_, fired, _ in train], y):22} "
          f"{figures(held > args.threshold, y):22}  (the rules were tuned on these)")
    tests = args.test + (["+".join(map(str, never_read_sets()))] if args.blind else [])
    for path in tests:
        rows = list(examples(path.split("+"), args.label, rules, ruleset))
        truth = [t for *_, t in rows]
        predicted = final.predict_proba(matrix(rows))[:, 1] > args.threshold
        name = path if "+" not in path else f"{path.count('+') + 1} sets pooled"
        print(f"{name[-44:]:44} {figures([fired for *_, fired, _ in rows], truth):22} "
              f"{figures(predicted, truth):22}")


if __name__ == "__main__":
    main()
