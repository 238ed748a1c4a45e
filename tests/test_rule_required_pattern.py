"""The `required-pattern` rule type, on options and vocabularies written here.

The default rule `technical-context` is pinned in test_policy_required_pattern.py.
"""

from __future__ import annotations

import dataclasses

import pytest
from tests_support import own_rules, type_options

from redlint.draft.parse import parse_draft
from redlint.errors import ConfigError
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import required_pattern


def hits(opts, text: str):
    return list(required_pattern.check(opts, Part("description", text, 1, 1), None))


# Two kinds of texts, as a user could declare them; the aliases share a vocabulary.
KINDS = type_options(required_pattern, """
    cases:
      - if: &broken [panne, hors service, broken]
        message: broken
        groups:
          where: [salle*, room*]
          when: ['re:\\b\\d{1,2} ?h\\b', depuis]
        min: 1
      - if: [comment, how]
        unless: [*broken, [urgent]]
        message: question
        groups:
          goal: [afin de, so that]
      - groups:
          thanks: [merci]
    """)


@pytest.mark.parametrize("text, message", [
    ("Le vidéoprojecteur est en panne.", "broken"),
    ("Le vidéoprojecteur est en panne salle 3.", None),
    ("Le vidéoprojecteur est en panne depuis lundi.", None),
    ("Comment réserver la salle 3 ?", "question"),
    ("Comment réserver la salle 3 afin de préparer le conseil ?", None),
    # a question that reports a breakdown is a breakdown ("unless")...
    ("Comment faire ? Le vidéoprojecteur est en panne.", "broken"),
    # `unless` takes the aliased list plus a nested list of its own; when no case with `if`
    # applies, the case without `if` does
    ("Comment faire, c'est urgent ?", "default"),
    ("Comment faire, c'est urgent ? Merci.", None),
    ("Bonjour.", "default"),
    ("Bonjour, merci.", None),
])
def test_cases(text, message):
    found = hits(KINDS, text)
    expected = [] if message is None else ["default" if message == "default" else message]
    assert [h.message_key or "default" for h in found] == expected


def test_a_text_of_two_kinds_meets_one_of_them():
    opts = type_options(required_pattern, """
        cases:
          - if: [souci]
            groups: {context: [depuis]}
          - if: [comment]
            groups: {goal: [afin de]}
        """)
    assert hits(opts, "Un souci : comment faire ?")
    assert not hits(opts, "Un souci : comment faire, afin de payer ?")
    assert not hits(opts, "Un souci depuis lundi : comment faire ?")


def test_hit_points_at_the_words_of_its_case_and_fills_placeholders():
    [hit] = hits(KINDS, "Bonjour,\nle couloir est hors service.")
    assert (hit.start, hit.end) == (24, 36)  # "hors service"
    assert hit.values == {"missing": "where, when", "found": "0", "min": "1"}


@pytest.mark.parametrize("text, error", [
    ("cases: [{groups: {}}]", "needs 'groups'"),
    ("cases: [{groups: {a: [x]}, min: 2}]", "'min' is between 1 and"),
    ("cases: [{groups: {a: ['re:(x']}}]", "invalid pattern"),
    ("cases: [{groups: {a: [x]}, when: [y]}]", "unknown option 'when'"),
])
def test_bad_options_are_refused(text, error):
    with pytest.raises(ConfigError, match=error):
        type_options(required_pattern, text)


HEADER = "---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\ntitle: T\n---\n"
CONTEXT = """\
context:
  type: required-pattern
  scope: text
  cases:
    - if: [vocab:broken, [erreur 500]]
      groups: {browser: vocab:browsers}
    - if: vocab:questions
      groups: {goal: [afin de, pour que]}
      message: help
  message: {fr: contexte, en: context}
  messages: {help: {fr: objectif, en: goal}}
"""
VOCABULARIES = {"broken": "plante\nne marche plus\n", "browsers": "firefox\nchrom*\n",
                "questions": "# a question on how to\ncomment faire\nexiste t il\n"}


@pytest.mark.parametrize("body, found", [
    ("Bonjour,\n\nLe paiement en ligne plante pour les familles.\n", [(9, 22, "context")]),
    ("Le paiement plante sous Chromium.\n", []),
    ("Existe-t-il un moyen d'ajouter un champ ?\n", [(7, 1, "goal")]),
    ("Comment faire afin de trier la liste ?\n", []),
    ("Le champ est vide.\n", []),
])
def test_findings_point_at_the_words_of_their_case(tmp_path, body, found):
    rules = own_rules(tmp_path, CONTEXT, **VOCABULARIES)
    findings = lint(parse_draft(HEADER + body), rules, "en")
    assert [(f.line, f.column, f.message) for f in findings] == found


