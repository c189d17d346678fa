"""Find and normalise the temporal expressions of news prose: dates, ranges, weekdays, seasons.

Hand-written on purpose: dateparser and similar libraries ignore weekdays and miss relative and
range expressions ("domani, mercoledì 13 marzo", "tra febbraio ed aprile 2021", "fino ad ottobre").
Every word comes from the pack's `dates.toml`; this module compiles it into regexes once per pack
and places what they find against the publication date, which is all it needs to know.

Spans: a range or a night phrase covers its connectors ("fino ad ottobre"), a clock time its cue
("alle ore 18:00"); the plain cue before a year or a month ("nel", "a") is left out. A clock right
after a date ("domani, mercoledì 13 marzo, alle ore 18:00") stays its own "time" expression and
is also copied into that date's `clock`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from panchina.lang import LangPack, load_pack
from panchina.models import PartialDate

_WINDOW = range(2000, 2036)  # years a weekday + day + month without year may fall in
_DATELINE_REACH = 500  # a dateline sits at the top of the text
_DM = frozenset({"date", "month", "day"})  # atoms whose year may be missing
_PLACEABLE = frozenset({"date", "month", "year", "season", "weekday", "relative", "day"})
_YEAR = r"(?P<y>(?:19|20)\d{2})(?![\w°º%]|[-/.,:]\d)"
_NUM = (
    r"(?<![\w.,/:-])(?:(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"|(?P<d2>\d{1,2})(?P<sep>[/.-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>(?:19|20)\d{2})"
    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})(?:/(?P<y3>\d{2}))?)(?![\w/°º%]|[.,:-]\d)"
)
_SENTENCE = re.compile(r"[.!?…]+[\"'»”]?\s+(?=[A-Z0-9\"«“])|\n+")
_SEP = re.compile(r"\s*,?\s*")
_AFTER_DATELINE = re.compile(r"\s*(?:[-–—|:]|\n|$)")
_PLACE = re.compile(r"\s*(?:(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4}(?:\([A-Z]{2}\)\s*)?,\s*)?")


def _fold_table() -> dict[int, str]:
    table = {ord(c): "'" for c in "\u2019\u2018\u02bc`\u00b4"}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_FOLD = _fold_table()


def _fold(text: str) -> str:
    """Text without accents and with plain apostrophes, of the same length so offsets hold."""
    return text.translate(_FOLD)


def _key(phrase: str) -> str:
    return re.sub(r"'\s+", "'", " ".join(_fold(phrase).lower().split()))


def _pattern(entry: str) -> str:
    return r"\s+".join(re.escape(w) for w in _key(entry).split()).replace("'", r"'\s*")


def _alt(entries) -> str:
    """Alternation of vocabulary entries, longest first so "ieri sera" beats "ieri"."""
    return "(?:" + "|".join(_pattern(e) for e in sorted(set(entries), key=len, reverse=True)) + ")"


def _lead(entries) -> str:
    """Like `_alt`, each entry followed by its space (none after an apostrophe: "dall'8")."""
    ordered = sorted({_key(e) for e in entries}, key=len, reverse=True)
    tail = [_pattern(e) + ("" if e.endswith("'") else r"\s+") for e in ordered]
    return "(?:" + "|".join(tail) + ")"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression of a text, with its value placed against the publication date."""

    start: int
    end: int
    text: str
    kind: str  # date | range | relative | weekday | season | year | month | time
    value: PartialDate | None  # start of a range; None when it cannot be placed
    end_value: PartialDate | None = None
    candidates: tuple[PartialDate, ...] = ()  # weekday + day + month without year: years it fits
    clock: str | None = None
    relative_days: int | None = None
    season: str | None = None  # "2023-24"
    season_offset: int | None = None  # "la scorsa stagione" -1, "nella stagione successiva" +1
    same_day: bool = False  # "in serata": the day the sentence named before, else publication


