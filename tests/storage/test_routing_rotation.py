"""Round-robin routing: shares follow the weights, away reps get none, racing apps agree."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.storage import tables
from app.storage.database import Database, open_database
from app.storage.routing import (
    ASSIGNMENT,
    RoutingError,
    assign_round_robin,
    list_rotation,
    route_leads,
    set_rotation,
)
from tests.team_data import add_contacts, add_reps

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _owners(db: Database, ids: list[int]) -> dict[int, int | None]:
    c = tables.contacts.c
    with db.reading() as conn:
        return {
            int(r[0]): r[1] for r in conn.execute(select(c.id, c.owner_id).where(c.id.in_(ids)))
        }


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weights=st.lists(st.integers(min_value=1, max_value=5), min_size=2, max_size=4),
    leads=st.integers(min_value=1, max_value=60),
)
def test_the_stored_rotation_stays_close_to_the_weights_after_any_number_of_leads(
    db: Database, weights: list[int], leads: int
) -> None:
    with db.transaction() as conn:  # a fresh team per example
        conn.execute(tables.activities.delete())
        conn.execute(tables.contacts.delete())
        conn.execute(tables.reps.delete())
    reps = add_reps(db, len(weights))
    for rep, weight in zip(reps, weights, strict=True):
        set_rotation(db, rep, in_rotation=True, weight=weight)
    contacts = add_contacts(db, leads)
    result = route_leads(db, contacts, now=NOW)
    assert not result.unassigned
    shares = Counter(a.to_rep for a in result.assignments)
    total = sum(weights)
    for rep, weight in zip(reps, weights, strict=True):
        assert abs(shares[rep] - leads * weight / total) < len(weights)


def test_route_leads_skips_owned_and_away_and_records_activities(db: Database) -> None:
    ana, ben, cleo = add_reps(db, 3)
    set_rotation(db, ana, in_rotation=True, weight=2)
    set_rotation(db, ben, in_rotation=True)
    set_rotation(db, cleo, in_rotation=True, away=True)
    contacts = add_contacts(db, 7)
    with db.transaction() as conn:
        conn.execute(
            tables.contacts.update()
            .where(tables.contacts.c.id == contacts[0])
            .values(owner_id=cleo)
        )
    result = route_leads(db, contacts, now=NOW)
    assert len(result.assignments) == 6  # the owned one is left alone
    owners = _owners(db, contacts)
    assert owners[contacts[0]] == cleo
    assert Counter(owners[c] for c in contacts[1:]) == {ana: 4, ben: 2}
    assert result.changes.tables >= {"contacts", "activities", "reps"}
    with db.reading() as conn:
        a = tables.activities.c
        rows = conn.execute(select(a.contact_id, a.rep_id, a.details).where(a.kind == ASSIGNMENT))
        logged = {int(r[0]): (int(r[1]), r[2]) for r in rows}
    assert set(logged) == set(contacts[1:])
    assert all(d["reason"] == "round_robin" and d["from"] is None for _rep, d in logged.values())
    # Routed again: nothing changes (never routed twice).
    assert route_leads(db, contacts, now=NOW).assignments == ()


def test_nobody_in_the_rotation_leaves_leads_unassigned(db: Database) -> None:
    (ana,) = add_reps(db, 1)
    contacts = add_contacts(db, 2)
    assert route_leads(db, contacts, now=NOW).unassigned == tuple(contacts)
    set_rotation(db, ana, in_rotation=True, away=True)
    result = route_leads(db, contacts, now=NOW)
    assert result.unassigned == tuple(contacts)
    assert result.changes.empty
    assert _owners(db, contacts) == dict.fromkeys(contacts)


def test_a_rep_back_from_away_gets_no_catch_up_burst(db: Database) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True)
    set_rotation(db, ben, in_rotation=True, away=True)
    route_leads(db, add_contacts(db, 10, prefix="Early"), now=NOW)
    set_rotation(db, ben, away=False)
    later = route_leads(db, add_contacts(db, 10, prefix="Late"), now=NOW)
    assert Counter(a.to_rep for a in later.assignments) == {ana: 5, ben: 5}


def test_assign_round_robin_reassigns_chosen_contacts(db: Database) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True)
    set_rotation(db, ben, in_rotation=True)
    contacts = add_contacts(db, 4)
    route_leads(db, contacts, now=NOW)
    again = assign_round_robin(db, contacts, now=NOW)
    assert len(again.assignments) == 4
    assert Counter(_owners(db, contacts).values()) == {ana: 2, ben: 2}


def test_bad_settings_are_refused(db: Database) -> None:
    (ana,) = add_reps(db, 1)
    with pytest.raises(RoutingError) as bad:
        set_rotation(db, ana, weight=0)
    assert bad.value.code == "bad_weight"
    with pytest.raises(RoutingError) as unknown:
        set_rotation(db, 999, away=True)
    assert unknown.value.code == "unknown_rep"
    with db.reading() as conn:
        (rep,) = list_rotation(conn)
    assert (rep.in_rotation, rep.weight, rep.away) == (False, 1, False)


# --- several processes routing into one file ----------------------------------------------

WORKERS = 6
LEADS_EACH = 40


def _routing_worker(target: str, shared: bool, contact_ids: list[int], start: Any,
                    results: Any) -> None:  # fmt: skip
    """Route its leads one transaction each; report what it got (or why it failed)."""
    got: list[tuple[int, int]] = []
    try:
        db = open_database(target, shared=shared)
        try:
            start.wait(timeout=60)
            for contact_id in contact_ids:
                for assignment in route_leads(db, [contact_id], now=NOW).assignments:
                    got.append((assignment.contact_id, assignment.to_rep))
        finally:
            db.close()
    except BaseException as exc:  # the parent asserts on it instead of waiting forever
        results.put(("failed", repr(exc)))
        raise
    results.put(("done", got))


def _race(db: Database, target: str, *, shared: bool) -> None:
    reps = add_reps(db, 3)
    weights = dict(zip(reps, [1, 2, 3], strict=True))
    for rep, weight in weights.items():
        set_rotation(db, rep, in_rotation=True, weight=weight)
    total = WORKERS * LEADS_EACH  # 240: 40 rounds of 6 turns
    contacts = add_contacts(db, total)
    # Every worker routes its own slice and then its neighbour's: each lead is raced by two.
    slices = [contacts[i::WORKERS] + contacts[(i + 1) % WORKERS :: WORKERS] for i in range(WORKERS)]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS)
    results = context.Queue()
    workers = [
        context.Process(target=_routing_worker, args=(target, shared, part, start, results))
        for part in slices
    ]
    for worker in workers:
        worker.start()
    try:
        reports = [results.get(timeout=300) for _ in workers]
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert [kind for kind, _ in reports] == ["done"] * WORKERS, reports
    assert [w.exitcode for w in workers] == [0] * WORKERS
    got = [pair for _kind, pairs in reports for pair in pairs]

    # Each lead was routed exactly once, by exactly one process...
    routed = Counter(contact for contact, _rep in got)
    assert sorted(routed) == contacts
    assert set(routed.values()) == {1}
    owners = _owners(db, contacts)
    assert owners == dict(got)
    # ...and no turn was skipped or doubled: whole rounds give exact weight shares.
    assert Counter(owners.values()) == {rep: 40 * w for rep, w in weights.items()}
    with db.reading() as conn:
        a = tables.activities.c
        logged = conn.execute(select(a.contact_id).where(a.kind == ASSIGNMENT)).scalars().all()
    assert sorted(logged) == contacts


@pytest.mark.parametrize("shared", [False, True], ids=["solo", "shared"])
def test_processes_routing_at_once_never_double_assign_or_skip_a_turn(
    db_path: Path, migrated_template: Path, shared: bool
) -> None:
    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path, shared=shared)
    try:
        _race(db, str(db_path), shared=shared)
    finally:
        db.close()


@pytest.mark.postgres
def test_processes_routing_at_once_on_postgres(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        _race(db, postgres_url, shared=False)
    finally:
        db.close()


def test_assigning_chosen_contacts_round_robin_is_undone_as_a_unit(db: Database) -> None:
    from app.storage.changes import undo_change_set

    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True)
    set_rotation(db, ben, in_rotation=True)
    contacts = add_contacts(db, 3)
    with db.transaction() as conn:
        conn.execute(
            tables.contacts.update().where(tables.contacts.c.id == contacts[0]).values(owner_id=ben)
        )
    result = assign_round_robin(db, contacts, now=NOW)
    assert result.changes.change_set_id is not None
    assert result.changes.count == 3
    undo_change_set(db, result.changes.change_set_id)
    assert _owners(db, contacts) == {contacts[0]: ben, contacts[1]: None, contacts[2]: None}
    with db.reading() as conn:
        a = tables.activities.c
        assert conn.execute(select(a.id).where(a.kind == ASSIGNMENT)).first() is None
