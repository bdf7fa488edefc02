"""Who is here (sessions with heartbeats) and the change feed other apps poll."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.storage import errors, migrate
from app.storage.database import Database, open_database
from app.storage.team import (
    STALE_SECONDS,
    ChangeFeedPoller,
    end_session,
    expire_sessions,
    heartbeat,
    live_sessions,
    register_session,
    remote_changes,
)
from tests.team_data import add_contacts, add_reps

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _at(seconds: int) -> dt.datetime:
    return NOW + dt.timedelta(seconds=seconds)


def test_sessions_are_listed_while_their_heartbeat_is_fresh(db: Database) -> None:
    (rep,) = add_reps(db, 1)
    mine = register_session(db, user_name="olga", host="desk-1", pid=11, now=NOW)
    theirs = register_session(db, user_name="jonas", host="desk-2", pid=22, now=_at(5),
                              rep_id=rep)  # fmt: skip
    with db.reading() as conn:
        others = live_sessions(conn, _at(10), exclude=mine)
        everyone = live_sessions(conn, _at(10))
    assert [(s.id, s.who, s.host, s.pid) for s in others] == [(theirs, "Rep 0", "desk-2", 22)]
    assert [s.who for s in everyone] == ["olga", "Rep 0"]

    # Only "mine" keeps beating: "theirs" goes stale, then is swept away.
    assert heartbeat(db, mine, _at(STALE_SECONDS))
    later = _at(STALE_SECONDS + 6)
    with db.reading() as conn:
        assert [s.id for s in live_sessions(conn, later)] == [mine]
    assert expire_sessions(db, later) == 1
    assert not heartbeat(db, theirs, later)  # gone: that app registers again

    end_session(db, mine)
    with db.reading() as conn:
        assert live_sessions(conn, later) == []


def test_the_feed_counts_other_peoples_writes_not_ours(
    db_path: Path, migrated_template: Path
) -> None:
    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path, shared=True)
    other = open_database(db_path, shared=True)
    try:
        poller = ChangeFeedPoller(db)
        assert poller.poll() == 0  # the starting point
        add_contacts(db, 2)
        assert poller.poll() == 0  # our own write: already broadcast locally
        add_contacts(other, 1, prefix="Theirs")
        add_reps(other, 2)
        assert poller.poll() == 3
        # Heartbeats and rolled-back writes announce nothing.
        session = register_session(other, user_name="x", host="h", pid=1, now=NOW)
        heartbeat(other, session, _at(1))
        with pytest.raises(ZeroDivisionError), other.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('undone')")
            _ = 1 / 0
        assert poller.poll() == 0
    finally:
        other.close()
        db.close()
    changes = remote_changes(3)
    assert changes.source == "remote"
    assert {"contacts", "companies", "claims"} <= changes.tables
    assert not changes.ids


def test_an_upgrade_waits_until_the_others_have_left(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "shared.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    session = register_session(db, user_name="jonas", host="desk-2", pid=22,
                               now=dt.datetime.now(dt.UTC))  # fmt: skip
    # Pretend the file predates this version: one step back, sessions still there.
    previous = migrate._script().get_revision(migrate.head_revision()).down_revision
    assert isinstance(previous, str)
    migrate.migrate(db, previous, downgrade=True)
    db.close()

    with pytest.raises(errors.UpgradeBlockedError) as caught:
        open_database(path, backup_dir=tmp_path / "backups")
    assert caught.value.who == ("jonas on desk-2",)
    assert "jonas on desk-2 has it open" in str(caught.value)
    assert not (tmp_path / "backups").exists()  # refused before anything was done

    # Jonas closes his app (his row goes), and the upgrade runs.
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM sessions WHERE id = ?", (session,))
    conn.close()
    upgraded = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert migrate.current_revision(upgraded) == migrate.head_revision()
    finally:
        upgraded.close()
