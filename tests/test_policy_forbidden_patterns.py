"""The default rules `title-urgency`, `title-tone` and `scope`.

The titles are written for these tests: pressure or discontent must be found in French and in
English, with inflections and typos, while the same words used as a topic (numéro d'urgence,
relance automatique, titre de recette) must be left alone.

These pin the DEFAULT POLICY (redlint/policy/default.yaml and its vocabularies), not the rule
type: a vocabulary edit that changes a verdict here changes the policy, so the table is updated
with it. The type itself is tested on its own vocabularies in test_rule_forbidden_patterns.py.
"""

from __future__ import annotations

import pytest
import yaml

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.config.rulecache import load_ruleset

RULES = load_ruleset()
MINE = {"title-urgency", "title-tone", "scope", "new-procedure", "project-on-support"}
# The rules of the out-of-scope label: a connector, an application or a recette (`scope`), or a
# new procedure to build (`new-procedure`).
OUT_OF_SCOPE_RULES = {"scope", "new-procedure"}


def draft(title: str, body: str = "Le détail est dans la demande.", tracker: str = "Support"):
    front = yaml.safe_dump({"project": "ville-exemple", "tracker": tracker,
                            "assigned_to": "Support", "title": title}, allow_unicode=True)
    return parse_draft(f"---\n{front}---\n{body}\n")


def fired(title: str, body: str = "Le détail est dans la demande.", tracker: str = "Support"):
    return {f.rule for f in lint(draft(title, body, tracker), RULES, "fr")} & MINE


URGENT = [
    # urgency words next to the topic exceptions above
    "Emergency: citizens cannot log in",
    "Problème critique sur le portail famille",
    "Dossier prioritaire à traiter rapidement",
    "Le paiement doit être corrigé avant vendredi",
    "Sans délai : corriger le lien de paiement",
    "Pages urgences à corriger au plus vite",
    "Impossible de régler sa facture, à corriger aujourd'hui",
    "Les familles ne peuvent pas payer, à corriger rapidement",
    "URGENT : le paiement de la cantine échoue",
    "[URGENT] Export des inscriptions vide",
    "Paiement cantine à corriger au plus vite",
    "Anomalie bloquante sur la validation des inscriptions",
    "ASAP - formulaire de contact en erreur",
    "Ticket prioritaire : les courriels de confirmation ne partent plus",
    "Bug critique sur la réservation des salles",
    "Merci de traiter dès que possible : rendez-vous passeport",
    "À corriger immédiatement : le PDF d'attestation est vide",
    "EMERGENCY: login page returns error 500",
    "Top priorité - inscriptions scolaires fermées",
    "🔥 Les demandes de badge ne s'enregistrent plus",
    "Réservation de salles en panne, c'est pour hier",
    "Inscriptions périscolaires : urgance",  # typo
    "Le champ IBAN refuse les comptes étrangers - très urgent",
    "Priorité absolue : le calendrier de collecte n'affiche rien",
    "Haute priorité : formulaire de signalement voirie cassé",
    "Please fix asap: payment confirmation emails missing",
    "High priority - appointment slots disappear",
    "A traiter en urgence : la carte du formulaire voirie ne charge plus",
    "Le tableau de bord est vide, à regarder rapidement svp",
    "Paiement impossible depuis ce matin, intervention immédiate nécessaire",
    "⚠️ Les pièces jointes ne sont plus acceptées",
    "Le formulaire d'état civil ne s'affiche plus, à régler dans la journée",
    "IMPORTANT : les familles ne reçoivent plus le mail de confirmation",
    "Prio 1 : l'agenda des permanences est vide",
    "Urgentissime - le module de paiement refuse les cartes",
    "Needed today: the registration form rejects all files",
    "The booking page crashes, please look into it urgently",
    "Le paiement ne passe plus !!",
    "Les familles ne peuvent plus s'inscrire, dans les plus brefs délais svp",
    "Service paralysé depuis ce matin, plus aucune demande n'arrive",
    "Le calcul du tarif doit être corrigé, à traiter rapidement",
    "Paiement en ligne HS, merci d'intervenir rapidement",
    "Correctif attendu aujourd'hui : l'export Excel est vide",
    "!!! Le formulaire de badge ne s'affiche plus",
    'Réponse urgente svp : les créneaux ont disparu',
    "Les inscriptions ferment demain, besoin d'aide au plus tôt",
    'Anomalie très bloquante sur le portail famille',
    'Could you fix this ASAP? Booking emails are not sent',
    'Critical: users cannot submit the contact form',
    'Blocker - payment page returns 404',
    'Le service est paralysé : les agents ne voient plus les demandes',
    '🚨 Formulaire état civil en erreur',
    'Merci de corriger en urgence le calcul du tarif cantine',
    'Incident critique : aucun courriel ne part depuis 8h',
    '⚠ Attention : les pièces jointes sont perdues',
    'Urgent - the ID card appointment slots are gone',
    'SVP au plus vite, les familles ne peuvent pas se connecter',
    "Demande prioritaire : ajout d'un motif de refus",
    "Cantine : trois corrections indispensables avant la rentrée de lundi",
    "Export des factures : fix required before Friday",
    "Booking export must be fixed before Monday's council meeting",
    "Le calcul du quotient doit être corrigé avant jeudi",
    "Tarif cantine à corriger avant vendredi",
    "Besoin d'une réponse rapide sur le formulaire de badge",
    "Bug majeur sur la réservation des salles",
    "Incident majeur : le portail ne charge plus",
    "URG - attestation fiscale vide",
    "Merci de regarder le calcul du tarif rapidement",
]

