"""The settings sections of `.redlint.yaml` (everything but `rules:` and `projects:`), each a
typed, validated frozen dataclass, checked when the file is loaded — `redlint check` reports a bad
`support_hours.start` or a misspelt `redmine.timout` at its file:line with exit 2, long before
`redlint submit` would need it.

To add a section (say `workflow:`): declare a frozen dataclass here whose fields have defaults (the
section may be absent) and whose `__post_init__` raises ValueError for what types alone cannot
say, then add it to SECTIONS. The loader (redlint.config.load) accepts the key, merges it over
what the file extends, validates it, and the RuleSet carries the result:
`ruleset.settings["workflow"]`. Consumers (redlint.redmine...) only read the validated values.

    redmine:
      project: ville-exemple   # the project, when a draft's front matter names none
      timeout: 30              # seconds, for every request to Redmine
      project_tracker: Gestion de projet    # the tracker whose issues go to the project manager
      project_manager_role: Chef de projet  # the role that makes a member the project manager
      adopt_minutes: 10        # how recent an identical issue of yours is adopted, not re-sent
      similar: 5               # how many similar open issues to show (0: none)
    support_hours:
      timezone: Europe/Paris     # an IANA time zone
      start: "09:00"             # opening time, HH:MM
      end: "18:00"               # closing time, HH:MM (after start)
      days: [mon, tue, wed, thu, fri]
      holidays: FR               # a country code of the `holidays` library, or none
      subdivision: ""            # e.g. "57" (Moselle: Good Friday and St Stephen's Day)
      closed: [2025-12-26]       # extra closed days (a bridge day, a company closure)
    workflow:                    # `redlint inbox`, `reply`, `close`
      waiting: Information nécessaire   # waits on the customer: answer and reassign
      resolved: Résolu (à déployer)     # the customer checks and closes
      closed: Fermé                     # the status `redlint close` sets
      reply_status: ""                  # the status a reply sets ("": left as it is)
      support_tracker: Support          # a reply to its issues goes back to the group below
      support_group: Support
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from redlint.i18n import tr

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def _time(value: str, name: str) -> dt.time:
    match = _TIME.fullmatch(value.strip())
    if not match:
        raise ValueError(tr(f"« {name} » est une heure HH:MM (par exemple \"09:00\"), pas "
                            f"« {value} »",
                            f"'{name}' must be a time as HH:MM (e.g. \"09:00\"), got '{value}'"))
    return dt.time(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True, slots=True)
class SupportHours:
    """Support's opening hours; the defaults are the vendor's."""

    timezone: str = "Europe/Paris"
    start: str = "09:00"
    end: str = "18:00"
    days: tuple[str, ...] = DAYS[:5]
    holidays: str = "FR"
    subdivision: str = ""
    closed: tuple[str, ...] = ()

    def __post_init__(self):
        self.zone  # noqa: B018 - validates the time zone
        if self.opens >= self.closes:
            raise ValueError(tr(f"« start » ({self.start}) doit précéder « end » ({self.end})",
                                f"'start' ({self.start}) must be before 'end' ({self.end})"))
        if not self.days:
            raise ValueError(tr("« days » demande au moins un jour",
                                "'days' needs at least one day"))
        for day in self.days:
            if day.lower()[:3] not in DAYS:
                raise ValueError(tr(f"« days » : « {day} » n'est pas parmi {', '.join(DAYS)}",
                                    f"'days': '{day}' is not one of {', '.join(DAYS)}"))
        self.closed_dates  # noqa: B018 - validates the dates
        if self.holidays.strip().lower() not in ("", "none", "off", "no", "false"):
            _calendar(self.holidays.strip().upper(), self.subdivision.strip() or None)

    @property
    def zone(self) -> dt.tzinfo:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(tr(f"« timezone » : fuseau horaire inconnu « {self.timezone} » "
                                "(par exemple Europe/Paris)",
                                f"'timezone': unknown time zone '{self.timezone}' "
                                "(e.g. Europe/Paris)")) from None

    @property
    def opens(self) -> dt.time:
        return _time(self.start, "start")

    @property
    def closes(self) -> dt.time:
        return _time(self.end, "end")

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(DAYS.index(day.lower()[:3]) for day in self.days)

    @property
    def closed_dates(self) -> frozenset[dt.date]:
        dates = set()
        for value in self.closed:
            try:
                dates.add(dt.date.fromisoformat(value.strip()))
            except ValueError:
                raise ValueError(tr(f"« closed » : « {value} » n'est pas une date AAAA-MM-JJ",
                                    f"'closed': '{value}' is not a date as YYYY-MM-DD")) from None
        return frozenset(dates)

    def is_open_day(self, day: dt.date) -> bool:
        if day.weekday() not in self.weekdays or day in self.closed_dates:
            return False
        country = self.holidays.strip().upper()
        if country in ("", "NONE", "OFF", "NO", "FALSE"):
            return True
        return day not in _calendar(country, self.subdivision.strip() or None)


@lru_cache(maxsize=16)
def _calendar(country: str, subdivision: str | None):
    import holidays

    try:
        return holidays.country_holidays(country, subdiv=subdivision)
    except NotImplementedError as exc:
        raise ValueError(f"'holidays'/'subdivision'{tr(' : ', ': ')}{exc}") from None


# The guide's words: a "Gestion de projet" issue goes to the customer's project manager, the
# member holding the role "Chef de projet" in the project (settings may rename both).
PROJECT_TRACKER = "Gestion de projet"
PROJECT_MANAGER_ROLE = "Chef de projet"


@dataclass(frozen=True, slots=True)
class RedmineSettings:
    """The `redmine:` section of .redlint.yaml."""

    project: str = ""
    timeout: float = 30.0
    project_tracker: str = PROJECT_TRACKER
    project_manager_role: str = PROJECT_MANAGER_ROLE
    adopt_minutes: float = 10.0
    similar: int = 5

    def __post_init__(self):
        if not 0 < self.timeout <= 3600:
            raise ValueError(tr("« timeout » est un nombre de secondes entre 0 et 3600",
                                "'timeout' must be a number of seconds between 0 and 3600"))
        if not 0 <= self.adopt_minutes <= 24 * 60:
            raise ValueError(tr("« adopt_minutes » est entre 0 et 1440",
                                "'adopt_minutes' must be between 0 and 1440"))
        if not 0 <= self.similar <= 50:
            raise ValueError(tr("« similar » est entre 0 et 50",
                                "'similar' must be between 0 and 50"))


@dataclass(frozen=True, slots=True)
class WorkflowSettings:
    """The `workflow:` section: the names of the guide's workflow, for `redlint inbox`,
    `reply` and `close` (the Gestion de projet tracker and the project manager's role are
    `redmine.project_tracker` and `redmine.project_manager_role`)."""

    waiting: str = "Information nécessaire"  # waits on the customer: answer and reassign
    resolved: str = "Résolu (à déployer)"  # the customer checks and closes
    closed: str = "Fermé"  # the status `redlint close` sets
    reply_status: str = ""  # the status a reply sets ("": left as it is)
    support_tracker: str = "Support"  # a reply to its issues goes back to the group below
    support_group: str = "Support"

    def __post_init__(self):
        for name in ("waiting", "resolved", "closed", "support_tracker", "support_group"):
            if not getattr(self, name).strip():
                raise ValueError(tr(f"« {name} » ne peut pas être vide",
                                     f"'{name}' cannot be empty"))
        if len({self.waiting.strip().casefold(), self.resolved.strip().casefold(),
                self.closed.strip().casefold()}) < 3:
            raise ValueError(tr("« waiting », « resolved » et « closed » sont trois statuts "
                                 "différents",
                                 "'waiting', 'resolved' and 'closed' must be three different "
                                 "statuses"))


# The sections of .redlint.yaml besides `extends`, `projects` and `rules`: name -> class.
SECTIONS: dict[str, type] = {
    "redmine": RedmineSettings,
    "support_hours": SupportHours,
    "workflow": WorkflowSettings,
}


def as_tree(value):
    """Plain Python values (from a test, a JSON file) as the YAML tree options.py converts."""
    from redlint.yamltree import Mapping, Scalar, Sequence

    if isinstance(value, (Scalar, Mapping, Sequence)):
        return value
    if isinstance(value, dict):
        tree = Mapping()
        for key, item in value.items():
            tree[key if isinstance(key, Scalar) else as_tree(str(key))] = as_tree(item)
        return tree
    if isinstance(value, (list, tuple)):
        return Sequence(as_tree(item) for item in value)
    text = Scalar("" if value is None else
                  value.isoformat() if isinstance(value, (dt.date, dt.time)) else
                  str(value).lower() if isinstance(value, bool) else str(value))
    text.null, text.quoted = value is None, isinstance(value, str)
    return text


def section(name: str, raw, *, path: str | None = None):
    """The section `name` as its validated dataclass (raw: its YAML mapping, or plain values,
    or the dataclass already), or a ConfigError at its file:line."""
    cls = SECTIONS[name]
    if isinstance(raw, cls):
        return raw
    from redlint.config.options import build_options

    return build_options(cls, as_tree(dict(raw or {})), path=path or ".redlint.yaml",
                         where=name, line=getattr(raw, "line", None))


def support_hours(raw, *, path: str | None = None) -> SupportHours:
    """The `support_hours:` section as SupportHours, or a ConfigError."""
    return section("support_hours", raw, path=path)


def redmine_settings(raw, *, path: str | None = None) -> RedmineSettings:
    """The `redmine:` section as RedmineSettings, or a ConfigError."""
    return section("redmine", raw, path=path)
