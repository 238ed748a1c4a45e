"""The default rules `description-shouting`, `description-emphasis` and
`description-telegraphic`.

The drafts are written for these tests: shouting, bold everywhere and fragments must be found;
acronyms, surnames in capitals, quoted labels, code, signatures, lists of steps or fields and
plain short tickets must be left alone.

These pin the DEFAULT POLICY (redlint/policy/default.yaml and its vocabularies), not the rule
type: a vocabulary edit that changes a verdict here changes the policy, so the table is updated
with it. The type itself is tested on its own vocabularies in test_rule_metric.py.
"""

from __future__ import annotations

import pytest

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.config.rulecache import load_ruleset

RULES = load_ruleset()
MINE = {"description-shouting", "description-emphasis", "description-telegraphic"}
FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")


def fired(body: str) -> set[str]:
    return {f.rule for f in lint(parse_draft(FRONT + body), RULES, "fr")} & MINE


FLAWED = [
    # a fragment and its question
    ("ajout d'une case dans le formulaire de badge, comment faire ?\n", "description-telegraphic"),
    ("LE FORMULAIRE DE RÉSERVATION NE FONCTIONNE TOUJOURS PAS.\nMerci de regarder.\n",
     "description-shouting"),
    ("Bonjour,\n\nNOUS N'ARRIVONS PLUS À NOUS CONNECTER AU BACK-OFFICE.\n\nCordialement\n",
     "description-shouting"),
    ("Hello,\n\nLOGIN PAGE IS BROKEN SINCE THIS MORNING.\n\nRegards\n", "description-shouting"),
    ("Bonjour,\n\nC'est URGENT et BLOQUANT : le paiement échoue depuis ce matin.\n",
     "description-shouting"),
    # a stressed word on a line of its own, even where a signature would stand
    ("Bonjour,\n\nLe paiement en ligne échoue depuis ce matin pour les familles.\n\nURGENT\n",
     "description-shouting"),
    ("**Le paiement en ligne ne fonctionne plus.**\n**Les familles ne peuvent pas payer.**\n",
     "description-emphasis"),
    ("**IMPORTANT** : le formulaire de **logement** n'est **plus accessible** depuis "
     "**ce matin**.\n", "description-emphasis"),
    # three phrases in bold in a short text: nothing stands out any more
    ("**Depuis lundi**, les parents **ne peuvent plus payer** leurs factures, **aucun "
     "message** ne s'affiche.\n", "description-emphasis"),
    ("inscription cantine marche pas\nparents bloqués\nvoir vite\n", "description-telegraphic"),
    # a call's notes, one fragment a line, each closed by a stop: no line told in clauses
    ("Appel de Mme Roy, accueil de la mairie.\nCompte agent bloqué.\nPlus d'accès au back-office "
     "depuis lundi matin.\nSuite au changement de mot de passe vendredi.\nRappel au poste 214.\n",
     "description-telegraphic"),
    ("badge piscine https://demarches.ville.fr/backoffice/management/badge/31/\nvalider KO\n"
     "merci\n", "description-telegraphic"),
    ("Bonjour\n\nexport csv inscrits vide\ndepuis maj lundi\nagents jeunesse bloqués\n\n"
     "Cordialement\nMarc\n", "description-telegraphic"),
    ("booking form broken\nerror on submit\ncitizens cannot book\nplease check asap\n",
     "description-telegraphic"),
    ("bonjour le formulaire de salle marche plus depuis ce matin les usagers peuvent pas valider "
     "leur demande il y a un message erreur il faut regarder rapidement svp merci\n",
     "description-telegraphic"),
    ("facture fausse famille Durand, 52 euros au lieu de 40 pour mars, le papa a appelé, "
     "merci de corriger\n", "description-telegraphic"),
    ("bonjour\n\n- agenda gymnase créneaux mardi plus visibles\n- mail confirmation arrive vide\n"
     "- possible mettre logo ville haut formulaire\n\nmerci\n", "description-telegraphic"),
    ("Bonjour,\n\n- clic sur payer dans l'espace famille > message de la banque refusé > "
     "retour à la facture > toujours en attente de paiement\n\nMerci de regarder.\n",
     "description-telegraphic"),
    # no description at all: an empty body, a screenshot, a link, an unfilled template
    ("![capture](capture-ecran.png)\n", "description-telegraphic"),
    ("Bonjour,\n\n![capture](capture-ecran.png)\n\nMerci\n", "description-telegraphic"),
    ("Voir la capture jointe.\n", "description-telegraphic"),
    # a pasted trace and a thank-you: the writer says nothing of the problem
    ("CONNECT 10:42:17.123 host:smtp.exemple.fr port:25 status:timeout\n"
     "CONNECT 10:42:19.456 host:smtp.exemple.fr port:25 status:timeout\n\nMerci\n",
     "description-telegraphic"),  # says nothing but "see the image"
    ("https://demarches.ville.fr/backoffice/management/voirie/8/\n", "description-telegraphic"),
    ("### Comportement constaté\n\n_Décrivez ici le problème_\n\n### Étapes\n\n1.\n2.\n",
     "description-telegraphic"),
    # a lone fragment, or a sentence made of vague words only
    ("Impossible de valider la demande\n", "description-telegraphic"),
    ("Bonjour,\n\nExemple 4512, impossible de payer\n", "description-telegraphic"),
    ("ça ne marche pas\n", "description-telegraphic"),
    ("... même quand la case est cochée par la famille.\n", "description-telegraphic"),
    ("Pourquoi rien ne fonctionne ???\n", "description-telegraphic"),
    # notes cut by stops, typed without capitals, beside a sentence opening on a determiner
    ("cantine de mars, une famille du groupe scolaire. 62 € au lieu de 31. tarif faux. à voir "
     "svp\n", "description-telegraphic"),
    ("bonjour. pb inscription. formulaire bloqué page 2. voir svp\n", "description-telegraphic"),
    # a note on a topic in lower case is no template field: its words are measured
    ("site de réservation des salles : calendrier vide le matin\nles agents ont prévenu l'accueil"
     "\nmerci de regarder\n", "description-telegraphic"),
    # an SMS: no capital, no stop, no accent, words cut short
    ("slt\nles familles du centre de loisirs recoivent plus le mail de confirmation qd elles "
     "inscrivent leur enfant pr les vacances on a verifie les spams avec une maman hier c "
     "embetant\njulie\n", "description-telegraphic"),
]

