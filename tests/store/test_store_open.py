"""Opening a file: ours is created and accepted, anything else is refused in one clear line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from panchina.errors import DatabaseError
from panchina.store import SCHEMA_VERSION, Store

TABLES = {
    "meta",
    "documents",
    "mentions",
    "event_mentions",
    "stint_mentions",
    "evidence",
    "clubs",
    "persons",
    "events",
    "stints",
    "ingest_failures",
    "corrections",
    "document_links",
    "signatures",
    "signature_bands",
}


def _sql(path: Path, *statements: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        rows = []
        for statement in statements:
            rows = db.execute(statement).fetchall()
        db.commit()
        return rows
    finally:
        db.close()


def test_store_open_creates_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "panchina.db"
    Store(path).close()
    names = {r[0] for r in _sql(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == TABLES
    assert _sql(path, "PRAGMA journal_mode") == [("wal",)]
    assert dict(_sql(path, "SELECT key, value FROM meta")) == {
        "app": "panchina",
        "schema_version": str(SCHEMA_VERSION),
        "fused_stale": "0",
    }
    with Store(path, create=False) as s:
        assert s.counts() == dict.fromkeys(
            ("documents", "event_mentions", "stint_mentions", "events", "stints"), 0
        )


def test_store_open_missing_without_create(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    with pytest.raises(DatabaseError) as err:
        Store(path, create=False)
    assert str(err.value) == f"no database at {path}; run `panchina ingest` first"
    assert not path.exists()


def test_store_open_refuses_text_file(tmp_path: Path) -> None:
    path = tmp_path / "hello.db"
    path.write_text("hello")
    with pytest.raises(DatabaseError) as err:
        Store(path)
    assert str(err.value) == f"not a Panchina database: {path}"
    assert path.read_text() == "hello"


def test_store_open_refuses_foreign_sqlite_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _sql(path, "CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseError) as err:
        Store(path)
    assert str(err.value) == f"not a Panchina database: {path}"
    assert _sql(path, "PRAGMA journal_mode") == [("delete",)]
    assert _sql(path, "SELECT name FROM sqlite_master") == [("songs",)]


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE meta (key TEXT, value TEXT)",
        "CREATE TABLE meta (name TEXT)",
        "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('app', 'other')",
    ],
)
def test_store_open_refuses_foreign_meta(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.executescript(statement)
    db.close()
    with pytest.raises(DatabaseError, match=r"^not a Panchina database: "):
        Store(path)


def test_store_open_refuses_other_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store(path).close()
    _sql(path, "UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    with pytest.raises(DatabaseError) as err:
        Store(path)
    assert (
        str(err.value)
        == f"database {path} has schema version 7; this Panchina reads version {SCHEMA_VERSION}"
    )


def test_store_open_refuses_directory(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r"^not a Panchina database: "):
        Store(tmp_path)


def test_store_open_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DatabaseError, match=r"^not a Panchina database: "):
        Store(path, create=False)
    Store(path).close()  # an empty file is an empty database: created in place
    Store(path, create=False).close()


def test_store_open_upgrades_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE corrections")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(path) as store:
        assert store.corrections() == []
    assert _sql(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


def test_store_open_upgrades_a_version_2_database_and_ingest_fills_its_bands(
    tmp_path: Path,
) -> None:
    import panchina

    path = tmp_path / "v2.db"
    article = tmp_path / "a.txt"
    article.write_text(
        "Il Pisa ha esonerato Aldo Neri\n\nIl Pisa ha esonerato ieri l'allenatore Aldo Neri "
        "dopo la sconfitta di sabato. Al suo posto arriva Renzo Galli, che ha firmato fino a "
        "giugno e dirigerà domani il primo allenamento.",
        encoding="utf-8",
    )
    panchina.ingest([article], db=path, published="2024-11-20")
    _sql(
        path,
        "DROP TABLE signature_bands",
        "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
    )
    copy = tmp_path / "b.txt"
    copy.write_text(article.read_text(encoding="utf-8") + " (ANSA)", encoding="utf-8")
    report = panchina.ingest([copy], db=path, published="2024-11-20")
    assert report.new == 1
    assert _sql(path, "SELECT count(*) FROM signature_bands") > [(0,)]
    assert len(_sql(path, "SELECT * FROM document_links")) == 1  # the copy found its original
