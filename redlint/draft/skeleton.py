"""`redlint new`: a draft skeleton with the sections the support guide asks for."""

from __future__ import annotations

import json

SECTIONS = {
    ("Support", "fr"): [
        ("Ce qui se passe", "Décrivez en phrases complètes ce que vous observez, et ce que vous "
                            "attendiez à la place."),
        ("Adresses concernées", "L'adresse (URL) de la demande où le problème se voit "
                                "(.../backoffice/management/<formulaire>/<numéro>/), ou de la "
                                "page d'édition du champ ou de l'action de workflow. Pas la page "
                                "d'accueil."),
        ("Pour reproduire", "Les étapes, une par ligne : 1. ouvrir ... 2. cliquer sur ..."),
        ("Contexte technique", "Navigateur et version, système ou appareil, ce qui a changé "
                               "récemment (mise à jour, nouveau paramétrage)."),
    ],
    ("Support", "en"): [
        ("What happens", "Describe in full sentences what you see, and what you expected."),
        ("Addresses", "The address (URL) of the demand where the problem shows "
                      "(.../backoffice/management/<form>/<number>/), or of the edit page of the "
                      "field or workflow action. Not the home page."),
        ("To reproduce", "The steps, one per line: 1. open ... 2. click ..."),
        ("Technical context", "Browser and version, system or device, what changed recently "
                              "(an update, new settings)."),
    ],
    ("Gestion de projet", "fr"): [
        ("Objectif", "Ce que vous voulez obtenir, et pour qui."),
        ("Besoin", "Précisément ce qu'il faut faire ou décider, avec les adresses (URL) des "
                   "formulaires, workflows ou pages concernés."),
        ("Échéance", "La date qui compte, et pourquoi."),
    ],
    ("Gestion de projet", "en"): [
        ("Goal", "What you want to achieve, and for whom."),
        ("Need", "Precisely what must be done or decided, with the addresses (URLs) of the "
                 "forms, workflows or pages concerned."),
        ("Deadline", "The date that matters, and why."),
    ],
}

HEADER = {
    "fr": "Un ticket = une demande. Titre : le problème, sans urgence ni reproche ; un préfixe "
          "[Contexte] est possible. Les commentaires comme celui-ci ne sont pas envoyés.",
    "en": "One ticket = one request. Title: the problem, without urgency or reproach; a "
          "[Context] prefix is fine. Comments like this one are not sent.",
}


def _quoted(value: str) -> str:
    # JSON strings are valid YAML: quotes and backslashes stay safe, `no` stays a string.
    return json.dumps(value, ensure_ascii=False)


def skeleton(tracker: str, lang: str, project: str = "", assignee: str = "") -> str:
    if tracker == "Support":
        assignee = "Support"
    lines = [
        "---",
        f"project: {_quoted(project)}",
        f"tracker: {_quoted(tracker)}",
        f"assigned_to: {_quoted(assignee)}",
        'title: ""',
        "priority: Normal",
        "---",
        f"<!-- {HEADER[lang]} -->",
        "",
    ]
    for heading, hint in SECTIONS[(tracker, lang)]:
        lines += [f"## {heading}", f"<!-- {hint} -->", "", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
