"""Score the extractor against a gold folder (`gold.jsonl` + articles): `panchina evaluate`.

Matching rules (documented in the README's Evaluation section):
- An article is read as a user's file would be (same sources and cleaning), with the gold's
  `published` date as metadata.
- A predicted event matches a gold event of the same article when type, club and coach agree:
  clubs compare by gazetteer id (so "Hellas Verona" = "Verona"), coaches by accent- and
  case-folded full name, or by surname when one side gives only a surname. Each gold event
  matches at most one prediction (greedy, in file order).
- Field accuracy is computed on matched pairs: status (exact), replaces (folded name, both
  empty counts as equal), date (exact partial date, only where the gold has one), position
  (only where the gold has one).
- `false_official`: official change events predicted on articles whose gold has no official
  change event (distractors and rumour-only articles).
- Stints match on coach + team + role; start/end are then exact partial dates. A predicted
  stint that restates an event of the same article (same coach and club) counts only when
  the gold lists it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from panchina.analyse.gazetteer import fold, load_gazetteer
from panchina.api import process
from panchina.errors import UsageError
from panchina.models import CHANGE_TYPES, EVENT_TYPES, PartialDate, SourceError
from panchina.present.export import event_dict, stint_dict
from panchina.resolve import fuse
from panchina.sources import iter_sources


def _club_key(name: str | None) -> str:
    if not name:
        return ""
    club = load_gazetteer().lookup(name)
    return club.id if club else fold(name)


def _same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if len(fa.split()) == 1 or len(fb.split()) == 1:
        return fa.split()[-1] == fb.split()[-1]
    return False


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    articles: int = 0
    events: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    stints: Counts = field(default_factory=Counts)
    fields: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    false_official: int = 0
    distractor_articles: int = 0
    confusion: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def acc(name: str) -> float | None:
            vals = self.fields.get(name, [])
            return round(sum(vals) / len(vals), 4) if vals else None

        return {
            "articles": self.articles,
            "events": self.events.scores(),
            "events_by_type": {t: c.scores() for t, c in sorted(self.by_type.items())},
            "status_accuracy": acc("status"),
            "replaces_accuracy": acc("replaces"),
            "date_accuracy": acc("date"),
            "position_accuracy": acc("position"),
            "false_official": self.false_official,
            "distractor_articles": self.distractor_articles,
            "stints": self.stints.scores(),
            "stint_start_accuracy": acc("stint_start"),
            "stint_end_accuracy": acc("stint_end"),
            "confusion": self.confusion,
            "failures": self.failures,
        }


def load_gold(folder: Path) -> list[dict[str, Any]]:
    path = folder / "gold.jsonl"
    if not path.is_file():
        raise UsageError(f"no gold.jsonl in {folder}")
    gold = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                gold.append(json.loads(line))
            except ValueError as err:
                raise UsageError(f"{path}:{n}: invalid JSON ({err})") from None
    return gold


def predict(path: Path, published: str | None) -> tuple[list[dict], list[dict]]:
    """Events and stints Panchina reads from one article file, as export dicts."""
    pub = PartialDate.parse(published) if published else None
    extractions = []
    for item in iter_sources([path], published=pub):
        if isinstance(item, SourceError):
            raise UsageError(f"{path.name}: {item.message}")
        extractions.extend(process(item))
    events, stints = fuse(extractions)
    return [event_dict(e) for e in events], [stint_dict(s) for s in stints]


def _name(ref: Any) -> str | None:
    return ref.get("name") if isinstance(ref, dict) else ref


def score_article(
    report: Report, gold: dict[str, Any], events: list[dict], stints: list[dict]
) -> None:
    file = gold["file"]
    gold_events = [g for g in gold.get("events", []) if g.get("type") in EVENT_TYPES]
    used: set[int] = set()
    for g in gold_events:
        hit = None
        for i, p in enumerate(events):
            if i in used or p["type"] != g["type"]:
                continue
            if _club_key(_name(p["club"])) != _club_key(g.get("club")):
                continue
            if not _same_person(_name(p["coach"]), g.get("coach")):
                continue
            hit = i
            break
        if hit is None:
            report.events.fn += 1
            report.by_type[g["type"]].fn += 1
            report.confusion.append({"file": file, "kind": "miss", "gold": g})
            continue
        used.add(hit)
        p = events[hit]
        report.events.tp += 1
        report.by_type[g["type"]].tp += 1
        report.fields["status"].append(p["status"] == g.get("status"))
        if g["type"] in ("appointment", "interim_appointment"):
            same = _same_person(_name(p.get("replaces")), g.get("replaces"))
            report.fields["replaces"].append(same)
            if not same:
                report.confusion.append(
                    {
                        "file": file,
                        "kind": "replaces",
                        "gold": g.get("replaces"),
                        "predicted": _name(p.get("replaces")),
                        "event": g,
                    }
                )
        if g.get("date"):
            report.fields["date"].append(p.get("date") == g["date"])
            if p.get("date") != g["date"]:
                report.confusion.append(
                    {
                        "file": file,
                        "kind": "date",
                        "gold": g["date"],
                        "predicted": p.get("date"),
                        "event": g,
                    }
                )
        if g.get("position") is not None:
            report.fields["position"].append(p.get("position") == g["position"])
            if p.get("position") != g["position"]:
                report.confusion.append(
                    {
                        "file": file,
                        "kind": "position",
                        "gold": g["position"],
                        "predicted": p.get("position"),
                        "event": g,
                    }
                )
        if p["status"] != g.get("status"):
            report.confusion.append(
                {
                    "file": file,
                    "kind": "status",
                    "gold": g,
                    "predicted": p["status"],
                    "quote": p["evidence"][0]["quote"],
                }
            )
    for i, p in enumerate(events):
        if i in used:
            continue
        report.events.fp += 1
        report.by_type[p["type"]].fp += 1
        report.confusion.append(
            {
                "file": file,
                "kind": "false_positive",
                "predicted": {k: _name(p[k]) for k in ("type", "status", "club", "coach", "date")},
                "quote": p["evidence"][0]["quote"] if p["evidence"] else "",
            }
        )
    gold_official = any(
        g.get("status") == "official" and g["type"] in CHANGE_TYPES for g in gold_events
    )
    if not gold_official:
        report.distractor_articles += 1
        report.false_official += sum(
            1 for p in events if p["status"] == "official" and p["type"] in CHANGE_TYPES
        )
    used_s: set[int] = set()
    for g in gold.get("stints", []):
        hit = next(
            (
                i
                for i, s in enumerate(stints)
                if i not in used_s
                and s["role"] == g["role"]
                and _club_key(_name(s["team"])) == _club_key(g["team"])
                and _same_person(_name(s["coach"]), g["coach"])
            ),
            None,
        )
        if hit is None:
            report.stints.fn += 1
            report.confusion.append({"file": file, "kind": "stint_miss", "gold": g})
            continue
        used_s.add(hit)
        report.stints.tp += 1
        report.fields["stint_start"].append(stints[hit]["start"] == g.get("start"))
        report.fields["stint_end"].append(stints[hit]["end"] == g.get("end"))
    # A stint that restates an event of the article (the new job, the sacked coach's spell) is
    # neither rewarded nor penalised unless the gold lists it.
    restated = {(_name(e["coach"]), _club_key(_name(e["club"]))) for e in events}
    for i, s in enumerate(stints):
        if i in used_s or (_name(s["coach"]), _club_key(_name(s["team"]))) in restated:
            continue
        report.stints.fp += 1
        report.confusion.append(
            {
                "file": file,
                "kind": "stint_false_positive",
                "predicted": {k: _name(s[k]) for k in ("coach", "team", "role", "start", "end")},
            }
        )


def evaluate(folder: str | Path) -> dict[str, Any]:
    """Precision, recall and F1 of events and stints on a gold folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"not a folder: {folder}")
    report = Report()
    for gold in load_gold(folder):
        path = folder / gold["file"]
        report.articles += 1
        try:
            events, stints = predict(path, gold.get("published"))
        except UsageError as err:
            report.failures.append(str(err))
            events, stints = [], []
        score_article(report, gold, events, stints)
    return report.as_dict()
