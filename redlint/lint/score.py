"""A learned score beside a rule: where it is very sure, it overrules the rule's words.

A rule naming a score (its `score:` setting, redlint.config.scores) is checked as usual, then:
below `drop_below` its finding is dropped (the text plainly has what the rule looks for, in
words its lists do not know); above `report_above` a finding is reported where the rule found
nothing (the text reads like what the rule catches, whatever words of its lists it holds). In
between, the rule decides alone. The score reads the words and pairs of words of the folded
title and prose, and the ticket's kind: `features`, which benchmarks/learned_score.py trains
through too. A finding it reports names the words that weighed most, so the writer sees why.
"""

from __future__ import annotations

import math
import re

from redlint.config.scores import Model, Score, load_model
from redlint.matching import fold
from redlint.model import Hit

# What a score reads: the writer's own words, not logs, quotes or signatures.
READS = ("prose", "heading", "field", "list", "checkbox")
_WORD = re.compile(r"[a-z0-9]+")
SHOWN_WORDS = 3  # the words a reported finding names
# The model learnt from drafts of a few KB: a longer description is a paste, which it knows
# nothing of (and reading a 5 MB one, its kind included, took 22 MB): the rule decides alone.
READ_LIMIT = 1 << 16


def features(title: str, prose: str, kind: str) -> set[str]:
    """The words and pairs of consecutive words of the folded title and prose, and the kind."""
    words = _WORD.findall(fold(title + "\n\n" + prose))
    return {*words, *(f"{a} {b}" for a, b in zip(words, words[1:])), f"kind:{kind}"}


def probability(model: Model, present: set[str]) -> float:
    total = model.bias + sum(model.weights.get(feature, 0.0) for feature in present)
    return 1 / (1 + math.exp(-total)) if total > -700 else 0.0


def rescore(score: Score, hits: list[Hit], draft) -> list[Hit]:
    """The rule's hits, overruled where the score is below `drop_below` or above
    `report_above`."""
    if len(draft.description.text) > READ_LIMIT:
        return hits
    model = load_model(score.model)
    title = draft.title.text if draft.title else ""
    present = features(title, draft.description_reading(READS).text, draft.kind)
    chance = probability(model, present)
    if hits and chance < score.drop_below:
        return []
    if hits or chance <= score.report_above:
        return hits
    weighed = sorted((f for f in present if model.weights.get(f, 0) > 0 and ":" not in f),
                     key=lambda f: (-model.weights[f], f))[:SHOWN_WORDS]
    description = draft.description
    first_line = description.text.split("\n", 1)[0]
    # The chance as a whole percentage, which both languages write the same way.
    return [Hit(0, len(first_line), {"score": f"{chance:.0%}".rstrip("%"),
                                     "words": ", ".join(weighed)},
                message_key="score", part=description)]
