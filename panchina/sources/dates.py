"""Publication dates as pages and feeds write them: ISO dates, ISO timestamps, Unix epochs.

A timestamp with a zone is read on Italy's calendar (a 23:30Z story is out on the next day
in Rome), which is the calendar the articles' "ieri" and "domani" refer to.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from panchina.models import PartialDate

_EPOCH_MS = 100_000_000_000  # larger epochs are milliseconds (year 5138 in seconds)


@cache
def _rome() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Rome")
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(moment: datetime) -> PartialDate:
    if moment.tzinfo is not None and (zone := _rome()) is not None:
        moment = moment.astimezone(zone)
    return PartialDate.from_date(moment.date())


def parse_published(value: object) -> PartialDate | None:
    """A PartialDate from a metadata value, or None when it is not a plausible date."""
    found = _parse(value)
    return found if found is not None and 1900 <= found.year <= 2100 else None


def _parse(value: object) -> PartialDate | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS else value
        try:
            return _local(datetime.fromtimestamp(seconds, UTC))
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit() and len(text) >= 9:  # an epoch written as a string
        return _parse(int(text))
    if len(text) > 10:
        try:
            return _local(datetime.fromisoformat(text.replace("z", "Z")))
        except ValueError:
            pass
    try:
        return PartialDate.parse(text)
    except ValueError:
        return None
