"""Names of the guide's workflow resolved to Redmine's ids, as a plain member can: who I am,
the statuses, an issue (with its journals), the group Support and the project manager (through
the project's memberships: a plain member cannot list groups or users)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from redlint.errors import RedmineError
from redlint.i18n import tr
from redlint.redmine.values import fold, parse_time


@dataclass(frozen=True, slots=True)
class Who:
    """Someone an issue can be assigned to: a user or a group."""

    id: int
    name: str
    kind: str = "user"  # or "group"


@dataclass(frozen=True, slots=True)
class Status:
    id: int
    name: str
    is_closed: bool = False


def me(session) -> Who:
    with session.calling(tr("la vérification de la clé d'API", "checking the API key")):
        user = session.redmine.user.get("current").raw()
        name = " ".join(p for p in (user.get("firstname"), user.get("lastname")) if p)
        return Who(int(user["id"]), name or user.get("login", ""))


def statuses(session) -> list[Status]:
    with session.calling(tr("la lecture des statuts", "reading the statuses")):
        return [Status(int(s["id"]), s["name"], bool(s.get("is_closed")))
                for s in (r.raw() for r in session.redmine.issue_status.all())]


def status(session, name: str, known: list[Status] | None = None) -> Status:
    """The status called `name`, or a RedmineError listing Redmine's statuses."""
    known = statuses(session) if known is None else known
    for item in known:
        if fold(item.name) == fold(name):
            return item
    names = ", ".join(s.name for s in known)
    raise RedmineError(tr(f"statut « {name} » inconnu de Redmine (statuts : {names}) : corrigez "
                          "workflow: dans .redlint.yaml",
                          f"status \"{name}\" unknown to Redmine (statuses: {names}): fix "
                          "workflow: in .redlint.yaml"))


def issue(session, issue_id: int) -> dict:
    """The issue as Redmine gives it, with its journals, attachments and allowed statuses."""
    with session.calling(tr(f"la lecture du ticket #{issue_id}",
                            f"reading issue #{issue_id}")):
        data = session.redmine.issue.get(
            issue_id, include=["journals", "attachments", "allowed_statuses"]).raw()
        data["id"] = int(data["id"])
        return data


def members(session, project_id: int) -> list[tuple[Who, tuple[str, ...]]]:
    """(member, role names) of the project: users and groups."""
    with session.calling(tr("la lecture des membres du projet",
                            "reading the project's members")):
        found = []
        for membership in session.redmine.project_membership.filter(project_id=project_id):
            raw = membership.raw()
            kind = "group" if "group" in raw else "user"
            who = raw.get(kind)
            if who:
                found.append((Who(int(who["id"]), who.get("name", ""), kind),
                              tuple(r.get("name", "") for r in raw.get("roles", ()))))
        return found


def group(session, project: dict, name: str) -> Who:
    """The group `name` among the project's members."""
    for who, _roles in members(session, project["id"]):
        if who.kind == "group" and fold(who.name) == fold(name):
            return who
    raise RedmineError(tr(f"le groupe « {name} » n'est pas membre du projet "
                          f"« {project['name']} » : réaffectez le ticket depuis sa page web",
                          f"group \"{name}\" is not a member of project \"{project['name']}\": "
                          "reassign the issue from its web page"))


def previous_assignee(issue_data: dict, me_id: int) -> int | None:
    """Who had the issue just before it was last assigned to me (from its journals)."""
    before = None
    for journal in issue_data.get("journals") or ():
        for detail in journal.get("details") or ():
            if detail.get("property") == "attr" and detail.get("name") == "assigned_to_id" \
                    and str(detail.get("new_value")) == str(me_id) and detail.get("old_value"):
                before = int(detail["old_value"])
    return before if before != me_id else None


def project_manager(session, issue_data: dict, me_id: int, role: str) -> tuple[Who, str]:
    """The project manager of the issue, and how it was found ("journals" or "role"): the user
    who had the ticket before it came to me, else the project's member with the role `role`."""
    project = issue_data["project"]
    people = members(session, project["id"])
    before = previous_assignee(issue_data, me_id)
    for who, _roles in people:
        if who.kind == "user" and who.id == before:
            return who, "journals"
    managers = [who for who, roles in people
                if who.kind == "user" and who.id != me_id and any(fold(r) == fold(role)
                                                                  for r in roles)]
    if len(managers) == 1:
        return managers[0], "role"
    if managers:
        names = ", ".join(m.name for m in managers)
        raise RedmineError(tr(f"plusieurs chefs de projet possibles ({names}) et le journal du "
                              "ticket ne dit pas qui l'avait : réaffectez-le depuis sa page web",
                              f"several possible project managers ({names}) and the issue's "
                              "journal does not tell who had it: reassign it from its web page"))
    raise RedmineError(tr(f"aucun membre du projet « {project['name']} » n'a le rôle « {role} » "
                          "et le journal du ticket ne dit pas qui l'avait : réaffectez-le depuis "
                          "sa page web, ou corrigez workflow.manager_role dans .redlint.yaml",
                          f"no member of project \"{project['name']}\" has the role \"{role}\" "
                          "and the issue's journal does not tell who had it: reassign it from "
                          "its web page, or fix workflow.manager_role in .redlint.yaml"))


def status_since(issue_data: dict) -> dt.datetime | None:
    """When the issue entered its current status (its last journal setting it), else created."""
    current = str((issue_data.get("status") or {}).get("id"))
    since = parse_time(issue_data.get("created_on"))
    for journal in issue_data.get("journals") or ():
        for detail in journal.get("details") or ():
            if detail.get("name") == "status_id" and str(detail.get("new_value")) == current:
                since = parse_time(journal.get("created_on")) or since
    return since
