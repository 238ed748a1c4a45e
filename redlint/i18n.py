"""The language of redlint's messages: French or English, chosen once per run.

Every message is written where it is used, as a French/English pair: `tr("…", "…")`, or
`plural(n, …)` when it counts something. The code is the catalog: `grep -rn 'tr(\\|plural('
redlint/` lists every message. The command line chooses the language once (`use`); findings
take their rule's message in that language from the rules file. French is the default:
redlint's writers are French.
"""

from __future__ import annotations

import datetime as dt
import os

LANGS = ("fr", "en")

# Babel's locales for the date words: the writers are in France, the English is British.
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def detect_lang() -> str:
    """fr or en from the locale variables; French when nothing says otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "fr" if value.lower().startswith("fr") else "en"
    return "fr"


# The language of this process's messages, once the command line has chosen it (`use`).
_chosen: str | None = None


def use(lang: str | None) -> str:
    """Choose the language of the messages (None: from the locale); return it."""
    global _chosen
    _chosen = lang if lang in LANGS else detect_lang()
    return _chosen


def current() -> str:
    return _chosen or detect_lang()


def tr(fr: str, en: str) -> str:
    """The message in the chosen language."""
    return en if current() == "en" else fr


def plural(n: int, fr_one: str, fr_many: str, en_one: str, en_many: str) -> str:
    """The message for a count of `n`: in French 0 and 1 take the singular, in English only 1.
    The texts may hold `{n}`, replaced by the count."""
    if current() == "en":
        text = en_one if n == 1 else en_many
    else:
        text = fr_one if n in (0, 1) else fr_many
    return text.replace("{n}", str(n))


def format_day(day: dt.date, *, with_year: bool = False) -> str:
    """The day as words, e.g. "lundi 1er décembre" / "Monday 1 December" (+ the year)."""
    # Babel is imported here, not at the top: only messages that word a date pay for it
    # (`redlint check` starts without it).
    from babel.dates import format_date

    lang = current()
    french = lang == "fr"
    # French writes the first of the month as an ordinal ("1er"); CLDR's "d" has no such form.
    number = "'1er'" if french and day.day == 1 else "d"
    pattern = f"EEEE {number} MMMM" + (" y" if with_year else "")
    return format_date(day, pattern, locale=_LOCALES[lang])


# Legacy API, removed once every call site uses tr/plural.
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



def pick(lang: str, fr: str, en: str) -> str:
    return en if lang == "en" else fr


def say(fr: str, en: str) -> str:
    return tr(fr, en)


def t(key: str, lang: str, **values) -> str:
    table = MESSAGES[key]
    return (table.get(lang) or table["en"]).format(**values)
