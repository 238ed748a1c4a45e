"""The `metric` rule type: its measures and checks, on options written here.

The default rules built on it (`description-shouting`, `description-emphasis`,
`description-telegraphic`) are pinned in test_policy_metric.py.
"""

from __future__ import annotations

import pytest
from tests_support import own_rules

from redlint.draft.parse import parse_draft
from redlint.lint.linter import lint
from redlint.model import Part
from redlint.rules import metric


# The measures, on options written here.
FUNCTION = ("le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une", "a", "au", "en", "et",
            "ne", "n'", "sur", "pour", "depuis", "ce", "est", "il", "elle", "nous")


def measure(name: str, text: str, **options) -> float:
    options = metric.Options(measure=name, max=0, **options)
    return metric.MEASURES[name](text, options)[0]


@pytest.mark.parametrize("text, value", [
    ("Le paiement échoue.", 0),
    ("LE PAIEMENT ÉCHOUE", 3),  # a run of three capitalised words
    ("Le bouton VALIDER ne marche pas", 1),  # one long word
    ("Le PDF et le CSV", 0),  # short: acronyms
    ("PDF CSV ODS", 3),  # three in a row all the same, unless allowed
    ("Marie DUPONT a appelé", 0),  # a surname next to a first name
    ("Le message « ACCÈS REFUSÉ » s'affiche", 0),  # quoted
    ("Voir `ERROR_TIMEOUT` et https://EXEMPLE.FR/ABC", 0),  # code and URLs
])
def test_caps_words(text, value):
    assert measure("caps-words", text) == value


@pytest.mark.parametrize("text, value", [
    ("La fiche du SENTIER DES CRÊTES ne s'enregistre pas", 0),  # a name inside a sentence
    ("Le serveur répond 502 BAD GATEWAY à l'enregistrement", 0),  # an error code
    ("Le titulaire affiché est :\nINDIVISION DES HÉRITIERS MARCEAU\n", 0),  # a value shown
    ("LA FICHE NE S'ENREGISTRE PAS", 5),  # the sentence itself
    ("Les factures restent au statut VALIDEES", 0),  # a status: not a stressed common word
    ("C'est URGENT, le paiement est BLOQUE", 2),  # common words stressed
    ("Le formulaire ne marche pas. HELP", 1),
    # a stressed word standing as a line of its own is a sentence in capitals (caps_run)
    ("Le formulaire ne marche pas.\n\nHELP\n", 3),
    ("Le formulaire ne marche pas.\nURGENT !!!\n", 3),
    ("Le formulaire ne marche pas.\nURGENT BLOQUE\n", 3),
    ("Le formulaire ne marche pas.\n\nLEFEBVRE\n", 0),  # a name alone: not a stressed word
    ("Le formulaire ne marche pas.\n\nHelp\n", 0),  # not in capitals
    # an answer or a value is one stressed word, not a cry
    ("Le problème est-il bloquant ?\nBLOQUE\n", 1),  # under a question
    ("Niveau :\n\nURGENT\n", 1),  # under its label
    ("Le formulaire ne marche pas.\n          \nURGENT\n", 1),  # under a blanked heading
])
def test_caps_words_with_emphasis(text, value):
    assert measure("caps-words", text, emphasis=("urgent", "bloque", "help")) == value


@pytest.mark.parametrize("text, value", [
    # a last short block reads as a signature, unless it is a cry
    ("Le formulaire de réservation ne marche plus depuis lundi.\n\nHELP\n", 3),
    ("Le formulaire de réservation ne marche plus depuis lundi.\n\nMARTIN\nAccueil\n", 0),
    ("Le formulaire de réservation ne marche plus depuis lundi.\n\nMerci\nHELP\n", 3),
])
def test_caps_words_cry_is_no_signature(text, value):
    assert measure("caps-words", text, emphasis=("urgent", "help"), courtesy=("merci",)) \
        == value


def test_caps_words_allow_breaks_a_run():
    assert measure("caps-words", "PDF CSV ODS", allow=("CSV",)) == 0


