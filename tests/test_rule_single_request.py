"""The `single-request` rule type, on options and vocabularies written here.

The default rule `single-request` is pinned in test_policy_single_request.py.
"""

from __future__ import annotations

import dataclasses
import types

import pytest
from tests_support import own_rules

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.matching import fold
from redlint.model import Part
from redlint.rules import single_request


# The mechanism, on options written here: the vocabularies belong to rules files.
OPTIONS = single_request.Options(
    transitions=("autre point",), weak_transitions=("aussi",), announcements=("deux points",),
    asks=("pouvez vous",), problems=("ne marche pas",), actions=("ajouter",),
    steps=("cliquer",), parts_intro=("etapes", "attendu"), references=("cette",),
    courtesy=("merci*",), attempts=("nous avons verifie",),
    consequences=("du coup", "donc", "depuis lors", r"re:\bdepuis[ \t]?,"),
    min_subject_words=2)


def hits(text: str, options=OPTIONS):
    return list(single_request.check(options, Part("description", text, 1, 1), None))


@pytest.mark.parametrize("text, kind, count", [
    ("- ajouter un champ\n- le bouton ne marche pas\n", "list", "2"),
    ("Deux points :\n- le plan\n- le logo\n- cliquer sur Valider\n", "list", "2"),
    # an announcement a few words before the colon of a list's line still announces it
    ("Deux points relevés hier sur le site de recette :\n- le plan\n- le logo\n", "list", "2"),
    # ...an aside between brackets left out of the words counted before the colon
    ("Deux points relevés hier sur le site (celui des essais du lundi, ouvert aux agents"
     " du port et aux gardiens) :\n- le plan\n- le logo\n", "list", "2"),
    ("Voici deux points : le plan et le logo.\n", "announcement", "2"),
    ("Le paiement refuse les cartes.\nAutre point : le logo reste flou.\n", "transition", "2"),
    ("Le paiement refuse les cartes.\nPouvez-vous aussi exporter les factures anciennes ?\n",
     "transition", "2"),
    # a conjunction opening the sentence is not one of its first words
    ("Le paiement refuse les cartes.\nEt pouvez vous donc aussi exporter les factures "
     "anciennes ?\n", "transition", "2"),
    # a marker opening its line on an ask: another request, even on the same subject
    ("Le paiement refuse les cartes.\nAutre point : pouvez-vous changer les cartes du "
     "paiement ?\n", "transition", "2"),
    ("Pouvez-vous corriger le paiement des cartes ?\n"
     "Pouvez-vous ajouter les factures anciennes ?\n", "question", "2"),
])
def test_what_was_seen_picks_the_message(text, kind, count):
    [hit] = hits(text)
    assert (hit.message_key, hit.values["count"]) == (kind, count)


@pytest.mark.parametrize("text", [
    "Étapes :\n- ajouter un champ\n- le bouton ne marche pas\n",  # parts of one request
    "- cliquer sur Ajouter\n- cliquer sur Valider\n- le bouton ne marche pas\n",  # steps
    "Voici deux points\n",  # an announcement opens something: a colon or a list
    "Le bloc « Deux points » : le plan ne marche pas.\n",  # the name of a block, quoted
    # a whole sentence between the announcement and the list's colon tells of what it names
    "Deux points de la voirie restent au statut transmis au lieu de passer au statut suivant"
    " comme prévu par le workflow :\n- 23-1045 (4 mars)\n- 23-1046 (5 mars)\n",
    "Autre point : le paiement refuse les cartes.\n",  # no subject before the marker
    "Le paiement refuse les cartes.\nAutre point : merci pour votre aide.\n",  # courtesy
    "Le paiement refuse les cartes.\nAutre point : les cartes du paiement sont refusées.\n",
    "Pouvez-vous corriger le paiement ? Pouvez-vous exporter les factures ?\n",  # same line
    # a problem after a weak marker not opening its line goes on with the story told
    "Le paiement refuse les cartes. On voit aussi que le logo ne marche pas sur mobile.\n",
    "Le paiement refuse les cartes.\nOn voit aussi que le logo ne marche pas sur mobile.\n",
    "Pouvez-vous corriger le paiement ?\nPouvez-vous exporter cette facture ancienne ?\n",
    "```\nAutre point : pouvez-vous aussi voir les journaux ?\n```\nLe paiement refuse.\n",
])
def test_one_request(text):
    assert not hits(text)


def test_a_table_row_is_quoted_and_pointed_at_without_its_cell_bars():
    text = ("| Commune | Souci |\n|---|---|\n| Breux | le plan ne marche pas |\n"
            "| Marolles | pouvez vous ajouter le logo |\n")
    [hit] = hits(text)
    assert hit.values["found"] == text[hit.start:hit.end] == \
        "Marolles | pouvez vous ajouter le logo"


@pytest.mark.parametrize("text, several", [
    # a table's rows are the items of a list; its header names columns, no request
    ("| Commune | Souci |\n|---|---|\n| Breux | le plan ne marche pas |\n"
     "| Marolles | pouvez vous ajouter le logo |\n", True),
    ("| Ce qui ne marche pas | Commune |\n| --- | :---: |\n| le plan ne marche pas | Breux |\n",
     False),
    # ...and rows of one problem told before the table are its symptoms
    ("Le paiement ne marche pas.\n\n| Commune | Souci |\n|---|---|\n"
     "| Breux | le paiement ne marche pas |\n| Marolles | le paiement ne marche pas |\n",
     False),
    # an ask naming no subject ("pouvez vous ?") asks about what was listed
    ("- le plan ne marche pas\n- pouvez vous ?\n", False),
    ("- le plan ne marche pas\n- pouvez vous refaire le logo ?\n", True),
    # a heading right over a list announces it as a colon would
    ("**Deux points**\n- le plan\n- le logo\n", True),
    ("**Le plan**\n- le plan\n- le logo\n", False),
    # a navigation verb made into another by its prefix is no step: two actions, one step
    ("Deux points :\n- pré-cliquer la case\n- re-cliquer le bouton\n- cliquer sur Valider\n",
     True),
    ("Deux points :\n- cliquer la case\n- cliquer le bouton\n- cliquer sur Valider\n", False),
    # problems listed after a problem was told: its symptoms
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- le logo ne marche pas\n", False),
    # ...but problems listed first, or with something to do among them, are requests
    ("- le plan ne marche pas\n- le logo ne marche pas\n", True),
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- ajouter un logo\n", True),
    # an item labelled as a part of one request (a template's field) asks nothing
    ("- Etapes : ajouter un champ\n- Logo : le bouton ne marche pas\n", False),
    ("- Agenda : ajouter un champ\n- Logo : le bouton ne marche pas\n", True),
    # an item whose value is only an address is a field naming where one problem shows,
    # whatever its label holds
    ("Le plan s'ouvre.\n- Plan qui ne marche pas ici : https://site.fr/plan/3/\n"
     "- Logo qui ne marche pas ici : https://site.fr/logo/\n", False),
    ("Le plan s'ouvre.\n- Plan qui ne marche pas ici : voir sur tablette\n"
     "- Logo qui ne marche pas ici : voir sur mobile\n", True),
    # items asking by their question mark only, under a line asking with a colon: what one
    # question asks for; not when they ask or report of their own, or without the colon
    ("Pouvez-vous nous donner :\n- le nombre des inscrits ?\n- la date du dernier envoi ?\n",
     False),
    ("Pouvez-vous nous donner :\n- ajouter le logo ?\n- le plan ne marche pas ?\n", True),
    ("Pouvez-vous nous donner\n- le nombre des inscrits ?\n- la date du dernier envoi ?\n",
     True),
    # an item opening with a marker and asking adds a request, even on a navigation verb
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- cliquer sur le logo, pouvez vous "
     "voir ?\n", False),
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- aussi cliquer sur le logo, pouvez "
     "vous voir ?\n", True),
    # ...a problem after a weak marker may be what happened next; not after a strong one
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- aussi le logo ne marche pas\n",
     False),
    ("Le paiement ne marche pas.\n- le plan ne marche pas\n- autre point : le logo ne marche "
     "pas\n", True),
    # a list under a heading naming the parts of one request
    ("## Étapes\n\nLe paiement refuse.\n\n- ajouter un champ\n- ajouter un logo\n", False),
    ("## Demandes\n\nLe paiement refuse.\n\n- ajouter un champ\n- ajouter un logo\n", True),
    # a heading on a new subject: the ask must be under it, and a heading that asks is a
    # template's prompt
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures"
     "\n\nPouvez-vous ajouter le logo ?\n", True),
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures"
     "\n\nLe logo est bleu.\n", False),
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures ne "
     "marche pas\n\nLe logo est bleu.\n", False),
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Quelles factures "
     "exportez-vous ?\n\nPouvez-vous ajouter le logo ?\n", False),
    # a heading holding a marker opens another request, whatever it names
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Autre point\n\n"
     "Le logo ne marche pas.\n", True),
    ("## Autre point\n\nLe logo ne marche pas.\n", False),  # nothing told before it
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Autre point\n\n"
     "Le logo est bleu.\n", False),  # nothing asked nor reported under it
])
def test_lists_and_headings(text, several):
    assert bool(hits(text)) == several


@pytest.mark.parametrize("text, several", [
    # a text with no stop (dictated): a marker past the first words of its sentence opens a
    # request when what follows it is on a subject its own sentence has not told
    ("le paiement refuse les cartes depuis lundi et autre point le logo ne marche pas\n", True),
    ("le paiement refuse les cartes depuis lundi et autre point pouvez vous changer le logo\n",
     True),
    # ...not when what follows it goes on with the same subject, or is a courtesy
    ("le paiement refuse les cartes depuis lundi et autre point les cartes du paiement sont "
     "refusées\n", False),
    ("le paiement refuse les cartes depuis lundi et autre point merci pour votre aide\n", False),
    # ...nor, mid-line, when it neither asks nor reports anything
    ("le paiement refuse les cartes depuis lundi et autre point le logo est bleu\n", False),
])
def test_a_marker_inside_a_sentence_without_stops(text, several):
    assert bool(hits(text)) == several


@pytest.mark.parametrize("text, several", [
    # right after a marker inside a sentence, what points back at the problem told joins it...
    ("le paiement refuse les cartes depuis lundi et autre point le logo ne marche pas même "
     "erreur\n", False),
    # ...twenty words on and more, it tells of the request the marker opened
    ("le paiement refuse les cartes depuis lundi et autre point le logo ne marche pas sur les "
     "menus des écoles affichés dans le hall d'entrée des trois écoles de la commune voilà "
     "même erreur sur Edge\n", True),
    # ...within twenty words, it still joins it
    ("le paiement refuse les cartes depuis lundi et autre point le logo ne marche pas sur les "
     "menus des écoles affichés dans le hall des trois écoles voilà même erreur sur Edge\n",
     False),
])
def test_what_points_back_far_after_a_marker_inside_a_sentence(text, several):
    options = dataclasses.replace(OPTIONS, same_problem=("meme erreur",))
    assert bool(hits(text, options)) == several


@pytest.mark.parametrize("text, several", [
    # a numbered heading in bold names the subject of its section as an unnumbered one does
    ("**1. Paiement des cartes**\nLe paiement ne marche pas.\n\n"
     "**2. Logo du portail municipal**\nLe logo ne marche pas.\n", True),
    ("**1. Paiement des cartes**\nLe paiement ne marche pas.\n\n"
     "**2. Paiement des cartes anciennes**\nLe paiement ne marche pas.\n", False),
])
def test_a_numbered_heading_in_bold(text, several):
    assert bool(hits(text)) == several


