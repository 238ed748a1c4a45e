"""The intent record: which issue a lost creation may adopt (issue #7: only this draft's own)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from redlint.redmine.intent import Intent, IntentStore
from redlint.redmine.values import text_digest

NOW = dt.datetime(2026, 12, 4, 18, 0, tzinfo=dt.timezone.utc)
WINDOW = dt.timedelta(minutes=10)
INTENT = Intent("/d/a.md", "https://r.example", "f" * 64, 3, 7, "Le champ refuse",
                text_digest("Bonjour,\nle champ refuse.\n"), NOW - dt.timedelta(minutes=1))


def issue(**changes) -> dict:
    base = {"id": 1, "project": {"id": 3}, "author": {"id": 7}, "subject": "Le champ refuse",
            "description": "Bonjour,\r\nle champ refuse.", "created_on": "2026-12-04T17:59:30Z"}
    base.update(changes)
    return base


@pytest.mark.parametrize("changes, adopted", [
    ({}, True),
    ({"description": "Bonjour,\r\nun autre texte."}, False),  # same title, another ticket
    ({"subject": "Le champ refuse encore"}, False),
    ({"author": {"id": 8}}, False),
    ({"project": {"id": 4}}, False),
    ({"created_on": "2026-12-04T17:40:00Z"}, False),  # before the intent was written
    ({"created_on": "2026-12-04T17:57:30Z"}, True),  # within the clock skew
    ({"created_on": None}, False),
    ({"description": None}, False),
])
def test_only_the_intended_issue_matches(changes, adopted):
    assert INTENT.matches(issue(**changes), WINDOW, NOW) is adopted


def test_outside_the_window_nothing_matches():
    assert not INTENT.matches(issue(), WINDOW, NOW + dt.timedelta(minutes=11))


def test_store_round_trip_and_removal(tmp_path):
    store = IntentStore(tmp_path / "intents")
    draft = tmp_path / "a.md"
    draft.write_text("x")
    intent = dataclasses.replace(INTENT, draft=str(draft))
    assert store.load(draft) is None
    store.save(intent)
    assert store.load(draft) == intent
    assert (store.path(draft).stat().st_mode & 0o777) == 0o600
    store.path(draft).write_text("{not json")
    assert store.load(draft) is None  # a damaged record adopts nothing
    store.remove(draft)
    store.remove(draft)
    assert store.load(draft) is None
