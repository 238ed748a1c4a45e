"""single-request: one request per ticket.

Placeholder implementation; see the options below.
"""

from __future__ import annotations

from dataclasses import dataclass

from redlint.model import Hit, Part

NAME = "single-request"
SCOPES = ("description", "text")
DEFAULT_SCOPE = "description"


@dataclass(frozen=True)
class Options:
    max_requests: int = 1


def check(options: Options, part: Part, context):
    return iter(())
