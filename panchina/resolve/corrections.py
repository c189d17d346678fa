"""Human corrections of fused events: validated when made, applied whenever events are read.

A correction names a stable event id, so it survives re-ingestion and re-extraction; the event
shows that it was corrected (`extra["corrections"]`) and what the machine had said.
"""

from __future__ import annotations

from panchina.analyse.gazetteer import slug
from panchina.errors import UsageError
from panchina.models import EVENT_TYPES, STATUSES, Event, PartialDate, Ref

FIELDS = (
    "date",
    "status",
    "type",
    "position",
    "league",
    "season",
    "reason",
    "replaces",
    "replaced_by",
)


def check_correction(field: str, value: str | None) -> None:
    """Raise UsageError when a correction could not be applied."""
    if field not in FIELDS:
        raise UsageError(f"cannot correct {field!r}: use one of {', '.join(FIELDS)}")
    if value is None or value == "":
        return
    if field == "date":
        try:
            PartialDate.parse(value)
        except ValueError:
            raise UsageError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None
    elif field == "status" and value not in STATUSES:
        raise UsageError(f"unknown status {value!r}: use one of {', '.join(STATUSES)}")
    elif field == "type" and value not in EVENT_TYPES:
        raise UsageError(f"unknown type {value!r}: use one of {', '.join(EVENT_TYPES)}")
    elif field == "position" and not value.isdigit():
        raise UsageError(f"a position is a whole number, not {value!r}")


def apply_correction(
    event: Event, field: str, value: str | None, note: str | None, at: str
) -> None:
    old = getattr(event, field)
    empty = value is None or value == ""
    if field == "date":
        event.date = None if empty else PartialDate.parse(value)
    elif field == "position":
        event.position = None if empty else int(value)
    elif field in ("replaces", "replaced_by"):
        setattr(event, field, None if empty else Ref("p-" + slug(value), value))
    else:
        setattr(event, field, None if empty else value)
    shown = old.name if isinstance(old, Ref) else old
    line = f"{field}: {value or '—'} (was {shown or '—'}; {at}{'; ' + note if note else ''})"
    previous = event.extra.get("corrections")
    event.extra["corrections"] = f"{previous}\n{line}" if previous else line
