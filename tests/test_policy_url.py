"""The default rules `url-required` and `url-precise` (type `url`).

These pin the DEFAULT POLICY (redlint/policy/default.yaml and its vocabularies), not the rule
type: a vocabulary edit that changes a verdict here changes the policy, so the table is updated
with it. The type itself is tested on its own vocabularies in test_rule_url.py.
"""

from __future__ import annotations

import pytest

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.rules import url
from redlint.config.rulecache import load_ruleset
from redlint.matching import fold

DEFAULT = load_ruleset()
SHAPES = DEFAULT.get("url-precise").options
URL_RULES = {"url-required", "url-precise"}


def classify(address: str) -> str:
    return url.classify(fold(address), SHAPES)


@pytest.mark.parametrize("address, expected", [
    # w.c.s. back office: a demand, also through a custom view or the /manage/ alias
    ("https://demarches.ville.fr/backoffice/management/inscription-creche/142/", "precise"),
    ("https://demarches.ville.fr/backoffice/management/inscription-creche/142/inspect", "precise"),
    ("https://demarches.ville.fr/manage/management/cantine/user-mes-dossiers/17/", "precise"),
    ("https://demarches.ville.fr/r/12-345", "precise"),
    ("https://demarches.ville.fr/backoffice/submission/carte-resident/9/", "precise"),
    ("https://demarches.ville.fr/backoffice/management/inscription-creche/", "partial"),
    ("https://demarches.ville.fr/backoffice/management/", "vague"),
    ("https://demarches.ville.fr/backoffice/management/listing", "vague"),
    # studio: fields, blocks, workflows
    ("https://demarches.ville.fr/backoffice/forms/12/", "partial"),
    ("https://demarches.ville.fr/backoffice/forms/12/fields/", "partial"),
    ("https://demarches.ville.fr/backoffice/forms/12/fields/7/", "precise"),
    ("https://demarches.ville.fr/admin/forms/12/fields/6f1c2a3b-1111-2222-3333-444455556666/",
     "precise"),
    ("https://demarches.ville.fr/backoffice/forms/blocks/3/", "partial"),
    ("https://demarches.ville.fr/backoffice/forms/blocks/3/bf6f1c2a3b/", "precise"),
    ("https://demarches.ville.fr/backoffice/forms/4/logged-errors/81/", "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/9/logged-errors/12/", "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/5/", "partial"),
    ("https://demarches.ville.fr/backoffice/workflows/by-slug/subvention/", "partial"),
    ("https://demarches.ville.fr/backoffice/workflows/5/status/just_submitted/", "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/_default/status/new/items/_accept/",
     "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/5/global-actions/2/triggers/1/", "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/5/variables/fields/3/", "precise"),
    ("https://demarches.ville.fr/backoffice/workflows/mail-templates/4/", "precise"),
    ("https://demarches.ville.fr/backoffice/studio/logged-errors/77/", "precise"),
    ("https://demarches.ville.fr/backoffice/data/equipements/", "partial"),
    ("https://demarches.ville.fr/backoffice/data/equipements/31/", "precise"),
    ("https://demarches.ville.fr/backoffice/", "vague"),
    ("https://demarches.ville.fr/backoffice/workflows/", "vague"),
    # front office: `/<form>/<id>/` is a demand only on a forms host
    ("https://demarches.ville.fr/inscription-creche/142/", "precise"),
    ("https://teleservices.agglo.fr/petite-enfance/inscription-creche/142/", "precise"),
    ("https://ville-formulaires.publik.example/fr/stationnement/8/", "precise"),
    # on any site, a page named by a number or UUID after a word is one record
    ("https://www.ville.fr/petite-enfance/inscription-creche/142/", "precise"),
    ("https://achats.example.org/mes-commandes/88213", "precise"),
    ("https://app.example.org/dossiers/6f1c2a3b-1111-2222-3333-444455556666/", "precise"),
    ("https://app.example.org/dossiers/", "partial"),
    ("https://app.example.org/7/", "partial"),  # a number with no word before it
    ("https://demarches.ville.fr/inscription-creche/", "partial"),
    ("https://demarches.ville.fr/", "vague"),
    ("https://demarches.ville.fr", "vague"),
    ("https://demarches.ville.fr/mon-compte/", "vague"),
    # login pages carry their target
    ("https://demarches.ville.fr/login/?next=/backoffice/management/foo/12/", "precise"),
    ("https://connexion.ville.fr/login/?next=https%3A%2F%2Fdemarches.ville.fr"
     "%2Fbackoffice%2Fmanagement%2Ffoo%2F12%2F", "precise"),
    ("https://connexion.ville.fr/accounts/login/?next=%2Fbackoffice%2F", "vague"),
    ("https://connexion.ville.fr/login/", "vague"),
    # a mail client's link protection carries the real address
    ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fdemarches.ville.fr"
     "%2Fbackoffice%2Fmanagement%2Fcantine%2F12%2F&data=05", "precise"),
    ("https://demarches.ville.fr/static/css/style.css", "vague"),
    # authentic, lingo, chrono, passerelle, combo, bijoe
    ("https://connexion.ville.fr/manage/users/2291/", "precise"),
    ("https://connexion.ville.fr/manage/users/uuid:ab12cd34/journal/", "precise"),
    ("https://connexion.ville.fr/manage/roles/18/children/", "precise"),
    ("https://connexion.ville.fr/manage/authenticators/3/detail/", "precise"),
    ("https://connexion.ville.fr/manage/journal/", "partial"),
    ("https://connexion.ville.fr/manage/", "vague"),
    ("https://facturation.ville.fr/manage/invoicing/regie/3/invoice/2051/", "precise"),
    ("https://facturation.ville.fr/manage/pricing/agenda/4/", "partial"),
    ("https://agendas.ville.fr/manage/agendas/piscine/", "partial"),
    ("https://agendas.ville.fr/manage/agendas/piscine/events/aquagym-lundi/", "precise"),
    ("https://passerelle.ville.fr/base-adresse/principale/", "partial"),
    ("https://passerelle.ville.fr/base-adresse/principale/search?q=rue", "precise"),
    ("https://ville-passerelle.publik.example/manage/csvdatasource/ecoles/logs/9/", "precise"),
    ("https://portail.ville.fr/manage/pages/12/", "partial"),
    ("https://portail.ville.fr/manage/pages/12/cell/data_textcell-3/", "precise"),
    ("https://portail.ville.fr/manage/pages/12/#cell-data_linkcell-7", "precise"),
    ("https://portail.ville.fr/enfance/sejours/", "partial"),
    ("https://stats.ville.fr/visualization/6/", "precise"),
    # links that show a problem without locating it
    ("https://i.imgur.com/Xa1b2c3.png", "elsewhere"),
    ("https://prnt.sc/abc123", "elsewhere"),
    ("https://we.tl/t-a1b2c3", "elsewhere"),
    ("https://ville.slack.com/archives/C01/p1", "elsewhere"),
    # a bare host is a URL too
    ("demarches.ville.fr/backoffice/forms/12/fields/7/", "precise"),
])
def test_classify(address, expected):
    assert classify(address) == expected


