"""When support will pick a new ticket up: a pure function of (now, support hours).

Support works 9:00–18:00 on working days (Monday to Friday), Europe/Paris time, French public
holidays excluded. All of it can be changed in `.redlint.yaml`'s `support_hours:` section (time
zone, hours, days, holidays, extra closed days: see redlint.config.settings, which validates it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from redlint.config.settings import SupportHours, support_hours  # noqa: F401 - validated at load
from redlint.i18n import format_day, tr

LOOKAHEAD_DAYS = 400


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


def _day_text(day: dt.date, today: dt.date) -> str:
    if day == today:
        return tr("aujourd'hui", "today")
    if day == today + dt.timedelta(days=1):
        return tr("demain", "tomorrow")
    return format_day(day, with_year=day.year != today.year)


def describe_pickup(now: dt.datetime, hours: SupportHours | None = None) -> str:
    """One sentence for the writer: when support will look at the ticket."""
    hours = hours or SupportHours()
    pickup = next_pickup(now, hours)
    zone_name = hours.timezone.rsplit("/", 1)[-1].replace("_", " ")
    if pickup is None:
        return tr("Aucune heure d'ouverture du support n'est prévue dans l'année "
                  "(voir support_hours dans .redlint.yaml).",
                  "Support has no opening hours in the coming year "
                  "(see support_hours in .redlint.yaml).")
    if pickup.open_now:
        until = pickup.closes.strftime("%H:%M")
        return tr(f"Le support est ouvert : il verra votre ticket aujourd'hui "
                  f"(jusqu'à {until}, heure de {zone_name}).",
                  f"Support is open: it will see your ticket today "
                  f"(until {until}, {zone_name} time).")
    today = now.astimezone(pickup.at.tzinfo).date()
    when = _day_text(pickup.at.date(), today)
    at = pickup.at.strftime("%H:%M")
    return tr(f"Le support est fermé : il verra votre ticket {when} à partir de {at} "
              f"(heure de {zone_name}).",
              f"Support is closed: it will see your ticket {when} from {at} ({zone_name} time).")
