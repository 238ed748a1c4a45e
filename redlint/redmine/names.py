"""Every name of a draft resolved to Redmine's ids, before anything is written.

Project (identifier, id or name), tracker (among the project's enabled ones: Redmine would
otherwise silently use another), assignee (a group or user among the project's members whose
role may be assigned issues: a plain member cannot list groups, but can read memberships; a
user also by login), priority, and who holds a given role in the project. Errors list the valid
choices. Reads only, through python-redmine's resource managers.
"""

from __future__ import annotations

import re

from redminelib import exceptions as rex

from redlint.errors import RedmineError
from redlint.i18n import tr
from redlint.redmine.connection import Connection
from redlint.redmine.errors import expect_object, expect_objects
from redlint.redmine.plan import Plan, Principal, Project, Ref, Ticket
from redlint.redmine.values import fold

_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_\-]{0,99}")


class Names:
    """Name resolution on one connection (memberships and roles are read once)."""

    def __init__(self, connection: Connection):
        self.c = connection
        self._roles: dict[int, bool] = {}
        self._members: dict[int, list[dict]] = {}

    def current_user(self) -> Principal:
        """Who the API key belongs to (also the cheapest check of the address and the key)."""
        with self.c.calling(tr("la vérification de la clé d'API", "checking the API key")):
            user = expect_object(self.c.redmine.user.get("current").raw())
            login = str(user.get("login") or "")
            name = " ".join(str(p) for p in (user.get("firstname"), user.get("lastname")) if p)
            return Principal(int(user["id"]), name or login, "user", login)

    def project(self, wanted: str) -> Project:
        """A project by identifier (or id), else by name among the projects the user sees."""
        wanted = wanted.strip()
        action = tr(f"la lecture du projet « {wanted} »", f"reading project \"{wanted}\"")
        forbidden = tr(f"le projet « {wanted} » existe mais vous n'y avez pas accès (403) : "
                       "demandez à en être membre, ou corrigez le champ project",
                       f"project \"{wanted}\" exists but you have no access to it (403): ask "
                       "to be made a member, or fix the project field")
        if _IDENTIFIER.fullmatch(wanted):
            with self.c.calling(action, {rex.ForbiddenError: forbidden}):
                try:
                    data = expect_object(
                        self.c.redmine.project.get(wanted, include=["trackers"]).raw())
                except rex.ResourceNotFoundError:
                    data = None  # maybe a name: look among the visible projects
                if data is not None:
                    return self._project(data)
        with self.c.calling(tr("la liste de vos projets", "listing your projects")):
            visible = [(str(p["identifier"]), str(p["name"]), int(p["id"]))
                       for p in expect_objects([p.raw() for p in self.c.redmine.project.all()])]
        folded = fold(wanted)
        matches = [p for p in visible if folded in (fold(p[0]), fold(p[1]))]
        if len(matches) == 1:
            with self.c.calling(action, {rex.ForbiddenError: forbidden}):
                return self._project(expect_object(
                    self.c.redmine.project.get(matches[0][2], include=["trackers"]).raw()))
        choices = ", ".join(f"{identifier} ({name})" for identifier, name, _ in visible) or \
            tr("aucun", "none")
        raise RedmineError(tr(f"projet inconnu « {wanted} » (404) : vos projets sont {choices}",
                              f"unknown project \"{wanted}\" (404): your projects are "
                              f"{choices}"))

    @staticmethod
    def _project(data: dict) -> Project:
        return Project(int(data["id"]), str(data["identifier"]), str(data["name"]),
                       tuple(Ref(int(t["id"]), str(t["name"]))
                             for t in expect_objects(data.get("trackers") or [])))

    def tracker(self, project: Project, wanted: str) -> Ref:
        folded = fold(wanted)
        for tracker in project.trackers:
            if fold(tracker.name) == folded:
                return tracker
        enabled = ", ".join(t.name for t in project.trackers) or tr("aucun", "none")
        raise RedmineError(tr(
            f"le tracker « {wanted} » n'est pas activé sur le projet « {project.name} » : "
            f"trackers possibles : {enabled} ; rien n'a été envoyé",
            f"tracker \"{wanted}\" is not enabled on project \"{project.name}\": enabled "
            f"trackers: {enabled}; nothing was sent"))

    def _role_assignable(self, role_id: int) -> bool:
        if role_id not in self._roles:
            try:
                with self.c.calling(tr("la lecture des rôles", "reading roles")):
                    self._roles[role_id] = bool(
                        expect_object(self.c.redmine.role.get(role_id).raw()).get("assignable",
                                                                                  True))
            except RedmineError:
                self._roles[role_id] = True  # unknown: Redmine itself will check (422)
        return self._roles[role_id]

    def _login(self, user_id: int) -> str:
        try:
            with self.c.calling(tr("la lecture d'un utilisateur", "reading a user")):
                return str(expect_object(self.c.redmine.user.get(user_id).raw()).get("login")
                           or "")
        except RedmineError:
            return ""

    def _memberships(self, project: Project) -> list[dict]:
        if project.id not in self._members:
            with self.c.calling(tr(f"la lecture des membres du projet « {project.name} »",
                                   f"reading the members of project \"{project.name}\"")):
                memberships = expect_objects(
                    [m.raw() for m in self.c.redmine.project_membership.filter(
                        project_id=project.id)])
                for membership in memberships:  # the shape the loops below rely on
                    who = expect_object(membership.get("group") or membership.get("user"))
                    int(who["id"]), str(who.get("name", ""))
                    for role in expect_objects(membership.get("roles") or []):
                        int(role["id"]), str(role.get("name", ""))
                self._members[project.id] = memberships
        return self._members[project.id]

    def members_with_role(self, project: Project, role: str) -> list[Principal]:
        """The groups and users that hold the role named `role` in the project (directly or
        through a group)."""
        wanted = fold(role)
        found: dict[tuple[str, int], Principal] = {}
        for membership in self._memberships(project):
            kind = "group" if "group" in membership else "user"
            who = membership.get(kind)
            if who and any(fold(r.get("name", "")) == wanted
                           for r in membership.get("roles", ())):
                found.setdefault((kind, who["id"]), Principal(who["id"], who.get("name", ""),
                                                              kind))
        return list(found.values())

    def assignees(self, project: Project) -> tuple[list[Principal], list[Principal]]:
        """(assignable, others) among the project's members: groups and users, no admin rights
        needed (groups cannot be listed by a plain member, memberships can)."""
        memberships = self._memberships(project)
        assignable: dict[tuple[str, int], Principal] = {}
        others: dict[tuple[str, int], Principal] = {}
        for membership in memberships:
            kind = "group" if "group" in membership else "user"
            who = membership.get(kind)
            if not who:
                continue
            principal = Principal(who["id"], who.get("name", ""), kind)
            roles = [role["id"] for role in membership.get("roles", ())]
            target = assignable if any(self._role_assignable(r) for r in roles) else others
            target.setdefault((kind, principal.id), principal)
        for key in assignable:
            others.pop(key, None)
        return list(assignable.values()), list(others.values())

    def assignee(self, project: Project, wanted: str) -> Principal:
        """The group or user `wanted` (a name, or a user's login) among assignable members."""
        assignable, others = self.assignees(project)
        folded = fold(wanted)
        matches = [p for p in assignable if fold(p.name) == folded]
        if not matches:  # maybe a login: logins are not in memberships, ask for them
            assignable = [p if p.kind == "group" else
                          Principal(p.id, p.name, p.kind, self._login(p.id)) for p in assignable]
            matches = [p for p in assignable if p.login and fold(p.login) == folded]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            logins = ", ".join(m.login or str(m.id) for m in matches)
            raise RedmineError(tr(f"plusieurs membres s'appellent « {wanted} » dans le projet "
                                  f"« {project.name} » : indiquez l'identifiant ({logins})",
                                  f"several members are called \"{wanted}\" in project "
                                  f"\"{project.name}\": give the login ({logins})"))
        if any(fold(p.name) == folded for p in others):
            raise RedmineError(tr(f"« {wanted} » est membre du projet « {project.name} » mais "
                                  "ne peut pas recevoir de tickets ; rien n'a été envoyé",
                                  f"\"{wanted}\" is a member of project \"{project.name}\" "
                                  "but cannot be assigned issues; nothing was sent"))
        choices = ", ".join(p.describe() for p in assignable) or tr("aucun", "none")
        raise RedmineError(tr(
            f"« {wanted} » n'est ni un groupe ni une personne assignable du projet "
            f"« {project.name} » : choix possibles : {choices} ; rien n'a été envoyé",
            f"\"{wanted}\" is no group or person issues can be assigned to in project "
            f"\"{project.name}\": choices: {choices}; nothing was sent"))

    def priority(self, wanted: str) -> Ref:
        with self.c.calling(tr("la lecture des priorités", "reading priorities")):
            priorities = [{"id": int(p["id"]), "name": str(p["name"]),
                           "active": p.get("active", True)}
                          for p in expect_objects([p.raw() for p in self.c.redmine.enumeration
                                                   .filter(resource="issue_priorities")])]
        folded = fold(wanted)
        for priority in priorities:
            if fold(priority["name"]) == folded and priority.get("active", True):
                return Ref(priority["id"], priority["name"])
        names = ", ".join(p["name"] for p in priorities if p.get("active", True))
        raise RedmineError(tr(f"priorité inconnue « {wanted} » : priorités possibles : {names}",
                              f"unknown priority \"{wanted}\": priorities: {names}"))

    def resolve(self, ticket: Ticket) -> Plan:
        """Every name of the ticket resolved, or a RedmineError listing the valid choices.
        Nothing is written."""
        user = self.current_user()
        project = self.project(ticket.project)
        tracker = self.tracker(project, ticket.tracker)
        assignee = self.assignee(project, ticket.assignee) if ticket.assignee else None
        priority = self.priority(ticket.priority) if ticket.priority else None
        return Plan(ticket, user, project, tracker, assignee, priority)