TONE = [
    # thanks for what broke something
    "Merci pour la mise à jour qui a cassé l'export des factures",
    "Merci pour la nouvelle version qui a tout cassé dans les réservations",
    "Merci pour la nouvelle version qui bloque les paiements",
    "Thanks for the update that broke the booking calendar",
    "Inadmissible : le portail est encore en panne",
    "Toujours pas corrigé : le rappel SMS",
    "Encore une fois, l'export CSV est vide",
    # « encore » telling the same trouble again; « enfin » put to the reader
    "Gymnase des Tilleuls : encore une double réservation",
    "Attestations de quotient : les PDF générés sont encore vides",
    "Pourriez-vous enfin corriger les relances de la régie ?",
    "Merci de corriger enfin le plan de la déchetterie sur le portail",
    # thanks trailing off before the trouble
    "Merci pour la nouvelle version… les inscriptions au centre de loisirs sont vides",
    "Facture de demi-pension toujours fausse",
    "Le quotient familial est encore mal appliqué sur les factures",
    "Réservation des salles : le créneau validé disparaît encore de l'agenda",
    "Export des inscriptions vide malgré la correction de lundi",
    "Ça devient pénible, la connexion échoue chaque matin",
    "3e relance : la pièce jointe du formulaire de badge",
    "Enfin ! Une réponse sur le bug du calendrier ?",
    "Scandaleux : les familles paient deux fois",
    "C'est grave, les courriels partent aux mauvais destinataires",
    "Au secours, plus personne ne peut se connecter",
    "Still broken: the booking form rejects valid dates",
    "Délai dépassé pour le ticket sur l'export des inscriptions",
    "Bravo pour la mise à jour, plus rien ne marche",
    "Merci pour la réactivité... toujours rien sur les attestations",
    "Inacceptable — the appointment reminders are not sent",
    "Ras-le-bol des déconnexions du backoffice",
    "Pour la énième fois : le PDF ne contient pas le logo",
    "Once again the export is empty",
    "Toujours aucune réponse sur le problème de paiement",
    "Le formulaire plante encore et toujours",
    "LE FORMULAIRE DE RÉSERVATION NE FONCTIONNE PLUS",
    "Toujour pas de correction pour le champ date",  # typo
    "Inadmisible, la facture est fausse",  # typo
    "Ça fait des semaines que le calendrier est faux",
    "Deuxième relance : l'attestation fiscale est vide",
    "Relance n°2 : export des effectifs",
    "Le portail est inutilisable ?!",
    "Honteux : les usagers reçoivent des mails en double",
    "Second reminder: the login page fails",
    "This is unacceptable, the payment form rejects every card",
    "Les agents sont exaspérés : le tableau de bord ne charge pas",
    "N'importe quoi : les tarifs affichés sont faux",
    "Trois semaines sans réponse sur l'export des factures",
    "Pourquoi le mail ne part toujours pas ??",
    "Export CSV vide (3ème relance)",
    "RAPPEL : le formulaire de badge est en erreur",
    "Correction du tri des créneaux, enfin ?",
    "Comme d'habitude, la mise à jour a cassé le calendrier",
    "Nobody answers our tickets about the login page",
    "Le formulaire de contact est une catastrophe",
    "Je relance ma demande sur la facturation",
    "Le calendrier ne marche jamais, c'est lamentable",
    "😡 plus aucun paiement ne passe",
    'Cela fait 3 semaines que le formulaire est en panne',
    "Aucune réponse du support depuis 10 jours sur l'export",
    'Bug toujours présent malgré la soi-disant correction',
    'Encore un bug sur le calendrier des permanences',
    'Franchement, le nouveau backoffice est inutilisable',
    'Plus rien ne fonctionne depuis la mise à jour',
    'La mise à jour a encore tout cassé',
    "C'est inadmissible que les familles paient deux fois",
    'Why is the export STILL empty?',
    'Ridiculous: the form asks the birth date three times',
    "Le formulaire d'inscription est une vraie galère pour les parents",
    'Marre des déconnexions intempestives du backoffice',
    'Nous attendons toujours la correction du PDF',
    'Relance : paiement cantine refusé',
    'Cette anomalie dure depuis des mois',
    'Très déçus par la nouvelle version du portail',
    'Le support ne répond pas, le paiement est toujours cassé',
    'Pourquoi personne ne regarde ce ticket ?',
    'Merci pour la « correction » : le total des régies est encore faux',
    # capitals: a whole title, a sentence, or one common word stressed
    "BADGES DE DÉCHETTERIE REFUSÉS À L'ENTRÉE",
    "PAIEMENT CANTINE IMPOSSIBLE DEPUIS LUNDI (Mairie)",
    "[Cantine] PAIEMENT DES FACTURES REFUSÉ",
    "PROBLEME DE CONNEXION au portail famille",
    "Réservation de salles : ON NE PEUT PLUS RÉSERVER le samedi",
    "Le calendrier des collectes tombe en ERREUR",
    "Impossible de TÉLÉCHARGER l'attestation",
    "Les agents ne peuvent pas ENREGISTRER la demande",
    "Le paiement en ligne ne MARCHE pas",
    "L'export n'est PAS à jour",
    "Le paiement par carte ne fonctionne PLUS",
    "Export des effectifs TRÈS lent",
    # a stressed judgement, even in scare quotes
    'Tarifs de la piscine « complètement faux » sur le portail',
    'Quotient familial "totalement erroné" dans le récapitulatif',
    "Le calcul des droits de place est archi-faux",
    "Super, plus personne ne peut payer en ligne",
    "Encore des doublons dans l'export des inscriptions",
    "3e fois que le calendrier perd les créneaux",
    "Ce n'est pas normal : les familles paient deux fois",
    "Demande restée sans réponse : export des régies",
    "Ça traîne depuis trois semaines : export des effectifs",
    "Cela fait plus de 3 semaines que l'export est vide",
    "Le paiement par carte échoue encore",
    "Le calendrier des collectes plante à nouveau",
    "Toujours des doublons dans l'export des inscriptions",
]