@pytest.mark.parametrize("text, several", [
    # a template's field left empty, right over the next field, names no subject
    ("**Quartier :**\n\n**Heure du premier blocage :**\n\n"
     "**Résumé :** le portail ne marche pas\n", False),
    # ...one that holds text under it still opens a section
    ("**Paiement des cartes**\nLe paiement ne marche pas.\n\n"
     "**Logo du portail municipal :**\nLe logo ne marche pas.\n", True),
])
def test_an_empty_field_of_a_template(text, several):
    assert bool(hits(text)) == several


ORIGIN = dataclasses.replace(OPTIONS, same_problem=("meme origine",))


@pytest.mark.parametrize("text, several", [
    # problems listed after a line saying they share one origin: the symptoms of one problem
    ("Trois remontées des guichets, toutes de même origine.\n\nDepuis jeudi :\n\n"
     "- le reçu ne marche pas\n- le solde ne marche pas\n", False),
    ("Trois remontées des guichets.\n\nDepuis jeudi :\n\n"
     "- le reçu ne marche pas\n- le solde ne marche pas\n", True),
])
def test_problems_listed_after_one_origin_was_told(text, several):
    assert bool(hits(text, ORIGIN)) == several


ONE_CAUSE = dataclasses.replace(OPTIONS, same_problem=("meme cause", "ces pannes"))


THINGS = dataclasses.replace(OPTIONS, announcements=("deux points", "trois choses"))


@pytest.mark.parametrize("text, several", [
    # things seen of the problem told, announced: its symptoms
    ("Le reçu ne marche pas.\n\nNous observons trois choses :\n- le solde ne marche pas\n"
     "- le total ne marche pas\n", False),
    ("Le reçu ne marche pas depuis jeudi.\n\nDepuis, on constate trois choses :\n"
     "- le solde ne marche pas\n- le total ne marche pas\n", False),
    # ...not things merely announced, nor before any problem told
    ("Le reçu ne marche pas.\n\nTrois choses encore :\n- le solde ne marche pas\n"
     "- le total ne marche pas\n", True),
    ("Nous observons trois choses :\n- le solde ne marche pas\n- le total ne marche pas\n",
     True),
])
def test_things_seen_of_the_problem_told(text, several):
    assert bool(hits(text, THINGS)) == several


@pytest.mark.parametrize("text, several", [
    # problems announced as several, then tied right under them to one cause: its symptoms
    ("Deux points relevés au guichet :\n\n- le reçu ne marche pas\n"
     "- le solde ne marche pas\n\nSans doute une même cause.\n", False),
    ("Deux points relevés au guichet :\n\n- le reçu ne marche pas\n"
     "- le solde ne marche pas\n\nMerci.\n", True),
    # ...not when the line under them names the things listed, several of them
    ("Deux points relevés au guichet :\n\n- le reçu ne marche pas\n"
     "- le solde ne marche pas\n\nCes pannes gênent les agents.\n", True),
    # ...nor when an item asks something
    ("Deux points relevés au guichet :\n\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n\nSans doute une même cause.\n", True),
])
def test_announced_problems_tied_to_one_cause(text, several):
    assert bool(hits(text, ONE_CAUSE)) == several


NOTES = dataclasses.replace(OPTIONS, problems=("ne marche pas", "erreur", "vide"),
                            shown=("erreur", "vide"), same_problem=("le probleme a commence",),
                            actions=("ajouter", "changement"))


@pytest.mark.parametrize("text, several", [
    # a call's notes on one problem: how it shows in two words or fewer, a problem denied, the
    # problem told going on, an action denied
    ("- le reçu ne marche pas\n- message d'erreur\n", False),
    ("- le reçu ne marche pas\n- samedi vide\n", False),
    ("- le reçu ne marche pas\n- vu avec l'accueil, pas de message d'erreur\n", False),
    ("- le reçu ne marche pas\n- le problème a commencé lundi\n", False),
    # (with nothing told before it, the item's « le problème » is its own)
    ("- le solde ne marche pas, le problème a commencé lundi\n- changement du logo de la "
     "page\n", True),
    ("- le reçu ne marche pas\n- aucun changement côté éditeur\n", False),
    ("- the receipt ne marche pas\n- nothing changement on her computer\n", False),
    # ...or an item opening on what follows from it, not one telling a problem first
    ("- le reçu ne marche pas\n- familles donc bloquées : le paiement ne marche pas\n",
     False),
    # (« depuis, » is "since then": what followed the event told)
    ("- le reçu ne marche pas\n- depuis, le paiement ne marche pas\n", False),
    ("- le reçu ne marche pas\n- depuis lors, le paiement ne marche pas\n", False),
    ("- le reçu ne marche pas\n- depuis lundi, le paiement du portail ne marche pas\n", True),
    ("- le reçu ne marche pas\n- le formulaire de cantine ne marche pas, donc familles bloquées\n",
     True),
    # ...or what happened, on a day told: an action then a day or a date, not a deadline
    ("- le reçu ne marche pas\n- changement du logo lundi par l'éditeur\n", False),
    ("- le reçu ne marche pas\n- changement du logo le 10/03\n", False),
    ("- le reçu ne marche pas\n- changement du logo pour lundi\n", True),
    ("- le reçu ne marche pas\n- changement du logo avant lundi prochain\n", True),
    # ...but a failure told in more words is a problem of its own
    ("- le reçu ne marche pas\n- le fichier des factures de cantine reste vide\n", True),
    ("- le reçu ne marche pas\n- erreur sur la page des tarifs\n", True),
    ("- le reçu ne marche pas\n- changement du logo de la page\n", True),
])
def test_the_notes_of_one_problem(text, several):
    assert bool(hits(text, NOTES)) == several


@pytest.mark.parametrize("text, several", [
    ("- le reçu ne marche pas\n- rien changé sur son poste\n", False),
    ("- le reçu ne marche pas\n- changé le poste de l'agente\n", True),
])
def test_an_action_said_not_done(text, several):
    assert bool(hits(text, dataclasses.replace(NOTES, actions=("change",)))) == several


@pytest.mark.parametrize("text, several", [
    # questions announced or listed on the one subject told are its parts
    ("Deux points à ce sujet :\n- le reçu ne marche pas\n- pouvez vous ajouter le solde\n",
     False),
    ("Voici nos questions pour ce projet :\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", False),
    ("Two points about this project:\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", False),
    ("A few questions about that:\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", False),
    ("Deux points à ce propos :\n- le reçu ne marche pas\n- pouvez vous ajouter le solde\n",
     False),
    ("Deux questions là-dessus :\n- le reçu ne marche pas\n- pouvez vous ajouter le solde\n",
     False),
    # ...or on a thing pointed back at
    ("Trois questions sur le calcul du solde de ce reçu :\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", False),
    ("Some questions about the layout of this receipt:\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", False),
    ("Trois questions sur le calcul du solde :\n- le reçu ne marche pas\n"
     "- pouvez vous ajouter le solde\n", True),
    # ...or questions, every item one, on a thing named
    ("Voici les questions que nous nous posons sur le calcul du solde :\n- le reçu "
     "marche-t-il ?\n- pouvez vous ajouter le solde ?\n", False),
    ("Our questions about the receipt:\n- le reçu marche-t-il ?\n- pouvez vous ajouter le "
     "solde ?\n", False),
    # ...in the sentence right over a numbered list, after a problem told in its paragraph
    ("Deux points :\n- le reçu ne marche pas\n- pouvez vous ajouter le solde\n", True),
    ("Voici nos questions :\n- le reçu ne marche pas\n- pouvez vous ajouter le solde\n",
     True),
])
def test_a_list_on_the_one_subject_told(text, several):
    assert bool(hits(text)) == several


QUESTIONS = dataclasses.replace(OPTIONS, announcements=("deux points", "deux questions"))


@pytest.mark.parametrize("text, several", [
    # questions announced on the thing told, in the sentence right over a numbered list, after
    # a problem told in its paragraph: that request's parts
    ("Le reçu ne marche pas depuis lundi. Deux questions sur ce réglage :\n"
     "1. le reçu ne marche pas\n2. pouvez vous ajouter le solde\n", False),
    ("Le reçu ne marche pas depuis lundi. Deux questions :\n"
     "1. le reçu ne marche pas\n2. pouvez vous ajouter le solde\n", True),
])
def test_numbered_questions_on_the_one_subject_told(text, several):
    assert bool(hits(text, QUESTIONS)) == several


@pytest.mark.parametrize("text, several", [
    # an announcement followed closely by its colon...
    ("Le paiement refuse les cartes. Deux questions : faut-il rembourser ? Et le logo ?\n", True),
    # ...not one saying the things it counts are tied
    ("Le paiement refuse les cartes. Deux questions liées : faut-il rembourser ? Et le logo ?\n",
     False),
    ("Le paiement refuse les cartes. Deux questions, liées entre elles : faut-il rembourser ? Et "
     "le logo ?\n", False),
])
def test_an_announcement_of_things_tied(text, several):
    assert bool(hits(text, QUESTIONS)) == several


@pytest.mark.parametrize("text, several", [
    # an item opening on a marker, after a problem told: another request on a new subject
    ("Le reçu ne marche pas.\n\n- autre point : le logo des écoles maternelles ne marche pas"
     "\n- merci\n", True),
    # ...not on the subject told
    ("Le reçu ne marche pas.\n\n- autre point : le reçu ne marche pas\n- merci\n", False),
])
def test_an_item_opening_on_a_marker(text, several):
    assert bool(hits(text)) == several


_TWO_ITEMS = "- le reçu ne marche pas\n- le solde ne marche pas\n\n"


@pytest.mark.parametrize("text, several", [
    (_TWO_ITEMS, True),
    # a list of which the writer says one point only is for support (`one_concerned`) asks
    # that one thing
    (_TWO_ITEMS + "Seul le point 2 vous concerne.\n", False),
    (_TWO_ITEMS + "Le point 2 vous concerne aussi.\n", True),
])
def test_a_list_with_one_point_for_support(text, several):
    options = dataclasses.replace(OPTIONS, one_concerned=("seul le point 2 vous concerne",))
    assert bool(hits(text, options)) == several
    assert bool(hits(text)) is True  # the vocabulary empty, no point is set apart


POINTS = dataclasses.replace(OPTIONS, transitions=("autre point", r"re:(?m)^\W{0,6}point\s*[2-9]\b"),
                             one_concerned=("seul le point 4 nous concerne",))
MINUTES = ("Le paiement ne marche pas depuis lundi.\n\n"
           "**Point 5 – Voirie.** Le contrat de déneigement ne marche pas pour la saison.\n")


@pytest.mark.parametrize("text, several", [
    # minutes copied point by point: each numbered point opens its own...
    (MINUTES, True),
    # ...unless one only is for support (« nous concerne » as « vous concerne »)
    (MINUTES + "\nSeul le point 4 nous concerne ici.\n", False),
    # ...and another request by another marker still counts
    (MINUTES + "\nSeul le point 4 nous concerne ici.\n\nAutre point : le logo du portail "
     "famille est flou sur les téléphones.\n", True),
])
def test_numbered_points_set_aside_by_one_for_support(text, several):
    assert bool(hits(text, POINTS)) == several


