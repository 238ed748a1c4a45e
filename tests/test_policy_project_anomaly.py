"""The default rules `project-anomaly` and `project-question`: a Gestion de projet ticket that
tells a malfunction, or asks how to do something, with nothing of a project (recette, new
procedure, evolution, connector, training...) reports a plain anomaly or asks for help: both go
to Support. And the reverse, `project-on-support`: a Support ticket managing a project (a
go-live date, a planning, a training, a quote) with no malfunction told goes to the project
manager.

Drafts written for these tests; they pin the DEFAULT POLICY (redlint/policy/default.yaml).
"""

from __future__ import annotations

import pytest
import yaml

from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint

RULES = load_ruleset()


def fired(rule: str, tracker: str, title: str, body: str) -> bool:
    front = {"project": "ville-exemple", "tracker": tracker, "assigned_to": "Camille Dupont",
             "title": title}
    text = f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n{body}\n"
    return any(f.rule == rule for f in lint(parse_draft(text), RULES, "fr"))


# (tracker, title, description, whether the rule fires)
@pytest.mark.parametrize("tracker, title, body, expected", [
    # a malfunction of a service in production: the Support tracker's subject
    ("Gestion de projet", "Le bouton Valider renvoie une erreur 500",
     "Depuis lundi, les agents ne peuvent plus valider les demandes.", True),
    ("Gestion de projet", "Paiement des factures de cantine",
     "Le paiement en ligne ne fonctionne plus depuis la mise à jour de mardi.", True),
    # ...told in milder words: a result that is not the right one, a demand refused
    ("Gestion de projet", "Actes de mariage",
     "Le nom d'usage imprimé sur l'acte n'est pas celui saisi dans la demande.", True),
    ("Gestion de projet", "Inscriptions à la cantine",
     "Depuis mardi, les inscriptions des enfants nés en décembre sont refusées.", True),
    # a project's recette, a test environment, something not open yet
    ("Gestion de projet", "Recette du portail famille : le tarif est faux",
     "Le calcul du tarif ne fonctionne pas pour le troisième enfant.", False),
    ("Gestion de projet", "Stages sportifs",
     "Sur la préproduction, le bouton Valider renvoie une erreur 500.", False),
    ("Gestion de projet", "Inscriptions aux séjours",
     "Avant l'ouverture au public, nous voyons que le courriel ne part pas.", False),
    # a change asked, a connector, a training
    ("Gestion de projet", "Demande de carte de déchetterie",
     "Nous souhaitons que le formulaire n'affiche plus l'erreur de justificatif.", False),
    ("Gestion de projet", "Quotient familial",
     "Le connecteur CAF renvoie une erreur depuis lundi.", False),
    ("Gestion de projet", "Agents de la résidence",
     "Les nouveaux agents sont bloqués : pouvez-vous organiser une formation ?", False),
    # no malfunction: a project request
    ("Gestion de projet", "Inscription au colis de Noël",
     "Le CCAS voudrait proposer l'inscription en ligne l'an prochain.", False),
    # words that only hint at a project are common in a report: « un test », « modifier »
    ("Gestion de projet", "Demandes d'actes de naissance",
     "Le bouton Valider renvoie une erreur 500 : j'ai fait un test avec un autre compte, "
     "même résultat, je n'ai rien modifié.", True),
    # other trackers are left to the other rules
    ("Support", "Le bouton Valider renvoie une erreur 500",
     "Depuis lundi, les agents ne peuvent plus valider les demandes.", False),
])
def test_project_anomaly(tracker, title, body, expected):
    assert fired("project-anomaly", tracker, title, body) is expected


