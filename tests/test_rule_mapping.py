"""The `mapping` rule type: one front matter field decides what another may hold.

Rules files and front matters written for these tests (not the default policy: see
test_policy_assignment.py for that).
"""

from __future__ import annotations

import pytest
import yaml

from redlint.config.rulecache import load_ruleset
from redlint.draft.parse import parse_draft
from redlint.errors import ConfigError
from redlint.lint.linter import lint

RULES = """\
extends: none
{projects}rules:
  who:
    type: mapping
    scope: field:assigned_to
    key: tracker
    message: "{{value}}"
    messages:
      writer: "self: {{value}}"
    cases:
      Support:
        one_of: [Support]
      Projet:
        none_of: [Accueil]
        none_with: [support, équipe, "re:^\\\\W*moi\\\\W*$"]
        not_the_writer: true
        setting: project_manager
"""


def findings(path, tracker: str, assignee: str, body: str = "Texte.") -> list[str]:
    front = {"project": "ville", "title": "t", "tracker": tracker, "assigned_to": assignee}
    text = f"---\n{yaml.safe_dump(front, allow_unicode=True)}---\n{body}\n"
    return [f.message for f in lint(parse_draft(text), load_ruleset(path), "en")
            if f.rule == "who"]


def fired(path, tracker: str, assignee: str, body: str = "Texte.") -> bool:
    return bool(findings(path, tracker, assignee, body))


# (tracker, assignee, whether the rule fires)
@pytest.mark.parametrize("tracker, assignee, expected", [
    ("Projet", "Camille Martin", False),
    ("Projet", "Accueil", True),                # none_of: the exact value
    ("Projet", "accueil général", False),       # none_of is not a word search
    ("Projet", "Support", True),                # none_with: a word of the value...
    ("Projet", "Support niveau 2", True),
    ("Projet", "L'Équipe SUPPORT", True),       # ...without case or accents
    ("Projet", "support@editeur.fr", True),
    ("Projet", "Equipe projet", True),
    ("Projet", "Moi", True),                    # a regular expression on the whole value
    ("Projet", "Moi Camille", False),
    ("Projet", "Émeline Supportel", False),     # whole words only
    ("Support", "Support", False),              # other cases keep their own options
    ("Support", "Camille Martin", True),
])
def test_none_with_refuses_values_holding_a_word(write, tracker, assignee, expected):
    path = write(".redlint.yaml", RULES.format(projects=""))
    assert fired(path, tracker, assignee) is expected


def test_the_projects_setting_passes_what_none_with_would_refuse(write):
    # a project that names its manager: only that name passes, whatever the words
    projects = "projects:\n  ville:\n    project_manager: [Équipe Durand]\n"
    path = write(".redlint.yaml", RULES.format(projects=projects))
    assert not fired(path, "Projet", "Équipe Durand")
    assert fired(path, "Projet", "Camille Martin")


def test_a_bad_pattern_in_none_with_is_refused_at_load(write):
    path = write(".redlint.yaml", RULES.format(projects="").replace("re:^", "re:(?=x)^"))
    with pytest.raises(ConfigError):
        load_ruleset(path)


SIGNED = "Le formulaire doit évoluer pour la rentrée.\n\nCordialement,\n{name}\nService Commerce"


# (assignee, how the description is signed, whether the rule fires)
@pytest.mark.parametrize("assignee, name, expected", [
    ("Laure Moreau", "Laure Moreau", True),
    ("laure moreau", "Laure MOREAU", True),          # without case
    ("Hélène Durand-Roy", "Helene Durand Roy", True),  # without accents or hyphens
    ("Camille Dupont", "Laure Moreau", False),
    ("Laure", "Laure Moreau", False),                 # one word is no name
    ("Laure Moreau", "Laure Moreaux", False),         # whole words only
    ("Laure Moreau", "MOREAU Laure", True),           # surname first, as many sign
    ("Moreau Laure", "Laure Moreau", True),
    ("Laure Moreau", "Laure Durand Moreau", False),   # a name's words together, not apart
    ("L. Moreau", "Laure Moreau", True),              # the initial and the surname
    ("MOREAU L.", "Laure Moreau", True),
    ("L. Moreau", "MOREAU Laure", True),
    ("C. Moreau", "Laure Moreau", False),             # another initial, another person
    ("lmoreau", "Laure Moreau", True),                # a login made of them
    ("moreaul", "MOREAU Laure", True),
    ("laure.moreau", "Laure Moreau", True),
    ("cmoreau", "Laure Moreau", False),
    ("lmoreau", "Laure Moreaux", False),
    ("Moreau", "Laure Moreau", False),                # a surname alone may be anyone's
    ("lmo", "Li Mo", False),                          # too short for a login
])
def test_not_the_writer_refuses_the_name_that_signs(write, assignee, name, expected):
    path = write(".redlint.yaml", RULES.format(projects=""))
    found = findings(path, "Projet", assignee, SIGNED.format(name=name))
    assert found == ([f"self: {assignee}"] if expected else [])


