"""The Panchina database: the one place that speaks SQL.

Two layers share one SQLite file. Per-document facts are written once, each document in one
explicit transaction, so a killed process never leaves half an article behind; the fused record
is replaced as a whole. `meta.fused_stale` is set in the same transaction as every new document,
so a crash between ingest and rebuild is noticed by the next reader, which rebuilds.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from panchina.errors import DatabaseError
from panchina.models import Document, Event, Evidence, Extraction, Ref, Stint
from panchina.store import codec as c

SCHEMA_VERSION = 3
# Versions this one upgrades in place: every change so far only added tables, and schema.sql
# creates what is missing (`CREATE TABLE IF NOT EXISTS`). 1 -> 2: corrections,
# document_links, signatures. 2 -> 3: signature_bands (filled from signatures on next ingest).
_UPGRADABLE = {"1", "2"}
APP = "panchina"
BUSY_TIMEOUT_S = 30.0
_RETRIES = 4  # on top of SQLite's own busy wait, for a lock that outlives it
_CHUNK = 500  # ids per IN (...) query, far below SQLite's variable limit
_HEADER = b"SQLite format 3\x00"
_T = TypeVar("_T")

_DOC = c.columns(c.DOCUMENT_COLUMNS)
_MENTION = c.columns(c.MENTION_COLUMNS)
_EVENT = c.columns(c.EVENT_COLUMNS)
_STINT = c.columns(c.STINT_COLUMNS)
_EVIDENCE = c.columns(c.EVIDENCE_COLUMNS)
_SELECT_EVENT = f"SELECT id, {_EVENT} FROM events"
_SELECT_STINT = f"SELECT id, {_STINT} FROM stints"
_SET_STALE = "UPDATE meta SET value = ? WHERE key = 'fused_stale'"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _busy(err: sqlite3.Error) -> bool:
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(err) or "busy" in str(err)


def _not_a_db(err: sqlite3.Error) -> bool:
    return getattr(err, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        # The transaction is gone either way; the first error is the one worth reporting.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _retrying(what: Callable[[], _T]) -> _T:
    """Run `what`, again after a pause if SQLite stays busy longer than its own timeout."""
    for attempt in range(_RETRIES):
        try:
            return what()
        except sqlite3.OperationalError as err:
            if not _busy(err) or attempt + 1 == _RETRIES:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


class Store:
    """An open Panchina database; use it as a context manager so the file gets closed."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path: Path | str = path if str(path) == ":memory:" else Path(path)
        # Documents seen by the last `extractions()`: a fused record built from fewer is stale.
        self._extracted: int | None = None
        self._conn = self._open(create)

    # -- opening -------------------------------------------------------------------------------

    def _not_panchina(self, why: str = "") -> DatabaseError:
        return DatabaseError(f"not a Panchina database: {self.path}{why}")

    def _check_file(self, path: Path, create: bool) -> None:
        if path.is_dir():
            raise self._not_panchina(" (a directory)")
        if not path.exists():
            if not create:
                raise DatabaseError(f"no database at {path}; run `panchina ingest` first")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise DatabaseError(f"cannot create database {path}: {err.strerror}") from None
            return
        try:
            with path.open("rb") as f:
                head = f.read(len(_HEADER))
        except OSError as err:
            raise DatabaseError(f"cannot read database {path}: {err.strerror}") from None
        if head and head != _HEADER:  # an empty file is an empty SQLite database
            raise self._not_panchina()

    def _open(self, create: bool) -> sqlite3.Connection:
        memory = not isinstance(self.path, Path)
        if isinstance(self.path, Path):
            self._check_file(self.path, create)
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as err:
            raise DatabaseError(f"cannot open database {self.path}: {err}") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            self._prepare(conn, create, memory)
        except sqlite3.Error as err:
            conn.close()
            if _not_a_db(err):
                raise self._not_panchina() from None
            raise DatabaseError(f"cannot open database {self.path}: {err}") from None
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection, create: bool, memory: bool) -> None:
        """Create the schema in an empty file, then check that the file is ours and current."""
        tables = _tables(conn)
        if not tables:
            if not create:
                raise self._not_panchina(" (empty)")
            if not memory:
                _retrying(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
            _create_schema(conn)
            tables = _tables(conn)
        if "meta" not in tables:
            raise self._not_panchina()
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.OperationalError:  # a `meta` table of another shape
            raise self._not_panchina() from None
        if meta.get("app") != APP:
            raise self._not_panchina()
        version = str(meta.get("schema_version"))
        if version in _UPGRADABLE and create is not None:
            _upgrade(conn)
            version = str(SCHEMA_VERSION)
        if version != str(SCHEMA_VERSION):
            raise DatabaseError(
                f"database {self.path} has schema version {version}; "
                f"this Panchina reads version {SCHEMA_VERSION}"
            )
        if not memory:  # only now: a foreign file is never converted
            _retrying(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
            # In WAL mode NORMAL keeps the file consistent when a process dies (only a power
            # cut can lose the last commits), without an fsync per document.
            conn.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------

    def _error(self, err: sqlite3.Error) -> DatabaseError:
        if _busy(err):
            return DatabaseError(f"database {self.path} is locked by another process; try again")
        return DatabaseError(f"database {self.path}: {err}")

    def _write(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run `work` in one BEGIN IMMEDIATE transaction: all of it lands, or none of it."""
        conn = self._conn

        def attempt() -> _T:
            conn.execute("BEGIN IMMEDIATE")  # take the write lock first: no upgrade deadlock
            try:
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
            return result

        try:
            return _retrying(attempt)
        except sqlite3.Error as err:
            raise self._error(err) from err

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One snapshot for several SELECTs, so a concurrent writer cannot tear a result."""
        try:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                _rollback(self._conn)
        except sqlite3.Error as err:
            raise self._error(err) from err

    def _scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        try:
            row = self._conn.execute(sql, params).fetchone()
        except sqlite3.Error as err:
            raise self._error(err) from err
        return row[0] if row else None

    # -- layer 1: per-document facts -----------------------------------------------------------

    def add_document(self, extraction: Extraction) -> bool:
        """Store what one document said; False, writing nothing, if its id is already stored."""
        doc = extraction.document
        if not doc.id:
            raise ValueError("a document needs an id before it is stored")
        if self.has_document(doc.id):  # cheap answer for a re-ingest, without the write lock
            return False
        mentions, events, stints, evidence = c.fact_rows(extraction)
        doc_row = (*c.document_row(doc), _now())

        def work(conn: sqlite3.Connection) -> bool:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                return False  # another process stored it since the check above
            conn.execute(c.INSERT_DOCUMENT, doc_row)
            conn.executemany(c.INSERT_MENTION, mentions)
            conn.executemany(c.INSERT_EVENT_MENTION, events)
            conn.executemany(c.INSERT_STINT_MENTION, stints)
            conn.executemany(c.INSERT_EVIDENCE, evidence)
            conn.execute(_SET_STALE, ("1",))
            return True

        return self._write(work)

    def has_document(self, doc_id: str) -> bool:
        return self._scalar("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Stored documents ordered by id: all of them, or those of `ids` that exist."""
        select = f"SELECT {_DOC} FROM documents"
        with self._read() as conn:
            if ids is None:
                rows = conn.execute(f"{select} ORDER BY id").fetchall()
            else:
                wanted = sorted(set(ids))
                rows = []
                for i in range(0, len(wanted), _CHUNK):
                    chunk = wanted[i : i + _CHUNK]
                    sql = f"{select} WHERE id IN ({c.marks(len(chunk))}) ORDER BY id"
                    rows += conn.execute(sql, chunk).fetchall()
        return [c.read_document(r) for r in rows]

    def document_text(self, doc_id: str) -> str | None:
        return self._scalar("SELECT text FROM documents WHERE id = ?", (doc_id,))

    def extractions(self, light: bool = False) -> list[Extraction]:
        """Every document's facts (documents by id, facts in stored order), as fusion input.

        `light` leaves out mentions and document texts, which fusion does not read, so that
        rebuilding the record of a large corpus keeps memory flat.
        """
        doc_sql = f"SELECT {_DOC} FROM documents ORDER BY id"
        if light:
            doc_sql = doc_sql.replace("text", "'' AS text", 1)
        with self._read() as conn:
            docs = [c.read_document(r) for r in conn.execute(doc_sql)]
            out = {d.id: Extraction(d) for d in docs}
            mention_rows = (
                ()
                if light
                else conn.execute(
                    f"SELECT document_id, {_MENTION} FROM mentions ORDER BY document_id, ordinal"
                )
            )
            for row in mention_rows:
                out[row[0]].mentions.append(c.read_mention(row[1:]))
            evidence = _evidence(conn, "event_mention")
            for row in conn.execute(
                f"SELECT id, document_id, extracted_id, {_EVENT} FROM event_mentions "
                "ORDER BY document_id, ordinal"
            ):
                out[row[1]].events.append(c.read_event(row[2], row[3:], evidence.get(row[0], [])))
            evidence = _evidence(conn, "stint_mention")
            for row in conn.execute(
                f"SELECT id, document_id, extracted_id, {_STINT} FROM stint_mentions "
                "ORDER BY document_id, ordinal"
            ):
                out[row[1]].stints.append(c.read_stint(row[2], row[3:], evidence.get(row[0], [])))
        self._extracted = len(docs)
        return list(out.values())

    def log_failure(self, source: str, message: str) -> None:
        """Record an input that could not be read, so a batch's failures outlive its output."""
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO ingest_failures (source, message, at) VALUES (?, ?, ?)",
                (source, message, _now()),
            )
        )

    # -- layer 2: the fused record -------------------------------------------------------------

    def fused_stale(self) -> bool:
        """True when documents were added after the fused record was last rebuilt."""
        return self._scalar("SELECT value FROM meta WHERE key = 'fused_stale'") == "1"

    def replace_fused(self, events: list[Event], stints: list[Stint]) -> None:
        """Swap in a new fused record as a whole, with its evidence and club/person lookups.

        It clears `fused_stale` unless documents were added after this Store's last
        `extractions()`, whose snapshot the record was presumably built from.
        """
        c.check_ids("event", [e.id for e in events])
        c.check_ids("stint", [s.id for s in stints])
        clubs, persons = c.refs(events, stints)
        event_rows = [(e.id, *c.event_row(e)) for e in events]
        stint_rows = [(s.id, *c.stint_row(s)) for s in stints]
        evidence = [row for e in events for row in c.evidence_rows("event", e.id, e.evidence)]
        evidence += [row for s in stints for row in c.evidence_rows("stint", s.id, s.evidence)]

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM evidence WHERE fact_kind IN ('event', 'stint')")
            for table in ("events", "stints", "clubs", "persons"):  # referrers before referees
                conn.execute(f"DELETE FROM {table}")
            conn.executemany("INSERT INTO clubs (id, name) VALUES (?, ?)", clubs.items())
            conn.executemany("INSERT INTO persons (id, name) VALUES (?, ?)", persons.items())
            conn.executemany(c.INSERT_EVENT, event_rows)
            conn.executemany(c.INSERT_STINT, stint_rows)
            conn.executemany(c.INSERT_EVIDENCE, evidence)
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            stale = self._extracted is not None and stored != self._extracted
            conn.execute(_SET_STALE, ("1" if stale else "0",))

        self._write(work)

    def rebuild_fused(
        self, build: Callable[[FusionInput], Iterable[tuple[list[Event], list[Stint]]]]
    ) -> None:
        """Swap in a new fused record built piece by piece: `build` reads its input through a
        `FusionInput` (club by club, coach by coach) and yields the fused events and stints of
        each piece, which are written at once; the whole swap is one transaction.

        Memory holds one piece at a time, not the corpus: rebuilding after 10,000 documents
        takes no more of it than after 1,000.
        """
        written: dict[str, set[str]] = {"event": set(), "stint": set()}

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM evidence WHERE fact_kind IN ('event', 'stint')")
            for table in ("events", "stints", "clubs", "persons"):  # referrers before referees
                conn.execute(f"DELETE FROM {table}")
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            for events, stints in build(FusionInput(conn)):
                for kind, ids in (
                    ("event", [e.id for e in events]),
                    ("stint", [s.id for s in stints]),
                ):
                    c.check_ids(kind, ids + sorted(written[kind] & set(ids)))
                    written[kind].update(ids)
                clubs, persons = c.refs(events, stints)
                conn.executemany(
                    "INSERT OR IGNORE INTO clubs (id, name) VALUES (?, ?)", clubs.items()
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO persons (id, name) VALUES (?, ?)", persons.items()
                )
                conn.executemany(c.INSERT_EVENT, [(e.id, *c.event_row(e)) for e in events])
                conn.executemany(c.INSERT_STINT, [(s.id, *c.stint_row(s)) for s in stints])
                conn.executemany(
                    c.INSERT_EVIDENCE,
                    [r for e in events for r in c.evidence_rows("event", e.id, e.evidence)]
                    + [r for s in stints for r in c.evidence_rows("stint", s.id, s.evidence)],
                )
            conn.execute(_SET_STALE, ("0",))
            self._extracted = stored

        self._write(work)

    def events(self) -> list[Event]:
        """Fused events, newest first (undated last), then by id."""
        with self._read() as conn:
            evidence = _evidence(conn, "event")
            rows = conn.execute(f"{_SELECT_EVENT} ORDER BY date IS NULL, date DESC, id").fetchall()
        return [c.read_event(r[0], r[1:], evidence.get(r[0], [])) for r in rows]

    def stints(self) -> list[Stint]:
        """Fused stints by coach name, then start (unknown last), then id."""
        with self._read() as conn:
            evidence = _evidence(conn, "stint")
            rows = conn.execute(
                f"{_SELECT_STINT} ORDER BY coach_name, start IS NULL, start, id"
            ).fetchall()
        return [c.read_stint(r[0], r[1:], evidence.get(r[0], [])) for r in rows]

    def event(self, event_id: str) -> Event | None:
        """The fused event with this id, or the only one whose id starts with it; else None."""
        with self._read() as conn:
            row = conn.execute(f"{_SELECT_EVENT} WHERE id = ?", (event_id,)).fetchone()
            if row is None and event_id:
                rows = conn.execute(
                    f"{_SELECT_EVENT} WHERE substr(id, 1, length(?1)) = ?1 ORDER BY id LIMIT 2",
                    (event_id,),
                ).fetchall()
                row = rows[0] if len(rows) == 1 else None  # an ambiguous prefix finds nothing
            if row is None:
                return None
            evidence = _evidence(conn, "event", row[0])
        return c.read_event(row[0], row[1:], evidence.get(row[0], []))

    # -- corrections and document links ------------------------------------------------------

    def add_correction(
        self, event_id: str, field: str, value: str | None, note: str | None = None
    ) -> None:
        """Record a human correction of one field of a fused event."""
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO corrections (event_id, field, value, note, at) VALUES (?, ?, ?, ?, ?)",
                (event_id, field, value, note, _now()),
            )
        )

    def corrections(self) -> list[tuple[str, str, str | None, str | None, str]]:
        """(event_id, field, value, note, at) in the order they were made."""
        with self._read() as conn:
            return [
                tuple(r)
                for r in conn.execute(
                    "SELECT event_id, field, value, note, at FROM corrections ORDER BY id"
                )
            ]

    def link_duplicate(self, document_id: str, duplicate_of: str, similarity: float) -> None:
        """Mark `document_id` as a near-copy of an earlier document."""
        self._write(
            lambda conn: conn.execute(
                "INSERT OR IGNORE INTO document_links (document_id, duplicate_of, similarity) "
                "VALUES (?, ?, ?)",
                (document_id, duplicate_of, similarity),
            )
        )

    def add_signature(self, document_id: str, minhash: bytes, bands: list[bytes]) -> None:
        """Store a document's MinHash signature and its LSH band keys, in one transaction."""

        def write(conn: sqlite3.Connection) -> None:
            cur = conn.execute(
                "INSERT OR IGNORE INTO signatures (document_id, minhash) VALUES (?, ?)",
                (document_id, minhash),
            )
            if cur.rowcount:
                conn.executemany(
                    "INSERT INTO signature_bands (band, key, document_id) VALUES (?, ?, ?)",
                    [(n, key, document_id) for n, key in enumerate(bands)],
                )

        self._write(write)

    def band_candidates(self, bands: list[bytes], limit: int = 50) -> list[tuple[str, bytes]]:
        """Documents sharing at least one band with a signature, with their signatures."""
        where = " OR ".join("(b.band = ? AND b.key = ?)" for _ in bands)
        args = [v for n, key in enumerate(bands) for v in (n, key)]
        sql = (
            "SELECT DISTINCT s.document_id, s.minhash FROM signature_bands b "
            f"JOIN signatures s ON s.document_id = b.document_id WHERE {where} "
            "ORDER BY s.document_id LIMIT ?"
        )
        with self._read() as conn:
            return [(r[0], bytes(r[1])) for r in conn.execute(sql, [*args, limit])]

    def backfill_bands(self, band_keys: Callable[[bytes], list[bytes]]) -> int:
        """Band keys for signatures stored before bands existed (a version 2 database)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT document_id, minhash FROM signatures WHERE document_id NOT IN "
                "(SELECT document_id FROM signature_bands)"
            ).fetchall()
        if rows:
            self._write(
                lambda conn: conn.executemany(
                    "INSERT INTO signature_bands (band, key, document_id) VALUES (?, ?, ?)",
                    [
                        (n, key, doc_id)
                        for doc_id, data in rows
                        for n, key in enumerate(band_keys(bytes(data)))
                    ],
                )
            )
        return len(rows)

    def duplicates(self) -> dict[str, str]:
        """document id -> the document it copies."""
        with self._read() as conn:
            return dict(conn.execute("SELECT document_id, duplicate_of FROM document_links"))

    def counts(self) -> dict[str, int]:
        names = ("documents", "event_mentions", "stint_mentions", "events", "stints")
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {n})" for n in names)
        with self._read() as conn:
            row = conn.execute(sql).fetchone()
        return dict(zip(names, row, strict=True))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring an older Panchina database to this schema version, in one transaction."""
    schema = resources.files("panchina.store").joinpath("schema.sql").read_text(encoding="utf-8")
    sql = (
        f"BEGIN IMMEDIATE;\n{schema}\nUPDATE meta SET value = '{SCHEMA_VERSION}' "
        "WHERE key = 'schema_version';\nUPDATE meta SET value = '1' WHERE key = 'fused_stale';"
        "\nCOMMIT;"
    )

    def upgrade() -> None:
        try:
            conn.executescript(sql)
        except BaseException:
            _rollback(conn)
            raise

    _retrying(upgrade)


