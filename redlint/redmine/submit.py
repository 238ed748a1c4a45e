"""`redlint submit`: a draft that passes becomes a Redmine issue, exactly once, nothing lost.

1. lint the draft with the active rules: any error-level finding stops here, nothing is sent;
   a draft that already has `issue:` is refused (it was sent);
2. resolve every name (project, tracker, assignee, priority) and check the attachments, before
   anything is written;
3. show similar open issues of the project (unless `no_similar`);
4. `dry_run`: show exactly what would be sent, and stop;
5. upload, create, read back and verify (redlint.redmine.client), write `issue:` and `url:` back into
   the draft (redlint.redmine.writeback), and say when support will pick it up (redlint.redmine.schedule).

This module decides and sequences; it neither prints (a Reporter does) nor speaks HTTP
(redlint.redmine.client does). Every Redmine failure leaves the draft byte-identical.

`.redlint.yaml` settings read here:

    redmine:
      project: ville-exemple   # used when a draft has no `project:`
      timeout: 30              # seconds, for every request to Redmine
      adopt_minutes: 10        # how far back an identical issue by you is adopted, not duplicated
      similar: 5               # how many similar open issues to show (0: none)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from redlint.lint.check import Result, check_file
from redlint.errors import DraftError, ExitCode, UsageError
from redlint.i18n import pick as _t
from redlint.i18n import say
from redlint.model import Level


@dataclass(frozen=True, slots=True)
class RedmineSettings:
    """The `redmine:` section of .redlint.yaml."""

    project: str = ""
    timeout: float = 30.0
    adopt_minutes: float = 10.0
    similar: int = 5

    def __post_init__(self):
        if not 0 < self.timeout <= 3600:
            raise ValueError(say("« timeout » est un nombre de secondes entre 0 et 3600",
                                 "'timeout' must be a number of seconds between 0 and 3600"))
        if not 0 <= self.adopt_minutes <= 24 * 60:
            raise ValueError(say("« adopt_minutes » est entre 0 et 1440",
                                 "'adopt_minutes' must be between 0 and 1440"))
        if not 0 <= self.similar <= 50:
            raise ValueError(say("« similar » est entre 0 et 50",
                                 "'similar' must be between 0 and 50"))


def redmine_settings(raw: dict | None, *, path: str | None = None) -> RedmineSettings:
    from redlint.config.options import build_options
    from redlint.redmine.schedule import as_tree

    return build_options(RedmineSettings, as_tree(dict(raw or {})), path=path or ".redlint.yaml",
                         where="redmine", line=getattr(raw, "line", None))


class Reporter(Protocol):
    """What submit tells the writer along the way (the CLI prints it)."""

    def findings(self, result: Result) -> None: ...

    def warn(self, message: str) -> None: ...

    def similar(self, issues: list, plan) -> None: ...

    def plan(self, plan, url: str, already: object | None) -> None: ...

    def cancelled(self) -> None: ...

    def created(self, created, when: str) -> None: ...


_COMMENT_LINES = re.compile(r"^[ \t]*<!--(?:(?!-->).)*-->[ \t]*(?:\n|\Z)", re.S | re.M)
_COMMENT = re.compile(r"<!--(?:(?!-->).)*-->", re.S)


def description_text(text: str, first_line: int) -> str:
    """The description as written, from line `first_line` (1-based) of the draft's text.

    HTML comments are the writer's notes and redlint's switches: they are not sent (a line that
    held only a comment goes with it). Blank lines around the text are dropped.
    """
    body = "\n".join(text.split("\n")[first_line - 1:])
    body = _COMMENT.sub("", _COMMENT_LINES.sub("", body))
    return body.strip("\n").rstrip()


def attachment_paths(draft, lang: str) -> tuple[Path, ...]:
    """The draft's attachments, relative to its folder; each must be a readable file."""
    entry = draft.fields.get("attachments")
    if entry is None or entry.value is None:
        return ()
    names = entry.value if isinstance(entry.value, tuple) else (entry.value,)
    paths = []
    for name in names:
        path = draft.folder / name
        try:
            with open(path, "rb"):
                pass
            if not path.is_file():
                raise IsADirectoryError
        except OSError as exc:
            reason = _t(lang, "introuvable", "not found") if isinstance(exc, FileNotFoundError) \
                else _t(lang, "ce n'est pas un fichier", "not a file") \
                if isinstance(exc, IsADirectoryError) else exc.strerror or str(exc)
            raise DraftError(_t(lang, f"pièce jointe « {name} » : {reason} ; rien n'a été envoyé",
                                f"attachment \"{name}\": {reason}; nothing was sent"),
                             path=draft.path, line=entry.value_line) from None
        paths.append(path)
    return tuple(paths)


