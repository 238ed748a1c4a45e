"""The follow-up commands in order, once their arguments are known; a Reporter prints.

inbox: settings -> connect -> list.  reply: read the answer -> lint it (nothing is sent on an
error) -> check the attachments -> connect -> plan (warns when the ticket does not wait on you)
-> dry run, or send and read back.  close: lint the note, if any -> connect -> close.
The answer file is only ever read: every failure leaves it byte-identical.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from redlint.errors import DraftError, ExitCode, UsageError
from redlint.i18n import tr
from redlint.model import Level

MAX_ANSWER_BYTES = 1024 * 1024


class Reporter(Protocol):
    def warn(self, message: str) -> None: ...

    def findings(self, path: str, findings: list) -> None: ...

    def inbox(self, tickets: list) -> None: ...

    def plan(self, plan, url: str) -> None: ...

    def replied(self, done) -> None: ...

    def closed(self, done) -> None: ...


def _settings(anchor: str, rules: str | None):
    """(rule set, `redmine:` and `workflow:` sections), validated when the file was loaded."""
    from redlint.lint.check import ruleset_for

    ruleset = ruleset_for(anchor, rules)
    return ruleset, ruleset.redmine, ruleset.section("workflow")


def _connect(redmine, reporter, env=None, credentials_path=None):
    from redlint.redmine.followup.session import connect

    return connect(timeout=redmine.timeout, env=env,
                   credentials_path=credentials_path, warn=reporter.warn)


def run_inbox(reporter, *, project: str | None = None, rules: str | None = None, env=None,
              credentials_path=None) -> list:
    from redlint.redmine.followup.inbox import inbox

    _ruleset, redmine, workflow = _settings("draft.md", rules)
    session = _connect(redmine, reporter, env, credentials_path)
    tickets = inbox(session, workflow, project or None)
    reporter.inbox(tickets)
    return tickets


def _too_long(size: int) -> str:
    return tr("réponse trop longue (plus de 1 Mo) : joignez les longs journaux avec --attach",
              "answer too long (over 1 MB): attach long logs with --attach")


def read_answer(file: str | None, message: str | None) -> tuple[str, str, Path]:
    """(text, name for messages, folder attachments may come from) of FILE or -m TEXT."""
    from redlint.draft.parse import decode_draft, read_file

    if (file is None) == (message is None):
        raise UsageError(tr("donnez la réponse dans un fichier, ou avec -m TEXTE (l'un ou "
                            "l'autre)",
                            "give the answer in a file, or with -m TEXT (one of them)"))
    if message is not None:
        text, name, folder = message.replace("\r\n", "\n"), "<-m>", Path.cwd()
    else:
        data = read_file(file, MAX_ANSWER_BYTES, ("une réponse", "an answer"), _too_long)
        text, name, folder = decode_draft(data, file), file, Path(file).parent
    if not text.strip():
        raise UsageError(tr("réponse vide : rien n'a été envoyé",
                            "empty answer: nothing was sent"), path=None if message else file)
    return text, name, folder


def _lint(text: str, name: str, ruleset, lang: str, reporter, project: str) -> bool:
    """Report the answer's findings (their messages from the rules file, in `lang`); True when
    it may be sent (no error)."""
    from redlint.lint.answer import lint_answer

    findings = lint_answer(text, name, ruleset, lang, project)
    reporter.findings(name, findings)
    return not any(f.level is Level.ERROR for f in findings)


def _attachments(names: list[str], folder: Path) -> tuple[Path, ...]:
    """The files to attach: what submit's one decision (redlint.draft.attachments) accepts,
    relative to the answer's folder."""
    import os

    from redlint.draft.attachments import REASONS, attachment_problem

    paths = []
    for name in names:
        problem = attachment_problem(name, folder)
        if problem is not None:
            shown = name if len(name) <= 80 else name[:77] + "..."
            reason = tr(*REASONS[problem])
            raise UsageError(tr(f"pièce jointe « {shown} » : {reason} ; rien n'a été "
                                "envoyé",
                                f"attachment \"{shown}\": {reason}; nothing was sent"))
        paths.append(Path(os.path.realpath(folder / name)))
    return tuple(paths)


def _issue_id(value: str) -> int:
    digits = value.strip().lstrip("#")
    if not digits.isdigit() or int(digits) <= 0:
        raise UsageError(tr(f"« {value} » n'est pas un numéro de ticket (par exemple 4312)",
                            f"\"{value}\" is not an issue number (e.g. 4312)"))
    return int(digits)


def run_reply(reporter, issue: str, *, file: str | None = None, message: str | None = None,
              attach: list[str] | None = None, dry_run: bool = False, rules: str | None = None,
              lang: str = "fr", env=None, credentials_path=None, store=None) -> ExitCode:
    from redlint.redmine.followup.reply import plan_reply, send_reply
    from redlint.redmine.submit import description_text

    issue_id = _issue_id(issue)
    text, name, folder = read_answer(file, message)
    ruleset, redmine, workflow = _settings(name if file else "draft.md", rules)
    if not _lint(text, name, ruleset, lang, reporter, redmine.project):
        return ExitCode.FINDINGS
    attachments = _attachments(list(attach or ()), folder)
    note = description_text(text, 1)  # HTML comments are the writer's notes: not sent
    session = _connect(redmine, reporter, env, credentials_path)
    plan = plan_reply(session, workflow, issue_id, note, attachments, warn=reporter.warn,
                      project_tracker=redmine.project_tracker,
                      manager_role=redmine.project_manager_role)
    if dry_run:
        reporter.plan(plan, session.url)
        return ExitCode.OK
    reporter.replied(send_reply(session, plan, store))
    return ExitCode.OK


def run_close(reporter, issue: str, *, message: str | None = None, force: bool = False,
              rules: str | None = None, lang: str = "fr", env=None,
              credentials_path=None) -> ExitCode:
    from redlint.redmine.followup.close import close

    issue_id = _issue_id(issue)
    ruleset, redmine, workflow = _settings("draft.md", rules)
    note = ""
    if message is not None and message.strip():
        note = message.replace("\r\n", "\n").strip()
        if not _lint(note, "<-m>", ruleset, lang, reporter, redmine.project):
            return ExitCode.FINDINGS
    session = _connect(redmine, reporter, env, credentials_path)
    reporter.closed(close(session, workflow, issue_id, note, force))
    return ExitCode.OK