NEUTRAL = [
    # thanks, then the subject; « enfin » closing a list of steps
    "Merci pour la mise à jour du plan de la déchetterie",
    "Inscriptions : vérifier, corriger et enfin valider les dossiers de la rentrée",
    # « encore » as « still », a fact of the feature shown
    "Le PDF des factures affiche encore l'ancienne adresse de la régie",
    "L'école fermée est encore proposée dans l'inscription périscolaire",
    "Les inscriptions au séjour ne sont pas encore ouvertes sur le portail",
    # thanks with nothing broken
    "Merci pour la mise à jour du formulaire : le champ date reste vide",
    "Thanks for the quick fix: one more field to rename",
    # urgency words as topics
    "Le numéro d'urgence n'apparaît pas sur la page contact",
    "Choix « urgence » dans l'aide sociale : la condition d'affichage ne s'applique pas",
    "Contact d'urgence obligatoire dans l'inscription périscolaire",
    "Emergency contact field is not saved on the registration form",
    "Hébergement d'urgence : le formulaire ne propose pas la commune",
    "Priorité des vœux de crèche mal calculée",
    "Ordre de priorité des choix de séjour inversé dans l'export",
    "Les urgences pédiatriques n'apparaissent pas dans la liste des lieux",
    "Le message bloquant du champ IBAN ne s'affiche pas",
    "Le statut « Urgent » n'apparaît pas dans la liste des demandes",
    "Quartiers prioritaires : la carte ne colore pas les secteurs",
    "Le courriel de confirmation n'est pas envoyé immédiatement après validation",
    "Le seuil critique de places disponibles n'alerte pas le service",
    "Le champ « niveau d'urgence » n'est pas repris dans le courriel",
    "Public prioritaire : le critère n'est pas pris en compte dans le tri",
    "[Senior] Le formulaire de colis de Noël refuse les dates de naissance",
    "La date de fin au plus tôt n'est pas contrôlée",
    "Aide d'urgence : le montant maximum n'est pas vérifié",
    "Demande de logement d'urgence : pièce jointe refusée",
    "Le degré d'urgence choisi par l'agent n'est pas enregistré",
    "Le filtre des demandes urgentes ne fonctionne pas dans le backoffice",
    "The 'Urgent' flag is not shown in the backoffice list",
    "Numéro de téléphone en cas d'urgence absent du récapitulatif",
    "Formulaire « Aide alimentaire d'urgence » : le plafond n'est pas appliqué",
    "Le contrôle non bloquant sur le quotient familial bloque la validation",
    "Afficher en priorité les créneaux du matin dans l'agenda",
    "Le plan d'urgence canicule n'apparaît pas sur le portail",
    "La liste d'attente ne tient pas compte du critère prioritaire",
    # tone words as facts or features
    "La mention RGPD est toujours affichée après décochage",
    "Le bouton reste toujours grisé après la saisie du code postal",
    "La relance automatique des dossiers incomplets part deux fois",
    "La 2e relance par SMS n'est pas envoyée",
    "Le 2e rappel de vaccination n'est pas envoyé aux familles",
    "Relance automatique : le délai de 15 jours n'est pas respecté",
    "Rappel SMS : le message contient une variable non remplacée",
    "Inscription au Secours populaire : le lien est cassé",
    "Le filtre « Délai dépassé » du tableau de bord ne montre rien",
    "Déclaration de catastrophe naturelle : la carte ne s'affiche pas",
    "Le tri par date puis enfin par nom est ignoré",
    "Le compteur du délai de réponse au public n'est pas remis à zéro",
    "Courriel de félicitations non envoyé après le mariage",
    "Le champ « Encore intéressé ? » n'est pas repris dans l'export",
    "Les demandes en délai dépassé ne changent pas de statut",
    "Accent grave mal affiché dans le PDF de la facture",
    "Le formulaire SOS Médecins n'affiche pas la carte",
    "Still image upload fails for HEIC files",
    "Les agents ne voient pas toujours le bouton de validation",
    "Le message « Votre demande est toujours en cours » s'affiche après clôture",
    "Export RGPD CNIL PDF vide pour les dossiers clos",  # acronyms, not shouting
    "Le compte Senior n'accède pas à la page Mes demandes",
    "Le taux de pénibilité n'est pas calculé dans le formulaire RH",
    "Paralysie cérébrale : le certificat médical n'est pas joint",
    "Admins cannot check today's bookings in the agenda",
    "Le statut est modifié immédiatement après le paiement",
    "Accusé de réception absent pour les demandes d'acte de décès",  # not « déception »
    "Internal server error when exporting the registrations",  # not « infernal »
    "Le choix de l'urgence n'est pas repris dans le courriel au travailleur social",
    "Le courriel « Merci pour votre demande ! » n'est pas envoyé",
    'Ajouter une case « demande urgente » au formulaire de signalement',
    "Le service des urgences n'apparaît pas dans l'annuaire santé",
    'Les dossiers prioritaires ne remontent pas en tête du tableau de bord',
    'Le tri par priorité des demandes de logement est inversé',
    "La case « Intervention urgente » ne déclenche pas le SMS à l'astreinte",
    "La relance des impayés part avant la date d'échéance",
    "Le délai de rétractation de 14 jours n'est pas calculé",
    'Emergency housing request form rejects the postcode',
    'The priority field of the housing form is ignored in the export',
    "La page « Nous contacter en cas d'urgence » renvoie une erreur 404",
    'Le rappel automatique de rendez-vous arrive deux fois',
    "La mention « Toujours valable » n'apparaît pas sur l'attestation",
    'Le calcul du quotient familial ne prend pas en compte la garde alternée',
    'Accès refusé au tableau de bord pour le profil Responsable enfance',
    'Le formulaire Réception des encombrants refuse les dates en juillet',
    'Le champ Internal reference is not exported to CSV',
    "Le bouton « Encore une question ? » ne s'affiche pas sur mobile",
    'Le statut « En attente de correction » ne déclenche pas la notification',
    "L'agent reste bloqué sur l'étape de validation du workflow de badge",
    "Erreur 500 lors de l'envoi du formulaire de réservation de salle",
    "La priorité 1 du vœu de crèche n'est pas affichée à la commission",
    "Le niveau de priorité « Haute » n'est pas repris dans le courriel à l'agent",
    'Ticket de caisse manquant dans le récapitulatif de paiement',
    'Les places prioritaires pour les fratries ne sont pas réservées',
    "Le formulaire enfin disponible en anglais n'affiche pas le logo",
    "Le texte « Attention : dossier incomplet » s'affiche sur toutes les demandes",
    'Le champ date de naissance refuse les dates avant 2020',
    # capitals that name a module, a product, a status or an error code
    "GESTION DES SALLES [Créer une réservation récurrente]",
    "PORTAIL FAMILLE - le paiement par carte échoue",
    "Le module GESTION DES SALLES ne s'ouvre pas",
    "[ETAT CIVIL] Acte de naissance : le PDF est vide",
    "Abonnement COMPOSTEUR et ENCOMBRANTS : même tarif affiché",
    "ERREUR 500 sur le formulaire de contact",
    "Les demandes au statut EN ERREUR ne sont pas relancées",
    "Le bouton VALIDER ne répond pas sur mobile",
    "Impossible de se connecter à PAYFIP depuis le portail",
    "Connexion FranceConnect : erreur INVALID_REQUEST",
    "API SIRENE : le numéro SIRET n'est pas trouvé",
    "Le Pass PLUS ne s'affiche pas dans le panier",
    # « faux », « incohérent » alone state a fact
    "Total faux dans l'export des régies",
    "Alerte de stock incohérente sur la fiche matériel",
    "Le champ « Vrai ou faux » n'est pas repris dans le PDF",
    "Les réservations faites avant lundi n'apparaissent pas",
    "Mise à jour majeure du portail : le logo a disparu",
    "Le contrôle majeur ou mineur sur la date de naissance est inversé",
    "La 2e dose n'est pas proposée aux plus de 65 ans",
    "Le bouton Super Admin n'apparaît pas",
    "Le PDF n'est pas encore généré après validation",
    "La demande est encore visible après suppression",
    "Inscription encore possible après la date limite",
    "Le portail se déconnecte rapidement sur mobile",
    # services, physicians, pages and schemes named with an urgency word
    "Le CHU (urgences adultes) n'apparaît pas dans l'annuaire",
    "Urgentiste de garde : le planning ne s'affiche pas",
    "Page Urgences et numéros utiles : numéro du SAMU erroné",
    "Dispositif Émergence : la pièce jointe n'est pas enregistrée",
    "Aide rapide aux commerçants : le montant est mal calculé",
    "Critical path items missing in the project view",
    # a word close to an urgency word is no typo of it
    "Critiquer un avis : le bouton ne marche pas",
    "Les pratiques critiquées dans le rapport ne s'affichent pas",
    # categories and values: records of a kind, priorities side by side, a symbol
    "Les anomalies bloquantes ne sont pas listées dans le rapport de recette",
    "Dossiers prioritaires non mis en évidence dans la liste",
    "Priorité 1 et priorité 2 inversées dans le récapitulatif des vœux",
    "Le pictogramme ⚠ du champ obligatoire s'affiche mal",
    "Deadline field missing in the grant application form",
    # dates and delays that are facts of the procedure
    "Dernier délai de dépôt affiché au 31/12 au lieu du 15/01",
    "Date de fin de validité au plus tôt : calcul erroné",
    "Le rendez-vous au plus tôt proposé est dans 3 mois",
    "Sans délai de carence : le calcul de l'aide est faux",
    "Le paiement doit être fait avant la date limite : rappel non envoyé",
    # paying a bill (« régler »), what users or agents must do: facts, not demands
    "Impossible de régler sa facture aujourd'hui par carte bancaire",
    "Paiement : régler immédiatement ou par prélèvement, le choix ne s'affiche pas",
    "Les familles ne peuvent pas régler avant vendredi leur facture de cantine",
    "Les agents doivent vérifier rapidement chaque pièce : l'aperçu est trop lent",
]


