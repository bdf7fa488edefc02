"""The reports' daily roll-up gives exactly the live reports, and forgets what a write changes.

Two implementations checked against each other: every report read through the roll-up
(built days from ``activity_daily`` and ``stage_stays``, the rest live) must equal the one
read wholly from the activity log, on demo data, for everybody and each rep, over ranges
that mix built and unbuilt days, and again after writes into a built day (a call, a stage
move, a reply, a contact's new source, an undone move, an erasure).
"""

from __future__ import annotations

import datetime as dt
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
    with demo.reading() as conn:
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
