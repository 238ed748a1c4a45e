"""The structure of a description: each kind of segment, its positions, blanking."""

from __future__ import annotations

import pytest

from redlint.draft import segments as segments_module
from redlint.draft.parse import parse_draft
from redlint.draft.segments import KINDS, segment

# (text, [(kind, the segment's first line)]): one small case per kind.
CASES = [
    ("Le formulaire refuse la date.\nDepuis lundi.",
     [("prose", "Le formulaire refuse la date.")]),
    ("## Contexte\nLe formulaire refuse la date.",
     [("heading", "## Contexte"), ("prose", "Le formulaire refuse la date.")]),
    ("**Description du bug**\nLe formulaire refuse la date.",
     [("heading", "**Description du bug**"), ("prose", "Le formulaire refuse la date.")]),
    ("Pour reproduire :\n1. ouvrir le formulaire\n2. cliquer sur Suivant",
     [("heading", "Pour reproduire :"), ("list", "1. ouvrir le formulaire")]),
    ("**Tout est bloqué depuis ce matin.**\nMerci de regarder.",  # emphasis, not a label
     [("prose", "**Tout est bloqué depuis ce matin.**")]),
    ("Navigateur : Firefox 128\nOS : Windows 11",
     [("field", "Navigateur : Firefox 128")]),
    # a value ending a sentence, before an attachment, makes a sentence
    ("Cf. capture jointe : le bouton reste grisé. [capture.png]",
     [("prose", "Cf. capture jointe : le bouton reste grisé. [capture.png]")]),
    ("- **Navigateur** : Firefox 128\n- une autre chose à dire ici",
     [("field", "- **Navigateur** : Firefox 128"), ("list", "- une autre chose à dire ici")]),
    ("- [x] J'ai lu la documentation\n- [ ] J'ai vidé le cache",
     [("checkbox", "- [x] J'ai lu la documentation")]),
    ("> le message d'origine\n> sur deux lignes", [("quote", "> le message d'origine")]),
    ("De : Jean Martin\nEnvoyé : lundi 3 mars 2025 10:12\nObjet : Inscriptions\n\nBonjour.",
     [("quote", "De : Jean Martin"), ("prose", "Bonjour.")]),
    # a message pasted under the sentence announcing it, without quote marks
    ("Une famille nous a écrit ce matin. Voici son message :\n\nje narrive pas a payer\n"
     "merci\n\nNous avons reproduit l'erreur.",
     [("prose", "Une famille nous a écrit ce matin. Voici son message :"),
      ("quote", "je narrive pas a payer"), ("prose", "Nous avons reproduit l'erreur.")]),
    ("Voici ce que nous constatons :\n\nexport vide\nparents bloqués",  # no message: notes
     [("heading", "Voici ce que nous constatons :"), ("prose", "export vide")]),
    ("Le 3 mars 2025, Jean Martin a écrit :\nBonjour.",
     [("quote", "Le 3 mars 2025, Jean Martin a écrit :"), ("prose", "Bonjour.")]),
    ("La liste des inscrits ne se charge plus depuis lundi matin.\n\nCordialement,\n"
     "Claire Petit\nService Enfance",
     [("prose", "La liste des inscrits ne se charge plus depuis lundi matin."),
      ("signature", "Cordialement,")]),
    # a name block ending the text, with no closing above it
    ("La liste des inscrits ne se charge plus depuis lundi matin.\n\nClaire Petit\n"
     "Responsable du service Enfance et Jeunesse\nTél. 01 23 45 67 89",
     [("prose", "La liste des inscrits ne se charge plus depuis lundi matin."),
      ("signature", "Claire Petit")]),
    # ...not a last paragraph of sentences, nor short notes in lower case
    ("La liste des inscrits ne se charge plus depuis lundi matin.\n\nClaire Petit a appelé.\n"
     "Elle attend une réponse.",
     [("prose", "La liste des inscrits ne se charge plus depuis lundi matin."),
      ("prose", "Claire Petit a appelé.")]),
    ("La liste des inscrits ne se charge plus depuis lundi matin.\n\nexport vide\nvoir vite",
     [("prose", "La liste des inscrits ne se charge plus depuis lundi matin."),
      ("prose", "export vide")]),
    # a table pasted from a spreadsheet (tabs) or a program (aligned columns)
    ("Les lignes en double :\nDurand\tLéa\t02/03/2025\nDurand\tLéa\t03/03/2025",
     [("heading", "Les lignes en double :"), ("table", "Durand\tLéa\t02/03/2025")]),
    ("Voici la sortie de la commande :\nnom      statut     date\nexport   erreur     lundi",
     [("heading", "Voici la sortie de la commande :"), ("table", "nom      statut     date")]),
    ("La liste ne se charge plus.\n\nEnvoyé de mon iPhone",
     [("prose", "La liste ne se charge plus."), ("signature", "Envoyé de mon iPhone")]),
    ("```\nSELECT 1;\n\nSELECT 2;\n```", [("code", "```")]),
    ("Voici :\n\n    indenté comme du code", [("heading", "Voici :"),
                                             ("code", "    indenté comme du code")]),
    # ...but paragraphs indented by habit, each line a sentence of words, are told apart
    ("Le portail ne répond plus.\n\n    Le bouton d'envoi du formulaire reste grisé sur mobile."
     "\n\n    La liste des écoles affiche encore les secteurs de l'an dernier.",
     [("prose", "Le portail ne répond plus."),
      ("indented", "    Le bouton d'envoi du formulaire reste grisé sur mobile."),
      ("indented", "    La liste des écoles affiche encore les secteurs de l'an dernier.")]),
    # code, commands and short notes keep their indentation's meaning
    ("Voici :\n\n    SELECT nom, prenom FROM inscrits WHERE statut = 'valide';",
     [("heading", "Voici :"),
      ("code", "    SELECT nom, prenom FROM inscrits WHERE statut = 'valide';")]),
    ("Voici :\n\n    Erreur interne du serveur", [("heading", "Voici :"),
                                                ("code", "    Erreur interne du serveur")]),
    ("Voici :\n\n    sudo systemctl restart wcs pour relancer le service",
     [("heading", "Voici :"),
      ("code", "    sudo systemctl restart wcs pour relancer le service")]),
    ("Voici :\n\n    Relancer chaque matin wcs-manage runscript -d /tmp/export.py",
     [("heading", "Voici :"),
      ("code", "    Relancer chaque matin wcs-manage runscript -d /tmp/export.py")]),
    ("2026-03-02 10:42:17,123 ERROR wcs.qommon KeyError",
     [("log", "2026-03-02 10:42:17,123 ERROR wcs.qommon KeyError")]),
    # no level word, but a time to the millisecond: machine output
    ("CONNECT Mar 02 10:42:17.123 host:smtp.exemple.fr port:25\nLe courriel ne part pas.",
     [("log", "CONNECT Mar 02 10:42:17.123 host:smtp.exemple.fr port:25"),
      ("prose", "Le courriel ne part pas.")]),
    ("Le paiement a échoué à 10:42 puis à 10:45.",  # a time in a sentence stays prose
     [("prose", "Le paiement a échoué à 10:42 puis à 10:45.")]),
    ('Traceback (most recent call last):\n  File "/x.py", line 3, in f\n    f()\n'
     "KeyError: 'prenom'", [("log", "Traceback (most recent call last):")]),
    ("java.lang.NullPointerException\n\tat com.ville.Form.save(Form.java:12)",
     [("log", "java.lang.NullPointerException")]),
    ("| champ | valeur |\n|---|---|\n| date | 2020 |", [("table", "| champ | valeur |")]),
    ("<!-- note pour moi -->\nLe formulaire refuse la date.",
     [("comment", "<!-- note pour moi -->"), ("prose", "Le formulaire refuse la date.")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][0][0] + f"-{i}"
                                                        for i, c in enumerate(CASES)])
