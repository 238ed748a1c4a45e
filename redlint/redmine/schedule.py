"""When support will pick a new ticket up: a pure function of (now, support hours).

Support works 9:00–18:00 on working days (Monday to Friday), Europe/Paris time, French public
holidays excluded. All of it can be changed in `.redlint.yaml`:

    support_hours:
      timezone: Europe/Paris     # an IANA time zone
      start: "09:00"             # opening time, HH:MM
      end: "18:00"               # closing time, HH:MM (after start)
      days: [mon, tue, wed, thu, fri]
      holidays: FR               # a country code of the `holidays` library, or none
      subdivision: ""            # e.g. "57" (Moselle: Good Friday and St Stephen's Day)
      closed: [2025-12-26]       # extra closed days (a bridge day, a company closure)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from redlint.i18n import pick as _t
from redlint.i18n import say

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
LOOKAHEAD_DAYS = 400


def _time(value: str, name: str) -> dt.time:
    match = _TIME.fullmatch(value.strip())
    if not match:
        raise ValueError(say(f"« {name} » est une heure HH:MM (par exemple \"09:00\"), pas "
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
            raise ValueError(say(f"« start » ({self.start}) doit précéder « end » ({self.end})",
                                 f"'start' ({self.start}) must be before 'end' ({self.end})"))
        if not self.days:
            raise ValueError(say("« days » demande au moins un jour",
                                 "'days' needs at least one day"))
        for day in self.days:
            if day.lower()[:3] not in DAYS:
                raise ValueError(say(f"« days » : « {day} » n'est pas parmi {', '.join(DAYS)}",
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
            raise ValueError(say(f"« timezone » : fuseau horaire inconnu « {self.timezone} » "
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
                raise ValueError(say(f"« closed » : « {value} » n'est pas une date AAAA-MM-JJ",
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
        raise ValueError(f"'holidays'/'subdivision'{say(' : ', ': ')}{exc}") from None


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


def support_hours(raw: dict | None, *, path: str | None = None) -> SupportHours:
    """The `support_hours:` section of .redlint.yaml as SupportHours, or a ConfigError."""
    from redlint.config.options import build_options

    return build_options(SupportHours, as_tree(dict(raw or {})), path=path or ".redlint.yaml",
                         where="support_hours", line=getattr(raw, "line", None))


@dataclass(frozen=True, slots=True)
class Pickup:
    """When support looks at a ticket sent at `now`."""

    at: dt.datetime  # aware, in support's time zone
    open_now: bool  # support is working right now
    closes: dt.datetime | None = None  # today's closing time, when open now


def next_pickup(now: dt.datetime, hours: SupportHours | None = None) -> Pickup | None:
    """The first moment at or after `now` when support works; None if it never does (a year of
    closed days). `now` must be timezone-aware."""
    hours = hours or SupportHours()
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = hours.zone
    local = now.astimezone(zone)
    for offset in range(LOOKAHEAD_DAYS):
        day = local.date() + dt.timedelta(days=offset)
        if not hours.is_open_day(day):
            continue
        opening = _at(day, hours.opens, zone)
        closing = _at(day, hours.closes, zone)
        if local >= closing:
            continue
        if local >= opening:
            return Pickup(local, True, closing)
        return Pickup(opening, False)
    return None


def _at(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    # Through UTC and back: a wall time in a DST gap becomes the real instant after it.
    naive = dt.datetime.combine(day, time)
    return naive.replace(tzinfo=zone).astimezone(dt.timezone.utc).astimezone(zone)


_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _day_text(day: dt.date, today: dt.date, lang: str) -> str:
    if day == today:
        return _t(lang, "aujourd'hui", "today")
    if day == today + dt.timedelta(days=1):
        return _t(lang, "demain", "tomorrow")
    if lang == "en":
        return f"{_EN_DAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}" + \
            (f" {day.year}" if day.year != today.year else "")
    number = "1er" if day.day == 1 else str(day.day)
    return f"{_FR_DAYS[day.weekday()]} {number} {_FR_MONTHS[day.month - 1]}" + \
        (f" {day.year}" if day.year != today.year else "")


def describe_pickup(now: dt.datetime, hours: SupportHours | None = None,
                    lang: str = "fr") -> str:
    """One sentence for the writer: when support will look at the ticket."""
    hours = hours or SupportHours()
    pickup = next_pickup(now, hours)
    zone_name = hours.timezone.rsplit("/", 1)[-1].replace("_", " ")
    if pickup is None:
        return _t(lang, "Aucune heure d'ouverture du support n'est prévue dans l'année "
                        "(voir support_hours dans .redlint.yaml).",
                  "Support has no opening hours in the coming year "
                  "(see support_hours in .redlint.yaml).")
    if pickup.open_now:
        until = pickup.closes.strftime("%H:%M")
        return _t(lang, f"Le support est ouvert : il verra votre ticket aujourd'hui "
                        f"(jusqu'à {until}, heure de {zone_name}).",
                  f"Support is open: it will see your ticket today "
                  f"(until {until}, {zone_name} time).")
    today = now.astimezone(pickup.at.tzinfo).date()
    when = _day_text(pickup.at.date(), today, lang)
    at = pickup.at.strftime("%H:%M")
    return _t(lang, f"Le support est fermé : il verra votre ticket {when} à partir de {at} "
                    f"(heure de {zone_name}).",
              f"Support is closed: it will see your ticket {when} from {at} ({zone_name} time).")
