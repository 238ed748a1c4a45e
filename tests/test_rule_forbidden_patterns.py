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


SENT = ("transmis*", "envoi")
SOFTWARE = ("logiciel*", "notre outil")


@pytest.mark.parametrize("options, text, found", [
    # two words of a group in one sentence are one match, from the first to the last
    ({"together": ((SENT, SOFTWARE),)}, "Les factures sont transmises à notre logiciel.",
     ["transmises à notre logiciel"]),
    ({"together": ((SENT, SOFTWARE),)}, "Le logiciel de paie attend l'envoi.",
     ["logiciel de paie attend l'envoi"]),
    # alone, or in two sentences, or on two lines, they say nothing
    ({"together": ((SENT, SOFTWARE),)}, "Le courriel est transmis aux familles.", []),
    ({"together": ((SENT, SOFTWARE),)}, "Le dossier est transmis. Notre logiciel plante.", []),
    ({"together": ((SENT, SOFTWARE),)}, "Dossier transmis\nnotre outil plante", []),
    # a period after a lone letter does not end the sentence
    ({"together": ((SENT, SOFTWARE),)}, "Transmis par M. Durand à notre outil",
     ["Transmis par M. Durand à notre outil"]),
    # one match per sentence; every list of a group is needed
    ({"together": ((SENT, SOFTWARE),)}, "Envoi et transmission au logiciel ! Logiciel transmis.",
     ["Envoi et transmission au logiciel", "Logiciel transmis"]),
    ({"together": ((SENT, SOFTWARE, ("chaque nuit",)),)},
     "Envoi au logiciel. Envoi chaque nuit au logiciel.", ["Envoi chaque nuit au logiciel"]),
    # `unless` and `ignore_quoted` apply to the whole match
    ({"together": ((SENT, SOFTWARE),), "unless": ("re:envoi[^.]*logiciel de test",)},
     "Envoi au logiciel de test.", []),
    ({"together": ((SENT, SOFTWARE),), "ignore_quoted": True},
     "Le bouton « envoi au logiciel » est mal écrit.", []),
    # beside the terms: both are found
    ({"terms": ("urgent",), "together": ((SENT, SOFTWARE),)},
     "Urgent : envoi au logiciel.", ["Urgent", "envoi au logiciel"]),
])
def test_together(options, text, found):
    assert check(text, **options) == found


def test_together_reports_the_words_apart():
    [hit] = forbidden_patterns.check(
        forbidden_patterns.Options(together=((SENT, SOFTWARE),)),
        Part("t", "Les dossiers sont bien transmis chaque nuit à notre outil.", 1, 1), None)
    assert hit.values["found"] == "transmis … notre outil"


@pytest.mark.parametrize("together", [((SENT,),), ((SENT, ()),)])
def test_together_needs_two_lists(together):
    with pytest.raises(ValueError, match="together"):
        forbidden_patterns.Options(together=together)


def test_together_reads_vocabularies(tmp_path):
    rules = own_rules(tmp_path, """\
        exchange:
          type: forbidden-patterns
          scope: text
          together:
            - [vocab:sent, [logiciel*, notre outil]]
          message: {fr: "« {found} » : échange", en: "\\"{found}\\": exchange"}
        """, sent="# sent\ntransmis*\nenvoi\n")
    text = FRONT + "title: Un envoi\n---\nLe dossier est transmis chaque nuit à notre outil.\n"
    [finding] = lint(parse_draft(text), rules, "en")
    assert finding.message == '"transmis … notre outil": exchange'


def test_together_in_a_long_line_stays_fast():
    text = "Envoi au logiciel. Envoi seul. " * 20_000  # one line: cut into sentences once
    assert len(check(text, together=((SENT, SOFTWARE),))) == 20_000


PLATFORM = ("doctolib", "keldoc")
SLOTS = ("creneau*", "disponibilites")