@pytest.mark.parametrize("text, value", [
    ("Pas de gras.", 0),
    ("**Tout en gras.**", 1),
    ("__Tout en gras.__", 1),
    ("Un mot en **gras** dans une phrase assez longue", 0.1),
    ("`**pas du gras**` mais du code", 0),
    ("**a **b **c", 0),  # unclosed markers
])
def test_bold_ratio(text, value):
    assert measure("bold-ratio", text) == pytest.approx(value, abs=0.02)


@pytest.mark.parametrize("text, key_phrases, value", [
    # a label in bold opening a line is never emphasis
    ("**Navigateur :** Firefox 128 sur un poste Windows", 0, 0),
    ("- **Attendu** : le PDF est joint au courriel", 0, 0),
    ("Le **paiement :** refusé", 0, 0.4),  # not opening its line: bold
    ("**Problème** Le PDF est vide\n**Exemple** https://exemple.fr/12/", 0, 0),  # no colon
    ("**Depuis lundi**, le PDF est vide", 0, 0.5),  # a phrase opening a sentence: bold
    # one or two key phrases, whatever their share of a short text
    ("Fermeture le **15 mars**, mais **toujours ouverte**.", 2, 0.6),
    ("Fermeture le **15 mars**, mais **toujours ouverte**.", 1, 0.6),
    ("Fermeture le **15 mars**, mais **toujours ouverte**.", 0, 0.6),
    ("**Depuis lundi**, le **paiement** est **refusé**.", 2, 0.83),  # three phrases
    ("Rien ne va. **Le paiement est refusé.**", 2, 0.7),  # a whole sentence
    ("Depuis lundi, **les familles ne peuvent plus payer** leur facture.", 2, 0.55),  # long
    ("**le paiement est refusé**\nmerci", 2, 0.8),  # a whole line
])
def test_bold_ratio_labels_and_key_phrases(text, key_phrases, value):
    expected = 0 if key_phrases == 2 and text.startswith("Fermeture") else value
    assert measure("bold-ratio", text, key_phrases=key_phrases) == pytest.approx(expected,
                                                                                 abs=0.1)


@pytest.mark.parametrize("text, value", [
    ("Le formulaire ne s'affiche plus depuis ce matin.", 0),
    ("formulaire cassé\nparents bloqués", 1),  # fragments
    ("Le formulaire ne s'affiche plus depuis ce matin.\nparents bloqués", 2 / 11),
    ("montant faux, famille Roux, merci de corriger", 1),  # comma splice in lower case
    ("Montant faux, famille Roux, merci de corriger.", 1),  # fragments, though punctuated
    ("Le montant est faux, la famille a appelé, merci de corriger", 0),  # not spliced
    ("Le formulaire ne s'affiche plus depuis ce matin\nLes parents ne peuvent plus payer", 1),
    ("- ouvrir le formulaire\n- cliquer sur Payer\n\nLe paiement échoue.", 0),  # steps
    ("Bonjour\nformulaire cassé\nCordialement\nJean MARTIN", 1),  # courtesy, signature
    ("Navigateur : Firefox\nLe paiement échoue depuis ce matin.", 0),  # a field line
    # fragments chained by arrows; a navigation path names capitalised menus
    ("Ouvrir la demande de la famille -> clic sur le bouton payer -> erreur de la banque.", 1),
    ("Aller dans le menu de la page => Paramètres de la démarche => Envoi des courriels", 0),
    ("Le total de la facture affiche 45 euros -> 30 euros en réalité", 0),  # one arrow
    ("Sur le site, le menu démarches -> inscriptions -> export de la liste est vide.", 0),
    # values shown under a sentence announcing them: an address, prices; not notes
    ("Le paiement échoue. La nouvelle adresse de la mairie est :\n\nMairie annexe du Val\n"
     "12 rue des Tilleuls", 0),
    ("Le paiement échoue. La nouvelle adresse de la mairie est :\nMairie annexe du Val\n\n"
     "formulaire cassé\nparents bloqués\n\nLe paiement échoue encore.", 4 / 8),
    ("Le paiement échoue. La nouvelle adresse de la mairie est :\nformulaire cassé\n"
     "parents bloqués", 1),  # notes in lower case
    ("Le paiement échoue. Voici :\nFormulaire cassé\nParents bloqués", 1),  # a label
    # a note on a topic in lower case is the writer's words, its colon ends no sentence; a
    # field's label opens on a capital, or is short, or its value opens on a capital
    ("portail des familles de la ville : page vide à l'ouverture\n"
     "les parents de la commune ont appelé la mairie", 1),
    ("Portail des familles de la ville : page vide à l'ouverture\n"
     "les parents de la commune ont appelé la mairie", 0),
    ("portail des familles de la ville : Firefox 128\n"
     "les parents de la commune ont appelé la mairie", 0),
    ("navigateur du poste : firefox 128\nles parents de la commune ont appelé la mairie", 0),
    ("portail des familles de la ville : page vide à l'ouverture.\n"
     "les parents de la commune ont appelé la mairie.", 0),
])
def test_telegraphic(text, value):
    assert measure("telegraphic", text, function_words=FUNCTION, courtesy=("bonjour",
                   "cordialement")) == pytest.approx(value)