# `fields`: a filled-in template field gives its group; `ignore`: boilerplate is not read.
TEMPLATE = type_options(required_pattern, """
    ignore: ['re:\\[ex\\.[^\\]]*\\]', à compléter]
    cases:
      - if: [plante]
        groups:
          browser: [firefox, edge]
          steps: [cliquer]
        fields:
          browser: [navigateur]
          steps: [pour reproduire]
        min: 1
    """)


@pytest.mark.parametrize("text, found", [
    ("Le module plante.", True),
    # a field on one line, plain, in bold, in a list, in a quote
    ("Le module plante.\nNavigateur : Safari 17", False),
    ("Le module plante.\n**Navigateur** : Safari 17", False),
    ("Le module plante.\n- **Navigateur :** Safari 17", False),
    ("Le module plante.\n> Navigateur: Safari", False),
    # a heading followed by its text, after blank lines
    ("Le module plante.\n### Pour reproduire\n\nOuvrir la liste, trier.", False),
    ("Le module plante.\n**Pour reproduire**\nOuvrir la liste.", False),
    ("Le module plante.\nPour reproduire :\nOuvrir la liste.", False),
    # unfilled: no value, the next heading or field right after, only punctuation
    ("Le module plante.\nNavigateur :", True),
    ("Le module plante.\nNavigateur : -", True),
    ("Le module plante.\n### Pour reproduire\n\n### Autre\nRien.", True),
    ("Le module plante.\nPour reproduire :\nNavigateur :", True),
    ("Le module plante.\nPour reproduire :\nVersion : 4", True),
    # a list item is no heading: the next item is its sibling, not its value
    ("Le module plante.\n- Navigateur :\n- Version : 4", True),
    ("Le module plante.\n- Navigateur :\n- Système", True),
    # a label of some other field, or no field at all
    ("Le module plante.\nVersion : 4.2", True),
    ("Le module plante sur https://navigateur.example/a.", True),
    ("Le module plante, le navigateur : je ne sais pas lequel ni comment, ni quand, ni où.",
     True),
    # ignored boilerplate gives nothing: an example left in the template, a placeholder
    ("Le module plante.\nNavigateur : [ex. Firefox]", True),
    ("Le module plante.\nNavigateur : à compléter", True),
    ("Le module plante.\nNavigateur : Edge [ex. Firefox]", False),
])
def test_fields_and_ignore(text, found):
    assert bool(hits(TEMPLATE, text)) is found


def test_ignored_text_neither_gives_nor_makes_a_case_apply():
    opts = type_options(required_pattern, """
        ignore: [exemple qui plante]
        cases:
          - if: [plante]
            groups: {browser: [firefox]}
        """)
    assert hits(opts, "Le module plante.")
    assert not hits(opts, "Décrivez votre exemple qui plante ici.")


@pytest.mark.parametrize("text, found", [
    # a field answered with ignored text keeps its label: the label still tells the kind of
    # text, and the field reads as left unanswered
    ("**Souci rencontré :** voir objet\nNavigateur :", True),
    ("Souci rencontré : voir objet", True),
    ("- Souci rencontré : voir objet", True),
    ("Souci rencontré : voir objet\nNavigateur : Firefox 128", False),
    # a field answered with ignored text gives nothing: « Navigateur : voir objet »
    ("Le module a un souci.\nNavigateur : voir objet", True),
    # ...nor is it a heading whose text follows on the next line
    ("Le module a un souci.\nNavigateur : voir objet\nMerci de regarder.", True),
    # ignored text that is no field is blanked whole, and so is a sentence before a colon
    ("voir objet", False),
    ("Bonjour, un long texte qui mentionne souci et puis dit : voir objet", False),
])
def test_an_ignored_answer_keeps_its_label(text, found):
    opts = type_options(required_pattern, """
        ignore: ['re:(?m)^[^\\n:]{1,60}:(?:\\*\\*)?[ \\t]*voir objet$', 're:(?m)^voir objet$']
        cases:
          - if: [souci]
            groups: {browser: [firefox]}
            fields: {browser: [navigateur]}
        """)
    assert bool(hits(opts, text)) is found