@pytest.mark.parametrize("text, several", [
    # a problem added in passing on new words is another one...
    ("Le paiement ne marche pas depuis lundi. Les agents relancent et le récépissé des "
     "familles ne marche pas aussi.\n", True),
    # ...not when it follows from the problem told
    ("Le paiement ne marche pas depuis lundi. Du coup le récépissé des familles ne marche "
     "pas aussi.\n", False),
])
def test_a_problem_added_as_a_consequence(text, several):
    assert bool(hits(text, SEQUENCE)) == several


def test_consequences_are_the_vocabulary_s_words():
    # With `consequences` empty, « du coup » says nothing: the problem added is another one.
    text = ("Le paiement ne marche pas depuis lundi. Du coup le récépissé des familles ne "
            "marche pas aussi.\n")
    assert hits(text, dataclasses.replace(SEQUENCE, consequences=()))


QUOTE = dataclasses.replace(OPTIONS, common_words=("devis",))


@pytest.mark.parametrize("text, several", [
    # a later ask whose clause names a subject of its own is another request...
    ("Pouvez vous regarder le portail des cantines ?\n"
     "Pouvez vous ajouter un logo municipal, les familles arrivent au printemps.\n", True),
    # ...not one asking a quote of what was told, the rest of its sentence explaining it
    ("Pouvez vous regarder le portail des cantines ?\n"
     "Pouvez vous ajouter un devis, les familles arrivent au printemps.\n", False),
])
def test_an_ask_naming_no_subject_of_its_own(text, several):
    assert bool(hits(text, QUOTE)) == several


VALUES = dataclasses.replace(OPTIONS, problems=("ne marche pas", "au lieu de"))


@pytest.mark.parametrize("text, several", [
    # items each telling a problem on a thing of its own: several requests...
    ("- le plan des salles ne marche pas\n- le logo au lieu de la photo du maire\n", True),
    # ...not items whose only word is the one telling it: the values of one change
    ("Les prix changent en mai :\n- 1 h : 4 € (au lieu de 3 €)\n"
     "- 2 h : 7 € (au lieu de 6 €)\n", False),
])
def test_a_listed_problem_naming_nothing_else(text, several):
    assert bool(hits(text, VALUES)) == several


@pytest.mark.parametrize("text, several", [
    # one problem told again for each commune or device listed: one request...
    ("- Breux : le plan des salles ne marche pas\n- Marolles : le plan des salles ne marche "
     "pas\n", False),
    ("| Breux | le plan des salles ne marche pas |\n"
     "| Marolles | le plan des salles ne marche pas |\n", False),
    ("- Breux : ne marche pas\n- Marolles : ne marche pas\n", False),
    # ...not another problem, or the same one told on more words
    ("- Breux : le plan des salles ne marche pas\n- Marolles : le logo ne marche pas\n", True),
    ("- Breux : le plan ne marche pas\n- Marolles : le plan des salles ne marche pas\n", True),
])
def test_one_problem_listed_for_each_place(text, several):
    assert bool(hits(text)) == several


@pytest.mark.parametrize("text, several", [
    # a marker after a postscript's mark or an opening conjunction still opens its line
    ("Le paiement refuse les cartes.\nP.S. Autre point, le logo est bleu sur les menus.\n", True),
    ("Le paiement refuse les cartes.\nPS : autre point, le logo est bleu sur les menus.\n", True),
    ("Le paiement refuse les cartes.\net autre point, le logo est bleu sur les menus.\n", True),
    # ...not after other words, where it neither asks nor reports anything
    ("Le paiement refuse les cartes.\nLes agents disent autre point, le logo est bleu.\n",
     False),
])
def test_a_marker_after_a_postscript_or_a_conjunction(text, several):
    assert bool(hits(text)) == several


# With `added`, a weak marker past the opening of an ask adds a request only when it adds.
SEQUENCE = dataclasses.replace(OPTIONS, weak_transitions=("aussi", "ensuite"), added=("aussi",))


@pytest.mark.parametrize("text, several", [
    ("Le paiement refuse les cartes.\nPouvez-vous aussi exporter les factures anciennes ?\n",
     True),
    ("Le paiement refuse les cartes.\nEnsuite, pouvez-vous exporter les factures anciennes ?\n",
     True),
    # the next step of what is asked
    ("Le paiement refuse les cartes.\nPouvez-vous ensuite exporter les factures anciennes ?\n",
     False),
])
def test_a_marker_of_sequence_inside_an_ask(text, several):
    assert bool(hits(text, SEQUENCE)) == several


@pytest.mark.parametrize("text, several", [
    # a conjunction or « du coup » opening the ask is not one of its first words
    ("Le paiement refuse les cartes.\nEt du coup, pouvez-vous aussi exporter les factures "
     "anciennes ?\n", True),
    ("Le paiement refuse les cartes.\nDu coup, pouvez-vous aussi exporter les factures "
     "anciennes ?\n", True),
    # ...a marker further on belongs to the ask's own sentence
    ("Le paiement refuse les cartes.\nDu coup, pour la régie, pouvez-vous aussi exporter les "
     "factures anciennes ?\n", False),
])
def test_a_marker_after_an_opening_conjunction(text, several):
    assert bool(hits(text, SEQUENCE)) == several


@pytest.mark.parametrize("text, several", [
    # a marker opening a line on a problem about something else: another problem...
    ("Le paiement refuse les cartes.\nDe plus, les tableaux des mairies ne marche pas depuis "
     "lundi.\n", True),
    # ...not one that follows from the problem told: one more of its symptoms
    ("Le paiement refuse les cartes.\nDe plus, les tableaux des mairies ne marche pas du coup "
     "depuis lundi.\n", False),
    ("Le paiement refuse les cartes.\nDe plus, les tableaux des mairies ne marche pas, donc "
     "le suivi est faux.\n", False),
])
def test_a_problem_following_from_the_one_told(text, several):
    options = dataclasses.replace(OPTIONS, weak_transitions=("de plus",))
    assert bool(hits(text, options)) == several


# A marker matched from the stop of the sentence before it (". Autre point"): that sentence
# was still told, and the line the marker opens is on another subject.
STOPPED = dataclasses.replace(OPTIONS, transitions=(r"re:(?m)(?:^|[.!?]\s)\W{0,4}autre point",))


@pytest.mark.parametrize("text, several", [
    ("Le paiement refuse les cartes.\n\nAutre point, le logo est bleu sur les menus.\n", True),
    ("Le paiement refuse les cartes.\n\nAutre point, les cartes du paiement sont refusées.\n",
     False),
])
def test_a_marker_matched_from_the_stop_before_it(text, several):
    assert bool(hits(text, STOPPED)) == several


@pytest.mark.parametrize("text, several", [
    # one line of notes with a marker for bullet, after a problem, on a subject not told
    ("Le paiement des cartes ne marche pas.\n+ le logo des menus ne marche pas\n", True),
    # ...not on the subject told, nor with nothing to report, nor as one of a list of bullets
    ("Le paiement des cartes ne marche pas.\n+ paiement des cartes ne marche pas sur mobile\n",
     False),
    ("Le paiement des cartes ne marche pas.\n+ le logo des menus est bleu\n", False),
    ("Le paiement des cartes ne marche pas.\n- le logo des menus ne marche pas\n", False),
    # ...nor before anything was told
    ("Bonjour.\n+ le logo des menus ne marche pas\n", False),
])
def test_a_line_added_with_a_plus(text, several):
    options = dataclasses.replace(OPTIONS,
                                  weak_transitions=("aussi", "re:(?m)^[ \\t]*\\+[ \\t]"))
    assert bool(hits(text, options)) == several


def test_quoted_lines_are_read_when_handed_over():
    # a message forwarded: the quote's marks are no words (the default segments blank quotes)
    assert hits("Voici son message :\n> Le paiement refuse les cartes.\n>\n> Autre point : "
                "le logo ne marche pas.\n")
    assert not hits("Voici son message :\n> Le paiement refuse les cartes.\n")


@pytest.mark.parametrize("text, several", [
    # a marker before words pointing back at what was told ("cette facture") goes on with it
    ("Le paiement refuse les cartes et la facture.\nAutre point : pouvez vous renvoyer cette "
     "facture aux familles inscrites ?\n", False),
    ("Le paiement refuse les cartes et la facture.\nAutre point : pouvez vous renvoyer cette "
     "convocation aux familles inscrites ?\n", True),
])
def test_a_marker_before_a_reference_to_what_was_told(text, several):
    options = dataclasses.replace(OPTIONS, references=("re:\\bcette\\s+[a-z]{4,}",))
    assert bool(hits(text, options)) == several


@pytest.mark.parametrize("text, several", [
    # a paragraph opening on an ask to do something on a subject not told, after a problem
    ("Le paiement ne marche pas.\n\nPouvez vous ajouter le logo des écoles maternelles ?\n",
     True),
    # ...not inside the paragraph of the problem, nor pointing back at it, nor on its words
    ("Le paiement ne marche pas.\nPouvez vous ajouter le logo des écoles maternelles ?\n",
     False),
    ("Le paiement ne marche pas.\n\nPouvez vous ajouter cette mention des écoles "
     "maternelles ?\n", False),
    ("Le paiement des écoles ne marche pas.\n\nPouvez vous ajouter le logo des écoles "
     "maternelles ?\n", False),
])
def test_an_ask_opening_a_paragraph_after_a_problem(text, several):
    assert bool(hits(text)) == several


PARAGRAPHS = dataclasses.replace(
    OPTIONS, new_paragraphs=True, asks=("pouvez vous", "voudraient", "nous souhaiterions",
                                        "merci de regarder"),
    references=("re:\\bcette\\s+[a-z]{4,}", "cela"), common_words=("soit",))
BILLS = "Le paiement des factures de cantine ne marche pas pour les familles.\n\n"


@pytest.mark.parametrize("text, several", [
    # a paragraph asking, after a problem, about a thing named anew at its head: a wish...
    (BILLS + "Les associations voudraient réserver la salle municipale un mois avant.\n", True),
    # ...the writer's wish that such a thing change, or a question about it
    (BILLS + "Nous souhaiterions que la bannière du portail annonce les fêtes de Noël.\n", True),
    # ...named by a complement of a noun told: the families of another place
    (BILLS + "Les familles de la crèche voudraient recevoir le menu chaque semaine.\n", True),
    # not in the paragraph of the problem, nor about a thing told, nor an ask of the writer
    # about the problem, nor one naming nothing, nor pointing back at the problem
    (BILLS.strip() + " Les associations voudraient réserver la salle municipale.\n", False),
    (BILLS + "Les familles voudraient régler les factures de cantine avant lundi.\n", False),
    (BILLS + "Pouvez vous réparer le module de paiement en ligne ?\n", False),
    (BILLS + "La rentrée des classes approche, merci de regarder.\n", False),
    (BILLS + "Les associations voudraient que cela soit réglé avant jeudi prochain.\n", False),
    # nor a question asking by its mark alone (as often on the cause of the problem)
    (BILLS + "La liste des écoles maternelles a-t-elle été modifiée ?\n", False),
    # nor after a mere question, or with nothing told before it
    ("Comment régler les factures de cantine ?\n\n"
     "Les associations voudraient réserver la salle municipale.\n", False),
    ("Les associations voudraient réserver la salle municipale un mois avant.\n", False),
])
def test_a_paragraph_asking_about_a_thing_named_anew(text, several):
    assert bool(hits(text, PARAGRAPHS)) == several
    assert not hits(text)  # off by default