def test_telegraphic_notes_closed_by_stops():
    # three lines or more in a paragraph, each closed by a stop, none told in clauses: notes,
    # whatever their function words; one line told in clauses makes it a text
    clauses = ("il", "est", "a")
    notes = ("Compte agent bloqué.\nPlus d'accès au portail depuis lundi.\n"
             "Suite au changement du mot de passe.\nRappel au poste 214.")
    assert measure("telegraphic", notes, function_words=FUNCTION, clause_words=clauses) == 1
    told = notes.replace("Plus d'accès", "Il n'a plus accès")
    assert measure("telegraphic", told, function_words=FUNCTION, clause_words=clauses) < 0.5


def test_telegraphic_run_on_length():
    # 32 words, a function word in four: fragments, with no stop
    sentence = "Formulaire inscription de famille" + " dossier incomplet de parent" * 7
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=30) == 1
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=40) == 0
    assert measure("telegraphic", sentence + ".", function_words=FUNCTION, run_on_words=30) == 0
    # Typed without a capital, half the length is a run-on already.
    assert measure("telegraphic", sentence.lower(), function_words=FUNCTION,
                   run_on_words=60) == 1


def test_a_long_flowing_sentence_is_no_run_on():
    sentence = "Le formulaire de la demande" + " de la famille" * 9  # half function words
    assert measure("telegraphic", sentence, function_words=FUNCTION, run_on_words=30) == 0


def test_telegraphic_leaves_short_texts():
    assert measure("telegraphic", "formulaire cassé", function_words=FUNCTION, min_words=6) == 0


@pytest.mark.parametrize("min_words, measured", [(3, True), (4, True), (5, False)])
def test_check_leaves_texts_under_min_words(min_words, measured):
    # four words in capitals: measured from min_words 4 down, left alone above
    options = metric.Options(measure="caps-words", max=1, min_words=min_words)
    text = "FORMULAIRE CASSÉ VOIR VITE"
    assert bool(list(metric.check(options, Part("description", text, 1, 1), None))) is measured


def test_check_reports_the_share_as_a_percentage():
    options = metric.Options(measure="telegraphic", max=0.5, function_words=FUNCTION)
    [hit] = metric.check(options, Part("description", "formulaire cassé\nvoir vite", 1, 1), None)
    assert hit.values["value"] == "100%"
    assert hit.values["found"] == "formulaire cassé"


@pytest.mark.parametrize("bad", [
    {"measure": "telegraphic", "max": 0.5},  # no function words
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "fragment_ratio": 2},
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "run_on_words": 0},
    {"measure": "shouting", "max": 0},
    {"measure": "words"},
    {"measure": "bold-ratio", "max": 0.2, "key_phrases": -1},
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "note_stretches": -1},
    {"measure": "telegraphic", "max": 0.5, "function_words": ("le",), "requests": ("re:(",)},
])
def test_bad_options_are_refused(bad):
    with pytest.raises(ValueError):
        metric.Options(**bad)


FRONT = ("---\nproject: ville-exemple\ntracker: Support\nassigned_to: Support\n"
         "title: \"Un titre qui décrit le problème\"\n---\n")


