"""The reports' daily roll-up gives exactly the live reports, and forgets what a write changes.

Two implementations checked against each other: every report read through the roll-up
(built days from ``activity_daily`` and ``stage_stays``, the rest live) must equal the one
read wholly from the activity log, on demo data, for everybody and each rep, over ranges
that mix built and unbuilt days, and again after writes into a built day (a call, a stage
move, a reply, a contact's new source, an undone move, an erasure).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, update

from app.core.reports import ReportRange, median_of_union, median_or_none, report_json
from app.storage import tables
from app.storage.changes import undo_change_set
from app.storage.database import Database, open_database
from app.storage.erasure import erase_contact
from app.storage.pipeline import list_stages, move_contact
from app.storage.reports import read_report
from app.storage.reports.queries import first_touch_select
from app.storage.reports.rollup import build_closed_days, built_days
from tests.conftest import open_copy

NOW = dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
SPAN = ReportRange(TODAY - dt.timedelta(days=40), TODAY)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    from app.storage.demo import populate_demo

    path = tmp_path_factory.mktemp("rollup-demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        populate_demo(database, contacts=400, now=NOW)
    finally:
        database.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_template, tmp_path)


def _reps(db: Database) -> list[str | None]:
    with db.reading() as conn:
        emails = conn.execute(select(tables.reps.c.email).order_by(tables.reps.c.id)).scalars()
        return [None, *(e for e in emails if e)]


def _assert_same(db: Database, span: ReportRange, today: dt.date) -> None:
    for rep in _reps(db):
        live = report_json(read_report(db, span, rep, rollup=False))
        rolled = report_json(read_report(db, span, rep, today=today))
        assert rolled == live, rep
        # The same key order as well (outcomes tied in count keep their order).
        assert list(rolled["outcomes"]) == list(live["outcomes"])  # type: ignore[arg-type]


def _assert_first_touches(db: Database, span: ReportRange = SPAN) -> None:
    """``first_touches`` holds exactly the live first touches of the built days' leads."""
    t = tables.first_touches.c
    with db.reading() as conn:
        days = sorted(built_days(conn, span))
        live = set()
        for day in days:
            live |= {
                tuple(r) for r in conn.execute(first_touch_select(conn, ReportRange(day, day)))
            }
        stored = set(map(tuple, conn.execute(
            select(t.contact_id, t.day, t.owner_id, t.arrived_at, t.first_at)
        )))  # fmt: skip
    assert days
    assert stored == live


def test_rollup_and_live_agree_across_built_and_unbuilt_days(demo: Database) -> None:
    middle = TODAY - dt.timedelta(days=12)
    # Days before `middle` are built by the first read; the rest of the span stays live.
    _assert_same(demo, SPAN, middle)
    with demo.reading() as conn:
        built = built_days(conn, SPAN)
    assert built == {d for d in SPAN.days() if d < middle}
    # A range starting inside the built days and ending in the live ones, a single built
    # day, and everything built but today.
    _assert_same(demo, ReportRange(middle - dt.timedelta(days=5), TODAY), middle)
    _assert_same(demo, ReportRange(middle - dt.timedelta(days=3), middle - dt.timedelta(days=3)),
                 middle)  # fmt: skip
    _assert_same(demo, SPAN, TODAY)
    _assert_first_touches(demo)
    with demo.reading() as conn:
        assert int(conn.execute(select(func.count()).select_from(tables.first_touches))
                   .scalar_one()) > 0  # fmt: skip
        assert int(conn.execute(select(func.count()).select_from(tables.activity_daily))
                   .scalar_one()) > 0  # fmt: skip
        assert int(conn.execute(select(func.count()).select_from(tables.stage_stays))
                   .scalar_one()) > 0  # fmt: skip


def _some_contact(db: Database) -> int:
    a = tables.activities.c
    with db.reading() as conn:
        return int(
            conn.execute(
                select(a.contact_id).where(a.kind == "stage_change").order_by(a.id).limit(1)
            ).scalar_one()
        )


