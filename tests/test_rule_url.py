"""The `url` rule type, on options written here.

The default rules `url-required` and `url-precise` are pinned in test_policy_url.py.
"""

from __future__ import annotations

import pytest
from tests_support import own_rules, type_options

from redlint.draft.parse import parse_draft
from redlint.errors import ConfigError
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import url
from redlint.matching import fold


TLDS = ("fr", "com", "org", "net")  # bare hosts with these endings are URLs


@pytest.mark.parametrize("text, expected", [
    ("Voir https://demarches.ville.fr/backoffice/forms/1/.",
     ["https://demarches.ville.fr/backoffice/forms/1/"]),
    ("(https://demarches.ville.fr/r/1-2), ensuite", ["https://demarches.ville.fr/r/1-2"]),
    ("[la demande](https://demarches.ville.fr/r/1-2)", ["https://demarches.ville.fr/r/1-2"]),
    ("**https://a.fr/b/**", ["https://a.fr/b/"]),
    ("« https://a.fr/b/ »", ["https://a.fr/b/"]),
    ("sur demarches.ville.fr/backoffice/ puis www.ville.fr.",
     ["demarches.ville.fr/backoffice/", "www.ville.fr"]),
    ("écrire à agent@ville.fr", []),
    ("at java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)", []),
    ("java.net.SocketException: Connection reset", []),
    ("wcs.qommon.form.WidgetError, module fr.entrouvert.publik", []),
    ("https://cas.ville.fr/login?service=demarches.ville.fr/foo/1/ et teleservices.ville.fr/x/",
     ["https://cas.ville.fr/login?service=demarches.ville.fr/foo/1/", "teleservices.ville.fr/x/"]),
])
def test_find_urls(text, expected):
    assert [text[start:end] for start, end in url.find_urls(fold(text), TLDS)] == expected


@pytest.mark.parametrize("text, error", [
    ("require: some", "'require' is 'present' or 'precise'"),
    ("otherwise: fuzzy", "'otherwise'"),
    ("tlds: [fr, .com]", "plain domain endings"),
    ("paths: {precise: ['(unclosed']}", "invalid pattern"),
    ("hosts: [{precise: ['^/x/']}]", "needs a 'host'"),
    ("optional: {when: [x]}", "unknown option 'when'"),
    ("optional: [{if: [comment]}, {unless: [erreur]}]", "each case of 'optional' needs 'if'"),
    ("fitting: [{paths: ['^/$']}]", "needs 'paths' and 'if' terms"),
    ("fitting: [{if: [panne]}]", "needs 'paths' and 'if' terms"),
    ("fitting: [{paths: ['(unclosed'], if: [panne]}]", "invalid pattern"),
    ("each_request: {after: [par ailleurs]}", "needs 'after' and 'if' terms"),
    ("each_request: {if: [le formulaire]}", "needs 'after' and 'if' terms"),
    ("each_request: {after: [par ailleurs], if: [x], unless: [y]}", "unknown option 'unless'"),
    ("{require: precise, each_request: {after: [par ailleurs], if: [le formulaire]}}",
     "goes with 'require: present'"),
    ("each_request: {after: ['re:('], if: [le formulaire]}", "missing \\)"),
    ("one_is_enough: maybe", "true or false"),
    ("precise_in: [footer]", "'precise_in': unknown segment 'footer'"),
])
def test_bad_options_are_refused(text, error):
    with pytest.raises(ConfigError, match=error):
        type_options(url, text)


def test_mechanism_with_own_options():
    """A user rule: no default shape is built into the type."""
    opts = type_options(url, """
        require: precise
        paths: {precise: ['^/ticket/\\d+']}
        otherwise: vague
        tlds: [org]
        """)

    def hits(text):
        return list(url.check(opts, Part("description", text, 1, 1), None))

    assert hits("Voir tracker.example.org/ticket/12") == []
    assert hits("Voir tracker.example.org/ticket/")[0].values == {
        "found": "tracker.example.org/ticket/"}
    assert hits("Voir example.com/ticket/") == []  # not a known ending: no URL, nothing to judge
    assert hits("Voir https://example.com/ticket/")  # with a scheme, any host is a URL


