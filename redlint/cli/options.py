"""The options of `redlint check`, declared once, without Typer.

redlint.cli.app builds its Typer options from these declarations (`typer_option`), and
redlint.cli.entry reads the same declarations to run a plain `redlint check` without starting
Typer, whose argument conversion alone (through pydantic) costs more than a whole check of a
small draft. Anything the fast path does not recognise goes to Typer, which then owns the help
and the error messages. A test checks that both see the same options.
"""

from __future__ import annotations

from enum import Enum


class Format(str, Enum):
    """The output formats of `redlint check --format` (the one list of them)."""

    human = "human"
    json = "json"
    github = "github"


class Lang(str, Enum):
    fr = "fr"
    en = "en"


class Opt:
    """One option: the command function's keyword, its spellings, its help, its kind.
    (A plain class: `typing`, for a NamedTuple, would cost the fast path a few ms.)"""

    def __init__(self, keyword: str, decls: tuple[str, ...], help: str, *, flag: bool = False,
                 choices: type[Enum] | None = None):
        self.keyword = keyword
        self.decls = decls
        self.help = help
        self.flag = flag  # takes no value
        self.choices = choices  # the value must be one of these


FORMAT = Opt("output_format", ("--format", "-f"),
             "human (default), json (stable schema, see the README) or github (workflow "
             "annotations).", choices=Format)
LANG = Opt("lang", ("--lang",), "Language of the messages: fr or en. Default: from the locale "
           "(LANG), French when unset.", choices=Lang)
STRICT = Opt("strict", ("--strict",), "Fail on warnings too, not only on errors.", flag=True)
QUIET = Opt("quiet", ("--quiet", "-q"), "Show only what fails the run (errors; warnings too "
            "with --strict), without the summary.", flag=True)
RULES = Opt("rules", ("--rules",), "Rules file to use instead of the nearest .redlint.yaml "
            "(it may `extends: default`).")

CHECK_OPTIONS = (FORMAT, LANG, STRICT, QUIET, RULES)


def typer_option(opt: Opt, **extra):
    """The Typer declaration of `opt` (for redlint.cli.app and redlint.cli.common)."""
    import typer

    return typer.Option(*opt.decls, help=opt.help, **extra)


def plain_check_arguments(argv: list[str]) -> dict | None:
    """The keyword arguments of a plain `check` invocation, or None to let Typer handle it
    (--help, --opt=value, a typo, a bad value, another command: Typer says it properly)."""
    if not argv or argv[0] != "check":
        return None
    by_spelling = {spelling: opt for opt in CHECK_OPTIONS for spelling in opt.decls}
    arguments: dict = {"inputs": []}
    items = iter(argv[1:])
    for item in items:
        opt = by_spelling.get(item)
        if opt is not None and opt.flag:
            arguments[opt.keyword] = True
        elif opt is not None:
            value = next(items, None)
            if value is None:
                return None
            if opt.choices is not None:
                if value not in {choice.value for choice in opt.choices}:
                    return None
                value = opt.choices(value)
            arguments[opt.keyword] = value
        elif item.startswith("-") and item != "-":
            return None
        else:
            arguments["inputs"].append(item)
    return arguments if arguments["inputs"] else None
