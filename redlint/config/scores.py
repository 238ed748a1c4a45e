"""Learned scores: a rule's `score:` setting and the weights file it names.

    score: {model: technical-context, drop_below: 0.1, report_above: 0.98}

`model` names `redlint/policy/scores/NAME.txt`, a plain-text list of weights written by
`benchmarks/learned_score.py`, never by hand: comment lines (`#`), a `bias` line, then one
`feature<TAB>weight` line per feature (a word or two words of the folded title and prose, or
`kind:KIND`). How a rule uses it: redlint.lint.score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redlint.errors import ConfigError
from redlint.i18n import tr

SCORES = Path(__file__).resolve().parent.parent / "policy" / "scores"


@dataclass(frozen=True, slots=True)
class Score:
    """A rule's `score:` setting: below `drop_below` its finding is dropped, above
    `report_above` one is reported where it found nothing."""
    model: str
    drop_below: float = 0.0
    report_above: float = 1.0

    def __post_init__(self):
        if not 0 <= self.drop_below < self.report_above <= 1:
            raise ValueError(tr("il faut 0 ≤ drop_below < report_above ≤ 1",
                                "0 ≤ drop_below < report_above ≤ 1 is needed"))
        names = model_names()
        if self.model not in names:
            known = ", ".join(names) or tr("aucun", "none")
            raise ValueError(tr(f"pas de score « {self.model} » ; les scores sont : {known}",
                                f"no score '{self.model}'; scores are: {known}"))
        load_model(self.model)  # a malformed file is reported when the rules are loaded


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[str, float]


def model_names() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in SCORES.glob("*.txt")))


@lru_cache(maxsize=8)
def load_model(name: str) -> Model:
    """The weights of `NAME.txt`; a ConfigError naming the file and line if it is malformed."""
    path = SCORES / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(tr(f"score illisible : {exc}", f"cannot read the score: {exc}"),
                          path=str(path)) from None
    bias, weights = None, {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        feature, _, value = line.rpartition("\t")
        try:
            weight = float(value)
        except ValueError:
            weight = math.nan
        if not feature or not math.isfinite(weight):
            raise ConfigError(tr("attendu : « trait<TAB>poids »", "expected 'feature<TAB>weight'"),
                              path=str(path), line=number)
        if feature == "bias":
            bias = weight
        else:
            weights[feature] = weight
    if bias is None:
        raise ConfigError(tr("il manque la ligne « bias »", "the 'bias' line is missing"),
                          path=str(path))
    return Model(bias, weights)
