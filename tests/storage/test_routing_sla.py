"""The SLA sweep: a lead left untouched past the SLA is reported once and, if asked, reassigned."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.storage import tables
from app.storage.database import Database
from app.storage.pipeline.board import set_sla_minutes
from app.storage.routing import (
    ASSIGNMENT,
    RoutingSettings,
    save_routing_settings,
    set_rotation,
    sweep_sla,
)
from tests.team_data import add_contacts, add_reps

MONDAY_9 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)  # a Monday


def _inbound(db: Database, ids: list[int], arrived: dt.datetime, owner: int | None) -> None:
    c = tables.contacts.c
    with db.transaction() as conn:
        conn.execute(
            update(tables.contacts)
            .where(c.id.in_(ids))
            .values(source="inbound", arrived_at=arrived, owner_id=owner)
        )


def _owner(db: Database, contact_id: int) -> int | None:
    c = tables.contacts.c
    with db.reading() as conn:
        return conn.execute(select(c.owner_id).where(c.id == contact_id)).scalar_one()


def test_a_lead_breaks_the_sla_after_five_working_minutes_and_is_reported_once(
    db: Database,
) -> None:
    (ana,) = add_reps(db, 1)
    lead, touched = add_contacts(db, 2)
    _inbound(db, [lead, touched], MONDAY_9, ana)
    with db.transaction() as conn:
        conn.execute(
            update(tables.contacts)
            .where(tables.contacts.c.id == touched)
            .values(last_touched_at=MONDAY_9 + dt.timedelta(minutes=2))
        )

    assert sweep_sla(db, now=MONDAY_9 + dt.timedelta(minutes=5)).breaches == ()
    swept = sweep_sla(db, now=MONDAY_9 + dt.timedelta(minutes=5, seconds=1))
    assert [b.contact_id for b in swept.breaches] == [lead]
    (breach,) = swept.breaches
    assert (breach.owner_id, breach.owner_name, breach.reassigned_to) == (ana, "Rep 0", None)
    assert breach.arrived_at == MONDAY_9
    assert swept.changes.tables == {"sla_breaches"}
    # Once per lead: later sweeps (any app) do not report it again.
    assert sweep_sla(db, now=MONDAY_9 + dt.timedelta(hours=1)).breaches == ()
    assert _owner(db, lead) == ana  # reassignment is off by default


def test_the_sla_counts_working_time_in_the_owners_zone_and_the_configured_minutes(
    db: Database,
) -> None:
    (ana,) = add_reps(db, 1)
    with db.transaction() as conn:
        conn.execute(update(tables.reps).values(time_zone="Asia/Shanghai"))
    (lead,) = add_contacts(db, 1)
    # Friday 17:58 in Shanghai: two working minutes left that week.
    friday = dt.datetime(2026, 12, 11, 9, 58, tzinfo=dt.UTC)
    _inbound(db, [lead], friday, ana)
    set_sla_minutes(db, 10)
    saturday = friday + dt.timedelta(days=1)
    assert sweep_sla(db, now=saturday).breaches == ()
    monday_0907 = dt.datetime(2026, 12, 14, 1, 7, tzinfo=dt.UTC)  # 09:07 Shanghai: 9 min
    assert sweep_sla(db, now=monday_0907).breaches == ()
    swept = sweep_sla(db, now=monday_0907 + dt.timedelta(minutes=2))
    assert [b.contact_id for b in swept.breaches] == [lead]
    assert swept.sla_minutes == 10


def test_old_leads_are_outside_the_lookback_and_terminal_stages_do_not_wait(
    db: Database,
) -> None:
    old, lost = add_contacts(db, 2)
    _inbound(db, [old], MONDAY_9 - dt.timedelta(days=10), None)
    _inbound(db, [lost], MONDAY_9, None)
    with db.transaction() as conn:
        stage = conn.execute(
            tables.pipeline_stages.insert().values(
                key="disqualified", name="Disqualified", position=9, is_terminal=True
            )
        ).inserted_primary_key[0]
        conn.execute(
            update(tables.contacts).where(tables.contacts.c.id == lost).values(stage_id=stage)
        )
    assert sweep_sla(db, now=MONDAY_9 + dt.timedelta(hours=2)).breaches == ()


def test_when_the_team_turns_it_on_the_lead_goes_to_the_next_rep_not_its_owner(
    db: Database,
) -> None:
    ana, ben, cleo = add_reps(db, 3)
    for rep in (ana, ben, cleo):
        set_rotation(db, rep, in_rotation=True)
    set_rotation(db, cleo, away=True)
    save_routing_settings(db, RoutingSettings(round_robin=True, reassign_on_sla=True))
    first, second, orphan = add_contacts(db, 3)
    _inbound(db, [first, second], MONDAY_9, ana)  # ana's turn would come first: skipped
    _inbound(db, [orphan], MONDAY_9, None)

    swept = sweep_sla(db, now=MONDAY_9 + dt.timedelta(minutes=30))
    got = {b.contact_id: (b.owner_id, b.reassigned_to, b.reassigned_name) for b in swept.breaches}
    assert got[first] == (ana, ben, "Rep 1")
    assert got[second] == (ana, ben, "Rep 1")
    assert got[orphan][0] is None and got[orphan][1] in {ana, ben}
    assert _owner(db, first) == ben
    assert swept.changes.tables >= {"sla_breaches", "contacts", "activities"}
    with db.reading() as conn:
        a = tables.activities.c
        details = conn.execute(
            select(a.details).where(a.kind == ASSIGNMENT, a.contact_id == first)
        ).scalar_one()
        stored = conn.execute(
            select(tables.sla_breaches.c.reassigned_to).where(
                tables.sla_breaches.c.contact_id == first
            )
        ).scalar_one()
    assert details == {"from": ana, "to": ben, "reason": "sla"}
    assert stored == ben
    # Reassigned once: the next sweep leaves it with ben.
    assert sweep_sla(db, now=MONDAY_9 + dt.timedelta(hours=3)).breaches == ()
    assert _owner(db, first) == ben


def test_reassignment_with_nobody_else_free_keeps_the_owner(db: Database) -> None:
    (ana,) = add_reps(db, 1)
    set_rotation(db, ana, in_rotation=True)
    save_routing_settings(db, RoutingSettings(reassign_on_sla=True))
    (lead,) = add_contacts(db, 1)
    _inbound(db, [lead], MONDAY_9, ana)
    (breach,) = sweep_sla(db, now=MONDAY_9 + dt.timedelta(minutes=6)).breaches
    assert breach.reassigned_to is None
    assert _owner(db, lead) == ana


def test_each_app_reads_the_breaches_that_concern_its_rep_once(db: Database) -> None:
    from app.storage.routing import breaches_between

    ana, ben = add_reps(db, 2)
    set_rotation(db, ben, in_rotation=True)
    save_routing_settings(db, RoutingSettings(reassign_on_sla=True))
    mine, unowned = add_contacts(db, 2)
    _inbound(db, [mine], MONDAY_9, ana)
    _inbound(db, [unowned], MONDAY_9, None)
    swept_at = MONDAY_9 + dt.timedelta(minutes=10)
    sweep_sla(db, now=swept_at)  # one app records both; ben gets both leads
    with db.reading() as conn:
        for_ana = breaches_between(conn, MONDAY_9, swept_at, ana)
        for_ben = breaches_between(conn, MONDAY_9, swept_at, ben)
        everyone = breaches_between(conn, MONDAY_9, swept_at)
        next_look = breaches_between(conn, swept_at, swept_at + dt.timedelta(minutes=1))
    assert [(b.contact_id, b.owner_name, b.reassigned_name) for b in for_ana] == [
        (mine, "Rep 0", "Rep 1")
    ]
    assert sorted(b.contact_id for b in for_ben) == [mine, unowned]
    assert len(everyone) == 2
    assert next_look == []


@pytest.mark.postgres
def test_the_sweep_records_and_reassigns_once_on_postgres(postgres_url: str) -> None:
    from app.storage.database import open_database

    db = open_database(postgres_url)
    try:
        test_when_the_team_turns_it_on_the_lead_goes_to_the_next_rep_not_its_owner(db)
    finally:
        db.close()
