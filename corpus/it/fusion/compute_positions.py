#!/usr/bin/env python3
"""Recompute the Serie A 2023-24 league position of each team on the day of a
coaching change, from the openfootball match file.

Rules: 3 points for a win, 1 for a draw; the table on a given date counts only
matches played strictly BEFORE that date; order by points, then goal
difference, then goals scored (then name, only to make the output stable).

Usage:
  python3 compute_positions.py                 # positions for every change in the corpus
  python3 compute_positions.py --date 2024-03-13   # full table before that date
  python3 compute_positions.py --data PATH ...     # use another copy of it.1.json
  python3 compute_positions.py --check expected_table.json  # compare with the table
Standard library only.
"""
import argparse
import json
import os
import sys

DEFAULT_DATA = os.environ.get(
    "SERIEA_2324_JSON",
    "/work/shared/data/openfootball-football.json/2023-24/it.1.json",
)

# openfootball name -> short Italian name used in the corpus
SHORT = {
    "AC Milan": "Milan", "AC Monza": "Monza", "ACF Fiorentina": "Fiorentina",
    "AS Roma": "Roma", "Atalanta BC": "Atalanta", "Bologna FC 1909": "Bologna",
    "Cagliari Calcio": "Cagliari", "Empoli FC": "Empoli",
    "FC Internazionale Milano": "Inter", "Frosinone Calcio": "Frosinone",
    "Genoa CFC": "Genoa", "Hellas Verona FC": "Verona", "Juventus FC": "Juventus",
    "SS Lazio": "Lazio", "SSC Napoli": "Napoli", "Torino FC": "Torino",
    "US Lecce": "Lecce", "US Salernitana 1919": "Salernitana",
    "US Sassuolo Calcio": "Sassuolo", "Udinese Calcio": "Udinese",
}

# (team, date of vacancy) for every row of expected_table.json
CHANGES = [
    ("Empoli", "2023-09-25"), ("Salernitana", "2023-10-10"),
    ("Napoli", "2023-11-14"), ("Udinese", "2023-11-20"),
    ("Roma", "2024-01-16"), ("Empoli", "2024-02-05"),
    ("Salernitana", "2024-02-12"), ("Napoli", "2024-02-19"),
    ("Sassuolo", "2024-02-26"), ("Sassuolo", "2024-02-29"),
    ("Lecce", "2024-03-11"), ("Lazio", "2024-03-13"),
    ("Lazio", "2024-03-18"), ("Salernitana", "2024-04-02"),
    ("Udinese", "2024-04-22"), ("Juventus", "2024-05-17"),
]


def load(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    out = []
    for m in data["matches"]:
        ft = m.get("score", {}).get("ft")
        if not ft:
            continue
        out.append((m["date"], SHORT.get(m["team1"], m["team1"]),
                    SHORT.get(m["team2"], m["team2"]), ft[0], ft[1]))
    out.sort()
    return out


def table(matches, date):
    """Rows (pos, team, played, pts, gf, ga) after all matches before `date`."""
    st = {t: [0, 0, 0, 0] for _, a, b, _, _ in matches for t in (a, b)}  # P, Pts, GF, GA
    for d, a, b, ga, gb in matches:
        if d >= date:
            continue
        for t, f, c in ((a, ga, gb), (b, gb, ga)):
            s = st[t]
            s[0] += 1
            s[2] += f
            s[3] += c
            s[1] += 3 if f > c else (1 if f == c else 0)
    order = sorted(st, key=lambda t: (-st[t][1], -(st[t][2] - st[t][3]), -st[t][2], t))
    return [(i + 1, t, *st[t]) for i, t in enumerate(order)]


def position(matches, team, date):
    for row in table(matches, date):
        if row[1] == team:
            return row[0], row
    raise KeyError(team)


def last_match(matches, team, date):
    prev = [m for m in matches if m[0] < date and team in (m[1], m[2])]
    return prev[-1] if prev else None


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--date")
    ap.add_argument("--check")
    a = ap.parse_args(argv)
    matches = load(a.data)
    if a.date:
        for pos, t, p, pts, gf, ga in table(matches, a.date):
            print(f"{pos:2d} {t:12s} G{p:2d} {pts:3d} pt  {gf}-{ga} ({gf - ga:+d})")
        return 0
    if a.check:
        with open(a.check, encoding="utf-8") as fh:
            rows = json.load(fh)
        bad = 0
        for r in rows:
            pos, _ = position(matches, r["team"], r["date_of_vacancy"])
            ok = pos == r["position_in_table"]
            bad += not ok
            print(("OK  " if ok else "BAD ") + f'{r["team"]} {r["date_of_vacancy"]} '
                  f'expected {r["position_in_table"]} computed {pos}')
        return 1 if bad else 0
    for team, date in CHANGES:
        pos, row = position(matches, team, date)
        lm = last_match(matches, team, date)
        print(f"{date} {team:12s} pos {pos:2d}  pts {row[3]:2d} after {row[2]} games  "
              f"last: {lm[0]} {lm[1]} {lm[3]}-{lm[4]} {lm[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
