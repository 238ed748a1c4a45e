"""The default rule `technical-context` (type `required-pattern`).

These pin the DEFAULT POLICY (redlint/policy/default.yaml and its vocabularies), not the rule
type: a vocabulary edit that changes a verdict here changes the policy, so the table is updated
with it. The type itself is tested on its own vocabularies in test_rule_required_pattern.py.
"""

from __future__ import annotations

import pytest

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.config.rulecache import load_ruleset

DEFAULT = load_ruleset()




HEADER = """---
project: ville-exemple
tracker: Support
assigned_to: Support
title: "Inscriptions scolaires de la rentrée"
---
"""


def fires(body: str) -> bool:
    return any(f.rule == "technical-context"
               for f in lint(parse_draft(HEADER + body), DEFAULT, "fr"))


@pytest.mark.parametrize("body, expected", [
    # anomalies without any context
    ("Le formulaire d'inscription à la crèche ne fonctionne plus. Merci de regarder.", True),
    ("bonjour le paiement marche pas pour les familles, pouvez vous voir svp", True),
    ("The booking form doesn't work anymore, citizens cannot book a slot.", True),
    ("Les familles reçoivent deux fois le courriel de confirmation.", True),
    ("Le PDF généré ne contient plus le logo de la mairie.", True),
    ("Les agents du CCAS ne voient plus les demandes dans leur corbeille.", True),
    ("Impossible de télécharger la pièce jointe, une page d'erreur s'affiche.", True),
    ("La demande https://demarches.ville.fr/backoffice/management/acte/12/ reste bloquée.", True),
    ("Our citizens get an error when they pay the library fee online.", True),
    ("Residents don't get the confirmation email anymore. Can you check?", True),
    ("slt pb sur l inscription cantine les parents peuvent pa valider", True),
    ("URGENT les usagers peuvent plus payer", True),
    ("Hello, the payment page shows 'Session expired' right after login.", True),
    ("Le calcul de l'âge donne un an de trop pour les enfants nés en décembre.", True),
    # a malfunction told with its pronoun apart, as a failure, as a state it stays in
    ("Un usager nous signale que sa facture ne se télécharge pas.", True),
    ("Le justificatif ne s'affiche toujours pas dans la demande.", True),
    ("L'export des inscriptions échoue.", True),
    ("Le paiement a échoué pour plusieurs familles.", True),
    ("Les demandes de stage restent toutes au statut « Nouveau ».", True),
    ("Les demandes de stage restent au statut « Nouveau » depuis la mise à jour.", False),
    # notes rather than sentences
    ("attestation de domicile https://demarches.ville.fr/backoffice/management/att/8/\n"
     "pdf généré vide\nmerci", True),
    ("Library card form: barcode not displayed on the summary page.", True),
    # one piece of context is given: browser, system or device, steps, what changed
    ("Le bouton Valider ne réagit pas sous Firefox 128.", False),
    ("Sur iPad, le bouton « Suivant » ne réagit pas ; sur un ordinateur ça fonctionne.", False),
    ("Le formulaire plante :\n1. ouvrir la démarche\n2. joindre une photo\n3. valider", False),
    ("Les accusés de réception ne partent plus depuis la mise à jour de mardi.", False),
    ("Les courriels partaient bien jusqu'à la semaine dernière ; ils ne partent plus.", False),
    ("Jusqu'à juin, le bordereau sortait avec le total ; il sort désormais sans.", False),
    ("Les agents validaient jusqu'au 4 mai sans souci ; le bouton reste grisé à présent.", False),
    ("Tout allait bien jusqu'au 4 mai ; le bouton reste grisé à présent.", False),
    ("Les relances partaient sans souci ; elles ne partent plus.", False),
    ("Jeudi dernier encore, les relances partaient ; plus rien depuis.", False),
    ("Les familles n'arrivaient pas à joindre le justificatif.", True),
    # a deadline or a limit dates no change
    ("Le portail refuse l'inscription au club alors qu'elle reste ouverte jusqu'au 30 avril.",
     True),
    ("Impossible de déposer le dossier ; les familles ont jusqu'à vendredi pour le faire.",
     True),
    # a numbered list of what fails, or of the problems announced, is no steps
    ("Le paiement plante :\n1. elle n'arrive pas à payer la facture\n2. le reçu reste vide",
     True),
    ("Nous avons trois problèmes :\n1. on clique sur Payer et rien ne se passe\n"
     "2. on voudrait un champ téléphone\n3. le reçu reste vide", True),
    ("Le paiement plante :\n1. elle ouvre la facture\n2. elle clique sur Payer", False),
    # ...nor is a list whose first item is no action: its items are separate things to do
    ("Points de la semaine :\n1) relance automatique en panne\n2) ajouter un lien vers la FAQ", True),
    ("Le paiement plante :\n1) se connecter au portail\n2) cliquer sur Payer", False),
    # "en" and a number is a version only when dotted: « en 404 » is an error code's page
    ("La page des actualités ne s'affiche plus : elle est en 404.", True),
    ("La page des actualités du portail ne s'affiche plus en 2.8.", False),
    # ...nor does "until now" alone: it worked before, but since when it fails is not told
    ("Le bouton Payer ne réagit plus, alors que les familles l'utilisaient jusqu'ici.", True),
    ("Le bouton Payer ne réagit plus, alors qu'il marchait jusqu'à la mise à jour.", False),
    ("Nous avons modifié le modèle de courriel et depuis, les courriels partent vides.", False),
    ("The reminders are not sent since the upgrade to version 12.", False),
    ("Steps to reproduce: log in as an agent, click Accept: the request stays stuck.", False),
    ("Le formulair ne fontionne plus depuis la mise a jour.", False),
    ("Les SMS de rappel ne partent plus. Le problème a commencé vers la fin avril.", False),
    ("appel usager ce matin\ninscription atelier compostage\npas de mail de confirmation",
     True),
    # the record's number with the failing action: a way to see it again
    ("La commande 58213 ne peut pas être validée, le bouton reste grisé.", False),
    ("Le dossier n° 7740 reste bloqué, rien ne se passe.", False),
    ("31877 - impossible de valider cette réservation", False),
    # a year is no record's number
    ("Les dossiers 2024 ne sont pas archivés.", True),
    # ... but a page's address alone is not the context (the guide asks for more)
    ("La liste https://demarches.ville.fr/backoffice/management/stage/ reste vide.", True),
    # the error as the application shows it: its code, its message quoted, a pasted trace
    # (a code on a form named in words, with no address, is none: see below)
    ("L'envoi du formulaire https://demarches.ville.fr/contact/ renvoie une erreur 502.", False),
    ("L'envoi du message de contact renvoie une erreur 502.", False),
    # « reproduction » as a service (copies of documents) is no way to reproduce
    ("Le devis des demandes de reproduction de plans ne sort plus.", True),
    ("Le devis ne sort plus ; étapes de reproduction en pièce jointe.", False),
    ("L'inscription échoue avec le message « Votre session a expiré, recommencez. »", False),
    # ...a message told with nothing that fails beside it (no action, no record, no address)
    # says what is shown, not how to see it again
    ("Des usagers nous transmettent ce message :\n\n> Délai dépassé, merci de vous "
     "reconnecter.\n\nUne idée ?", True),
    ("Des usagers obtiennent ce message quand ils valident :\n\n> Délai dépassé, merci de "
     "vous reconnecter.", False),
    ("Le portail affiche une erreur « Délai dépassé, merci de vous reconnecter » ; "
     "l'envoi du dossier échoue.", False),
    ("L'export plante :\n\nTraceback (most recent call last):\n"
     "  File \"export.py\", line 12, in run\nKeyError: 'date'", False),
    # log lines of other shapes, an error in an API's answer, a pasted block
    ("Les accusés ne partent pas :\n\nMar  4 09:15:01 relais smtpd[123]: connect from x\n",
     False),
    ("L'import de nuit échoue :\n\n04/03/2025 10:02:11 lot refusé, ligne 12\n", False),
    ("L'import de nuit échoue :\n\nERROR: lot 12 refusé\n", False),
    ("L'appel au service plante : {\"error\": \"invalid_client\"}", False),
    ("Le dépôt plante : HTTP/1.1 413 Payload Too Large", False),
    ("Le formulaire plante, voici la réponse :\n\n```\nrefus du serveur\n```\n", False),
    # a quote of one or two words names a button or a field, it is no error message
    ("Le bouton « Annuler » ne marche pas.", True),
    ("Le message « Dossier complet » ne s'affiche plus.", True),
    # ... unless the words before it name an error
    ("La connexion échoue avec le message d'erreur « Accès refusé ».", False),
    ("La synchronisation plante sur l'erreur \"invalid_grant\".", False),
    # the version, what was already checked
    ("Les cartes ne s'affichent plus depuis que nous sommes en 4.2.1.", False),
    ("Les étiquettes ne s'impriment pas ; j'ai vérifié le pilote de l'imprimante.", False),
    ("Comment on modifie le formulaire ? J'ai essayé mais ça ne marche pas.", True),
    # failing to log in is the problem, not a step to reproduce it
    ("Bonjour, impossible de se connecter au portail.", True),
    ("Impossible de valider la demande une fois connecté avec le compte agent.", False),
    # a record's number beside its address repeats where it is, it tells no way to see it again
    ("Le courrier de la demande 2317 mentionne 300 € au lieu de 500 € : "
     "https://demarches.ville.fr/backoffice/management/aide/2317/", True),
    ("La facture F-2025-00412 ne se télécharge pas.", False),
    # the date of an event is not when the problem began
    ("Comme je vous le disais hier au téléphone, le formulaire d'acte de naissance ne "
     "fonctionne pas.", True),
    ("Le formulaire d'acte de naissance ne fonctionne plus depuis hier.", False),
    ("Le nombre de places de la consultation du 20 juin est incorrect.", True),
    # data that disappears is a malfunction
    ("L'adresse de l'usager est vidée à l'enregistrement de la fiche.", True),
    ("Les créneaux du mardi sont absents de l'agenda des consultations.", True),
    ("Il manque une dizaine d'enfants dans la liste des inscrits au séjour.", True),
    ("Il manque une dizaine d'enfants dans la liste depuis l'import du 3 mai.", False),
    ("Des lignes disparaissent de la liste des inscrits.", True),
    # a filled-in template field gives its context, whatever the words of its value
    ("Le formulaire plante.\n\nEnvironnement : recette\n", False),
    ("L'export échoue.\n\n**Message d'erreur** : Une erreur est survenue, réessayez.\n", False),
    ("Le module plante.\n\n### Date et heure\n\n12/03 vers 10 h 30\n", False),
    # ... but a template left as it was gives none
    ("Le formulaire plante.\n\nEnvironnement : à compléter\nVersion : n/a\n", True),
    ("Le formulaire plante.\n\n### Environnement\n\n_No response_\n", True),
    ("Le formulaire plante.\n\n- Version : [ex. 4.2]\n", True),
    ("Le formulaire plante.\n\n**Desktop:**\n - Browser [e.g. chrome, safari]\n"
     " - Version [e.g. 22]\n", True),
    ("Le formulaire plante.\n\n**Desktop:**\n - Browser Firefox\n", False),
    # ... nor its labels left empty, whatever they name
    ("Le paiement plante.\n\n**Étapes pour reproduire**\n1.\n2.\n\n**Navigateur :**\n"
     "**Version :**\n", True),
    ("L'export ne fonctionne plus.\n\n### Étapes pour reproduire\n\n### Environnement\n"
     "- Navigateur :\n- OS :\n", True),
    ("L'export échoue.\n\n### Étapes pour reproduire\nOuvrir la liste, cliquer sur Exporter.\n",
     False),
    # a typo report: where it is and the faulty text are its context
    ("Sur la page d'accueil, « inscritpions » au lieu de « inscriptions » : une faute de "
     "frappe.", False),
    ("Merci de corriger la coquille du courriel de confirmation, voir la capture jointe.", False),
    ("Il y a une coquille, merci de la corriger.", True),
    # help requests state their goal or need
    ("Existe-t-il un moyen d'ajouter un champ de type signature ?", True),
    ("Is there a way to export the agenda bookings to a spreadsheet?", True),
    ("Comment paramétrer un rappel 48 h avant le rendez-vous ?", True),
    ("Pourriez-vous m'expliquer comment fonctionnent les catégories de fiches ?", True),
    # the writer explaining to others is no question: a complaint with no fact stays an
    # anomaly report without context, whatever the tool « devrait » do
    ("Ces dysfonctionnements sont intolérables : l'accueil passe ses matinées à expliquer aux "
     "familles ce que le site devrait faire seul.", True),
    # a change asked of the writer's own side, or in English, states its goal
    ("Le champ téléphone est obligatoire. Peut-on le rendre facultatif ?", False),
    ("The phone field is mandatory. Is it possible to make it optional?", False),
    # an obligation, even a negative one, is a need
    ("Comment retirer un agent parti ? Il ne doit plus avoir accès aux dossiers.", False),
    # what something is for or means, where it is: questions too
    ("Quelle est la différence entre une action globale et une action de statut dans les "
     "workflows ?", True),
    ("Où se trouvent les modèles des attestations ? Le service veut y changer la signature du "
     "maire, qui n'est plus le même.", False),
    # a wish to know is the question itself, no goal; a wish with its object is one
    ("Je voudrais savoir comment ça marche, les fiches du cimetière.", True),
    ("Nous souhaiterions comprendre comment fonctionnent les rôles.", True),
    ("Comment exporter les demandes ? Nous voudrions un tableau de suivi pour le conseil "
     "municipal.", False),
    ("Comment paramétrer l'agenda ? Nous souhaitons ouvrir les réservations le samedi.", False),
    ("Existe-t-il un export planifié ? Nous voudrions savoir si c'est possible avant d'en "
     "parler avec nos services.", False),
    ("Could you explain how the agenda waiting lists work?", True),
    ("Comment ajouter un champ téléphone ? Les animateurs voudraient joindre les parents "
     "pendant les sorties.", False),
    ("Est-il possible de programmer un export chaque lundi ? Nous souhaitons l'envoyer aux "
     "finances.", False),
    ("Comment faire pour qu'un agent reçoive un courriel à chaque demande ? L'objectif est "
     "d'éviter d'ouvrir le back-office toutes les heures.", False),
    ("How can agents see the history of a card? We need it to audit changes.", False),
    ("Peut-on limiter le nombre de demandes par usager ? Nous voulons éviter les doublons.",
     False),
    # an indirect question is a help request too: its need is enough
    ("Je ne sais pas si il est envisageable de filtrer par quartier : les agents en ont "
     "besoin pour leurs tournées.", False),
    ("Y a-t-il moyen d'ajouter un logo ?", True),
    ("Comment exporter la liste des inscrits au format CSV ? C'est pour la transmettre au "
     "maître-nageur.", False),
    ("Comment remettre la demande au statut « En instruction » sans que la famille ait à tout "
     "ressaisir ?", False),
    # a question that mentions an error in passing is still a question
    ("Comment préremplir le champ adresse ? Nous voulons éviter les erreurs de saisie.", False),
    ("J'ai cherché la colonne « Justificatif » dans la liste mais elle n'y apparaît pas. "
     "Comment l'afficher ? L'objectif est que l'accueil voie les dossiers complets d'un coup "
     "d'œil.", False),
    # what was checked, when it was seen, a chain of actions, what someone does that sets it
    # off: context told in ordinary words
    ("Le courriel de confirmation n'arrive pas chez les familles (vérifié dans les courriers "
     "indésirables).", False),
    ("Les rappels ne sont pas partis : constaté le 3 décembre au matin.", False),
    ("L'agent ouvre la fiche, va dans l'onglet Factures : la facture de mai n'apparaît pas.",
     False),
    ("L'instructeur valide la demande puis l'assigne au service Voirie : elle disparaît de la "
     "corbeille.", False),
    # one action that fails is the failure itself, no steps; two conditions are
    ("Quand un agent accepte la demande, le courriel part vide.", True),
    ("When an agent accepts the request, the confirmation e-mail is not sent.", True),
    ("Quand on appuie sur Imprimer dans l'encart Remboursement, il ne se passe rien.", True),
    ("Si j'essaye de répondre à nouveau, il dit que c'est déjà fait ; si je rafraîchis la "
     "page, la réponse apparaît. Le compteur ne se met pas à jour.", False),
    # a bug-report template tells an anomaly, whatever few words fill it; filled, it gives
    # its context; its labels in a sentence tell nothing
    ("**Démarche :** acte de décès\n\n**Ce qui se passe :** rien\n\n"
     "**Ce qui était attendu :** ok\n", True),
    ("### Comportement attendu\n\nLe PDF.\n\n### Navigateur\n\n", True),
    ("**Ce qui se passe :** une page blanche\n\n**Navigateur :** Firefox 128\n", False),
    ("Le comportement attendu serait que le champ soit pré-rempli : pouvez-vous l'ajouter ?",
     False),
    # support's fix that did not work is the ticket's history, not a change to tell
    ("Suite à votre intervention de mardi, j'ai refait le test et ça ne marche toujours pas.",
     True),
    ("After the update you made, the booking form still does not work.", True),
    ("Depuis votre intervention de mardi, le bouton Valider ne répond plus.", False),
    # a numbered list is steps when its items are actions, not when they are problems
    ("1. courriel de confirmation : le nom du champ s'affiche à la place du nom\n"
     "2. historique : les pièces jointes ne sont plus visibles", True),
    ("Le paiement échoue :\n1) Se connecter au portail\n2) Aller dans Mes factures\n"
     "3) Cliquer sur Payer", False),
    ("Le paiement échoue :\n1. Sur le portail, ouvrir Mes factures\n2. Payer la facture", False),
    ("The payment fails:\n1. Go to the invoices page\n2. Click Pay", False),
    # the moment of the problem to the hour, a short message it fails with
    ("Le paiement a échoué le 12/03 vers 14h30 pour la famille Martin.", False),
    ("Le paiement a échoué mardi vers 9 h pour une famille.", False),
    ("Le paiement a échoué pour la famille inscrite le 12/03.", True),
    ("La validation bloque avec le message « Accès refusé ».", False),
    # someone's words quoted that say only that it fails are hearsay, no message
    ("Un usager nous dit que son inscription au club « ne passe pas du tout » : il n'a pas "
     "reçu de confirmation.", True),
    # how it worked before, at a time named (« comme l'an dernier »); a goal with its pronoun
    ("Les demandes restent au statut « En attente » : est-ce normal ? Elles passaient au "
     "statut « Traitée » après le paiement, comme l'an dernier.", False),
    ("Les demandes restent au statut « En attente » : est-ce normal ?", True),
    # ...not the same failure again, likened to an earlier one
    ("L'agenda des salles ne s'affiche plus, exactement comme la semaine dernière.", True),
    ("L'agenda des salles ne s'affiche plus ; il s'affichait comme la semaine dernière "
     "jusqu'au changement de thème.", False),
    ("Comment modifier le texte du courriel envoyé aux familles ? Nous voulons y ajouter le "
     "numéro de la régie.", False),
    ("Un agent peut-il voir les demandes d'un autre service ? Nous réorganisons les droits "
     "pour septembre.", False),
    # what the application tells someone, quoted (a button's label is no message)
    ("Je ne peux pas payer la cantine, le site me dit « Transaction refusée ».", False),
    ("Je ne peux pas payer la cantine, le bouton « Payer » ne répond pas.", True),
    # a help request's need: the meeting or document it feeds, the routine it serves
    ("Comment obtenir le nombre de demandes par démarche sur l'année ? C'est pour le bilan "
     "annuel.", False),
    ("Comment obtenir le nombre de demandes par démarche sur l'année ? Pour le conseil.", False),
    ("Is there a way to export the bookings as a spreadsheet? Our finance team reconciles "
     "payments every month.", False),
    ("Is there a way to export the bookings as a spreadsheet?", True),
    # a template's field answered with a non-answer gives nothing
    ("Le formulaire plante.\nNavigateur : voir capture\nÉtapes : idem", True),
    ("Le formulaire plante.\n**Message d'erreur :** aucun\n**Étapes :** voir ci-dessus", True),
    ("Le formulaire plante.\nBrowser: see screenshot\nVersion: latest", True),
    ("Le formulaire plante.\n### Étapes pour reproduire\nRAS\n### Navigateur\nnéant", True),
    ("Le formulaire plante.\nNavigateur : Firefox 128\nÉtapes : idem", False),
    # steps answered with one word name an action at most; a field of what was done gives steps
    ("Le formulaire plante.\nÉtapes : test", True),
    ("**Ce qui se passe :** page blanche\n**Ce que vous avez fait :** valider", True),
    ("**Ce qui se passe :** page blanche\n**Ce que vous avez fait :** ouvert la demande, "
     "validé", False),
    ("Problème constaté à 10h15 ce matin : le bouton Valider ne répond pas.", False),
    # a bold label left empty is no one-word answer (its closing marks are no word), and the
    # thanks under the last one answer nothing
    ("**Navigateur :**\n\n**Résumé :** le planning des salles du lundi\n\n"
     "**Étapes pour reproduire :**", True),
    ("**Version :**\n\n**Résumé :** le planning des salles du lundi\n\n"
     "**Étapes pour reproduire :**\n\nMerci d'avance !", True),
    ("**Résumé :** agenda des salles vide\n\n**Étapes pour reproduire :**\n\n"
     "Ouvrir l'agenda, choisir la semaine 12.", False),
    # a log sent with the ticket; what the problem is limited to, said after the thing
    ("Le formulaire plante à l'envoi. Le fichier de log est en pièce jointe.", False),
    ("The form crashes on submit, logs attached.", False),
    ("Le paiement échoue pour les cartes American Express uniquement ; Visa passe.", False),
    ("Le paiement échoue. Seulement, les familles ne peuvent pas attendre.", True),
    # nothing shown, in English notes, is a symptom too
    ("sports hall booking: no slots showing for next week. pls check", True),
    ("Nothing shows up on the booking page since yesterday.", False),
    # symptoms in notes, the negation left out
    ("pas de créneaux visibles pour la semaine prochaine", True),
    ("pas de créneaux visibles depuis la mise à jour de mardi", False),
    # a vague duration tells neither when it began nor what changed; a dated one does
    ("Les commentaires ne fonctionnent plus depuis des mois.", True),
    ("Nous avons un bug sur l'agenda depuis quelques jours.", True),
    ("Le bouton Payer ne répond plus depuis un moment.", True),
    ("Les commentaires ne fonctionnent plus depuis deux mois.", False),
    ("Le bouton Payer ne répond plus depuis que la page a été republiée.", False),
    ("Constaté sur plusieurs instances : la route /api/signage/ renvoie une erreur.", False),
    ("Après une installation un peu compliquée, la synchronisation ne marche pas.", False),
    ("Le paiement ne fonctionne pas : les commerçants reçoivent le message « Paiement "
     "refusé ».", False),
    ("Dès qu'on coche « Autre », le champ Précisez n'apparaît pas.", False),
    ("Le champ Précisez n'apparaît pas si la case « Autre » est cochée.", False),
    ("The confirmation e-mail is not sent. Noticed on 2 December around 10am.", False),
    ("Cela fait une semaine que l'export des inscriptions est vide.", False),
    ("L'export est vide, alors que le mois dernier il était correct.", False),
    ("Le bouton Payer ne réagit pas avec Samsung Internet.", False),
    ("Le bouton Payer ne réagit pas en navigation privée.", False),
    # what the ticket follows is not what the problem follows; a step of the procedure is no
    # step to reproduce
    ("Suite à notre échange téléphonique : les familles ne reçoivent plus les courriels.",
     True),
    ("Suite à la mise en place du nouveau modèle, les familles ne reçoivent plus les "
     "courriels.", False),
    ("Les demandes ne passent jamais à l'étape suivante du circuit.", True),
    ("Les demandes sont bloquées à l'étape 2 du formulaire.", False),
    ("Le montant est faux. Le problème est apparu après la revalorisation des barèmes.", False),
    # when it happened today, when it last worked, where it happens, what someone else tried
    ("Ce matin vers 9 h 15, trois familles nous ont signalé que le paiement était refusé.",
     False),
    ("Les rappels SMS ne partent plus. Le dernier SMS envoyé date du 3 avril.", False),
    ("Sur l'environnement de recette, la carte du formulaire ne s'affiche pas.", False),
    ("Le paiement est refusé ; la famille a essayé avec une autre carte.", False),
    ("Le paiement est refusé ; la famille a essayé de payer trois fois.", True),
    ("Inscription cantine marche pas, déjà essayé plusieurs fois au téléphone.", True),
    # where it happens and where it does not narrows it down
    ("L'agenda n'affiche pas les créneaux du samedi ; les autres jours sont corrects.", False),
    ("L'attestation est vide pour les demandes de cette semaine, celles d'avant s'ouvrent "
     "normalement.", False),
    ("Le problème ne se produit qu'avec les comptes FranceConnect : le nom n'est pas "
     "prérempli.", False),
    ("The receipt shows the wrong amount for invoices paid by card; those paid by cheque are "
     "fine.", False),
    ("Le filtre par quartier ne fonctionne pas dans la liste des demandes en cours, alors "
     "qu'il marche sur la liste des demandes closes.", False),
    # a request for a change, an access or a setting: a mild sign of a problem in it tells
    # what is to change, it is no anomaly report
    ("Le courriel de rappel n'indique pas le lieu du rendez-vous. Pourriez-vous ajouter "
     "l'adresse de la mairie dans le modèle ?", False),
    ("Actuellement la liste ne montre pas la date de dépôt ; nous souhaiterions ajouter cette "
     "colonne.", False),
    ("Le nouvel agent du service Sports ne peut pas ouvrir les demandes : merci de lui "
     "attribuer le rôle Instructeur.", False),
    ("The reminder e-mail does not show the venue. Could you add the address to the "
     "template?", False),
    ("Serait-il possible de renommer le bouton « Valider » en « Envoyer ma demande » ?", False),
    ("La demande de Mme Roux n'avance pas : la famille a déposé au guichet le justificatif "
     "manquant. Merci de remettre la demande au statut « En instruction ».", False),
    ("L'adresse du service n'est plus la bonne : pouvez-vous mettre à jour le pied de page "
     "du portail ?", False),
    ("Le texte d'accueil n'est plus à jour. Pourriez-vous le remplacer par celui-ci ?", False),
    # what a wish says should no longer happen is the change wished
    ("Nous souhaitons que le courriel de confirmation n'affiche plus le numéro de l'accueil, "
     "qui a changé.", False),
    ("Il faudrait que le formulaire ne demande plus le justificatif de domicile.", False),
    ("Il faut que ce soit réglé vite, le paiement ne marche plus.", True),
    # ... however the change is asked: a wish with its object, a suggestion, « vous pourriez »
    ("Actuellement le formulaire ne permet pas de choisir un créneau horaire. Nous "
     "souhaiterions proposer des créneaux de deux heures.", False),
    ("Le portail famille n'affiche pas le solde du compte. Ce serait utile de l'afficher sur "
     "la page d'accueil.", False),
    ("Il n'existe pas de statut « En attente de pièces ». Est-ce que vous pourriez en créer "
     "un ?", False),
    ("Le courriel de confirmation ne mentionne pas les horaires. Nous aimerions les y faire "
     "figurer.", False),
    ("Le portail famille n'affiche plus le solde du compte depuis ce matin.", False),
    ("Le portail famille n'affiche plus le solde du compte.", True),
    # ...but a message shown, quoted after « message » or what shows it, tells one
    ("Les agents ont le message « Service indisponible ».", True),
    ("Le portail me dit « Erreur interne » ; merci de regarder.", True),
    ("Les agents ont le message « Service indisponible » depuis la mise à jour de lundi.",
     False),
    # a quoted name tells no malfunction, the words outside the quotes do
    ("Pourriez-vous ajouter le motif « Anomalie de facturation » à la liste des motifs ?",
     False),
    ("Le formulaire « Signaler une panne » doit aussi être proposé aux communes voisines.",
     False),
    ("Le formulaire « Signaler une panne » ne s'affiche plus sur le portail.", True),
    # a change asked as a question states its goal, whatever else the text says
    ("Le numéro de dossier ne s'affiche pas dans le courriel. Serait-il possible d'ajouter ce "
     "numéro afin que les familles puissent le citer ?", False),
    # ... but a plain sign of a malfunction still needs its context
    ("Le paiement en ligne ne fonctionne plus. Pourriez-vous aussi ajouter un lien vers le "
     "règlement ?", True),
    # a last question announced as such is another request: its goal is not the anomaly's
    ("La recherche d'un usager reste sans résultat.\n\nDernière chose : comment exporter la "
     "liste des comptes ? Le maire voudrait le chiffre pour le conseil.", True),
    ("La recherche d'un usager reste sans résultat depuis la mise à jour.\n\nDernière chose : "
     "comment exporter la liste des comptes ? Le maire voudrait le chiffre pour le conseil.",
     False),
    # not knowing how to do something is a help request: its goal is enough
    ("Nous ne savons pas paramétrer un rappel la veille du rendez-vous. L'objectif est de "
     "réduire les absences.", False),
    ("Nous ne savons pas paramétrer un rappel la veille du rendez-vous.", True),
    # neither an anomaly nor a question: a plain request
    ("Merci d'ajouter Mme Petit au rôle « Gestionnaire piscine ».", False),
    ("Pourriez-vous supprimer la demande 45-220, créée par erreur lors d'un test ?", False),
    # a symptom told without a negation is a malfunction too
    ("Le backoffice est très lent pour les agents de l'accueil.", True),
    ("Le montant de la facture de garderie est mal calculé pour une famille.", True),
    ("Le bouton Valider est grisé sur la démarche Aide au permis.", True),
    ("Les créneaux de l'agenda sont décalés d'une heure.", True),
    ("Les agents sont déconnectés du backoffice toutes les cinq minutes.", True),
    ("Erreur à la validation du formulaire de réservation.", True),
    ("Le portail famille est HS.", True),
    ("Le montant est mal calculé depuis le changement de tarif du 1er septembre.", False),
    ("connexion impossible au backoffice pour les agents, merci de voir", True),
    ("rien ne s'affiche sur la page des réservations", True),
    ("Le lien du courriel mène à une page introuvable.", True),
    ("Le lien du courriel mène à une page introuvable depuis la mise à jour.", False),
    # a call for help is a help request, and no need by itself
    ("J'aurais besoin d'un peu d'aide sur le champ Quotient familial.", True),
    ("Au sujet de la démarche https://demarches.ville.fr/backoffice/forms/12/, pourriez-vous "
     "nous aider ?", True),
    ("Au sujet de la démarche https://demarches.ville.fr/backoffice/forms/12/, pourriez-vous "
     "nous aider ? Nous voulons y ajouter les aides au transport pour la rentrée.", False),
    ("J'aurais besoin d'aide : nous avons besoin d'exporter les inscrits pour l'assureur.",
     False),
    ("Je prépare le bilan annuel : comment exporter les demandes de l'année ?", False),
    # what an option or a status stands for is a help question too
    ("À quoi correspond le statut « Suspendu » dans le tableau de bord ?", True),
    ("À quoi correspond le statut « Suspendu » ? Nous voulons relancer ces dossiers avant "
     "la clôture du budget.", False),
    # the market (« marché ») is no check that it works somewhere
    ("La liste des exposants du marché sur la page d'accueil est vide.", True),
    ("La liste des exposants est vide, mais elle marche sur la tablette.", False),
    # the writer's reading of the cause is context
    ("Le courriel n'affiche plus le numéro ; je pense que cela vient du modèle modifié.", False),
    ("Le courriel n'affiche plus le numéro ; je pense que c'est un bug.", True),
    # ...but asking support where it comes from is the question, not a reading
    ("Le courriel n'affiche plus le numéro. Pouvez-vous voir d'où ça peut venir ?", True),
    ("Le courriel n'affiche plus le numéro : ça pourrait venir du modèle modifié.", False),
    # a link's words are not the writer's context
    ("Voir https://forum.example.org/t/plantage-apres-mise-a-jour/12", True),
    # a bare link, with a plea to look, a screenshot announced, a closing and a name block
    ("Bonjour,\n\nPouvez-vous regarder ce dossier ?\n"
     "https://demarches.ville.fr/backoffice/management/aide/55/\n\nMerci", True),
    ("Ci-joint une capture.\nhttps://demarches.ville.fr/backoffice/management/att/71/", True),
    ("Bonjour,\n\nhttps://demarches.ville.fr/backoffice/management/acte/221/\n\n"
     "Cordialement,\nAline Bernard\nService des sports", True),
    ("Bonjour,\n\nhttps://demarches.ville.fr/backoffice/management/acte/221/\n\n"
     "Le PDF sort vide depuis la mise à jour de lundi.", False),
    # a template's field answered with an unknown gives nothing, its label neither
    ("Navigateur : n/a\nLe paiement échoue.", True),
    ("**Navigateur :** je ne sais pas\n**Système :** inconnu\nLe paiement échoue.", True),
    ("### Étapes\nNC\n\n### Description\nLe paiement échoue.", True),
    ("**Navigateur :** Firefox 128\n**Système :** inconnu\nLe paiement échoue.", False),
    # a change asked with its object pronoun, or with a verb of display or organisation
    ("Le champ Téléphone est obligatoire. Pouvez-vous le rendre facultatif ?", False),
    ("Les usagers ne comprennent pas le champ Code. Serait-il possible de le masquer ?", False),
    ("Le courriel n'indique pas l'adresse. Pourriez-vous faire en sorte qu'il l'indique ?",
     False),
    # the wish to know is the question itself, not its goal
    ("How can we export the bookings? We would like to know.", True),
    ("How can we export the bookings? We would like to send them to the council.", False),
    # negations that tell no malfunction
    ("Merci d'ajouter un champ Allergies au formulaire. Ce n'est pas urgent.", False),
    ("Je n'ai pas eu de retour sur mon ticket précédent : où en êtes-vous ?", False),
    # « navigateur » alone names no browser; several tried, or which one, does
    ("Les PDF ne s'ouvrent pas dans le navigateur des agents.", True),
    ("Les PDF ne s'ouvrent pas, nous avons essayé sur deux navigateurs différents.", False),
    # a test that says nothing of what was tried is no check
    ("L'export sort vide. J'ai testé plusieurs fois, sans succès.", True),
    ("L'export sort vide. J'ai testé avec un autre compte agent, même résultat.", False),
    # steps numbered with a dash or a slash
    ("1- ouvrir le formulaire\n2- choisir la crèche\nLe tarif affiché est faux.", False),
    ("1/ ouvrir le formulaire\n2/ choisir la crèche\nLe tarif affiché est faux.", False),
    # an error message pasted without quote marks
    ("Le dépôt échoue avec ce message :\n\n> Le fichier n'a pas pu être enregistré.", False),
    ("Le dépôt échoue. Message : le fichier n'a pas pu être enregistré sur le serveur", False),
    # a browser given in the signature block, not the mail program's line
    ("Bonjour,\n\nLe paiement échoue pour les familles.\n\nCordialement,\nJulie Perrin\n"
     "Régie enfance\nEdge 126 – Windows 11", False),
    ("Bonjour,\n\nLe paiement échoue pour les familles.\n\nEnvoyé de mon iPhone", True),
    ("Bonjour,\n\nLe paiement échoue pour les familles.\n\n"
     "Envoyé à partir de Courrier pour Windows", True),
    # symptoms told in everyday words
    ("Le lien vers les menus est cassé sur le portail.", True),
    ("Pas moyen de joindre le justificatif sur la demande de carte.", True),
    ("Nous avons des doublons dans les inscriptions de juillet.", True),
    ("La liste des demandes mouline sans fin.", True),
    ("Les courriels de confirmation arrivent dans les spams des familles.", True),
    ("Plusieurs familles ont reçu une facture de cantine à 0 € pour mai.", True),
    ("The payment page keeps spinning and never completes.", True),
    # ... and with their context
    ("Le lien vers les menus est cassé depuis la mise à jour de mardi.", False),
    # a change put forward, or a title opening on it (the title here asks nothing)
    ("Le courriel ne mentionne pas le numéro.\n\nProposition : l'ajouter en tête.", False),
    ("Le courriel ne contient pas le lien. Il faudrait y ajouter le lien de paiement.", False),
    # someone's need, today's way of working, work done by hand
    ("Le service a besoin d'au moins 48 heures avant chaque réservation. Où se règle ce "
     "délai ?", False),
    ("Aujourd'hui, une association peut réserver pour le lendemain. Où se règle le délai ?",
     False),
    ("Nous recréons le formulaire à la main chaque année. Comment le dupliquer ?", False),
    # a call for « votre aide » is no need; a check by what is spared is context
    ("J'aurais besoin de votre aide pour les tableaux de bord. Pouvez-vous me rappeler ?", True),
    ("Les agents ne voient plus les demandes. Le problème ne touche que le rôle Accueil.",
     False),
    # asking to be told is no change asked
    ("Pourriez-vous nous indiquer comment paramétrer les relances ?", True),
    # a wish to make some changes, without saying which
    ("Nous souhaiterions apporter quelques modifications au workflow : "
     "https://demarches.ville.fr/backoffice/workflows/9/\nComment procéder ?", True),
    ("Nous souhaiterions apporter quelques modifications au workflow : ajouter une étape de "
     "validation par le maire. Comment procéder ?", False),
    # a template's example steps left as they are, in French too
    ("Le paiement échoue.\n\n**Pour reproduire**\n1. Aller sur '...'\n2. Cliquer sur '...'\n"
     "3. Voir l'erreur\n", True),
    ("Le paiement échoue.\n\n**Pour reproduire**\n1. Ouvrir la facture\n2. Cliquer sur Payer\n",
     False),
    # a change or an action told with its date
    ("Le reçu porte une mauvaise adresse, malgré la modification faite le 4 mars dans les "
     "paramètres.", False),
    ("Le reçu porte une mauvaise adresse.", True),
    # a device named by its make or model implies its system
    ("Depuis son Redmi Note 11, la photo ne se joint pas au signalement.", False),
    ("Sur une Surface Go, la page des réservations reste grise.", False),
    ("La photo de 300 pixels ne se joint pas au signalement.", True),
    # a device quoted is a name (a field), not the writer's device
    ("Le champ « Tablette » ne s'affiche plus dans le formulaire.", True),
    ("Le champ Commentaire ne s'affiche plus sur ma tablette.", False),
    # a call back asked as the ticket's question is a help request, which needs its goal
    ("Pouvez-vous me rappeler au secrétariat, poste 118 ?", True),
    ("Pouvez-vous me rappeler au secrétariat, poste 118 ? Nous voulons ouvrir les "
     "inscriptions en ligne afin d'éviter la file d'attente.", False),
    # a record's number in two parts with the action that fails on it; alone, no context
    ("Dossier 14-2231 : erreur à la validation.", False),
    ("Dossier 2023-118 : erreur lors de la transmission.", False),
    ("Dossier 14-2231 : les pièces jointes ont disparu.", True),
    # ...the action told by its button, by what cannot be done, by the step it fails at
    ("Demande 31-447 : le bouton « Accepter » renvoie une page blanche.", False),
    ("Dossier 2024-0415 : impossible d'imprimer le récépissé.", False),
    ("Demande 31-447 : le paiement est refusé à la dernière étape.", False),
    ("Demande 31-447 : la signature échoue au moment de valider.", False),
    ("Demande 31-447 : le montant affiché est faux.", True),
    # a template field naming the record
    ("Le montant est faux.\n\nNuméro de dossier : 14-2231\n", False),
    # a template field of when the problem began
    ("Le montant est faux.\n\nDébut du problème : lundi 10 février\n", False),
    ("Le montant est faux.\n\nPremier constat : le 10 février\n", False),
    ("Le montant du séjour est faux.\n\nDate de début du séjour : 10 février\n", True),
    # a list of several problems, each at its own precise address
    ("Points de la semaine :\n- cantine : tarif faux https://portail.ville.fr/factures/88/\n"
     "- piscine : créneaux disparus https://agendas.ville.fr/manage/agendas/piscine/\n", False),
    ("Points de la semaine :\n- cantine : tarif faux\n- piscine : créneaux disparus\n", True),
    # in a bulleted note, an arrow to a phrase is the symptom, not a path of steps
    ("Réunion :\n- cantine -> tarifs faux sur le portail\n- piscine : créneaux disparus\n",
     True),
    ("L'export plante.\n- Paramètres -> Exports\n", False),
    # « Et on voudrait… » opens another request: the malfunction before it needs its context
    ("Le menu ne s'affiche plus. Et on voudrait ajouter une page, comment faire ?", True),
    # « en testant » the thing itself is how the problem was found, no check
    ("En testant le nouveau module, les réservations sont enregistrées en double.", True),
    ("En testant avec un autre compte, les réservations sont enregistrées en double.", False),
    # « et puis il faudrait… » is another need, no step
    ("La recherche ne trouve plus rien, et puis il faudrait ajouter un agent au groupe.", True),
    # an error told by where it is; a change not taken into account
    ("Erreur sur le formulaire de la crèche, voir capture.", True),
    ("Le courriel porte toujours l'ancien logo. Y a-t-il un cache ?", True),
    ("Le courriel porte toujours l'ancien logo depuis la mise à jour de lundi. Y a-t-il un "
     "cache ?", False),
    # how to do it, asked the spoken way
    ("Deux familles ont la même place. On fait comment ?", True),
    # steps told in prose: other subjects, « et », the past, a recipe
    ("Les agents se connectent, ouvrent la demande et la page reste blanche.", False),
    ("L'usager remplit le formulaire, joint son justificatif et valide : une erreur s'affiche.",
     False),
    ("J'ai rempli le formulaire, ajouté la pièce jointe et validé : une erreur s'affiche.", False),
    ("Il suffit d'ouvrir une demande et de cliquer sur Imprimer : le PDF est vide.", False),
    ("Il faut aller dans Paramètres, choisir Utilisateurs : la page reste blanche.", False),
    # ...but one action is the failure itself
    ("Quand l'usager valide, une erreur s'affiche.", True),
    # a person's time in a post, or the device a message is written from, is no context
    ("Le paiement ne fonctionne plus. Je suis en poste depuis lundi.", True),
    ("Je suis la nouvelle gestionnaire depuis mars. Le paiement ne fonctionne plus.", True),
    ("Le paiement ne fonctionne plus depuis lundi.", False),
    # an error's code on a form named in words tells not where to see it again; with the
    # form's address, or on what is no form, it does
    ("Erreur 503 sur le formulaire de réservation du gymnase.", True),
    ("Les agents ont une erreur 500 quand ils valident la démarche de permis de louer.", True),
    ("Erreur 503 sur le formulaire https://demarches.ville.fr/reservation-gymnase/ quand on "
     "valide.", False),
    ("L'export des statistiques renvoie une erreur 500 quand je choisis l'année 2023.", False),
    # ...and a code with nothing that fails beside it, no action, record or address, tells what
    # is shown, not how to see it again
    ("Les usagers ont ce message : « Une erreur est survenue (code 500) ».", True),
    ("Nous avons une erreur 500 lors de l'import du fichier des abonnés.", False),
    # ...but a time that says no when is none
    ("Récemment, le paiement ne fonctionne plus.", True),
    ("Le paiement ne fonctionne plus, du jour au lendemain.", True),
    ("Le paiement ne fonctionne plus. Je vous écris de mon ordinateur.", True),
    # template fields of the account, the moment, the software, the message shown
    ("Le paiement échoue.\n\nCompte utilisé : accueil2\n", False),
    ("Le paiement échoue.\n\n**Quand ?**\nCe matin.\n", False),
    ("Le paiement échoue.\n\nLogiciel : Portail 2024.3\n", False),
    ("Le paiement échoue.\n\nMessage affiché : Accès interdit\n", False),
    ("Le paiement échoue.\n\nTéléphone : 01 02 03 04 05\n", True),
    # a fault put on support is no reading of its cause
    ("L'import échoue. Le prestataire dit que ça vient de chez vous.", True),
    ("L'import échoue. Je pense que cela vient du renommage du champ.", False),
    # a tool that gives up on its user, in everyday words
    ("Une fois de plus votre portail nous lâche, nos administrés n'en peuvent plus.", True),
    ("Le portail est encore en rade, les familles appellent sans arrêt.", True),
    ("Le portail famille rame énormément le lundi matin.", True),
    ("Le portail famille rame énormément depuis la mise à jour.", False),
    # difficulties with something are a mild sign, like « des soucis avec »
    ("Les agents signalent des difficultés avec les pièces jointes des dossiers.", True),
    # the address of the workflow's action that goes wrong shows it again, beside what goes
    # wrong; not beside « ne marche pas », and a record's address with a symptom is not enough
    ("Le SMS de rappel part avec la date du jour au lieu de celle du rendez-vous.\n\nL'action : "
     "https://demarches.ville.fr/backoffice/workflows/9/status/4/items/2/", False),
    ("Le SMS de rappel ne marche pas.\n\nL'action : "
     "https://demarches.ville.fr/backoffice/workflows/9/status/4/items/2/", True),
    ("Le SMS de rappel part avec la date du jour au lieu de celle du rendez-vous, par exemple "
     "https://demarches.ville.fr/backoffice/management/rdv-pmi/41/", True),
    # what the failure follows (« après avoir réservé ») is one action, no steps; a chain told
    # from it is, and so is the action with the record it fails on
    ("Les familles ne reçoivent pas le courriel après avoir réservé un créneau.", True),
    ("Après avoir choisi le créneau puis cliqué sur Réserver, la page reste blanche.", False),
    ("Signalement 31-204 : le courriel ne part pas après avoir ajouté la photo.", False),
    # context in the short words of notes and dictation: a device, where it works, what was
    # tried, a chain of actions with no comma; a phone to call back on is no device
    ("Le paiement ne marche pas sur l'ordi de l'accueil.", False),
    ("Le paiement ne marche pas. Sur l'autre poste ça marche.", False),
    ("Le paiement ne marche pas, j'ai redémarré et vidé le cache.", False),
    ("Le courriel n'arrive pas, la famille a regardé dans ses spams.", False),
    ("Le plan ne s'affiche pas sur le signalement de la rue Haute : le cadre reste gris. Sur "
     "les autres signalements je vois bien la carte.", False),
    ("Le plan ne s'affiche pas sur le signalement de la rue Haute : le cadre reste gris.", True),
    ("le paiement plante je choisis la facture je clique sur payer la page reste blanche", False),
    ("Le paiement ne marche pas, rappeler Mme Durand sur son tel.", True),
    # a quote after « erreur au clic sur » is the button's label, not the error shown
    ("Le formulaire de réservation affiche une erreur au clic sur « Enregistrer ».", True),
    ("Le formulaire de réservation affiche l'erreur « Le fichier est trop volumineux » à "
     "l'envoi.", False),
    # a template whose placeholders are left in brackets tells nothing
    ("Le paiement échoue.\n\n**Étapes :**\n1. [étape 1]\n2. [étape 2]\n\n"
     "**Navigateur :** [votre navigateur]\n", True),
    ("Le paiement échoue.\n\n**Étapes :**\n1. ouvrir la facture\n2. cliquer sur Payer\n", False),
])
def test_technical_context(body, expected):
    assert fires(body) is expected


