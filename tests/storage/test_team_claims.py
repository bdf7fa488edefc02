"""Claims: one conditional statement decides who holds a prospect, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.storage import tables
from app.storage.database import Database, Mode, open_database
from app.storage.team import TeamError, claim, holder, release
from tests.team_data import add_contacts, add_reps

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def test_a_claim_is_held_renewed_released_and_expires(db: Database) -> None:
    ana, ben = add_reps(db, 2)
    (contact,) = add_contacts(db, 1)

    first = claim(db, contact, ana, now=NOW, minutes=15)
    assert first.claimed
    assert first.holder.rep_id == ana
    assert first.holder.expires_at == NOW + dt.timedelta(minutes=15)
    assert first.changes.tables == {"claims"}

    refused = claim(db, contact, ben, now=NOW + dt.timedelta(minutes=5))
    assert not refused.claimed
    assert refused.holder.rep_id == ana
    assert refused.holder.email == "rep0@team.example"
    assert not refused.changes.tables

    # The holder renews: a later expiry, the first claim time kept.
    renewed = claim(db, contact, ana, now=NOW + dt.timedelta(minutes=10), minutes=30)
    assert renewed.claimed
    assert renewed.holder.expires_at == NOW + dt.timedelta(minutes=40)
    assert renewed.holder.claimed_at == NOW

    with db.reading() as conn:
        assert holder(conn, contact, NOW + dt.timedelta(minutes=39)) is not None
        assert holder(conn, contact, NOW + dt.timedelta(minutes=40)) is None

    # Expired: anyone may take it over, and the claim starts afresh.
    later = NOW + dt.timedelta(minutes=41)
    taken = claim(db, contact, ben, now=later)
    assert taken.claimed
    assert taken.holder.rep_id == ben
    assert taken.holder.claimed_at == later

    # Releasing someone else's claim does nothing; the holder's own release frees it.
    assert not release(db, contact, ana).tables
    assert release(db, contact, ben).tables == {"claims"}
    with db.reading() as conn:
        assert holder(conn, contact, later) is None
    assert claim(db, contact, ana, now=later).claimed


def test_the_contact_detail_names_the_holder_while_the_claim_lives(db: Database) -> None:
    from app.storage.contacts.detail import load_contact_detail

    (rep,) = add_reps(db, 1)
    (contact,) = add_contacts(db, 1)
    claim(db, contact, rep, now=NOW, minutes=15)
    with db.reading() as conn:
        live = load_contact_detail(conn, contact, now=NOW + dt.timedelta(minutes=14))
        gone = load_contact_detail(conn, contact, now=NOW + dt.timedelta(minutes=15))
    assert live is not None and gone is not None
    assert (live.claimed_by, live.claimed_until) == ("Rep 0", NOW + dt.timedelta(minutes=15))
    assert (gone.claimed_by, gone.claimed_until) == (None, None)


def test_unknown_reps_and_contacts_are_codes_and_write_nothing(db: Database) -> None:
    (rep,) = add_reps(db, 1)
    (contact,) = add_contacts(db, 1)
    with pytest.raises(TeamError) as caught:
        claim(db, contact, rep + 100, now=NOW)
    assert caught.value.code == "unknown_rep"
    with pytest.raises(TeamError) as caught:
        claim(db, contact + 100, rep, now=NOW)
    assert caught.value.code == "unknown_contact"
    assert caught.value.arguments == {"contact_id": contact + 100}
    with db.reading() as conn:
        assert conn.execute(select(tables.claims)).first() is None


def test_the_claim_goes_when_the_contact_is_deleted(db: Database) -> None:
    (rep,) = add_reps(db, 1)
    (contact,) = add_contacts(db, 1)
    claim(db, contact, rep, now=NOW)
    with db.transaction() as conn:
        conn.execute(tables.contacts.delete().where(tables.contacts.c.id == contact))
    with db.reading() as conn:
        assert holder(conn, contact, NOW) is None


# --- the race: 8 processes, 100 prospects ------------------------------------------------

WORKERS = 8
PROSPECTS = 100


def _race_worker(target: str, shared: bool, rep_id: int, contact_ids: list[int],
                 start: Any, results: Any) -> None:  # fmt: skip
    """Claim every contact (in an order of its own) as soon as all workers are ready."""
    db = open_database(target, shared=shared)
    order = list(contact_ids)
    random.Random(rep_id).shuffle(order)
    won: list[int] = []
    try:
        start.wait(timeout=60)
        for contact_id in order:
            if claim(db, contact_id, rep_id, now=NOW, minutes=60).claimed:
                won.append(contact_id)
    finally:
        db.close()
    results.put((rep_id, won))


def _race(db: Database, target: str, *, shared: bool) -> None:
    reps = add_reps(db, WORKERS)
    contacts = add_contacts(db, PROSPECTS)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS)
    results = context.Queue()
    workers = [
        context.Process(target=_race_worker, args=(target, shared, rep, contacts, start, results))
        for rep in reps
    ]
    for worker in workers:
        worker.start()
    try:
        won = dict(results.get(timeout=240) for _ in workers)
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert [w.exitcode for w in workers] == [0] * WORKERS

    # Each prospect was won by exactly one worker, and the table agrees with the winners.
    wins = Counter(contact for ids in won.values() for contact in ids)
    assert sorted(wins) == contacts
    assert set(wins.values()) == {1}
    with db.reading() as conn:
        rows = conn.execute(select(tables.claims.c.contact_id, tables.claims.c.rep_id))
        stored = {int(r[0]): int(r[1]) for r in rows}
    assert stored == {contact: rep for rep, ids in won.items() for contact in ids}


def test_eight_processes_racing_on_a_shared_file_each_prospect_claimed_once(
    db_path: Path, migrated_template: Path
) -> None:
    import shutil

    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path, shared=True)
    try:
        assert db.mode is Mode.SHARED
        _race(db, str(db_path), shared=True)
    finally:
        db.close()


@pytest.mark.postgres
def test_eight_processes_racing_on_postgres_each_prospect_claimed_once(
    postgres_url: str,
) -> None:
    db = open_database(postgres_url)
    try:
        _race(db, postgres_url, shared=False)
    finally:
        db.close()