@pytest.mark.parametrize("title", URGENT)
def test_urgency_is_found(title):
    assert "title-urgency" in fired(title)


@pytest.mark.parametrize("title", TONE)
def test_discontent_is_found(title):
    assert "title-tone" in fired(title)


@pytest.mark.parametrize("title", NEUTRAL)
def test_topic_words_are_not_tone(title):
    assert not fired(title) & {"title-urgency", "title-tone"}


OUT_OF_SCOPE = [
    # a feed run by a schedule, a job or a synchronisation named by its software
    "L'import hebdomadaire des tournées de collecte échoue depuis lundi",
    "Les fiches ne sont plus importées automatiquement chaque nuit",
    "The nightly export to the finance system stopped on Monday",
    "Our sync job fails with a 403 since the update",
    "Synchro Astrée en panne depuis ce matin",
    "Le ws Sortilège renvoie une erreur 500",
    "Les places ne sont plus mises à jour à partir de la billetterie Sortilège",
    # a State's platform fed, a single sign-on told in words, a bank's payment module
    "Les dossiers ne sont plus transmis à la plateforme nationale depuis le 3 mars",
    "Les agents voudraient se connecter avec le même identifiant que pour leur messagerie",
    "Le module de paiement de notre banque renvoie une erreur à chaque retour",
    "Les inscriptions ne sont plus créées dans notre logiciel de cantine",
    "New members are not created in our library management system",
    # an aid scheme with rules of its own, as a subsidy
    "Mise en ligne d'une aide à l'achat de composteurs",
    "Le connecteur CAF ne renvoie plus le quotient familial",
    "Erreur lors de l'appel au webservice de Maelis",
    "Les inscriptions ne remontent plus dans Parsifal",
    "Raccordement de la plateforme à France Travail",
    "Dépôt automatique des justificatifs dans notre GED",
    "Envoyer les signalements de voirie vers le SIG de la ville",
    "Publier nos manifestations dans la base régionale via son API",
    "Formulaire APA : le plan d'aide n'est pas calculé",
    "Demande de subvention aux associations : ajout d'une étape de validation",
    "L'application petite enfance n'envoie pas les confirmations",
    "L'application portail famille n'affiche pas les factures",
    "Installation d'une application du store : les cartes sont vides",
    "En recette : le formulaire de pré-inscription scolaire ne calcule pas l'âge",
    "Anomalie relevée lors des tests de recette du portail famille",
    "UAT: the booking form does not send the confirmation",
    "Avant la mise en production, le tableau de bord doit afficher les dossiers",
    "Le flux vers le logiciel de facturation est vide",
    "Documents non transmis au i-parapheur",
    "API Particulier : le quotient familial n'est pas récupéré",
    "Interconnexion avec le SIV en erreur",
    "Web service ANTS : les prédemandes ne sont pas vérifiées",
    "Signature Docaposte : le document n'est pas renvoyé",
    "Phase de recette du portail famille : le calcul du tarif est faux",
    "En fin de recette, le formulaire de dérogation scolaire plante à l'envoi",
    "La démarche testée en recette plante à l'envoi",
    "Les inscriptions sont importées dans un autre logiciel chaque nuit",
    "Les données ne remontent pas dans notre logiciel métier",
    "L'appli de l'état civil installée depuis le catalogue ne propose pas la mairie annexe",
    "Plateforme de recette : le formulaire de badge plante",
    "Webservices Pôle emploi : l'identifiant n'est pas reconnu",
    "The connector to France Travail returns an error 502",
    "Sur https://demarches-recette.ville.fr/inscriptions/ le formulaire plante à l'envoi",
    "La synchronisation des agendas des agents avec Outlook s'est arrêtée",
    "TrafiCentre provides a REST API listing road closures: could the portal show them?",
    "Dématérialiser les demandes de badge de la déchetterie pour l'an prochain",
    "Allocation personnalisée d'autonomie : le récapitulatif est incomplet",
    "Raccordements SSO des agents de la métropole",
    "Nouvelle application famille : le menu ne s'affiche pas",
    "Le conecteur Maélis renvoie une erreur",  # typo
    'Synchronisation avec Technocarte : les inscriptions ne partent pas',
    'Export comptable vers Hélios refusé par la trésorerie',
    "Appel webservice vers l'ERP en timeout",
    "Nouvelle application jeunesse : le formulaire d'inscription ne s'ouvre pas",
    'Application Seniors installée du store : les cartes sont vides',
    "Les prédemandes ne sont plus vérifiées auprès de l'ANTS",
    "Les demandes d'actes des notaires restent bloquées à l'étape d'échange avec COMEDEC",
    'Tests de recette : le formulaire de dérogation scolaire ne calcule pas le secteur',
    '[Recette] Le portail famille affiche une erreur au paiement',
    "Subvention associations : le budget prévisionnel n'est pas joint",
    "PCH : le montant n'est pas repris dans le récapitulatif",
    'The CAF web service returns an empty quotient',
    'Acceptance testing: the childcare form does not compute age',
    'Interface avec le logiciel Concerto : les familles ne sont pas créées',
    # a mobile application is not the portal seen on a phone (issue 8)
    "L'application mobile de la ville ne charge plus l'agenda",
    "L'appli mobile du marché ne reçoit plus les notifications",
    "L'application Android de la médiathèque ne se met plus à jour",
    "Mettre à jour notre application sur le Play Store",
    "Version de l'application : 3.2.1, le scan du badge échoue",
    "L'application de la ville plante au démarrage sur mon téléphone",
    "Depuis la mise à jour, l'appli ne s'ouvre plus sur mon Android",
    "Les réservations ne partent plus via Cantine app",
    # an exchange with another software, without the word « connecteur » (issue 8)
    "Les demandes envoyées par l'API de notre logiciel RH sont rejetées",
    "Permettre au service urbanisme de consommer l'API métier du cadastre",
    "Synchroniser les comptes des agents avec notre annuaire",
    "Export automatique des factures vers notre logiciel de comptabilité",
    "Nous voulons intégrer le portail avec notre logiciel de gestion des salles",
    "Le logiciel tiers ne reçoit pas les demandes de stationnement",
    "Solution d'intégration pour les tarifs de la billetterie",
    "Mise en place du SSO avec l'annuaire de la métropole",
    # an exchange word and another software in one sentence (`together`)
    "Les factures ne sont plus transmises au logiciel de comptabilité",
    "Les inscriptions ne remontent plus dans notre logiciel de gestion",
    "La synchro nocturne avec le logiciel RH a échoué",
    "Les agendas des agents ne se synchronisent plus avec Outlook",
    "Les comptes ne sont plus synchronisés depuis l'Active Directory",
    "Les données ne sont plus synchronisées entre le portail et notre outil de prêt",
    "Le couplage avec notre logiciel de facturation ne fonctionne plus",
    "Authentification SAML des agents avec l'annuaire LDAP de la ville",
    "The requests are no longer sent to our HR system",
    "Our accounting software no longer receives the invoices",
    "We would like to connect the portal to our library system",
    "Le module de l'éditeur tiers ne reçoit plus les inscriptions",
    "We need a new online procedure for the parking permit",
    "Les demandes d'inscription n'apparaissent plus dans le logiciel de la crèche",
    "Les réservations ne se synchronisent plus avec Concerto",
    "L'échange avec la plateforme de prise de rendez-vous est en erreur",
    # a web service said the French way round, an API or a server of another party
    "Le service web de l'éditeur ne répond plus depuis lundi",
    "L'appel au WS de la trésorerie renvoie une erreur 500",
    "Le WSDL de la préfecture a changé",
    "Le jeton d'API a expiré, les demandes sont rejetées",
    "L'API de notre prestataire de transport rejette les inscriptions",
    # a single sign-on set up, whatever its protocol
    "Configuration d'AgentConnect pour le back-office",
    "Mise en place de Keycloak pour les agents",
    "Connexion unique des agents avec l'intranet de la ville",
    # an application named between quotation marks: a set of forms of its own
    "L'application « Taxe de séjour » ne calcule pas le montant",
    'Nous aimerions l\'application "Prêt de matériel" pour les associations',
    # an installed app that no longer starts
    "Depuis la mise à jour, l'appli ne se lance plus",
    # a test platform, a version under test, a new procedure asked for
    "Bug sur le site de test : le formulaire ne calcule pas l'âge",
    "Tests de la version 5.1 : le récapitulatif est vide",
    "Le paiement échoue sur https://demarches-recette.ville-exemple.fr/cantine/",
    "Ajouter une procédure de demande de badge pour les associations",
    "Mettre en place un téléservice pour les inscriptions au conservatoire",
    "Nous souhaitons créer une nouvelle démarche pour le logement social",
    # slots read from another party's booking platform (`together_anywhere`)
    "Les créneaux publiés sur Doctolib n'apparaissent pas sur le portail",
    "Maison de santé : aucune disponibilité affichée alors que Keldoc en propose",
    "Slots from Calendly are missing on the booking page",
    # a plugin that syncs with, or reaches, a service of another party
    "Le plugin ne se synchronise plus depuis hier",
    "Depuis la mise à jour, le plug-in ne joint plus le cloud du fabricant",
    "The add-on no longer syncs the bookings",
    "Proposer une démarche en ligne pour l'aide au permis de conduire",
    "Nous testons le portail avant son ouverture au public en septembre",
    "La démarche d'aide facultative n'est pas encore ouverte aux familles",
    "Le nouveau portail n'est pas encore ouvert mais l'inscription plante",
    "Dans le cadre du projet de refonte du portail, le menu est vide",
    "Sur l'environnement de validation, le calcul du tarif est faux",
    # a new procedure named as such or asked for, however briefly
    "Nouvelle démarche carte de résident du camping",
    "Pour l'école, besoin démarche inscription à l'étude comme l'an dernier",
    "Mise en ligne d'une demande de dérogation scolaire",
    "Le service des sports voudrait proposer en ligne l'inscription aux stages",
    "Besoin urgent d'un formulaire d'inscription au goûter des aînés",
    "Le formulaire des fêtes est prêt sur papier : pourriez-vous nous créer ce formulaire ?",
    "Le comité valide la création d'une démarche « Permis de diviser »",
    "La culture souhaite proposer dès mars un formulaire en ligne d'inscription aux ateliers",
    # agents signing in through another organisation's directory (`together`)
    "Les agents ne peuvent plus se connecter avec leur compte de l'annuaire de la métropole",
    "Connexion au back-office avec le compte de session Windows des agents",
    "Échec de connexion des agents via l'ADFS du Département",
    "Agents cannot sign in with their Entra ID account since Monday",
    # the recette of a procedure not yet open, told in everyday words (`together`)
    "Nous testons le nouveau formulaire avant son ouverture : le tarif est faux",
    "Tests de la démarche de prêt de vélos, qui ouvrira en septembre : le paiement échoue",
    "La future démarche d'inscription aux stages refuse les dates de juillet",
    # a mobile application on a phone's system named bare
    "L'appli de la ville sur Android plante à l'ouverture depuis la dernière version",
    # a synchronisation between the portal and another software stays one
    "La synchronisation entre le portail et notre logiciel Ciril ne se fait plus",
    # ...and so does what comes after the words that set something aside
    "Le portail n'est pas en cause : la synchronisation avec notre logiciel Ciril ne se fait plus",
    # a single sign-on with a schools' digital workspace
    "Connexion unique avec le portail du rectorat : les parents doivent se reconnecter",
    "Les agents se connectent grâce à l'authentification unique de l'ENT du lycée",
]