def test_fields_must_name_groups_of_their_case():
    with pytest.raises(ConfigError, match="'fields' names an unknown group 'steps'"):
        type_options(required_pattern, "cases: [{groups: {a: [x]}, fields: {steps: [y]}}]")
    with pytest.raises(ConfigError, match="invalid pattern"):
        type_options(required_pattern, "cases: [{groups: {a: [x]}}]\nignore: ['re:(x']")


# `if_outside_quotes`: a quoted name does not tell the kind of a text; the groups still read it.
QUOTES = """
    if_outside_quotes: true
    cases:
      - if: [panne]
        groups:
          when: [depuis]
          message: ['re:message "[^"]+"']
        min: 1
    """


@pytest.mark.parametrize("text, fires", [
    ("Le vidéoprojecteur est en panne.", True),
    ("Le vidéoprojecteur est en panne depuis lundi.", False),
    # a name in quotes of any kind makes no case apply
    ("Ajouter la catégorie « Panne d'éclairage » au formulaire.", False),
    ("Ajouter la catégorie “Panne d'éclairage” au formulaire.", False),
    ('Ajouter la catégorie "Panne" au formulaire.', False),
    # words outside the quotes still do; the groups still read the quotes
    ("Le formulaire « Signaler une panne » est en panne.", True),
    ("L'écran est en panne, avec le message « Lampe en fin de vie ».", False),
    # a quote mark left open does not hide the rest of the line, nor the next lines
    ("Taille 12\" : l'écran est en panne.", True),
    ("« Panne\nLe vidéoprojecteur est en panne. »", True),
    ("« Panne " + "x" * 80 + " le vidéoprojecteur est en panne. »", True),
])
def test_if_outside_quotes(text, fires):
    assert bool(hits(type_options(required_pattern, QUOTES), text)) is fires


def test_if_reads_quotes_by_default():
    options = type_options(required_pattern, QUOTES.replace("if_outside_quotes: true", ""))
    assert hits(options, "Ajouter la catégorie « Panne d'éclairage » au formulaire.")


# `if_quotes_after`: a quote right after a message word is the message shown: the `if` terms
# read its words, not its quote marks.
SHOWN = QUOTES.replace("    cases:", """    if_quotes_after: [voyant, 're:\\baffiche(?:ur)?\\b']
    cases:""")


@pytest.mark.parametrize("text, fires", [
    # a quote after a shown-message word is read by the `if` terms
    ("Le voyant « Panne du moteur » clignote.", True),
    ("L'afficheur : « Panne du moteur ».", True),
    ("Le voyant « Panne du moteur » clignote depuis lundi.", False),
    # ...with a colon or spaces between, nothing else
    ("Le voyant rouge « Panne du moteur » clignote.", False),
    # any other quote is still a name
    ("Ajouter la catégorie « Panne d'éclairage » au formulaire.", False),
    # its quote marks are not read: a term that needs them still sees none
    ("Le voyant « Lampe grillée ».", False),
])
def test_if_quotes_after(text, fires):
    options = type_options(required_pattern, SHOWN.replace(
        "if: [panne]", """if: [panne, 're:" ?lampe']"""))
    assert bool(hits(options, text)) is fires


def test_if_outside_quotes_is_a_boolean():
    with pytest.raises(ConfigError, match="'if_outside_quotes' must be true or false"):
        type_options(required_pattern, "if_outside_quotes: maybe\ncases: [{groups: {a: [x]}}]")


# `skip_labels`: a template's labels name the context without giving it; what is written under
# them, and a filled-in field through `fields`, still count.
LABELS = """
    skip_labels: true
    cases:
      - if: [plante]
        groups:
          browser: [navigateur, firefox]
          steps: [etapes, cliquer]
        fields:
          steps: [etapes]
        min: 1
    """