HEADER = """---
project: ville-exemple
tracker: Support
assigned_to: Support
title: "Inscriptions scolaires de la rentrée"
---
"""


def url_rules(body: str, header: str = HEADER) -> set[str]:
    return {f.rule for f in lint(parse_draft(header + body), DEFAULT, "fr")} & URL_RULES


@pytest.mark.parametrize("body, expected", [
    # managing a project (its steps, a meeting) needs no address; a steering committee named
    # as a deadline does not make a form's fault a project's management
    ("Bonjour,\n\nNous souhaitons fixer les étapes du projet de la démarche d'inscription aux "
     "classes de neige : validation du cahier des charges fin novembre, ouverture aux familles "
     "en mars.\n\nPourriez-vous nous proposer deux dates pour la réunion de lancement ?\n",
     set()),
    ("Hello,\n\nBefore the steering committee, the English version of our parking permit form "
     "shows every field label in French since last week.\n", {"url-required"}),
    # an invoice's number with its year locates it; asking to be taught needs no address
    ("Bonjour,\n\nLa famille Bernard a reçu deux factures identiques pour avril, "
     "F-2025-04-01127 et F-2025-04-01128 : le repas du 3 avril est facturé deux fois.\n",
     set()),
    ("Bonjour,\n\nNous aurions besoin d'explications sur les modèles de fiches dans le "
     "back-office.\n", set()),
    # a page left out of date is an anomaly on that page: it needs its URL
    ("La page des tarifs de la piscine affiche encore les prix de l'an dernier. Merci de "
     "regarder.", {"url-required"}),
    ("The opening hours page still shows the winter hours, please have a look.",
     {"url-required"}),
    # a demand number on the line under the writer's name locates the problem
    ("Bonjour,\n\nUne usagère nous a appelés : elle a reçu deux fois le courriel « Votre acte "
     "est prêt » pour sa demande de copie d'acte de décès. L'historique de la demande montre un "
     "seul passage au statut « Acte prêt », mais deux envois du courriel à la même minute.\n\n"
     "Pouvez-vous regarder d'où vient ce doublon ?\n\nBien à vous,\n\n--\nJeanne Morel\n"
     "État civil – Mairie de Brévannes\nTél. 01 23 45 67 89\nRéf. : demande 31-2207\n", set()),
    # a mail provider's domain names addresses, not a page: the address asked for is still
    # the demand's, not a precise one instead of « orange.fr »
    ("Depuis lundi, nos courriels de confirmation n'arrivent plus chez les usagers qui ont une "
     "adresse orange.fr.", {"url-required"}),
    # a demand told by who filed it: the listing's address is not enough
    ("Sur la demande de composteur déposée le 3 juin par Mme Le Bihan, le modèle choisi "
     "n'apparaît pas dans le courriel : https://demarches.ville.fr/backoffice/management/"
     "composteur/", {"url-precise"}),
    # an anomaly needs a URL, and a precise one
    ("Le formulaire d'inscription à la crèche ne fonctionne plus.", {"url-required"}),
    ("The booking form doesn't work any more: citizens get an error.", {"url-required"}),
    ("Les familles reçoivent une erreur à la validation : https://demarches.ville.fr/",
     {"url-precise"}),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste bloquée.",
     set()),
    ("Le paiement est refusé depuis lundi : https://demarches.ville.fr/login/"
     "?next=/backoffice/management/cantine/321/", set()),
    # a demand number locates it; a date, a school year or an age range does not
    ("La demande 27-1893 reste bloquée au statut « En cours ».", set()),
    ("Request #12-4410 was rejected automatically.", set()),
    ("Pour l'année 2024-2025, les tarifs des 3-6 ans sont faux depuis le 01-09-2024.",
     {"url-required"}),
    # a record of another kind quoted by its number or code locates it; a bare demand number
    # does not tell which form it belongs to
    ("La commande 48213 ne passe pas en livraison.", set()),
    ("Le client n° 57 n'apparaît pas dans la recherche.", set()),
    ("La facture FA2023118 est en double dans l'historique.", set()),
    ("Order #5521 cannot be validated.", set()),
    ("Impossible d'ouvrir l'inscription, id : 3318.", set()),
    ("Le bouton Valider ne fait rien, exemple 55120.", set()),
    ("Le bouton Payer ne fait rien sur la demande au code de suivi RLQBKZTN.", set()),
    ("Le bouton Payer ne fait rien, voir le code de suivi.", {"url-required"}),
    # ...also a number of the year, as other software numbers records, or a code
    ("La facture 2024-00042 est en double dans l'historique.", set()),
    ("Le dossier APA n° 2024/118 ne passe pas au statut suivant.", set()),
    ("Sur la fiche de l'élève 2023-517, le bouton Enregistrer ne répond pas.", set()),
    ("Les inscriptions de l'année 2024-2025 plantent à la validation.", {"url-required"}),
    ("La réservation R-2025-118 apparaît deux fois.", set()),
    ("Sur la demande DL-2025-0412, la pièce jointe s'affiche en page blanche.", set()),
    ("La transaction n° T20251203-4471 a été refusée par la banque.", set()),
    ("La demande de RSA du 12/11 reste bloquée depuis 2024.", {"url-required"}),
    ("The request fails on IE11 and the demande plante sous win10.", {"url-required"}),
    ("Les inscriptions 2024-25 ouvrent lundi mais le formulaire plante.", {"url-required"}),
    ("La réservation 2025-06 du gymnase plante.", {"url-required"}),
    # the path of a page without its host locates it; a file's path in a traceback does not
    ("Sur /mes-reservations, le bouton Annuler ne fait rien.", set()),
    ('La validation plante :\n  File "/usr/lib/python3/dist-packages/wcs/forms/root.py", '
     'line 88\nKeyError: \'montant\'', {"url-required"}),
    # a demand's number beside its form's name, a card's beside its model's
    ("La demande 1021 déposée sur le formulaire « Carte de résident » est bloquée.", set()),
    ("Sur la fiche de l'association n° 452, le téléphone ne s'enregistre pas.", set()),
    ("La fiche 452 ne s'enregistre pas.", {"url-required"}),
    # a demand's full number typed with spaces around the dash
    ("La demande n° 12 - 345 reste bloquée.", set()),
    ("La demande n° 318 reste bloquée au statut « Nouveau ».", {"url-required"}),
    # ...its number beside the form's name does
    ("La demande n° 87 de la démarche « Acte de naissance » reste au statut « En cours ».",
     set()),
    ("Dans le formulaire « Cantine », le dossier 412 reste bloqué.", set()),
    ("La demande n° 412 (démarche « Carte de stationnement ») reste bloquée.", set()),
    ("**Démarche** : Carte de stationnement\n**N° de demande** : 412\n**Constat** : le "
     "paiement échoue.", set()),
    ("- N° de demande : 412\n- Navigateur : Firefox\n- Formulaire concerné : Cantine\n\n"
     "Le paiement échoue.", set()),
    ("- N° de demande : 412\n- Navigateur : Firefox\n\nLe paiement échoue.",
     {"url-required"}),
    ("- Formulaire : Cantine\n- Numéro : 412\n- Navigateur : Firefox\n\nLe paiement échoue.",
     set()),
    ("**Demande :** 412\n**Démarche :** Inscription cantine\n\nLe paiement échoue.", set()),
    ("Démarche concernée : Carte de résident, demande 318\n\nLe paiement échoue.", set()),
    ("Démarche : Cantine\nDate de la demande : 12/05/2025\n\nLe paiement échoue.",
     {"url-required"}),
    ("Démarche : Cantine\nNuméro : 12 mai\n\nLe paiement échoue.", {"url-required"}),
    ("La demande n° 318 de Mme Durand (inscription scolaire) reste bloquée.",
     {"url-required"}),
    ("Request #87 of the \"Parking permit\" form is stuck.", set()),
    ("Dans la démarche « Carte de résident », les PDF de plus de 5 Mo sont refusés : voir la "
     "demande n° 318 de cette démarche.", set()),
    ("La fiche n° 31 du modèle « Équipements sportifs » affiche une capacité fausse.", set()),
    ("Le paiement de la transaction 88213 n'apparaît pas sur la facture.", set()),
    ("La demande n° 318 reste bloquée depuis que le formulaire a changé.", {"url-required"}),
    ("Depuis la facturation de 2024, le bouton Imprimer ne fait rien.", {"url-required"}),
    ("Le compte 2 ans plus tard n'est plus actif.", {"url-required"}),
    # an address set apart in a fenced or indented block is given all the same
    ("La demande suivante reste bloquée :\n\n```\n"
     "https://demarches.ville.fr/backoffice/management/cantine/321/\n```\n", set()),
    ("La demande suivante reste bloquée :\n\n"
     "    https://demarches.ville.fr/backoffice/management/cantine/321/\n", set()),
    # a demand's address under the writer's name is given; the town's site there is not
    ("Le PDF est vide depuis mardi.\n\nCordialement,\nJulie Perrin\n"
     "https://demarches.ville.fr/backoffice/management/attestation/231/", set()),
    ("Le PDF est vide depuis mardi.\n\nCordialement,\nJulie Perrin\nwww.ville.fr",
     {"url-required"}),
    # a page's path without its host
    ("Sur /reservations/salles le filtre par date ne fonctionne plus.", set()),
    ("Le filtre et/ou le tri ne fonctionnent plus.", {"url-required"}),
    # the home page is the right address when the site is down or the problem is on it
    ("Depuis 8 h le site https://demarches.ville.fr/ est inaccessible (erreur 502).", set()),
    ("Une faute de frappe sur la page d'accueil https://www.ville.fr/ : « démarhces ».", set()),
    ("Le paiement échoue à la dernière étape : https://www.ville.fr/", {"url-precise"}),
    ("https://www.ville.fr/ renvoie « 502 Bad Gateway » depuis 9 h.", set()),
    ("Le pied de page du site affiche l'ancien numéro de la mairie : https://www.ville.fr/",
     set()),
    ("Depuis le nouveau thème graphique, le formulaire d'acte de décès affiche une page "
     "blanche : https://www.ville.fr/", {"url-precise"}),
    # a whole site or back office down needs no address at all: no page locates it better
    ("Depuis 9 h, toutes les pages du site affichent « 502 Bad Gateway », même en 4G.", set()),
    ("Depuis 9 h, toutes les pages de https://demarches.ville.fr/ renvoient une erreur 500.",
     set()),
    ("Le portail citoyen ne répond plus depuis ce matin, pour tous les usagers.", set()),
    ("Back-office inaccessible : plus aucun agent ne peut travailler depuis 14 h.", set()),
    ("Impossible d'accéder au site depuis ce matin, quel que soit le navigateur.", set()),
    ("The whole site is down since 9:30, every page times out.", set()),
    ("Le site de la commune ne fonctionne plus depuis ce matin.", set()),
    ("Le site internet de la mairie est inaccessible depuis hier soir.", set()),
    ("Plus rien ne fonctionne sur le portail depuis 9 h.", set()),
    ("Aucune page du portail ne s'ouvre depuis ce matin.", set()),
    ("Nos deux sites de démarches sont indisponibles depuis 10 h.", set()),
    ("The portal has been down since this morning.", set()),
    ("Le site de la commune ne fonctionne plus pour les paiements.", {"url-required"}),
    # ...nor a gateway telling the server behind it is down; a page timing out is one page
    ("Depuis 7 h, nos usagers tombent sur « 502 Bad Gateway ».", set()),
    ("Le portail renvoie une erreur 503 à tout le monde depuis midi.", set()),
    ("L'export des inscriptions s'arrête sur « 504 Gateway Timeout ».", {"url-required"}),
    # ...nor slow as a whole, sending nothing at all, in maintenance or with an expired
    # certificate, or failing whichever form it is
    ("Depuis lundi, le back-office est très lent pour tous les agents : 20 secondes par clic.",
     set()),
    ("Le back-office https://demarches.ville.fr/backoffice/ est très lent pour tous les agents "
     "depuis ce matin.", set()),
    ("https://demarches.ville.fr ne répond plus depuis 9 h, ni pour nous ni pour les usagers.",
     set()),
    ("https://demarches.ville.fr/backoffice/ renvoie une erreur 502 à tous les agents.", set()),
    ("Depuis ce matin nous n'avons plus accès du tout au back-office, sur tous les postes.",
     set()),
    ("Depuis la mise à jour, tout le back-office rame, pour tous les agents.", set()),
    ("Depuis hier la plateforme n'envoie plus aucun mail, ni aux usagers ni aux agents.", set()),
    ("La plateforme n'envoie plus aucun mail pour la démarche de cantine.", {"url-required"}),
    ("Depuis hier 18 h, plus aucun courriel ne part, ni accusés de réception ni "
     "notifications.", set()),
    ("Plus aucun courriel de notification n'arrive, toutes démarches confondues.", set()),
    ("Depuis mardi, les relances ne partent plus, toutes démarches confondues.", set()),
    ("Le certificat du site a expiré hier soir : « Votre connexion n'est pas privée ».", set()),
    ("Depuis 10 h, toutes les démarches affichent la page « Site en maintenance ».", set()),
    ("Le bouton « Valider » ne fait plus rien, quelle que soit la démarche.", set()),
    ("Les accusés de réception de la démarche de recensement ne partent plus.",
     {"url-required"}),
    ("La page de paiement est très lente depuis lundi.", {"url-required"}),
    ("Le portail de la communauté ne fonctionne plus du tout.", set()),
    ("Autre chose : le site est très lent, surtout l'après-midi.", set()),
    ("Le back-office est d'une lenteur extrême pour tous les instructeurs.", set()),
    ("Le site est très lent quand on valide le paiement de la cantine.", {"url-required"}),
    ("Le portail ne fonctionne plus : le bouton Payer renvoie une erreur 500.",
     {"url-required"}),
    ("Le site est très lent : la page de paiement met une minute à s'afficher.",
     {"url-required"}),
    # ...but one page failing, or a footer shown on every page, is located by its address
    ("La page de paiement affiche une erreur 500 depuis ce matin ; le reste du site "
     "fonctionne.", {"url-required"}),
    ("Le numéro de téléphone en bas de toutes les pages du site est faux.", {"url-required"}),
    ("Toutes les pages du formulaire affichent l'ancien logo, pas le nouveau.",
     {"url-required"}),
    ("Sur tout le site, le bandeau d'information ne s'affiche plus.", {"url-required"}),
    ("Le portail famille ne répond plus quand les parents cliquent sur Payer.",
     {"url-required"}),
    ("La page des actualités du portail est inaccessible depuis ce matin.", {"url-required"}),
    # ...the account page when the problem is on it, not when the user passes through it
    ("Sur la page Mon compte https://www.ville.fr/mon-compte/ le bouton « Modifier mon "
     "adresse » ne fait plus rien.", set()),
    ("Le paiement de la facture échoue ; elle passe par son espace personnel : "
     "https://www.ville.fr/mon-compte/", {"url-precise"}),
    # ...the login page for a sign-in problem: that is where it shows; not for a problem met
    # once signed in
    ("Les agents ne peuvent plus se connecter : https://connexion.ville.fr/login/", set()),
    ("Une fois connectés, les agents ont « Accès refusé » : https://connexion.ville.fr/login/",
     {"url-precise"}),
    ("Les agents ne parviennent plus à se connecter : la page passe sans fin de "
     "https://demarches.ville.fr/backoffice/ à https://connexion.ville.fr/login/"
     "?next=/backoffice/", set()),
    # a sign-in, sign-up or password reset that fails needs no address at all: the account
    # or the authenticator locates it; a page reached once signed in is located by its
    # address
    ("Depuis ce matin, les agents ne parviennent plus à se connecter au back-office : "
     "« Identifiant ou mot de passe incorrect ».", set()),
    ("Connexion agent impossible depuis la mise à jour de mardi.", set()),
    ("Le courriel de réinitialisation du mot de passe n'arrive jamais, même dans les "
     "indésirables.", set()),
    ("Since Tuesday our agents cannot log in to the back office.", set()),
    ("Since Monday, several citizens cannot create an account on the portal: it fails with "
     "an error.", set()),
    ("Appel de M. Roux, DRH.\nCompte agent verrouillé.\nPlus d'accès depuis lundi.\n", set()),
    # ...or a session that ends on its own
    ("Les agents de la médiathèque sont déconnectés du back-office sans raison, plusieurs "
     "fois par jour, et perdent leur saisie.", set()),
    ("Déconnexions répétées des instructeurs depuis lundi : ils doivent se reconnecter.",
     set()),
    ("Since the update, agents keep being logged out of the back office every few minutes.",
     set()),
    ("Au guichet unique, la session des agents expire au bout de cinq minutes.", set()),
    # ...or a sign-in sent back or refused, whatever the address given
    ("Depuis lundi, les agents qui se connectent par l'annuaire du centre de gestion sont "
     "renvoyés vers la page de connexion : https://demarches.ville.fr/login/", set()),
    ("Les agents reçoivent « Utilisateur inconnu » en se connectant : "
     "https://demarches.ville.fr/login/", set()),
    ("Agents signing in through the county directory get \"Unknown user\": "
     "https://demarches.ville.fr/login/", set()),
    ("For the housing team, back office sessions expire after ten minutes.", set()),
    # ...told in the past, as a forgotten password, or as the trouble itself
    ("Hier soir, plusieurs familles ne pouvaient pas se connecter au portail.", set()),
    ("appel Mme Girard, agent accueil : pas de connexion au back-office depuis 8 h.", set()),
    ("Les familles ne reçoivent pas le courriel de confirmation après avoir créé leur compte "
     "sur https://demarches.ville.fr/.", set()),
    ("Les nouveaux arrivants ne parvenaient pas à créer leur compte sur le site.", set()),
    ("Un parent a oublié son mot de passe et le courriel pour en changer n'arrive pas.",
     set()),
    ("Souci de connexion pour deux agents du service urbanisme depuis ce matin.", set()),
    ("A resident forgot her password and gets no mail to reset it.", set()),
    ("Le compte de l'agente d'accueil est verrouillé depuis ce matin.", set()),
    ("Depuis midi, la page de connexion affiche une erreur 500 pour les agents.", set()),
    ("Depuis ce matin, FranceConnect ne fonctionne plus sur notre portail.", set()),
    ("Le formulaire de cantine affiche une erreur aux familles connectées par FranceConnect.",
     {"url-required"}),
    ("Since the update, login is not working for our staff.", set()),
    ("One of our residents cannot log into her account since yesterday.", set()),
    ("Une habitante n'arrive plus à ouvrir sa session sur le portail depuis lundi.", set()),
    ("M. Royer ne parvient pas à réinitialiser son mot de passe : le lien a expiré.", set()),
    ("Une administrée ne reçoit pas le mail pour activer son compte.", set()),
    ("Le code de validation par SMS n'arrive pas aux agents.", set()),
    ("Le bouton « Se connecter » ne fait rien sur le portail citoyen.", set()),
    ("Our caretaker keeps getting « wrong password » since yesterday.", set()),
    # ...nobody able to sign in, however many words name them
    ("Plus personne au service de l'eau n'arrive à se connecter depuis la migration.", set()),
    ("None of our librarians can sign in this morning.", set()),
    ("Impossible pour les agents du CCAS de s'authentifier avec leur carte agent.", set()),
    ("Les agents obtiennent « Erreur SAML : signature invalide » en cliquant sur Connexion "
     "agents.", set()),
    ("Sur la page de connexion https://connexion.ville.fr/login/ le captcha ne s'affiche plus.",
     set()),
    ("Le nouvel agent ne reçoit pas le mail pour définir son mot de passe.", set()),
    ("Une usagère lit « adresse électronique déjà utilisée » en voulant créer son compte.", set()),
    # ...one about a named person's record still needs that record's
    ("La demande d'inscription de Mme Martin affiche « Erreur SAML » dans son historique.",
     {"url-required"}),
    ("A resident never gets the email to set her password after signing up.", set()),
    # ...nor a precise one when the page given is the sign-up or reset page, or an address
    # stands between the sign-in and its failure
    ("Une usagère n'arrive pas à créer son compte sur https://connexion.ville.fr/register/ : "
     "le bouton Valider ne fait rien.", set()),
    ("La connexion des agents via https://connexion.ville.fr/accounts/mellon/login/ échoue "
     "depuis la bascule de l'annuaire.", set()),
    # ...but one about a given record still needs that record's
    ("Mme Leroy n'arrive plus à se connecter pour régler sa facture : "
     "https://www.ville.fr/mon-compte/",
     {"url-precise"}),
    # ...not a mail or a code about a demand
    ("Le mail envoyé pour valider la demande n'arrive pas aux familles.", {"url-required"}),
    # ...one named person's too: support finds her account by her name
    ("Mme Leroy ne peut plus se connecter au back-office depuis hier.", set()),
    ("Après connexion, la page de paiement des factures affiche une erreur 500.",
     {"url-required"}),
    # what a question or a wish speaks of (mistakes to avoid, what the writer does not know)
    # tells no malfunction; a malfunction told beside it still needs its address
    ("Pourriez-vous nous montrer le tableau de bord ? Je n'ai pas eu le temps de me former.",
     set()),
    ("Il serait utile de pouvoir copier un agenda : la saisie à la main crée des erreurs.",
     set()),
    # a question asking for advice needs none, even on a form named in words
    ("Pour le formulaire d'inscription aux centres de loisirs, que nous conseillez-vous : un "
     "formulaire par site ou un seul ?", set()),
    ("Que nous conseillez-vous pour la demande de Mme Roux, bloquée depuis lundi ?",
     {"url-required"}),
    ("Je ne trouve pas où on change le logo du portail, pouvez-vous m'aider ?", set()),
    ("Je n'arrive pas à comprendre comment marchent les catégories, pourriez-vous "
     "m'expliquer ?", set()),
    ("Nous nous demandons combien de temps sont gardées les demandes terminées.", set()),
    ("Je ne trouve pas la demande de Mme Petit, pouvez-vous m'aider ?", {"url-required"}),
    ("Il serait utile de pouvoir copier un agenda : celui des salles affiche une erreur.",
     {"url-required"}),
    # a yes/no question in English asks how things work, as « peut-on » does; one that tells
    # a malfunction still needs its address
    ("Hello, quick question. Can our residents pay their canteen bills by bank transfer?",
     set()),
    ("Can a resident, once registered, change the e-mail address of her account, or do we "
     "have to duplicate it?", set()),
    ("We would like to understand how reminders are scheduled on the platform.", set()),
    ("Does the payment page still show an error 500 for you? It fails for us since Monday.",
     {"url-required"}),
    # a native mobile app has no address; a web page seen on a phone has one
    ("Depuis la mise à jour, l'application mobile se ferme au démarrage sur iPhone.", set()),
    ("The Android app no longer shows notifications.", set()),
    ("Sur Android avec Chrome, le formulaire de réservation ne s'affiche pas.",
     {"url-required"}),
    # a screenshot shows the problem but does not locate it
    ("Le PDF est décalé, voir https://prnt.sc/abc123", {"url-required"}),
    # a stack trace is no URL
    ("L'export plante :\n  at java.base/java.net.SocketInputStream.read(Socket.java:168)",
     {"url-required"}),
    # the container is enough when the problem lies there, or on what it lists (a field of
    # the form, a slot of the agenda, users in general)...
    ("Le tri de la liste https://demarches.ville.fr/backoffice/management/carte-scolaire/ "
     "ne fonctionne plus.", set()),
    ("Le créneau du samedi est proposé deux fois dans l'agenda "
     "https://agendas.ville.fr/manage/agendas/mariages/ depuis lundi.", set()),
    ("Le champ téléphone refuse les numéros en +33 : "
     "https://demarches.ville.fr/backoffice/forms/12/", set()),
    ("Un usager ne peut pas joindre son justificatif : "
     "https://demarches.ville.fr/backoffice/forms/12/", set()),
    # ...not when the text points at one given demand or record
    ("La demande de Mme Leroy ne passe pas au statut suivant : "
     "https://demarches.ville.fr/backoffice/forms/8/", {"url-precise"}),
    ("Mme Martin ne peut pas valider sa demande : "
     "https://demarches.ville.fr/backoffice/forms/12/", {"url-precise"}),
    # ...while « sa demande » of anyone is every demand of the form
    ("Quand un usager valide sa demande, le PDF généré est vide : "
     "https://demarches.ville.fr/backoffice/forms/12/", set()),
    ("Cette réservation apparaît deux fois dans "
     "https://demarches.ville.fr/backoffice/management/salles/ depuis lundi.", {"url-precise"}),
    # ...but a question on how to use a listing is answered from the listing's address
    ("Comment retrouver ce dossier dans la liste "
     "https://demarches.ville.fr/backoffice/management/aide-transport/ ?", set()),
    ("Ce dossier affiche une erreur dans la liste "
     "https://demarches.ville.fr/backoffice/management/aide-transport/ : comment faire ?",
     {"url-precise"}),
    # one address that locates the problem is enough, whatever vaguer one comes along
    ("Sur le portail https://www.ville.fr/, la liste "
     "https://demarches.ville.fr/backoffice/management/carte-scolaire/ ne trie plus.", set()),
    ("Depuis https://www.ville.fr/ puis https://demarches.ville.fr/login/, le paiement "
     "échoue.", {"url-precise"}),
    # a request brought up in passing on another form needs that form's address too
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nDans la foulée, comment ajouter la démarche de recensement à la catégorie "
     "Citoyenneté ?", {"url-required"}),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nDans la foulée, comment ajouter la démarche de recensement "
     "https://demarches.ville.fr/backoffice/forms/31/ à la catégorie Citoyenneté ?", set()),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nPar ailleurs, merci pour votre aide sur le formulaire de la semaine "
     "dernière : il fonctionne.", set()),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nPar ailleurs, quelle est la procédure pour ajouter un agent ?", set()),
    # ...and so does a second malfunction told in passing on another form, not a remark
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nAutre point : le formulaire de prêt des salles ne fonctionne plus.",
     {"url-required"}),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nAutre point : le formulaire de prêt des salles fonctionne de nouveau.",
     set()),
    ("La demande https://demarches.ville.fr/backoffice/management/cantine/321/ reste "
     "bloquée.\n\nPar ailleurs, dans ce même formulaire, le champ Allergies est trop court.",
     set()),
    # a question on something that went missing asks about a malfunction: it needs a URL
    ("Des inscriptions disparaissent de la liste après l'export. Est-ce que vous avez une piste ?",
     {"url-required"}),
    # a general question needs no URL; a question about a given form does
    ("Existe-t-il un moyen de programmer un export automatique des fiches chaque lundi ?", set()),
    ("Is there a way to export the agenda bookings to a spreadsheet?", set()),
    ("Pour éviter les erreurs de saisie des adresses, existe-t-il un moyen de proposer une "
     "liste au lieu d'un champ libre ?", set()),
    ("Comment faire quand un usager ne peut pas se déplacer pour signer ?", set()),
    # ...nor when it sets apart who or what it is about by what they are not or do not
    # (« qui ne sont plus utilisés », « quand une demande n'est pas traitée »), says what is
    # not wanted, or doubts the documentation
    ("Comment archiver les formulaires qui ne sont plus utilisés ?", set()),
    ("Les agents qui ne font plus partie du service gardent-ils leurs droits ?", set()),
    ("Quand une demande n'est pas traitée sous un mois, peut-on la classer d'office ?", set()),
    ("Nous ne voudrions pas que l'accueil voie les justificatifs : faut-il un rôle à part ?",
     set()),
    ("Les pièces jointes sont-elles effacées à la clôture ? Ce n'est pas clair dans la "
     "documentation.", set()),
    ("Comment empêcher qu'un usager envoie deux fois la même demande ?", set()),
    # ...nor a question on a quantity, or one put to support
    ("Combien de temps gardez-vous les demandes terminées ?", set()),
    ("Proposez-vous une formation pour les nouveaux agents ?", set()),
    ("Y a-t-il une limite au nombre de formulaires publiés ?", set()),
    ("Quand un usager se trompe de commune, l'agent peut-il corriger ?", set()),
    ("Peut-on partager un modèle de courrier entre workflows ? Ce n'est pas pratique de le "
     "recopier.", set()),
    ("Hi, how long do you keep attachments once a request is closed?", set()),
    # ...while the same words beside a malfunction do not excuse it
    ("Les familles qui n'ont pas encore payé ne reçoivent plus la relance depuis lundi. "
     "Pouvez-vous regarder ?", {"url-required"}),
    ("Avez-vous une idée ? Le champ adresse du formulaire de voirie ne propose plus rien.",
     {"url-required"}),
    ("Peut-on limiter le nombre de demandes par usager ? Nous souhaitons éviter les doublons.",
     set()),
    ("We are not sure what parents see once an invoice is paid: how to download a receipt? "
     "We want to explain it in the newsletter.", set()),
    ("Comment rendre obligatoire le champ Numéro fiscal du formulaire d'aide aux vacances ?",
     {"url-required"}),
    # ...unless the form and its field are given by their titles: support finds them so, and
    # the answer is a way of doing; a malfunction on them still needs the address
    ("Comment rendre obligatoire le champ « Numéro fiscal » du formulaire « Aide aux "
     "vacances » ?", set()),
    ("Le champ « Numéro fiscal » du formulaire « Aide aux vacances » refuse les numéros à "
     "13 chiffres.", {"url-required"}),
    ("Could you tell us how to add a conditional page to our form?", {"url-required"}),
    ("Est-il possible de masquer la page 3 de https://demarches.ville.fr/backoffice/forms/14/ ?",
     set()),
    # a wish for a new feature needs none: what cannot be done today is its reason...
    ("Il serait utile de pouvoir exporter les statistiques en tableur : aujourd'hui on ne "
     "peut que les consulter à l'écran.", set()),
    ("Nous aimerions pouvoir proposer le paiement en trois fois : ce n'est pas possible "
     "aujourd'hui et cela pose problème aux familles.", set()),
    ("Pourriez-vous organiser une session de formation pour nos nouveaux agents ? Ils ne "
     "connaissent pas l'outil.", set()),
    ("Nous aurions besoin de pouvoir signer les arrêtés en ligne : aujourd'hui on ne peut pas, "
     "on imprime et on scanne.", set()),
    ("Je me permets de proposer une amélioration : afficher le nombre de demandes en attente "
     "à l'accueil des agents.", set()),
    ("Our staff would love a way to add internal notes that citizens cannot see. Is that on "
     "your roadmap?", set()),
    ("Would be great if residents could pick a slot when they book. Today they can't. Any "
     "plans for this?", set()),
    ("Il faudrait que les familles puissent payer les séjours en trois fois : le paiement en "
     "ligne ne le permet pas aujourd'hui.", set()),
    ("Idée : permettre aux familles de recevoir un SMS la veille du rendez-vous ; nous ne "
     "pouvons pas les relancer une par une.", set()),
    ("Would it be possible to add SMS reminders? Staff cannot call everyone.", set()),
    # ...but a malfunction, what stopped working since a change, or a named form, needs one
    ("Le paiement des séjours ne passe plus. Il serait utile aussi de payer en trois fois.",
     {"url-required"}),
    ("Le montant affiché est faux. Il serait utile de pouvoir le modifier nous-mêmes.",
     {"url-required"}),
    ("Nous aimerions pouvoir valider les inscriptions : depuis la mise à jour, les agents ne "
     "peuvent pas cliquer sur Valider.", {"url-required"}),
    ("Il serait bien d'ajouter un filtre au formulaire d'inscription : les agents ne peuvent "
     "pas trier.", {"url-required"}),
    ("Il serait bien d'ajouter un filtre au formulaire « Inscription cantine » : les agents "
     "ne peuvent pas trier.", {"url-required"}),
    ("Si vous pouviez regarder cet après-midi ce serait top : la réservation ne peut pas "
     "être validée.", {"url-required"}),
    ("Le montant des séjours est faux pour les enfants. Ce serait bien de corriger cela "
     "avant lundi.", {"url-required"}),
    ("The booking shows the wrong price for children. It would be great if you could fix it "
     "before Monday.", {"url-required"}),
    # a request for an access or a setting needs none: its « ne pourront pas » says what is to
    # change...
    ("La mairie sera fermée du 24 au 31 décembre : pourriez-vous désactiver la prise de "
     "rendez-vous ? Les usagers ne pourront pas être reçus.", set()),
    ("Merci de créer un compte agent pour Mme Petit : elle ne doit pas voir l'état civil.",
     set()),
    # ...one to put a record right, on a named form, or since a change, does
    ("Pourriez-vous rembourser la famille, prélevée deux fois ?", {"url-required"}),
    ("Merci d'annuler la réservation de M. Dubois, il ne pourra pas venir.",
     {"url-required"}),
    ("Pourriez-vous modifier le formulaire d'inscription ? Les familles ne peuvent pas "
     "choisir le mercredi.", {"url-required"}),
    ("Pourriez-vous modifier le texte du courriel de confirmation ? Il ne mentionne pas "
     "l'adresse de la mairie.", {"url-required"}),
    # a request that is neither
    ("Merci d'ajouter Mme Petit (service des sports) au rôle « Gestionnaire piscine ».", set()),
    # a library's readers (« lecteurs »): no slowness (« lenteurs ») spelt wrong, no anomaly
    ("Bonjour,\n\nNous souhaitons envoyer un courriel à tous les lecteurs dont l'abonnement "
     "se termine ce mois-ci. Est-ce possible depuis le portail ?\n", set()),
])
def test_url_rules_on_drafts(body, expected):
    assert url_rules(body) == expected