IN_SCOPE = [
    # an acronym after « flux », the same password as before, records made in the back office,
    # an update and a browser
    "Le flux RSS de l'agenda n'affiche plus les événements",
    "Le même identifiant que la semaine dernière est refusé",
    "Les demandes créées dans le back-office n'ont pas de numéro",
    "Depuis la mise à jour d'hier, dans Chrome, la page reste blanche",
    "L'import des pièces jointes dans le formulaire échoue",
    "Le paiement par carte bancaire échoue sur la page de la régie",
    "Commission de sécurité : la liste des ERP de la commune n'apparaît pas dans le formulaire",
    "L'application du tarif dégressif ne se fait pas au 3e enfant",
    "Les recettes de la régie cantine ne sont pas totalisées dans l'export",
    "Titre de recette absent du PDF de facture",
    "Le flux RSS des actualités ne s'affiche plus sur le portail",
    "Le formulaire de demande de raccordement à l'assainissement refuse les pièces jointes",
    "Problème sur la demande de raccordement 31-418",
    "L'application de la réduction famille nombreuse n'est pas faite",
    "Le bouton Valider ne répond pas dans l'application",
    "Le workflow de la demande d'acte de naissance reste bloqué",
    "Le catalogue de la médiathèque n'est pas accessible depuis le portail",
    "Le total des recettes du mois est faux dans le tableau de bord",
    "Flux de travail : le saut automatique ne se déclenche pas",
    "Les recettes encaissées ne sont pas ventilées par régie",
    "Le justificatif CAF n'est pas joint au PDF de la demande",
    "Le champ numéro allocataire CAF refuse 8 chiffres",
    "Mise en recette des paiements de la régie : le montant est faux",
    "Le store de l'école ne remonte plus : formulaire de demande d'intervention",
    "Le bouton d'application du filtre ne fonctionne pas dans le backoffice",
    "Nouvelle application du tarif au 1er janvier non prise en compte",
    "Le formulaire de demande de raccordement au réseau d'eau potable plante",
    "Le courrier PDF indique l'adresse du demandeur, pas celle du terrain à raccorder",
    "Les courriels de confirmation reçus dans Outlook affichent la date au format ISO",
    "Lien de réinitialisation mort : courriel reçu à 10 h 13 dans Outlook (webmail)",
    "Checked the received emails in Outlook (web): same wrong date",
    "La recette de la piscine n'apparaît pas dans le tableau de bord",
    'Le formulaire de demande de subventionnement du permis de louer',
    'Le module de paiement refuse les cartes American Express',
    "Le flux de demandes en attente n'est pas trié par date",
    "L'application des pénalités de retard ne se fait pas sur les factures de cantine",
    "Le bouton « Installer l'application » n'apparaît pas sur Android",
    "Montant des recettes de la billetterie faux dans l'export",
    'Le catalogue des démarches ne montre pas la catégorie Enfance',
    # a recette named as a step of a project's planning (project management: not scope's)
    "Pouvez-vous envoyer le planning mis à jour (fin de recette, formation des agents) ?",
    "Could you confirm the schedule: go-live date, acceptance testing window, training?",
    "Pour le comité, votre calendrier à jour pour le lot 2 (modules Jeunesse et Sports) : dates "
    "de livraison en préproduction, période de recette et mise en production envisagée",
    # a recette passed long ago, of what is now in production
    "Cette démarche avait été validée en recette en janvier ; depuis lundi, le champ est vide",
    "Tout avait pourtant été vérifié ensemble lors de la recette l'an dernier",
    "It had been validated during acceptance testing last year; since Monday the field is empty",
    # a project under way named with no malfunction beside it: its management, not its recette
    "Dans le cadre du projet de déploiement, pouvez-vous nous proposer des dates de formation ?",
    # a page that informs on a complex procedure is a page of the portal
    "Sur la page d'information consacrée à l'APA, le lien vers la grille renvoie une erreur 404",
    "Page d'information sur l'APA : le lien vers la grille renvoie une erreur 404",
    # a family's own paperwork with the CAF, not the portal's exchange with it
    "La facture ne se télécharge pas ; j'en ai besoin pour ma déclaration à la CAF",
    # a word of an address's path is not the writer's
    "Ouvrir https://demarches.ville.fr/eau-potable/demande-de-raccordement/ : la date est refusée",
    # a module of the portal for a domain is a part of it, not an application of its own
    "Le module portail famille n'affiche pas les factures",
    "Depuis la mise en place du module cimetière, les tarifs 2025 ne s'affichent pas",
    # a fault shown on the test platform too; a mail provider as a mailbox
    "Le champ reste vide en production ; même comportement aussi sur la qualif",
    "Courriel envoyé d'après l'historique, rien n'arrive sur nos boîtes de test Gmail et Outlook",
    # a mobile application denied
    "Le signalement plante sur leur téléphone, dans le navigateur (pas par une application)",
    "La carte ne se centre pas : c'est le site ouvert sur le téléphone, pas de l'application",
    # an exchange with another software denied
    "L'export s'ouvre mal dans Excel ; il n'est importé dans aucun autre logiciel",
    "Le fichier n'est pas importé dans un autre logiciel, seulement ouvert dans Excel",
    "Les droits d'accès au module de réservation sont incorrects",
    "Le tableau des recettes par régie n'est pas filtrable par mois",
    'Le store de la salle du conseil ne remonte plus',
    'Application du quotient familial erronée pour les familles recomposées',
    "Le flux d'actualités n'est pas affiché sur la page d'accueil",
    "La carte du formulaire de signalement n'affiche pas les rues",
    'La connexion FranceConnect échoue pour certains usagers',
    # the portal seen on a phone is not a mobile application (issue 8)
    "Le formulaire ne s'envoie pas sur iPhone avec Safari",
    "La page d'accueil du portail déborde sur mobile",
    "Dans l'application, le bouton Valider ne répond pas sur ma tablette Samsung avec Chrome",
    # exchanges of the portal with itself, or with a file
    "L'export CSV des inscriptions est vide",
    "L'import des usagers depuis un fichier CSV échoue à la ligne 12",
    "La synchronisation de l'agenda avec le portail ne se fait pas",
    "Le lien vers le site partenaire est cassé sur la page d'accueil",
    "La procédure de réinitialisation du mot de passe ne fonctionne pas",
    "Version 2.3 du formulaire : le champ date est obligatoire",
    "Le justificatif recette-2024.pdf est refusé",
    "Nous sommes en retard : la somme des recettes de juin est fausse",
    "Le formulaire dématérialisé de demande d'acte refuse les dates de 1950",
    # an exchange word and another software, but not in one sentence; the portal's own
    # exchanges; « si » is not a « SI »; a sign-in failure stays in Support
    "Le courriel est transmis aux familles. Le logiciel de la crèche n'est pas en cause",
    "Les demandes ne sont pas transmises au service instructeur",
    "Si on dépose un fichier, le formulaire renvoie une erreur",
    "Je remonte un problème signalé par un agent de la médiathèque",
    "Le service Web et communication souhaite changer la bannière",
    "La connexion avec mon compte FranceConnect échoue",
    "Les demandes du module Signalements ne sont pas triées par date",
    "Les demandes déposées hier n'apparaissent pas dans notre outil",
    "Une boîte de dialogue vide s'ouvre dans l'outil de gestion des demandes",
    "Le communiqué sur le logiciel de la médiathèque ne s'affiche plus",
    "Le bouton « Installer l'application » et le bouton « Valider » se chevauchent",
    "Les agendas ne se synchronisent plus avec le portail depuis lundi",
    "Suite à notre échange avec l'éditeur, le formulaire est corrigé",
    "Pour reproduire : ouvrir la démarche de demande de badge, puis valider",
    "Le formulaire n'est pas encore ouvert : il ouvre le 1er juin à 8 h",
    "Les factures ne sont pas encore envoyées aux familles",
    "Le nouveau formulaire mis en ligne hier n'envoie pas le courriel de confirmation",
    "En attente de validation par l'instance de validation du CCAS",
    "The export to CSV is empty since the update",
    "I cannot connect to the portal since this morning",
    'Les boutons "Installer l\'application" et "Valider" se chevauchent',
    # a booking platform named without slots, slots without a platform; a plugin that
    # neither syncs nor reaches a remote service
    "Le lien Doctolib de la page du centre de santé est cassé",
    "Les créneaux de la piscine ne s'affichent plus le samedi",
    "Le plugin d'impression coupe le bas des pages",
    "En télétravail, j'accède à distance au back-office et le plugin PDF ne s'ouvre plus",
    "Après la mise à jour du plugin, les relevés du compteur n'apparaissent plus",
    # a procedure named only where a general fault first showed
    "Erreur 500 sur la demande de subvention, reproduite aussi sur d'autres formulaires",
    "La demande de subvention refuse les pièces jointes, comme tous les autres formulaires",
    # a page of the portal presenting a procedure: its text is the subject
    "La page qui présente l'APA affiche un ancien numéro de téléphone",
    "Coquille dans le texte d'accueil expliquant les subventions aux associations",
    # the CAF as the body a report is made for, not a data source
    "Nous faisons le bilan de fréquentation pour la CAF : l'export des présences est vide",
    # a setting of an existing procedure, not a new one
    "Peut-on programmer la mise en ligne d'une démarche à une date donnée ?",
    # a sign-in, or a directory, alone
    "Un agent ne peut plus se connecter au back-office depuis le changement de mot de passe",
    "La connexion par FranceConnect renvoie sur la page d'accueil",
    "L'annuaire des associations n'affiche plus les adresses",
    "Testé sur un poste Windows 11 : la connexion échoue aussi",
    # an opening date alone, tests alone
    "Le formulaire ouvrira le 3 mai mais la page annonce le 5 mai",
    "Testé sur deux ordinateurs : même erreur à la validation du formulaire",
    # help with building a form oneself is support
    "Je n'arrive pas à créer un formulaire dans le studio : le bouton reste grisé",
    # two parts of the portal kept in step, mail clients listed, a recette of the next version
    # named beside the one in production, a training planned before a go-live
    "Les places de la piscine ne sont pas synchronisées entre l'agenda et le portail",
    "Le courriel de relance reçu dans Thunderbird ou Outlook est vide",
    "Sur la démarche en ligne en attendant la future version en recette, le bouton ne répond plus",
    "Formation des agents avant la mise en ligne du portail",
    # a subject named only to set it aside, in its sentence or the next one
    "Les demandes partent ensuite dans le logiciel des services techniques ; cette transmission "
    "fonctionne normalement. Mais la carte du formulaire est vide",
    "Nous sommes en recette du futur portail avec M. Durand. Ce problème n'a rien à voir avec "
    "ce projet : la carte du formulaire est vide",
    "Des habitants disent que « l'application ne marche pas ». Après vérification, il ne "
    "s'agit pas d'une application mais du site sur le téléphone",
    "We are testing the new childcare forms before go-live. This report has nothing to do with "
    "it: the map of the waste form is empty",
    # the rest named only to say it works
    "Le calendrier s'affiche en anglais. Le reste de la démarche, y compris l'envoi du dossier "
    "vers le SIG, fonctionne normalement : seul le calendrier est concerné",
    "The date picker shows in English. The rest of the form, including the synchronisation "
    "with the GIS software, works fine: only the date picker is affected",
]