@pytest.mark.parametrize("title, body, expected", [
    # a ticket that says nothing but a link reports nothing that can be seen again
    ("Agenda PMI", "https://agendas.ville.fr/manage/agendas/pmi-sud/\n", True),
    ("Agenda PMI", "Bonjour,\n\nVoir : https://agendas.ville.fr/manage/agendas/pmi-sud/\n\n"
     "Merci\n", True),
    # ... unless its title asks for a change, or the text says more
    ("Ajouter le logo de la mairie", "https://demarches.ville.fr/carte-resident/\n", False),
    # a title that opens on the change asked: the text's mild sign says what is to change
    ("Afficher l'heure dans le courriel de confirmation",
     "Le courriel de confirmation n'indique pas l'heure du rendez-vous.\n", False),
    ("Courriel de confirmation",
     "Le courriel de confirmation n'indique pas l'heure du rendez-vous.\n", True),
    ("Agenda PMI", "https://agendas.ville.fr/manage/agendas/pmi-sud/\nCréneaux du samedi "
     "à ouvrir.\n", False),
    # an error's code alone with the link, in the text or the title, tells not how to see it
    ("Erreur 404", "https://agendas.ville.fr/manage/agendas/pmi-sud/\n", True),
    ("Agenda PMI", "Erreur 500\nhttps://agendas.ville.fr/manage/agendas/pmi-sud/\n", True),
    ("Erreur 404", "404\n\nhttps://agendas.ville.fr/manage/agendas/pmi-sud/\n\nMerci\n", True),
    # ...but with the action that brings it, it does
    ("Erreur 500", "https://agendas.ville.fr/manage/agendas/pmi-sud/\nErreur 500 quand je "
     "clique sur Enregistrer le créneau.\n", False),
])
def test_technical_context_bare_link(title, body, expected):
    text = HEADER.replace('title: "Inscriptions scolaires de la rentrée"', f"title: {title}")
    assert any(f.rule == "technical-context" for f in lint(parse_draft(text + body), DEFAULT,
                                                           "fr")) is expected