HEADER = "---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\ntitle: T\n---\n"
PRECISE = """\
precise:
  type: url
  scope: text
  require: precise
  tlds: vocab:endings
  elsewhere: vocab:screenshots
  paths: {precise: ['^/r/\\d+'], vague: ['^/?$']}
  message: {fr: "{found} est vague", en: "{found} is vague"}
present:
  type: url
  scope: text
  require: present
  tlds: vocab:endings
  elsewhere: vocab:screenshots
  message: {fr: "aucune adresse", en: "no address"}
  messages: {elsewhere: {fr: "{found} montre sans localiser", en: "{found} shows"}}
"""
VOCABULARIES = {"endings": "fr\n", "screenshots": "# hosts of screenshots\nimgur\\.com$\n"}


@pytest.mark.parametrize("body, found", [
    ("Voir ville.fr/ et https://a.ville.fr/x merci.\n", [(7, 6, 15, "ville.fr/ est vague")]),
    ("Voir ville.fr/ et a.ville.fr/r/12.\n", []),  # a precise URL is enough
    ("Le formulaire est vide.\n", [(5, 8, 8, "aucune adresse")]),  # the text starts at the title
    ("Voir https://i.imgur.com/Xa1.png\n",
     [(7, 6, 33, "https://i.imgur.com/Xa1.png montre sans localiser")]),
])
def test_findings_point_at_the_vaguest_url_or_say_a_link_shows_only(tmp_path, body, found):
    rules = own_rules(tmp_path, PRECISE, **VOCABULARIES)
    findings = lint(parse_draft(HEADER + body), rules, "fr")
    assert [(f.line, f.column, f.end_column, f.message) for f in findings] == found


@pytest.mark.parametrize("text, expected", [
    # the home page locates a problem that is the whole site...
    ("Le site est en panne : https://www.ville.fr/", []),
    # ...not another one
    ("Le bouton ne marche plus : https://www.ville.fr/", ["https://www.ville.fr/"]),
    # the fitting paths only: another vague page stays vague
    ("Le site est en panne : https://www.ville.fr/login/", ["https://www.ville.fr/login/"]),
    # the terms tolerate typos as the rule's `typos` says
    ("Le site est indisponble : https://www.ville.fr/", []),
])
def test_fitting_addresses(text, expected):
    """A vague address is the right one when the text tells the problem it fits."""
    opts = type_options(url, """
        require: precise
        paths: {vague: ['^/?$', '^/login/']}
        fitting: [{paths: ['^/?$'], if: [en panne, indisponible]}]
        typos: true
        """)
    hits = url.check(opts, Part("description", text, 1, 1), None)
    assert [hit.values["found"] for hit in hits] == expected


def test_needless_if_silences_the_rule():
    opts = type_options(url, """
        require: present
        needless_if: [application mobile]
        """)

    def hits(text):
        return list(url.check(opts, Part("description", text, 1, 1), None))

    assert hits("L'application mobile plante.") == []
    assert len(hits("Le formulaire plante.")) == 1


@pytest.mark.parametrize("text, found", [
    ("Le champ est faux : https://a.fr/liste/", True),  # one field, a container's address
    ("Comment trier le champ ? https://a.fr/liste/", False),  # a how-to: the container is enough
    ("Comment trier le champ ? erreur sur https://a.fr/liste/", True),  # ...not a malfunction
])
def test_partial_enough(text, found):
    opts = type_options(url, """
        require: precise
        precise_if: [le champ]
        partial_enough: {if: [comment], unless: [erreur]}
        """)
    assert bool(list(url.check(opts, Part("description", text, 1, 1), None))) == found


