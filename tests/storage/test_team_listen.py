"""Other people's writes on PostgreSQL are pushed through LISTEN/NOTIFY, across reconnects."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.storage.database import Database, open_database
from app.storage.team import RESYNC, ChangeListener

pytestmark = pytest.mark.postgres

#: Generous: a loaded CI machine; a pass normally takes well under a second.
WAIT = 20.0


@pytest.fixture
def two_apps(postgres_url: str) -> Iterator[tuple[Database, Database]]:
    mine, theirs = open_database(postgres_url), open_database(postgres_url)
    try:
        yield mine, theirs
    finally:
        theirs.close()
        mine.close()


def _write(db: Database, name: str) -> None:
    with db.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO companies(name, normalized_name, version, created_at, updated_at) "
                "VALUES (:n, :k, 1, now(), now())"
            ),
            {"n": name, "k": name.lower()},
        )


def _next(heard: queue.Queue[int]) -> int:
    return heard.get(timeout=WAIT)


def test_other_peoples_writes_are_heard_and_ours_are_not(
    two_apps: tuple[Database, Database],
) -> None:
    mine, theirs = two_apps
    heard: queue.Queue[int] = queue.Queue()
    listener = ChangeListener(mine, heard.put)
    listener.start()
    try:
        assert listener.connected.wait(WAIT)
        _write(mine, "Ours")  # our own write: not announced to ourselves
        with pytest.raises(RuntimeError):
            with theirs.transaction() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO companies(name, normalized_name, version, created_at, "
                    "updated_at) VALUES ('Gone', 'gone', 1, now(), now())"
                )
                raise RuntimeError("rolled back: nothing committed, nothing announced")
        _write(theirs, "Theirs")
        _write(theirs, "Theirs too")
        # Notifications arrive in commit order: ours (had it been announced to us) and the
        # rolled-back one would come before these two.
        total = _next(heard)
        if total < 2:
            total += _next(heard)
    finally:
        listener.stop()
    while not heard.empty():
        total += heard.get()
    assert total == 2


def test_a_dropped_connection_is_made_again_and_resynced(
    two_apps: tuple[Database, Database],
) -> None:
    mine, theirs = two_apps
    heard: queue.Queue[int] = queue.Queue()
    listener = ChangeListener(mine, heard.put)
    listener.start()
    try:
        assert listener.connected.wait(WAIT)
        first_pid = listener.backend_pid
        with theirs.transaction(announce=False) as conn:
            assert conn.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid}
            ).scalar_one()
        # Reconnected and listening again; the writes nobody heard meanwhile are covered by
        # one full refresh.
        assert _next(heard) == RESYNC
        deadline = time.monotonic() + WAIT
        while not listener.connected.is_set() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.connected.is_set()
        assert listener.backend_pid != first_pid
        assert listener.reconnects == 1
        _write(theirs, "After the drop")
        assert _next(heard) == 1
    finally:
        listener.stop()
    assert not listener.connected.is_set()