@pytest.mark.parametrize("options, text, found", [
    # a term of every list anywhere in the text: one match, at the first of them
    ({"together_anywhere": ((PLATFORM, SLOTS),)},
     "Aucun créneau affiché.\n\nPourtant Keldoc en propose.", ["créneau"]),
    ({"together_anywhere": ((PLATFORM, SLOTS),)},
     "Voir https://www.doctolib.fr/centre. Les créneaux manquent. Créneaux !", ["doctolib"]),
    # a list missing from the whole text: nothing
    ({"together_anywhere": ((PLATFORM, SLOTS),)}, "Le lien Doctolib est cassé.", []),
    ({"together_anywhere": ((PLATFORM, SLOTS, ("chaque nuit",)),)},
     "Doctolib. Les créneaux.", []),
    # `unless` and `ignore_quoted` apply to each term: another one may still count
    ({"together_anywhere": ((PLATFORM, SLOTS),), "unless": ("creneaux de la piscine",)},
     "Doctolib. Les créneaux de la piscine.", []),
    ({"together_anywhere": ((PLATFORM, SLOTS),), "unless": ("creneaux de la piscine",)},
     "Les créneaux de la piscine. Doctolib. Deux créneaux.", ["Doctolib"]),
    ({"together_anywhere": ((PLATFORM, SLOTS),), "ignore_quoted": True},
     "Le bouton « Doctolib » et les créneaux.", []),
    # one match per group, beside the sentence groups and the terms
    ({"together_anywhere": ((PLATFORM, SLOTS), (PLATFORM, ("agenda",))),
      "together": ((SENT, SOFTWARE),), "terms": ("urgent",)},
     "Envoi au logiciel. Créneaux urgent. Keldoc, Doctolib, agenda.",
     ["Envoi au logiciel", "Créneaux", "urgent", "Keldoc"]),
])
def test_together_anywhere(options, text, found):
    assert check(text, **options) == found


def test_together_anywhere_reports_the_words_in_their_order():
    [hit] = forbidden_patterns.check(
        forbidden_patterns.Options(together_anywhere=((PLATFORM, SLOTS),)),
        Part("t", "Créneaux absents.\nDoctolib en montre.", 1, 1), None)
    assert (hit.start, hit.end, hit.values["found"]) == (0, 8, "Créneaux … Doctolib")


@pytest.mark.parametrize("groups", [((PLATFORM,),), ((PLATFORM, ()),)])
def test_together_anywhere_needs_two_lists(groups):
    with pytest.raises(ValueError, match="together_anywhere"):
        forbidden_patterns.Options(together_anywhere=groups)


def test_together_anywhere_reads_vocabularies(tmp_path):
    rules = own_rules(tmp_path, """\
        feed:
          type: forbidden-patterns
          scope: text
          together_anywhere:
            - [vocab:platforms, [creneau*]]
          message: {fr: "« {found} » : flux", en: "\\"{found}\\": feed"}
        """, platforms="# platforms\ndoctolib\n")
    text = FRONT + "title: Aucun créneau\n---\nLe centre est pourtant sur Doctolib.\n"
    [finding] = lint(parse_draft(text), rules, "en")
    assert finding.message == '"créneau … Doctolib": feed'


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


PLANNING = ("planning", "mise en ligne")
FAULTS = ("ne fonctionne pas", "erreur")


@pytest.mark.parametrize("options, text, found", [
    # nothing sparing the text: the terms are found as usual
    ({"terms": PLANNING, "spared_by": (FAULTS,)},
     "La mise en ligne est décalée : envoyez le planning.", ["mise en ligne", "planning"]),
    # one sparing term anywhere, before or after the terms: no finding at all
    ({"terms": PLANNING, "spared_by": (FAULTS,)},
     "Le formulaire ne fonctionne pas.\n\nLa mise en ligne est décalée.", []),
    ({"terms": PLANNING, "spared_by": (FAULTS,)}, "Planning : une erreur 500 au clic.", []),
    # a list of lists, as vocabularies are given
    ({"terms": PLANNING, "spared_by": (("panne",), FAULTS)}, "Panne du planning.", []),
    # with `typos`, the sparing terms too
    ({"terms": PLANNING, "spared_by": (("dysfonctionnement",),), "typos": True},
     "Un disfonctionnement du planning.", []),
    ({"terms": PLANNING, "spared_by": (("dysfonctionnement",),)},
     "Un disfonctionnement du planning.", ["planning"]),
])
def test_spared_by(options, text, found):
    assert check(text, **options) == found