@pytest.mark.parametrize("one_is_enough, text, found", [
    # by default every address is judged, and the vaguest reported
    (False, "Voir https://a.fr/ et https://a.fr/liste/", ["https://a.fr/"]),
    (False, "Voir https://a.fr/liste/ et https://a.fr/", ["https://a.fr/"]),
    # with one_is_enough, the best one decides: a container beside a home page is enough...
    (True, "Voir https://a.fr/ et https://a.fr/liste/", []),
    (True, "Voir https://a.fr/liste/ et https://a.fr/", []),
    # ...and when none locates, the first of the vague ones is reported
    (True, "Voir https://a.fr/ et https://a.fr/login/", ["https://a.fr/"]),
    # ...or the first partial one when the text points at one record (precise_if)
    (True, "Cette demande : https://a.fr/liste/ et https://a.fr/", ["https://a.fr/liste/"]),
])
def test_one_is_enough(one_is_enough, text, found):
    opts = type_options(url, f"""
        require: precise
        paths: {{vague: ['^/?$', '^/login/'], precise: ['^/r/']}}
        precise_if: [cette demande]
        one_is_enough: {str(one_is_enough).lower()}
        """)
    hits = url.check(opts, Part("description", text, 1, 1), None)
    assert [hit.values["found"] for hit in hits] == found


EACH_REQUEST = """
    require: present
    elsewhere: ['imgur\\.com$']
    references: ['\\b\\d+-\\d+\\b']
    each_request:
      after: [par ailleurs, dans la foulee]
      if: ['re:\\bla demarche (?:de|d)\\b']
      asks: [pourriez-vous]
    """


@pytest.mark.parametrize("text, found", [
    # a later request on another procedure, without its address
    ("Voir https://a.fr/r/1. Par ailleurs, comment publier la démarche de recensement ?",
     [("Par ailleurs", "request")]),
    ("Voir https://a.fr/r/1.\n\nDans la foulée, pourriez-vous renommer la démarche d'inscription.",
     [("Dans la foulée", "request")]),
    # ...with its own address or number, or a screenshot only (it locates nothing)
    ("Voir https://a.fr/r/1. Par ailleurs, comment publier la démarche de recensement "
     "https://a.fr/recensement/ ?", []),
    ("Voir https://a.fr/r/1. Par ailleurs, la démarche de recensement (12-345) : comment ?", []),
    ("Voir https://a.fr/r/1. Par ailleurs, comment publier la démarche de recensement "
     "https://i.imgur.com/x.png ?", [("Par ailleurs", "request")]),
    # the address of the paragraph after does not count: the request ends with its paragraph
    ("Voir https://a.fr/r/1. Par ailleurs, comment publier la démarche de recensement ?\n\n"
     "https://a.fr/recensement/", [("Par ailleurs", "request")]),
    # no object of its own, or no ask (a remark), or no marker: nothing
    ("Voir https://a.fr/r/1. Par ailleurs, comment changer le logo ?", []),
    ("Voir https://a.fr/r/1. Par ailleurs, la démarche de recensement marche.", []),
    ("Voir https://a.fr/r/1. Comment publier la démarche de recensement ?", []),
    # no address at all: the text's own finding, once
    ("Par ailleurs, comment publier la démarche de recensement ?", [("", None)]),
])
def test_each_request(text, found):
    opts = type_options(url, EACH_REQUEST)
    hits = url.check(opts, Part("description", text, 1, 1), None)
    assert [(hit.values["found"], hit.message_key) for hit in hits] == found


@pytest.mark.parametrize("text, silent", [
    # one case alone (the old form) or a list: any case that holds makes the URL optional
    ("Comment exporter les fiches ?", True),
    ("Comment exporter les fiches ? Le bouton affiche une erreur.", False),
    # the second case: a wish, whose « ne peut pas » is its reason
    ("Il serait utile d'exporter les fiches : on ne peut pas.", True),
    ("Il serait utile d'exporter les fiches : le bouton affiche une erreur.", False),
    # the first case's `unless` does not cancel the second one
    ("Comment exporter les fiches ? On ne peut pas.", False),
    ("Le bouton ne marche pas.", False),
])
def test_optional_cases(text, silent):
    """`optional` takes one case or a list of them; each has its own `unless`."""
    opts = type_options(url, """
        require: present
        optional:
          - if: [comment]
            unless: [ne peut pas, erreur]
          - if: [serait utile]
            unless: [erreur]
        """)
    hits = list(url.check(opts, Part("description", text, 1, 1), None))
    assert (hits == []) is silent


