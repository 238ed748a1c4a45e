"""The default rules `tracker` and `assignment`: a Support ticket goes to the group Support, a
Gestion de projet ticket to the project manager, a person: never to the support group under any
name, a team, the writer, a role or a placeholder.

Front matters written for these tests; they pin the DEFAULT POLICY (redlint/policy/default.yaml).
"""

from __future__ import annotations

import pytest
import yaml

from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint

RULES = load_ruleset()


def fired(**fields) -> set[str]:
    front = {"project": "ville-exemple", "title": "Le champ date refuse 2020", **fields}
    text = f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\nLe détail.\n"
    return {f.rule for f in lint(parse_draft(text), RULES, "fr")} & {"tracker", "assignment"}


@pytest.mark.parametrize("fields, expected", [
    ({"tracker": "Support", "assigned_to": "Support"}, set()),
    ({"tracker": "Support", "assigned_to": "support"}, set()),
    ({"tracker": "Support", "assigned_to": "Camille Dupont"}, {"assignment"}),
    ({"tracker": "Support", "assigned_to": "Équipe Support"}, {"assignment"}),
    ({"tracker": "Support"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Camille Dupont"}, set()),
    ({"tracker": "Gestion de projet", "assigned_to": "Support"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Équipe support"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Helpdesk"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Support technique"}, {"assignment"}),
    # the support group under any name, a team, the writer, a role, a placeholder
    ({"tracker": "Gestion de projet", "assigned_to": "Support N2"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "support@editeur.example"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Hot-line"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Équipe projet"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "moi"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Chef de projet"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "notre cheffe de projet"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "TBD"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "?"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "à définir"}, {"assignment"}),
    # a service, by what it is or by its domain, the product, nobody in other words
    ({"tracker": "Gestion de projet", "assigned_to": "Service des sports"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "CCAS de Ville-Exemple"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Secrétariat général"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "État civil"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Publik"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Monsieur le Maire"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Adjointe au numérique"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Laure Moreau (moi)"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "Marie Lemaire"}, set()),
    ({"tracker": "Gestion de projet", "assigned_to": "Non assigné"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "null"}, {"assignment"}),
    ({"tracker": "Gestion de projet", "assigned_to": "-"}, {"assignment"}),
    # a person, even with a role or a service after the name, or a login
    ({"tracker": "Gestion de projet", "assigned_to": "Laure Moreau (service Commerce)"}, set()),
    ({"tracker": "Gestion de projet", "assigned_to": "Camille Dupont, cheffe de projet Publik"},
     set()),
    ({"tracker": "Gestion de projet", "assigned_to": "Camille Dupont (cheffe de projet)"}, set()),
    ({"tracker": "Gestion de projet", "assigned_to": "cdupont"}, set()),
    ({"tracker": "Gestion de projet", "assigned_to": "Émeline Supportès"}, set()),
    ({"tracker": "Suport", "assigned_to": "Support"}, {"tracker"}),
    ({"assigned_to": "Support"}, {"tracker"}),
])
def test_tracker_and_assignment(fields, expected):
    assert fired(**fields) == expected


SIGNED = ("Nous souhaitons un contrôle du SIRET dans la demande de terrasse.\n\n"
          "{closing}\nLaure Moreau\nService Commerce\n")


# (closing above the name, assignee, whether `assignment` fires)
@pytest.mark.parametrize("closing, assignee, expected", [
    ("Cordialement,", "Laure Moreau", True),     # the writer assigned it to themself
    ("Merci,", "Laure Moreau", True),
    ("Bien à vous,", "Camille Dupont", False),   # the project manager
    ("Merci à vous, et à bientôt,", "MOREAU Laure", True),  # a long closing, surname first
    ("Cordialement,", "L. Moreau", True),        # the initial and the surname
    ("Cordialement,", "lmoreau", True),          # a login made of them
    ("Cordialement,", "cdupont", False),
])
def test_a_gestion_de_projet_ticket_is_not_the_writers_own(closing, assignee, expected):
    front = {"project": "ville-exemple", "title": "Contrôle du SIRET",
             "tracker": "Gestion de projet", "assigned_to": assignee}
    text = (f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n"
            + SIGNED.format(closing=closing))
    rules = {f.rule for f in lint(parse_draft(text), RULES, "fr")}
    assert ("assignment" in rules) is expected