def test_technical_context_finding_position_and_message():
    body = "Bonjour,\n\nLe paiement en ligne de la cantine plante pour les familles.\n"
    [finding] = [f for f in lint(parse_draft(HEADER + body), DEFAULT, "en")
                 if f.rule == "technical-context"]
    assert (finding.line, finding.column) == (9, 36)  # "plante"
    assert finding.message.startswith("Give the anomaly's context")


def test_help_request_message():
    body = "Existe-t-il un moyen d'ajouter un champ de type signature ?\n"
    [finding] = [f for f in lint(parse_draft(HEADER + body), DEFAULT, "fr")
                 if f.rule == "technical-context"]
    assert (finding.line, finding.column) == (7, 1)
    assert finding.message.startswith("Pour une demande d'aide")


def test_typo_report_message():
    body = "Il y a des fautes d'orthographe dans le texte.\n"
    [finding] = [f for f in lint(parse_draft(HEADER + body), DEFAULT, "fr")
                 if f.rule == "technical-context"]
    assert finding.message.startswith("Pour une faute dans un texte")


@pytest.mark.parametrize("tracker", ["Support", "Suport", "Anomalie", "", "Gestion de projet"])
def test_an_anomaly_needs_its_context_on_every_tracker(tracker):
    """A misspelt, unknown or missing tracker (the `tracker` rule reports the slip), or an
    anomaly found in a project's recette and filed on Gestion de projet: its context is asked."""
    body = "Le paiement en ligne ne fonctionne plus.\n"
    draft = parse_draft(HEADER.replace("tracker: Support", f"tracker: {tracker}") + body)
    assert any(f.rule == "technical-context" for f in lint(draft, DEFAULT, "fr"))


def test_a_projects_management_is_asked_no_context():
    body = ("Bonjour,\n\nNous souhaitons fixer les étapes du projet de la démarche d'inscription "
            "aux classes de neige : validation du cahier des charges fin novembre, ouverture aux "
            "familles en mars.\n\nPourriez-vous nous proposer deux dates pour la réunion de "
            "lancement ?\n")
    draft = parse_draft(HEADER.replace("tracker: Support", "tracker: Gestion de projet") + body)
    assert not any(f.rule == "technical-context" for f in lint(draft, DEFAULT, "fr"))