@pytest.mark.parametrize("text, fires", [
    ("Le module plante.", True),
    # labels left empty: headings, bold, a colon, a field without value, in a list
    ("Le module plante.\n### Étapes pour reproduire\n\n### Navigateur", True),
    ("Le module plante.\n**Étapes pour reproduire**\n1.\n2.\n\n**Navigateur :**", True),
    ("Le module plante.\nÉtapes pour reproduire :\n- \nNavigateur :", True),
    ("Le module plante.\n- Navigateur :\n- Système :", True),
    # filled in: the value is read, or the heading's field counts
    ("Le module plante.\nNavigateur : Firefox 128", False),
    ("Le module plante.\n### Navigateur\nFirefox 128", False),
    ("Le module plante.\n### Étapes pour reproduire\nOuvrir la liste, trier.", False),
    ("Le module plante.\n**Étapes** : ouvrir la liste", False),
    # sentences are no labels, with a colon or in bold
    ("Le module plante, voici les étapes que nous suivons chaque matin :", False),
    ("Le module plante.\n**Dans le navigateur de l'accueil, pas ailleurs**", False),
    ("Le module plante quand on veut cliquer : rien.", False),
])
def test_skip_labels(text, fires):
    assert bool(hits(type_options(required_pattern, LABELS), text)) is fires


def test_labels_are_read_by_default():
    options = type_options(required_pattern, LABELS.replace("skip_labels: true", ""))
    assert not hits(options, "Le module plante.\n### Étapes pour reproduire\n\n### Navigateur")


def test_skip_labels_is_a_boolean():
    with pytest.raises(ConfigError, match="'skip_labels' must be true or false"):
        type_options(required_pattern, "skip_labels: maybe\ncases: [{groups: {a: [x]}}]")


# `skip_addresses`: a link's words are its page's, not context the writer gives; the cases' `if`
# terms and `dropped_by` still read the address.
ADDRESSES = """
    skip_addresses: true
    cases:
      - if: [plante]
        groups:
          when: [depuis, mise a jour]
          record: ['re:\\bdossier \\d+']
        dropped_by:
          record: ['re:https?://']
        min: 1
    """


@pytest.mark.parametrize("text, fires", [
    ("Le module plante.", True),
    ("Le module plante depuis la mise à jour.", False),
    # the words of a link give nothing, whatever its form
    ("Le module plante : https://forum.example.org/t/plante-apres-mise-a-jour/12", True),
    ("Le module plante : <https://forum.example.org/t/depuis-lundi>", True),
    ("Le module plante : [le fil](https://forum.example.org/t/depuis-lundi).", True),
    ("Le module plante : www.example.org/depuis-lundi", True),
    # what follows the link is read again
    ("Le module plante (https://example.org/x) depuis lundi.", False),
    # a link still makes a case apply, and still drops a group
    ("Voir https://example.org/plante/ depuis lundi.", False),
    ("Voir https://example.org/plante/", True),
    ("Le module plante, dossier 4512 : https://example.org/dossiers/4512/", True),
])
def test_skip_addresses(text, fires):
    assert bool(hits(type_options(required_pattern, ADDRESSES), text)) is fires


def test_addresses_are_read_by_default():
    options = type_options(required_pattern, ADDRESSES.replace("skip_addresses: true", ""))
    assert not hits(options, "Le module plante : https://forum.example.org/t/depuis-lundi")


def test_skip_addresses_is_a_boolean():
    with pytest.raises(ConfigError, match="'skip_addresses' must be true or false"):
        type_options(required_pattern, "skip_addresses: maybe\ncases: [{groups: {a: [x]}}]")


# `if_ignore`: text in which the cases' `if` terms are not looked for (a wish for a change);
# `unless` and the groups still read it.
WISH = """
    if_ignore: ['re:souhaitons que [^.,\\n]*']
    cases:
      - if: [ne marche plus]
        unless: [urgent]
        groups:
          when: [depuis]
    """


@pytest.mark.parametrize("text, fires", [
    ("Le bouton ne marche plus.", True),
    ("Nous souhaitons que le bouton ne marche plus le dimanche.", False),
    # the ignored text ends where its terms end: the next clause is read
    ("Nous souhaitons que ce soit réglé, le bouton ne marche plus.", True),
    # the groups still read it
    ("Le bouton ne marche plus. Nous souhaitons que ce soit réglé depuis lundi.", False),
])
def test_if_ignore(text, fires):
    assert bool(hits(type_options(required_pattern, WISH), text)) is fires


def test_if_ignore_is_checked_at_load():
    with pytest.raises(ConfigError, match="invalid pattern"):
        type_options(required_pattern, "if_ignore: ['re:(x']\ncases: [{groups: {a: [x]}}]")