@dataclass(frozen=True, slots=True)
class _Grammar:
    months: dict[str, int]
    day_words: dict[str, int]
    weekdays: dict[str, int]
    shift: dict[str, int]
    relative: dict[str, int]
    holidays: dict[str, tuple[int, int]]  # "santo stefano" -> (12, 26)
    same_day: frozenset[str]
    phrases: dict[str, tuple[int, bool]]  # phrase -> (season offset, counted from publication)
    atoms: tuple[tuple[str, re.Pattern[str]], ...]
    year_cue: re.Pattern[str]
    year_weak: re.Pattern[str]
    between: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    night: re.Pattern[str]
    and_gap: re.Pattern[str]
    to_gap: re.Pattern[str]
    units: re.Pattern[str]
    published: re.Pattern[str]


def _compile(t: dict[str, Any]) -> _Grammar:
    r, full, abbr = t["ranges"], t["months"], t["month_abbreviations"]
    art, link = _lead(r["articles"]), _lead(t["years"]["links"])
    now, story = t["seasons"]["now"], t["seasons"]["story"]
    mon = rf"(?P<mon>{_alt(full)}|{_alt(abbr)}\.?)(?!\w)"
    day = rf"(?:(?<![\w.,/:°-])(?P<d>\d{{1,2}})\s*[°º]?|(?<!\w)(?P<dw>{_alt(t['day_words'])}))"
    shift = _alt(t["weekday_shift"])
    atoms = {
        "dayspan": rf"(?<![\w.,/:°-])(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d>\d{{1,2}})\s+{mon}"
        rf"(?:\s*,?\s+{link}?{_YEAR})?",
        "date": rf"{day}\s+{mon}(?:\s*,?\s+{link}?{_YEAR})?",
        "num": _NUM,
        "season": rf"(?:(?<!\w)(?P<w>{_alt(t['seasons']['words'])})\s+)?(?<![\w.,/:-])"
        r"(?P<a>(?:19|20)\d{2})[-/](?P<b>(?:19|20)?\d{2})(?![\w°º%]|[-/.,:]\d)",
        "month": rf"(?<!\w)(?P<mon>{_alt(full)})(?!\w)(?:\s+{link}?{_YEAR})?",
        "year": rf"(?<![\w.,/:-]){_YEAR}",
        "weekday": rf"(?<!\w)(?:(?P<pre>{shift})\s+)?(?P<wd>{_alt(t['weekdays'])})"
        rf"(?:\s+(?P<post>{shift}))?(?!\w)",
        "relative": rf"(?<!\w){_alt(t['relative_days'])}(?!\w)",
        "holiday": rf"(?<!\w){_alt(t['holidays'])}(?!\w)",
        "phrase": rf"(?<!\w){_alt([*now, *story])}(?!\w)",
        "time": rf"(?<!\w){_alt(t['clock']['cues'])}\s+(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?"
        r"(?![\w°º%]|[.,:/-]\d)",
        "day": rf"(?<![\w.,/:-])(?P<d>\d{{1,2}})\s*[°º]?"
        rf"(?=\s+{_lead([*r['and'], *r['to']])}{art}?\d)",
        "lone": rf"(?<!\w){_lead(t['lone_day']['articles'])}(?P<d>\d{{1,2}})"
        rf"(?=\s*(?:{_alt(t['lone_day']['followers'])})(?!\w))",
    }
    strong = [*t["years"]["cues"], *r["between"], *r["from"], *r["until"]]

    def ending(words: list[str], tail: str = "") -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){_lead(words)}{tail}$", re.I)

    return _Grammar(
        months={_key(k): v for k, v in (*full.items(), *abbr.items())},
        day_words={_key(k): v for k, v in t["day_words"].items()},
        weekdays={_key(k): v for k, v in t["weekdays"].items()},
        shift={_key(k): v for k, v in t["weekday_shift"].items()},
        relative={_key(k): v for k, v in t["relative_days"].items()},
        holidays={_key(k): tuple(int(x) for x in v.split("-")) for k, v in t["holidays"].items()},
        same_day=frozenset(_key(k) for k in t.get("same_day", {}).get("words", [])),
        phrases={
            **{_key(k): (v, True) for k, v in now.items()},
            **{_key(k): (v, False) for k, v in story.items()},
        },
        atoms=tuple((k, re.compile(p, re.I)) for k, p in atoms.items()),
        year_cue=ending(strong, f"{art}?"),
        year_weak=ending([*r["and"], *r["to"]], f"{art}?"),
        between=ending(r["between"], f"{art}?"),
        since=ending(r["from"], f"{art}?"),
        until=ending(r["until"], f"{art}?"),
        night=ending(t["night"]["openers"]),
        and_gap=re.compile(rf"\s+{_lead(r['and'])}{art}?", re.I),
        to_gap=re.compile(rf"\s+{_lead(r['to'])}{art}?", re.I),
        units=re.compile(rf"\s*{_alt(t['numbers']['units'])}(?!\w)", re.I),
        published=re.compile(rf"(?<!\w){_alt(t['published']['cues'])}\s*:?\s*$", re.I),
    )