def _create_schema(conn: sqlite3.Connection) -> None:
    """Create every table in one transaction; idempotent if another process raced us to it."""
    schema = resources.files("panchina.store").joinpath("schema.sql").read_text(encoding="utf-8")
    meta = (
        "INSERT OR IGNORE INTO meta (key, value) VALUES "
        f"('app', '{APP}'), ('schema_version', '{SCHEMA_VERSION}'), ('fused_stale', '0');"
    )

    def create() -> None:
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{schema}\n{meta}\nCOMMIT;")
        except BaseException:
            _rollback(conn)
            raise

    _retrying(create)


def _evidence(
    conn: sqlite3.Connection, kind: str, fact_id: str | None = None
) -> dict[str, list[Evidence]]:
    """Evidence of one kind of fact (or of one fact), grouped by fact id, in stored order."""
    sql = f"SELECT fact_id, {_EVIDENCE} FROM evidence WHERE fact_kind = ?"
    sql += " ORDER BY fact_id, ordinal" if fact_id is None else " AND fact_id = ? ORDER BY ordinal"
    out: dict[str, list[Evidence]] = {}
    for row in conn.execute(sql, (kind,) if fact_id is None else (kind, fact_id)):
        out.setdefault(row[0], []).append(c.read_evidence(row[1:]))
    return out