@pytest.mark.parametrize("text, several", [
    # a paragraph opening on a service or place not told, after a problem, that reports a
    # problem or asks on words none told
    ("Le paiement des factures ne marche pas.\n\nPour la médiathèque, le plan des rayons ne "
     "marche pas.\n", True),
    (BILLS + "À la garderie, les parents voudraient réserver la veille.\n", True),
    (BILLS + "Côté état civil, le registre des naissances ne marche pas.\n", True),
    # not when or how the problem shows, nor on a word told, nor before any problem, nor
    # inside a paragraph, nor telling no problem and asking nothing
    (BILLS + "Au moment de valider, le bouton ne marche pas.\n", False),
    (BILLS + "Pour la cantine du soir, le bouton du menu ne marche pas.\n", False),
    (BILLS + "Chez les parents, le plan des rayons ne marche pas.\n", False),
    ("Pour la médiathèque, le plan des rayons ne marche pas.\n", False),
    (BILLS.rstrip("\n") + " Pour la médiathèque, le plan des rayons ne marche pas.\n", False),
    (BILLS + "À la garderie, les parents réservent la veille.\n", False),
])
def test_a_paragraph_opening_on_another_service(text, several):
    # (the people any request is for name no service)
    assert bool(hits(text, dataclasses.replace(PARAGRAPHS, common_words=("parents",)))) \
        == several
    assert not hits(text)  # off by default


FIELDS = dataclasses.replace(PARAGRAPHS, problems=("ne marche pas", "erreur"), shown=("erreur",))
REPORT = ("**Description :** le plan des salles ne marche pas.\n\n"
          "**Etapes :** ouvrir le plan, choisir une salle.\n\n")
LISTED = ("Le plan des salles ne marche pas.\n\n"
          "**Etapes** : ouvrir le plan.\n**Attendu** : la salle choisie.\n")


@pytest.mark.parametrize("text, several", [
    # a template's field after the parts of the problem told, reporting a problem on a thing
    # named anew: another problem left in the remarks
    (REPORT + "**Remarques :** le logo du récépissé ne marche pas sur les mobiles.\n", True),
    # ...named by the complement of an acronym
    (REPORT + "**Remarques :** les PDF des reçus de piscine ne marche pas.\n", True),
    # not before those parts, nor on the thing told, nor an error shown, nor no problem
    (REPORT.split("\n\n")[0] + "\n\n**Remarques :** le logo du récépissé ne marche pas "
     "sur les mobiles.\n", False),
    (REPORT + "**Remarques :** le plan des salles ne marche pas sur les mobiles.\n", False),
    (REPORT + "**Remarques :** le logo du récépissé affiche une erreur sur les mobiles.\n",
     False),
    (REPORT + "**Remarques :** le logo du récépissé est celui de la mairie annexe.\n", False),
    # fields written line under line are read as a list: the same
    (LISTED + "**Remarques** : le logo du récépissé ne marche pas sur les mobiles.\n", True),
    (LISTED + "**Remarques** : le plan des salles ne marche pas sur les mobiles.\n", False),
    (LISTED.replace("**Attendu**", "**Vu**").replace("**Etapes**", "**Fait**")
     + "**Remarques** : le logo du récépissé ne marche pas sur les mobiles.\n", False),
])
def test_a_problem_in_a_template_field_after_the_parts_of_one(text, several):
    assert bool(hits(text, FIELDS)) == several
    assert not hits(text)  # off by default



# A run-on: a sentence of 35 words or more, dictated or typed without stops.
RUN_ON = ("le paiement des cartes de la cantine refuse les familles depuis lundi quand elles "
          "valident le panier sur le portail puis la page revient au panier vide et le montant "
          "reste dû sur la facture du mois alors que la banque a débité le compte ")


@pytest.mark.parametrize("text, several", [
    # a weak marker inside a run-on, closely followed by an ask on a subject not told
    (RUN_ON + "aussi pouvez vous ajouter le logo des écoles sur les menus\n", True),
    # ...not inside a sentence of ordinary length, where it adds to what the sentence says
    ("le paiement refuse les cartes aussi pouvez vous ajouter le logo des écoles\n", False),
    # ...nor when the ask comes far after the marker, or stays on the subject told
    (RUN_ON + "aussi les parents appellent la mairie tous les matins depuis la rentrée et les "
     "agents notent les plaintes pouvez vous ajouter le logo des écoles\n", False),
    (RUN_ON + "aussi pouvez vous rembourser le montant débité par la banque\n", False),
])
def test_a_weak_marker_inside_a_run_on(text, several):
    assert bool(hits(text)) == several


@pytest.mark.parametrize("text, several", [
    # how to reach the writer, right after the marker, is about the request told...
    (RUN_ON + "aussi pouvez vous ajouter le logo des écoles je reste joignable\n", False),
    # ...not the message's closing, many words on
    (RUN_ON + "aussi pouvez vous ajouter le logo des écoles sur les menus de la semaine "
     "affichés dans le hall des trois écoles voilà merci je reste joignable\n", True),
])
def test_a_closing_far_after_a_marker_inside_a_run_on(text, several):
    assert bool(hits(text, HANDLED)) == several


@pytest.mark.parametrize("text, several", [
    # in a sentence of ordinary length, a marker joined by "et" to a problem told before it
    ("Le paiement des cartes ne marche pas, et aussi pouvez vous ajouter le logo des écoles.\n",
     True),
    # ...not without "et", nor after a story with no problem, nor on the subject told
    ("Le paiement des cartes ne marche pas, aussi pouvez vous ajouter le logo des écoles.\n",
     False),
    ("Le paiement des cartes passe bien, et aussi pouvez vous ajouter le logo des écoles.\n",
     False),
    ("Le paiement des cartes ne marche pas, et aussi pouvez vous rembourser le paiement des "
     "cartes.\n", False),
])
def test_a_weak_marker_joined_by_and_to_a_problem(text, several):
    options = dataclasses.replace(OPTIONS, weak_transitions=("aussi", "et aussi"))
    assert bool(hits(text, options)) == several


@pytest.mark.parametrize("text, several", [
    # a list's last item asking about the one problem told: the others are its symptoms
    ("- le plan ne marche pas\n- le logo ne marche pas\n- pouvez vous corriger le "
     "probleme\n", False),
    # ...not one about the problems told, nor after an ask of its own
    ("- le plan ne marche pas\n- le logo ne marche pas\n- pouvez vous corriger les "
     "problemes\n", True),
    ("- le plan ne marche pas\n- ajouter un logo\n- pouvez vous corriger le probleme\n",
     True),
])
def test_a_last_item_asking_about_the_problem(text, several):
    options = dataclasses.replace(OPTIONS, same_problem=("le probleme", "les problemes"))
    assert bool(hits(text, options)) == several


@pytest.mark.parametrize("text, several", [
    # a section opening on the problem already told goes on with it...
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures\n\n"
     "Même erreur, le logo ne marche pas.\n", False),
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures "
     "même erreur\n\nLe logo ne marche pas.\n", False),
    # ...not one that points back at its own problem later on
    ("## Paiement des cantines\n\nLe paiement ne marche pas.\n\n## Export des factures\n\n"
     "Le logo ne marche pas.\nMême erreur chaque matin.\n", True),
    # a list of problems followed by a line pointing back at one problem: its symptoms
    ("- le plan ne marche pas\n- le logo ne marche pas\nMême erreur depuis hier.\n", False),
    ("- le plan ne marche pas\n- le logo ne marche pas\nMerci.\nMême erreur depuis hier.\n",
     True),
    ("- le plan ne marche pas\n- ajouter un logo\nMême erreur depuis hier.\n", True),
])
def test_what_points_back_at_the_problem_told(text, several):
    options = dataclasses.replace(OPTIONS, same_problem=("meme erreur",))
    assert bool(hits(text, options)) == several


HANDLED = dataclasses.replace(OPTIONS, handling=("joignable",))


@pytest.mark.parametrize("text, several", [
    # after a marker, a sentence on how to reach the writer is about the request told...
    ("Le paiement refuse les cartes.\nAutre point : je suis joignable au standard du service.\n",
     False),
    ("Le paiement refuse les cartes.\nAutre point :\njoignable au standard du service.\n", False),
    ("Le paiement refuse les cartes.\nPouvez-vous aussi rappeler, joignable au standard du "
     "service ?\n", False),
    # ...even when it asks; but only that sentence is read
    ("Le paiement refuse les cartes.\nAutre point : le logo reste flou. Je suis joignable au "
     "standard.\n", True),
    ("Le paiement refuse les cartes.\nPouvez-vous aussi rappeler au standard du service ?\n",
     True),
    # a later question, too
    ("Pouvez-vous corriger le paiement ?\nPouvez-vous ajouter un rappel, joignable au standard "
     "du service ?\n", False),
    ("Pouvez-vous corriger le paiement ?\nPouvez-vous ajouter un rappel au standard du "
     "service ?\n", True),
])
def test_how_to_reach_the_writer_is_no_request(text, several):
    assert bool(hits(text, HANDLED)) == several


_PAID = "Pouvez-vous corriger le paiement des cartes ?\n\n"


@pytest.mark.parametrize("text, several", [
    # a later question opening its paragraph on a thing named anew (an article, a noun not
    # told) asks about it, a word told besides...
    (_PAID + "Le logo de la mairie peut-il ajouter une couleur verte aux reçus imprimés après "
     "paiement ?\n", True),
    # ...not on a thing told, nor with no article
    (_PAID + "Le paiement peut-il ajouter une couleur verte aux reçus imprimés de la mairie "
     "?\n", False),
    (_PAID + "Pourrait-on ajouter une couleur verte aux reçus imprimés de la mairie après "
     "paiement ?\n", False),
])
def test_a_question_on_a_thing_named_anew_is_another_request(text, several):
    assert bool(hits(text)) == several


WEIGHED = dataclasses.replace(OPTIONS, alternatives=(r"re:,\s*ou\b",))


@pytest.mark.parametrize("text, several", [
    # a later question weighing two ways asks how to go on with the problem told...
    ("Pouvez-vous corriger le paiement ?\nPouvez-vous ajouter les factures anciennes, ou "
     "faut-il les saisir ?\n", False),
    # ...one on another subject is another request, with "ou" or without
    ("Pouvez-vous corriger le paiement ?\nPouvez-vous ajouter les factures anciennes ?\n",
     True),
    ("Pouvez-vous corriger le paiement ?\nPouvez-vous ajouter les factures ou les devis "
     "anciens ?\n", True),
])
def test_a_question_weighing_two_ways_is_no_other_request(text, several):
    assert bool(hits(text, WEIGHED)) == several


