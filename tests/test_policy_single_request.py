"""The default rule `single-request`.

The drafts are written for these tests. Several requests must be found whether they come as a
list of asks, after a marker ("par ailleurs", "also", "PS"), or as questions on unrelated
subjects; one request told in several parts (steps, fields of a new form, symptoms, context and
follow-up questions) must be left alone.

These pin the DEFAULT POLICY (redlint/policy/default.yaml and its vocabularies), not the rule
type: a vocabulary edit that changes a verdict here changes the policy, so the table is updated
with it. The type itself is tested on its own vocabularies in test_rule_single_request.py.
"""

from __future__ import annotations

import pytest

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.config.rulecache import load_ruleset

RULES = load_ruleset()
FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")


def findings(body: str):
    return [f for f in lint(parse_draft(FRONT + body), RULES, "fr") if f.rule == "single-request"]


_POINTS_OF_MINUTES = (
    "Bonjour,\n\nVoici le relevé de la réunion de suivi du 4 mars.\n\n**1. Urbanisme**\nLe "
    "service souhaite ouvrir en ligne les demandes de certificat d'urbanisme. Nous vous "
    "demandons un devis pour cette nouvelle démarche.\n\n**2. Formation**\nTrois agents "
    "arrivent à l'accueil en avril. Merci de nous indiquer vos disponibilités pour une "
    "demi-journée de prise en main du back-office.\n\nCordialement,\n")


_CCAS_NEED = (
    "Bonjour,\n\nLe CCAS reçoit par la démarche « Aide alimentaire » des demandes qui "
    "contiennent des informations sensibles. Aujourd'hui, tous les agents du back-office "
    "peuvent les voir dans la liste des demandes.\n\nNotre besoin : que seuls les "
    "travailleurs sociaux du CCAS puissent ouvrir ces demandes. Est-ce faisable avec les rôles "
    "actuels ?\n\n")


