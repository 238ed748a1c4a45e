"""`redlint submit`: a draft that passes becomes a Redmine issue, exactly once, nothing lost.

1. lint the draft with the active rules: any error-level finding stops here, nothing is sent;
   a draft that already has `issue:` is refused (it was sent);
2. resolve every name (project, tracker, assignee, priority) and check the attachments, before
   anything is written;
3. show similar open issues of the project (unless `no_similar`);
4. `dry_run`: show exactly what would be sent, and stop;
5. record the intent, upload, create exactly once, read back and verify (redlint.redmine.create),
   write `issue:` and `url:` back into the draft (redlint.redmine.writeback), and say when
   support will pick it up (redlint.redmine.schedule).

This module decides and sequences; it neither prints (a Reporter does) nor speaks HTTP
(redlint.redmine.connection, names, similar, create do). Every Redmine failure leaves the draft
byte-identical. The draft and its ticket are locked for the whole run (redlint.redmine.lock).

`.redlint.yaml` settings read here:

    redmine:
      project: ville-exemple   # used when a draft has no `project:`
      timeout: 30              # seconds, for every request to Redmine
      adopt_minutes: 10        # how long this draft's own creation, its answer lost, is adopted
      similar: 5               # how many similar open issues to show (0: none)
      project_tracker: Gestion de projet     # its issues go to the project manager...
      project_manager_role: Chef de projet   # ...the member with this role in the project
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Callable, Protocol

from redlint.draft.attachments import REASONS, attachment_problem
from redlint.draft.parse import comment_spans
from redlint.lint.check import Result, check_file
from redlint.errors import DraftError, ExitCode, RedlintError, UsageError
from redlint.i18n import tr
from redlint.model import Level
from redlint.config.settings import RedmineSettings, redmine_settings  # validated at load


class NotProjectManager(RedlintError):
    """A project issue assigned to someone who is not the project's manager: exit code 1 (the
    draft must change, as for a finding); nothing is sent."""

    exit_code = ExitCode.FINDINGS


class Reporter(Protocol):
    """What submit tells the writer along the way (the CLI prints it)."""

    def findings(self, result: Result) -> None: ...

    def warn(self, message: str) -> None: ...

    def similar(self, issues: list, plan) -> None: ...

    def plan(self, plan, url: str, already: object | None) -> None: ...

    def cancelled(self) -> None: ...

    def created(self, created, when: str) -> None: ...


def description_text(text: str, first_line: int) -> str:
    """The description as written, from line `first_line` (1-based) of the draft's text.

    HTML comments are the writer's notes and redlint's switches: they are not sent (a line that
    held only a comment goes with it). Blank lines around the text are dropped. Comments are
    found by the reader's own linear scan: a draft full of `<!--` cannot hang submit.
    """
    body = "\n".join(text.split("\n")[first_line - 1:])
    pieces, last = [], 0
    for start, end in comment_spans(body):
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        line_end = len(body) if line_end == -1 else line_end
        if not body[line_start:start].strip(" \t") and not body[end:line_end].strip(" \t"):
            start, end = max(line_start, last), min(line_end + 1, len(body))
        pieces.append(body[last:start])
        last = end
    pieces.append(body[last:])
    return "".join(pieces).strip("\n").rstrip()


def attachment_paths(draft) -> tuple[Path, ...]:
    """The draft's attachments, resolved: what `attachment_problem` (the `attachments` rule's
    own decision) accepts; anything else stops the submit before anything is sent."""
    entry = draft.fields.get("attachments")
    if entry is None or entry.value is None:
        return ()
    names = entry.value if isinstance(entry.value, tuple) else (entry.value,)
    paths = []
    for name in names:
        problem = attachment_problem(name, draft.folder)
        if problem is not None:
            shown = name if len(name) <= 80 else name[:77] + "..."
            reason = tr(*REASONS[problem])
            raise DraftError(tr(f"pièce jointe « {shown} » : {reason} ; rien n'a été "
                                "envoyé",
                                f"attachment \"{shown}\": {reason}; nothing was sent"),
                             path=draft.path, line=entry.value_line)
        paths.append(Path(os.path.realpath(draft.folder / name)))
    return tuple(paths)


def ticket_from(result: Result, text: str, settings: RedmineSettings):
    """The Ticket the draft asks for (redlint's words), or a DraftError saying what is missing."""
    from redlint.redmine.plan import Ticket

    draft = result.draft
    # What a ticket needs (project, tracker, title) is checked once, by the rules
    # `project-required`, `tracker` and `title-required`: submit stops on their findings before
    # getting here. This guard only catches those rules switched off by a rules file.
    project = draft.value("project") or settings.project
    tracker = draft.value("tracker")
    title = draft.title.text.strip() if draft.title else ""
    if not (project and tracker and title):
        raise DraftError(tr("il manque le projet, le tracker ou le titre, et la règle qui le "
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
        attachments=attachment_paths(draft),
    )


def ticket_key(ticket) -> str:
    """A digest of what the ticket asks for: two identical copies of a draft share it."""
    import hashlib
    import json

    sent = [ticket.project, ticket.tracker, ticket.title, ticket.description, ticket.assignee,
            ticket.priority, [p.name for p in ticket.attachments]]
    return hashlib.sha256(json.dumps(sent, ensure_ascii=False).encode("utf-8")).hexdigest()


def _check_writable(path: str) -> None:
    """The issue number goes back into the draft: make sure it can, before creating anything."""
    import os

    target = os.path.realpath(path)
    if not (os.access(target, os.W_OK) and os.access(os.path.dirname(target), os.W_OK)):
        raise UsageError(tr("le brouillon ou son dossier n'est pas modifiable : redlint ne "
                            "pourrait pas y écrire le numéro du ticket ; rien n'a été envoyé",
                            "the draft or its folder is not writable: redlint could not write "
                            "the issue number back; nothing was sent"), path=path)


def submit(path: str, reporter: Reporter, *, rules: str | None = None, lang: str = "fr",
           dry_run: bool = False, no_similar: bool = False,
           confirm: Callable[[], bool] | None = None, env=None,
           credentials_path: Path | None = None, now: dt.datetime | None = None) -> ExitCode:
    """Run `redlint submit` on one draft; returns the exit code, raises RedlintError.

    Another submit of the same draft, or of an identical copy, running at the same time:
    redlint.redmine.lock.Busy (exit code 2), nothing sent.
    """
    if path == "-":
        raise UsageError(tr("submit lit un fichier, pas l'entrée standard : le numéro du "
                            "ticket y est écrit ensuite",
                            "submit reads a file, not standard input: the issue number is "
                            "written back into it"))
    with contextlib.ExitStack() as held:
        # The draft is locked before it is read: a second submit of it stops here (Busy), or,
        # once the first is done, reads the draft with its `issue:` and stops too.
        lock = None
        if not dry_run:  # a dry run sends nothing: it neither waits for nor blocks a submit
            from redlint.redmine.intent import draft_key
            from redlint.userfiles import state_folder
            from redlint.redmine.lock import hold

            folder = state_folder() / "locks"

            def lock(key: str) -> None:
                held.enter_context(hold(folder, key, path=path))

            lock(draft_key(path))
        return _submit(path, reporter, rules=rules, lang=lang, dry_run=dry_run,
                       no_similar=no_similar, confirm=confirm, env=env,
                       credentials_path=credentials_path, now=now, lock=lock)


def _submit(path: str, reporter: Reporter, *, rules: str | None, lang: str, dry_run: bool,
            no_similar: bool, confirm: Callable[[], bool] | None, env,
            credentials_path: Path | None, now: dt.datetime | None,
            lock: Callable[[str], None] | None) -> ExitCode:
    from redlint.redmine.credentials import load_credentials
    from redlint.draft.parse import decode_draft
    from redlint.redmine.schedule import describe_pickup, support_hours

    result = check_file(path, rules, lang)
    try:
        original = Path(path).read_bytes()
    except OSError as exc:
        raise DraftError(tr(f"lecture impossible : {exc.strerror}",
                            f"cannot read the file: {exc.strerror}"), path=path) from None
    draft = result.draft
    issue = draft.value("issue")
    if issue:
        url = draft.value("url")
        where = f" ({url})" if url else ""
        raise UsageError(tr(f"déjà envoyé : ticket #{issue}{where} ; rien n'a été envoyé. "
                            "Pour un autre ticket, copiez le brouillon sans les lignes "
                            "issue: et url:, avec son propre titre",
                            f"already submitted: issue #{issue}{where}; nothing was sent. For "
                            "another issue, copy the draft without the issue: and url: lines, "
                            "with a title of its own"),
                         path=path, line=draft.fields["issue"].line)
    if draft.value("url"):
        raise UsageError(tr("l'en-tête a un « url: » sans « issue: » : retirez la ligne "
                            "url:, redlint l'écrit lui-même",
                            "the front matter has 'url:' without 'issue:': remove the url: "
                            "line, redlint writes it itself"),
                         path=path, line=draft.fields["url"].line)
    reporter.findings(result)
    if any(f.level is Level.ERROR for f in result.findings):
        return ExitCode.FINDINGS
    _check_writable(path)

    source = result.ruleset.sources[-1] if result.ruleset.sources else None
    settings = redmine_settings(result.ruleset.redmine, path=source)
    hours = support_hours(result.ruleset.support_hours, path=source)
    ticket = ticket_from(result, decode_draft(original, path), settings)
    if lock is not None:
        lock("ticket-" + ticket_key(ticket))  # an identical copy of the draft is held too
    credentials = load_credentials(env, credentials_path, warn=reporter.warn)

    from redlint.redmine.connection import Connection
    from redlint.redmine.create import Creator, VerificationError
    from redlint.redmine.names import Names
    from redlint.redmine.similar import similar as similar_issues
    from redlint.redmine.intent import IntentStore

    connection = Connection(credentials.url, credentials.api_key, timeout=settings.timeout)
    names = Names(connection)
    creator = Creator(connection)
    plan = names.resolve(ticket)
    _check_project_manager(names, plan, settings, result.draft)
    window = dt.timedelta(minutes=settings.adopt_minutes)
    store = IntentStore()
    intent = plan.intent(path, connection.url, dt.datetime.now(dt.timezone.utc))
    earlier = store.load(path)
    if earlier is not None and earlier.same_request(intent):
        intent = earlier  # the same draft sent the same thing before: keep when it started
    else:
        earlier = None  # another draft's, or this draft's before an edit: never adopted from
    # This draft's own earlier creation whose answer was lost (its intent is still recorded)
    # is the one to adopt: no similar issues to weigh, nothing to confirm, nothing to create.
    already = creator.find_intended(earlier, window) if earlier is not None else None
    similar = []
    if already is None and not no_similar and settings.similar:
        similar = similar_issues(connection, plan, settings.similar)
        reporter.similar(similar, plan)
    if dry_run:
        reporter.plan(plan, connection.url, already)
        return ExitCode.OK
    if similar and confirm is not None and not confirm():
        reporter.cancelled()
        return ExitCode.OK
    from redlint.redmine.writeback import write_back

    try:
        if already is not None:
            created = creator.verify(already.id, plan, adopted=True)
        else:
            _record(store, intent, path)
            created = creator.create(plan, intent, window=window)
    except VerificationError as exc:
        # The issue exists: record it in the draft (a retry must not make a second one), then
        # report what Redmine did not keep.
        write_back(path, exc.created.id, exc.created.url, expected=original)
        store.remove(path)
        raise
    write_back(path, created.id, created.url, expected=original)
    store.remove(path)  # only now: until the draft says `issue:`, a retry must find the issue
    moment = now or dt.datetime.now(dt.timezone.utc)
    reporter.created(created, describe_pickup(moment, hours))
    return ExitCode.OK


def _check_project_manager(names, plan, settings: RedmineSettings, draft) -> None:
    """A project issue (tracker `project_tracker`) goes to a member holding the role
    `project_manager_role` in the project, as the project's memberships say; else
    NotProjectManager, before anything is written."""
    from redlint.redmine.values import fold

    if fold(plan.tracker.name) != fold(settings.project_tracker):
        return
    managers = names.members_with_role(plan.project, settings.project_manager_role)
    assignee = plan.assignee
    if assignee is not None and any((m.kind, m.id) == (assignee.kind, assignee.id)
                                    for m in managers):
        return
    entry = draft.fields.get("assigned_to")
    where = {"path": draft.path, "line": entry.line if entry is not None else None}
    names = ", ".join(m.name for m in managers)
    if not managers:
        raise NotProjectManager(tr(
            f"personne n'a le rôle « {settings.project_manager_role} » dans le projet "
            f"« {plan.project.name} » : un ticket « {plan.tracker.name} » n'a pas de "
            "destinataire (réglage redmine.project_manager_role) ; rien n'a été envoyé",
            f"nobody has the role \"{settings.project_manager_role}\" in project "
            f"\"{plan.project.name}\": a \"{plan.tracker.name}\" issue has nobody to go to "
            "(setting redmine.project_manager_role); nothing was sent"), **where)
    who = assignee.name if assignee is not None else None
    raise NotProjectManager(tr(
        (f"« {who} » n'est pas chef de projet" if who else "aucun assigné")
        + f" : un ticket « {plan.tracker.name} » s'assigne au chef de projet du projet "
          f"« {plan.project.name} » ({names}) ; rien n'a été envoyé",
        (f"\"{who}\" is not a project manager" if who else "no assignee")
        + f": a \"{plan.tracker.name}\" issue is assigned to the project manager of project "
          f"\"{plan.project.name}\" ({names}); nothing was sent"), **where)


def _record(store, intent, path: str) -> None:
    """Write the intent record before creating; without it, nothing is sent."""
    try:
        store.save(intent)
    except OSError as exc:
        raise UsageError(tr(f"impossible d'enregistrer l'envoi en cours dans "
                            f"{store.folder} ({exc.strerror or exc}) : rien n'a été envoyé",
                            f"cannot record the submission in {store.folder} "
                            f"({exc.strerror or exc}): nothing was sent"), path=path) from None
