"""The kind of a ticket, from the writer's text, in the documented order."""

from __future__ import annotations

import pytest

from redlint.draft.kind import KINDS, decide
from redlint.draft.parse import parse_draft

# (title and text, kind)
CASES = [
    ("Le formulaire d'inscription ne fonctionne plus depuis lundi.", "anomaly"),
    ("Les courriels de confirmation ne partent plus.", "anomaly"),
    ("La facture affiche une erreur 500. Comment faire pour la corriger ?", "anomaly"),
    ("Pourriez-vous ajouter un filtre par école dans la liste des inscrits ?",
     "change-request"),
    # a malfunction wins over a change asked in passing
    ("Le bouton ne fonctionne plus ; pourriez-vous ajouter un message d'aide ?", "anomaly"),
    ("Nous souhaiterions une nouvelle fonctionnalité : l'export des réservations.",
     "change-request"),
    # a title naming a wish or an idea
    ("Suggestion : proposer les démarches de l'état civil en anglais", "change-request"),
    ("Souhait des élus : l'historique des factures dans le compte usager", "change-request"),
    ("Suggestions for the booking page: show the remaining places", "change-request"),
    ("Comment faire pour dupliquer un formulaire ?", "general-question"),
    ("Est-il possible de limiter le nombre de places d'un créneau", "general-question"),
    ("Pourquoi le champ « Date » de ce formulaire est-il obligatoire ?", "object-question"),
    ("La demande 12-345 peut-elle être rouverte ?", "object-question"),
    ("Que faire de https://demarches.ville.fr/backoffice/management/cantine/4/ ?",
     "object-question"),
    ("Le tarif du quotient 2 vaut 3 euros au lieu de 2 euros.", "anomaly"),  # nothing else said
    # a wrong result shown, however much else is asked...
    ("La facture affiche 3 euros au lieu de 2. Nous aimerions aussi ouvrir un créneau.",
     "anomaly"),
    ("The receipt shows last year's price instead of this year's. Could you add a slot?",
     "anomaly"),
    # something missing or blank, in English; a malfunction told before and not fixed yet
    ("The place of birth is missing from the summary. Could you tell us how to add an agent?",
     "anomaly"),
    ("Le calcul de l'âge n'est toujours pas corrigé. Nous aimerions aussi un filtre par "
     "groupe.", "anomaly"),
    # ...but a change asked for is no malfunction
    ("Nous aimerions afficher le prénom au lieu du nom sur la facture.", "change-request"),
    ("Les élus n'ont rien reçu hier. Pouvez-vous regarder ce qui se passe ?", "anomaly"),
    # a situation a question asks about is no malfunction...
    ("Pour éviter les erreurs de saisie, existe-t-il un moyen de proposer une liste ?",
     "general-question"),
    ("Comment faire quand un usager ne peut pas se déplacer pour signer ?", "general-question"),
    ("Usager qui ne peut pas signer : est-il possible de signer à distance ?",
     "general-question"),
    ("Une famille a payé par erreur : comment la rembourser ?", "general-question"),
    ("Is there a way to make this field mandatory? We want to avoid errors.",
     "object-question"),
    ("How can we refund a family that paid twice by mistake?", "general-question"),
    ("How can we stop double submissions? They lead to errors in our lists.",
     "general-question"),
    # ...but one that happened is
    ("The form fails with an error. How can we fix it?", "anomaly"),
    ("Depuis ce matin les familles ne peuvent pas payer. Comment faire ?", "anomaly"),
    ("Le montant est incorrect. Est-il possible de le corriger ?", "anomaly"),
    ("Un usager a une erreur de frappe dans son nom. Comment la corriger ?", "anomaly"),
]


@pytest.mark.parametrize("text, kind", CASES)
def test_kind_of_a_text(text, kind):
    assert decide(text) == kind


def test_every_kind_has_a_case():
    assert {kind for _, kind in CASES} == set(KINDS)


def test_the_kind_reads_the_writer_s_text_not_logs_or_signatures():
    body = ("Comment faire pour dupliquer un formulaire ?\n\n"
            "```\nERROR: le service ne fonctionne pas\n```\n\n"
            "Cordialement,\nClaire Petit, bug et compagnie\n")
    draft = parse_draft("---\ntitle: Dupliquer un formulaire existant\n---\n" + body)
    assert draft.kind == "general-question"
    assert decide(body) == "anomaly"  # read as a whole, the log would make it an anomaly