_GRAMMARS: dict[int, tuple[LangPack, _Grammar]] = {}


def _grammar(pack: LangPack | None) -> _Grammar:
    """The compiled grammar of `pack`, built on first use (the pack object is kept alive)."""
    pack = pack or load_pack("it")
    hit = _GRAMMARS.get(id(pack))
    if hit is None or hit[0] is not pack:
        hit = _GRAMMARS[id(pack)] = (pack, _compile(pack["dates"]))
    return hit[1]


@dataclass(slots=True)
class _Atom:
    """One matched piece before combination; mutable while ranges share years."""

    start: int
    end: int
    kind: str  # date month year season phrase weekday relative time day range
    y: int | None = None  # stated year only
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    shift: int = 0
    rel: int | None = None
    offset: int | None = None
    now: bool = False
    y2: int | None = None
    clock: str | None = None
    weak: bool = False  # kept only inside a range ("e 2018", the "13" of "dal 13 al 20 marzo")
    lo: _Atom | None = None
    hi: _Atom | None = None
    night: bool = False
    lone: bool = False  # a day number alone: its month and year come from elsewhere
    heads: bool = False  # a month opening its sentence ("DICEMBRE. Il 2 ...", "Dicembre ha ...")


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return True


def _pd(y: int, m: int | None, d: int | None, inferred: bool) -> PartialDate | None:
    return PartialDate(y, m, d, inferred) if m is None or _valid(y, m, d) else None


def _sentence_start(text: str, j: int) -> bool:
    before = text[max(0, j - 8) : j].rstrip()
    return not before or before[-1] in '.!?:;"«“(-–—'