@pytest.mark.parametrize("text, several", [
    # lines that each open on an action or a problem: a list written as notes
    ("Ajouter un champ téléphone\nAjouter le logo de la mairie\n", True),
    ("Accueil => ajouter le logo\nAgenda -> ajouter un filtre par salle\n", True),
    ("Le plan ne marche pas sur mobile\n\nAjouter le logo de la mairie\n", False),
    ("Le plan ne marche pas sur mobile\nAjouter le logo de la mairie\n", False),
    # ...not when a line says more of the same subject, or is a step
    ("Ajouter un champ téléphone\nAjouter un champ téléphone portable\n", False),
    # ...nor after a sentence telling a need: its parts
    ("Nous voulons un formulaire de badge.\nAjouter un champ téléphone\n"
     "Ajouter le logo de la mairie\n", False),
    ("Cliquer sur le plan\nAjouter le logo de la mairie\n", False),
    # a numbered list goes on after a paragraph, with the next number
    ("1) le plan ne marche pas\nVoir la capture jointe.\n\n2) ajouter un logo\n", True),
    ("1) le plan ne marche pas\nVoir la capture jointe.\n\n3) ajouter un logo\n", False),
    ("- le plan ne marche pas\nVoir la capture jointe.\n\n- ajouter un logo\n", False),
])
def test_lists_without_bullets_or_resumed(text, several):
    assert bool(hits(text)) == several


SYMPTOMS = "Le paiement ne marche pas.\n\n1. le plan ne marche pas\n2. le logo ne marche pas\n\n"


@pytest.mark.parametrize("text, several", [
    # numbered problems, then an expected result for each under the same numbers: each
    # problem has its own fix
    (SYMPTOMS + "## Attendu\n\n1. le plan est au centre\n2. le logo est bleu\n", True),
    (SYMPTOMS + "Attendu :\n\n1) le plan est au centre\n2) le logo est bleu\n", True),
    (SYMPTOMS + "## Attendu\n\nAprès correction :\n\n1. le plan est au centre\n"
     "2. le logo est bleu\n", True),
    # ...not one result, other numbers, the same list, steps, or problems in bullets
    (SYMPTOMS + "## Attendu\n\nLe plan et le logo sont au centre.\n", False),
    (SYMPTOMS + "## Attendu\n\n1. le plan est au centre\n2. le logo est bleu\n"
     "3. la carte est verte\n", False),
    (SYMPTOMS, False),
    (SYMPTOMS + "Deux essais :\n\n1. le plan est au centre\n2. le logo est bleu\n", False),
    (SYMPTOMS.replace("1.", "-").replace("2.", "-")
     + "## Attendu\n\n- le plan est au centre\n- le logo est bleu\n", False),
    (SYMPTOMS + "## Etapes\n\n1. cliquer sur le plan\n2. cliquer sur le logo\n", False),
    (SYMPTOMS + "## Etapes\n\n1. ajouter un plan\n2. ajouter un logo\n", False),
    (SYMPTOMS.replace("1.", "-").replace("2.", "-")
     + "## Attendu\n\n1. le plan est au centre\n2. le logo est bleu\n", False),
])
def test_numbered_problems_paired_with_numbered_results(text, several):
    assert bool(hits(text)) == several


def titled(title: str, text: str, options=OPTIONS):
    context = types.SimpleNamespace(draft=types.SimpleNamespace(title=Part("title", title, 2, 8)))
    return list(single_request.check(dataclasses.replace(options, title=True),
                                     Part("description", text, 5, 1), context))


TOLD_APART = ("La facture de cantine ne marche pas depuis juin.\n"
              "Pouvez-vous ajouter l'export de la régie en tableur ?\n")


@pytest.mark.parametrize("title, text, kind", [
    # two subjects joined, each told in lines of its own
    ("Facture cantine au mauvais tarif et export de la régie", TOLD_APART, "joined"),
    ("Tarif de la cantine + export régie", TOLD_APART, "joined"),
    ("Cantine : tarif des factures ; export de la régie", TOLD_APART, "joined"),
    # ...not told apart: one sentence names both sides
    ("Facture cantine au mauvais tarif et export de la régie",
     "La facture de cantine et l'export de la régie ne marchent pas.\n", None),
    # ...one side is not named in the description
    ("Facture cantine au mauvais tarif et export de la régie",
     "La facture de cantine ne marche pas depuis juin.\n", None),
    # ...the lines naming each side apart neither ask nor report: the details of one request
    ("Courriel : signature et logo de la mairie",
     "Pouvez-vous changer la signature et le logo de la mairie ?\n"
     "Signature : service des sports.\nLogo : fichier joint de la mairie.\n", None),
    # ...unless the title's side itself states a problem or an action
    ("Le plan ne marche pas + ajouter le logo de la mairie",
     "Le plan des salles reste vide.\nLogo : fichier joint de la mairie.\n", "joined"),
    # ...a side with no content word of its own, or a word holding the other side's
    ("Encore et toujours la facture de cantine", TOLD_APART, None),
    ("Inscriptions scolaires et périscolaires",
     "Les inscriptions scolaires ouvrent lundi.\nLe périscolaire suit en juin.\n", None),
    ("Facture cantine et régie cantine", TOLD_APART, None),  # a word on both sides
    # a title announcing several requests, told on subjects of their own
    ("Deux points sur le portail", "Le plan ne marche pas.\nLe logo ne marche pas.\n",
     "announcement"),
    ("Deux points sur le portail", "Le plan ne marche pas.\nLe plan reste vide.\n", None),
    ("Deux points sur le portail", "Le plan ne marche pas.\nLe logo est bleu.\n", None),
    ("Le portail des familles", "Le plan ne marche pas.\nLe logo ne marche pas.\n", None),
    # ...not between quotes: the name of a block of the site
    ("Le bloc « Deux points » du portail", "Le plan ne marche pas.\nLe logo ne marche pas.\n",
     None),
])
def test_title_names_a_second_request(title, text, kind):
    found = titled(title, text)
    assert [hit.message_key for hit in found] == ([kind] if kind else [])
    assert not hits(text)  # the description alone shows one request
    if found:
        assert found[0].part.name == "title"
        assert found[0].values["count"] == "2"


@pytest.mark.parametrize("text, several", [
    # the title's sides told apart only by a list of symptoms tied right under it to one cause
    ("Le guichet ne marche pas depuis jeudi :\n\n- le reçu ne marche pas\n"
     "- le solde ne marche pas\n\nSans doute une même cause.\n", False),
    ("Le guichet ne marche pas depuis jeudi :\n\n- le reçu ne marche pas\n"
     "- le solde ne marche pas\n\nMerci.\n", True),
])
def test_title_sides_told_as_symptoms_of_one_cause(text, several):
    assert not hits(text, ONE_CAUSE)
    assert bool(titled("Guichet : reçu et solde", text, ONE_CAUSE)) == several


def test_title_is_read_only_when_asked_and_after_the_description():
    assert not list(single_request.check(
        OPTIONS, Part("description", TOLD_APART, 5, 1),
        types.SimpleNamespace(draft=types.SimpleNamespace(
            title=Part("title", "Tarif de la cantine + export régie", 2, 8)))))
    # the description's own requests are reported, not the title
    [hit] = titled("Tarif de la cantine + export régie",
                   "- ajouter un champ\n- le bouton ne marche pas\n")
    assert (hit.message_key, hit.part) == ("list", None)
    # two requests allowed: the title's two are no more than that
    assert not titled("Tarif de la cantine + export régie", TOLD_APART,
                      dataclasses.replace(OPTIONS, max_requests=2))


OBJECTS = dataclasses.replace(OPTIONS, object_segments=3, compared=("non plus",),
                              same_problem=("meme erreur",))
PAID = ("Le paiement ne marche pas sur https://site.fr/gestion/demandes/cantine/12/ depuis "
        "lundi.\n\n")
ELSEWHERE = "https://site.fr/gestion/demandes/garderie/3/"


@pytest.mark.parametrize("text, several", [
    # a paragraph reporting a problem on new words, at another object of the same kind
    (PAID + f"Le bouton imprimer ne marche pas sur {ELSEWHERE} pour les agents.\n", True),
    # ...also a list item, its address on a line of its own
    ("Le paiement ne marche pas.\n\n- cantine : https://site.fr/gestion/demandes/cantine/12/\n"
     f"- le bouton imprimer ne marche pas pour les agents\n  {ELSEWHERE}\n\nMerci.\n", True),
    # not before a problem or an ask was told: the first form named was context
    ("Les familles passent par https://site.fr/gestion/demandes/cantine/ puis par le portail."
     f"\n\nLe bouton imprimer ne marche pas sur {ELSEWHERE} pour les agents.\n", False),
    # not another demand of the same form, nor an object of another kind (its workflow)
    (PAID + "Le bouton imprimer ne marche pas sur https://site.fr/gestion/demandes/cantine/14/ "
     "pour les agents.\n", False),
    (PAID + "Le bouton imprimer ne marche pas sur https://site.fr/gestion/workflows/3/ pour les "
     "agents.\n", False),
    # nor files' addresses (screenshots), nor a paragraph neither reporting nor asking
    ("Le paiement ne marche pas : https://site.fr/fichiers/captures/a.png depuis lundi.\n\n"
     "Le bouton imprimer ne marche pas : https://site.fr/fichiers/captures/b.png pour les "
     "agents.\n", False),
    (PAID + f"Le bouton imprimer est bleu sur {ELSEWHERE} pour les agents.\n", False),
    # nor words already told, or pointing back, or comparing
    (PAID + f"Le paiement de lundi ne marche pas sur {ELSEWHERE}.\n", False),
    (PAID + f"Le bouton imprimer de cette page ne marche pas sur {ELSEWHERE} pour les agents.\n",
     False),
    (PAID + f"Même erreur : le bouton imprimer ne marche pas sur {ELSEWHERE} pour les agents.\n",
     False),
    (PAID + f"Le bouton imprimer ne marche pas non plus sur {ELSEWHERE} pour les agents.\n",
     False),
])
def test_a_report_at_another_object(text, several):
    assert bool(hits(text, OBJECTS)) == several
    assert not hits(text)  # off by default


WRONG_TARIFF = "Le tarif de https://site.fr/gestion/demandes/cantine/12/ est le mauvais, et "


@pytest.mark.parametrize("text, several", [
    # a clause joined by "et", on a thing named anew, reporting a problem at the address of
    # another object of the same kind: two problems in one sentence
    (WRONG_TARIFF + f"l'export des agents ({ELSEWHERE}) ne marche pas depuis lundi.\n", True),
    # not the same object, nor one of another kind, nor no address of its own
    (WRONG_TARIFF + "l'export des agents (https://site.fr/gestion/demandes/cantine/12/) ne "
     "marche pas depuis lundi.\n", False),
    (WRONG_TARIFF + "l'export des agents (https://site.fr/gestion/workflows/3/) ne marche pas "
     "depuis lundi.\n", False),
    (WRONG_TARIFF + "l'export des agents ne marche pas depuis lundi.\n", False),
    # nor a clause reporting nothing, nor one opening on a pronoun, nor comparing
    (WRONG_TARIFF + f"l'export des agents ({ELSEWHERE}) est correct depuis lundi.\n", False),
    (WRONG_TARIFF + f"il ne marche pas pour les agents ({ELSEWHERE}) depuis lundi.\n", False),
    (WRONG_TARIFF + f"l'export des agents ({ELSEWHERE}) ne marche pas non plus depuis lundi.\n",
     False),
])
def test_a_problem_joined_at_another_object(text, several):
    assert bool(hits(text, OBJECTS)) == several
    assert not hits(text)  # off by default


ADDED = dataclasses.replace(OPTIONS, added=("non plus", "aussi"), same_problem=("meme erreur",),
                            handling=("joignable",))
