"""Plain data passed between the pipeline stages.

Every stage takes and returns these dataclasses, never database rows or spaCy objects, so a
stage can run in another process (or on a cluster) and its output can be pickled or stored.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

EVENT_TYPES = (
    "dismissal",
    "appointment",
    "resignation",
    "mutual_termination",
    "interim_appointment",
    "presentation",
    "contract_extension",
)
#: Event types that change who sits on a bench (the others are about a sitting coach).
CHANGE_TYPES = frozenset(EVENT_TYPES[:5])
STATUSES = ("official", "rumour", "denied")
ROLES = ("head_coach", "interim_head_coach", "assistant_coach", "youth_coach", "youth_coordinator")
END_REASONS = (
    "dismissal",
    "resignation",
    "mutual_termination",
    "contract_end",
    "interim_end",
    "other",
)

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date as precise as the evidence: a year, a month or a day.

    `inferred` is true when the value was not written as such (a weekday, "ieri", a season
    phrase, a missing year); it does not take part in equality.
    """

    year: int
    month: int | None = None
    day: int | None = None
    inferred: bool = field(default=False, compare=False)

    @classmethod
    def parse(cls, value: str, inferred: bool = False) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO timestamp is cut to its date)."""
        m = _ISO.match(value.strip()[:10])
        if not m:
            raise ValueError(f"not a partial date: {value!r}")
        y, mo, d = m.groups()
        pd = cls(int(y), int(mo) if mo else None, int(d) if d else None, inferred)
        if pd.day is not None:
            date(pd.year, pd.month or 1, pd.day)  # raises ValueError on 2023-02-30
        return pd

    @classmethod
    def from_date(cls, d: date, inferred: bool = False) -> PartialDate:
        return cls(d.year, d.month, d.day, inferred)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_date(self) -> date:
        """The first day the partial date covers (for ordering and as-of queries)."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_date(self) -> date:
        """The last day the partial date covers."""
        if self.day:
            return self.to_date()
        if self.month:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def with_inferred(self, inferred: bool = True) -> PartialDate:
        return PartialDate(self.year, self.month, self.day, inferred)

    def season(self) -> str:
        """The football season (July to June) the date falls in, e.g. `2023-24`."""
        start = self.year if (self.month or 1) >= 7 else self.year - 1
        return f"{start}-{(start + 1) % 100:02d}"

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class Ref:
    """A resolved entity: a stable id and the canonical display name."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a document's cleaned text that supports a fact."""

    document: str
    start: int
    end: int
    quote: str


@dataclass(slots=True)
class RawDocument:
    """What a source yields: text as found, before cleaning."""

    source: str
    text: str
    title: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    format: str = "text"  # text | html | jsonl


@dataclass(frozen=True, slots=True)
class SourceError:
    """A source that could not be read; reported, never fatal to a batch."""

    source: str
    message: str


@dataclass(slots=True)
class Document:
    """A cleaned article. `text` starts with the headline; evidence offsets index into it."""

    id: str
    source: str
    title: str | None
    text: str
    published: PartialDate | None = None
    published_inferred: bool = False
    language: str = "it"
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised span: person, club, competition, stadium, place, date, position, role."""

    kind: str
    start: int
    end: int
    text: str
    key: str | None = None  # canonical key: club id, person name, competition, ISO date...
    sentence: int = -1


@dataclass(slots=True)
class Event:
    """One coaching event as read from one or more documents."""

    type: str
    status: str
    club: Ref
    coach: Ref
    replaces: Ref | None = None
    replaced_by: Ref | None = None
    date: PartialDate | None = None
    league: str | None = None
    season: str | None = None
    position: int | None = None
    reason: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # e.g. time, place of a presentation
    id: str = ""


@dataclass(slots=True)
class Stint:
    """A period a person spent in a role at a team."""

    coach: Ref
    team: Ref
    role: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    end_reason: str | None = None
    honours: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    id: str = ""


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stints: list[Stint] = field(default_factory=list)