# A long signature block: its name line is not among the text's last lines, so only the
# signature itself tells the writer, in full or short (« L. Moreau » for « Laure Moreau »).
LONG_SIGNATURE = ("Le formulaire doit évoluer pour la rentrée.\n\nCordialement,\n{name}\n"
                  "Chargée de mission numérique\nService Commerce\nMairie de Ville\n"
                  "01 23 45 67 89")


@pytest.mark.parametrize("assignee, expected", [
    ("Laure Moreau", True), ("L. Moreau", True), ("lmoreau", True), ("C. Moreau", False)])
def test_not_the_writer_reads_a_long_signature_block(write, assignee, expected):
    path = write(".redlint.yaml", RULES.format(projects=""))
    found = findings(path, "Projet", assignee, LONG_SIGNATURE.format(name="Laure Moreau"))
    assert found == ([f"self: {assignee}"] if expected else [])


# (how the description ends, whether it is signed by Laure Moreau): the signature, or a last
# line opening on the name, its role or service after it, that is no sentence
ENDINGS = [
    ("Cordialement,\nLaure Moreau", True),
    ("Merci à vous, et à bientôt,\nLaure Moreau, service Commerce", True),  # a long closing
    ("Laure Moreau – service Commerce", True),                            # no closing at all
    ("Je reste à votre disposition.\nMoreau Laure (service Commerce)\nMairie de Ville", True),
    ("Merci, Laure Moreau (service Commerce)", True),          # the closing on the name line
    ("Bien cordialement, MOREAU Laure", True),
    ("Laure Moreau nous a transmis ce besoin.", False),       # a sentence, not a signature
    ("Merci, Laure Moreau, pour ton retour", False),
    ("Nous avons vu, Laure Moreau et moi", False),            # no closing before the name
    ("Laure Moreau, pouvez-vous nous répondre ?", False),
    ("Laure Moreau, merci pour ton aide", False),             # the reader, not the writer
    ("Laure Moreau, vous nous direz", False),
    ("À étudier avec Laure Moreau, service Commerce", False),  # the name does not open it
    ("Voici son message :\n\n> Le formulaire est faux.\n> Laure Moreau, service Commerce",
     False),                                                    # a quoted mail's signature
]


@pytest.mark.parametrize("ending, expected", ENDINGS)
def test_not_the_writer_reads_how_the_description_ends(write, ending, expected):
    path = write(".redlint.yaml", RULES.format(projects=""))
    body = "Le formulaire de terrasse doit évoluer pour la rentrée prochaine.\n\n" + ending
    assert fired(path, "Projet", "Laure Moreau", body) is expected


def test_not_the_writer_reads_the_signature_only(write):
    path = write(".redlint.yaml", RULES.format(projects=""))
    body = "Comme convenu avec Laure Moreau, voici le besoin du service, à étudier."
    assert not fired(path, "Projet", "Laure Moreau", body)


# (assignee): a short form of the name that opens the last line, « Merci, Laure Moreau (...) »
@pytest.mark.parametrize("assignee", ["L. Moreau", "lmoreau", "Moreau L"])
def test_not_the_writer_reads_a_short_form_on_the_name_line(write, assignee):
    path = write(".redlint.yaml", RULES.format(projects=""))
    body = "Le formulaire de terrasse doit évoluer.\n\nMerci, Laure Moreau (service Commerce)"
    assert fired(path, "Projet", assignee, body)