class FusionInput:
    """The per-document facts fusion reads, a piece at a time, inside the rebuild's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def people(self) -> tuple[dict[str, Ref], Counter[str]]:
        """Everyone the facts name (id -> Ref) and how many times."""
        rows = self.conn.execute(
            "SELECT id, max(name), count(*) FROM ("
            "SELECT coach_id AS id, coach_name AS name FROM event_mentions "
            "UNION ALL SELECT replaces_id, replaces_name FROM event_mentions "
            "WHERE replaces_id IS NOT NULL AND replaces_id != '' "
            "UNION ALL SELECT replaced_by_id, replaced_by_name FROM event_mentions "
            "WHERE replaced_by_id IS NOT NULL AND replaced_by_id != '' "
            "UNION ALL SELECT coach_id, coach_name FROM stint_mentions"
            ") GROUP BY id ORDER BY id"
        )
        refs: dict[str, Ref] = {}
        seen: Counter[str] = Counter()
        for pid, name, n in rows:
            refs[pid] = Ref(pid, name)
            seen[pid] = n
        return refs, seen

    def duplicates(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT document_id, duplicate_of FROM document_links"))

    def clubs(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute("SELECT DISTINCT club_id FROM event_mentions ORDER BY 1")
        ]

    def coaches(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute("SELECT DISTINCT coach_id FROM stint_mentions ORDER BY 1")
        ]

    def events_of(self, club_id: str) -> list[Extraction]:
        """The documents that tell events of one club, with those events only."""
        rows = self.conn.execute(
            f"SELECT id, document_id, extracted_id, {_EVENT} FROM event_mentions "
            "WHERE club_id = ? ORDER BY document_id, ordinal",
            (club_id,),
        ).fetchall()
        out = self._documents({r[1] for r in rows})
        evidence = self._evidence("event_mention", [r[0] for r in rows])
        for r in rows:
            out[r[1]].events.append(c.read_event(r[2], r[3:], evidence.get(r[0], [])))
        return list(out.values())

    def stints_of(self, coach_ids: list[str]) -> list[Extraction]:
        """The documents that tell stints of these coaches, with those stints only."""
        rows = []
        for i in range(0, len(coach_ids), _CHUNK):
            part = coach_ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(part))
            rows += self.conn.execute(
                f"SELECT id, document_id, extracted_id, {_STINT} FROM stint_mentions "
                f"WHERE coach_id IN ({marks}) ORDER BY document_id, ordinal",
                part,
            ).fetchall()
        out = self._documents({r[1] for r in rows})
        evidence = self._evidence("stint_mention", [r[0] for r in rows])
        for r in sorted(rows, key=lambda r: (r[1], r[0])):
            out[r[1]].stints.append(c.read_stint(r[2], r[3:], evidence.get(r[0], [])))
        return list(out.values())

    def _documents(self, ids: set[str]) -> dict[str, Extraction]:
        sql = f"SELECT {_DOC} FROM documents".replace("text", "'' AS text", 1)
        ordered = sorted(ids)
        out: dict[str, Extraction] = {}
        for i in range(0, len(ordered), _CHUNK):
            part = ordered[i : i + _CHUNK]
            marks = ", ".join("?" * len(part))
            for row in self.conn.execute(f"{sql} WHERE id IN ({marks}) ORDER BY id", part):
                d = c.read_document(row)
                out[d.id] = Extraction(d)
        return dict(sorted(out.items()))

    def _evidence(self, kind: str, fact_ids: list[str]) -> dict[str, list[Evidence]]:
        out: dict[str, list[Evidence]] = {}
        for i in range(0, len(fact_ids), _CHUNK):
            part = fact_ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT fact_id, {_EVIDENCE} FROM evidence WHERE fact_kind = ? "
                f"AND fact_id IN ({marks}) ORDER BY fact_id, ordinal",
                [kind, *part],
            ):
                out.setdefault(row[0], []).append(c.read_evidence(row[1:]))
        return out
