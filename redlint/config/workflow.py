"""The `workflow:` section of .redlint.yaml: the names of the guide's workflow in Redmine.

`redlint inbox`, `reply` and `close` find statuses, trackers, the group and the project
manager's role by these names (resolved through the API as a plain member). The defaults are
the support guide's; a Redmine that words them otherwise says so here. The section is
validated when the file is loaded (redlint.config.load), so a typo is reported at its file and
line by `redlint check` already.

    workflow:
      waiting: Information nécessaire    # the ticket waits on the customer: answer, reassign
      resolved: Résolu (à déployer)      # the customer checks and closes
      closed: Fermé                      # the status `redlint close` sets
      reply_status: ""                   # the status a reply sets ("": leave it as it is)
      support_tracker: Support           # a reply goes back to the group below
      support_group: Support
      project_tracker: Gestion de projet # a reply goes back to the project manager
      manager_role: Chef de projet       # the project manager's role, when the journals
                                         # do not tell who had the ticket before
"""

from __future__ import annotations

from redlint.i18n import say
from redlint.record import Record


class WorkflowSettings(Record):
    waiting: str = "Information nécessaire"
    resolved: str = "Résolu (à déployer)"
    closed: str = "Fermé"
    reply_status: str = ""
    support_tracker: str = "Support"
    support_group: str = "Support"
    project_tracker: str = "Gestion de projet"
    manager_role: str = "Chef de projet"

    def __post_init__(self):
        for name in ("waiting", "resolved", "closed", "support_tracker", "support_group",
                     "project_tracker", "manager_role"):
            if not getattr(self, name).strip():
                raise ValueError(say(f"« {name} » ne peut pas être vide",
                                     f"'{name}' cannot be empty"))
        statuses = [self.waiting.strip().casefold(), self.resolved.strip().casefold(),
                    self.closed.strip().casefold()]
        if len(set(statuses)) < 3:
            raise ValueError(say("« waiting », « resolved » et « closed » sont trois statuts "
                                 "différents",
                                 "'waiting', 'resolved' and 'closed' must be three different "
                                 "statuses"))
        if self.support_tracker.strip().casefold() == self.project_tracker.strip().casefold():
            raise ValueError(say("« support_tracker » et « project_tracker » sont deux trackers "
                                 "différents",
                                 "'support_tracker' and 'project_tracker' must be two different "
                                 "trackers"))


def workflow_settings(raw, *, path: str | None = None, line: int | None = None
                      ) -> WorkflowSettings:
    """The `workflow:` section (its YAML mapping, or plain values) as WorkflowSettings, or a
    ConfigError at its file:line."""
    if isinstance(raw, WorkflowSettings):
        return raw
    from redlint.config.options import build_options
    from redlint.redmine.schedule import as_tree

    return build_options(WorkflowSettings, as_tree(dict(raw or {})),
                         path=path or ".redlint.yaml", where="workflow",
                         line=line if line is not None else getattr(raw, "line", None))