def test_writes_in_a_built_day_are_seen(demo: Database) -> None:
    build_closed_days(demo, SPAN, TODAY)
    day = TODAY - dt.timedelta(days=10)
    moment = dt.datetime.combine(day, dt.time(11, 30), tzinfo=dt.UTC)
    contact = _some_contact(demo)
    with demo.transaction() as conn:
        conn.execute(
            insert(tables.activities),
            [{"contact_id": contact, "rep_id": 1, "kind": "call", "outcome": "meeting_booked",
              "duration_seconds": 400, "occurred_at": moment}],
        )  # fmt: skip
    with demo.reading() as conn:
        assert day not in built_days(conn, SPAN)
    _assert_same(demo, SPAN, TODAY)

    # A stage move back in a built day ends the stay the contact's earlier move began.
    build_closed_days(demo, SPAN, TODAY)
    with demo.reading() as conn:
        stages = {s.key: s.id for s in list_stages(conn)}
    moved = move_contact(demo, contact, stages["researching"], now=moment)
    _assert_same(demo, SPAN, TODAY)
    # Undone: the move and its activity are gone again.
    build_closed_days(demo, SPAN, TODAY)
    undo_change_set(demo, moved.changes.change_set_id or 0)
    _assert_same(demo, SPAN, TODAY)

    # A contact's source changes: every day of its activities counts it elsewhere now.
    build_closed_days(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(
            update(tables.contacts).where(tables.contacts.c.id == contact).values(
                source="referral", lead_type="seed")
        )  # fmt: skip
    _assert_same(demo, SPAN, TODAY)

    # Erased: its activities are deleted with it.
    build_closed_days(demo, SPAN, TODAY)
    erase_contact(demo, contact, now=NOW)
    _assert_same(demo, SPAN, TODAY)


def test_a_reply_reaches_back_to_its_email_day(demo: Database) -> None:
    a = tables.activities.c
    with demo.reading() as conn:
        email = conn.execute(
            select(a.contact_id, a.occurred_at, a.details)
            .where(a.kind == "email", a.outcome == "sent", a.occurred_at >= SPAN.start,
                   a.occurred_at < NOW - dt.timedelta(days=5))
            .order_by(a.id)
            .limit(1)
        ).one()  # fmt: skip
    build_closed_days(demo, SPAN, TODAY)
    message_id = "<rollup-test@example.com>"  # answered by nothing yet
    with demo.transaction() as conn:
        conn.execute(
            update(tables.activities)
            .where(a.contact_id == email.contact_id, a.occurred_at == email.occurred_at)
            .values(details={**(email.details or {}), "variant": "B", "message_id": message_id})
        )
    build_closed_days(demo, SPAN, TODAY)
    before = report_json(read_report(demo, SPAN, today=TODAY))["variants"]
    with demo.transaction() as conn:
        conn.execute(
            insert(tables.activities),
            [{"contact_id": email.contact_id, "kind": "reply",
              "occurred_at": NOW - dt.timedelta(hours=1), "details": {"in_reply_to": message_id}}],
        )  # fmt: skip
    after = report_json(read_report(demo, SPAN, today=TODAY))["variants"]
    assert isinstance(before, dict) and isinstance(after, dict)
    assert after["B"]["replied"] == before["B"]["replied"] + 1
    _assert_same(demo, SPAN, TODAY)


def _touch(db: Database, contact: int, moment: dt.datetime, kind: str = "call") -> int:
    with db.transaction() as conn:
        return int(
            conn.execute(
                insert(tables.activities).returning(tables.activities.c.id),
                [{"contact_id": contact, "rep_id": 2, "kind": kind, "outcome": "no_answer",
                  "occurred_at": moment}],
            ).scalar_one()
        )  # fmt: skip


def _first_at(db: Database, contact: int) -> dt.datetime | None:
    t = tables.first_touches.c
    with db.reading() as conn:
        value = conn.execute(select(t.first_at).where(t.contact_id == contact)).scalar_one()
    return value if value is None else value.replace(tzinfo=dt.UTC)


def test_first_touches_follow_touches_and_leads_after_their_day_is_built(demo: Database) -> None:
    """A lead's first touch usually comes days after it arrived: its arrival day stays built
    (no rebuild) while the triggers keep its row, and the reports equal the live ones."""
    c, a = tables.contacts.c, tables.activities.c
    arrived = NOW - dt.timedelta(days=9, hours=3)
    with demo.transaction() as conn:
        lead = int(
            conn.execute(
                insert(tables.contacts).returning(c.id),
                [{"first_name": "Late", "full_name": "Late Lead", "source": "inbound",
                  "owner_id": 1, "arrived_at": arrived}],
            ).scalar_one()
        )  # fmt: skip
    build_closed_days(demo, SPAN, TODAY)
    assert _first_at(demo, lead) is None  # nobody touched it yet
    arrival_day = arrived.date()
    # Touched today: the arrival day keeps its roll-up, its lead its new first touch.
    first = _touch(demo, lead, NOW - dt.timedelta(hours=2))
    with demo.reading() as conn:
        assert arrival_day in built_days(conn, SPAN)
    assert _first_at(demo, lead) == NOW - dt.timedelta(hours=2)
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    # An earlier touch on another day; a note is no touch; a touch before arrival is none.
    build_closed_days(demo, SPAN, TODAY)
    earlier = _touch(demo, lead, NOW - dt.timedelta(days=3))
    _touch(demo, lead, NOW - dt.timedelta(days=5), kind="note")
    _touch(demo, lead, arrived - dt.timedelta(days=1), kind="email")
    assert _first_at(demo, lead) == NOW - dt.timedelta(days=3)
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    # Edited: moved later than the other touch, then given to nobody (not a rep's touch).
    build_closed_days(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(update(tables.activities).where(a.id == earlier)
                     .values(occurred_at=NOW - dt.timedelta(hours=1)))  # fmt: skip
    assert _first_at(demo, lead) == NOW - dt.timedelta(hours=2)
    with demo.transaction() as conn:
        conn.execute(update(tables.activities).where(a.id == first).values(rep_id=None))
    assert _first_at(demo, lead) == NOW - dt.timedelta(hours=1)
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    # Deleted (as an undone call is): back to untouched.
    build_closed_days(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(tables.activities.delete().where(a.id.in_([first, earlier])))
    assert _first_at(demo, lead) is None
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    # The lead changes hands, arrival and source; a new lead arrives on a built day.
    build_closed_days(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(update(tables.contacts).where(c.id == lead).values(owner_id=2))
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(update(tables.contacts).where(c.id == lead)
                     .values(arrived_at=arrived - dt.timedelta(days=2)))  # fmt: skip
        conn.execute(
            insert(tables.contacts),
            [{"first_name": "Back", "full_name": "Back Dated", "source": "inbound",
              "arrived_at": arrived - dt.timedelta(days=1)}],
        )  # fmt: skip
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    with demo.transaction() as conn:
        conn.execute(update(tables.contacts).where(c.id == lead).values(source="referral"))
    assert _first_at_row_count(demo, lead) == 0
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)
    # Erased leads leave with their rows.
    build_closed_days(demo, SPAN, TODAY)
    t = tables.first_touches.c
    with demo.reading() as conn:
        some = int(conn.execute(select(t.contact_id).order_by(t.contact_id).limit(1)).scalar_one())
    erase_contact(demo, some, now=NOW)
    assert _first_at_row_count(demo, some) == 0
    _assert_first_touches(demo)
    _assert_same(demo, SPAN, TODAY)


def _first_at_row_count(db: Database, contact: int) -> int:
    t = tables.first_touches.c
    with db.reading() as conn:
        return int(conn.execute(select(func.count()).where(t.contact_id == contact)).scalar_one())


@pytest.mark.parametrize(
    ("stored", "extra"),
    [
        ([], [3.0]),
        ([1.0, 2.0, 3.0], []),
        ([1.0, 2.0, 3.0, 4.0], [0.5]),
        ([1.0, 1.0, 2.0], [1.0, 9.0]),
        ([5.0, 6.0, 7.0], [0.1, 0.2, 0.3, 0.4]),
        ([0.1, 0.2], [7.0, 8.0, 9.0, 10.0]),
        ([float(i) for i in range(50)], [2.5, 48.5, 17.25]),
    ],
)
def test_median_of_stored_and_extra_values(stored: list[float], extra: list[float]) -> None:
    def window(offset: int, limit: int) -> list[float]:
        return sorted(stored)[offset : offset + limit]

    assert median_of_union(len(stored), window, extra) == median_or_none(stored + extra)


def test_median_of_stored_and_extra_values_on_random_samples() -> None:
    rng = random.Random(7)
    for _ in range(500):
        stored = sorted(
            rng.choice((0.5, 1.0, 2.0, rng.random() * 9)) for _ in range(rng.randrange(12))
        )
        extra = [rng.random() * 9 for _ in range(rng.randrange(6))]
        reads: list[tuple[int, int]] = []

        def window(offset: int, limit: int, stored: list[float] = stored,
                   reads: list[tuple[int, int]] = reads) -> list[float]:  # fmt: skip
            reads.append((offset, limit))
            return stored[offset : offset + limit]

        assert median_of_union(len(stored), window, extra) == median_or_none(stored + extra)
        assert len(reads) <= 1  # one read, even for the two middle values


def test_postgresql_triggers_keep_the_rollup_and_the_tallies(postgres_url: str) -> None:
    from app.storage.pipeline.board import stage_counts
    from tests.reports_data import FIRST, LAST, seed_report_data

    db = open_database(postgres_url)
    try:
        seed_report_data(db)
        week = ReportRange(FIRST, LAST)
        _assert_same(db, week, LAST)
        with db.reading() as conn:
            assert built_days(conn, week) == {d for d in week.days() if d < LAST}
            t = tables.first_touches.c
            leads = dict(conn.execute(select(t.contact_id, t.first_at)).all())
        # The inbound leads of the built days (contacts 2, 3, 5); a touch before any
        # other keeps contact 3's row current through the trigger function.
        assert set(leads) == {2, 3, 5}
        touch = dt.datetime.combine(LAST, dt.time(6), tzinfo=dt.UTC)
        with db.transaction() as conn:
            conn.execute(
                insert(tables.activities),
                [{"contact_id": 3, "rep_id": 2, "kind": "email", "outcome": "sent",
                  "occurred_at": touch}],
            )  # fmt: skip
            conn.execute(update(tables.contacts).where(tables.contacts.c.id == 5)
                         .values(owner_id=1))  # fmt: skip
        with db.reading() as conn:
            first_at = conn.execute(select(t.first_at).where(t.contact_id == 3)).scalar_one()
            owner = conn.execute(select(t.owner_id).where(t.contact_id == 5)).scalar_one()
        assert first_at == min(v for v in (leads[3], touch) if v is not None)
        assert owner == 1
        _assert_first_touches(db, week)
        _assert_same(db, week, LAST)
        # A call on a built day: the day is forgotten and read live again.
        contact = _some_contact(db)
        moment = dt.datetime.combine(FIRST + dt.timedelta(days=1), dt.time(10), tzinfo=dt.UTC)
        with db.transaction() as conn:
            conn.execute(
                insert(tables.activities),
                [{"contact_id": contact, "rep_id": 1, "kind": "call",
                  "outcome": "connected", "occurred_at": moment}],
            )  # fmt: skip
            assert FIRST + dt.timedelta(days=1) not in built_days(conn, week)
        _assert_same(db, week, LAST)
        # The stage tallies follow a stage change and a deletion.
        c = tables.contacts.c
        with db.reading() as conn:
            last_stage = max(s.id for s in list_stages(conn))
        with db.transaction() as conn:
            conn.execute(update(tables.contacts).where(c.id == contact).values(stage_id=last_stage))
            conn.execute(tables.contacts.delete().where(c.id == contact + 1))
        with db.reading() as conn:
            truth = dict(conn.execute(select(c.stage_id, func.count()).group_by(c.stage_id)).all())
            assert stage_counts(conn) == {k: v for k, v in truth.items() if v}
    finally:
        db.close()