# `dropped_by`: a group does not count when some terms appear in the text (a record's number
# beside the address that points at it).
DROPPED = """
    cases:
      - if: [plante]
        groups:
          record: ['re:dossier \\d+']
          when: [depuis]
        dropped_by:
          record: [http]
        min: 1
    """


@pytest.mark.parametrize("text, fires", [
    ("Le dossier 123 plante.", False),
    ("Le dossier 123 plante : http://x.example/dossier/123", True),
    ("Le dossier 123 plante depuis lundi : http://x.example/dossier/123", False),
    ("Le module plante : http://x.example/", True),
])
def test_dropped_by(text, fires):
    assert bool(hits(type_options(required_pattern, DROPPED), text)) is fires


# Two groups with the same terms, one dropped by some words and the other counted only with
# others: together they count the terms unless the first words come without the second (a
# code on a form named in words counts only beside an address). The terms are read once.
SHARED = """
    cases:
      - if: [plante]
        groups:
          code: ['re:code \\d+']
          code_at: ['re:code \\d+']
        dropped_by:
          code: [guichet]
        only_with:
          code_at: [http]
        min: 1
    """


@pytest.mark.parametrize("text, fires", [
    ("Le module plante avec le code 42.", False),
    ("Le guichet plante avec le code 42.", True),
    ("Le guichet plante avec le code 42 : http://x.example/guichet/", False),
    ("Le guichet plante : http://x.example/guichet/", True),
])
def test_groups_sharing_their_terms(text, fires):
    assert bool(hits(type_options(required_pattern, SHARED), text)) is fires


def test_dropped_by_must_name_groups_of_their_case():
    with pytest.raises(ConfigError, match="'dropped_by' names an unknown group 'steps'"):
        type_options(required_pattern, "cases: [{groups: {a: [x]}, dropped_by: {steps: [y]}}]")
    with pytest.raises(ConfigError, match="invalid pattern"):
        type_options(required_pattern, "cases: [{groups: {a: [x]}, dropped_by: {a: ['re:(x']}}]")


# `parts_after`: another request opened as such needs its own context; `parts_share`: the
# writer's equipment holds for all of it; `in_parts: false`: a question added there needs no goal.
PARTS = type_options(required_pattern, """
    parts_after: [autre point, 're:(?:^|[.!?]\\s+)et puis\\b']
    parts_share: [device]
    cases:
      - if: [en panne, grippe*]
        groups:
          device: [tablette]
          when: [depuis]
        min: 1
      - if: [comment]
        in_parts: false
        groups: {goal: [afin de]}
    """)


@pytest.mark.parametrize("text, fires", [
    ("Le store est en panne depuis lundi.", False),
    # the date of the first request tells nothing of the second
    ("Le store est en panne depuis lundi. Autre point : la porte est grippée.", True),
    ("Le store est en panne depuis lundi. Et puis la porte est grippée.", True),
    ("Le store est en panne depuis lundi. Autre point : la porte est grippée depuis mardi.",
     False),
    # the first request's context is read in the whole text, its kinds in its own part
    ("Le store est en panne. Autre point : la porte est grippée depuis mardi.", False),
    ("Comment régler le store afin de baisser la lumière ? Autre point : la porte est grippée.",
     True),
    # a term that holds the stop before it opens its part on its first word
    ("Comment régler le store afin de baisser la lumière ?\n\nEt puis la porte est grippée.",
     True),
    # the device is the writer's, for all they report
    ("Sur la tablette, le store est en panne. Autre point : la porte est grippée.", False),
    # a question added at the end needs no goal of its own; the first request's does
    ("Le store est en panne depuis lundi. Autre point : comment changer la porte ?", False),
    ("Comment changer la porte ? Autre point : le store est en panne depuis lundi.", True),
    # a part ends with its paragraph: what follows is the ticket's again
    ("Le store est en panne depuis lundi. Autre point : merci.\n\nLa porte est grippée.", False),
])
def test_parts_after(text, fires):
    assert bool(hits(PARTS, text)) is fires


# `parts_located`: the record a part is about, located, is a way to see its failure again
@pytest.mark.parametrize("text, fires", [
    ("Le store est en panne depuis lundi. Autre point : la porte est grippée.", True),
    ("Le store est en panne depuis lundi. Autre point : la porte 12 est grippée.", False),
    # ...read in the part alone: the first request's record does not locate the second's
    ("Le store 12 est en panne depuis lundi. Autre point : la porte est grippée.", True),
])
def test_parts_located(text, fires):
    opts = dataclasses.replace(PARTS, parts_located=(("re:\\b(?:store|porte) \\d+",),))
    assert bool(hits(opts, text)) is fires


