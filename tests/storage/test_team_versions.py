"""No lost updates: two people saving the same contact at once, on PostgreSQL and SQLite.

Both editors read version 1; a third connection holds the row (or the file's write lock)
until both saves are waiting, so the saves really overlap. Exactly one wins; the other
gets ``ConcurrentEditError`` carrying the version it started from and the one it found.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.core.ops import Changes
from app.storage import tables
from app.storage.contacts.detail import edit_name
from app.storage.database import Database, open_database
from app.storage.errors import ConcurrentEditError
from app.storage.validation import edit_field
from tests.team_data import add_contacts

Save = Callable[[Database, int, str], Changes]


def _save_name(db: Database, contact_id: int, name: str) -> Changes:
    return edit_name(db, contact_id, name, "Doe", expected_version=1)


def _save_email(db: Database, contact_id: int, name: str) -> Changes:
    return edit_field(db, contact_id, "email", f"{name.lower()}@example.com", expected_version=1)


SAVES = {"name": _save_name, "email": _save_email}


def _race(db: Database, contact_id: int, save: Save, release: Callable[[], None],
          both_waiting: Callable[[], bool]) -> dict[str, object]:  # fmt: skip
    outcomes: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            outcomes[name] = save(db, contact_id, name)
        except ConcurrentEditError as exc:
            outcomes[name] = exc

    editors = [threading.Thread(target=run, args=(name,)) for name in ("Ann", "Bea")]
    for editor in editors:
        editor.start()
    deadline = time.monotonic() + 60
    while not both_waiting():
        assert time.monotonic() < deadline, "the saves never got to wait on each other"
        time.sleep(0.05)
    release()
    for editor in editors:
        editor.join(timeout=60)
    return outcomes


def _check(db: Database, contact_id: int, outcomes: dict[str, object], field: str) -> None:
    winners = [n for n, r in outcomes.items() if isinstance(r, Changes)]
    losers = [r for r in outcomes.values() if isinstance(r, ConcurrentEditError)]
    assert len(winners) == 1, outcomes
    assert len(losers) == 1, outcomes
    conflict = losers[0]
    assert (conflict.table, conflict.row_id) == ("contacts", contact_id)
    assert (conflict.expected, conflict.found) == (1, 2)
    c = tables.contacts.c
    with db.reading() as conn:
        row = conn.execute(
            select(c.version, c.first_name, c.email_raw).where(c.id == contact_id)
        ).one()
    assert row.version == 2
    stored = row.first_name if field == "name" else row.email_raw
    expected = winners[0] if field == "name" else f"{winners[0].lower()}@example.com"
    assert stored == expected


@pytest.mark.postgres
@pytest.mark.parametrize("field", sorted(SAVES))
def test_two_saves_at_once_on_postgres_one_wins_one_conflicts(
    postgres_url: str, field: str
) -> None:
    db = open_database(postgres_url)
    try:
        (contact,) = add_contacts(db, 1)
        blocker = db.engine.connect()
        hold = blocker.begin()
        blocker.execute(text("SELECT id FROM contacts WHERE id = :id FOR UPDATE"),
                        {"id": contact})  # fmt: skip
        watcher = db.engine.connect()

        def both_waiting() -> bool:
            waiting = watcher.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
            watcher.rollback()  # a fresh snapshot of the statistics next time
            return int(waiting) >= 2

        try:
            outcomes = _race(db, contact, SAVES[field], hold.rollback, both_waiting)
        finally:
            blocker.close()
            watcher.close()
        _check(db, contact, outcomes, field)
    finally:
        db.close()


@pytest.mark.parametrize("field", sorted(SAVES))
def test_two_saves_at_once_on_a_shared_file_one_wins_one_conflicts(
    db_path: Path, migrated_template: Path, field: str
) -> None:
    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path, shared=True)
    try:
        (contact,) = add_contacts(db, 1)
        # Another process's write transaction, as far as the editors can tell.
        blocker = open_database(db_path, shared=True)
        holding = blocker.engine.connect()
        holding.execution_options(prospect_begin="IMMEDIATE")
        write_lock = holding.begin()
        started = time.monotonic()

        def both_waiting() -> bool:
            # SQLite shows no waiters; the editors' threads have long reached BEGIN by now.
            return time.monotonic() - started > 0.5

        try:
            outcomes = _race(db, contact, SAVES[field], write_lock.commit, both_waiting)
        finally:
            holding.close()
            blocker.close()
        _check(db, contact, outcomes, field)
    finally:
        db.close()