@pytest.mark.parametrize("title", OUT_OF_SCOPE)
def test_out_of_scope_subjects_are_found(title):
    assert fired(title) & OUT_OF_SCOPE_RULES


@pytest.mark.parametrize("title", IN_SCOPE)
def test_ambiguous_words_in_standard_support(title):
    assert not fired(title) & OUT_OF_SCOPE_RULES


# A new procedure to build is a project's subject (`new-procedure`); told beside that project's
# management, the ticket manages the project (`project-on-support`), and a connector or a recette
# named too is `scope`'s: one piece of advice each time.
@pytest.mark.parametrize("title, body, expected", [
    ("Nouvelle démarche : demande de permis de végétaliser", "Pouvez-vous la créer ?",
     {"new-procedure"}),
    ("Nouvelle démarche : demande de permis de végétaliser",
     "Pouvez-vous nous proposer un planning de mise en ligne et une réunion de lancement ?",
     {"project-on-support"}),
    ("Nouvelle démarche : demande de permis de végétaliser",
     "Pourriez-vous nous transmettre un devis ?", {"project-on-support"}),
    ("Nouvelle démarche : demande de permis de végétaliser",
     "Elle devra passer par le connecteur de notre logiciel d'urbanisme.", {"scope"}),
    ("We need a new online procedure for the parking permit", "Could you build it?",
     {"new-procedure"}),
])
def test_a_new_procedure_is_a_project(title, body, expected):
    assert fired(title, body) == expected