@pytest.mark.parametrize("text, silent", [
    # a situation the question speaks of does not cancel it...
    ("Comment éviter les fautes de frappe ?", True),
    ("Comment trier les fiches ? Je ne sais pas où cliquer.", True),
    # ...a malfunction told beside it still does, and so do words outside the situation
    ("Comment trier les fiches ? Le tri est en panne.", False),
    ("Comment trier les fiches ? Les fautes sont nombreuses.", False),
    # the `if` terms still read the situations
    ("Les agents font des fautes de frappe.", True),
    ("Le tri des fiches est lent.", False),
])
def test_situations_are_read_past_by_unless(text, silent):
    opts = type_options(url, """
        require: present
        situations: [fautes de frappe, ne sais pas]
        optional:
          - if: [comment, frappe]
            unless: [fautes, en panne, ne sais pas]
        """)
    hits = list(url.check(opts, Part("description", text, 1, 1), None))
    assert (hits == []) is silent


@pytest.mark.parametrize("terms, text, expected", [
    ((("panne", "erreur"), ("bloque",)), "le tri est en panne", True),
    ((("panne", "erreur"), ("bloque",)), "le tri est bloque", True),
    ((("panne", "erreur"), ("bloque",)), "le tri est lent", False),
    ((("panne", "erreur"),), "le tri est lent", False),
])
def test_found_remembers_each_list_per_text(terms, text, expected):
    """The cases of `optional` share their lists of terms: each is looked for once per text."""
    found = url._Found(typos=False)
    assert found.any(terms, text) is expected
    assert found.any(terms, text) is expected  # from memory
    assert found.any(terms[:1], text) is (expected and "bloque" not in text)


def test_optional_as_one_case():
    opts = type_options(url, "optional: {if: [comment], unless: [erreur]}")
    assert [case.terms for case in opts.optional] == [(("comment",),)]


SIGNED = "Le PDF est vide depuis mardi{seen}.\n\nCordialement,\nJulie Perrin\n{address}\n"
HOME = ", voir https://www.ville.fr/"


@pytest.mark.parametrize("rule, precise_in, seen, address, fires", [
    # the signature is not read...
    ("present", "", "", "https://a.ville.fr/r/12", True),
    ("precise", "", HOME, "https://a.ville.fr/r/12", True),
    # ...but with precise_in, a precise address under the name is enough for both rules
    ("present", "precise_in: [signature]", "", "https://a.ville.fr/r/12", False),
    ("precise", "precise_in: [signature]", HOME, "https://a.ville.fr/r/12", False),
    # ...not the town's site
    ("present", "precise_in: [signature]", "", "https://www.ville.fr/", True),
    ("present", "precise_in: [signature]", "", "a.ville.fr/r/", True),
    ("precise", "precise_in: [signature]", HOME, "https://www.ville.fr/", True),
    # ...and a reference there is enough too (« Réf. : demande 12-345 »)
    ("present", "precise_in: [signature]\n  references: ['\\b\\d+-\\d+\\b']", "",
     "Réf. : demande 12-345", False),
    ("present", "references: ['\\b\\d+-\\d+\\b']", "", "Réf. : demande 12-345", True),
])
def test_precise_in(tmp_path, rule, precise_in, seen, address, fires):
    rules = PRECISE.replace("  require: present\n",
                            "  require: present\n  paths: {precise: ['^/r/\\d+']}\n")
    rules = rules.replace("  scope: text\n", f"  scope: text\n  {precise_in}\n")
    draft = parse_draft(HEADER + SIGNED.format(seen=seen, address=address))
    findings = lint(draft, own_rules(tmp_path, rules, **VOCABULARIES), "fr")
    assert bool([f for f in findings if f.rule == rule]) == fires