PAYMENT = "Le paiement des factures ne marche pas depuis lundi pour les familles. "


@pytest.mark.parametrize("text, several", [
    # a problem added in passing, on a subject named anew: another problem
    (PAYMENT + "Le bouton imprimer des agents ne marche pas non plus.\n", True),
    (PAYMENT + "Les usagers appellent et le captcha du contact ne marche pas non plus, hélas.\n",
     True),
    ("Le paiement des factures ne marche pas.\n\nL'export comptable mensuel ne marche pas aussi : "
     "fichier de juin.\n", True),
    # on the subject told, it is a symptom of the same problem
    (PAYMENT + "Le paiement des cantines ne marche pas non plus pour les familles.\n", False),
    # not opening on an article and a new noun: a pronoun, or when it happens
    (PAYMENT + "Elle obtient aussi une page qui ne marche pas avec Chrome.\n", False),
    (PAYMENT + "Quand je relance le navigateur Chrome ça ne marche pas non plus.\n", False),
    # the word with no problem in its clause, or too few new words, or pointing back
    (PAYMENT + "Le bouton imprimer des agents est aussi bleu, mais ne marche pas.\n", False),
    (PAYMENT + "Le bouton ne marche pas non plus.\n", False),
    (PAYMENT + "Le bouton imprimer de cette page ne marche pas non plus.\n", False),
    (PAYMENT + "La même erreur du bouton imprimer ne marche pas non plus.\n", False),
    # ...or pointing back later in its sentence
    (PAYMENT + "Le bouton imprimer des agents ne marche pas non plus, sans doute la même "
     "erreur.\n", False),
    # nor before anything was told
    ("Le bouton imprimer des agents ne marche pas non plus.\n", False),
    # the word leading its clause: what it adds is the clause after it, even in the sentence
    # of the first problem
    ("Le paiement des factures ne marche pas depuis lundi et aussi l'export comptable des "
     "agents ne marche pas.\n", True),
    (PAYMENT + "Et aussi, pour les parents de la crèche des Lilas, le menu ne marche pas.\n",
     True),
    # ...not trailing its clause in that sentence: a symptom of the problem it tells
    ("Le paiement des factures ne marche pas depuis lundi ; le bouton imprimer des agents ne "
     "marche pas non plus.\n", False),
    # ...nor a story going on: no problem told before it
    ("Le paiement des factures passe depuis lundi et aussi l'export comptable des agents ne "
     "marche pas.\n", False),
    # a clause opened by "et" in the sentence of the first problem adds another one
    ("Le paiement des factures ne marche pas depuis lundi, et le bouton imprimer des agents ne "
     "marche pas non plus.\n", True),
    ("Le paiement des factures passe depuis lundi, et le bouton imprimer des agents ne "
     "marche pas non plus.\n", False),
    # a wish joined by "et" to the problem, the word between its ask and its action
    ("Le paiement des factures ne marche pas depuis lundi et pouvez vous aussi ajouter la "
     "salle des fêtes au planning.\n", True),
    # ...not after a story going on, nor with the word away from the action
    ("Le paiement des factures passe depuis lundi et pouvez vous aussi ajouter la salle des "
     "fêtes au planning.\n", False),
    ("Le paiement des factures ne marche pas depuis lundi et pouvez vous aussi, si possible, "
     "ajouter la salle des fêtes au planning.\n", False),
    # ...nor one on the words told: a part of the same fix
    ("Le paiement des factures ne marche pas depuis lundi et pouvez vous aussi ajouter le "
     "paiement des factures des familles.\n", False),
])
def test_a_problem_added_in_passing(text, several):
    assert bool(hits(text, ADDED)) == several
    assert not hits(text)  # off by default


JOINED = dataclasses.replace(OPTIONS, joined_problems=True,
                             problems=("ne marche pas", "est flou", "ne voyons plus", "erreur"),
                             references=("cette", "cela"), common_words=("formulaire*",),
                             shown=("erreur",))


@pytest.mark.parametrize("text, several", [
    # two clauses joined by a comma or "et", each a problem on a thing of its own
    ("Le logo du récépissé est flou, le plan des salles ne marche pas.\n", True),
    ("Le logo du récépissé est flou et le plan des salles ne marche pas.\n", True),
    # the first clause may open on when or where, and name its thing by an acronym
    ("Depuis lundi matin le logo du récépissé est flou, le plan des salles ne marche pas.\n",
     True),
    ("Sur la page d'accueil le PDF est flou, le plan des salles ne marche pas.\n", True),
    # ...or on the greeting of a message typed with no stop
    ("bonjour le logo du récépissé est flou et le plan des salles ne marche pas\n", True),
    # ...and so may the second
    ("Le logo du récépissé est flou, et de notre côté le plan des salles ne marche pas.\n",
     True),
    # the second names its thing by a complement, a word common to all requests before it
    ("Le logo du récépissé est flou, le formulaire des salles de sport ne marche pas.\n",
     True),
    # a determiner naming a thing not told points back at nothing
    ("Le logo du récépissé est flou, le plan prévu pour cette réunion ne marche pas.\n", True),
    # not after a colon (the details of what was told), nor opening on no thing, nor on a
    # thing told, nor an error shown, nor a clause on a pronoun
    ("Le récépissé ne marche pas : le logo est flou, le plan des salles ne marche pas.\n",
     False),
    ("Nous ne voyons plus le logo, le plan des salles ne marche pas.\n", False),
    ("Le plan du récépissé est flou, le plan des salles ne marche pas.\n", False),
    ("Le logo du récépissé est flou, la page des salles affiche une erreur.\n", False),
    ("Le logo du récépissé est flou, il ne marche pas sur les mobiles des agents.\n", False),
    # ...nor one pointing back at what was told by a word naming nothing, nor a setting
    # without its thing
    ("Le logo du récépissé est flou, le plan des salles ne marche pas avec cela.\n", False),
    ("Depuis lundi matin rien ne marche pas, le plan des salles ne marche pas.\n", False),
    ("Le logo du récépissé est flou, le formulaire ne marche pas sur les mobiles.\n", False),
])
def test_two_problems_joined_in_one_sentence(text, several):
    assert bool(hits(text, JOINED)) == several
    assert not hits(text)  # off by default


@pytest.mark.parametrize("options, text", [
    (JOINED, "Le logo du récépissé est flou, la page des salles affiche une erreur.\n"),
    (FIELDS, REPORT + "**Remarques :** le logo du récépissé affiche une erreur sur les "
                      "mobiles.\n"),
])
def test_how_a_failure_shows_is_a_list_of_words(options, text):
    # `shown` names how a failure shows (an error, an empty result): with the word out of
    # the list, the same clause is a problem of its own
    assert not hits(text, options)
    assert hits(text, dataclasses.replace(options, shown=()))


CONTRASTS = dataclasses.replace(OPTIONS, contrasts=("a l'inverse",),
                                references=(r"re:\bce\s+[a-z]+",))


@pytest.mark.parametrize("text, several", [
    # a contrast opening its line after a problem, on a problem elsewhere
    ("Le paiement des repas ne marche pas.\n\nÀ l'inverse, côté crèche, le plan des salles "
     "ne marche pas.\n", True),
    # not before any problem (what works, then the problem), nor on the thing told, nor
    # pointing back at it, nor within its line, nor telling no problem
    ("Le paiement des repas passe bien.\n\nÀ l'inverse, côté crèche, le plan des salles "
     "ne marche pas.\n", False),
    ("Le paiement des repas ne marche pas.\n\nÀ l'inverse, le paiement des repas du soir "
     "ne marche pas.\n", False),
    ("Le paiement des repas ne marche pas.\n\nÀ l'inverse, ce paiement sur le plan des salles "
     "ne marche pas.\n", False),
    ("Le paiement des repas ne marche pas. À l'inverse, côté crèche, le plan des salles "
     "ne marche pas.\n", False),
    ("Le paiement des repas ne marche pas.\n\nÀ l'inverse, côté crèche, le plan des salles "
     "reste lisible.\n", False),
])
def test_a_contrast_turning_to_another_problem(text, several):
    assert bool(hits(text, CONTRASTS)) == several
    assert not hits(text)  # none by default


PLACES = dataclasses.replace(OPTIONS, places=True, same_problem=("pareil",))


@pytest.mark.parametrize("text, several", [
    # two communes, each a clause with a problem of its own, on lines, in sentences, joined
    ("Bonjour\nà Breux le plan des salles ne marche pas\nà Marolles le logo du récépissé ne "
     "marche pas\n", True),
    ("Pour la mairie, le plan des salles ne marche pas. Pour la crèche, le logo du récépissé "
     "ne marche pas.\n", True),
    ("pour Breux le plan des salles ne marche pas, et pour Marolles le logo du récépissé ne "
     "marche pas\n", True),
    # not one problem in both (on the words told, or pointing back at it), nor one place
    # twice, nor after a problem told before them (where it shows), nor no problem in one,
    # nor a phrase telling when
    ("à Breux le plan des salles ne marche pas\nà Marolles le plan des salles ne marche pas\n",
     False),
    ("à Breux le plan des salles ne marche pas\nà Marolles le logo du récépissé ne marche pas "
     "pareil\n", False),
    ("à Breux le plan des salles ne marche pas\nà Breux le logo du récépissé ne marche pas\n",
     False),
    ("Le connecteur ne marche pas. À Breux le plan des salles ne marche pas, à Marolles le "
     "logo du récépissé ne marche pas.\n", False),
    ("à Breux le plan des salles ne marche pas\nà Marolles le logo du récépissé est beau\n",
     False),
    ("à Breux le plan des salles ne marche pas\nà part cela le logo du récépissé ne marche "
     "pas\n", False),
])
def test_two_communes_each_with_its_problem(text, several):
    assert bool(hits(text, PLACES)) == several
    assert not hits(text)  # off by default


SAME_PARAGRAPH = ("Le paiement ne marche pas sur https://site.fr/gestion/demandes/cantine/12/ "
                  "depuis lundi. ")
FIELD = "https://site.fr/gestion/formulaires/7/champs/4/"


@pytest.mark.parametrize("text, several", [
    # in the paragraph of a problem, an ask on other words at another object's address
    (SAME_PARAGRAPH + f"Pouvez-vous rendre le champ téléphone facultatif : {FIELD} ?\n", True),
    # not on the words of the problem, nor at the object already named, nor with no address
    (SAME_PARAGRAPH + f"Pouvez-vous regarder le paiement de lundi : {FIELD} ?\n", False),
    (SAME_PARAGRAPH + "Pouvez-vous rendre le champ téléphone facultatif : "
     "https://site.fr/gestion/demandes/cantine/14/ ?\n", False),
    (SAME_PARAGRAPH + "Pouvez-vous rendre le champ téléphone facultatif ?\n", False),
    # nor pointing back at what was told, nor before any problem was told
    (SAME_PARAGRAPH + f"Pouvez-vous rendre cette page du champ téléphone facultatif : {FIELD} ?"
     "\n", False),
    ("Le paiement passe sur https://site.fr/gestion/demandes/cantine/12/ depuis lundi. "
     f"Pouvez-vous rendre le champ téléphone facultatif : {FIELD} ?\n", False),
])
def test_an_ask_at_another_object_after_a_problem(text, several):
    assert bool(hits(text, OBJECTS)) == several
    assert not hits(text)  # off by default


