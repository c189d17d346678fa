"""Several processes on one file, and a process killed mid-write, leave a whole database."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from panchina.models import Document, Event, Evidence, Extraction, Mention, Ref
from panchina.store import Store

CTX = mp.get_context("spawn")
BIG = 2000  # mentions per document in the kill test: most of a process's time is in a write
pytestmark = pytest.mark.slow


def _extraction(n: int, mentions: int = 20) -> Extraction:
    doc_id = f"doc-{n:05d}"
    text = f"Articolo {n}: " + "l'allenatore è stato esonerato. " * 4
    ev = Evidence(doc_id, 0, 20, text[:20])
    events = [
        Event(
            "dismissal", "official", Ref(f"c-{k}", f"Club {k}"), Ref("p-x", "X"), evidence=[ev, ev]
        )
        for k in range(5)
    ]
    return Extraction(
        Document(doc_id, f"src/{n}.txt", f"Titolo {n}", text),
        [Mention("person", i, i + 1, "x", str(i), i % 7) for i in range(mentions)],
        events,
    )


def _add_many(path: str, first: int, count: int, barrier) -> None:
    barrier.wait(timeout=30)  # both processes create the file and write at the same moment
    with Store(path) as store:
        for n in range(first, first + count):
            if not store.add_document(_extraction(n)):
                raise SystemExit(f"document {n} reported as a duplicate")


def _add_forever(path: str, first: int, ready) -> None:
    with Store(path) as store:
        n = first
        while True:
            store.add_document(_extraction(n, BIG))
            ready.set()
            n += 1


def _hang_in_transaction(path: str, whole: int, inside) -> None:
    """Store `whole` documents, then stop inside the next one's transaction, after its inserts."""
    with Store(path) as store:
        for n in range(whole):
            store.add_document(_extraction(n))
        write = store._write

        def hanging(work):
            def work_then_hang(conn):
                work(conn)
                inside.set()
                time.sleep(60)

            return write(work_then_hang)

        store._write = hanging  # type: ignore[method-assign]
        store.add_document(_extraction(whole))


@contextmanager
def _running(target: Callable[..., None], *args: object) -> Iterator[BaseProcess]:
    """A started child process that is never left behind, whatever the test's outcome."""
    proc = CTX.Process(target=target, args=args)
    proc.start()
    try:
        yield proc
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=10)


def _kill(proc: BaseProcess) -> None:
    assert proc.pid is not None
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(timeout=10)
    assert proc.exitcode == -signal.SIGKILL


def test_store_two_processes_add_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    barrier = CTX.Barrier(2)
    with (
        _running(_add_many, path, 0, 30, barrier) as one,
        _running(_add_many, path, 100, 30, barrier) as two,
    ):
        one.join(timeout=60)
        two.join(timeout=60)
        assert [one.exitcode, two.exitcode] == [0, 0]
    with Store(path, create=False) as store:
        assert store.counts()["documents"] == 60
        assert store.counts()["event_mentions"] == 300
        assert store.fused_stale() is True


def test_store_killed_inside_transaction_loses_only_that_document(tmp_path: Path) -> None:
    path = str(tmp_path / "killed.db")
    inside = CTX.Event()
    with _running(_hang_in_transaction, path, 3, inside) as proc:
        assert inside.wait(timeout=30), "the writer never reached its fourth transaction"
        _kill(proc)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    with Store(path, create=False) as store:
        assert [x.document.id for x in store.extractions()] == [
            "doc-00000",
            "doc-00001",
            "doc-00002",
        ]
        assert store.counts()["event_mentions"] == 15
        assert store.add_document(_extraction(3)) is True  # the dead writer's lock is gone


@pytest.mark.parametrize("delay", [0.05, 0.13])
def test_store_killed_writer_leaves_whole_documents(tmp_path: Path, delay: float) -> None:
    path = str(tmp_path / "killed.db")
    for round_ in range(2):  # the second round also recovers after the first one's kill
        ready = CTX.Event()
        with _running(_add_forever, path, round_ * 1000, ready) as proc:
            assert ready.wait(timeout=30), "the writer never committed a document"
            time.sleep(delay)
            _kill(proc)

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    with Store(path, create=False) as store:
        stored = store.extractions()
        assert len(stored) >= 2
        for x in stored:
            assert x == _extraction(int(x.document.id.removeprefix("doc-")), BIG)
        assert store.counts()["event_mentions"] == 5 * len(stored)