def test_each_kind_is_recognised(text, expected):
    found = [(item.kind, text[item.start:item.end].split("\n")[0])
             for item in segment(text).items]
    assert found == expected


def test_every_kind_has_a_case():
    assert {kind for _, expected in CASES for kind, _ in expected} == set(KINDS)


def test_segments_cover_whole_lines_and_blanking_keeps_offsets():
    text = "**Contexte**\nLe FORMULAIRE refuse.\n```\nCODE\n```\n"
    structure = segment(text)
    assert [(s.kind, s.start, s.end) for s in structure.items] == [
        ("heading", 0, 12), ("prose", 13, 34), ("code", 35, 47)]
    blanked = structure.blank(frozenset({"prose"}))
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert blanked.split("\n")[1] == "Le FORMULAIRE refuse."
    assert blanked.split("\n")[0].strip() == "" and "CODE" not in blanked


def test_positions_in_the_file_survive_blanking():
    draft = parse_draft("---\ntracker: Support\ntitle: Un titre assez long\n---\n"
                        "**Contexte**\nLe FORMULAIRE refuse.\n")
    part = draft.description_reading(("prose",))
    offset = part.text.index("FORMULAIRE")
    assert part.position(offset) == (6, 4)
    assert draft.lines[5][3:13] == "FORMULAIRE"


def test_comments_are_seen_although_the_description_has_them_blanked():
    draft = parse_draft("---\ntitle: Un titre assez long\n---\n<!-- à compléter -->\nTexte.\n")
    assert [s.kind for s in draft.segments.items] == ["comment", "prose"]


def test_a_comment_inside_prose_stays_unread():
    draft = parse_draft("---\ntitle: Un titre assez long\n---\nTexte <!-- NOTE --> suite.\n")
    assert "NOTE" not in draft.description_reading(("prose",)).text


@pytest.mark.parametrize("text", [
    "Bonjour,\n\nLe formulaire refuse la date.\nDepuis lundi, 10:30.\n\nMerci.",
    "Une ligne (entre parenthèses) ; et une autre : ici.\nSuite.",
])
def test_plain_paragraphs_need_no_markdown_reader_and_agree_with_it(text, monkeypatch):
    """Without Markdown syntax the reader is skipped; reading with it gives the same."""
    assert not segments_module._regex("markdown").search(text)
    plain = segment(text)
    monkeypatch.setattr(segments_module, "_PATTERNS",
                        {**segments_module._PATTERNS, "markdown": r"(?s).?"})
    segments_module._regex.cache_clear()
    try:
        assert segment(text) == plain
    finally:
        segments_module._regex.cache_clear()


def test_a_long_pasted_log_is_segmented_in_linear_time():
    import time

    line = "2026-03-02 10:42:17,123 ERROR wcs.qommon [pid 42] KeyError: 'prenom' **gras\n"
    timings = []
    for count in (1_000, 16_000):
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine slows some runs down
            start = time.perf_counter()
            structure = segment(line * count)
            best = min(best, time.perf_counter() - start)
        timings.append(best / count)
        assert [s.kind for s in structure.items] == ["log"]
    assert timings[1] < timings[0] * 4  # per line about the same; quadratic would be 16 times