@pytest.mark.parametrize("text, several", [
    # paragraphs opening on a label in bold are the items of a list: one problem each
    ("Les retours de la semaine.\n\n**Breux** : le paiement ne marche pas.\n\n"
     "**Marolles** : pouvez-vous changer le logo du portail ?\n", True),
    # ...and a template's fields are one request's parts
    ("**Problème** : le paiement ne marche pas.\n**Étapes** : cliquer sur Payer.\n"
     "**Attendu** : le reçu.\n", False),
    # one such line alone is a sentence, its marker read as such
    ("Le paiement refuse les cartes.\n\n**Autre point** : le logo du portail est flou.\n",
     True),
    # ...nor is one whose label is a marker, next to another labelled line
    ("Le paiement refuse les cartes.\n\n**Depuis** : lundi.\n"
     "**Autre point** : le logo du portail est flou.\n", True),
    # a bold label alone on its line is a heading, not an item
    ("**Breux** :\nle paiement ne marche pas.\n**Marolles** :\nle paiement ne marche pas.\n",
     False),
])
def test_paragraphs_opening_on_a_bold_label(text, several):
    assert bool(hits(text)) == several


def test_max_requests_allows_more():
    text = "- ajouter un champ\n- le bouton ne marche pas\n"
    assert hits(text)
    assert not hits(text, dataclasses.replace(OPTIONS, max_requests=2))


# A section addressed to support that asks (`addressed`): what comes before it is context; not
# when it asks about each of the things before it, nor when it asks nothing.
_LISTED = "Deux points :\n- le plan\n- le logo\n\n"


@pytest.mark.parametrize("text, several", [
    (_LISTED, True),
    (_LISTED + "**Pour le support :** pouvez-vous corriger le plan ?\n", False),
    (_LISTED + "Pour le support :\npouvez-vous corriger le plan ?\n", False),
    (_LISTED + "- **Pour le support** : pouvez-vous corriger le plan ?\n", False),
    (_LISTED + "**Pour le support :** pouvez-vous les corriger, pour chacun ?\n", True),
    (_LISTED + "**Pour le support :** demande 12-345\n", True),
    (_LISTED + "**Pour le support :** ajouter le plan\n", False),  # what to do
    # what comes after it still counts
    ("**Pour le support :** pouvez-vous corriger le plan ?\nAutre point : le logo reste "
     "flou.\n", True),
    # several sections addressed to support: none is the context of another
    ("## Plan du site\nPour le support : le plan ne marche pas.\n\n## Logo du portail\n"
     "Pour le support : pouvez-vous ajouter le logo ?\n", True),
    # ...each naming what to do (`actions`): that asks
    ("## Plan du site\nPour le support : ajouter un plan.\n\n## Logo du portail\n"
     "Pour le support : ajouter le logo en haut.\n", True),
])
def test_a_section_addressed_to_support_leaves_out_what_comes_before(text, several):
    options = dataclasses.replace(OPTIONS, addressed=("pour le support",))
    assert bool(hits(text, options)) == several


def test_with_no_addressed_vocabulary_no_section_is_addressed():
    assert hits(_LISTED + "**Pour le support :** pouvez-vous corriger le plan ?\n")


@pytest.mark.parametrize("text, several", [
    # an item asking about the problem told before it (`same_problem`) asks nothing new
    ("Le plan ne marche pas depuis lundi.\n- même souci pour les agents ?\n"
     "- pouvez-vous regarder le logo ?\n", False),
    # ...with no problem told before it, it is an ask of its own
    ("- même souci pour les agents ?\n- pouvez-vous regarder le logo ?\n", True),
])
def test_an_item_asking_about_the_problem_told_is_no_request(text, several):
    options = dataclasses.replace(OPTIONS, same_problem=("meme souci",))
    assert bool(hits(text, options)) == several


# A table's rows are records of their own: two or more reporting a problem or asking count,
# whatever a word of the intro names; a column whose header names what fails (« Anomalie »)
# reports a problem in each row, but a row saying it is the one above (« idem »).
_HEADER = "| Écran | {} |\n|---|---|\n"


@pytest.mark.parametrize("text, several", [
    ("Étapes suivies :\n\n" + _HEADER.format("Note") + "| plan | ne marche pas |\n"
     "| logo | ajouter le logo |\n", True),
    ("Étapes suivies :\n\n- le plan ne marche pas\n- ajouter le logo\n", False),
    (_HEADER.format("Anomalie") + "| plan | reste gris au zoom |\n| logo | trop petit en "
     "haut |\n", True),
    (_HEADER.format("Note") + "| plan | reste gris au zoom |\n| logo | trop petit en haut |\n",
     False),
    (_HEADER.format("Anomalie") + "| plan | reste gris au zoom |\n| carte | idem |\n", False),
    (_HEADER.format("Ce qui se passe") + "| plan | reste gris au zoom |\n| logo | trop petit "
     "en haut |\n", True),
    # a first cell left empty keeps the columns in their places
    ("| # | Écran | Anomalie |\n|---|---|---|\n|  | plan | reste gris au zoom |\n|  | logo | "
     "trop petit en haut |\n", True),
])
def test_a_table_reports_a_problem_in_each_row(text, several):
    options = dataclasses.replace(OPTIONS, finding_columns=("anomalie", "ce qui se passe"),
                                  ditto=("idem",))
    assert bool(hits(text, options)) == several


@pytest.mark.parametrize("bad", [{"max_requests": 0}, {"same_subject": 0},
                                 {"same_subject": 1.5}, {"min_list_requests": 1},
                                 {"object_segments": -1}])
def test_bad_options_are_refused(bad):
    with pytest.raises(ValueError):
        single_request.Options(**bad)


FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")
ONE_REQUEST = """\
one-request:
  type: single-request
  transitions: vocab:transitions
  asks: vocab:asks
  problems: [ne marche pas]
  message: {fr: "{count} demandes, dont « {found} »", en: "{count} requests"}
  messages: {transition: {fr: "« {found} » introduit une autre demande", en: "x"}}
"""
VOCABULARIES = {"transitions": "# another subject\npar ailleurs\n",
                "asks": "pouvez vous\nserait il possible\n"}


def test_finding_points_at_the_marker_and_names_it(tmp_path):
    rules = own_rules(tmp_path, ONE_REQUEST, **VOCABULARIES)
    body = ("Bonjour,\n\nLe paiement échoue depuis lundi sur le portail famille.\n\n"
            "Par ailleurs, serait-il possible de changer le logo de la page d'accueil ?\n")
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.line, finding.column, finding.end_column) == (11, 1, 13)
    assert finding.message == "« Par ailleurs » introduit une autre demande"


def test_finding_points_at_the_second_ask_of_a_list_and_counts(tmp_path):
    rules = own_rules(tmp_path, ONE_REQUEST, **VOCABULARIES)
    body = ("Bonjour,\n\n- le plan de la démarche voirie ne marche pas ;\n"
            "- pouvez-vous ajouter un champ téléphone ?\n- le PDF ne marche pas.\n")
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.line, finding.column) == (10, 3)
    assert finding.message.startswith("3 demandes, dont « pouvez-vous ajouter un champ")


# Numbered points told in full (15 words or more each), on subjects of their own, opening the
# text: as many requests, with no marker and no problem word.
_POINT_A = ("1. Le module des jardins familiaux garde les parcelles attribuées l'an dernier "
            "comme libres dans la liste publique des lots : https://site.fr/jardins/lots/\n")
_POINT_B = ("2. Sur la page des piscines, le filtre des horaires du bassin nordique ne marche pas "
            "pour la période de la rentrée scolaire des enfants.\n")


@pytest.mark.parametrize("text, several", [
    ("Bonjour,\n\n" + _POINT_A + _POINT_B, True),
    ("Voici nos remarques après la visite de jeudi dernier.\n" + _POINT_A + _POINT_B, True),
    # numbered titles, each over its paragraph (no blank line between)
    ("Bonjour,\n\n1. Jardins familiaux\n" + _POINT_A[3:] + "2. Piscines municipales\n"
     + _POINT_B[3:] + "\nMerci.\n", True),
    # points too short to be told in full: the items of one thing
    ("1. les parcelles des jardins familiaux\n2. les horaires des piscines municipales\n",
     False),
    # bullets, not numbers: often the parts or facts of one request
    ("Bonjour,\n\n- " + _POINT_A[3:] + "- " + _POINT_B[3:], False),
    # a problem told first: the points are its symptoms or attempts
    ("Le module ne marche pas.\n" + _POINT_A + _POINT_B, False),
    # ...unless the sentence right over them announces several, stop or colon
    ("Le portail ne marche pas. Nous avons deux points.\n" + _POINT_A + _POINT_B, True),
    # the sentence right over them names the parts of one request
    ("Les étapes suivies :\n" + _POINT_A + _POINT_B, False),
    # ...or asks one thing of which they are the parts
    ("Pouvez-vous nous fournir :\n" + _POINT_A + _POINT_B, False),
    # the fields of one request's template: labels naming no subject, or a part of it
    ("Bonjour,\n\n1. Le 12 mai : " + _POINT_A[3:] + "2. " + _POINT_B[3:], False),
    ("Bonjour,\n\n" + _POINT_A + "2. Attendu : " + _POINT_B[3:], False),
    ("Bonjour,\n\n1. Jardins : " + _POINT_A[3:] + "2. Piscines : " + _POINT_B[3:], True),
    # what the writer did to narrow the first down: an attempt, no point of its own
    ("Bonjour,\n\n" + _POINT_A + "2. Nous avons vérifié les horaires du bassin nordique "
     "affichés pour la période estivale : le filtre de la rentrée scolaire ne marche pas.\n",
     False),
    # ...the same point told as a fact of its own is one
    ("Bonjour,\n\n" + _POINT_A + "2. Les horaires du bassin nordique sont affichés pour la "
     "période estivale : le filtre de la rentrée scolaire ne marche pas.\n", True),
    # points saying neither where nor what fails or is asked: a story, a new form's parts
    ("Bonjour,\n\n1. Lundi matin, la secrétaire a ouvert la liste des inscriptions au séjour "
     "dans le module comme chaque semaine.\n2. Au moment de préparer le fichier pour la "
     "comptabilité, elle a relu les montants des familles une à une.\n", False),
    # points on the same subject
    ("Bonjour,\n\n" + _POINT_A + "2. Le module des jardins familiaux garde toujours les "
     "parcelles attribuées l'an dernier comme libres dans la liste des lots du quartier : "
     "https://site.fr/jardins/quartier/\n",
     False),
])
def test_numbered_points_told_in_full(text, several):
    assert bool(hits(text)) == several


# A reference opening on a pronoun ("le corriger") names no subject: its verb, told before
# about something else, does not make the request go on with what was told; a reference
# naming a noun told ("ce tarif") does.
_REFERRING = dataclasses.replace(
    OPTIONS, references=("cette", r"re:\bce\s+[a-z]{4,}", r"re:\ble corriger\b"))


@pytest.mark.parametrize("text, several", [
    ("Le paiement refuse les cartes depuis que la commune a corrigé le tarif.\n"
     "Pouvez-vous aussi le corriger dans le texte d'aide du champ téléphone ?\n", True),
    ("Le paiement refuse les cartes depuis que la commune a corrigé le tarif.\n"
     "Pouvez-vous aussi corriger ce tarif dans le texte d'aide du champ téléphone ?\n", False),
])
def test_a_pronoun_names_no_subject_told(text, several):
    assert bool(hits(text, _REFERRING)) == several