SEVERAL = [
    # « merci d'ajouter » asks, its verb elided, in a template's remarks
    "**Problème constaté**\nSur le portail famille, le menu de la semaine s'affiche sans la "
    "liste des allergènes, alors que le champ est rempli : https://demarches.ville.fr/"
    "backoffice/data/menus-cantine/52/\n\n**Navigateur**\nChrome 131, Windows 11.\n\n"
    "**Remarques**\n- Merci d'ajouter au passage le régime « sans porc » dans les choix du "
    "champ « Régime » de l'inscription à la cantine : https://demarches.ville.fr/backoffice/"
    "forms/8/fields/14/\n",
    # an ask on another object, its address given in the next sentence of its paragraph
    "Bonjour,\n\nDepuis le 18 novembre, les spectateurs qui réservent une place reçoivent "
    "deux fois le courriel de confirmation, par exemple pour https://demarches.ville.fr/"
    "backoffice/management/"
    "reservation-spectacle/2101/ ; l'action d'envoi est https://demarches.ville.fr/backoffice/"
    "workflows/17/status/1/items/3/ et nous n'y avons pas touché.\n\nPour la saison "
    "prochaine, il faudrait aussi que le formulaire de réservation permette d'indiquer le "
    "nombre de places PMR souhaitées. Le champ irait après celui du nombre de places : "
    "https://demarches.ville.fr/backoffice/forms/22/fields/6/\n",
    # a dictated run-on: « autre chose », then what shows cut off (« est coupé »)
    "bonjour alors depuis lundi sur les tablettes quand on saisit les relevés de compteur la "
    "position GPS ne se remplit plus et on peut pas valider, on a redémarré les tablettes ça "
    "change rien, et sinon autre chose quand on imprime les badges de bac le code-barres est "
    "coupé en bas de l'étiquette, voilà merci\n",
    # « Autre souci : » opening its line on a problem, on words of the thing told
    "Bonjour,\n\nLes pompes funèbres ne voient plus dans leur espace les demandes "
    "d'autorisation de fermeture de cercueil déposées avant mars : https://demarches.ville.fr"
    "/backoffice/management/fermeture-cercueil/588/\n\nAutre souci : sur le PDF de "
    "l'autorisation de fermeture de cercueil, le cachet de la mairie n'apparaît plus.\n",
    # the report of a recette session, point by point
    "Bonjour,\n\nVoici les retours de notre première session de recette sur la démarche de "
    "prêt de liseuses, qui n'est pas encore publiée.\n\n1. L'agenda accepte deux "
    "réservations de la même liseuse sur le même créneau. Les deux demandes de test ont été "
    "acceptées. Agenda : https://agendas.ville.fr/manage/agendas/liseuses/\n2. Le courriel de "
    "confirmation affiche le code brut de la date au lieu de la date de retour. Action "
    "concernée : https://demarches.ville.fr/backoffice/workflows/14/status/2/items/3/\n3. Le "
    "contrat de prêt en PDF ne comporte pas le logo de la médiathèque. Action concernée : "
    "https://demarches.ville.fr/backoffice/workflows/14/status/3/items/1/\n\nTests faits "
    "sous Firefox 130, Windows 11.\n",
    # a relayed ask added in a P.S.
    "Bonjour,\n\nMme Berthier n'arrive pas à réserver la salle des fêtes : au moment de "
    "valider, le message « Ce créneau n'est plus disponible » apparaît (Firefox 128).\n\n"
    "P.S. : Mme Berthier me demande aussi de remplacer l'adresse de courriel du compte du "
    "club : https://connexion.ville.fr/manage/users/204/\n",
    # who wishes, told before, then the wish for a thing named anew, in a paragraph of its own
    "Bonjour,\n\nSur la déclaration mensuelle de taxe de séjour, les hébergeurs cochent "
    "« Exonération saisonnier ». Depuis le 1er août, les nuitées exonérées ne sont plus "
    "déduites du total : demande 18-2388 (Firefox 128, Windows 11).\n\nLes hébergeurs "
    "voudraient recevoir un récépissé en PDF après leur déclaration annuelle, pour leur "
    "comptabilité. Est-ce possible ?\n",
    # a dictated run-on: « et puis » then another problem, on a subject of its own
    "bonjour je vous dicte ce message entre deux réunions nous avons fermé les créneaux de la "
    "salle des fêtes pour le dimanche 15 mars puisque la salle sert de bureau de vote mais sur "
    "le formulaire de réservation le dimanche apparaît toujours disponible et un habitant a pu "
    "réserver hier soir j'ai refait le test sur Firefox et le 15 est bien proposé et puis la "
    "lettre d'information de la page d'accueil affiche toujours le numéro de janvier au lieu "
    "de celui de février est-ce que vous pourriez regarder merci\n",
    # a paragraph opening on another object, named anew, at its own address: another problem
    "Bonjour,\n\nDepuis le 10 juin, les usagers qui signalent un bruit ne reçoivent plus le "
    "courriel d'accusé de réception.\n\nAction : https://demarches.ville.fr/backoffice/"
    "workflows/18/status/1/items/2/\nExemple : https://demarches.ville.fr/backoffice/"
    "management/signalement-bruit/2301/\n\nSur le formulaire des autorisations de terrasse, "
    "le champ « Téléphone » refuse les numéros internationaux : https://demarches.ville.fr/"
    "backoffice/forms/61/fields/7/\n",
    # a newcomer's own account, asked for after a problem: « a pris ses fonctions », then
    # « qu'elle puisse accéder » naming her by a pronoun
    "Bonjour,\n\nDepuis la rentrée, la page « Mes créneaux » de l'espace associations "
    "n'affiche plus aucun créneau pour notre club (Chrome, Windows 10).\n\nNotre secrétaire, "
    "Mme Lenoir, a pris ses fonctions le 2 juin. Je souhaiterais qu'elle puisse accéder à "
    "l'espace du club avec son propre compte.\n",
    # a template's remarks asking about something else on the thing told, named there as the
    # place (« sur ce même formulaire, »)
    "**Problème constaté :** le champ « Justificatif » de la démarche de carte de piscine "
    "refuse les fichiers PDF : « Type de fichier non autorisé ».\n\n**Étapes pour "
    "reproduire :** ouvrir la démarche, joindre un PDF.\n\n**Remarques :** sur ce même "
    "formulaire, pourriez-vous ajouter la possibilité de payer la carte en trois fois ?\n",
    # a short ask whose paragraph goes on with its subject, after a marker
    "Bonjour,\n\nM. Petit n'arrive pas à joindre son justificatif à sa demande de bois de "
    "chauffage n° 24-318 : le site répond « fichier trop volumineux » pour un PDF de 1 Mo "
    "(Firefox 128, Windows 10).\n\nSinon, pourriez-vous aussi supprimer le compte en double "
    "de M. Petit ? Il en a créé un second avec une autre adresse courriel et ne sait plus "
    "lequel utiliser : https://connexion.ville.fr/manage/users/377/\n",
    # a wish told aloud in a dictated run-on (« et aussi si c'était possible que… »)
    "Bonjour alors je vous écris parce que depuis le changement d'horaire de la permanence du "
    "mardi les personnes inscrites à l'atelier numérique reçoivent le SMS de rappel avec la "
    "date du lundi au lieu du mardi du coup trois personnes sont venues pour rien lundi et "
    "aussi si c'était possible que les animateurs bénévoles puissent imprimer la liste des "
    "inscrits du jour sans ouvrir les dossiers ça nous arrangerait merci\n",
    # a template's remarks field asking about something else
    "**Démarche :** Demande de composteur\n\n**Description du problème :** Le récapitulatif "
    "affiché avant validation n'indique plus le montant de la participation.\n\n"
    "**Remarques :** Où se règle le nom de l'expéditeur des courriels envoyés aux usagers ?\n",
    # ...the ask pointing at what it names by « cette »
    "**Description :** Les pièces jointes des demandes de permis de louer ne s'ouvrent plus "
    "dans le back-office.\n\n**Commentaire :** Pour le permis de louer, les bailleurs "
    "voudraient enregistrer leur demande en brouillon. Peut-on activer cette possibilité ?\n",
    # a newcomer told in one sentence, her account asked for in the next, by a pronoun
    "Bonjour,\n\nLe courriel envoyé au service urbanisme au dépôt d'une demande d'enseigne "
    "arrive sans la maquette jointe depuis le 9 octobre : "
    "https://demarches.ville.fr/backoffice/workflows/27/status/1/items/3/\n\nMme Claire Roth "
    "a rejoint le service urbanisme le 1er octobre. Je vous remercie de bien vouloir lui "
    "ouvrir un compte agent.\n",
    # a template's remarks telling another problem, where it shows first
    "**URL de la demande :** https://demarches.ville.fr/backoffice/management/encombrants/44/"
    "\n\n**Description :** la demande annulée par l'usager reste comptée dans le créneau, qui "
    "n'est plus proposé aux autres usagers.\n\n**Résultat attendu :** la place est libérée à l'annulation.\n\n"
    "**Remarques :** dans le courriel de rappel envoyé la veille, l'horaire de passage n'est "
    "plus le bon depuis la mise à jour. Pourriez-vous corriger le modèle ?\n",
    # a numbered problem whose third word is a navigation word (« menu »): no step
    "Hello,\n\nTwo things from the sports department:\n\n1. The Saturday lunch menu on the "
    "family portal no longer shows the prices since Monday's update.\n2. Could you also add "
    "a field for the child's swimming level on the summer camp form?\n",
    # a template's remarks asking for something else, its steps under a heading of their own
    "**Description du problème :** Depuis lundi, le champ « Date d'arrivée » de la démarche "
    "de location de salle n'accepte plus aucune date.\n\n**Étapes pour reproduire :**\n"
    "1. Ouvrir la démarche\n2. Saisir 12/05/2025\n\n**Remarques :** Serait-il possible "
    "d'ajouter une colonne « Association » dans l'export des locations de salle ?\n",
    # a paragraph wrapped by hand, its marker on one line and its problem on the next
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "le 3 mars :\nhttps://demarches.ville.fr/backoffice/management/abonnement-piscine/41/\n\n"
    "De plus, dans la liste des agents du back-office, le filtre par service et par\n"
    "ancienneté ne fonctionne plus depuis la semaine dernière.\n",
    # ...not a line ending on a stop: the marker still opens the next one
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "lundi.\nde plus, les courriels de rappel des cours de natation n'arrivent plus aux "
    "familles.\n",
    # ...nor lines typed on a phone without capitals, a line break ending each sentence
    "bonjour\nles visiteurs espagnols arrivent pas a reserver un emplacement, le champ "
    "telephone du formulaire camping refuse les numeros en +34, on a essaye devant eux sur le "
    "pc de l'accueil\net ce serait bien d'avoir le formulaire en espagnol aussi, beaucoup "
    "comprennent pas les questions\nmerci.\n",
    # ...nor a template's field, its paragraph opening on markup
    "**Démarche** : Inscription à l'école de musique\n\n**Navigateur** : Firefox 128, "
    "Windows 11\n\n**Description** : Le tarif calculé pour le deuxième enfant reprend celui "
    "de l'an dernier au lieu\ndu nouveau tarif voté en juin.\n\n**Étapes pour reproduire** :"
    "\n1. ouvrir la démarche ;\n2. ajouter deux enfants.\n\n**Remarques** : il faudrait "
    "aussi pouvoir joindre un justificatif de quotient dans la demande de bourse\nde "
    "pratique instrumentale, il n'y a pas de champ fichier actuellement.\n",
    # ...nor a line whose next one opens on a capital, a sentence of its own
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "lundi\nDe plus les courriels de rappel des cours de natation n'arrivent plus aux "
    "familles.\n",
    # ...nor notes, one per line, ending on no stop
    "Bonjour,\n\nRenommer le champ « Quotient » en « QF » dans la démarche de la cantine "
    "scolaire\nsupprimer le bloc « Pièces » de la démarche d'abonnement à la piscine\n",
    # ...nor short lines
    "Bonjour,\n\nRenommer le champ « QF » de la cantine\nsupprimer le bloc « Pièces » de "
    "la piscine.\n",
    # a postscript on a fact, the ask after it pointing at that fact by a pronoun
    "Bonjour,\n\nL'export nocturne des abonnés de la médiathèque échoue depuis le 6 avril "
    "avec une erreur 500 : https://demarches.ville.fr/backoffice/management/abonnement/33/\n\n"
    "P.S. : sur la même démarche, la notice du champ « Justificatif » mentionne la saison "
    "dernière. Pouvez-vous nous dire comment la modifier ?\n",
    # a closing thanks joined by « et » to another question
    "Bonjour,\n\nSur le PDF des factures d'eau, l'adresse des abonnés est coupée après "
    "trente caractères : https://facturation.ville.fr/manage/invoicing/regie/3/invoice/58/\n\n"
    "Merci d'avance, et pourriez-vous également nous envoyer la documentation du nouveau "
    "module de réservation des gymnases ?\n",
    # a newcomer's access in call notes, under the notes of a problem
    "Appel de Mme Roche (piscine), 10 h :\n\n- les créneaux du samedi n'apparaissent plus côté "
    "usagers\n- côté agents : visibles\n- + accès back office pour un nouveau collègue, "
    "M. Diallo\n- à rappeler avant midi\n",
    # ...also after the caller's own sign-in failure, named by what is to be done to it
    "Appel de M. Faure (régie piscine), 9 h :\n\n- le back office refuse son mot de passe "
    "depuis ce matin\n- réinitialisation faite, même refus\n- + création compte pour "
    "l'apprentie qui arrive lundi\n",
    # ...or a leaver's account noted as to be closed (« à désactiver »)
    "Bonjour,\n\nLe formulaire de réservation des salles affiche une erreur 500 depuis ce "
    "matin : https://demarches.ville.fr/backoffice/management/reservation-salles/58/\n\n"
    "Le compte agent de Mme Perret, partie à la retraite le 30 juin, est à désactiver.\n",
    # a list of points, one of them a page to update (« à remplacer »)
    "Points à voir cette semaine :\n\n- demande de composteur : le modèle choisi n'apparaît "
    "plus dans le récapitulatif depuis le 2 avril\n- page des horaires de la piscine : "
    "horaires d'hiver encore en ligne, à remplacer par ceux d'été\n",
    # ...or a newcomer told as joining the service (« a rejoint le service »)
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "le 3 mars : https://demarches.ville.fr/backoffice/management/abonnement-piscine/41/\n\n"
    "Mme Colin a rejoint le service des sports le 2 mai, merci de lui créer un accès au back "
    "office.\n",
    # ...or in English, after a price set against what was voted (« whereas »)
    "Hello,\n\nThe swimming pass form shows €12 whereas the council voted €9 for residents: "
    "https://demarches.ville.fr/backoffice/forms/63/fields/7/\n\nCould you add our new agent "
    "Tom Hardy to the \"Sports\" role?\n",
    # a call's notes: a problem, then what the commune asks (« la commune demande une… »)
    "Appel de la mairie de Breux, 10 h.\n\n- le récapitulatif PDF des inscriptions sort vide "
    "depuis lundi\n- la commune demande une formation au back office pour ses six "
    "secrétaires\n",
    # a wish added by a marker right after its verb (« souhaiterais par ailleurs »)
    "Bonjour,\n\nLes habitants n'arrivent plus à envoyer de signalement de voirie depuis "
    "lundi : https://demarches.ville.fr/backoffice/management/signalement-voirie/12/\n\n"
    "Je souhaiterais par ailleurs recevoir chaque mois le nombre de signalements par "
    "commune membre.\n",
    # a second point told aloud, in a dictation without stops
    "bonjour c'est Paul de la régie alors j'ai deux choses la première c'est que les factures "
    "de cantine de mars sortent sans le nom de l'enfant depuis lundi et la deuxième c'est qu'on "
    "voudrait ajouter un champ pour le numéro d'allocataire dans la demande de quotient merci\n",
    # a second ask after « du coup », added by « aussi »
    "Bonjour,\n\nLe justificatif de domicile ne s'enregistre plus dans la demande de carte de "
    "déchèterie depuis lundi : https://demarches.ville.fr/backoffice/management/carte-dechets/"
    "77/\n\nDu coup, pourriez-vous aussi prolonger la validité des cartes de l'an dernier "
    "jusqu'au 30 juin ?\n",
    # a newcomer's account asked for after a problem on something else, told as a need
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "le 3 mars : https://demarches.ville.fr/backoffice/management/abonnement-piscine/41/\n\n"
    "M. Karim Aubert prend son poste d'agent d'accueil lundi ; il lui faut un compte agent "
    "pour traiter les abonnements.\n",
    # ...or lacking it
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "le 3 mars : https://demarches.ville.fr/backoffice/management/abonnement-piscine/41/\n\n"
    "Notre nouvelle collègue de l'accueil, Mme Inès Garnier, n'a pour l'instant accès à aucun "
    "guichet du back office.\n",
    # ...or a leaver's account to close, asked after a problem on something else
    "Bonjour,\n\nLe reçu de paiement des abonnements de piscine part sans le montant depuis "
    "le 3 mars : https://demarches.ville.fr/backoffice/management/abonnement-piscine/41/\n\n"
    "Faut-il fermer nous-mêmes le compte agent de M. Perrin, parti à la retraite fin mai ?\n",
    # call notes reporting the caller's question on another thing
    "Appel de M. Garnier (mairie de Breux), lundi 10 h.\n\nLe récépissé des demandes "
    "d'inscription au transport scolaire n'est plus envoyé aux familles depuis vendredi, par "
    "exemple pour https://demarches.ville.fr/backoffice/management/transport-scolaire/412/\n\n"
    "M. Garnier demande aussi comment ajouter le logo de la commune sur la page d'accueil du "
    "portail.\n",
    # a letter's formula cut by the marker: « de bien vouloir » still asks
    "Madame, Monsieur,\n\nDepuis le 3 mars, le formulaire de demande de place en crèche refuse "
    "les dates de naissance postérieures au 1er janvier, alors que les familles peuvent "
    "inscrire un enfant à naître.\n\nJe vous saurais gré, par la même occasion, de bien "
    "vouloir nous transmettre le registre des traitements de données de votre solution.\n",
    # a dictation: a « donc » early on is no consequence of what « en plus » adds much later
    "bonjour c'est Anne à la mairie je dicte depuis la voiture donc désolée pour la "
    "ponctuation alors sur l'agenda de la salle des fêtes le samedi 8 mars a été réservé par "
    "deux familles en même temps alors que l'agenda n'accepte qu'une réservation et en plus "
    "les courriels de confirmation de réservation ne partent plus du tout depuis lundi\n",
    # ...followed by a question on each of them, not on one problem
    "Bonjour,\n\nVoici les anomalies relevées pendant nos essais de la semaine.\n\n"
    "| # | Page | Constat |\n|---|---|---|\n"
    "| 1 | inscription au stage | la date de fin ne s'affiche pas |\n"
    "| 2 | courriel de confirmation | le lien vers l'espace famille est cassé |\n"
    "| 3 | liste des inscrits | le filtre par âge ne renvoie aucune ligne |\n\n"
    "Pouvez-vous nous dire pour chacune si c'est une erreur de paramétrage ou un défaut ?\n",
    # a template's fields read as a list (the problem, then its steps), an empty one, then a
    # last field reporting a problem on another thing
    "**Description** : depuis lundi, les demandes de badge de la déchetterie restent bloquées "
    "au statut « Reçue », par exemple "
    "https://demarches.ville.fr/backoffice/management/badge-decheterie/314/\n\n"
    "**Étapes** : valider le paiement au guichet.\n\n**Résultat attendu** : le statut "
    "« Badge commandé ».\n\n**Navigateur** :\n\n**Autres informations** : le plan des "
    "conteneurs à verre de la page Environnement n'affiche plus aucun conteneur.\n",
    # « ce message » of « je profite de ce message pour » is the mail, no problem pointed at
    "Bonjour,\n\nDepuis lundi, le champ « Commune de naissance » de la demande d'acte de "
    "naissance refuse les communes de plus de 20 caractères : "
    "https://demarches.ville.fr/backoffice/forms/3/fields/12/\n\nJe profite de ce message "
    "pour vous signaler que le plan des bornes de recharge du portail n'affiche plus aucune "
    "borne depuis vendredi.\n",
    # ...and after « et puis autre chose », the closing « merci de me rappeler » many words on
    # is the message's, not what the marker opens
    "bonjour c'est Paul du service des sports le formulaire d'inscription au stage de voile "
    "refuse les enfants nés en 2015 il dit que l'âge n'est pas valide on a essayé hier avec "
    "Firefox et puis autre chose le planning des gymnases ne s'affiche plus sur la page des "
    "associations depuis lundi les clubs nous appellent tous les jours et on ne sait pas quoi "
    "leur dire voilà merci de me rappeler au 01 23 45 67 89\n",
    # a dictation run on without a stop, another problem after « et sinon autre chose »
    "bonjour c'est Paul du service des sports le formulaire d'inscription au stage de voile "
    "refuse les enfants nés en 2015 il dit que l'âge n'est pas valide on a essayé hier avec "
    "Firefox et sinon autre chose le planning des gymnases ne s'affiche plus sur la page des "
    "associations voilà bonne journée\n",
    # questions announced, each on a subject of its own, nothing told above them
    "Bonjour,\n\nJ'ai trois questions :\n\n- comment ajouter un agent au rôle des sports ?\n"
    "- peut-on changer le logo du portail ?\n- où trouver les statistiques des inscriptions "
    "?\n",
    # a table of a test session's findings, a problem in each row, after an intro telling the
    # problems found, or naming the new procedure they were found on
    "Bonjour,\n\nVoici les anomalies relevées pendant nos essais de la semaine.\n\n"
    "| # | Page | Constat |\n|---|---|---|\n"
    "| 1 | inscription au stage | la date de fin ne s'affiche pas |\n"
    "| 2 | courriel de confirmation | le lien vers l'espace famille est cassé |\n"
    "| 3 | liste des inscrits | le filtre par âge ne renvoie aucune ligne |\n",
    "Bonjour,\n\nNos retours après les essais de la nouvelle démarche d'inscription au stage."
    "\n\n| # | Page | Constat |\n|---|---|---|\n"
    "| 1 | page 2 | la date de fin ne s'affiche pas |\n"
    "| 2 | courriel de confirmation | le lien vers l'espace famille est cassé |\n"
    "| 3 | liste des inscrits | le filtre par âge ne renvoie aucune ligne |\n",
    # a list of cases, one of them another problem than the others'
    "Bonjour,\n\nDes familles contestent la facture de la halte-garderie de mars. Cas relevés "
    "par l'accueil :\n\n- F-2025-03-0041 : heures de mars facturées deux fois\n"
    "- F-2025-03-0057 : idem\n- famille Perrin : l'attestation fiscale n'apparaît pas dans "
    "son espace, alors que celle de 2023 y est\n",
    # notes of a call: two problems, one told as something sent with the old one
    "Appel de la mairie de Breux, mardi 10 h\n\n- demande 12-345, bouton Payer grisé côté "
    "famille depuis ce matin\n- reçus de cantine envoyés avec l'ancien logo de la ville\n"
    "- rappeler jeudi\n",
    # a template's remarks reporting a problem on another thing
    "**Démarche :** location des jardins familiaux\n\n"
    "**Description du problème :** le reçu de location n'arrive plus aux jardiniers depuis "
    "lundi.\n\n**Étapes pour reproduire :** déposer une demande, la valider au guichet.\n\n"
    "**Remarques :** la carte des parcelles ne propose plus le quartier du Moulin.\n",
    # two problems in one sentence, each clause on a thing of its own
    "Bonjour,\n\nDepuis la mise à jour, le plan des jardins familiaux n'affiche plus les "
    "parcelles libres, le tarif de l'abonnement annuel affiché sur la fiche est encore "
    "celui de l'an dernier.\n",
    # a paragraph of a third party's wish, after a problem, on a thing named anew
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nLes bénévoles du marché aimeraient pouvoir déposer leur "
    "stand en ligne avant le printemps.\n",
    # the writer's wish that another thing change, with an English third party too
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nNous souhaiterions que la bannière du portail annonce "
    "la fête des associations.\n",
    "Hello,\n\nSince Monday the allotment rental receipt is missing from the gardeners' "
    "mailbox, they don't get it.\n\nThe library staff would like the events calendar to "
    "show school holidays.\n",
    # numbered points told in full on subjects of their own, no marker, no announcement
    "Bonjour,\n\n1. Le module des jardins familiaux garde les parcelles attribuées l'an "
    "dernier comme libres dans la liste publique des lots : "
    "https://demarches.ville-exemple.fr/backoffice/management/jardins/\n"
    "2. Sur la page des piscines, les horaires du bassin nordique sont ceux de la période "
    "estivale au lieu de ceux de la rentrée.\n\nMerci\n",
    # « Et » opening a sentence on something new that fails
    "Bonjour,\n\nLe plan des pistes cyclables ne se charge plus sur le portail. Et les "
    "attestations de stationnement n'arrivent plus dans la boîte des agents.\n",
    # « Et » opening a wish of the writer's after a problem
    "Bonjour,\n\nLe plan des pistes cyclables ne se charge plus sur le portail. Et on "
    "voudrait pouvoir publier le compte rendu du conseil de quartier, comment faire ?\n",
    # a postscript asking to fix something else, its object a pronoun
    "Bonjour,\n\nL'agent de Vernoux obtient une page d'accès refusé sur la demande de "
    "composteur qu'il a corrigée hier.\n\nP.S. : le texte d'aide du champ « Volume » du "
    "formulaire de prêt de broyeur est périmé, pouvez-vous le corriger ?\n",
    # a marker after another one at the start of its line
    "Bonjour,\n\nLe plan des pistes cyclables ne se charge plus sur le portail.\n\n"
    "Sinon, rien à voir : le bandeau de la médiathèque affiche la fermeture estivale.\n",
    # a second request told unrelated, with or without « avec »
    "Bonjour,\n\nDepuis lundi, le bouton Valider de la demande d'acte de décès ne répond plus "
    "sous Firefox 128. Question sans rapport : comment exporter la liste des inscrits au forum "
    "des associations ?\n",
    "Bonjour,\n\nDepuis lundi, le bouton Valider de la demande d'acte de décès ne répond plus "
    "sous Firefox 128.\n\nP.S. : sans lien avec ce qui précède, le maire souhaite refaire un point "
    "sur le contrat de maintenance.\n",
    "Bonjour,\n\nDepuis lundi, le bouton Valider de la demande d'acte de décès ne répond plus "
    "sous Firefox 128. Et puis une chose qui n'a rien à voir ma collègue voudrait savoir "
    "comment imprimer la liste des rendez-vous du jour.\n",
    # a step of the users' after « une fois » is no follow-up of the request told
    "Bonjour,\n\nLe plan des pistes cyclables ne se charge plus sur le portail.\n\n"
    "Autre souci : une fois la réservation de vélo validée, les usagers ne reçoivent "
    "aucun courriel de confirmation.\n",
    # anomalies announced, then named together under them: still several
    "Bonjour,\n\nVoici les anomalies relevées sur le portail cette semaine :\n\n"
    "1. la cellule des actualités affiche celles de l'an dernier ;\n"
    "2. le formulaire de séjour refuse les enfants nés en 2012.\n\n"
    "Ces anomalies bloquent la mise en ligne.\n",
    # a problem added in passing with « en plus », on a subject of its own
    "Bonjour,\n\nles familles ne reçoivent pas le reçu de la garderie et en plus les agents "
    "ne voient plus les réservations de la piscine dans leur agenda.\n",
    # a list of asks
    "Bonjour,\n\n- le paiement par carte échoue sur le portail famille ;\n"
    "- pouvez-vous ajouter un filtre par école ?\n- la faute dans le courriel n'est pas corrigée.\n",
    "Bonjour,\n\n1) Corriger le libellé du champ « Quotient »\n"
    "2) Ajouter la commune de Bobigny dans la liste\n3) Supprimer l'étape de validation du chef\n",
    "bonjour\n1/ la garderie ne se paie pas sur iphone\n2/ on voudrait envoyer un sms aux "
    "familles\n3/ le mail de contact du portail est faux\nmerci\n",
    "Hi,\n\n* the search box returns no result for \"piscine\";\n"
    "* can you translate the cookie banner?\n* the footer shows the old phone number.\n",
    # an announcement
    "Bonjour,\n\nVoici les anomalies relevées sur le portail cette semaine :\n\n"
    "1. la cellule des actualités affiche celles de l'an dernier ;\n"
    "2. le formulaire de séjour refuse les enfants nés en 2012.\n",
    "Bonjour,\n\nVoici nos remarques après la mise en ligne :\n- le plan ne se charge pas\n"
    "- les horaires d'été\n- le logo\n",
    "Bonjour,\n\nJ'ai deux questions : comment exporter les inscrits en CSV, et qui peut "
    "modifier le bandeau du portail ?\n",
    # a marker opening another request
    "Bonjour,\n\nLe paiement de la cantine échoue avec une erreur 500 depuis lundi.\n\n"
    "Par ailleurs, serait-il possible de changer le texte d'accueil du formulaire de salles ?\n",
    "Bonjour,\n\nLes rappels SMS des rendez-vous passeport ne partent plus.\n\n"
    "Autre point : le calendrier de collecte des encombrants affiche encore l'an dernier.\n",
    "Bonjour,\n\nLe champ SIRET refuse les numéros qui commencent par 0.\n\n"
    "J'en profite pour vous signaler que la carte des travaux reste grise.\n",
    "Bonjour,\n\nLa liste des badges ne se trie pas par date de dépôt.\n\n"
    "PS : pourriez-vous aussi réactiver le compte de M. Perrin, bloqué après trois essais ?\n",
    "Bonjour,\n\nLe courriel de confirmation de réservation de salle arrive vide.\n\n"
    "De plus, nous aimerions savoir comment afficher le nombre de bennes par quartier sur "
    "le tableau de bord des agents.\n",
    "Hello,\n\nThe lost pet form centres its map on Paris instead of our town.\n\n"
    "Another thing: the agenda page still lists last year's concerts.\n",
    "Hello,\n\nThe booking form does not send its confirmation email since the update.\n\n"
    "Also, could you give the volunteers of the animal shelter read-only access to requests?\n",
    "**Point 1** : le champ « Classe » propose encore les niveaux de l'an dernier.\n\n"
    "**Point 2** : nous souhaitons exporter les réservations au format ODS.\n",
    # unrelated questions on their own lines
    "Bonjour,\n\nComment ajouter un agent dans le back-office des services techniques ?\n"
    "Pourquoi les rendez-vous de l'état civil n'apparaissent plus dans l'agenda de la mairie "
    "annexe ?\n",
    "Bonjour,\n\nComment ajouter un nouvel agent au service des sports ?\n\n"
    "Et pourquoi le calendrier des collectes de déchets n'affiche-t-il plus les dates de "
    "juillet ?\n",
    "Bonjour,\n\nLe reçu de paiement de la piscine ne porte pas le nom de l'enfant.\n\n"
    "Et tant que je vous écris, comment fait-on pour changer l'adresse de la mairie affichée "
    "en bas du portail ?\n",
    "Bonjour,\n\nJ'ai deux questions de réglage. La première concerne l'ordre des colonnes de "
    "la liste des permis de stationnement : peut-on la changer ? La seconde porte sur le "
    "courriel de bienvenue des nouveaux commerçants : comment y ajouter leur raison sociale ?\n",
    "Hi,\n\nThe library renewal form rejects every card number starting with zero.\n\n"
    "While you're at it, could you rename the \"Branch\" field of the events form to "
    "\"Library\"?\n",
    "Bonjour,\n\nLe tableau de bord des agents de la voirie ne charge plus les signalements "
    "depuis lundi.\n\nDans un tout autre registre, comment change-t-on la photo de la page "
    "d'accueil du portail ?\n",
    "Bonjour,\n\nLe plan de la halle n'affiche plus les emplacements des forains.\n\n"
    "Tant qu'à vous écrire : comment change-t-on l'adresse d'expédition des courriels du "
    "marché ?\n",
    # notes of things to do
    "- bandeau des vacances sur le portail -> à ajouter\n- agenda du gymnase : fermeture du "
    "15 août oubliée\n- relevé annuel des factures de crèche possible ?\n",
    # an enumeration: each step of it on another subject
    "Bonjour,\n\nD'abord, la carte des points de collecte ne se charge plus depuis lundi.\n\n"
    "Ensuite, les courriels de bienvenue des nouveaux inscrits n'affichent plus le nom de la "
    "commune.\n",
    "Bonjour,\n\nLe paiement des factures de crèche échoue avec une erreur 502 sous Firefox "
    "128. Et pour finir, ce serait bien de pouvoir trier les inscrits par école dans la liste "
    "des agents.\n",
    "LES HORAIRES DES DÉCHETTERIES NE S'AFFICHENT PLUS SUR LE PORTAIL.\n\n"
    "ET AUSSI LE COURRIEL DES CARTES DE STATIONNEMENT PART AVEC LA MAUVAISE ADRESSE.\n",
    # sections titled by their subjects
    "Bonjour,\n\n## Export des inscriptions\n\nLe fichier exporté ne contient pas la colonne "
    "des allergies depuis la mise à jour.\n\n## Bandeau du portail\n\nPouvez-vous nous dire "
    "comment changer la couleur du bandeau ?\n",
    "Deux sujets pour les piscines.\n\n**a) Tarif réduit des étudiants**\n\nLe tarif réduit "
    "n'est pas appliqué au paiement.\n\n**b) Horaires de la piscine Nord**\n\nPourriez-vous "
    "ajouter les horaires d'été sur la page de la piscine ?\n",
    # a list whose items are labelled
    "Voici ce que le service voudrait :\n\n- **Agenda des sports** : pouvoir filtrer les "
    "créneaux par gymnase ;\n- **Inscriptions** : créer un champ pour le numéro de licence ;\n"
    "- **Portail** : remplacer la photo de la page d'accueil.\n",
    # headings numbering the problems
    "## Problème 1 : export\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "## Problème 2 : logo\n\nLe logo du portail ne s'affiche plus sur mobile.\n",
    # a postscript, "en plus"
    "Bonjour,\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "PS : le logo du portail ne s'affiche plus sur mobile.\n",
    # two problems in one sentence, the first told after when it began, the second on a
    # form named by what it is for
    "Bonjour, depuis la semaine dernière les reçus de la piscine indiquent un mauvais tarif, "
    "le formulaire de prêt de matériel refuse les dates de juillet. Pouvez-vous regarder ?\n",
    # typed on a phone: « au fait » with no comma, « sinon » opening a sentence
    "bonjour depuis ce matin les parents ne peuvent plus payer la garderie en ligne. au fait "
    "le logo de la commune est tout flou sur les mails de confirmation\n",
    "bjr, le formulaire de prêt de la salle des fêtes plante quand on valide. sinon la liste "
    "des assistantes maternelles n'est plus à jour sur le site\n",
    # a paragraph opening on another service
    "bonjour\n\nle formulaire de demande de copie d'acte ne génère plus le pdf depuis hier\n\n"
    "pour le ccas les demandes d'aide alimentaire n'arrivent plus dans la boite de la "
    "directrice\n",
    # two communes, each with its problem
    "bonjour, pour la commune de Lavaur le formulaire de demande de benne ne s'envoie plus, "
    "et pour Saint-Jean c'est la carte des points d'apport qui reste grise\n",
    # a contrast opening a paragraph on a problem elsewhere
    "Bonjour,\n\nLe montant des factures de la halte-garderie est de 0 € au lieu de 1,20 € "
    "pour le premier quotient depuis la mise à jour de la grille.\n\nPar contre, sur le portail, la "
    "réservation des courts de tennis refuse toutes les dates de juillet.\n",
    # ...written as French typography has it
    "Bonjour,\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "P.-S. : le plan des déchetteries ne s'affiche plus sur la page d'accueil.\n",
    "Bonjour,\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "En plus, le logo du portail ne s'affiche plus sur les téléphones.\n",
    # a problem told by a negative subject ("aucun... ne", "rien ne"), after "de même"
    "Bonjour,\n\nLe paiement de la cantine échoue avec une erreur 500 depuis lundi.\n\n"
    "De même, aucune réservation de salle n est possible pour les associations sportives du "
    "quartier nord.\n",
    "Bonjour,\n\nLe paiement de la cantine échoue avec une erreur 500 depuis lundi.\n\n"
    "De même, rien ne s'affiche dans l'agenda des équipements sportifs du quartier nord.\n",
    # labelled problems, each a short "Label : value" line
    "Bonjour,\n\n- Portail : la page d'accueil reste vide\n"
    "- Agenda : les créneaux du samedi ne s'affichent plus\n",
    # notes of things to do, without bullets
    "Fiche famille => renommer « Tuteur » en « Responsable légal »\n"
    "Supprimer le bloc des actualités de la page d'accueil\n",
    # notes indented by habit (code for Markdown, sentences by their words)
    "Bug sur le plan des écoles qui reste tout gris\n\n"
    "    Bug dans la liste des secteurs, les noms des rues restent vides.\n\n"
    "    Bug sur l'export des inscrits en CSV qui ne contient que les titres.\n",
    # numbered problems, each with its own expected result under the same number
    "## Description\n\nLa location de matériel ne fonctionne plus depuis la mise à jour.\n"
    "1/ le champ « Quantité » accepte à tort des valeurs négatives\n"
    "2/ le bouton « Réserver » reste sans effet\n\n## Comportement attendu\n\n"
    "1/ que la quantité soit au moins de un\n2/ que la location soit enregistrée\n",
    # a numbered list going on after a paragraph
    "Bonjour,\n\n1/ Le tarif des factures de crèche n'est pas le bon depuis juin.\n\n"
    "Nous avons vérifié la grille tarifaire.\n\n2/ De plus, comment exporter les inscrits du "
    "centre de loisirs ?\n",
    # a second ask put as a wish in the past, introduced in passing
    "Bonjour,\n\nLes relances des dossiers de bourse incomplets ne partent plus depuis mardi.\n\n"
    "Je voulais aussi vous demander s'il est possible d'ajouter un champ « numéro de "
    "licence » au formulaire d'adhésion au club nautique.\n",
    # one more problem told as such, mid-sentence
    "Bonjour,\n\nPourriez-vous ouvrir un compte agent pour la nouvelle secrétaire du "
    "conservatoire ?\n\nNous avons également un souci avec le plan interactif des parkings, "
    "qui reste gris.\n",
    # "au fait" by the way, "j'en ai une autre"
    "Bonjour,\n\nLes inscriptions au stage de voile n'apparaissent pas dans la liste des "
    "agents.\n\nAu fait, le numéro de la mairie en bas du portail est faux depuis le "
    "changement de standard.\n",
    "Bonjour,\n\nLe moteur de recherche du catalogue ne trouve plus aucun livre par auteur.\n\n"
    "J'en ai une autre : les lecteurs ne reçoivent plus le rappel de fin de prêt.\n",
    # taking the opportunity: « en profiter pour », « tant que vous y êtes », « hors sujet »,
    # « encore une chose », and « merci aussi de » asking
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Pourriez-vous en profiter pour mettre à jour le logo de la mairie dans l'en-tête ?\n",
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Et tant que vous y êtes, le numéro de l'accueil en bas du site est faux.\n",
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Hors sujet : le numéro de l'accueil en bas du site est faux.\n",
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Encore une chose : le numéro de l'accueil en bas du site est faux.\n",
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Merci aussi de créer un compte pour notre nouvelle collègue du service des sports.\n",
    # no marker: a second paragraph reporting a problem on another form's demand
    "Bonjour,\n\nLe récépissé de la demande https://demarches.ville.fr/backoffice/management/"
    "badge-parking/31/ porte la date de dépôt au lieu de la date de validation.\n\n"
    "Sur la demande https://demarches.ville.fr/backoffice/management/pret-materiel/8/, le "
    "choix des tables disparaît quand l'agent repasse la demande en instruction.\n",
    # a text dictated without stops: the marker opens another request mid-sentence
    "bonjour c'est Sylvie de l'accueil je vous écris vite le formulaire de carte de "
    "stationnement résident refuse les justificatifs en PDF depuis ce matin et pendant que "
    "j'y pense la direction voudrait qu'on ajoute des permanences le samedi merci Sylvie\n",
    # ...and a weak one, in a long run-on, closely followed by an ask on something else
    "bonjour c'est Paul des sports je dicte depuis le gymnase le planning des créneaux du "
    "dojo n'affiche plus les séances du jeudi soir alors que les clubs les ont bien réservées "
    "la semaine dernière et les entraîneurs trouvent la salle occupée en arrivant on a vérifié "
    "sur deux ordinateurs pareil et sinon ce serait bien qu'on puisse envoyer un SMS aux "
    "licenciés quand une séance est annulée merci\n",
    # an ask said as it is spoken, not inverted: « si vous pouvez regarder »
    "bonjour le planning du dojo n'affiche plus les séances du jeudi soir depuis lundi et au "
    "passage le tarif de la piscine sur la page des horaires est encore celui de l'an dernier "
    "si vous pouvez regarder merci\n",
    # a table of communes, each row a problem or an ask of its own
    "Bonjour,\n\nVoici les retours des communes cette semaine :\n\n"
    "| Commune | Retour |\n|---|---|\n"
    "| Breux | le formulaire de recensement refuse les dates de naissance avant 1950 |\n"
    "| Marolles | le courriel de confirmation des salles arrive sans la date |\n"
    "| Vaux | pourriez-vous ajouter le logo de la commune sur le portail ? |\n",
    # a marker opening its paragraph on an ask, on the same object as the problem told
    "Bonjour,\n\nLa carte du signalement de dépôt sauvage n'affiche plus les colonnes à "
    "verre ajoutées en mai.\n\nAu passage, serait-il possible que la carte s'ouvre centrée "
    "sur le bourg ?\n",
    # a wish added at the end of a forwarded letter, after "Et"
    "Bonjour, réclamation reçue ce matin.\n\n---------- Message transféré ---------\n"
    "Bonjour,\n\nLa facture de cantine de mars n'apparaît pas dans mon espace famille, "
    "alors que j'ai reçu le courriel qui l'annonce. Et ce serait bien aussi de pouvoir "
    "payer en trois fois les séjours d'été.\n\nCordialement,\nA. Martin\n",
    # a wish added to the problem told, the marker after its verb
    "Bonjour,\n\nDepuis mardi, les photos des signalements de voirie ne s'ouvrent plus dans "
    "le back-office : page blanche.\n\nLes agents voudraient aussi pouvoir trier la liste "
    "des signalements par quartier, est-ce faisable ?\n",
    # notes of two problems, one told as what cannot be seen
    "- inscriptions piscine de juin invisibles pour les familles, depuis lundi\n"
    "- horaires d'été faux sur la page des équipements\n- merci\n",
    # a letter speaking for two communes, a paragraph each
    "Bonjour,\n\nPour Breux, le formulaire de recensement refuse les dates de naissance "
    "avant 1950.\n\nPour Marolles, la secrétaire voudrait pouvoir ajouter un champ "
    "« téléphone » à la demande de salle.\n\nMerci.\n",
    # markers said in passing, as people speak; a problem named with « au lieu des »
    "Bonjour,\n\nLe paiement de la cantine échoue depuis lundi avec une erreur 500.\n\n"
    "Petite parenthèse : le bandeau du portail des associations affiche encore les horaires "
    "d'hiver.\n",
    "Bonjour,\n\nLe paiement de la cantine échoue depuis lundi avec une erreur 500.\n\n"
    "Ah, et le bandeau du portail des associations affiche encore les horaires d'hiver.\n",
    "Bonjour,\n\nLe paiement de la cantine échoue depuis lundi avec une erreur 500.\n\n"
    "Et sinon, le bandeau du portail des associations affiche les horaires d'hiver au lieu "
    "des horaires d'été.\n",
    # minutes of a meeting: each decision is a piece of work of its own
    "Bonjour,\n\nCompte rendu du comité de pilotage du 3 mai.\n\n**Relevé de décisions**\n\n"
    "1. Le formulaire de location de salle ouvrira le 1er juin.\n"
    "2. Le tarif du repas des seniors passe à 6 € au 1er juillet.\n"
    "3. La commune de Vaux rejoint le portail à la rentrée.\n",
    # a list of wishes announced as such
    "Bonjour,\n\nVoici nos souhaits pour la rentrée :\n\n"
    "1. Afficher les menus de la cantine sur la page d'accueil.\n"
    "2. Pré-remplir la fiche sanitaire avec les informations de l'an dernier.\n"
    "3. Relancer par SMS les familles qui n'ont pas réservé.\n",
    # a postscript on another problem of the page told ("the same page" is no same problem)
    "Hello,\n\nThe booking form for the sports hall rejects dates after June.\n\n"
    "Thanks,\nPaul\n\nP.S. The contact link at the foot of the same page leads to an error.\n",
    # a marker after a postscript's mark or a conjunction opening its line
    "Bonjour,\n\nLe plan des pistes cyclables ne se charge plus depuis hier.\n\n"
    "P.S. Autre chose : le calendrier des marchés indique toujours les jours d'hiver.\n",
    # feedback of a test session, point by point
    "Bonjour,\n\nVoici les retours de la réunion de relecture :\n\n"
    "- le plan du cimetière ne se charge pas ;\n- le texte d'accueil doit citer la mairie annexe.\n",
    # new procedures asked together
    "Bonjour,\n\nTrois nouvelles démarches sont souhaitées par les élus : prêt de vélos, "
    "inscription au repas des aînés, demande de composteur.\n",
    # a second problem after « de plus » or « par ailleurs », told by a clash or stale content
    "Bonjour,\n\nLe paiement des droits de place échoue depuis vendredi.\n\n"
    "De plus, les reçus envoyés aux forains portent toujours l'ancien tampon de la régie.\n",
    "Bonjour, le plan des marchés ne se charge plus depuis vendredi. Par ailleurs, deux "
    "créneaux du boulodrome se chevauchent samedi dans l'agenda des associations.\n",
    # a wish after a problem, asked with « est-ce qu'on pourrait »
    "bonjour\nle champ plaque du formulaire de stationnement refuse les plaques italiennes\n"
    "et pendant que j'y pense est-ce qu'on pourrait afficher le tarif horaire des parkings\n",
    # a message forwarded by the writer, holding two requests
    "Bonjour,\n\nJe vous transfère le message de la mairie de Brévannes.\n\n"
    "> Bonjour,\n>\n> Les parents ne peuvent plus réserver le centre de loisirs depuis jeudi.\n"
    "> Par ailleurs, le maire voudrait changer la photo du bandeau du portail.\n>\n"
    "> Merci\n",
    # notes: one line added with a « + » after the problem
    "form. inscription piscine -> erreur quand on valide le paiement\ntesté sur chrome\n"
    "+ horaires de la médiathèque faux sur la page d'accueil\n",
    # a second problem joined by "et", a clause after the first one between them
    "Bonjour,\n\nLe créneau du mardi soir n'est plus proposé sur l'agenda du gymnase depuis "
    "lundi, alors que l'événement existe toujours dans le back-office, et les courriels de "
    "confirmation de la piscine ne contiennent plus le nom du bassin réservé.\n",
    # ...told as what goes out lacking a part
    "Bonjour,\n\nLe créneau du mardi soir n'est plus proposé sur l'agenda du gymnase depuis "
    "lundi, et les courriels de confirmation de la piscine partent sans le nom du bassin "
    "réservé.\n",
    # a problem told as shown twice, then « Et est-ce qu'on peut… » on something new
    "Bonjour,\n\nDepuis l'import du planning des associations, chaque réservation de la salle "
    "polyvalente apparaît deux fois dans l'agenda.\n\nEt est-ce qu'on peut donner au gardien "
    "un accès en lecture seule aux inscriptions, sans droit de modification ?\n",
    # minutes relaying asks: « les communes souhaitent savoir », « le comité demande que »
    "Bonjour,\n\nCompte rendu de la réunion des secrétaires du 3 mai :\n\n"
    "- Les communes souhaitent savoir comment ouvrir aux élus un accès en lecture aux "
    "demandes de leur commune.\n"
    "- Le comité demande que l'expéditeur des courriels porte le nom de chaque mairie.\n",
    # notes listing problems, one told by an HTTP code alone
    "Bonjour,\n\n- page Piscine, lien « Tarifs 2025 » → 404\n"
    "- même page, horaires du dimanche faux (9h-13h au lieu de 9h-12h)\n\nmerci\n",
    # a P.S. asking to be reminded how to do something else (« me rappeler comment »), not
    # to be called back
    "Bonjour,\n\nLe champ « Allergies » n'apparaît pas dans le récapitulatif de la demande "
    "15-642.\n\nMerci,\nLucie Henry\n\nP.S. Au passage, pourriez-vous me rappeler comment "
    "exporter en CSV la liste des inscrits de l'école Jean-Moulin ?\n",
    # after a problem, a paragraph asking, with no marker, to create, send or give a thing
    # named anew: an account, documentation, a list
    "Bonjour,\n\nDepuis lundi, le récapitulatif de la demande d'abonnement à la piscine "
    "n'affiche plus le tarif réduit, alors que la famille y a droit : "
    "https://demarches.ville-exemple.fr/backoffice/management/abonnement-piscine/412/\n\n"
    "Merci de créer un accès au back office pour notre nouveau régisseur, Paul Martin, avec le "
    "rôle « Piscine – caisse ».\n\nCordialement,\nJeanne Petit\n",
    "Bonjour,\n\nLe champ « Date d'arrivée » de l'inscription au centre de loisirs refuse "
    "toute date après juillet : https://demarches.ville-exemple.fr/backoffice/forms/8/fields/4/ "
    "(Firefox 128, Windows 11).\n\nMerci de nous transmettre la documentation sur les modèles "
    "de courrier, notre agente formée a quitté le service.\n",
    "Hello,\n\nSince Monday the library card request fails with an error when it is sent: "
    "https://demarches.ville-exemple.fr/backoffice/workflows/12/status/3/items/2/"
    "\n\nFor our annual report, we need the list of forms that still ask for a paper "
    "certificate.\n\nRegards,\nJane Smith\n",
    # a wish relayed for a service, in a paragraph of its own
    "Bonjour,\n\nLe champ « Allergies » de l'inscription à la cantine ne s'affiche plus quand les "
    "parents cochent « PAI » : https://demarches.ville-exemple.fr/backoffice/forms/22/fields/15/"
    "\n\nLe service Restauration voudrait recevoir chaque lundi un récapitulatif des nouvelles "
    "inscriptions de la semaine.\n",
    # a wish relayed in a postscript, under the signature
    "Bonjour,\n\nL'export CSV des demandes de stationnement ne contient que la ligne "
    "d'en-tête depuis lundi : https://demarches.ville-exemple.fr/backoffice/management/"
    "stationnement/\n\nJulie Martin\nService du stationnement\n\nPS : nos collègues de la "
    "police municipale voudraient une formation sur les tableaux de bord. À qui "
    "s'adresser ?\n",
    # ...or relayed in a call's notes, by the person who asks
    "Note d'appel – lundi 10 h\n\nM. Girard, du service des sports, signale que le bouton "
    "« Réserver » du gymnase reste grisé depuis vendredi : "
    "https://demarches.ville-exemple.fr/backoffice/management/gymnase/52/ (Edge 126).\n\n"
    "Mme Perrin demande un accès au back office pour le nouvel agent d'accueil, Hugo Lefort, "
    "avec les droits de l'accueil.\n",
    # a call's notes with two problems: the second tells more than how the first shows
    "Appel de la mairie de Valcros, 10 h.\n\n- les agents ne peuvent plus se connecter au "
    "back-office\n- l'export des factures de cantine est vide depuis lundi\n",
    # problems found on the one subject named are as many problems
    "Nous testons le nouveau portail famille.\n\nVoici les anomalies relevées sur ce projet :\n"
    "- la page des tarifs affiche l'ancienne grille\n- le courriel de confirmation arrive "
    "sans le lien vers l'espace famille\n",
    # a call's notes: an item opening on a marker, after the problem, tells another
    "Appel de M. Durand, 14 h.\n\n- facture F-2024-118 en double pour la famille Morel\n- "
    "https://demarches.ville-exemple.fr/manage/invoicing/regies/1/invoices/F-2024-118/\n"
    "- autre sujet : le compte de la nouvelle animatrice est bloqué, à débloquer\n"
    "- rappel souhaité avant vendredi\n",
    # minutes listing problems for support, with no point singled out
    "Bonjour,\n\nExtrait du compte rendu du comité technique du 4 mars :\n\n"
    "1. Formulaire de réservation du gymnase : le créneau du samedi n'est plus proposé "
    "depuis la mise à jour du 1er mars.\n"
    "2. Inscription à la cantine : le tarif affiché est celui de l'an dernier.\n",
    # markers opening their sentence or line
    "Le récapitulatif PDF de la demande de carte de stationnement est vide depuis lundi.\n\n"
    "Dernier point : pourriez-vous ajouter le logo de la ville dans le courriel de "
    "confirmation des inscriptions aux stages ?\n",
    "Le récapitulatif PDF de la demande de carte de stationnement est vide depuis lundi. "
    "Dans la foulée, pourriez-vous ajouter le logo de la ville dans le courriel de "
    "confirmation des inscriptions aux stages ?\n",
    # two questions announced, on no one subject named
    "Deux questions :\n- faut-il créer un tarif extérieur dans la grille ?\n- pouvez-vous "
    "changer le logo du portail famille ?\n",
    # notes of a call, each item a service and what fails there
    "appel secrétaire de mairie, mardi\n\n- urbanisme : dépôts de permis → plus de mail reçu "
    "en mairie\n- cantine : form. réservation, PJ pdf refusée\n- à rappeler\n",
    # notes in English: an item added after the questions, on what never came
    "Hi,\n\nnotes after the call:\n- nightly CSV export from the payroll software\n"
    "- need: agent accounts created from that file\n- who on your side? ETA?\n"
    "- also: password reset e-mail never received by this user\n",
    # a paragraph saying, of a thing named anew, that it must change
    "Bonjour,\n\nLa facture de février des familles dont le quotient a changé est calculée sur "
    "l'ancien quotient au lieu du nouveau, par exemple la facture 18402.\n\nLe texte du "
    "courriel de confirmation des séjours de vacances doit être modifié : il faut mettre "
    "l'adresse du nouvel accueil.\n",
    # a template's problem told as « et non » the right one, then its remarks ask anew
    "**Démarche :** Demande de place au port\n\n**Description :** Le tarif appliqué aux "
    "bateaux de plus de 8 mètres est celui de 2024 et non celui voté pour cette année.\n\n"
    "**Remarques :** Serait-il possible d'ajouter une case « Bateau électrique » dans le "
    "formulaire ?\n",
    # points announced as « suivants », then an ask on them, then the list: no colon needed
    "Bonjour,\n\nLors de notre revue du portail jeunesse, nous avons relevé les points "
    "suivants. Merci de nous indiquer comment les traiter.\n\n1. Carte jeunes : le champ "
    "photo refuse les images HEIC.\n\n2. Agenda du gymnase : le portail affiche les horaires "
    "d'hiver alors que nous avons saisi les horaires d'été.\n",
    # a template's remarks asking anew, then saying why: « Cela » points at the ask
    "**Étapes pour reproduire :** dans la liste des inscriptions, cliquer sur « Exporter ».\n\n"
    "**Résultat obtenu :** la colonne « Date » est vide pour toutes les lignes.\n\n"
    "**Remarques :** Serait-il possible d'ajouter un filtre par collège dans la liste des "
    "inscriptions ? Cela nous aiderait à préparer la rentrée.\n",
    # « ce message » the writer attaches a file to is the e-mail, not the problem shown
    "Bonjour,\n\nDepuis la facturation de mars, une quinzaine de familles ont reçu deux "
    "factures identiques pour le même mois.\n\nAutre chose : le logo en haut des factures PDF "
    "est encore l'ancien logo de la ville. Pourriez-vous le remplacer par celui que je joins "
    "à ce message ?\n",
    # « Hors projet : » in a project's minutes
    "Bonjour,\n\nVoici le compte rendu de la réunion de lancement des réservations en "
    "ligne.\n\n- un agenda par gymnase ;\n- réservation ouverte aux associations.\n\n"
    "Hors projet : le formulaire d'occupation du domaine public n'envoie plus l'accusé de "
    "réception. Pouvez-vous le faire regarder ?\n",
    # a paragraph telling of a thing named anew, then asking about it by a pronoun
    "Bonjour,\n\nDepuis lundi, le courriel d'accusé de réception des demandes de mouillage "
    "arrive sans le nom du bateau.\n\nPour la saison prochaine, le conseil portuaire a voté "
    "une nouvelle grille de tarifs par longueur. Pouvez-vous la mettre en place dans le calcul "
    "du montant ?\n",
    "Bonjour,\n\nLes demandes payées par chèque au guichet restent bloquées au statut « En "
    "attente de paiement ».\n\nLe modèle de l'attestation d'inscription affiche toujours "
    "l'ancien logo du Département. Pourriez-vous le remplacer par le fichier joint ?\n",
    # a project's minutes listing the actions asked of the project manager
    "Bonjour Claire,\n\nMerci pour votre participation au comité de mardi. Voici le relevé "
    "des actions qui vous concernent :\n\n- **Formation** : planifier une session de deux "
    "heures pour les agents de la médiathèque.\n- **Domiciliation** : chiffrer la création "
    "d'une démarche de demande de domiciliation.\n",
    # a wish marker opening its line after its subject, on the object told
    "**Description du problème :**\nQuand un jeune télécharge sa carte Pass'Jeunes en PDF "
    "depuis son espace, le cadre du QR code est vide.\n\n**Remarques :**\nOn voudrait aussi "
    "pouvoir envoyer la carte par SMS aux jeunes, est-ce possible ?\n",
    # call notes: the last item, what to ask the vendor besides
    "Appel de l'accueil, 10 h 15\n\n- formulaire badge déchetterie : justificatif de domicile "
    "refusé si photo iPhone (HEIC)\n- Safari iOS 17, depuis lundi\n- PDF et JPG ok\n"
    "- + demander si possible d'ajouter le logo de la CC sur le PDF du badge\n",
    # a template's fields line under line: the problem in its steps (a status it stays at),
    # then remarks opening on a marker and asking anew
    "**Objet** : factures payées affichées comme impayées\n\n**Navigateur / OS** : Firefox 122 "
    "/ Windows 10\n\n**Étapes** : saisie de l'encaissement en régie le 05/02 → dans le portail "
    "famille, la facture reste « À payer ».\n\n**Remarques** : par ailleurs, serait-il "
    "possible d'ajouter le logo de la Ville en en-tête des factures PDF ?\n",
    # a template's remarks asking an account for a newcomer named by her role
    "**Description du problème :**\nLe tarif « Scolaires » de la visite guidée est calculé "
    "au tarif plein au lieu du tarif réduit (demande 18-204).\n\n**Navigateur :** Firefox 131\n\n**Remarques :**\nNous "
    "accueillons une nouvelle bibliothécaire le 4 novembre : merci de lui créer un compte "
    "avec les mêmes droits que l'équipe.\n",
    # ...or a role on an agenda for her, after a help ask on that agenda
    "Bonjour,\n\nComment fermer la journée du 11 novembre sur l'agenda des rendez-vous "
    "d'état civil, sans toucher aux autres mercredis ?\n\nEt pouvez-vous me dire comment "
    "ajouter notre nouveau collègue, M. Perrin, comme agent sur cet agenda ? Merci.\n",
    # numbered notes, one a mail not sent (« pas parti »), the other a blocked account
    "1) inscriptions stage de voile : mail de confirmation pas parti\n"
    "https://demarches.ville.fr/backoffice/management/stage-voile/88/\n"
    "depuis la maj du 02/05, statut ok mais rien dans l'historique\n\n"
    "2) compte moniteur bloqué (trop d'essais ?)\nhttps://connexion.ville.fr/manage/users/41/\n"
    "ne peut plus se connecter depuis lundi\n",
    # a table of anomalies on several forms, the intro saying where they were seen
    "Bonjour,\n\nVoici les anomalies de la semaine, toutes constatées sous Firefox 128 :\n\n"
    "| Démarche | Anomalie | Lien |\n|---|---|---|\n| Badge déchetterie | Le calendrier "
    "propose des dimanches, pourtant exclus | https://demarches.ville.fr/backoffice/forms/4/"
    "fields/2/ |\n| Acte de décès | Les accents du nom sont remplacés par « ? » dans le PDF | "
    "https://demarches.ville.fr/backoffice/workflows/9/status/2/items/1/ |\n",
    # ...or under a column named for what fails, in words of its own
    "Bonjour,\n\n| Commune | Écran | Constat |\n|---|---|---|\n| Lormes | Agenda de la salle "
    "des fêtes | En vue mensuelle, les réservations du dimanche tombent le lundi |\n| "
    "Brassy | Facture de cantine 2024-118 | Montant affiché : 0,00 € |\n\nMerci.\n",
    # a postscript after the signature: a page not found elsewhere
    "Bonjour,\n\nDepuis l'ajout de la fermeture du 1er novembre, l'agenda des rendez-vous "
    "de passeport n'affiche plus aucun créneau en novembre, alors que les plages du lundi "
    "sont toujours définies : https://agendas.ville.fr/manage/agendas/passeports/\n\nMerci,"
    "\nLucie Martin\nÉtat civil\n\nPS : en testant, j'ai vu que le lien « Contact » du pied "
    "de page renvoie vers une page non trouvée.\n",
    # a dictated run-on: the symptom said the same (« même résultat »), then a wish opened
    # by « et sinon »
    "bonjour alors depuis lundi quand les animateurs pointent les enfants du mercredi sur la "
    "tablette la page se recharge et tout repasse en non pointé du coup la facturation compte "
    "des absences pour tout le monde on a refait le test le lendemain sur un PC même résultat "
    "et sinon ça serait bien qu'on puisse avoir un export Excel des présences par groupe pour "
    "les bilans de la CAF merci\n",
    # minutes whose section addressed to support asks about each of the decisions before it
    "Bonjour,\n\nVoici le relevé de décisions du comité du 20 mars.\n\n**Relevé de "
    "décisions**\n- Décision 1 : créer une démarche de demande de composteur.\n- Décision "
    "2 : changer l'adresse d'expédition des courriels aux habitants.\n- Décision 3 : ajouter "
    "le paiement en ligne aux locations de salles.\n\n**Points à transmettre à l'éditeur**\n"
    "Merci de nous dire, pour chacune de ces décisions, ce que vous pouvez prendre en charge "
    "et dans quel délai.\n",
    # a relayed wish with a word before its verb (« aimeraient aussi pouvoir ») in a
    # template's remarks
    "**Formulaire :** https://demarches.ville.fr/backoffice/forms/8/fields/3/\n\n**Problème "
    ":** le champ « Code postal » refuse les codes commençant par 0.\n\n**Navigateur :** "
    "Firefox 128 sous Windows 11.\n\n**Remarques :** les agents de l'accueil aimeraient "
    "aussi pouvoir trier la liste des demandes par quartier.\n",
    # a need with a word between (« aurions également besoin d'un devis »)
    "Bonjour,\n\nPourriez-vous nous proposer une date de formation en mars pour les six "
    "agents du service des sports ?\n\nNous aurions également besoin d'un devis pour "
    "l'ajout d'un paiement en ligne à la démarche de location des gymnases.\n\nMerci,\n",
    # a dictated run-on whose closing ask points at all it told (« merci de regarder ça »)
    "bonjour les familles me disent que leur quotient familial n'apparaît plus dans leur "
    "espace personnel depuis lundi et aussi la page des horaires de la piscine affiche "
    "toujours les horaires d'été alors qu'on est en novembre merci de regarder ça "
    "rapidement\n",
    # the same need in English (« would also need a quote »)
    "Hello,\n\nCould you suggest two dates in March to train the six agents of the sports "
    "department?\n\nWe would also need a quote for adding online payment to the gym booking "
    "form.\n\nThanks,\n",
    # minutes whose numbered points, named in one word, each ask something
    _POINTS_OF_MINUTES,
    # a wish joined by « et » to the problem told, its ask right before « aussi »
    "Sur le portail, les créneaux du samedi de la salle des sports n'apparaissent plus depuis "
    "le 3 mars (Firefox 128, Windows 11) et il faudrait aussi ajouter le dojo à la liste des "
    "salles réservables.\n",
    # several things announced with no colon, then two on subjects of their own
    "Bonjour,\n\nDeux remarques sur la démarche « Permis de végétaliser », ouverte le 4 mai."
    "\n\nDans le formulaire, le libellé du champ « Essence choisie » est erroné, il manque un "
    "s (https://demarches.ville.fr/backoffice/forms/44/fields/3/).\n\nLorsque le jardinier "
    "accepte une demande, le courriel d'acceptation n'est pas envoyé à l'habitant "
    "(https://demarches.ville.fr/backoffice/management/permis-vegetaliser/12/).\n\nMerci,\n",
    # a closing question opening on a thing named anew (« Le logo du CCAS »), one word told
    _CCAS_NEED + "Le logo du CCAS peut-il apparaître en tête des courriels envoyés aux "
    "usagers, à la place de celui de la ville ?\n",
]


