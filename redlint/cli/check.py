"""What `redlint check` does once its arguments are known: collect, check, render, exit code.

The command and its options are declared in redlint.cli.app; this is the work behind it.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

from redlint.lint.check import check_file
from redlint.cli.options import Format, Lang
from redlint.errors import DraftError, ExitCode, UsageError
from redlint.i18n import tr, use
from redlint.output.render import FileReport, as_github, as_json, emit, human, use_color



# A folder of drafts often has its own README: the usual documents of a repository are no
# drafts. (.pre-commit-hooks.yaml excludes the same names.)
_NOT_DRAFTS = re.compile(r"(?i)(?:readme|changelog|changes|contributing|license|code_of_conduct)"
                         r"\b[^/]*\.md")


def collect_drafts(inputs: list[str]) -> list[str]:
    """Expand folders into the drafts (*.md) they hold; keep files and "-" as given."""
    drafts: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            found = sorted(str(p) for p in path.rglob("*.md")
                           if not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and not _NOT_DRAFTS.fullmatch(p.name))
            if not found:
                raise UsageError(tr("aucun brouillon (*.md) dans ce dossier",
                                    "no drafts (*.md) in this folder"), path=item)
            drafts.extend(found)
        else:
            drafts.append(item)
    if drafts.count("-") > 1:
        raise UsageError(tr("l'entrée standard (-) ne se lit qu'une fois",
                            "standard input (-) can be read only once"))
    return drafts


# From this many drafts on, a second core pays for starting a worker process.
PARALLEL_FROM = 200


def check_one(path: str, rules: str | None, lang: str, with_kind: bool = False) -> FileReport:
    """One draft's report; a draft that cannot be read is reported, not raised. The ticket's
    kind only `with_kind` (the JSON output shows it): the rules that need it have asked for it
    already, and on a 5 MB paste no rule asked about it costs 0.2 s and its peak 10 MB more."""
    name = "<stdin>" if path == "-" else path
    try:
        result = check_file(path, rules, lang)
    except DraftError as exc:  # a broken rules file, by contrast, stops everything
        return FileReport(name, error=exc)
    return FileReport(name, result.findings, kind=result.draft.kind if with_kind else None)


def check_all(drafts: list[str], rules: str | None, lang: str, with_kind: bool = False):
    """The drafts' reports, in order; on several cores for many drafts."""
    check = functools.partial(check_one, rules=rules, lang=lang, with_kind=with_kind)
    context = _fork_context(drafts)
    if context is None:
        yield from _progress(map(check, drafts), len(drafts))
        return
    # Check one draft here first: forked workers then inherit the loaded rules and compiled
    # patterns instead of building them again each.
    yield check(drafts[0])
    with context.Pool(min(os.cpu_count() or 1, 8)) as pool:
        yield from _progress(pool.imap(check, drafts[1:], chunksize=25), len(drafts) - 1)


def _fork_context(drafts: list[str]):
    """A multiprocessing context when many drafts deserve several cores, else None."""
    if len(drafts) < PARALLEL_FROM or (os.cpu_count() or 1) < 2 or "-" in drafts:
        return None
    import multiprocessing  # 8 ms to import: only for the runs that use it

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def _progress(reports, total: int):
    """A progress bar on the terminal for long runs; the reports unchanged."""
    if total < 50 or not sys.stderr.isatty():
        return reports
    from rich.progress import track

    return track(reports, total=total, description=tr("Vérification", "Checking"), transient=True)


def run_check(inputs: list[str], *, output_format: Format = Format.human,
              lang: Lang | str | None = None,
              strict: bool = False, quiet: bool = False, rules: str | None = None) -> int:
    """Check, print, and return the exit code. Raises RedlintError for usage and config errors."""
    language = use(lang.value if isinstance(lang, Lang) else lang)
    drafts = collect_drafts(inputs)
    if rules is not None and not Path(rules).is_file():
        raise UsageError(tr("fichier de règles introuvable", "rules file not found"), path=rules)
    reports = list(check_all(drafts, rules, language, with_kind=output_format is Format.json))
    failed = any(report.verdict(strict) == "fail" for report in reports)
    unreadable = any(report.error is not None for report in reports)
    code = ExitCode.USAGE if unreadable else ExitCode.FINDINGS if failed else ExitCode.OK
    if output_format is Format.json:
        print(as_json(reports, strict=strict, exit_code=int(code)))
    elif output_format is Format.github:
        text = as_github(reports)
        if text:
            print(text)
    else:
        out, err = human(reports, quiet=quiet, strict=strict)
        emit(err, sys.stderr, color=use_color(sys.stderr))
        emit(out, sys.stdout, color=use_color(sys.stdout))
    return int(code)

