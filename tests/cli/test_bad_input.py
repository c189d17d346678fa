"""Bad input never aborts a batch, never shows a traceback, and never corrupts the database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from panchina.cli.app import app

GOOD = """Il Brescia esonera Daniele Gastaldello

Il Brescia ha esonerato l'allenatore Daniele Gastaldello dopo la sconfitta contro la Reggiana.
"""
LATIN1 = """<html><head><meta charset="iso-8859-1"><title>Cittadella, è ufficiale</title></head>
<body><article><h1>Cittadella, è ufficiale: Edoardo Gorini è il nuovo allenatore</h1>
<p>Il Cittadella ha affidato la panchina della prima squadra a Edoardo Gorini, già vice \
allenatore, che guiderà la squadra fino al termine della stagione. «È un onore», ha detto.</p>
</article></body></html>"""
COOKING = """How to make a perfect risotto

Melt the butter in a wide pan, add the rice and toast it for two minutes. Add the stock one \
ladle at a time, stirring until it is absorbed, and finish with parmesan and a knob of butter.
"""


@pytest.fixture()
def batch(tmp_path: Path) -> list[Path]:
    files = {
        "good.txt": GOOD.encode("utf-8"),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "latin1.html": LATIN1.encode("latin-1"),
        "broken.html": b"<html><body><p>Il Perugia ha esonerato l'allenatore Alessandro "
        b"Formisano.<div><p>Il tecnico saluta<td></html",
        "cooking.txt": COOKING.encode("utf-8"),
    }
    paths = []
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        paths.append(p)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    paths.append(huge)
    paths.append(tmp_path / "missing.txt")
    return paths


def test_bad_input_batch_reports_each_and_keeps_the_good(batch, tmp_path):
    db = tmp_path / "b.db"
    result = CliRunner().invoke(app, ["ingest", *map(str, batch), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    for name in ("empty.txt", "binary.txt", "huge.txt", "missing.txt"):
        assert any(name in line for line in failed), name
    con = sqlite3.connect(db)
    titles = {t for (t,) in con.execute("select title from documents")}
    assert "Il Brescia esonera Daniele Gastaldello" in titles
    assert any("Cittadella, è ufficiale" in (t or "") for t in titles)  # Latin-1 decoded right
    coaches = {c for (c,) in con.execute("select coach_name from events")}
    assert {"Daniele Gastaldello", "Edoardo Gorini"} <= coaches


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        surname = "Gastal" + "".join(chr(97 + int(d)) for d in f"{i:04d}")
        (folder / f"a{i:04d}.txt").write_text(
            GOOD.replace("Gastaldello", surname) + f"\nNota numero {i}.\n", encoding="utf-8"
        )
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "panchina", *args]


@pytest.mark.slow
def test_bad_input_killed_ingest_leaves_a_consistent_database(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 300)
    db = tmp_path / "k.db"
    proc = subprocess.Popen(
        _cli("ingest", str(corpus), "--db", str(db), "--quiet"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                n = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if n >= 20:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = con.execute(
        "select count(*) from documents d where not exists "
        "(select 1 from mentions m where m.document_id = d.id)"
    ).fetchone()[0]
    assert partial == 0
    con.close()
    done = subprocess.run(
        _cli("ingest", str(corpus), "--db", str(db), "--quiet"), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 300
    assert con.execute("select count(*) from events").fetchone()[0] == 300


@pytest.mark.slow
def test_bad_input_two_writers_lose_nothing(tmp_path):
    a = _corpus(tmp_path / "a", 60)
    b = tmp_path / "b"
    b.mkdir()
    for p in a.iterdir():
        (b / ("b" + p.name)).write_text(p.read_text().replace("Brescia", "Bari"), encoding="utf-8")
    db = tmp_path / "c.db"
    procs = [
        subprocess.Popen(
            _cli("ingest", str(folder), "--db", str(db), "--quiet"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folder in (a, b)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 120