def _build(kind: str, m: re.Match[str], s: str, text: str, g: _Grammar) -> _Atom | None:
    """Read one regex match into an atom, or refuse it (bare numbers, club-name years...)."""
    a = _Atom(m.start(), m.end(), kind)
    if kind == "date":
        a.d = int(m["d"]) if m["d"] else g.day_words[_key(m["dw"])]
        a.m, a.y = g.months[_key(m["mon"].rstrip("."))], int(m["y"]) if m["y"] else None
        return a if _valid(a.y or 2000, a.m, a.d) else None
    if kind == "dayspan":  # "26-29 febbraio": two days of one month
        mon, y = g.months[_key(m["mon"].rstrip("."))], int(m["y"]) if m["y"] else None
        d1, d2 = int(m["d1"]), int(m["d"])
        if d1 >= d2 or not _valid(y or 2000, mon, d2):
            return None
        a.kind = "range"
        a.lo = _Atom(m.start("d1"), m.end("d1"), "date", y, mon, d1)
        a.hi = _Atom(m.start("d"), m.end(), "date", y, mon, d2)
        return a
    if kind == "num":
        y = m["y"] or m["y2"] or m["y3"]
        a.kind, a.y = "date", int(y) + (2000 if len(y) == 2 else 0) if y else None
        a.m, a.d = int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"])
        bare = y is None and g.units.match(s, m.end())
        return a if _valid(a.y or 2000, a.m, a.d) and not bare else None
    if kind == "season":
        first, b = int(m["a"]), m["b"]
        last = int(b) if len(b) == 4 else first // 100 * 100 + int(b)
        last += 100 if last < first else 0
        if last == first + 1:
            a.y, a.y2 = first, last
            return a
        if len(b) == 4 and last > first and not m["w"]:  # "2016-2018"
            a.kind = "range"
            a.lo = _Atom(m.start("a"), m.end("a"), "year", first)
            a.hi = _Atom(m.start("b"), m.end("b"), "year", last)
            return a
        return None
    if kind == "month":
        j = m.start()
        titled = text[j].isupper() and text[j + 1 : j + 2].islower()
        if m["y"] is None and titled and not _sentence_start(text, j):
            return None  # "Maggio" mid-sentence is a surname
        a.m, a.y = g.months[_key(m["mon"])], int(m["y"]) if m["y"] else None
        a.heads = _sentence_start(text, j)
        return a
    if kind == "year":
        lo = max(0, a.start - 40)
        if g.units.match(s, a.end):
            return None
        a.y, a.weak = int(m["y"]), not g.year_cue.search(s, lo, a.start)
        return a if not a.weak or g.year_weak.search(s, lo, a.start) else None
    if kind == "weekday":
        a.wd, a.shift = g.weekdays[_key(m["wd"])], g.shift.get(_key(m["pre"] or m["post"] or ""), 0)
        return a
    if kind == "relative":
        a.rel = g.relative[_key(m[0])]
        return a
    if kind == "holiday":  # "a Santo Stefano": a day of the year, its year from the context
        a.kind, (a.m, a.d) = "date", g.holidays[_key(m[0])]
        return a
    if kind == "phrase":
        a.kind, (a.offset, a.now) = "season", g.phrases[_key(m[0])]
        return a
    if kind == "time":
        h, mi = int(m["h"]), int(m["mi"] or 0)
        a.clock = f"{h:02d}:{mi:02d}"
        return a if h <= 24 and mi < 60 and not g.units.match(s, a.end) else None
    if kind == "lone":  # its month comes from the text before it (`_lone_days`)
        a.start, a.d = m.start("d"), int(m["d"])
        return a if 1 <= a.d <= 31 else None
    a.start, a.d, a.weak = m.start("d"), int(m["d"]), True  # "day"
    return a


_LONE_REACH = 600  # how far back the month of a lone day number may be named


def _lone_days(atoms: list[_Atom]) -> list[_Atom]:
    """Give a lone day number the month of the last full date before it, or of a month that
    heads a sentence ("DICEMBRE. Il 2 ..."); a month named in passing ("scelto a giugno")
    is another story's. Without one, drop it."""
    out: list[_Atom] = []
    month: _Atom | None = None
    for a in atoms:
        if a.kind == "lone":
            if month is None or a.start - month.end > _LONE_REACH or not _valid(2000, month.m, a.d):
                continue
            a.kind, a.m, a.y, a.lone = "date", month.m, month.y, True
        elif (a.kind == "date" and a.m is not None and a.d is not None) or (
            a.kind == "month" and a.m is not None and a.heads
        ):
            month = a
        out.append(a)
    return out


_SCANS: dict[tuple[int, str], list[_Atom]] = {}  # the last few texts' atoms (see `_scan`)


def _copy(a: _Atom) -> _Atom:
    return replace(a, lo=_copy(a.lo) if a.lo else None, hi=_copy(a.hi) if a.hi else None)


def _scan(s: str, text: str, g: _Grammar) -> list[_Atom]:
    """All atoms, overlaps resolved: earliest start, then longest, then pattern order.

    A page is scanned twice (for its own date, then against it): the atoms of the last few
    texts are kept, and handed out as copies since later steps complete them in place."""
    key = (id(g), text)
    if key not in _SCANS:
        if len(_SCANS) >= 8:
            _SCANS.pop(next(iter(_SCANS)))
        _SCANS[key] = _scan_atoms(s, text, g)
    return [_copy(a) for a in _SCANS[key]]