ONE = [
    # call notes: a question mark in brackets is a doubt on a fact, no ask
    "Appel M. Garnier (club de foot) – 10 h 15\n- résa stade sam. 16/05 14h-18h\n- refus, "
    "msg « Quota atteint pour cette période »\n- club : 2 résas en mai seulement (quota "
    "4/mois ?)\n- agenda : https://agendas.ville.fr/manage/agendas/stade/\n",
    # what someone asked the writer to do, the context of the one question asked
    "Bonjour,\n\nPour notre registre des traitements, notre DPO nous demande d'indiquer la "
    "durée de conservation des demandes du CCAS.\n\nPourriez-vous nous expliquer comment "
    "fonctionne la suppression automatique des demandes dans la plateforme ?\n",
    # ...not the wish that the thing told be mended
    "Bonjour,\n\nSur la déclaration mensuelle de taxe de séjour, les hébergeurs cochent "
    "« Exonération saisonnier ». Depuis le 1er août, les nuitées exonérées ne sont plus "
    "déduites du total : demande 18-2388 (Firefox 128, Windows 11).\n\nLes hébergeurs "
    "voudraient que le total soit corrigé avant la fin du mois. Est-ce possible ?\n",
    # ...not « et aussi » then where the problem told shows too
    "bonjour alors je vous dicte ça entre deux visites depuis lundi quand on ouvre une demande "
    "de visite guidée dans le back-office le bouton pour accepter la demande n'est plus là du "
    "coup les agents de l'accueil ne peuvent plus rien valider c'est le cas sur la demande "
    "31-208 et sur la 31-211 pareil et aussi sur celles arrivées hier alors que la semaine "
    "dernière tout marchait on est sous Chrome et j'ai essayé sous Firefox c'est pareil la "
    "seule chose qui a bougé c'est que le rôle de l'accueil a été renommé vendredi merci\n",
    # ...nor one telling where the problem told shows (« Dans le journal du connecteur, »)
    "Bonjour,\n\nDepuis la mise à jour du logiciel d'état civil, les demandes d'actes ne "
    "remontent plus dans ce logiciel.\n\nExemple : https://demarches.ville.fr/backoffice/"
    "management/acte-naissance/211/\n\nDans le journal du connecteur, chaque appel renvoie "
    "une erreur 401 : https://passerelle.ville.fr/manage/etat-civil/logs/88/\n",
    # ...not one opening on the thing told, at another of its addresses
    "Bonjour,\n\nDepuis le 10 juin, les usagers qui demandent une autorisation de terrasse ne "
    "reçoivent plus le courriel d'accusé de réception.\n\nExemple : https://demarches.ville.fr"
    "/backoffice/management/terrasse/2301/\n\nSur le formulaire des terrasses, l'action "
    "d'envoi du courriel ne part plus : https://demarches.ville.fr/backoffice/workflows/18/"
    "status/1/items/2/\n",
    # call notes of one problem: the error shown, with an aside in brackets, is how it shows
    "Appel reçu 9 h 40 (helpdesk)\n\n- Mme Roux, accueil mairie annexe\n- agent bloqué sur "
    "l'écran de validation\n- message d'erreur (pas relevé)\n- rappeler poste 2210\n",
    # « comment dois-je m'y prendre » asks how to do what was asked
    "Bonjour,\n\nLa mairie sera fermée le lundi 9 juin. Je voudrais qu'aucun mariage ne "
    "puisse être réservé ce jour-là sur notre agenda : https://agendas.ville.fr/manage/"
    "agendas/mariages/\n\nComment dois-je m'y prendre : ajouter une exception, supprimer "
    "les créneaux, autre chose ?\n",
    # a clause telling what changed (« depuis que nous avons modifié… ») then the problem it
    # brought: one problem
    "Bonjour,\n\nDepuis que nous avons changé les horaires de la crèche le 5 avril "
    "(accueil à 7 h 30 au lieu de 8 h), les créneaux du mercredi ne sont plus proposés aux "
    "familles sur le portail.\n",
    "Hello,\n\nSince we changed the opening hours of the nursery on 5 April (7:30 instead of "
    "8:00), the Wednesday slots are no longer offered to families on the portal.\n",
    # minutes whose one point for the reader is labelled « Action pour vous », a quote asked
    "Bonjour,\n\nVoici le compte rendu de la réunion de bilan du 12 mars.\n\n"
    "**1. Bilan de la saison**\nLes inscriptions en ligne sont passées de 70 % à 85 %. Les "
    "animateurs sont satisfaits du formulaire.\n\n**2. Calendrier**\nLa ville donnera les "
    "dates de la prochaine saison en septembre.\n\n**3. Suivi des présences**\nLes "
    "animateurs comptent les présences sur papier. Ils souhaitent une liste d'appel par "
    "groupe, imprimable chaque matin.\n\n**Action pour vous :** nous transmettre un "
    "chiffrage de cette liste d'appel (point 3) avant fin mai.\n",
    # what people can no longer do, joined to the problem told: what it prevents
    "Bonjour,\n\nLa carte ne s'affiche plus sur la démarche des permissions de voirie, les "
    "agents ne peuvent pas localiser les chantiers.\n",
    "Hello,\n\nThe map no longer loads on the road works permit form, the field agents "
    "cannot locate the building sites.\n",
    "Bonjour,\n\nLes inscriptions validées ne sont plus transmises au logiciel de la "
    "restauration depuis lundi, et les cuisiniers des écoles n'ont plus leurs listes.\n",
    # a question mark in a name shown between quotes asks nothing
    "Bonjour,\n\nMme Perrot, agent d'accueil, ne parvient plus à se connecter depuis ce "
    "matin : son compte est verrouillé après trois essais. Elle a aussi utilisé le lien "
    "« Mot de passe oublié ? » vers 10 h, mais n'a reçu aucun courriel de réinitialisation.\n"
    "\nPouvez-vous débloquer son compte ?\n",
    # « tout de même » is no « de même »
    "Bonjour,\n\nLa facture de garderie d'avril a été émise pour le mois complet alors que "
    "l'enfant est parti le 8 : https://facturation.ville.fr/manage/invoicing/regie/2/invoice/"
    "812/\n\nJe voudrais annuler cette facture. Comment dois-je procéder ?\n\nEt une fois "
    "la facture annulée, puisque l'enfant est tout de même venu trois soirs (les 2, 3 et 4 "
    "avril), est-ce que je peux générer une nouvelle facture pour ces seules présences ?\n",
    # « commentaires » names the thing that fails, not a template's remarks field
    "Bonjour,\n\nLes commentaires des agents ne s'enregistrent plus dans l'historique des "
    "demandes depuis lundi.\n\nÀ l'envoi d'un commentaire, l'inspecteur montre une erreur "
    "403 : « Vous n'avez pas l'autorisation de commenter ».\n",
    # a template's remarks telling more of the problem, or asking about it by a pronoun
    "**Description du problème :** L'atelier « Tablette débutants » n'accepte plus aucune "
    "inscription depuis que sa jauge est passée à 12.\n\n**Remarques :** les autres ateliers, "
    "dont la jauge n'a pas changé, fonctionnent normalement.\n",
    "**Description du problème :** Les dates de séjour proposées aux familles s'arrêtent au "
    "15 juillet.\n\n**Remarques :** si cela vient du paramétrage des dates du champ, "
    "pouvez-vous nous indiquer où le corriger ?\n",
    # asking to understand the problem told (« aider à comprendre »), on new words
    "Bonjour,\n\nLes factures de novembre appliquent encore l'ancien prix du repas pour le "
    "quotient 3 : https://facturation.ville.fr/manage/invoicing/regie/2/invoice/3581/\n\n"
    "Pourriez-vous nous aider à comprendre pourquoi la délibération votée n'a pas été "
    "reprise ?\n",
    # a table of demands, each row showing the same failure on another file
    "Bonjour,\n\nDepuis lundi, les justificatifs déposés en PDF dans la démarche "
    "d'inscription au centre de loisirs s'ouvrent sur une page blanche dans le back-office "
    "(Firefox 128, Windows 11).\n\n| Demande | Fichier | Aperçu |\n|---|---|---|\n"
    "| 31-204 | avis_impot.pdf | page blanche |\n| 31-211 | quittance.pdf | page blanche |\n"
    "| 31-230 | attestation_caf.pdf | page blanche |\n",
    # a follow-up on the problem told (« this situation »), in English
    "Hello,\n\nA parent now has two accounts, her children on one and her invoices on the "
    "other: https://connexion.ville.fr/manage/users/3518/ and "
    "https://connexion.ville.fr/manage/users/4102/\n\nCould you merge them? We would also "
    "like to know how to handle this situation ourselves next time.\n",
    # call notes: the button named in the item is no step, the item one symptom
    "Appel de M. Roux, 11 h :\n\n- inscription à la cantine de ses deux fils\n- bouton "
    "valider grisé à l'étape 2\n- second enfant ajouté -> bloqué\n- essayé sur tablette et "
    "sur PC, pareil\n",
    # a template's steps heading left empty: the description under it is the problem itself
    "**Type de demande :** Anomalie\n\n**URL de la page :**\n\n**Étapes pour reproduire :**"
    "\n\n**Description :** Les instructeurs n'arrivent pas à clore les demandes de "
    "subvention sportive : le bouton « Clore le dossier » reste sans effet.\n\n"
    "**Résultat attendu :** passage de la demande au statut « Soldée ».\n",
    # a call's notes: the cache cleared, an attempt (« cache vidé → idem »)
    "Appel de la mairie de Valcros, 10 h.\n\n- la liste des demandes d'inscription au "
    "centre de loisirs est vide pour la secrétaire depuis ce matin\n- Firefox 126, cache "
    "vidé → idem\n- avec le compte admin, les demandes sont visibles\n",
    # ...and calling the family back, no request of its own (« + rappel famille »)
    "Appel de M. Roux, 11 h.\n\n- facture de cantine de février n° 11957\n- famille de "
    "deux enfants, un troisième facturé\n- total 92,40 au lieu de 61,60\n- voir svp + "
    "rappel famille\n",
    # a P.S. attaching a screenshot of the error told
    "Bonjour,\n\nDepuis jeudi, l'enregistrement d'une fiche de commerçant provoque une "
    "erreur 500 : https://demarches.ville.fr/backoffice/data/commercants/87/ (Edge 122, "
    "Windows 10).\n\nCordialement,\nAmandine Leroy\n\nPS : je joins la capture d'écran du "
    "message d'erreur, avec l'heure exacte, si cela vous aide à retrouver la trace.\n",
    # a marker bringing a question « sur ce même sujet »
    "Bonjour,\n\nNous souhaitons savoir comment fermer l'agenda de la salle de lecture du "
    "8 juillet au 30 août sans supprimer les plages habituelles : "
    "https://agendas.ville.fr/manage/agendas/salle-lecture/\n\nPar ailleurs, sur ce même "
    "sujet, trois lecteurs ont déjà réservé des créneaux en juillet : seront-ils prévenus "
    "automatiquement ?\n",
    # « aussi » asking where « l'erreur, » told comes from
    "Bonjour,\n\nLes factures des mini-camps appliquent toujours le tarif à la journée au "
    "lieu du forfait semaine : "
    "https://demarches.ville.fr/manage/invoicing/regie/4/invoice/612/\n\nToutes les "
    "familles inscrites sont concernées. Pourriez-vous aussi nous dire d'où vient "
    "l'erreur, pour que nous puissions l'expliquer aux familles ?\n",
    # « a demandé un » tells what the user did, not an ask of the writer's
    "Bonjour,\n\nUne saisonnière ne peut plus se connecter au back office depuis lundi.\n\n"
    "Elle a demandé un nouveau mot de passe avec « Mot de passe oublié », sans recevoir de "
    "courriel.\n",
    # ordinals counting the places of one problem
    "Bonjour,\n\nLa page des menus reste blanche sur deux postes : le premier c'est celui de "
    "l'accueil, le deuxième c'est celui du service scolaire, où la page reste blanche aussi, "
    "sous Firefox 128 : https://www.ville.fr/vie-scolaire/menus/\n",
    # a newcomer's missing access as the one problem told
    "Bonjour,\n\nNotre nouvelle collègue de l'accueil, Mme Inès Garnier, arrivée le 2 mai, "
    "n'a pas accès au guichet des abonnements de piscine : le back office lui affiche « accès "
    "refusé ». Pouvez-vous lui ouvrir cet accès ?\n",
    # a newcomer told as what changed, asking and lacking nothing
    "Bonjour,\n\nDepuis lundi, le tableau de bord des agents de l'accueil reste vide : "
    "https://agents.ville.fr/manage/pages/12/\n\nRien n'a changé de notre côté, à part "
    "l'arrivée d'une nouvelle collègue dans le rôle « Accueil » vendredi.\n",
    # a call's notes on one problem: how it shows in two words, what did not happen, the
    # problem told going on
    "Appel de M. Faure (régie piscine), 9 h :\n\n- le back office refuse son mot de passe "
    "depuis ce matin\n- réinitialisation faite, même refus\n- rien changé sur son poste\n",
    "Appel de la mairie de Valcros, 10 h.\n\n- les agents ne peuvent plus se connecter au "
    "back-office\n- message d'erreur\n- rappeler la secrétaire\n",
    "Note d'appel.\n\n- le planning du gymnase reste vide le dimanche\n- vu avec l'accueil, "
    "pas de message d'erreur\n",
    "Note d'appel, mairie de Valcros.\n\n- connexion au back-office refusée depuis lundi\n"
    "- mot de passe changé vendredi par la secrétaire\n- Firefox 128, Windows 11\n",
    "Note d'appel.\n\n- la facture de mars affiche l'ancien tarif pour les familles\n- le "
    "problème a commencé après le changement de grille du 1er mars\n",
    # numbered questions on one setting, announced right over them after what is at stake
    # (the first one a title and its text, as numbered paragraphs are)
    "Bonjour,\n\nNotre archiviste nous demande de vérifier que les demandes ne sont pas "
    "gardées plus longtemps que prévu (un an pour les cartes de stationnement, deux ans pour "
    "les aides). Nous avons trois questions sur ce réglage :\n\n1. Où se définit la durée de "
    "garde des demandes : pour toute la plateforme, ou démarche par démarche ?\n2. Si c'est "
    "démarche par démarche, peut-on garder plus longtemps les demandes de la police "
    "municipale ?\n3. Quand la durée est atteinte, les pièces jointes sont-elles supprimées "
    "avec la demande, ou seulement anonymisées ?\n\nNotre objectif est de répondre à "
    "l'archiviste avant la fin du mois.\n",
    # things set aside or handled elsewhere: no marker of a second request
    "Bonjour,\n\nDepuis lundi, le bouton Valider de la demande d'acte de décès ne répond plus "
    "sous Firefox 128.\n\nNous testons aussi le nouveau portail famille. Ce ticket n'a rien à "
    "voir avec ce projet.\n",
    "Bonjour,\n\nDepuis lundi, le bouton Valider de la demande d'acte de décès ne répond plus "
    "sous Firefox 128. Le portail famille, suivi par ailleurs, n'est pas concerné.\n",
    # the same words inside a sentence: a meeting, « at the same time »
    "Bonjour,\n\nComme convenu lors du dernier point projet, nous souhaitons que les "
    "factures de la crèche soient exportées chaque mois vers notre logiciel de comptabilité. "
    "Pouvez-vous nous proposer un chiffrage ?\n",
    "Bonjour,\n\nPourriez-vous nous proposer une réunion pour confirmer la date d'ouverture du "
    "portail des associations et caler dans la foulée les deux sessions de formation des "
    "agents d'accueil ?\n",
    # things failing since one change, announced in the sentence telling the change
    "Bonjour,\n\nDepuis que nous avons modifié le workflow des déclarations préalables le 3 "
    "mars, plusieurs choses ne fonctionnent plus sur les dossiers :\n\n- le bouton « Accorder "
    "» n'apparaît plus pour l'instructeur ;\n- le courriel de notification ne part plus.\n",
    # minutes of which one point only is for support
    "Bonjour,\n\nExtrait du compte rendu du comité technique du 4 mars :\n\n"
    "1. Achat de deux tablettes pour l'accueil : validé, commande en avril.\n"
    "2. Formulaire de réservation du gymnase : le créneau du samedi n'est plus proposé "
    "depuis la mise à jour du 1er mars.\n"
    "3. Affichage des menus de la cantine dans le hall : à revoir par le service scolaire.\n\n"
    "Seul le point 2 vous concerne, les autres sont suivis en interne.\n",
    # questions listed on the one subject told
    "Nous voulons ouvrir les inscriptions au centre de loisirs aux familles des communes "
    "voisines.\n\nDeux questions à ce sujet :\n- faut-il créer un tarif extérieur dans la "
    "grille ?\n- le justificatif de domicile peut-il devenir facultatif pour elles ?\n",
    "Nous voulons que les agents se connectent avec leur compte de l'annuaire de la ville.\n\n"
    "Deux points à préciser pour ce projet :\n- quels attributs devons-nous transmettre ?\n"
    "- pouvons-nous tester d'abord sur la préproduction ?\n",
    # notes of a call on one sign-in failure: the error message quoted is how it shows
    "Note d'appel – mardi 9 h 20\n\n- Mme Roux, accueil de la mairie\n- connexion au back "
    "office impossible depuis hier\n- message « identifiant ou mot de passe incorrect »\n"
    "- mot de passe changé vendredi\n- essayé sous Firefox et Edge, idem\n- rappeler le matin\n",
    # a closing question on whether the problem told is a misuse or a fault
    "Bonjour,\n\nSur la séance https://demarches.ville.fr/manage/agendas/cinema/events/77/ "
    "(jauge de 90 places), l'agenda indique 0 place restante. Nous avons pourtant annulé 9 "
    "réservations hier depuis la fiche de la séance, et elles apparaissent bien annulées.\n\n"
    "Côté usager, la réservation affiche toujours « Complet ».\n\nVu sous Firefox 128 et sur "
    "un second poste.\n\nPouvez-vous nous dire si le compteur est censé se recalculer "
    "automatiquement ou s'il y a une manipulation à faire de notre côté ?\n",
    # what was tried on the problem, in a list of observations: no request of its own
    "Bonjour,\n\nDepuis la mise à jour du navigateur des postes, les agents qui se connectent "
    "sur https://demarches.ville.fr/login/ obtiennent, après avoir saisi leur mot de passe :"
    "\n\n```\nForbidden (403)\nCSRF verification failed.\n```\n\n- Avec un autre "
    "navigateur, sur le même poste, la connexion fonctionne.\n- Vider le cache et les cookies "
    "ne change rien.\n- Une trentaine d'agents sont concernés.\n- Nos réglages n'ont pas été "
    "modifiés, mais la mise à jour a pu changer la gestion des cookies.\n",
    # one problem in two communes, or shown in each
    "bonjour, à Lavaur le formulaire de demande de benne ne s'envoie plus, à Saint-Jean il ne "
    "s'envoie pas non plus\n",
    "Bonjour,\n\nLe connecteur avec le logiciel de la CAF ne répond plus depuis la mise à jour."
    " À la mairie de Lavaur les quotients ne remontent plus, à Bessac les dossiers restent "
    "bloqués en attente.\n",
    # a paragraph opening on when or where one problem shows, on what it prevents, on an
    # example of it
    "Bonjour,\n\nLe paiement en ligne des factures de cantine échoue depuis lundi.\n\n"
    "Au moment de valider, la page affiche une erreur 500 et le panier se vide.\n",
    "Bonjour,\n\nLa carte du formulaire de déclaration de travaux ne se charge plus.\n\n"
    "Au service urbanisme, personne ne peut plus instruire les dossiers en attente sans la "
    "carte.\n",
    "Bonjour,\n\nLe formulaire d'inscription au centre de loisirs refuse les enfants de 3 ans."
    "\n\nPour les jumeaux Petit, impossible de valider la deuxième fiche enfant.\n",
    # « sinon » as « otherwise », inside its sentence
    "Bonjour, il faut cocher la case des conditions avant de valider sinon le formulaire de "
    "réservation des salles ne s'envoie pas.\n",
    # a contrast after what works tells the problem; on the thing told, it compares
    "Bonjour,\n\nLes factures de mars se téléchargent normalement depuis l'espace famille."
    "\n\nEn revanche, celles d'avril affichent une page blanche au téléchargement.\n",
    "Bonjour,\n\nLe bouton Payer de l'espace famille ne répond plus sous Firefox.\n\n"
    "Par contre, sous Chrome, le bouton Payer de l'espace famille fonctionne.\n",
    # the symptoms of one duplication, listed under it
    "Bonjour,\n\nDepuis la mise à jour, chaque réservation de la piscine est enregistrée deux "
    "fois. Cela se voit ainsi :\n- le compteur de places baisse de 2 ;\n- le courriel de "
    "confirmation est envoyé deux fois ;\n- la famille est débitée deux fois.\n",
    # one problem told again for each device tested
    "Bonjour,\n\nDepuis la version 3.2 de l'application des jardins familiaux, elle se ferme "
    "dès l'ouverture.\n\nTéléphones essayés :\n- Fairphone 5, Android 14 : plante au "
    "démarrage ;\n- Motorola G54, Android 14 : plante au démarrage ;\n- iPhone 12, iOS 17 : "
    "fonctionne.\n",
    # a question on the cause of the problem told, by its mark alone
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nLa liste des parcelles a-t-elle été modifiée par quelqu'un "
    "de votre côté ?\n",
    # a template's later field telling who suffers, or the problem again
    "**Démarche :** location des jardins familiaux\n\n"
    "**Description du problème :** le reçu de location n'arrive plus aux jardiniers depuis "
    "lundi.\n\n**Étapes pour reproduire :** déposer une demande, la valider au guichet.\n\n"
    "**Impact :** les familles ne peuvent plus payer leur parcelle en ligne.\n",
    "**Démarche :** location des jardins familiaux\n\n"
    "**Description du problème :** le reçu de location n'arrive plus aux jardiniers depuis "
    "lundi.\n\n**Étapes pour reproduire :** déposer une demande, la valider au guichet.\n\n"
    "**Remarques :** le même problème touche le reçu de la location des salles.\n",
    # the symptoms of one problem in one sentence: an error shown, an empty result, the
    # details after a colon
    "Bonjour,\n\nDepuis lundi, le paiement des jardins familiaux échoue, la page de "
    "confirmation affiche une erreur 500.\n",
    "Bonjour,\n\nLe connecteur de la CAF ne répond plus, le quotient familial reste vide dans "
    "les dossiers de crèche.\n",
    "Bonjour,\n\nL'inscription aux jardins familiaux ne marche plus : la carte des parcelles "
    "reste grise et le bouton de paiement ne répond plus.\n",
    # a paragraph asking about the problem told, or naming nothing new at its head
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nPourriez-vous regarder le modèle du courriel d'envoi "
    "avant la fin de semaine ?\n",
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nLa saison des semis commence bientôt, merci de regarder "
    "rapidement.\n",
    "Bonjour,\n\nLe reçu de la location des jardins familiaux n'arrive plus aux "
    "jardiniers depuis lundi.\n\nLes jardiniers voudraient que ce soit réglé avant la "
    "saison des semis.\n",
    # the values of one change listed, each "au lieu de" the old one
    "Bonjour,\n\nLe conseil a voté les tarifs des jardins familiaux pour l'an prochain :\n\n"
    "- 50 m² : 40 € (au lieu de 35 €)\n- 100 m² : 70 € (au lieu de 60 €)\n\n"
    "Pouvez-vous nous dire où les changer ?\n",
    # « Et » on those affected, or on where a symptom shows, or on when: the same problem
    "Bonjour,\n\nLe paiement en ligne est refusé depuis lundi. Et les familles reçoivent "
    "un courriel d'échec de paiement à chaque tentative.\n",
    "Bonjour,\n\nLe champ téléphone refuse les numéros étrangers.\n\nEt dans le "
    "récapitulatif, la ligne téléphone reste vide.\n",
    # a wish to be told when it works again: how the ticket is handled
    "Bonjour,\n\nLes relances de paiement ne partent plus depuis lundi. Et nous aimerions "
    "être prévenus dès que le service repart.\n",
    # ...or when the fix will be in place
    "Bonjour,\n\nLe paiement en ligne est refusé depuis lundi. Et nous voudrions savoir "
    "quand la correction sera installée sur le serveur de production.\n",
    # a marker opening a paragraph on a possible cause, asking to look into it
    "Bonjour,\n\nLes relances de paiement ne partent plus depuis lundi.\n\nEnfin, le "
    "prestataire de messagerie a changé de serveur le week-end dernier. Pourriez-vous "
    "vérifier la configuration ?\n",
    # numbered: the parts of a new form, or a story ending on one failure
    "Bonjour,\n\n1. Le formulaire d'inscription au séjour ski proposera trois semaines au "
    "choix et un tarif calculé selon le quotient familial.\n2. Le workflow enverra ensuite "
    "la demande au service jeunesse pour validation puis un courriel à la famille.\n",
    "Bonjour,\n\n1. Lundi matin, la secrétaire a ouvert la liste des inscriptions au séjour "
    "ski dans le back-office comme chaque semaine.\n2. Au moment d'exporter le fichier pour "
    "la comptabilité, la page affiche une erreur 500 et rien ne se télécharge.\n",
    # numbered: the problem, then what was done to narrow it down
    "Bonjour,\n\n1. Le paiement en ligne des factures de cantine est refusé depuis lundi pour "
    "toutes les familles du quartier nord.\n2. Nous avons vérifié les paramètres de la "
    "régie et relancé le connecteur de paiement sans aucun changement visible.\n",
    # ...on the subject told, a symptom of the same problem
    "Bonjour,\n\nLe paiement de la cantine échoue depuis lundi et en plus le reçu de paiement "
    "n'est pas envoyé.\n",
    # the effects of one action, listed after « quand ... : » or « Concrètement : »
    "Bonjour,\n\nSur le formulaire de prêt de vélos, quand l'agent clique sur « Valider » :\n"
    "- le prêt passe bien au statut « Validé » ;\n- l'usager ne reçoit pas le courriel ;\n"
    "- le bon de prêt n'est pas généré.\n",
    "Bonjour,\n\nDepuis jeudi, les demandes de badge restent au statut « Reçue ». "
    "Concrètement :\n- le gardien ne voit plus le bouton « Remettre » ;\n"
    "- le demandeur ne reçoit pas l'avis de retrait.\n",
    # a paragraph asking about the problem told, or when its fix comes
    "Bonjour,\n\nDepuis lundi le formulaire de salle refuse les réservations du samedi.\n\n"
    "Pourriez-vous corriger cela avant le week-end ?\n",
    "Bonjour,\n\nLes pièces jointes ne s'ouvrent plus dans le back-office depuis mardi.\n\n"
    "Pouvez-vous nous prévenir quand la correction sera installée ?\n",
    # a part of the same change, the marker after its verb
    "Bonjour,\n\nNous souhaitons ajouter un champ « nombre de convives » au formulaire de "
    "location de salle. Nous voudrions aussi que ce nombre figure dans le récapitulatif "
    "envoyé au gardien.\n",
    # notes ending on an ask to look at them
    "- réservation piscine ko\n- famille bloquée au paiement\n- voir svp\n",
    # a help request told in a template's sections, its goal among them
    "Bonjour,\n\nNous avons besoin de votre aide sur le paramétrage de ce formulaire.\n\n"
    "**Contexte**\nLe formulaire de signalement est commun aux six communes.\n\n"
    "**Ce que nous voulons obtenir**\nQue chaque signalement arrive chez la secrétaire de "
    "la commune choisie, et que les autres communes ne le voient pas.\n\n"
    "**Notre question**\nComment faire cet "
    "aiguillage sans créer un statut par commune ?\n",
    # a decision named as the reason of one change
    "Bonjour,\n\nSuite aux décisions prises en commission la semaine dernière, le tarif "
    "du repas des seniors passe à 6 € au 1er juillet. Pouvez-vous modifier le formulaire ?\n",
    # a table of the communes where the one problem told shows
    "Bonjour,\n\nDepuis lundi, le courriel de confirmation des réservations de salle "
    "n'arrive plus aux usagers. Le problème touche toutes nos communes :\n\n"
    "| Commune | Demande | Constat |\n|---|---|---|\n"
    "| Breux | 12-45 | aucun courriel reçu |\n| Marolles | 12-51 | aucun courriel reçu |\n"
    "| Vaux | 12-60 | le courriel n'est pas parti |\n",
    # a long run-on telling one problem: "et puis" goes on with its story
    "bonjour c'est Paul des sports je dicte depuis le gymnase le planning des créneaux du "
    "dojo n'affiche plus les séances du jeudi soir alors que les clubs les ont bien réservées "
    "la semaine dernière et puis quand l'entraîneur ouvre le planning du dojo pour le jeudi "
    "la séance réservée n'apparaît pas non plus est-ce que vous pouvez regarder merci\n",
    # steps to reproduce
    "Bonjour,\n\nLe bouton « Valider » de la réservation de salle ne fonctionne plus.\n\n"
    "1. Ouvrir le formulaire\n2. Choisir la salle polyvalente\n3. Cliquer sur « Valider »\n"
    "4. Une erreur 500 s'affiche et rien n'est enregistré\n",
    "Hello,\n\nBooked Saturday slots are offered again.\n\n1. Open the appointment form\n"
    "2. Select \"Passport\"\n3. Pick a Saturday: a booked slot is offered\n"
    "4. Submit: the booking is accepted twice\n\nCould you have a look?\n",
    # the fields of one new form
    "Bonjour,\n\nNous souhaitons mettre en ligne un nouveau formulaire de prêt de matériel. "
    "Il devra comporter :\n- le nom de l'association ;\n- la liste du matériel ;\n"
    "- ajouter une case pour la livraison ;\n- les dates du prêt.\n\n"
    "Pouvez-vous nous faire un devis ?\n",
    "Hi,\n\nWe need a new form for the summer camp. It should contain:\n- the child's name;\n"
    "- the chosen weeks;\n- a medical questionnaire.\n\nCould you send us a quote?\n",
    # symptoms of one problem
    "Bonjour,\n\nCe que nous constatons sur le signalement de voirie :\n"
    "- la carte ne se charge pas ;\n- le champ adresse reste vide ;\n- le bouton est grisé.\n",
    # context and a question, follow-up questions
    "Bonjour,\n\nDepuis la mise à jour, les familles ne reçoivent plus le courriel de "
    "confirmation d'inscription au centre de loisirs. Est-ce lié à la mise à jour ?\n",
    "Bonjour,\n\nL'agent des finances ne voit plus le bouton « Mandater ». Pouvez-vous nous "
    "dire d'où vient la différence ? Faut-il vider le cache du navigateur ?\n",
    "Bonjour,\n\nLe champ « Nombre d'enfants » accepte des valeurs négatives. Pourriez-vous le "
    "limiter de 1 à 10 ?\n\nMerci également de nous tenir informés du délai de correction.\n",
    "Bonjour,\n\nNous voudrions savoir comment envoyer un SMS de rappel la veille des "
    "rendez-vous de la médiathèque.\nFaut-il passer par le workflow ou par les réglages ?\n",
    # markers used within the same request
    "Bonjour,\n\nL'attestation de paiement n'a pas la mention RGPD en bas de page.\n\n"
    "Par ailleurs, le problème touche aussi les attestations produites la semaine dernière.\n",
    "Bonjour,\n\nLes relances des factures ne partent plus depuis le 1er du mois. Nous n'avons "
    "rien modifié. Par ailleurs, les relances manuelles fonctionnent bien.\n",
    "Bonjour,\n\nLe modèle de l'attestation de résidence affiche la date au format 2025-01-31. "
    "De plus, la même erreur apparaît dans le courriel à l'usager.\n",
    "Bonjour,\n\nLe lien de reprise d'un brouillon expire au bout de deux jours : est-ce "
    "réglable ?\n\nNous en profitons pour vous remercier de votre aide sur les jours fériés.\n",
    "Bonjour,\n\nLe courriel doit dire « pièces reçues » quand le champ est rempli, et sinon "
    "« pièces manquantes ». Quelle condition écrire ?\n",
    # a marker opening the ticket: nothing came before it
    "Bonjour,\n\nPetite question : comment changer l'image d'en-tête du portail ?\n",
    # sections naming the parts of one request
    "## Contexte\n\nLes familles réservent la cantine en ligne chaque semaine.\n\n"
    "## Ce qui se passe\n\nLa réservation du mercredi échoue avec une erreur 500.\n\n"
    "## Environnement\n\nFirefox 128 sous Windows 11, sur les postes de l'accueil.\n\n"
    "## Ce que nous attendons\n\nQue la réservation soit enregistrée et confirmée par "
    "courriel.\n",
    "Hi,\n\nHere is the brief for the new room booking application.\n\n## Context\n\n"
    "Rooms are booked by phone today.\n\n## What we would like\n\nA form and a workflow for "
    "associations to book rooms.\n\n## Constraints and timing\n\nWe would like to open it "
    "in January. Could you send us a quote?\n",
    # "demandes" are also the forms' submissions: no announcement of requests
    "Bonjour,\n\nLe même créneau a été donné deux fois. Les deux demandes ont été validées à "
    "la même seconde par deux agents différents :\n\nhttps://demarches.ville.fr/backoffice/"
    "management/salles/12/\n\nLa capacité du créneau est pourtant de 1.\n",
    # the same markers going on with the problem told
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Encore une chose : le plan des travaux ne se charge pas non plus sur téléphone.\n",
    "Bonjour,\n\nLe plan des travaux ne se charge plus sur le portail depuis hier.\n\n"
    "Merci aussi de nous tenir informés de l'avancement de la correction.\n",
    # another form's demand showing the same problem, or compared with the one at fault
    "Bonjour,\n\nLe récépissé de la demande https://demarches.ville.fr/backoffice/management/"
    "badge-parking/31/ porte la date de dépôt au lieu de la date de validation.\n\n"
    "Sur la demande https://demarches.ville.fr/backoffice/management/pret-materiel/8/, le "
    "document généré par l'agent est erroné de la même façon.\n",
    "Bonjour,\n\nLe récépissé de la demande https://demarches.ville.fr/backoffice/management/"
    "badge-parking/31/ porte la date de dépôt au lieu de la date de validation.\n\n"
    "Pour comparaison, https://demarches.ville.fr/backoffice/management/pret-materiel/8/ utilise "
    "le même modèle de document sans aucune erreur.\n",
    # a check made at another object's address, for the problem told
    "Bonjour,\n\nLe récépissé de la demande https://demarches.ville.fr/backoffice/management/"
    "badge-parking/31/ porte la date de dépôt au lieu de la date de validation.\n\n"
    "Nous avons vérifié une demande de prêt de matériel, https://demarches.ville.fr/backoffice/"
    "management/pret-materiel/8/ : le champ de validation y est vide aussi.\n",
    "Hello,\n\nThe receipt of https://demarches.ville.fr/backoffice/management/badge-parking/31/ "
    "shows the filing date instead of the validation date.\n\nOn https://demarches.ville.fr/"
    "backoffice/management/equipment-loan/8/ the deposit amount printed for the applicant is "
    "also wrong.\n",
    # another demand of the same form: the same object
    "Bonjour,\n\nLe récépissé de la demande https://demarches.ville.fr/backoffice/management/"
    "badge-parking/31/ porte la date de dépôt au lieu de la date de validation.\n\n"
    "Sur https://demarches.ville.fr/backoffice/management/badge-parking/40/, une famille "
    "nous signale que le numéro d'immatriculation manque dans le courriel envoyé.\n",
    # a text dictated without stops: a marker mid-sentence going on with the same subject
    "bonjour ici Paul du service des sports le paiement des abonnements piscine échoue depuis "
    "hier et pendant que j'y pense le paiement des abonnements échoue aussi sur téléphone "
    "merci Paul\n",
    # "aussi" adding to the same request, pointing back at it
    "Bonjour,\n\nNous souhaiterions un champ « Nombre de convives » dans le formulaire de "
    "location de la salle des fêtes.\n\nIl faudrait aussi que ce nombre figure dans le "
    "courriel envoyé au gardien.\n",
    # "autre chose" as "something else", not as a marker
    "Bonjour,\n\nSuffit-il d'ajouter le rôle « État civil » à Mme Roux, ou faut-il passer par "
    "autre chose pour qu'elle voie les demandes de sa commune ?\n",
    # asking how the request will be handled: a quote, a meeting, a schedule
    "Bonjour,\n\nNous souhaitons ajouter au formulaire de réservation des salles un choix de "
    "matériel (vidéoprojecteur, sono).\n\nC'est une évolution que nous aimerions voir au "
    "programme du second semestre. Pouvez-vous nous en donner une estimation ?\n",
    "Bonjour,\n\nNous voudrions relier le portail au logiciel de la médiathèque. Pouvez-vous "
    "nous dire ce qu'il faut prévoir ?\n\nPouvons-nous caler une réunion de cadrage début "
    "juin ?\n",
    # observations listed after the problem was told: symptoms and attempts, nothing asked
    "Bonjour,\n\nLa réservation des salles de sport échoue depuis la mise à jour.\n\n"
    "- le journal des erreurs est vide ;\n- la salle du gymnase Nord n'a pas de créneau ;\n"
    "- vider le cache du navigateur ne change rien, l'erreur revient.\n",
    "Bonjour,\n\nImpossible de m'inscrire sur le portail famille.\n\n"
    "1° je n'ai pas mis d'accent dans le nom\n2° le mot de passe ne contient plus de "
    "majuscule\n3° le courriel de validation n'arrive pas\n",
    # a template: its headings ask the writer, its checklist confirms, its steps are steps
    "### Quelle page est concernée ?\n\nhttps://demarches.ville.fr/backoffice/forms/12/\n\n"
    "### Quel profil d'utilisateur est concerné ?\n\n- [x] Agent\n- [ ] Usager\n\n"
    "### Que se passe-t-il ?\n\nUne erreur 500 s'affiche au clic sur « Valider ».\n",
    "**Checklist**\n\n- [x] J'ai vérifié que le problème se reproduit\n"
    "- [x] Mon ticket contient l'adresse de la page en erreur\n\n"
    "Le paiement de la cantine échoue sur https://portail.ville.fr/cantine/ depuis lundi.\n",
    "### Étapes pour reproduire\n\nUn agent ouvre une demande de carte de stationnement.\n\n"
    "- le bouton « Accepter » ne répond pas ;\n- la demande reste en attente ;\n\n"
    "- il est parfois impossible d'ajouter une pièce jointe\n",
    # the fields of a new form, one per line after the need was told
    "Bonjour,\n\nNous souhaitons un formulaire de demande de badge pour le parking de la "
    "mairie.\n\nAjouter un champ « Immatriculation » obligatoire.\nAjouter le choix du "
    "parking (Hôtel de ville, Médiathèque).\nPrévoir une validation par le service des moyens "
    "généraux.\n\nPouvez-vous nous transmettre un devis ?\n",
    # a postscript of thanks, or adding to the problem told
    "Bonjour,\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "PS : merci pour votre réactivité la semaine dernière.\n",
    "Bonjour,\n\nL'export CSV des inscriptions est vide depuis lundi.\n\n"
    "PS : le même problème touche l'export des factures.\n",
    # a template's fields, with or without bullets: the parts of one request
    "Bonjour,\n\n- Page : https://demarches.ville.fr/backoffice/management/factures/41-2087/\n"
    "- Comportement observé : erreur 500 à l'enregistrement de la facture\n"
    "- Comportement attendu : ajout de la ligne dans le tableau des factures\n"
    "- Navigateur : Firefox 128\n",
    "Résultat : erreur 500 à l'enregistrement de la facture.\n"
    "Attendu : ajout de la ligne dans le tableau des factures.\n",
    # steps indented by habit under their heading
    "### Pour reproduire\n\n    1. Ouvrir la demande de badge depuis le tableau de bord.\n\n"
    "    2. Ajouter une pièce jointe puis cliquer sur Valider.\n\n"
    "    3. Constater que la pièce jointe est absente de la demande.\n",
    # numbered symptoms, then the numbered tests made to understand them
    "Bonjour,\n\nL'envoi de la demande de badge échoue sur le portail.\n\n"
    "1/ la photo au format PNG est refusée\n2/ la pièce jointe de 3 Mo est refusée\n\n"
    "Nous avons fait deux essais :\n\n1/ une photo au format JPEG\n2/ une pièce jointe "
    "de 1 Mo\n",
    # a negative subject telling what the problem does, with no marker
    "Bonjour,\n\nLe paiement de la cantine échoue depuis lundi.\n\n"
    "Aucune famille ne peut régler ses factures du mois de mars sur le portail.\n",
    # "ensuite" telling what happens next, mid-paragraph
    "Bonjour,\n\nL'agent ouvre la demande et clique sur Valider. Ensuite, le courriel de "
    "confirmation n'est pas envoyé à la famille, alors que le statut change bien.\n",
    # "au fait" bringing another form that shows the same symptom
    "Bonjour,\n\nLe nom des usagers connectés par FranceConnect n'est plus prérempli dans le "
    "formulaire de badge piscine.\n\nAu fait, le formulaire de recensement présente le même "
    "symptôme : le nom de naissance arrive vide.\n",
    # the edits of one named template, listed under the ask to change it
    "Bonjour,\n\nPourriez-vous modifier le modèle du courriel de refus des demandes de "
    "jardin partagé ?\n\n- remplacer « Madame, Monsieur » par « Bonjour »\n"
    "- ajouter le lien vers la charte des jardins\n- signer « Service espaces verts »\n",
    # the need behind the ask, pointing back at it
    "Bonjour,\n\nComment extraire la liste des arrêtés de voirie signés cette année ?\n\n"
    "Nous en avons besoin pour le bilan trimestriel du conseil municipal.\n",
    # a template's fields, naming what the one problem shows, where and how it was tried
    "## Description\n\nLe formulaire d'inscription au transport scolaire renvoie une erreur 500 "
    "à l'envoi.\n\n## Navigateurs testés\n\nFirefox 130 et Edge 128 : l'erreur revient.\n\n"
    "## Données concernées\n\nLes demandes déposées depuis le 2 septembre restent bloquées.\n\n"
    "## Analyse de notre côté\n\nLe champ « Arrêt » semble vide dans les demandes en erreur.\n",
    "Bonjour,\n\nLe paiement de la garderie échoue sur le portail famille depuis lundi.\n\n"
    "**Message d'erreur affiché :**\n« Une erreur technique est survenue. »\n\n"
    "**Moyen de paiement utilisé :**\ncarte bancaire ; le prélèvement n'est pas proposé.\n",
    # a section that opens on the problem already told
    "Bonjour,\n\nLe paiement de la garderie échoue sur le portail famille depuis lundi.\n\n"
    "**Dernier passage en caisse :**\nmardi 14 mai vers 10 h 15, même erreur.\n",
    # problems listed first, then told as one problem: its symptoms
    "Bonjour,\n\nSur le formulaire de prêt de matériel aux associations :\n\n"
    "- le calendrier ne propose aucune date libre\n- les tables apparaissent toutes comme "
    "réservées\n- le récapitulatif est vide\n\nLe problème a commencé hier après-midi.\n",
    # a question, then another that narrows it down with words of its own
    "Bonjour,\n\nComment extraire la liste des participants au repas des aînés ?\n"
    "Est-il possible de choisir les colonnes du tableur obtenu ?\n",
    "Bonjour,\n\nComment paramétrer les tarifs dégressifs pour les fratries à la cantine ?\n\n"
    "Faut-il passer par une grille par quotient familial ?\n",
    "Bonjour,\n\nComment désactiver le compte d'un agent parti à la retraite ?\n\n"
    "Ses dossiers en cours seront-ils réattribués automatiquement à son remplaçant ?\n",
    # a marker, then what points back at the one problem: where it happens, its fix, a way
    # round it meanwhile, what it blocks
    "Bonjour,\n\nLe plan des jardins familiaux n'affiche plus les parcelles libres.\n\n"
    "Autre point important : cela ne se produit que sur tablette, l'ordinateur du service "
    "affiche bien tout.\n",
    "Bonjour,\n\nLe paiement des droits de place du marché refuse toutes les cartes depuis "
    "jeudi.\n\nEnfin, pourriez-vous nous dire sous quel délai le correctif sera livré, les "
    "commerçants s'impatientent ?\n",
    "Bonjour,\n\nL'import du fichier des électeurs échoue avec « Colonne inconnue ». Pouvez-"
    "vous regarder le fichier ?\n\nSinon, y a-t-il une saisie manuelle possible en "
    "attendant ?\n",
    "Bonjour,\n\nLe paiement des abonnements de la piscine échoue depuis samedi.\n\n"
    "Par ailleurs, ce blocage empêche les nageurs de renouveler avant la fin du mois.\n",
    "Bonjour,\n\nLe dépôt d'une demande de badge pose problème : d'une part le demandeur ne "
    "reçoit aucun accusé, d'autre part l'agent ne voit rien dans sa corbeille.\n",
    # praise is no request
    "Bonjour,\n\nLe menu de la crèche affiche encore celui de la semaine passée.\n\n"
    "Au passage, bravo pour la nouvelle page d'accueil des familles.\n",
    # the attempts made on one problem, numbered on action verbs
    "Bonjour,\n\nLa connexion des agents au portail échoue avec « Jeton expiré ».\n\n"
    "Ce que nous avons essayé :\n1. Vider le cache : même résultat.\n"
    "2. Changer de poste : aucun changement.\n3. Supprimer les cookies : pareil.\n",
    # how to reach the writer or follow the ticket, after a marker, even asking
    "Bonjour,\n\nLe formulaire de recensement refuse les dates de naissance avant 2000.\n\n"
    "Dernier point : je suis joignable au standard de la mairie jusqu'à 17 h.\n",
    # the wrong value told, shown somewhere else too: one problem
    "Bonjour,\n\nLa facturation du 1er octobre applique aux bacs de 240 L le tarif des bacs de "
    "120 L : facturé 96,00 € au lieu de 168,00 €.\n\nLe montant erroné apparaît aussi dans le "
    "courriel d'avis envoyé aux usagers.\n",
    # ...or asks to be called back
    "Bonjour,\n\nLe paiement en ligne des factures de cantine échoue depuis lundi avec une "
    "erreur 500.\n\nDernier point : pourriez-vous me rappeler au poste 2241 avant midi ?\n",
    "Bonjour,\n\nLe formulaire de recensement refuse les dates de naissance avant 2000.\n\n"
    "PS : je serai absente jeudi, merci de contacter mon adjoint Paul Roux si besoin.\n",
    "Bonjour,\n\nLe formulaire de recensement refuse les dates de naissance avant 2000.\n\n"
    "Enfin, merci de nous tenir informés de l'avancement, la campagne commence lundi.\n",
    "Hello,\n\nThe census form rejects birth dates before 2000 since Monday.\n\n"
    "By the way, I am available by phone all afternoon for any detail.\n",
    # the same symptom told again in English
    "Hello,\n\nThe booking form for the sports hall rejects dates after June.\n\n"
    "P.S. The form for the youth club does the same on my phone.\n",
    # what a server returns, listed under the problem: its symptoms
    "Bonjour,\n\nLa synchronisation des abonnés de la médiathèque échoue depuis lundi. "
    "Voici les retours de l'API :\n\n- erreur 401 au premier appel ;\n- erreur 500 ensuite.\n",
    # the forms where one problem shows
    "Bonjour,\n\nLe bouton Payer reste grisé sur plusieurs démarches : cantine, garderie, "
    "centre de loisirs.\n",
    # the same problem told again, still the old one
    "Bonjour,\n\nLes reçus de la régie portent toujours l'ancien tampon. De plus, les reçus "
    "de la régie des droits de place portent toujours l'ancien tampon aussi.\n",
    # an error message quoted, and support's question quoted under the answer to it
    "Bonjour,\n\nÀ la validation de la demande de badge, la page affiche :\n\n"
    "> Une erreur est survenue. Par ailleurs, le service est indisponible.\n",
    "Bonjour,\n\nLe navigateur est Firefox 128, la demande 12-44.\n\n"
    "> Le 3 mai, le support a écrit :\n> Pourriez-vous nous indiquer le navigateur utilisé "
    "et une demande concernée ?\n",
    # the same blocking seen by a partner, the same faulty stamp on a sister form
    "Bonjour,\n\nLe bouton « Continuer » du permis de louer reste sans effet à l'étape 3 "
    "depuis hier.\n\nPar ailleurs, l'agence Lemoine nous signale aussi le même blocage "
    "depuis ses locaux.\n",
    "Bonjour,\n\nL'attestation de la cantine porte le tampon de Villefranche au lieu du "
    "nôtre.\n\nPS : le même tampon erroné figure aussi sur le récépissé des inscriptions "
    "au conservatoire.\n",
    # several things announced, then tied right under them to one problem: its symptoms
    "Bonjour,\n\nDepuis mardi, les demandes de carte de piscine saisies au guichet se "
    "perdent. Nous voyons trois choses :\n\n- elles manquent dans la liste des agents ;\n"
    "- le reçu n'est pas envoyé ;\n- le tableau de bord ne les compte pas.\n\n"
    "Je pense que c'est un seul et même problème.\n",
    # a follow-up question that supposes the request done
    "Bonjour,\n\nPourriez-vous créer un compte agent pour M. Royer, nouveau régisseur ?\n\n"
    "Question subsidiaire : une fois son compte créé, pourra-t-il consulter les recettes "
    "encaissées l'an passé ?\n",
    "Bonjour,\n\nNous voudrions rendre facultatif le champ « Téléphone fixe » de la "
    "réservation de vélos. Comment faire ?\n\nEt dans la foulée : si vous arrivez à le "
    "rendre facultatif, la colonne restera-t-elle dans l'export des locations ?\n",
    # « non plus » on a thing told before, even inside the words telling the problem
    "Bonjour,\n\nDepuis hier midi, aucun courriel n'est parti vers les usagers, quelle que "
    "soit la démarche. Les courriels internes aux agents ne partent pas non plus.\n\n"
    "Pouvez-vous vérifier l'envoi des messages ?\n",
    # one problem announced in the singular, then its steps (to create, to add: not asks)
    "Bonjour,\n\nPendant nos essais, nous avons relevé l'anomalie suivante :\n\n"
    "1. créer une famille de test avec un quotient de 640 € ;\n2. ajouter un enfant à cette "
    "famille ;\n3. ouvrir la fiche de l'enfant : la tranche affichée est la tranche 5 au lieu "
    "de la tranche 2.\n\nTesté avec Firefox 136.\n",
    "Hello,\n\nWe found the following issue:\n\n1. create a test family with an income of "
    "640;\n2. add a child to that family;\n3. open the child's record: the band shown is 5 "
    "instead of 2.\n",
    # the writer's offer to take part in what is asked adds no request
    "Bonjour,\n\nNous voudrions que les agents du secteur Nord ne voient que les demandes de "
    "leur secteur : https://demarches.ville-exemple.fr/backoffice/management/aides-ccas/\n\n"
    "Est-il possible de filtrer la liste selon le champ « Secteur » ? Nous sommes aussi prêts "
    "à revoir l'organisation des rôles si c'est la solution conseillée.\n",
    # several symptoms counted, then tied to one cause before the colon
    "Bonjour,\n\nDepuis la facturation de mars, les factures de cantine posent problème :\n\n"
    "- elles sont marquées « Échue » avant la date limite ;\n- le bouton « Payer » a disparu ;"
    "\n- le total à payer de l'espace famille les ignore.\n\nLes trois points semblent venir "
    "de la même cause : la date d'échéance enregistrée est fausse. Exemple : "
    "https://demarches.ville-exemple.fr/backoffice/data/factures/88/\n",
    # asks, in a paragraph of their own, to look into the problem told or to see to it
    "Bonjour,\n\nLe montant de la redevance est faux sur la demande 33-872 depuis la mise "
    "à jour du tarif.\n\nPourriez-vous corriger le paramétrage du calcul de la redevance avant "
    "l'envoi des titres ?\n",
    "Bonjour,\n\nLe formulaire de réservation des salles affiche une page blanche depuis ce "
    "matin : https://demarches.ville-exemple.fr/reservation-salles/\n\nMerci de faire le "
    "nécessaire rapidement, les associations nous appellent.\n",
    "Bonjour,\n\nSur la demande 33-872, la redevance reste à 0 € au lieu de 672 €.\n\nLes "
    "titres de recettes partent au Trésor public fin juin, merci de nous dire si nous devons "
    "corriger les montants à la main d'ici là.\n",
    # a list of what changed since one change, then given that one origin
    "Bonjour,\n\nLe 6 mars, nous avons allongé les créneaux de l'agenda du gymnase. Depuis ce "
    "changement :\n\n- les créneaux du mardi apparaissent deux fois dans la liste ;\n"
    "- deux clubs ont pu réserver le même créneau ;\n- le courriel de confirmation indique "
    "encore l'ancien horaire.\n\nNous pensons que ces trois points viennent de la "
    "modification de durée. Constaté sous Firefox 124.\n",
    "Hello,\n\nOn March 6 we made the gym's slots longer. Since then:\n\n- the Tuesday slots "
    "no longer show in the booking list;\n- the booking form does not work for two clubs;\n"
    "- the confirmation e-mail is wrong.\n\nWe think these three issues come from the change "
    "of length. Seen in Firefox 124.\n",
    # a list closed by an ask about the one problem its items told
    "Bonjour,\n\n- Les associations n'arrivent plus à réserver le gymnase.\n"
    "- Le calendrier des créneaux ne s'affiche pas.\n- Merci de régler le problème.\n",
    # questions, every item one, on a thing named
    "Bonjour,\n\nVoici les questions que nous nous posons sur l'export des inscriptions vers "
    "le logiciel de la médiathèque :\n\n1. Dans quel format le fichier sort-il ?\n"
    "2. À quelle heure l'export est-il lancé chaque nuit ?\n"
    "3. Qui reçoit le courriel en cas d'échec ?\n",
    # a later question weighing two ways: how to go on with the problem told
    "Bonjour,\n\nLes créneaux du 15 août apparaissent deux fois dans l'agenda de la piscine "
    "depuis la duplication de l'événement, et les nageurs s'inscrivent sur les deux.\n\n"
    "Faut-il supprimer les doublons à la main, ou y a-t-il un risque de perdre les "
    "réservations déjà faites ?\n",
    "Bonjour,\n\nLes factures de septembre appliquent encore l'ancien tarif de la garderie du "
    "matin, alors que nous l'avons changé dans la régie le 28 août.\n\nPouvez-vous nous dire "
    "si la date d'effet a été mal saisie de notre côté ou s'il s'agit d'une anomalie ?\n",
    # questions announced before any problem, on the one migration told above them
    "Bonjour,\n\nNous préparons le passage des comptes lecteurs au nouveau logiciel de la "
    "médiathèque. Avant de commencer, nous avons quelques questions :\n\n- les lecteurs "
    "actuels garderont-ils leur numéro de carte ?\n- faut-il prévenir les lecteurs par "
    "courriel avant le passage ?\n",
    # a marker opening on how to handle the ticket opens no request
    "Bonjour,\n\nLe récépissé de la demande de carte de stationnement n'est plus envoyé depuis "
    "lundi : https://demarches.ville.fr/backoffice/management/carte-stationnement/88/\n\n"
    "Autre chose : merci de me rappeler demain matin.\n",
    # ...nor is thanking the team, whatever the marker
    "Bonjour,\n\nLe récépissé de la demande de carte de stationnement n'est plus envoyé depuis "
    "lundi : https://demarches.ville.fr/backoffice/management/carte-stationnement/88/\n\n"
    "Je profite de ce message pour remercier l'équipe pour la formation de mars.\n",
    # ...or more of the same problem
    "**Description** : depuis lundi, les demandes de badge de la déchetterie restent bloquées "
    "au statut « Reçue », par exemple "
    "https://demarches.ville.fr/backoffice/management/badge-decheterie/314/\n\n"
    "**Étapes** : valider le paiement au guichet.\n\n**Résultat attendu** : le statut "
    "« Badge commandé ».\n\n**Navigateur** :\n\n**Autres informations** : le statut reste "
    "bloqué aussi pour les badges des professionnels.\n",
    # ...« bloquer » asked there is an action, no problem reported
    "Bonjour,\n\nNous ouvrons en juin les inscriptions aux stages sportifs de l'été. Avant "
    "l'ouverture, nous avons quelques questions :\n\n- est-il possible de bloquer le choix "
    "d'un stage quand il est complet ?\n- peut-on gérer une liste d'attente pour les stages "
    "complets ?\n",
    # ...where a consequence in its clause is one more symptom
    "Bonjour,\n\nLe paiement en ligne de la cantine échoue depuis lundi, donc les familles ne "
    "reçoivent plus non plus leur reçu de paiement.\n",
    # ...the formula asking to fix the problem told asks nothing more
    "Madame, Monsieur,\n\nDepuis le 3 mars, le formulaire de demande de place en crèche refuse "
    "les dates de naissance postérieures au 1er janvier.\n\nJe vous saurais gré de bien "
    "vouloir corriger ce problème.\n",
    # ...a question reported on the problem told is no other request
    "Appel de M. Garnier (mairie de Breux), lundi 10 h.\n\nLe récépissé des demandes "
    "d'inscription au transport scolaire n'est plus envoyé aux familles depuis vendredi, par "
    "exemple pour https://demarches.ville.fr/backoffice/management/transport-scolaire/412/\n\n"
    "Il demande quand le récépissé sera de nouveau envoyé.\n",
    # symptoms tied to one problem by a question on it, however often it comes back
    "Bonjour,\n\nDepuis la mise à jour, les demandes de badge de la déchetterie restent en "
    "plan :\n\n- le reçu n'est pas produit ;\n- le courriel à l'usager n'est pas envoyé ;\n"
    "- le statut reste « Reçue ».\n\nLe problème revient chaque lundi, est-ce une erreur de "
    "paramétrage ou un défaut ?\n",
    # « autre chose » after a verb is no marker
    "Bonjour,\n\nFaut-il faire autre chose que cocher la case pour que l'agent voie les "
    "demandes du CCAS ?\n",
    # the readers (« lecteurs ») of a library: no slowness (« lenteurs ») spelt wrong
    "Médiathèque de Breux, appel de 14 h :\n\n- la création de compte lecteur échoue\n"
    "- les cartes des lecteurs inscrits hier\n- depuis vendredi\n",
    # a dictated run-on: what « et d'ailleurs » adds shows the same errors, twenty words on
    "Bonjour, je vous écris pour le registre des concessions du cimetière parce que depuis "
    "l'ajout de la nouvelle section les numéros ne correspondent plus, quand on ouvre "
    "l'emplacement 8 c'est la fiche de l'emplacement 108 qui s'affiche, et d'ailleurs le "
    "tableau des concessions à renouveler que l'accueil a imprimé hier matin pour le maire "
    "comporte les mêmes erreurs, alors merci de regarder d'où cela vient.\n",
    # a template's remarks asking about the problem told, by a reference, then thanking
    "**Étapes pour reproduire :** dans la liste des inscriptions, cliquer sur « Exporter ».\n\n"
    "**Résultat obtenu :** la colonne « Date » est vide pour toutes les lignes.\n\n"
    "**Remarques :** Pourriez-vous regarder cela avant la rentrée des classes ? Cela nous "
    "aiderait beaucoup.\n",
    # « ce message » shown, wherever else it shows
    "Bonjour,\n\nDepuis lundi, le formulaire de réservation du gymnase affiche « Erreur 500 » "
    "à la validation.\n\nAutre chose : ce message apparaît aussi sur le formulaire des "
    "encombrants.\n",
    "Bonjour,\n\nDepuis lundi, le formulaire de réservation du gymnase affiche « Erreur 500 » "
    "à la validation.\n\nAutre chose : il y a ce message aussi sur le formulaire des "
    "encombrants.\n",
    # ...not when the pronoun asks to mend the problem told, or the paragraph tells the rest of it
    "Hello,\n\nStudents tell us that the job dating registration form does not work.\n\n"
    "The event is on April 10 and employers expect a full list of candidates. Please fix it "
    "before then.\n",
    "Bonjour,\n\nSur l'environnement de test, le formulaire de réservation de la salle "
    "s'arrête à la page du choix de la date : le calendrier reste vide.\n\nLe reste du "
    "parcours fonctionne. Pouvez-vous l'ajouter à la liste des points de recette ?\n",
    # minutes of which the writer says one point is for support, numbered points too
    "Bonjour,\n\nVoici un extrait du compte rendu de notre réunion de service ; le dernier "
    "point vous concerne.\n\n1. Froid : rappel de la consigne de signaler au CCAS toute "
    "personne qui n'ouvre pas sa porte.\n2. Outil : depuis le 13 janvier, le champ « Régime "
    "alimentaire » du formulaire de commande ne propose plus l'option « Sans sel ».\n",
    "Bonjour,\n\nVoici un extrait du compte rendu de notre réunion de service ; le point 2 vous "
    "concerne.\n\n1. Froid : rappel de la consigne de signaler au CCAS toute personne qui "
    "n'ouvre pas sa porte.\n2. Outil : depuis le 13 janvier, le champ « Régime alimentaire » "
    "du formulaire de commande ne propose plus l'option « Sans sel ».\n",
    # ...not when it asks about the problem told
    "**Description du problème :**\nQuand un jeune télécharge sa carte Pass'Jeunes en PDF "
    "depuis son espace, le cadre du QR code est vide.\n\n**Remarques :**\nOn voudrait aussi "
    "savoir quand ce problème sera corrigé.\n",
    # ...remarks opening on a marker that ask about the problem told
    "**Objet** : factures payées affichées comme impayées\n\n**Navigateur / OS** : Firefox 122 "
    "/ Windows 10\n\n**Étapes** : saisie de l'encaissement en régie le 05/02 → dans le portail "
    "famille, la facture reste « À payer ».\n\n**Remarques** : par ailleurs, pourriez-vous "
    "regarder cela avant la fin du mois ?\n",
    # a cause the writer suspects, then an ask to look: the problem told
    "Bonjour,\n\nDepuis jeudi, le champ « Précisions » du formulaire de cantine ne s'affiche "
    "plus quand la famille coche « PAI ».\n\nJe me demande si la condition d'affichage ne "
    "s'appuie pas encore sur l'ancien libellé du choix. Pourriez-vous regarder ?\n",
    # a long question on the fix of the problem told, its marker in the clause naming it
    "Bonjour,\n\nSur la démarche « Recensement citoyen », le champ « Commune de naissance » "
    "n'apparaît plus lorsque le jeune coche « Né en France ». Le champ reste masqué et la "
    "demande part sans commune.\n\nLa condition d'affichage n'a pas été modifiée de notre "
    "côté, le comportement est constaté depuis lundi matin.\n\nQuestion liée : si c'est une "
    "conséquence de la mise à jour de la semaine dernière, la correction s'appliquera-t-elle "
    "aussi aux demandes en cours de saisie, ou les jeunes devront-ils recommencer ?\n",
    # a dictated run-on: what was tried on the problem told, with « aussi »
    "bonjour c'est Paul Girard de la médiathèque je vous dicte ce message depuis mon "
    "téléphone alors voilà la demande d'inscription numéro 12-408 reste bloquée à l'étape "
    "validation quand je clique sur le bouton valider la page se recharge et la demande reste "
    "dans le même statut depuis lundi matin j'ai essayé aussi sur l'ordinateur du bureau avec "
    "Edge et c'est pareil est-ce que vous pouvez regarder merci\n",
    # a dictated run-on telling a new procedure's steps, « et ensuite » the last one
    "bonjour je vous écris de la part de M. Caron adjoint aux sports il voudrait qu'on mette "
    "en ligne pour l'été une démarche d'aide à la licence sportive pour les jeunes avec le "
    "calcul de l'aide selon le quotient familial les justificatifs du club l'avis de la "
    "commission et ensuite le paiement aux familles par la trésorerie est-ce que vous pouvez "
    "nous dire comment on peut lancer ça merci\n",
    # a table of demands showing one problem, « idem » row after row
    "Bonjour,\n\nPlusieurs récépissés ont une date de dépôt vide :\n\n| Demande | Déposée le |"
    " Constat |\n|---|---|---|\n| 21-305 | 02/04 | date de dépôt vide sur le récépissé |\n| "
    "21-309 | 03/04 | idem |\n| 21-311 | 03/04 | idem, le reste du PDF est correct |\n\nLe "
    "modèle du récépissé a changé le 29 mars. Pouvez-vous regarder ?\n",
    # minutes whose section addressed to support asks: the decisions before it are context
    "Bonjour Julie,\n\nVoici le compte rendu du comité de mardi.\n\n**Décisions**\n\n- La "
    "mise en ligne de la démarche des jardins familiaux est confirmée au 2 avril.\n- La "
    "commune prépare un article pour le bulletin municipal.\n- Les agents d'accueil seront "
    "formés en interne par M. Royer.\n\n**Demande à l'éditeur :** peux-tu nous confirmer "
    "l'heure de la mise en production du 2 avril ?\n",
    "Bonjour,\n\nCompte rendu du point projet de lundi.\n\n**Points abordés**\n1. Recette : "
    "terminée le 4 mars, les deux anomalies relevées sont corrigées.\n2. Communication : "
    "l'affiche est prête, rien à prévoir.\n\n**Demande** : pourriez-vous planifier la mise "
    "en production pour le lundi 18 mars au matin ?\n",
    # one action of the minutes is for support, said so
    "Bonjour,\n\nVoici le compte rendu de la réunion du 3 juin. Une seule action vous "
    "concerne (point 2).\n\n1. Bilan : 120 inscriptions en ligne, rien à signaler. Pas "
    "d'action.\n2. Annulations : ajouter au workflow un statut « Annulé par la famille », "
    "les familles appelant la mairie pour annuler.\n3. Affichage pour les bénévoles : la "
    "liste des rendez-vous du jour ne s'affiche plus en entier ; à revoir en interne en "
    "septembre.\n",
    # call notes asking whether others are hit by the problem told
    "Appel de M. Brunet (médiathèque), 9h40\n\n- demande 31-208, réservation d'une liseuse\n"
    "- le courriel de confirmation annonce le 3 avril au lieu du 5\n- dans l'agenda : bien "
    "le 5\n- autres lecteurs concernés ? pas vérifié\n",
    # a symptom told as what follows from the problem told
    "Bonjour,\n\nDepuis ce matin, aucun usager ne parvient à payer la location de salle : "
    "après le clic sur « Payer », une page d'erreur s'affiche (demande 14-220).\n\nLa demande "
    "reste aussi bloquée au statut « En attente de paiement » et le courriel de confirmation "
    "n'est pas envoyé, ce qui est logique puisque le paiement n'aboutit pas.\n",
    # « du coup, deux questions » after a problem: its cause and its fix
    "Bonjour,\n\nDepuis l'ajout du statut « Dossier complet » au workflow le 4 mars, les "
    "demandes de carte de stationnement ne quittent plus la file « À traiter » : "
    "https://demarches.ville.fr/backoffice/management/carte-stationnement/88/\n\nDu coup, "
    "j'ai deux questions : est-ce parce que ce statut n'est pas marqué comme final ? Et "
    "dans ce cas, pouvons-nous le corriger nous-mêmes sans perdre l'historique ?\n",
    # a need to know more of what was asked (« aussi besoin de savoir »)
    "Bonjour,\n\nPourriez-vous nous proposer deux dates de formation au back office pour "
    "les agents de l'état civil ? Nous aurions aussi besoin de savoir combien de temps "
    "prévoir pour cette formation.\n\nMerci,\n",
    # minutes of one problem whose last numbered point, in one word, asks its fix
    "## Réunion interne du 2 octobre\n\n### 1. Constat\nDepuis la mise à jour du 28 "
    "septembre, le champ « Adresse » du formulaire de carte de bus refuse les adresses des "
    "hameaux : https://demarches.ville.fr/backoffice/forms/12/fields/4/\n\n### 2. "
    "Décision\nNotre demande : que le champ « Adresse » du formulaire de carte de bus "
    "accepte à nouveau les adresses des hameaux, refusées depuis la mise à jour. Si ce refus "
    "vient de notre paramétrage, nous souhaitons savoir quel réglage modifier.\n",
    # what should be (« comme il faudrait »), then the one ask
    "Bonjour,\n\nNous avons un souci avec le champ « Quartier » du formulaire de demande de "
    "composteur : https://demarches.ville.fr/backoffice/forms/31/fields/6/\n\nLes agents de "
    "l'accueil me disent qu'il ne se remplit pas comme il faudrait. Pourriez-vous y jeter un "
    "œil ?\n\nMerci,\n",
    # several things announced with no colon, then the symptoms of one problem
    "Bonjour,\n\nDeux remarques sur la facture de cantine de mars de la famille Roux.\n\nLa "
    "facture de cantine de mars compte deux fois le repas du mercredi 5 mars "
    "(https://agendas.ville.fr/manage/invoicing/regie/2/invoice/4410/).\n\nLe total de la "
    "facture de cantine de mars est donc faux sur le portail famille.\n\nMerci,\n",
    # ...or one of them set apart for support
    "Bonjour,\n\nVoici nos remarques sur le comité du 3 avril. Seule la décision D2 appelle "
    "une intervention de votre côté.\n\nLa page d'accueil du portail des sports affiche "
    "encore les horaires d'hiver, ce que la direction corrigera elle-même.\n\nLe champ "
    "« Club » du formulaire d'inscription ne propose pas les clubs de tennis.\n",
    # a closing question opening on a thing named anew, on words mostly told
    _CCAS_NEED + "Le tableau de bord des agents du CCAS peut-il masquer les informations "
    "sensibles des demandes ?\n",
    # « De plus » on what shows the problem elsewhere, its numbers told again
    "Bonjour,\n\nLa sortie au musée du mardi 3 juin (20 places) s'affiche « complète » sur le "
    "portail alors que seuls 14 enfants sont inscrits : "
    "https://agendas.ville.fr/manage/agendas/sorties/events/88/\n\nDe plus, dans le "
    "back-office, le compteur ne marche plus : il indique 20 / 20 pour une liste de 14 "
    "noms.\n",
]


