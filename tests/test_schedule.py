"""When support picks a ticket up: 9:00–18:00, working days, Europe/Paris, French holidays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from redlint import i18n
from redlint.errors import ConfigError
from redlint.config.settings import SupportHours, support_hours
from redlint.redmine.schedule import describe_pickup, next_pickup

PARIS = ZoneInfo("Europe/Paris")


def paris(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


# (why, now in Paris, expected pickup in Paris, open now)
DEFAULT_CASES = [
    ("working day, during hours", "2025-03-12T10:30", "2025-03-12T10:30", True),
    ("opening minute is open", "2025-03-12T09:00", "2025-03-12T09:00", True),
    ("last minute is open", "2025-03-12T17:59", "2025-03-12T17:59", True),
    ("closing time is closed", "2025-03-12T18:00", "2025-03-13T09:00", False),
    ("early morning", "2025-03-12T07:15", "2025-03-12T09:00", False),
    ("friday evening → monday", "2025-03-14T18:30", "2025-03-17T09:00", False),
    ("saturday → monday", "2025-03-15T11:00", "2025-03-17T09:00", False),
    ("sunday → monday", "2025-03-16T23:59", "2025-03-17T09:00", False),
    ("new year's day", "2025-01-01T10:00", "2025-01-02T09:00", False),
    ("easter monday", "2025-04-21T10:00", "2025-04-22T09:00", False),
    ("labour day (thursday) → friday", "2025-05-01T10:00", "2025-05-02T09:00", False),
    ("victory day", "2025-05-08T08:00", "2025-05-09T09:00", False),
    ("ascension thursday", "2025-05-29T12:00", "2025-05-30T09:00", False),
    ("whit monday", "2025-06-09T12:00", "2025-06-10T09:00", False),
    ("bastille day", "2025-07-14T12:00", "2025-07-15T09:00", False),
    ("assumption (friday) → monday", "2025-08-15T09:30", "2025-08-18T09:00", False),
    ("all saints' eve evening → after the holiday weekend", "2024-10-31T19:00",
     "2024-11-04T09:00", False),
    ("armistice", "2025-11-11T10:00", "2025-11-12T09:00", False),
    ("christmas eve evening → 26th", "2024-12-24T18:30", "2024-12-26T09:00", False),
    ("new year's eve evening → 2 january", "2024-12-31T18:00", "2025-01-02T09:00", False),
    ("DST starts on the weekend", "2025-03-29T12:00", "2025-03-31T09:00", False),
    ("DST ends on the weekend", "2025-10-25T20:00", "2025-10-27T09:00", False),
]


@pytest.mark.parametrize("why, now, expected, open_now", DEFAULT_CASES,
                         ids=[c[0] for c in DEFAULT_CASES])
def test_default_support_hours(why, now, expected, open_now):
    pickup = next_pickup(paris(now))
    assert pickup.at == paris(expected)
    assert pickup.at.utcoffset() == paris(expected).utcoffset()
    assert pickup.open_now is open_now


@pytest.mark.parametrize("utc, expected", [
    ("2025-03-12T08:30+00:00", "2025-03-12T09:30"),  # 09:30 in Paris (UTC+1): open
    ("2025-03-12T07:30+00:00", "2025-03-12T09:00"),  # 08:30 in Paris: not yet
    ("2025-07-01T16:30+00:00", "2025-07-02T09:00"),  # 18:30 in Paris (UTC+2): closed
])
def test_now_in_any_zone_is_read_in_paris(utc, expected):
    assert next_pickup(dt.datetime.fromisoformat(utc)).at == paris(expected)


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        next_pickup(dt.datetime(2025, 3, 12, 10, 0))


# (why, settings, now in Paris, expected pickup in Paris)
CUSTOM_CASES = [
    ("later opening", {"start": "10:00"}, "2025-03-12T09:30", "2025-03-12T10:00"),
    ("earlier closing", {"end": "17:00"}, "2025-03-12T17:30", "2025-03-13T09:00"),
    ("saturday mornings", {"days": ["mon", "tue", "wed", "thu", "fri", "sat"], "end": "12:00"},
     "2025-03-14T13:00", "2025-03-15T09:00"),
    ("no holidays", {"holidays": "none"}, "2025-05-01T10:00", "2025-05-01T10:00"),
    ("extra closed day", {"closed": ["2025-05-02"]}, "2025-05-01T10:00", "2025-05-05T09:00"),
    ("Moselle: Good Friday", {"subdivision": "57"}, "2025-04-18T10:00", "2025-04-22T09:00"),
    ("another calendar: Germany", {"holidays": "DE"}, "2025-10-03T10:00", "2025-10-06T09:00"),
    ("another time zone", {"timezone": "America/Montreal"}, "2025-03-12T10:00",
     "2025-03-12T14:00"),  # 09:00 in Montreal
    ("full names of days", {"days": ["monday"]}, "2025-03-12T10:00", "2025-03-17T09:00"),
]


@pytest.mark.parametrize("why, settings, now, expected", CUSTOM_CASES,
                         ids=[c[0] for c in CUSTOM_CASES])
def test_configured_support_hours(why, settings, now, expected):
    pickup = next_pickup(paris(now), support_hours(settings))
    assert pickup.at == paris(expected)


def test_never_open_gives_none():
    hours = support_hours({"days": ["sun"], "closed": [
        (dt.date(2025, 1, 5) + dt.timedelta(weeks=w)).isoformat() for w in range(60)]})
    assert next_pickup(paris("2025-01-01T10:00"), hours) is None
    assert "support_hours" in describe_pickup(paris("2025-01-01T10:00"), hours)


@pytest.mark.parametrize("settings, message", [
    ({"start": "19:00"}, "must be before 'end'"),
    ({"start": "9h"}, "HH:MM"),
    ({"end": "24:00"}, "HH:MM"),
    ({"timezone": "Mars/Olympus"}, "unknown time zone"),
    ({"days": []}, "at least one day"),
    ({"days": ["someday"]}, "not one of mon"),
    ({"holidays": "XX"}, "XX"),
    ({"subdivision": "ZZ"}, "ZZ"),
    ({"closed": ["2025-02-30"]}, "YYYY-MM-DD"),
    ({"hours": "9-18"}, "unknown option 'hours'"),
])
def test_bad_settings_are_config_errors(settings, message):
    with pytest.raises(ConfigError) as error:
        support_hours(settings, path="/x/.redlint.yaml")
    assert message in str(error.value)
    assert "support_hours" in str(error.value) and "/x/.redlint.yaml" in str(error.value)


def test_settings_from_a_rules_file(tmp_path):
    from redlint.config.rulecache import load_ruleset

    rules = tmp_path / ".redlint.yaml"
    rules.write_text("support_hours:\n  start: \"08:30\"\n  closed: [2025-05-02]\n",
                     encoding="utf-8")
    hours = support_hours(load_ruleset(rules).support_hours, path=str(rules))
    assert hours.start == "08:30" and hours.closed == ("2025-05-02",)
    assert next_pickup(paris("2025-05-01T10:00"), hours).at == paris("2025-05-05T08:30")


@pytest.mark.parametrize("now, lang, expected", [
    ("2025-03-12T10:30", "fr", "Le support est ouvert : il verra votre ticket aujourd'hui "
                               "(jusqu'à 18:00, heure de Paris)."),
    ("2025-03-12T10:30", "en", "Support is open: it will see your ticket today "
                               "(until 18:00, Paris time)."),
    ("2025-03-12T07:00", "fr", "Le support est fermé : il verra votre ticket aujourd'hui à "
                               "partir de 09:00 (heure de Paris)."),
    ("2025-03-12T19:00", "en", "Support is closed: it will see your ticket tomorrow from "
                               "09:00 (Paris time)."),
    ("2025-04-30T19:00", "fr", "Le support est fermé : il verra votre ticket vendredi 2 mai "
                               "à partir de 09:00 (heure de Paris)."),
    ("2025-10-31T19:00", "fr", "Le support est fermé : il verra votre ticket lundi 3 novembre "
                               "à partir de 09:00 (heure de Paris)."),
    ("2025-11-28T19:00", "fr", "Le support est fermé : il verra votre ticket lundi 1er "
                               "décembre à partir de 09:00 (heure de Paris)."),
    ("2025-12-31T19:00", "en", "Support is closed: it will see your ticket Friday 2 January "
                               "2026 from 09:00 (Paris time)."),
])
def test_the_sentence_for_the_writer(now, lang, expected):
    i18n.use(lang)
    assert describe_pickup(paris(now), SupportHours()) == expected


def test_pure_function_of_its_inputs():
    now = paris("2025-05-01T10:00")
    assert next_pickup(now) == next_pickup(now) == next_pickup(now, SupportHours())