# "Et" opening a sentence on something named anew (an article and a noun not told) that
# reports a problem on new words: another problem added.
@pytest.mark.parametrize("text, several", [
    ("Le paiement des cartes ne marche pas. Et le plan du portail ne marche pas.\n", True),
    ("Le paiement des cartes ne marche pas.\n\nEt le plan du portail ne marche pas.\n", True),
    # where it shows: often a symptom of the problem told
    ("Le paiement des cartes ne marche pas.\n\nEt dans le plan du portail, la légende ne "
     "marche pas.\n", False),
    # a pronoun or an adverb after it: the story goes on
    ("Le paiement des cartes ne marche pas. Et là, le plan du portail ne marche pas.\n", False),
    # the thing told before
    ("Le paiement des cartes ne marche pas. Et le paiement des cartes ne marche pas.\n", False),
    # a sentence going on past the end of its line, no stop
    ("Le paiement des cartes ne marche pas sur la page\net le plan du portail ne marche pas.\n",
     False),
    # a consequence of what was told
    ("Le paiement des cartes ne marche pas. Et du coup le plan du portail ne marche pas.\n",
     False),
    # when, not what
    ("Le paiement des cartes ne marche pas. Et une fois le portail rouvert, le plan ne marche "
     "pas.\n", False),
    # nothing reported: a fact added
    ("Le paiement des cartes ne marche pas. Et le plan du portail date de mars.\n", False),
    # the writer asks something new after a problem
    ("Le paiement des cartes ne marche pas. Et on voudrait pouvoir ajouter le plan du "
     "portail.\n", True),
    ("Le paiement des cartes ne marche pas. Et pouvez-vous ajouter le plan du portail ?\n",
     True),
    # ...opening a line typed after one with no stop
    ("Le paiement des cartes ne marche pas sur la page\net pouvez-vous ajouter le plan du "
     "portail ?\n", True),
    # ...not after an ask: it asks more of it
    ("Pouvez-vous regarder le paiement des cartes ? Et on voudrait pouvoir ajouter le plan "
     "du portail.\n", False),
    # ...nor under a condition
    ("Le paiement des cartes ne marche pas. Et s'il le faut, pouvez-vous ajouter le plan du "
     "portail ?\n", False),
])
def test_a_sentence_opening_on_and(text, several):
    options = dataclasses.replace(OPTIONS, asks=("pouvez vous", "voudrait pouvoir"))
    assert bool(hits(text, options)) == several


# A marker after another one at the start of its line still opens the line.
_MARKED = dataclasses.replace(OPTIONS, weak_transitions=("aussi", "sinon"),
                              transitions=("autre point", "rien a voir"))


@pytest.mark.parametrize("text, several", [
    ("Le paiement refuse les cartes.\n\nSinon, rien à voir : le logo du portail est flou.\n",
     True),
    # a marker after other words of the line adds a fact unless something is reported
    ("Le paiement refuse les cartes.\n\nLa mairie, rien à voir : le logo du portail est "
     "flou.\n", False),
])
def test_a_marker_after_another_opens_its_line(text, several):
    assert bool(hits(text, _MARKED)) == several


# A weak marker opening its paragraph on a fact, the ask later in that paragraph.
_FINALLY = dataclasses.replace(OPTIONS, weak_transitions=("aussi", "enfin"))


@pytest.mark.parametrize("text, several", [
    ("Le paiement des cartes ne marche pas.\n\nEnfin, les horaires du portail datent de "
     "l'hiver. Pouvez-vous ajouter ceux de l'été ?\n", True),
    # an ask to look into it, nothing to do: a cause of the problem told, perhaps
    ("Le paiement des cartes ne marche pas.\n\nEnfin, les horaires du portail datent de "
     "l'hiver. Pouvez-vous regarder ?\n", False),
    # no ask in that paragraph: a fact added
    ("Le paiement des cartes ne marche pas.\n\nEnfin, les horaires du portail datent de "
     "l'hiver.\n\nPouvez-vous ajouter ceux de l'été ?\n", False),
    # the marker inside the paragraph: a step of the story
    ("Le paiement des cartes ne marche pas. Enfin, les horaires du portail datent de "
     "l'hiver. Pouvez-vous ajouter ceux de l'été ?\n", False),
    # the subject told
    ("Le paiement des cartes bancaires ne marche pas.\n\nEnfin, le paiement des cartes "
     "bancaires. Pouvez-vous ajouter le paiement des cartes bancaires ?\n", False),
])
def test_a_marker_opening_a_paragraph_that_asks_later(text, several):
    assert bool(hits(text, _FINALLY)) == several


@pytest.mark.parametrize("text, several", [
    # where it shows, at the address of an object not named before: another object's problem
    (PAID + f"Et dans le listing des agents {ELSEWHERE} la colonne ne marche pas.\n", True),
    # not the object named before, nor with no address (a symptom of the problem told)
    (PAID + "Et dans le listing des agents https://site.fr/gestion/demandes/cantine/14/ la "
     "colonne ne marche pas.\n", False),
    (PAID + "Et dans le listing des agents la colonne ne marche pas.\n", False),
    # nor reporting nothing
    (PAID + f"Et dans le listing des agents {ELSEWHERE} la colonne est bleue.\n", False),
])
def test_a_sentence_opening_on_and_at_another_object(text, several):
    assert bool(hits(text, OBJECTS)) == several
    assert not hits(text)  # off by default


@pytest.mark.parametrize("text, several", [
    # notes joining two problems by "+" inside a line, on words of their own
    ("paiement des cartes ne marche pas + bouton imprimer des agents ne marche pas\n", True),
    # not when one side reports nothing, nor on the words told, nor pointing back
    ("paiement des cartes ne marche pas + vu sous Firefox et Edge\n", False),
    ("vu sous Firefox + Edge, bouton imprimer des agents ne marche pas\n", False),
    ("paiement des cartes ne marche pas + paiement des cartes ne marche pas\n", False),
    ("paiement des cartes ne marche pas + cette page des agents ne marche pas\n", False),
])
def test_problems_joined_by_a_plus(text, several):
    assert bool(hits(text)) == several


STAFF_MOVES = dataclasses.replace(OPTIONS,
                                  staff_moves=("nouvelle collegue", "partie a la retraite"),
                                  accounts=("compte agent", "acces"),
                                  same_problem=("meme erreur",))


@pytest.mark.parametrize("text, several", [
    # after a problem on something else, a newcomer's account asked for, or lacking
    (PAYMENT + "Pouvez vous créer un compte agent pour notre nouvelle collègue Léa Roche ?\n",
     True),
    (PAYMENT + "Léa Roche, notre nouvelle collègue, n'a pas encore de compte agent.\n", True),
    # ...or a leaver's, to close
    (PAYMENT + "Le compte agent de Mme Roche, partie à la retraite, doit-il être supprimé ?\n",
     True),
    # the newcomer's access as the one problem told
    ("Léa Roche, notre nouvelle collègue, n'a pas encore de compte agent.\n", False),
    ("Léa Roche, notre nouvelle collègue, n'a pas encore de compte agent. Pouvez vous créer "
     "son compte agent ?\n", False),
    # ...or named again when asked for: that person is the subject told already
    ("Le compte agent de notre nouvelle collègue ne marche pas. Pouvez vous créer un compte "
     "agent pour notre nouvelle collègue ?\n", False),
    # a newcomer's access, whatever words of the problem told its sentence repeats (the
    # role's name): the person is new
    # ...after a marker too, whose test of words mostly new does not fit a person
    (PAYMENT + "Pouvez vous aussi donner l'acces au paiement des factures des familles depuis "
     "lundi à notre nouvelle collègue ?\n", True),
    (PAYMENT + "Pouvez vous donner à notre nouvelle collègue l'acces au paiement des "
     "factures des familles depuis lundi ?\n", True),
    # after another person's account failing: fixing it and opening hers are two requests
    ("Le compte agent de Paul Girard ne marche pas. Pouvez vous créer un compte agent pour "
     "notre nouvelle collègue Léa Roche ?\n", True),
    # a newcomer told as what changed, asking and lacking nothing
    (PAYMENT + "Rien ne change, sauf une nouvelle collègue ajoutée à l'acces des régies "
     "vendredi.\n", False),
    # pointing back at the problem told
    (PAYMENT + "Même erreur pour notre nouvelle collègue Léa Roche : pouvez vous créer son "
     "compte agent ?\n", False),
])
def test_a_staff_moves_account(text, several):
    found = hits(text, STAFF_MOVES)
    assert bool(found) == several
    assert all(hit.message_key == "staff_move" for hit in found)  # its own message
    assert not hits(text)  # off by default


@pytest.mark.parametrize("text, several", [
    # in notes, a newcomer's access named under the notes of a problem: another request
    ("Appel de Mme Leroy :\n\n- le paiement ne marche pas depuis lundi\n- côté agents : rien\n"
     "- + acces régie pour notre nouvelle collègue Léa Roche\n- à rappeler\n", True),
    # ...not as the notes' one subject, nor noted again under it
    ("Appel de Mme Leroy :\n\n- acces régie pour notre nouvelle collègue Léa Roche\n- depuis "
     "lundi\n", False),
    ("Appel de Mme Leroy :\n\n- acces régie pour notre nouvelle collègue Léa Roche\n- depuis "
     "lundi\n- acces régie toujours absent pour notre nouvelle collègue\n", False),
    # ...but after another person's sign-in failing, another request
    ("Appel de Mme Leroy :\n\n- le compte agent de Paul ne marche pas\n- + acces régie pour "
     "notre nouvelle collègue Léa Roche\n", True),
])
def test_a_staff_moves_access_in_notes(text, several):
    found = hits(text, STAFF_MOVES)
    assert bool(found) == several
    assert all(hit.message_key == "staff_move" for hit in found)



WRAPPED = "Le tri de la liste des rôles par nom ne fonctionne plus depuis la\nsemaine dernière."


@pytest.mark.parametrize("text, joined", [
    # a sentence wrapped by hand: its line break read as a space
    (WRAPPED, True),
    # ...not in a paragraph opening without a capital (typed on a phone: a line, a sentence)
    ("le tri de la liste des rôles par nom ne fonctionne plus depuis la\nsemaine dernière.",
     False),
    # ...nor in one ending on no stop (notes, one per line)
    ("Le tri de la liste des rôles par nom ne fonctionne plus depuis la\nsemaine dernière",
     False),
    # ...nor after a line ending on a stop, a short line, or before one opening on a capital
    ("Le tri de la liste des rôles par nom ne fonctionne plus depuis lundi.\nsemaine.", False),
    ("Le tri de la liste des rôles\nsemaine dernière.", False),
    ("Le tri de la liste des rôles par nom ne fonctionne plus depuis la\nSemaine dernière.",
     False),
    # ...and a paragraph is read on its own: a blank line ends the one before
    ("bonjour\n\n" + WRAPPED, True),
    ("Bonjour\n\n" + WRAPPED.lower(), False),
])
def test_a_sentence_wrapped_by_hand_is_one_line(text, joined):
    folded = fold(text)
    unwrapped = single_request._unwrapped(text, folded)
    assert len(unwrapped) == len(folded)  # offsets kept
    assert (unwrapped.count("\n") < folded.count("\n")) is joined