@pytest.mark.parametrize("body", SEVERAL)
def test_several_requests_are_found(body):
    assert findings(body)


@pytest.mark.parametrize("body", ONE)
def test_one_request_in_several_parts_is_left_alone(body):
    assert not findings(body)


# The default `one_concerned` vocabulary: the ways a writer sets one point apart for support.
_TWO_PROBLEMS = ("Compte rendu de la réunion du 3 mai :\n\n1. Salles : ajouter un champ "
                 "« Téléphone » au formulaire de réservation des salles.\n2. Cantine : le "
                 "bouton « Payer » du portail famille ne répond plus depuis lundi.\n\n")


@pytest.mark.parametrize("closing, several", [
    ("", True),
    ("Seul le point 2 vous concerne.", False),
    ("Le seul point qui vous concerne est le dernier.", False),
    ("Only item 2 is for you.", False),
    ("Un seul point vous concerne (le point 2).", False),
    ("Une seule action vous concerne : la seconde.", False),
    ("Le dernier point vous concerne.", False),
    ("Le point 2 vous concerne.", False),
    ("Le point 2 vous concerne ici.", False),
    ("Le point 2 vous concerne aussi.", True),
])
def test_one_point_set_apart_for_support(closing, several):
    assert bool(findings(_TWO_PROBLEMS + closing + "\n")) == several