CLEAN = [
    # headings in capitals name sections: the shouting rule reads prose only
    "## CONTEXTE\nLe portail a été mis à jour lundi.\n## PROBLÈME\nLe paiement échoue.\n",
    # acronyms, names in capitals, quoted labels, identifiers, code, signatures
    "Bonjour,\n\nLe PDF de l'attestation CAF n'a pas la mention RGPD exigée par la CNIL. Le "
    "CCAS et la DGFIP l'utilisent. OK sous Firefox, KO sous Edge.\n\nCordialement,\n"
    "Marie DUPONT\nDirection des Affaires Générales - Mairie de SAINT-DENIS\n",
    "Bonjour,\n\nLa facture de la famille MARTIN est fausse : 45 € au lieu de 38 €. Mme "
    "LEFEBVRE, la maman, nous a appelés.\n",
    "Bonjour,\n\nLe message « PAIEMENT REFUSÉ PAR LA BANQUE » s'affiche alors que la famille "
    "a été débitée.\n",
    "Hello,\n\nFirefox shows SEC_ERROR_UNKNOWN_ISSUER on the ticketing page.\n",
    "Bonjour,\n\nVoici le journal :\n\n```\nERROR SMS GATEWAY TIMEOUT AFTER 30 SECONDS\n```\n\n"
    "Les rappels ne partent plus depuis lundi.\n",
    "Bonjour,\n\nLe champ SIRET refuse les numéros valides de l'URSSAF et de l'INSEE.\n",
    # names, statuses, error codes and values shown after a colon, in capitals in a sentence
    "Bonjour,\n\nLa fiche du SENTIER DES CRÊTES ne s'enregistre pas : le serveur répond "
    "502 BAD GATEWAY.\n",
    "Bonjour,\n\nLes factures de la société DURANDIS restent au statut VALIDEES depuis lundi.\n",
    "Bonjour,\n\nSur la fiche de la parcelle, le titulaire affiché est :\nINDIVISION DES "
    "HÉRITIERS MARCEAU\nalors que l'acte donne trois propriétaires.\n",
    # a little bold
    "Bonjour,\n\nMerci de **corriger le lien** du mot de passe oublié, qui renvoie vers une "
    "page d'erreur depuis la mise à jour de lundi.\n",
    # structure written tersely on purpose: steps, fields, labels
    "Bonjour,\n\nPour reproduire :\n1. se connecter au back-office\n2. menu Démarches\n"
    "3. cliquer sur Exporter\n4. le fichier CSV est vide\n\nLe problème se produit depuis "
    "mardi, avec Firefox et Chrome.\n",
    "Bonjour,\n\nNous souhaitons créer une démarche de broyage de végétaux.\n\nChamps :\n"
    "- nom et prénom\n- adresse\n- volume estimé\n\nWorkflow : validation par le service "
    "propreté.\n",
    "Bonjour,\n\nNavigateur : Firefox 128\nDemande : https://demarches.ville.fr/x/12/\n\n"
    "La demande reste bloquée au statut « Nouveau » depuis vendredi.\n",
    # short and plain
    "Bonjour,\n\nLa demande https://demarches.ville.fr/backoffice/management/voirie/8/ reste "
    "bloquée au statut « Nouveau ».\n\nMerci\n",
    "le formulaire d'inscription à la brocante refuse les numéros commençant par +33, alors que "
    "l'aide indique ce format. merci de regarder\n",
    "Le paiement échoue.\n",  # a short sentence: a subject and its verb
    "Je n'arrive pas à me connecter au portail famille\n",  # a clause, it names the problem
    "Le lien de paiement ne fonctionne plus.\n",
    "Depuis hier, il ne se passe rien quand on clique sur Valider la commande\n",
    # a question, its subject after its verb
    "Bonjour,\n\nComment fonctionnent les étiquettes dans le back-office ?\n\nMerci\n",
    "How do the labels of the back office work?\n",
    # a quoted message relayed, a link to the record: the quote is the description
    "> Bonjour, je n'arrive pas à valider ma demande de carte, le bouton reste grisé.\n\n"
    "https://demarches.ville.fr/backoffice/management/carte/12/\n",
    # a navigation path: capitalised menus between arrows
    "Bonjour,\n\nDans le back-office, le menu Démarches > Paramètres > Courriels affiche une "
    "page blanche depuis la mise à jour de lundi.\n",
    # a value in capitals under a template's question is an answer, not a cry
    "### Le problème est-il bloquant ?\n\nNON\n\n### Description\n\nLe bouton Imprimer du "
    "récapitulatif ne répond plus depuis lundi.\n",
    # short but complete: a subject after an opening phrase or a link, a polite request
    "Sur https://www.ville.fr/contact/, le bandeau indique « Bienvenu » au lieu de "
    "« Bienvenue ».\n",
    "Depuis ce matin, les familles reçoivent deux courriels de confirmation : "
    "https://demarches.ville.fr/cantine/\n",
    "Le récépissé PDF est vide : https://demarches.ville.fr/backoffice/management/cantine/12/\n",
    "Merci d'ajouter le champ « Allergies » au formulaire https://demarches.ville.fr/cantine/.\n",
    "Bonjour,\nsur https://demarches.ville.fr/cantine/ le bouton Payer mène à une erreur 404.\n"
    "Merci\n",
    "Since Monday, the bank page shows \"Transaction refused\" on "
    "https://demarches.ville.fr/cantine/.\n",
    "Cf. capture d'écran jointe : le bouton Payer reste grisé. [capture.png]\n",
    # labels in bold opening their lines; two key phrases in bold
    "**Démarche :** https://demarches.ville.fr/periscolaire/\n**Depuis quand :** lundi 3 mars, "
    "après la mise à jour\n\n**Ce qui se passe :** quand un agent valide une demande, le PDF "
    "n'est plus joint.\n",
    "La démarche devait fermer le **15 décembre à minuit**, mais elle est **toujours ouverte** "
    "ce matin : https://demarches.ville.fr/colis/.\n",
    # a signature with no closing; a table pasted from a spreadsheet
    "Bonjour,\n\nLe brouillon du formulaire de logement n'est plus enregistré depuis vendredi : "
    "https://demarches.ville.fr/logement/\n\nClaire Dubois\nResponsable du service Habitat\n"
    "Direction de l'Aménagement, de l'Habitat et du Cadre de vie\nTél. 01 23 45 67 89\n",
    "Bonjour,\n\nTrois enfants apparaissent deux fois dans l'export. Voici les lignes :\n\n"
    "Nom\tPrénom\tDate\tNuméro\nDurand\tLéa\t02/03/2025\tT-1042\n"
    "Durand\tLéa\t02/03/2025\tT-1043\n",
    # values shown under the sentence that announces them
    "Bonjour,\n\nL'adresse de la mairie annexe sur https://www.ville.fr/contact/ est "
    "l'ancienne. La nouvelle adresse est :\n\nMairie annexe du Val Fleuri\n12 rue des Tilleuls\n"
    "75000 Ville-Exemple\n\nMerci de la corriger.\n",
    "Bonjour,\n\nLes nouveaux tarifs s'appliquent au 1er mars, mais la démarche "
    "https://demarches.ville.fr/stationnement/ affiche encore les anciens :\n\n"
    "Forfait mensuel résident 15 € au lieu de 18 €\nForfait annuel résident 150 € au lieu de "
    "180 €\n\nMerci.\n",
    # a long sentence that ends
    "Sur le formulaire de pré-inscription en crèche, le champ de la date de naissance refuse "
    "toute date antérieure au 1er janvier 2020, avec un message qui ne dit pas quoi faire, et "
    "les familles qui inscrivent un enfant né fin 2019 sont donc bloquées au guichet.\n",
    # lower case, stops, but sentences
    "bonjour. le formulaire de recensement affiche une erreur quand on joint un fichier. "
    "c'est bloquant pour les jeunes. merci.\n",
    "bonjour, depuis ce matin les parents ne peuvent plus payer la cantine. pouvez-vous "
    "regarder ? merci d'avance. bonne journée\n",
    # sentences typed on a phone, without capitals or stops, their accents kept
    "bonjour\nbeaucoup de familles au guichet qui arrivent pas à payer en ligne, le bouton payer "
    "du portail famille renvoie vers une page vide, on a essayé devant elles sur le poste de "
    "l'accueil\nmerci\njulie\n",
    # greetings abbreviated on a phone are courtesy, the name under them a signature
    "bjr\nfacture 88 : le montant a été corrigé hier par l'agent mais le pdf affiche toujours "
    "l'ancien, on l'a regénéré deux fois.\nmrc\njulie accueil\n",
    # a presentative opens a sentence announcing a table
    "Bonjour,\n\nVoici le tableau des demandes concernées par le PDF vide :\n\n"
    "| Commune | Demande |\n| --- | --- |\n| Saint-Jean | 27-1043 |\n\nMerci de votre aide.\n",
    # a template's fields, in lower case too, beside the writer's sentence
    "navigateur : firefox 128\nsystème : windows 11\n\nLe calendrier des salles reste vide "
    "depuis ce matin.\n",
    "Site de réservation des salles : calendrier vide le matin\n\nLes agents ont prévenu "
    "l'accueil, merci de regarder.\n",
]