def test_findings_point_at_the_capitals_and_the_first_fragment(tmp_path):
    rules = own_rules(tmp_path, """\
        shouting:
          type: metric
          measure: caps-words
          max: 2
          allow: [vocab:acronyms]
          message: "{found}"
        telegraphic:
          type: metric
          measure: telegraphic
          max: 0.5
          function_words: [le, la, les, de, ce, sur, ne, pas]
          courtesy: [bonjour]
          message: "{found}"
        """, acronyms="# allowed in capitals\nPDF\n")
    body = "Bonjour,\n\nLe PDF affiche sur la page : NE PAS UTILISER CE FORMULAIRE.\n"
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.rule, finding.line, finding.column) == ("shouting", 9, 30)
    assert finding.message == "NE PAS UTILISER CE FORMULAIRE"
    body = "Bonjour\n\nexport inscrits vide\nagents bloqués\nvoir vite\n"
    [finding] = lint(parse_draft(FRONT + body), rules, "fr")
    assert (finding.rule, finding.line, finding.column) == ("telegraphic", 9, 1)


# A short description must make a statement; none at all is no description.
SHORT = dict(measure="telegraphic", max=0.5, function_words=FUNCTION, short_words=8,
             clause_words=("je", "il", "ne", "n'", "est"), vague_words=("ça", "marche", "pas", "rien"),
             determiners=("le", "la"), courtesy=("bonjour", "merci"))


def short_verdict(text: str, **options) -> str | None:
    options = metric.Options(**{**SHORT, **options})
    hits = list(metric.check(options, Part("description", text, 1, 1), None))
    return hits[0].message_key if hits else None


@pytest.mark.parametrize("text, verdict", [
    ("", "empty"),
    ("Bonjour,\n\n![écran](a.png)\n\nMerci\n", "empty"),  # greetings and an image
    ("https://exemple.fr/demande/12/\n", "empty"),  # a bare link
    ("_Décrire le problème ici_\n", "empty"),  # a template's hint
    ("impossible de valider la demande\n", "short"),  # no clause
    ("ça ne marche pas\n", "short"),  # a clause of vague words only
    ("je ne peux pas valider la demande\n", None),
    ("Le paiement échoue.\n", None),  # a determiner-led sentence that ends
    ("Le paiement échoue\n", "short"),  # ...that never ends
    ("```je ne peux pas valider la demande```\n", None),  # the writer's text, wrapped
    ("... même quand il est rempli\n", "short"),  # the title's sentence continued
    ("… même quand il est rempli\n", "short"),
    ("Il est rempli... et refusé\n", None),  # an ellipsis inside the sentence
    ("impossible de valider la demande, le bouton reste gris et aucun message ne s'affiche\n",
     None),  # longer than short_words: measured as usual
    # a clause opening on a determiner after a comma, a colon or a link; over several lines
    ("Sur https://exemple.fr/accueil/, le bandeau est vide.\n", None),
    ("Sur https://exemple.fr/accueil/ le bandeau reste vide.\n", None),
    ("Voir la capture : le bouton reste gris.\n", None),
    ("Dans la démarche,\nle champ Téléphone accepte des lettres.\n", None),
    ("Depuis lundi, impossible de valider la demande.\n", "short"),  # no subject after it
    ("Depuis lundi, le formulaire marche pas\n", "short"),  # never ends
    # ...or after a short complement of time or place, the comma left out
    ("Depuis ce matin le bouton Envoyer reste gris.\n", None),
    ("Sur la fiche 12 le total reste faux.\n", None),
    ("Sur le bouton Valider.\n", "short"),  # the complement's own determiner opens nothing
    ("Dans la liste de la mairie.\n", "short"),  # one complement, « de la » inside it
    # a link ending the line after a colon ends the sentence; the link's stop is the writer's
    ("Depuis lundi, le courriel part deux fois : https://exemple.fr/demande/12/\n", None),
    ("Le bouton de https://exemple.fr/demande/12/.\n", None),
    # a field's label holding a clause is a sentence
    ("Il est vide : https://exemple.fr/demande/12/\n", None),
    ("Demande : https://exemple.fr/demande/12/\n", "empty"),
    # a polite request naming its object, with `requests`
    ("Merci d'ajouter le champ Allergies au formulaire.\n", "short"),
    # a greeting under a first line is no closing: what follows is not a signature
    ("Question sur les inscriptions en ligne du portail\nBonjour,\nNous voudrions savoir si le "
     "module envoie un courriel de confirmation aux familles.\n", None),
])
def test_short_description(text, verdict):
    assert short_verdict(text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Merci d'ajouter le champ Allergies au formulaire.\n", None),
    ("Bonjour, merci de remplacer le logo de la page.\n", None),
    ("Merci de vérifier rapidement et de corriger.\n", "short"),  # no object named
    ("Merci d'ajouter le champ Allergies au formulaire\n", "short"),  # never ends
    ("Impossible d'ajouter le champ, merci.\n", "short"),  # the request does not open it
])
def test_short_description_requests(text, verdict):
    assert short_verdict(text, requests=("merci de", "merci d'")) == verdict


