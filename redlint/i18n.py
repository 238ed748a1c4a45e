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