@pytest.mark.parametrize("body, rule", FLAWED)
def test_flawed_description_is_found(body, rule):
    assert rule in fired(body)


@pytest.mark.parametrize("body", CLEAN)
def test_clean_description_is_left_alone(body):
    assert fired(body) == set()


def test_shouting_points_at_the_capitals():
    draft = parse_draft(FRONT + "Bonjour,\n\nLe portail affiche : NE PAS UTILISER CE FORMULAIRE.\n")
    [finding] = [f for f in lint(draft, RULES, "fr") if f.rule == "description-shouting"]
    assert (finding.line, finding.column) == (9, 22)
    assert "« NE PAS UTILISER CE FORMULAIRE »" in finding.message


def test_telegraphic_points_at_the_first_fragment():
    draft = parse_draft(FRONT + "Bonjour\n\nexport inscrits vide\nagents bloqués\nvoir vite\n")
    [finding] = [f for f in lint(draft, RULES, "en") if f.rule == "description-telegraphic"]
    assert (finding.line, finding.column) == (9, 1)


def test_an_empty_description_is_description_required_s_finding_alone():
    """unless_found_by: one finding for one fault, not a second warning on an empty text."""
    found = {f.rule for f in lint(parse_draft(FRONT), RULES, "fr")}
    assert "description-required" in found
    assert "description-telegraphic" not in found


@pytest.mark.parametrize("title", ["Bug", "Bug formulaire"])
@pytest.mark.parametrize("lang, expected", [("fr", "trop court (moins de 3 mots)"),
                                            ("en", "too short (fewer than 3 words)")])
def test_a_short_title_is_told_its_minimum_not_a_miscounted_plural(title, lang, expected):
    """Not « (1 mots) », "(1 words)": the message names the minimum, always plural."""
    draft = parse_draft(FRONT.replace("Un titre qui décrit le problème", title) + "Texte.\n")
    [finding] = [f for f in lint(draft, RULES, lang) if f.rule == "title-length"]
    assert expected in finding.message


def test_a_short_description_is_quoted_on_one_line():
    """A finding's message is one line of the report: the lines of a short description it
    quotes are joined, not printed as they were typed."""
    draft = parse_draft(FRONT + "Appel de Mme Roy.\nCompte bloqué.\nRappeler.\n")
    [finding] = [f for f in lint(draft, RULES, "en") if f.rule == "description-telegraphic"]
    assert "\n" not in finding.message
    assert "Appel de Mme Roy. / Compte bloqué. / Rappeler." in finding.message