def _scan_atoms(s: str, text: str, g: _Grammar) -> list[_Atom]:
    found = []
    for prio, (kind, rx) in enumerate(g.atoms):
        for m in rx.finditer(s):
            if (a := _build(kind, m, s, text, g)) is not None:
                found.append((a.start, a.start - a.end, prio, a))
    found.sort(key=lambda f: f[:3])
    atoms: list[_Atom] = []
    for start, _, _, a in found:
        if not atoms or start >= atoms[-1].end:
            atoms.append(a)
    return atoms


def _merge(atoms: list[_Atom], s: str) -> list[_Atom]:
    """Fold a weekday and a relative word into the date they introduce ("domani, mercoledì 13")."""
    out: list[_Atom] = []
    for a in atoms:
        if a.kind == "date":
            for attr in ("wd", "rel"):
                p = out[-1] if out else None
                if p is None or not _SEP.fullmatch(s, p.end, a.start):
                    break
                if attr == "wd" and p.kind == "weekday" and not p.shift and a.wd is None:
                    a.wd, a.start = p.wd, p.start
                    out.pop()
                elif attr == "rel" and p.kind == "relative":
                    a.rel, a.start = p.rel, p.start
                    out.pop()
        out.append(a)
    return out


def _ranges(atoms: list[_Atom], s: str, g: _Grammar) -> list[_Atom]:
    """Join atoms into ranges by their connectors; drop weak atoms left alone."""
    out: list[_Atom] = []
    i, n = 0, len(atoms)
    while i < n:
        a, nxt = atoms[i], atoms[i + 1] if i + 1 < n else None
        prev_end = out[-1].end if out else 0
        lo = max(prev_end, a.start - 40)
        pair = nxt is not None and nxt.kind in _PLACEABLE
        made = None
        if a.kind in _PLACEABLE:
            if (
                (m := g.between.search(s, lo, a.start))
                and pair
                and g.and_gap.fullmatch(s, a.end, nxt.start)
            ):
                made, i = _Atom(m.start(), nxt.end, "range", lo=a, hi=nxt), i + 1
                if k := g.night.search(s, max(prev_end, m.start() - 30), m.start()):
                    made.start, made.night = k.start(), True
            elif m := g.since.search(s, lo, a.start):
                if pair and g.to_gap.fullmatch(s, a.end, nxt.start):
                    made, i = _Atom(m.start(), nxt.end, "range", lo=a, hi=nxt), i + 1
                else:
                    made = _Atom(m.start(), a.end, "range", lo=a)
            elif m := g.until.search(s, lo, a.start):
                made = _Atom(m.start(), a.end, "range", hi=a)
        listed = a.kind == "year" and out and out[-1].kind == "year"  # "nel 2012 e 2013"
        if made or not a.weak or (listed and g.and_gap.fullmatch(s, out[-1].end, a.start)):
            out.append(made or a)
        i += 1
    return out


def _near(pub: PartialDate, m: int, d: int | None) -> int:
    """The year putting month/day latest on or before publication + a month (news look back)."""
    if pub.month is None:
        return pub.year
    limit = pub.to_date() + timedelta(days=31)
    for y in (pub.year + 1, pub.year, pub.year - 1):
        if _valid(y, m, d) and date(y, m, d or 1) <= limit:
            return y
    return pub.year - 1


class _Ctx:
    """Publication date plus the last year stated in the current sentence."""

    __slots__ = ("anchor", "pub", "today")

    def __init__(self, pub: PartialDate | None) -> None:
        self.pub = pub
        self.today = pub.to_date() if pub is not None and pub.day else None
        self.anchor: int | None = None

    def year_for(self, a: _Atom) -> int | None:
        # A year stated earlier in the sentence dates a bare month or day ("nel 2012 ... fino ad
        # ottobre"); a weekday or a relative word ties the date to publication instead.
        if self.anchor is not None and a.wd is None and a.rel is None and not a.lone:
            return self.anchor
        return _near(self.pub, a.m or 1, a.d) if self.pub is not None else None

    def weekday(self, wd: int, shift: int) -> PartialDate | None:
        if self.today is None:
            return None
        now = self.today.isoweekday()
        if shift < 0:
            back = (now - wd - 1) % 7 + 1
        elif shift > 0:
            back = -((wd - now - 1) % 7 + 1)
        else:
            back = (now - wd) % 7
        return PartialDate.from_date(self.today - timedelta(days=back), True)

    def days_to(self, v: PartialDate | None) -> int | None:
        if self.today is None or v is None or v.day is None:
            return None
        return (v.to_date() - self.today).days


