"""How redlint reads what Redmine gives back, the same way for submit and the follow-up commands:
its times, its texts, its names, and how far this machine's clock may be from Redmine's."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

CLOCK_SKEW = dt.timedelta(minutes=2)  # this machine's clock against Redmine's


def parse_time(value: str | None) -> dt.datetime | None:
    """A time as Redmine writes it (ISO 8601, `Z` for UTC), aware; None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def normal_text(text: str | None) -> str:
    """Text as Redmine gives it back: it stores line ends as \\r\\n."""
    return (text or "").replace("\r\n", "\n").strip()


def text_digest(text: str | None) -> str:
    """A digest of a text sent (a description, a note), equal to that of Redmine's copy."""
    return hashlib.sha256(normal_text(text).encode("utf-8")).hexdigest()


def fold(name: str | None) -> str:
    """A Redmine name (status, tracker, group, role...) as compared with the one a user wrote:
    case, Unicode form and surrounding spaces aside (accents count: not redlint.matching.fold)."""
    return unicodedata.normalize("NFC", name or "").casefold().strip()