@pytest.mark.parametrize("text, verdict", [
    # a paragraph ending on a colon above a link or a log left aside ends its sentence there
    ("Le bouton Valider reste gris sur cette page de la démarche :\nhttps://exemple.fr/d/12/\n",
     None),
    ("Le bouton Valider reste gris sur cette page de la démarche\nhttps://exemple.fr/d/12/\n",
     "short"),
    # a sentence runs over lines, not over a blank line: a template's answer « Aucun » opens
    # no sentence of the next answer
    ("Aucun\n\nLe paiement échoue.\n", None),
    ("Aucun\nle paiement échoue.\n", "short"),
])
def test_short_description_sentences_end_with_their_paragraph(text, verdict):
    assert short_verdict(text, short_words=20) == verdict


@pytest.mark.parametrize("body, found", [
    # nothing written but a quoted message or a table: described by it
    ("> Le paiement de la facture échoue depuis lundi.\n", False),
    ("Voici :\n\n| Commune | Souci |\n|---|---|\n| Breux | le PDF est vide |\n", False),
    # a short introduction above a table or a quote that holds the problem
    ("Voici les soucis.\n\n| Commune | Souci |\n|---|---|\n"
     "| Breux | le PDF reste vide à l'ouverture depuis lundi |\n", False),
    ("Voici les soucis.\n", True),
    # ...not above a table of a few words: short_words counts the two together
    ("Voici les soucis.\n\n| Commune |\n|---|\n| Breux |\n", True),
])
def test_short_description_described_by(tmp_path, body, found):
    rules = own_rules(tmp_path, """\
        telegraphic:
          type: metric
          measure: telegraphic
          max: 0.5
          short_words: 12
          clause_words: [est, reste, je]
          function_words: [le, la, de, des, les]
          described_by: [quote, table]
          messages: {short: short, empty: empty}
          segments: [prose, list]
          message: "{found}"
        """)
    assert bool(lint(parse_draft(FRONT + body), rules, "fr")) == found


def test_short_description_off_by_default():
    assert short_verdict("", short_words=0) is None


def test_telegraphic_clauses_told_one_after_another_are_no_notes():
    # a long stretch with no stop and few function words, but a subject every few words
    told = ("Plusieurs fois je clique Valider je tombe page blanche je recharge tout je retape "
            "commande je renvoie fichier joint il refuse encore je recommence rien ne part "
            "client attend facture depuis lundi matin toujours pareil")
    notes = ("Plusieurs fois clique Valider tombe page blanche recharge tout retape commande "
             "renvoie fichier joint refuse encore recommence rien part client attend facture "
             "depuis lundi matin toujours pareil partout")
    clauses = ("je", "il", "ne")
    assert measure("telegraphic", told, function_words=FUNCTION) == 1
    assert measure("telegraphic", told, function_words=FUNCTION, clause_words=clauses) == 0
    assert measure("telegraphic", notes, function_words=FUNCTION, clause_words=clauses) == 1
    # one clause word repeated is not enough: "on" is also a preposition
    assert measure("telegraphic", "logo on portal huge on mobile\nfeed empty on agenda\n",
                   function_words=FUNCTION, clause_words=("on", "je")) == 1