def _place(a: _Atom, ctx: _Ctx) -> tuple[PartialDate | None, tuple[PartialDate, ...]]:
    """Value of one atom and, for weekday + day + month without year, the years it fits."""
    if a.kind in ("year", "season"):
        return (PartialDate(a.y), ()) if a.y is not None else (None, ())
    if a.kind == "relative":
        t = ctx.today
        return (PartialDate.from_date(t + timedelta(days=a.rel), True) if t else None), ()
    if a.kind == "weekday":
        return ctx.weekday(a.wd, a.shift), ()
    if a.kind not in _DM or a.m is None:
        return None, ()
    if a.y is not None:
        return _pd(a.y, a.m, a.d, False), ()
    fits: tuple[PartialDate, ...] = ()
    if a.wd and a.d:
        fits = tuple(
            PartialDate(y, a.m, a.d, True)
            for y in _WINDOW
            if _valid(y, a.m, a.d) and date(y, a.m, a.d).isoweekday() == a.wd
        )
    y = ctx.year_for(a)
    value = None if y is None else _pd(y, a.m, a.d, True)
    return value, (fits if value is None or value in fits else ())


def _range(a: _Atom, ctx: _Ctx) -> tuple[PartialDate | None, PartialDate | None]:
    """Start and end of a range; a side without a year borrows the other side's."""
    lo, hi = a.lo, a.hi
    if lo is not None and hi is not None and lo.kind in _DM and hi.kind in _DM:
        if lo.kind == "day":
            lo.m = hi.m if not hi.d or lo.d <= hi.d else (hi.m or 1) - 1 or 12
        if hi.y is None and lo.y is not None:
            hi.y = lo.y + ((lo.m, lo.d or 1) > (hi.m, hi.d or 31))
    end = _place(hi, ctx)[0] if hi is not None else None
    if lo is None:
        return None, end
    if hi is not None and end is not None and lo.kind == hi.kind == "weekday" and end.day:
        back = (hi.wd - lo.wd - 1) % 7 + 1
        return PartialDate.from_date(end.to_date() - timedelta(days=back), True), end
    if lo.y is None and lo.kind in _DM and end is not None and end.month and hi.kind in _DM:
        y = end.year - ((lo.m, lo.d or 1) > (end.month, end.day or 31))
        return _pd(y, lo.m, lo.d, end.inferred), end
    return _place(lo, ctx)[0], end


def _season(y: int) -> str:
    return f"{y}-{(y + 1) % 100:02d}"


def _express(a: _Atom, text: str, ctx: _Ctx) -> TimeExpr:
    span = a.start, a.end, text[a.start : a.end]
    if a.kind == "time":
        return TimeExpr(*span, "time", None, clock=a.clock)
    if a.kind == "range":
        start, end = _range(a, ctx)
        if a.night and a.hi is not None:  # the night before the second day dates that day
            kind = "weekday" if a.hi.kind == "weekday" else "date"
            return TimeExpr(*span, kind, end, relative_days=ctx.days_to(end))
        return TimeExpr(*span, "range", start, end)
    if a.kind == "season" and a.offset is not None:
        pub = ctx.pub
        if not a.now or pub is None or pub.month is None:
            return TimeExpr(*span, "season", None, season_offset=a.offset)
        y = int(pub.season()[:4]) + a.offset
        return TimeExpr(
            *span,
            "season",
            PartialDate(y, None, None, True),
            season=_season(y),
            season_offset=a.offset,
        )
    value, fits = _place(a, ctx)
    if a.kind == "season":
        return TimeExpr(*span, "season", value, season=_season(a.y))
    rel = a.rel if a.rel is not None else ctx.days_to(value) if a.kind == "weekday" else None
    return TimeExpr(
        *span, "date" if a.kind == "day" else a.kind, value, None, fits, relative_days=rel
    )