def titled(title: str, body: str):
    front = FRONT.replace("Un titre qui décrit le problème", title)
    return [f for f in lint(parse_draft(front + body), RULES, "fr") if f.rule == "single-request"]


@pytest.mark.parametrize("title, body, several", [
    # symptoms of one failure joined in the title, listed and tied to one origin under the list
    ("Permis de louer : reçu, courriel et statut en échec",
     "Bonjour,\n\nDepuis la mise à jour du 2 mai, les nouvelles demandes de permis de louer "
     "restent en plan :\n- le reçu n'est pas produit ;\n- le courriel au bailleur n'est pas "
     "envoyé ;\n- le statut reste « Déposée ».\n\nJe pense que tout vient de l'action de "
     "calcul du loyer, qui plante.\n", False),
    # two subjects joined in the title, each told on its own line
    ("Facture de crèche au mauvais tarif + export des inscrits",
     "La facture de crèche de mai porte l'ancien tarif.\n"
     "Pourriez-vous nous envoyer l'export des inscrits en tableur ?\n", True),
    ("Tarif des factures de crèche et export des inscrits",
     "La facture de crèche de mai porte un tarif erroné.\n"
     "Pourriez-vous nous envoyer l'export des inscrits en tableur ?\n", True),
    # ...the questions of one undertaking, one list: one request's parts
    ("Agenda de la piscine : durée des créneaux et annulation",
     "Bonjour,\n\nNous ouvrons en septembre la réservation en ligne des lignes d'eau de la "
     "piscine. Avant l'ouverture, nous avons quelques questions sur le paramétrage :\n\n"
     "- peut-on fixer la durée des créneaux de réservation à 45 minutes ?\n"
     "- l'usager peut-il annuler sa réservation jusqu'à la veille ?\n", False),
    # ...details of one request, each on its line, neither asking nor reporting
    ("Courriel de confirmation : signature et logo",
     "Le courriel de confirmation des salles doit porter la nouvelle signature et le logo.\n\n"
     "Signature : « Service des sports ».\nLogo : fichier joint.\n", False),
    # ...told together: one request
    ("Date et heure d'ouverture du formulaire",
     "Nous voudrions programmer la date et l'heure d'ouverture du formulaire d'inscription.\n",
     False),
    ("Inscriptions scolaires et périscolaires pour la rentrée",
     "Les inscriptions scolaires doivent se faire en ligne.\n"
     "Le périscolaire du mercredi aussi, pour la rentrée.\n", False),
    # a title announcing several requests, told on subjects of their own
    ("Points divers sur le portail", "Le plan des déchetteries ne s'affiche plus.\n"
     "Pourriez-vous ajouter les horaires d'été des piscines ?\n", True),
    ("Évolutions souhaitées pour la rentrée", "Il faudrait un champ pour le collège.\n"
     "Ajouter aussi le choix du transport scolaire.\n", True),
    # ...told as one problem: its symptoms
    ("Plusieurs anomalies sur le plan du portail",
     "Le plan des déchetteries ne s'affiche plus depuis lundi.\n"
     "Le plan reste vide sur mobile.\n", False),
    ("Évolution du formulaire de rentrée", "Il faudrait un champ pour le collège.\n", False),
    # "demandes" are also the forms' submissions: where one problem shows, not requests
    ("Le reçu est vide pour plusieurs demandes",
     "Le reçu envoyé est vide pour les demandes suivantes :\n\n- 12-31\n- 12-34\n\n"
     "Le problème se produit aussi sur les demandes de badges, qui ont le même workflow.\n",
     False),
    ("Deux demandes d'évolution du formulaire de rentrée",
     "Il faudrait un champ pour le collège.\nAjouter le choix du transport scolaire.\n", True),
    # a second attribute of the subject told (« sont incomplètes et impossibles à payer »)...
    ("Les factures de garderie sont incomplètes et impossibles à payer",
     "Les factures de garderie de mars n'affichent pas la ligne du mercredi.\n"
     "Le bouton « Payer » reste grisé, impossible de payer en ligne.\n", False),
    # ...not a clause with a subject of its own
    ("Les factures de garderie sont incomplètes et le bouton de paiement reste grisé",
     "Les factures de garderie de mars n'affichent pas la ligne du mercredi.\n"
     "Le bouton de paiement des cantines reste grisé depuis lundi.\n", True),
])
def test_the_title_may_name_two_requests(title, body, several):
    found = titled(title, body)
    assert bool(found) == several
    if found:
        assert found[0].line == 5  # the title's line


def test_finding_points_at_the_marker_and_names_it():
    body = ("Bonjour,\n\nLe paiement échoue depuis lundi sur le portail famille.\n\n"
            "Par ailleurs, serait-il possible de changer le logo de la page d'accueil ?\n")
    [finding] = findings(body)
    assert (finding.line, finding.column, finding.end_column) == (11, 1, 13)
    assert "« Par ailleurs »" in finding.message


def test_a_heading_in_bold_is_quoted_without_its_stars():
    [finding] = findings(_POINTS_OF_MINUTES)
    assert "« 2. Formation »" in finding.message


def test_finding_points_at_the_second_ask_of_a_list_and_counts():
    body = ("Bonjour,\n\n- le plan de la démarche voirie ne se charge pas ;\n"
            "- pouvez-vous ajouter un champ téléphone ?\n- le PDF n'a pas de logo.\n")
    [finding] = findings(body)
    assert (finding.line, finding.column) == (10, 3)
    assert "3 demandes" in finding.message
    assert "pouvez-vous ajouter un champ téléphone ?" in finding.message
