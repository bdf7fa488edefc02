"""The fast None/bool adapters: installed by opening a database, and they store the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import app.storage.database  # noqa: F401  (installs the adapters on import)
from app.storage.sqlite_binding import install_fast_adapters


def test_opening_the_storage_layer_installs_the_adapters() -> None:
    registered = sqlite3.adapters
    assert (type(None), sqlite3.PrepareProtocol) in registered
    assert (bool, sqlite3.PrepareProtocol) in registered


def test_none_and_bools_are_stored_as_before(tmp_path: Path) -> None:
    install_fast_adapters()
    install_fast_adapters()  # idempotent
    conn = sqlite3.connect(tmp_path / "t.sqlite3")
    conn.execute("CREATE TABLE t (a, b, c, d)")
    conn.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?)", [(None, True, False, "x"), (1, None, None, None)]
    )
    conn.execute(
        "INSERT INTO t VALUES (:a, :b, :c, :d)", {"a": None, "b": False, "c": True, "d": None}
    )
    rows = conn.execute(
        "SELECT typeof(a), a, typeof(b), b, typeof(c), c, typeof(d), d FROM t ORDER BY rowid"
    ).fetchall()
    assert rows == [
        ("null", None, "integer", 1, "integer", 0, "text", "x"),
        ("integer", 1, "null", None, "null", None, "null", None),
        ("null", None, "integer", 0, "integer", 1, "null", None),
    ]
    # NULL compares as NULL, not as some placeholder value.
    assert conn.execute("SELECT count(*) FROM t WHERE a IS NULL").fetchone() == (2,)
    conn.close()


def test_sqlalchemy_binds_none_and_bool_the_same(tmp_path: Path) -> None:
    from sqlalchemy import text

    from app.storage.database import open_database

    db = open_database(tmp_path / "db.sqlite3")
    try:
        with db.transaction() as conn:
            conn.exec_driver_sql("CREATE TABLE t (a, b)")
            conn.execute(text("INSERT INTO t VALUES (:a, :b)"), [{"a": None, "b": True}])
            got = conn.exec_driver_sql("SELECT typeof(a), typeof(b), b FROM t").one()
        assert tuple(got) == ("null", "integer", 1)
    finally:
        db.close()