@pytest.mark.parametrize("text, value", [
    # sentences typed in lower case with no stop, dictated or on a phone: subjects and verbs,
    # articles and prepositions, accents kept
    ("les familles de la crèche ne reçoivent plus aucun courriel quand ils réservent une place "
     "ce mois ci et la directrice a vérifié chaque adresse avec eux hier matin", 0),
    # the same as an SMS, accents dropped: notes
    ("les familles de la creche ne recoivent plus aucun courriel quand ils reservent une place "
     "ce mois ci et la directrice a verifie chaque adresse avec eux hier matin", 1),
    # notes keeping their accents: few function words
    ("réservation salle mois juin en double sur le portail de la commune depuis mise à jour "
     "veille plusieurs familles inquiètes ne savent pas quoi faire", 1),
    # no clause word: no subject nor verb told
    ("réservation de la salle du mois de juin en double sur le portail de la commune depuis "
     "la mise à jour plusieurs familles inquiètes attendent une réponse vite", 1),
    # a text with no mark at all: a long spoken line is sentences, a line of notes is not
    ("le monsieur a payé la facture de la cantine hier soir avec sa carte et il a reçu le "
     "courriel de sa banque mais la demande reste en attente depuis ce matin donc elle bloque "
     "tout\n\npetit garçon attend accueil mairie", 5 / 41),
])
def test_telegraphic_sentences_typed_without_stops_are_no_notes(text, value):
    assert measure("telegraphic", text, function_words=FUNCTION + ("ils", "quand", "avec"),
                   clause_words=("ne", "ils", "il", "est", "elle")) == pytest.approx(value)


# Notes cut by stops (`note_stretches`): stretches opening in lower case, with no clause word
# and no courtesy, counted when a paragraph holds that many of them or more.
NOTES = dict(function_words=FUNCTION, clause_words=("je", "il", "est", "ne", "nous"),
             courtesy=("merci", "bonjour"))


@pytest.mark.parametrize("text, note_stretches, value", [
    # three notes of a line: all its words
    ("facture de novembre. 75 euros au lieu de 45. montant faux.", 2, 1),
    ("facture de novembre. 75 euros au lieu de 45. montant faux.", 0, 0),  # off by default
    ("facture de novembre. 75 euros au lieu de 45. montant faux.", 4, 0),  # too few
    # a sentence with a clause word, courtesy, a capital: no notes
    ("le montant de la facture est faux. merci. bonjour.", 2, 0),
    ("Facture de novembre. Montant de la famille.", 2, 0),
    # the notes' words only, beside a sentence of its own line
    ("Le montant de la facture est faux depuis lundi.\nfacture de mai. famille de Paul.", 2,
     6 / 15),
    # counted by paragraph: one note in each is not enough
    ("facture de la famille.\n\nLe montant est faux pour la famille.\n\nmontant de la facture.",
     2, 0),
    ("facture de la famille. montant de la facture.", 2, 1),
])
def test_telegraphic_note_stretches(text, note_stretches, value):
    assert measure("telegraphic", text, note_stretches=note_stretches,
                   **NOTES) == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    # one long dictated sentence that ends: subjects and verbs, many function words (over two
    # in five, under half), accents kept: hard to read, but sentences, not notes
    ("Bonjour donc après la réunion de jeudi le directeur du centre social m'a dit que sur le "
     "portail la page des ateliers montre encore le programme de printemps alors que la "
     "saison a changé, et puis la responsable du relais petite enfance dit que plusieurs "
     "assistantes maternelles trouvent le planning vide quand elles veulent inscrire un "
     "enfant, voilà merci de regarder tout ça pour la prochaine réunion.", 0),
    # the same typed as an SMS, accents dropped: fragments run on
    ("Bonjour donc apres la reunion de jeudi le directeur du centre social m'a dit que sur le "
     "portail la page des ateliers montre encore le programme de printemps alors que la "
     "saison a change, et puis la responsable du relais petite enfance dit que plusieurs "
     "assistantes maternelles trouvent le planning vide quand elles veulent inscrire un "
     "enfant, voila merci de regarder tout ca pour la prochaine reunion.", 1),
])
def test_telegraphic_a_long_dictated_sentence_that_ends_is_no_run_on(text, value):
    assert measure("telegraphic", text, function_words=FUNCTION + ("que", "quand", "dit", "alors", "puis"),
                   clause_words=("ne", "elles", "il", "m'")) == pytest.approx(value)