# `parts_vague`: a failure told without what fails is not located by an address
@pytest.mark.parametrize("text, fires", [
    ("Le store est en panne depuis lundi. Autre point : la porte 12 est grippée.", False),
    ("Le store est en panne depuis lundi. Autre point : la porte 12 est grippée, bref "
     "elle fait des siennes.", True),
])
def test_parts_vague(text, fires):
    opts = dataclasses.replace(PARTS, parts_located=(("re:\\b(?:store|porte) \\d+",),),
                               parts_vague=(("fait des siennes",),))
    assert bool(hits(opts, text)) is fires


def test_parts_are_one_text_by_default():
    opts = type_options(required_pattern, """
        cases:
          - if: [en panne, grippe*]
            groups: {when: [depuis]}
        """)
    assert not hits(opts, "Le store est en panne depuis lundi. Autre point : la porte est grippée.")


# `only_with`: a group that counts only beside other terms (a failing click, on a numbered record).
ONLY_WITH = type_options(required_pattern, """
    cases:
      - if: [bloque]
        groups:
          click: [appuie*]
          when: [depuis]
        only_with:
          click: ['re:\\bfiche \\d+\\b']
        min: 1
    """)


@pytest.mark.parametrize("text, fires", [
    ("Le tiroir bloque quand on appuie sur Ouvrir.", True),
    ("Sur la fiche 27, le tiroir bloque quand on appuie sur Ouvrir.", False),
    ("Le tiroir bloque depuis lundi.", False),
])
def test_only_with(text, fires):
    assert bool(hits(ONLY_WITH, text)) is fires


def test_only_with_must_name_groups_of_their_case():
    with pytest.raises(ConfigError, match="'only_with' names an unknown group 'click'"):
        type_options(required_pattern, "cases: [{groups: {a: [x]}, only_with: {click: [y]}}]")


# The title and the description are two paragraphs: a group's term is not read across them (a
# condition named in the title and told again in the body is one condition, not two).
TWICE = """\
context:
  type: required-pattern
  scope: text
  cases:
    - if: [coince]
      groups: {steps: ['re:\\bquand on\\b[^.]{0,80}\\bquand on\\b'], version: [v2]}
      min: 1
  message: {fr: contexte, en: context}
"""


@pytest.mark.parametrize("title, body, fires", [
    ("Coincé quand on ferme", "quand on ferme le volet, il reste en haut.", True),
    ("Coincé quand on ferme", "Bonjour, quand on ferme le volet, il reste en haut.", True),
    ("Volet coincé", "Quand on ouvre puis quand on ferme, il reste en haut.", False),
    ("Coincé quand on ferme", "quand on ouvre puis quand on ferme, il reste en haut.", False),
    # a term held in the title alone, or in the body alone, is read as before
    ("Volet coincé en v2", "Il reste en haut.", False),
    ("Volet coincé", "Il reste en haut, en v2.", False),
])
def test_groups_are_not_read_across_the_title(tmp_path, title, body, fires):
    rules = own_rules(tmp_path, TWICE)
    header = HEADER.replace("title: T", f"title: {title}")
    findings = lint(parse_draft(header + body + "\n"), rules, "en")
    assert bool(findings) is fires


# `unquoted_groups`: a group read outside quotes only (a quoted phrase is a name, not the
# writer's setting); the other groups still read the quotes.
UNQUOTED = type_options(required_pattern, """
    unquoted_groups: [device]
    cases:
      - if: [grince]
        groups:
          device: [tablette]
          shown: [voyant rouge]
        min: 1
    """)


@pytest.mark.parametrize("text, fires", [
    ("La porte grince, vue depuis la tablette.", False),
    ("La porte grince ; ajoutez la case « Tablette » au registre.", True),
    ("La porte grince et le boîtier montre « voyant rouge ».", False),
])
def test_unquoted_groups(text, fires):
    assert bool(hits(UNQUOTED, text)) is fires


def test_unquoted_groups_must_name_groups():
    with pytest.raises(ConfigError, match="'unquoted_groups' names an unknown group 'device'"):
        type_options(required_pattern, "unquoted_groups: [device]\ncases: [{groups: {a: [x]}}]")