def ticket_from(result: Result, text: str, settings: RedmineSettings, lang: str):
    """The Ticket the draft asks for (redlint's words), or a DraftError saying what is missing."""
    from redlint.redmine.client import Ticket

    draft = result.draft
    # What a ticket needs (project, tracker, title) is checked once, by the rules
    # `project-required`, `tracker` and `title-required`: submit stops on their findings before
    # getting here. This guard only catches those rules switched off by a rules file.
    project = draft.value("project") or settings.project
    tracker = draft.value("tracker")
    title = draft.title.text.strip() if draft.title else ""
    if not (project and tracker and title):
        raise DraftError(_t(lang, "il manque le projet, le tracker ou le titre, et la règle qui le "
                                  "dit est désactivée (project-required, tracker, title-required)",
                            "the project, tracker or title is missing, and the rule saying so is "
                            "switched off (project-required, tracker, title-required)"),
                         path=draft.path)
    return Ticket(
        project=project,
        tracker=tracker,
        title=title,
        description=description_text(text, draft.description.line),
        assignee=draft.value("assigned_to"),
        priority=draft.value("priority"),
        attachments=attachment_paths(draft, lang),
    )


def _check_writable(path: str, lang: str) -> None:
    """The issue number goes back into the draft: make sure it can, before creating anything."""
    import os

    target = os.path.realpath(path)
    if not (os.access(target, os.W_OK) and os.access(os.path.dirname(target), os.W_OK)):
        raise UsageError(_t(lang, "le brouillon ou son dossier n'est pas modifiable : redlint ne "
                                  "pourrait pas y écrire le numéro du ticket ; rien n'a été envoyé",
                            "the draft or its folder is not writable: redlint could not write "
                            "the issue number back; nothing was sent"), path=path)


def submit(path: str, reporter: Reporter, *, rules: str | None = None, lang: str = "fr",
           dry_run: bool = False, no_similar: bool = False,
           confirm: Callable[[], bool] | None = None, env=None,
           credentials_path: Path | None = None, now: dt.datetime | None = None) -> ExitCode:
    """Run `redlint submit` on one draft; returns the exit code, raises RedlintError."""
    from redlint.redmine.credentials import load_credentials
    from redlint.draft.parse import decode_draft
    from redlint.redmine.schedule import describe_pickup, support_hours

    if path == "-":
        raise UsageError(_t(lang, "submit lit un fichier, pas l'entrée standard : le numéro du "
                                  "ticket y est écrit ensuite",
                            "submit reads a file, not standard input: the issue number is "
                            "written back into it"))
    result = check_file(path, rules, lang)
    try:
        original = Path(path).read_bytes()
    except OSError as exc:
        raise DraftError(_t(lang, f"lecture impossible : {exc.strerror}",
                            f"cannot read the file: {exc.strerror}"), path=path) from None
    draft = result.draft
    issue = draft.value("issue")
    if issue:
        url = draft.value("url")
        where = f" ({url})" if url else ""
        raise UsageError(_t(lang, f"déjà envoyé : ticket #{issue}{where} ; rien n'a été envoyé. "
                                  "Pour un autre ticket, copiez le brouillon sans les lignes "
                                  "issue: et url:, avec son propre titre",
                            f"already submitted: issue #{issue}{where}; nothing was sent. For "
                            "another issue, copy the draft without the issue: and url: lines, "
                            "with a title of its own"),
                         path=path, line=draft.fields["issue"].line)
    if draft.value("url"):
        raise UsageError(_t(lang, "l'en-tête a un « url: » sans « issue: » : retirez la ligne "
                                  "url:, redlint l'écrit lui-même",
                            "the front matter has 'url:' without 'issue:': remove the url: "
                            "line, redlint writes it itself"),
                         path=path, line=draft.fields["url"].line)
    reporter.findings(result)
    if any(f.level is Level.ERROR for f in result.findings):
        return ExitCode.FINDINGS
    _check_writable(path, lang)

    source = result.ruleset.sources[-1] if result.ruleset.sources else None
    settings = redmine_settings(result.ruleset.redmine, path=source)
    hours = support_hours(result.ruleset.support_hours, path=source)
    ticket = ticket_from(result, decode_draft(original, path), settings, lang)
    credentials = load_credentials(env, credentials_path, lang=lang, warn=reporter.warn)

    from redlint.redmine.client import Client, VerificationError

    client = Client(credentials.url, credentials.api_key, timeout=settings.timeout, lang=lang)
    plan = client.resolve(ticket)
    window = dt.timedelta(minutes=settings.adopt_minutes)
    # An identical issue this user just created (an earlier run lost Redmine's answer) is the
    # one to adopt: no similar issues to weigh, nothing to confirm, nothing to create.
    already = client.find_recent(plan, window) if window else None
    similar = []
    if already is None and not no_similar and settings.similar:
        similar = client.similar(plan, settings.similar)
        reporter.similar(similar, plan)
    if dry_run:
        reporter.plan(plan, client.url, already)
        return ExitCode.OK
    if similar and confirm is not None and not confirm():
        reporter.cancelled()
        return ExitCode.OK
    try:
        if already is not None:
            created = client.verify(already.id, plan, adopted=True)
        else:
            created = client.create(plan, window=window)
    except VerificationError as exc:
        # The issue exists: record it in the draft (a retry must not make a second one), then
        # report what Redmine did not keep.
        from redlint.redmine.writeback import write_back

        write_back(path, exc.created.id, exc.created.url, expected=original, lang=lang)
        raise
    from redlint.redmine.writeback import write_back

    write_back(path, created.id, created.url, expected=original, lang=lang)
    moment = now or dt.datetime.now(dt.timezone.utc)
    reporter.created(created, describe_pickup(moment, hours, lang))
    return ExitCode.OK