def find_time_expressions(
    text: str, published: PartialDate | None = None, pack: LangPack | None = None
) -> list[TimeExpr]:
    """Temporal expressions of `text` in order, placed against `published` when given.

    Values read from a weekday, a relative word, a missing year or a season phrase are marked
    inferred; a month or day without year takes the year stated earlier in its sentence, else
    the occurrence nearest before (or up to a month after) publication.
    """
    g = _grammar(pack)
    s = _fold(text)
    atoms = _ranges(_merge(_lone_days(_scan(s, text, g)), s), s, g)
    bounds = [m.end() for m in _SENTENCE.finditer(s)]
    ctx, sentence = _Ctx(published), -1
    out: list[TimeExpr] = []
    for a in atoms:
        here = bisect_right(bounds, a.start)
        if here != sentence:
            ctx.anchor, sentence = None, here
        e = _express(a, text, ctx)
        if e.kind == "relative" and _key(e.text) in g.same_day:
            e = replace(e, same_day=True)  # "...; in serata": the day named before, if any
        last = e.end_value or e.value
        if e.kind != "time" and last is not None and not last.inferred:
            ctx.anchor = last.year
        prev = out[-1] if out else None
        glued = prev is not None and _SEP.fullmatch(s, prev.end, e.start)
        if e.kind == "time" and glued and prev.kind != "time":
            out[-1] = replace(prev, clock=prev.clock or e.clock)
        out.append(e)
    return out


def _minus(v: PartialDate, days: int) -> PartialDate:
    return PartialDate.from_date(v.to_date() - timedelta(days=days), True)


def _dateline(text: str, e: TimeExpr, g: _Grammar) -> bool:
    """ "ROMA, 2 ottobre 2023 -" or "Pubblicato il 2 ottobre 2023": the page's own date."""
    line = text.rfind("\n", 0, e.start) + 1
    if g.published.search(_fold(text[line : e.start])):
        return True
    return bool(_PLACE.fullmatch(text, line, e.start) and _AFTER_DATELINE.match(text, e.end))


def infer_published(
    text: str, exprs: list[TimeExpr] | None = None, pack: LangPack | None = None
) -> PartialDate | None:
    """Guess the publication date of a page that has none; None when nothing in it supports one.

    A dateline gives it directly. Otherwise a weekday + day + month fixes the year: the first of
    its fitting years not before the largest year the text states (open "fino al 2026" ends do not
    count), or the latest one up to this year; a relative word with it ("domani, mercoledì 13
    marzo") then gives the day, else only the month is claimed. The result is always inferred.
    """
    g = _grammar(pack)
    exprs = find_time_expressions(text, None, pack) if exprs is None else exprs
    for e in exprs:
        v = e.value
        if e.start > _DATELINE_REACH:
            break
        full = e.kind == "date" and v and v.day and not v.inferred
        if full and e.relative_days is None and _dateline(text, e, g):
            return v.with_inferred(True)
    this_year = date.today().year
    stated = [
        p.year
        for e in exprs
        if e.kind != "time"
        for p in (e.value, e.end_value if e.value else None)
        if p is not None and not p.inferred
    ]
    top = min(max(stated), this_year) if stated else None
    for e in sorted(exprs, key=lambda e: e.relative_days is None):
        v, rel = e.value, e.relative_days
        if e.kind == "date" and rel is not None and v and v.day and not v.inferred:
            return _minus(v, rel)
        if e.candidates and v is None:
            years = [c.year for c in e.candidates]
            fit = [y for y in years if y >= top] if top else [y for y in years if y <= this_year]
            if not fit:
                continue
            c = e.candidates[years.index(min(fit) if top else max(fit))]
            return PartialDate(c.year, c.month, None, True) if rel is None else _minus(c, rel)
    return None


def season_of(d: PartialDate) -> str:
    """The football season (July to June) of `d`, e.g. "2023-24"."""
    return d.season()
