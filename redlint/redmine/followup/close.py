"""`redlint close`: close a ticket the vendor resolved ("Résolu (à déployer)"), as the guide
asks of the customer. Another status needs `force`. The status set is `workflow.closed`; the
issue is read back, since Redmine drops a status change it does not allow without a word.
A ticket already closed is left alone (a retry after a lost answer changes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.errors import RedmineError, UsageError
from redlint.i18n import tr
from redlint.redmine.followup import names
from redlint.redmine.values import fold


@dataclass(frozen=True, slots=True)
class Closed:
    id: int
    url: str
    status: str
    already: bool = False  # it was closed before this run: nothing was sent


def close(session, settings, issue_id: int, note: str = "", force: bool = False) -> Closed:
    data = names.issue(session, issue_id)
    url = session.issue_url(issue_id)
    now = data.get("status") or {}
    closed = names.status(session, settings.closed)
    if now.get("id") == closed.id:
        return Closed(issue_id, url, now.get("name", ""), already=True)
    if fold(now.get("name")) != fold(settings.resolved) and not force:
        raise UsageError(tr(f"le ticket #{issue_id} est « {now.get('name', '-')} », pas "
                            f"« {settings.resolved} » : le support ne l'a pas résolu. Pour "
                            "le fermer quand même, ajoutez --force ; rien n'a été envoyé",
                            f"issue #{issue_id} is \"{now.get('name', '-')}\", not "
                            f"\"{settings.resolved}\": support has not resolved it. To close "
                            "it anyway, add --force; nothing was sent"))
    allowed = {s.get("id") for s in data.get("allowed_statuses") or ()}
    if closed.id not in allowed:
        raise RedmineError(tr(f"le workflow de Redmine ne vous permet pas de passer le "
                              f"ticket #{issue_id} de « {now.get('name', '-')} » à "
                              f"« {closed.name} » : fermez-le depuis sa page web ou "
                              "demandez au support ; rien n'a été envoyé",
                              f"Redmine's workflow does not let you move issue #{issue_id} "
                              f"from \"{now.get('name', '-')}\" to \"{closed.name}\": close it "
                              "from its web page or ask support; nothing was sent"))
    fields = {"status_id": closed.id}
    if note.strip():
        fields.update(notes=note, private_notes=False)
    with session.calling(tr(f"la fermeture du ticket #{issue_id}",
                            f"closing issue #{issue_id}")):
        session.redmine.issue.update(issue_id, **fields)
    after = names.issue(session, issue_id)
    status = after.get("status") or {}
    if status.get("id") != closed.id:
        kept = tr("votre note est publiée, mais ", "your note is posted, but ") \
            if note.strip() else ""
        raise RedmineError(tr(f"{kept}Redmine n'a pas fermé le ticket #{issue_id} ({url}) :"
                              f" il reste « {status.get('name', '-')} ». Fermez-le depuis "
                              "sa page web, ou demandez à votre chef de projet",
                              f"{kept}Redmine did not close issue #{issue_id} ({url}): it "
                              f"stays \"{status.get('name', '-')}\". Close it from its web "
                              "page, or ask your project manager"))
    return Closed(issue_id, url, status.get("name", ""))