def test_url_rules_only_for_support():
    header = HEADER.replace("tracker: Support", "tracker: Gestion de projet").replace(
        "assigned_to: Support", "assigned_to: Camille Dupont")
    assert url_rules("Le formulaire ne fonctionne plus.", header) == set()


def test_url_rules_for_a_misspelt_support_too():
    """« Suport » is the Support tracker mistyped (the tracker rule says so): the ticket is
    still read as a Support ticket, as `scope` reads it."""
    header = HEADER.replace("tracker: Support", "tracker: Suport")
    assert url_rules("Le formulaire ne fonctionne plus.", header) == {"url-required"}


@pytest.mark.parametrize("tracker", ["Anomalie", ""])
def test_url_rules_for_an_unknown_or_missing_tracker(tracker):
    """A tracker that does not exist, or none: the writer tells Support of an anomaly (the
    tracker rule reports the slip), which still needs its address."""
    header = HEADER.replace("tracker: Support", f"tracker: {tracker}")
    assert url_rules("Le formulaire ne fonctionne plus.", header) == {"url-required"}


def test_finding_points_at_the_first_vague_url_when_none_locates():
    """url-precise judges by the best address: a listing beside the back office's home is
    enough; two home pages get a finding on the first."""
    def findings(body):
        return [f for f in lint(parse_draft(HEADER + body), DEFAULT, "en")
                if f.rule == "url-precise"]

    assert findings("Bonjour,\n\n"
                    "Depuis lundi, la liste https://demarches.ville.fr/backoffice/management/"
                    "cantine/ affiche une erreur,\n"
                    "voir aussi https://demarches.ville.fr/backoffice/ merci.\n") == []
    [finding] = findings("Bonjour,\n\n"
                         "Depuis lundi, le portail https://www.ville.fr/ affiche une erreur,\n"
                         "voir aussi https://demarches.ville.fr/backoffice/ merci.\n")
    assert (finding.line, finding.column, finding.end_column) == (9, 26, 47)
    assert "https://www.ville.fr/ does not point at one object" in finding.message


def test_only_a_screenshot_says_so():
    body = "Le PDF est vide depuis hier, voir https://i.imgur.com/Xa1b2c3.png\n"
    [finding] = [f for f in lint(parse_draft(HEADER + body), DEFAULT, "fr")
                 if f.rule == "url-required"]
    assert (finding.line, finding.column) == (7, 35)
    assert "https://i.imgur.com/Xa1b2c3.png montre le problème" in finding.message


def test_no_address_asked_of_project_management_filed_on_support():
    """A ticket managing a project (a go-live date, a quote) filed on Support is told to go to
    Gestion de projet by `project-on-support`; it is not also asked for an address."""
    body = ("Bonjour,\n\nLe comité qui devait valider le portail des associations est reporté"
            " au 12 mai : nous voudrions décaler sa mise en production au 20 mai. Pouvez-vous "
            "mettre à jour le planning du projet ? Les agents des deux mairies annexes n'ont "
            "pas pu assister aux sessions de formation d'avril.\n")
    draft = parse_draft(HEADER + body)
    fired = {finding.rule for finding in lint(draft, DEFAULT, "fr")}
    assert "project-on-support" in fired
    assert not fired & {"url-required", "url-precise"}
