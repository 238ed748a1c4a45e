"""The writer's language, and the CLI's own messages in French and English.

Findings carry their rule's message in the chosen language; this module holds the rest (the
summary line, error prefixes...). French is the default: redlint's writers are French.
"""

from __future__ import annotations

import os

LANGS = ("fr", "en")


def detect_lang() -> str:
    """fr or en from the locale variables; French when nothing says otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value.lower().startswith("fr") else "en"
    return "fr"


MESSAGES = {
    "error": {"fr": "erreur", "en": "error"},
    "warning": {"fr": "avertissement", "en": "warning"},
    "info": {"fr": "info", "en": "info"},
    "summary": {
        "fr": "{drafts} brouillon(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s), "
              "{infos} info(s)",
        "en": "{drafts} draft(s) checked: {errors} error(s), {warnings} warning(s), {infos} info(s)",
    },
    "all-good": {
        "fr": "{drafts} brouillon(s) vérifié(s) : tout est conforme au guide du support.",
        "en": "{drafts} draft(s) checked: all follow the support guide.",
    },
    "unreadable": {
        "fr": "{count} brouillon(s) illisible(s)",
        "en": "{count} unreadable draft(s)",
    },
    "no-drafts": {
        "fr": "aucun brouillon (*.md) dans ce dossier",
        "en": "no drafts (*.md) in this folder",
    },
    "unknown-rule": {
        "fr": "règle inconnue « {rule} »{hint} ; `redlint rules` liste les règles",
        "en": "unknown rule \"{rule}\"{hint}; `redlint rules` lists the rules",
    },
    "exists": {
        "fr": "le fichier existe déjà : choisissez un autre nom, rien n'a été écrit",
        "en": "the file already exists: choose another name, nothing was written",
    },
    "written": {
        "fr": "Brouillon écrit dans {path} : complétez-le, puis lancez `redlint check {path}`.",
        "en": "Draft written to {path}: fill it in, then run `redlint check {path}`.",
    },
    "interrupted": {"fr": "interrompu", "en": "interrupted"},
    "bad-example": {"fr": "À éviter :", "en": "Bad:"},
    "good-example": {"fr": "À suivre :", "en": "Good:"},
    "applies-when": {"fr": "S'applique quand :", "en": "Applies when:"},
    "always": {"fr": "toujours", "en": "always"},
    "checking": {"fr": "Vérification", "en": "Checking"},
}


def pick(lang: str, fr: str, en: str) -> str:
    """The French or the English text, for messages written inline beside their code."""
    return en if lang == "en" else fr


# The language of this process's messages, once the command line has chosen it (`use`). Code
# far from the command line (reading a rules file, validating a rule's options) words its
# errors with `say` rather than taking a `lang` argument through every layer.
_chosen: str | None = None


def use(lang: str | None) -> str:
    """Choose the language of the messages (None: from the locale); return it."""
    global _chosen
    _chosen = lang if lang in LANGS else detect_lang()
    return _chosen


def current() -> str:
    return _chosen or detect_lang()


def say(fr: str, en: str) -> str:
    """The French or the English text, in the language chosen for this process."""
    return pick(current(), fr, en)


def t(key: str, lang: str, **values) -> str:
    table = MESSAGES[key]
    return (table.get(lang) or table["en"]).format(**values)
