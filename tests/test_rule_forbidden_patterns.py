"""The `forbidden-patterns` rule type, on options and vocabularies written here.

The default rules built on it (`title-urgency`, `title-tone`, `scope`) are pinned in
test_policy_forbidden_patterns.py.
"""

from __future__ import annotations

import pytest
from tests_support import own_rules

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import forbidden_patterns


# The mechanism alone, with options written here.

def check(text: str, **options):
    return [text[h.start:h.end] for h in
            forbidden_patterns.check(forbidden_patterns.Options(**options), Part("t", text, 1, 1),
                                     None)]


@pytest.mark.parametrize("options, text, found", [
    ({"terms": ("urgent*",)}, "Urgent, urgentes", ["Urgent", "urgentes"]),
    ({"terms": ("urgence",), "unless": ("numero d'urgence",)},
     "Urgence : numéro d’urgence absent", ["Urgence"]),
    ({"terms": ("urgent",), "ignore_quoted": True}, 'statut « urgent » ou "urgent", urgent',
     ["urgent"]),
    ({"terms": ("urgent",)}, "statut « urgent »", ["urgent"]),
    ({"terms": ("urgent",), "ignore_quoted": True, "count_quoted": ("tres faux",)},
     'statut « urgent », « très faux », très faux', ["très faux", "très faux"]),
    ({"terms": ("urgent",), "ignore_quoted": True, "count_quoted": ("faux",),
      "unless": ("faux depart",)}, 'urgent "faux" et "faux départ"', ["urgent", "faux"]),
    ({"count_quoted": ("faux",)}, "ni vrai ni faux", ["faux"]),
    ({"patterns": ("!{2,}",)}, "vite !!!", ["!!!"]),
    ({"cased_patterns": (r"(\p{Lu}{3,}) !",)}, "Le PDF ! et ÉTÉ !", ["PDF", "ÉTÉ"]),
    ({"terms": ("inadmissible",), "typos": True}, "inadmisible", ["inadmisible"]),
    ({"terms": ("inadmissible",)}, "inadmisible", []),
])
def test_options(options, text, found):
    assert check(text, **options) == found


def test_options_need_something_to_look_for():
    with pytest.raises(ValueError, match="terms"):
        forbidden_patterns.Options()


def test_many_matches_in_a_long_description_stay_fast():
    text = "flux RSS, flux CAF. " * 20_000
    hits = check(text, terms=("flux",), unless=("flux rss",))
    assert len(hits) == 20_000


FRONT = "---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
PRESSURE = """\
pressure:
  type: forbidden-patterns
  scope: text
  terms: vocab:pressure
  cased_patterns: ['([A-Z]{4,} [A-Z]{4,})']
  message: {fr: "« {found} » : restez factuel", en: "\\"{found}\\": keep to the facts"}
  messages: {cased: {fr: "« {found} » en capitales", en: "\\"{found}\\" in capitals"}}
"""


def test_positions_point_at_the_words_in_title_and_description(tmp_path):
    rules = own_rules(tmp_path, PRESSURE, pressure="# pressure\nurgent*\nre:!{2,}\n")
    text = FRONT + "title: Le paiement échoue, URGENT !!!\n---\nBonjour,\nc'est urgentissime.\n"
    findings = lint(parse_draft(text), rules, "fr")
    assert [(f.line, f.column, f.end_column) for f in findings] == [
        (5, 28, 34), (5, 35, 38), (8, 7, 19)]
    assert findings[0].message == "« URGENT » : restez factuel"


def test_cased_patterns_take_the_cased_message(tmp_path):
    rules = own_rules(tmp_path, PRESSURE, pressure="zzz\n")
    text = FRONT + "title: Le paiement PLUS JAMAIS\n---\nCorps.\n"
    [finding] = lint(parse_draft(text), rules, "en")
    assert finding.message == '"PLUS JAMAIS" in capitals'