@pytest.mark.parametrize("body, found", [
    ("Nous sommes en phase de recette du nouveau portail famille.", True),
    ("Le problème vient peut-être du connecteur Parsifal.", True),
    ("Voir https://passerelle.ville.fr/caf-qf/ : la réponse est vide.", True),
    ("Le montant des recettes de la régie est faux depuis lundi.", False),
    ("L'application du quotient familial ne se fait plus.", False),
    ("Lors de la recette avec notre chef de projet, le calcul du tarif est faux.", True),
    ("Les données ne sont pas transmises à notre logiciel de gestion : l'échange de données "
     "semble bloqué.", True),
    ("We are testing the new childcare forms before go-live.", True),
    ("Dans l'application, quand je clique sur Valider, rien ne se passe.", False),
    ("Le titre de recette généré après paiement ne porte pas le bon numéro.", False),
    ("Le flux RSS de la page d'accueil n'affiche plus les actualités.", False),
    ("Nous avons vérifié : ce n'est pas lié au connecteur CAF, le défaut apparaît aussi sans "
     "appel externe.", False),
    ("Nous avons d'abord soupçonné le webservice, mais il n'est pas en cause.", False),
    ("Le justificatif de la CAF joint par la famille n'apparaît pas dans le récapitulatif.",
     False),
    ("https://demarches.ville.fr/urbanisme/raccordement-assainissement/ refuse le plan.", False),
    # an API mentioned in a log or an address is no exchange with another software
    ("Le journal montre : GET /api/forms/carte-decheterie/ 500 Internal Server Error", False),
    ("Dans les traces, api.demarches.ville.fr répond 502 depuis ce matin.", False),
    ("Les créneaux de la plateforme de réservation remontent par l'API chaque nuit.", True),
    # a test platform named only to say it works there: the failure is in production
    ("Le calcul fonctionne bien sur la préprod mais pas sur le site public.", False),
    ("Le calcul est faux sur la préprod https://preprod.demarches.ville.fr/cantine/.", True),
    ("Nous sommes en recette.", True),
    # a recette over: its report signed, what follows is the project's management
    ("La recette des démarches est terminée et le procès-verbal de recette a été signé le 14 "
     "juin.", False),
    ("Acceptance testing of the new forms is complete and its report was signed in June.",
     False),
    ("Nous sommes en recette, elle n'est pas terminée : le formulaire refuse la date.", True),
    ("Testé sur mon iPhone 14 avec Safari, le bouton Valider ne fait rien.", False),
    ("Sur mon téléphone, l'appli se ferme dès que je touche Réserver.", True),
    ("Numéro de build : 4521, iOS 17.", True),
    # a procedure's name in an address is the place of a fault, not its subject
    ("Voir https://demarches.ville.fr/backoffice/management/subvention-associations/87/ : "
     "la pièce jointe renvoie une erreur 500.", False),
    ("La demande https://demarches.ville.fr/subvention-associations/87/ ne calcule pas le "
     "montant de la subvention.", True),
    ("Vu d'abord sur une demande de subvention, puis reproduit sur une demande d'inscription "
     "scolaire : ce n'est donc pas lié à la démarche.", False),
    ("La demande de subvention ne calcule pas le montant.", True),
    # a booking platform and slots in two sentences, or in the title and the body
    ("Aucun créneau n'apparaît pour la maison de santé. Sur Maiia, elle en a pourtant.", True),
    ("Le centre a pourtant des rendez-vous sur https://www.doctolib.fr/centre-exemple.", False),
    ("Le lien Doctolib de la page Santé est cassé. La correction sera dispo quand ?", False),
    ("Je viens d'installer le plugin, la configuration est bonne, la synchro aussi, mais "
     "rien ne se passe.", True),
    ("Le plugin est installé. La synchronisation des comptes avec le portail se fait.", False),
])
def test_scope_reads_the_description(body, found):
    assert ("scope" in fired("Le formulaire d'inscription renvoie une erreur", body)) is found