# The default rule `project-question`: a how-to question on Gestion de projet with nothing of
# a project asks for the documented help the Support tracker gives.
# (tracker, title, description, whether the rule fires)
@pytest.mark.parametrize("tracker, title, body, expected", [
    # help on a service in production: the Support tracker's subject
    ("Gestion de projet", "Rôles des agents",
     "Comment fait-on pour donner à un agent l'accès aux demandes de son service ?", True),
    ("Gestion de projet", "Export des inscriptions",
     "Est-il possible d'exporter la liste des inscrits au centre de loisirs en CSV ?", True),
    # a question on the project: its planning, a meeting, a test environment, a change
    ("Gestion de projet", "Portail famille",
     "Comment prépare-t-on la réunion de lancement avec vos équipes ?", False),
    ("Gestion de projet", "Stages sportifs",
     "Comment accède-t-on à la préproduction pour tester le nouveau formulaire ?", False),
    ("Gestion de projet", "Formulaire des encombrants",
     "Est-il possible de modifier le formulaire pour ajouter un champ téléphone ?", False),
    # another software: a connector's subject
    ("Gestion de projet", "Quotient familial",
     "Comment le connecteur CAF récupère-t-il le quotient familial ?", False),
    # a question on a change asks for a project
    ("Gestion de projet", "Formulaire des encombrants",
     "Comment fait-on pour modifier le texte d'accueil du formulaire des encombrants ?", False),
    # other trackers are left to the other rules
    ("Support", "Rôles des agents",
     "Comment fait-on pour donner à un agent l'accès aux demandes de son service ?", False),
])
def test_project_question(tracker, title, body, expected):
    assert fired("project-question", tracker, title, body) is expected


# The default rule `project-on-support`: a Support ticket that manages a project and tells no
# malfunction is project management.
# (tracker, title, description, whether the rule fires)
@pytest.mark.parametrize("tracker, title, body, expected", [
    # a project's schedule, meetings, training or quote asked on Support
    ("Support", "Portail des associations",
     "La mise en ligne était prévue le 15 janvier : pouvez-vous confirmer le 3 février ?", True),
    ("Support", "Nouvelles communes",
     "Pourriez-vous nous proposer un planning de déploiement et des sessions de formation ?",
     True),
    ("Support", "Extension du portail des médiathèques",
     "Pourriez-vous nous transmettre un devis pour les quatorze nouvelles médiathèques ?", True),
    ("Support", "Portail famille", "Could you confirm the go-live date of the portal?", True),
    ("Suport", "Portail des associations", "Quand aura lieu la réunion de lancement ?", True),
    ("Support", "Nouvelles communes",
     "Dans le cadre du projet de déploiement, pouvez-vous nous proposer des dates de "
     "formation ?", True),
    ("Support", "Point d'avancement du portail famille",
     "Êtes-vous disponibles la semaine 13 ? Qui participera de votre côté ?", True),
    # a committee to set, a training before a go-live, a go-live to move
    ("Support", "Portail famille",
     "Pouvez-vous nous proposer deux dates pour fixer le prochain comité de pilotage ?", True),
    ("Support", "Portail famille",
     "La formation des agents aura lieu avant la mise en ligne : qui sera le formateur ?", True),
    ("Support", "Portail famille",
     "Les élus souhaitent décaler la mise en production à la rentrée : est-ce possible ?", True),
    ("Support", "Family portal", "Could we postpone the go-live to September?", True),
    # a committee named as a deadline is no meeting asked for, nor its minutes quoted
    ("Support", "Statistiques des demandes",
     "Pouvez-vous nous sortir le nombre de demandes de mars pour le COPIL de jeudi ?", False),
    ("Support", "Délai de réservation de la salle",
     "Suite au compte rendu du comité de pilotage, pouvez-vous passer le délai à 30 jours ?",
     False),
    # ...whatever else goes wrong in the project's own story (« n'ont pas pu assister »)
    ("Support", "Portail intercommunal",
     "Pouvez-vous nous transmettre un devis pour deux journées de formation pour les agents qui "
     "n'ont pas pu assister aux sessions de juin ?", True),
    # a malfunction told: an anomaly, whatever planning it mentions
    ("Support", "Export des inscriptions",
     "L'export ne fonctionne plus depuis lundi ; la session de formation de jeudi en dépend.",
     False),
    ("Support", "Portail des associations",
     "La mise en ligne est prévue le 3 février, mais la page affiche une erreur 500.", False),
    # a recette or an integration: `scope` already sends it to the project manager
    ("Support", "Portail famille",
     "En recette, pouvez-vous nous envoyer le planning mis à jour ?", False),
    # nothing of a project: help or a question on the service
    ("Support", "Rôles des agents",
     "Comment fait-on pour donner à un agent l'accès aux demandes de son service ?", False),
    # on Gestion de projet, where it belongs
    ("Gestion de projet", "Portail des associations",
     "La mise en ligne était prévue le 15 janvier : pouvez-vous confirmer le 3 février ?",
     False),
])
def test_project_on_support(tracker, title, body, expected):
    assert fired("project-on-support", tracker, title, body) is expected
