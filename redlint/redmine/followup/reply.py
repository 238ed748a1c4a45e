"""`redlint reply`: post an answer as a public note, and reassign the ticket as the guide says.

The guide: a ticket in "Information nécessaire" waits on the customer, who answers it *and*
reassigns it — a Support ticket to the group Support, a Gestion de projet ticket to the project
manager (who had it before it came to the customer, from its journals; else the project's
member with the project manager's role). The status is left as it is unless
`workflow.reply_status` names one.

Redmine drops silently what the user may not change: after the write the issue is read back,
and what was not kept is said plainly (RedmineError, exit 3) — the note kept, the
reassignment not, and what to do. A note is never private, and never posted twice: it is
recorded before it is sent (redlint.redmine.followup.sent) and found again in the journals when
the answer to the write is lost or the command is run again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from redlint.errors import RedmineError
from redlint.i18n import tr
from redlint.redmine.followup import names
from redlint.redmine.followup.names import Status, Who
from redlint.redmine.followup.sent import SentNote, SentNotes
from redlint.redmine.followup.session import RequestLost
from redlint.redmine.values import fold, text_digest


@dataclass(frozen=True, slots=True)
class Reply:
    """What a reply will send, every name resolved."""

    issue: dict  # the issue as read before writing (journals included)
    url: str
    user: Who
    note: str
    attachments: tuple[Path, ...]
    assignee: Who | None  # None: left as it is
    found_by: str  # how the assignee was chosen: "group", "journals", "role" or ""
    status: Status | None  # None: left as it is
    waiting_on_me: bool

    @property
    def id(self) -> int:
        return self.issue["id"]

    def fields(self) -> dict:
        fields = {"notes": self.note, "private_notes": False}  # a customer's note is public
        if self.assignee is not None:
            fields["assigned_to_id"] = self.assignee.id
        if self.status is not None:
            fields["status_id"] = self.status.id
        return fields

    def requests(self, base: str) -> list[tuple[str, str, dict | None]]:
        writes: list[tuple[str, str, dict | None]] = []
        fields = self.fields()
        if self.attachments:
            fields["uploads"] = []
        for path in self.attachments:
            writes.append(("POST", f"/uploads.json?filename={path.name}", None))
            fields["uploads"].append({"token": f"<token of {path.name}>",
                                      "filename": path.name})
        writes.append(("PUT", f"/issues/{self.id}.json", {"issue": fields}))
        return writes


@dataclass(frozen=True, slots=True)
class Replied:
    id: int
    url: str
    adopted: bool  # the note was already there (an earlier answer was lost): not posted again
    assignee: str
    status: str
    attachments: tuple[str, ...] = ()


def plan_reply(session, settings, issue_id: int, note: str,
               attachments: tuple[Path, ...] = (), warn=None, *,
               project_tracker: str = "Gestion de projet",
               manager_role: str = "Chef de projet") -> Reply:
    """Read the issue and resolve who it goes back to; nothing is written. `settings` is the
    `workflow:` section; the project tracker and role come from `redmine:`."""
    warn = warn or (lambda message: None)
    user = names.me(session)
    data = names.issue(session, issue_id)
    status_now = data.get("status") or {}
    assigned_now = data.get("assigned_to") or {}
    waiting_on_me = fold(status_now.get("name")) == fold(settings.waiting) and \
        assigned_now.get("id") == user.id
    if not waiting_on_me:
        warn(tr(f"le ticket #{issue_id} n'attend pas de réponse de vous (statut "
                f"« {status_now.get('name', '-')} », assigné à "
                f"« {assigned_now.get('name', '-')} ») : la réponse est envoyée quand même",
                f"issue #{issue_id} does not wait on you (status "
                f"\"{status_now.get('name', '-')}\", assigned to "
                f"\"{assigned_now.get('name', '-')}\"): the answer is sent anyway"))
    tracker = (data.get("tracker") or {}).get("name", "")
    assignee, found_by = None, ""
    if fold(tracker) == fold(settings.support_tracker):
        assignee, found_by = names.group(session, data["project"], settings.support_group), "group"
    elif fold(tracker) == fold(project_tracker):
        assignee, found_by = names.project_manager(session, data, user.id, manager_role)
    else:
        warn(tr(f"tracker « {tracker} » : le guide ne dit pas à qui réaffecter ; le ticket "
                "reste assigné comme il est",
                f"tracker \"{tracker}\": the guide does not say who to reassign it to; the "
                "issue stays assigned as it is"))
    if assignee is not None and assignee.id == assigned_now.get("id"):
        assignee = None  # already theirs: nothing to change
    status = None
    if settings.reply_status.strip():
        status = names.status(session, settings.reply_status)
        allowed = {s.get("id") for s in data.get("allowed_statuses") or ()}
        if status.id == status_now.get("id"):
            status = None
        elif status.id not in allowed:
            raise RedmineError(tr(f"le workflow de Redmine ne vous permet pas de passer le "
                                  f"ticket #{issue_id} de « {status_now.get('name')} » à "
                                  f"« {status.name} » (workflow.reply_status) ; rien n'a été "
                                  "envoyé",
                                  f"Redmine's workflow does not let you move issue #{issue_id} "
                                  f"from \"{status_now.get('name')}\" to \"{status.name}\" "
                                  "(workflow.reply_status); nothing was sent"))
    return Reply(data, session.issue_url(issue_id), user, note, tuple(attachments), assignee,
                 found_by, status, waiting_on_me)


def _update(session, issue_id: int, fields: dict, attachments: tuple[Path, ...]) -> None:
    if attachments:
        fields = dict(fields, uploads=[{"path": str(p), "filename": p.name} for p in attachments])
    with session.calling(tr(f"l'envoi de la réponse au ticket #{issue_id}",
                            f"sending the answer to issue #{issue_id}")):
        session.redmine.issue.update(issue_id, **fields)


def send_reply(session, plan: Reply, store: SentNotes | None = None,
               now: dt.datetime | None = None) -> Replied:
    """Post the note once, reassign, read back; RedmineError says what Redmine did not keep.

    One reply per ticket and user at a time: two at once would each find no note yet."""
    from redlint.redmine.lock import Busy, hold

    store = store or SentNotes()
    try:
        with hold(store.folder.parent / "locks", f"reply-{plan.id}-{plan.user.id}"):
            return _send(session, plan, store, now)
    except Busy:
        raise Busy(tr(f"un autre « redlint reply » répond déjà au ticket #{plan.id} : "
                      "attendez qu'il se termine ; rien n'a été envoyé",
                      f"another `redlint reply` is already answering issue #{plan.id}: wait for "
                      "it to finish; nothing was sent")) from None


def _send(session, plan: Reply, store: SentNotes, now: dt.datetime | None) -> Replied:
    record = store.load(plan.id, plan.user.id, plan.note)
    journal = record.find(plan.issue) if record else None
    adopted = journal is not None
    if not adopted:
        if record is None:
            record = SentNote(plan.id, plan.user.id, text_digest(plan.note),
                              now or dt.datetime.now(dt.timezone.utc))
            try:
                store.save(record)
            except OSError as exc:
                raise RedmineError(tr(f"impossible de noter l'envoi en cours ({exc.strerror}) :"
                                      " rien n'a été envoyé",
                                      f"cannot record the answer being sent ({exc.strerror}): "
                                      "nothing was sent")) from None
        try:
            _update(session, plan.id, plan.fields(), plan.attachments)
        except RequestLost as lost:
            maybe = tr(f"{lost.message} ; la réponse a peut-être été publiée : relancez la "
                       "même commande dans un moment, redlint la retrouvera au lieu de la "
                       "publier deux fois",
                       f"{lost.message}; the answer may have been posted: run the same command "
                       "again in a moment, redlint will find it instead of posting it twice")
            try:
                found = record.find(names.issue(session, plan.id))
            except RedmineError:
                found = None  # cannot look now: the record stays, the next run looks
            if found is None:
                raise RedmineError(maybe) from None
            adopted = True
    after = names.issue(session, plan.id)
    if adopted:  # the note is there; what came with it may still be missing: send that alone
        rest = {key: value for key, value in plan.fields().items()
                if key not in ("notes", "private_notes")
                and (after.get(key[:-3]) or {}).get("id") != value}
        if rest:
            _update(session, plan.id, rest, ())
            after = names.issue(session, plan.id)
    journal = record.find(after)
    if journal is None:
        raise RedmineError(tr(f"Redmine a répondu, mais la réponse n'apparaît pas sur le "
                              f"ticket #{plan.id} ({plan.url}) : relancez la même commande",
                              f"Redmine answered, but the answer does not show on issue "
                              f"#{plan.id} ({plan.url}): run the same command again"))
    assigned = after.get("assigned_to") or {}
    status = after.get("status") or {}
    attached = tuple(a.get("filename", "") for a in after.get("attachments") or ())
    lost = []
    if journal.get("private_notes"):
        lost.append(tr("la note est privée, le support ne la verra peut-être pas",
                       "the note is private, support may not see it"))
    if plan.assignee is not None and assigned.get("id") != plan.assignee.id:
        lost.append(tr(f"la réaffectation à « {plan.assignee.name} » (le ticket reste "
                       f"assigné à « {assigned.get('name', '-')} »)",
                       f"the reassignment to \"{plan.assignee.name}\" (the issue stays assigned "
                       f"to \"{assigned.get('name', '-')}\")"))
    if plan.status is not None and status.get("id") != plan.status.id:
        lost.append(tr(f"le statut « {plan.status.name} » (il reste "
                       f"« {status.get('name', '-')} »)",
                       f"the status \"{plan.status.name}\" (it stays "
                       f"\"{status.get('name', '-')}\")"))
    missing = [p.name for p in plan.attachments if p.name not in attached]
    if missing:
        lost.append(tr(f"les pièces jointes {', '.join(missing)}",
                       f"the attachments {', '.join(missing)}"))
    if lost:
        who = plan.assignee.name if plan.assignee else ""
        raise RedmineError(tr(f"votre réponse est bien publiée sur le ticket #{plan.id} "
                              f"({plan.url}), mais Redmine n'a pas gardé : {' ; '.join(lost)}. "
                              "Votre rôle ne vous permet sans doute pas de modifier ce ticket : "
                              "réaffectez-le depuis sa page web"
                              + (f" (à « {who} »)" if who else "")
                              + ", ou demandez à votre chef de projet de le faire. Relancer la "
                              "même commande ne republie pas la réponse",
                              f"your answer is posted on issue #{plan.id} ({plan.url}), but "
                              f"Redmine did not keep: {'; '.join(lost)}. Your role probably may "
                              "not change this issue: reassign it from its web page"
                              + (f" (to \"{who}\")" if who else "")
                              + ", or ask your project manager to. Running the same command "
                              "again does not post the answer twice"))
    store.remove(record)
    return Replied(plan.id, plan.url, adopted, assigned.get("name", ""), status.get("name", ""),
                   attached)