def test_scope_joins_title_and_description():
    body = "Sur https://www.doctolib.fr/centre-exemple, il y a pourtant des rendez-vous."
    assert "scope" in fired("Aucun créneau affiché pour le centre de santé", body)
    assert "scope" not in fired("Le centre de santé n'apparaît pas sur la carte", body)


def test_scope_only_applies_to_the_support_tracker():
    title = "Le connecteur CAF ne renvoie plus le quotient familial"
    assert "scope" in fired(title, tracker="Support")
    assert "scope" not in fired(title, tracker="Gestion de projet")
    # a typo in « Support » still meant Support: the subject is told at once
    assert "scope" in fired(title, tracker="Suport")


def test_positions_point_at_the_words():
    text = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
            "title: Le paiement échoue, URGENT !!!\n---\nCorps.\n")
    findings = [f for f in lint(parse_draft(text), RULES, "fr") if f.rule == "title-urgency"]
    assert [(f.line, f.column, f.end_column) for f in findings] == [(5, 28, 34), (5, 35, 38)]
    assert "« URGENT »" in findings[0].message


def test_description_position_of_a_scope_finding():
    text = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
            "title: Le formulaire d'inscription renvoie une erreur\n---\n"
            "Bonjour,\nle webservice Maelis répond 500.\n")
    [finding] = [f for f in lint(parse_draft(text), RULES, "fr") if f.rule == "scope"]
    assert (finding.line, finding.column, finding.end_column) == (8, 4, 14)
    assert "Gestion de projet" in finding.message


def test_shouting_gets_its_own_message():
    findings = lint(draft("LE FORMULAIRE NE FONCTIONNE PLUS depuis lundi"), RULES, "en")
    [finding] = [f for f in findings if f.rule == "title-tone"]
    assert "LE FORMULAIRE NE FONCTIONNE PLUS" in finding.message
    assert "capitals" in finding.message
