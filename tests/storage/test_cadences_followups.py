"""Call-backs, call durations, snoozing, notes and tasks, on real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.storage.cadences import (
    CadenceStoreError,
    RepInfo,
    add_note,
    add_rep,
    add_task,
    complete,
    enroll,
    import_cadence,
    snooze,
    today,
)
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.schema import Activity, Enrollment, Task
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def rep(db: Database) -> RepInfo:
    import_cadence(db, CALLS_CADENCE)
    return add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep


def _count(db: Database, model: type[object]) -> int:
    with db.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_call_back_later_brings_the_same_step_back_at_the_named_time(
    db: Database, rep: RepInfo
) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    back_at = MONDAY + 3 * HOUR
    done = complete(
        db, item.id, "call_back_later", "after lunch", MONDAY, duration_seconds=42,
        callback_at=back_at,
    )  # fmt: skip
    assert (done.enrollment_status, done.next_due) == ("active", back_at)
    [again] = today(db, rep, back_at)
    assert (again.id, again.step, again.channel) == (done.next_item, 1, "call")
    assert again.due == back_at
    with db.session() as session:
        activity = session.scalars(select(Activity)).one()
        enrollment = session.scalars(select(Enrollment)).one()
    assert (activity.outcome, activity.duration_seconds) == ("call_back_later", 42)
    assert (enrollment.current_step, enrollment.next_due_at) == (1, back_at)
    # Completing the call-back goes on with the cadence from step 1.
    after = complete(db, again.id, "connected", None, back_at)
    assert after.enrollment_status == "active"
    with db.session() as session:
        assert session.scalars(select(Enrollment)).one().current_step == 2


def test_a_call_back_is_undone_as_a_unit(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    tasks_before = _count(db, Task)
    done = complete(db, item.id, "call_back_later", None, MONDAY, callback_at=MONDAY + HOUR)
    assert _count(db, Task) == tasks_before + 1
    assert done.changes.change_set_id is not None
    undo_change_set(db, done.changes.change_set_id)
    assert _count(db, Task) == tasks_before
    assert [i.id for i in today(db, rep, MONDAY)] == [item.id]


@pytest.mark.parametrize(
    ("outcome", "kwargs", "code"),
    [
        ("call_back_later", {}, "callback_required"),
        ("call_back_later", {"callback_at": MONDAY - HOUR}, "callback_in_past"),
        ("connected", {"callback_at": MONDAY + HOUR}, "callback_not_for_outcome"),
        ("connected", {"duration_seconds": -1}, "bad_duration"),
        ("connected", {"duration_seconds": 90_000}, "bad_duration"),
    ],
)
def test_bad_call_details_are_refused_and_change_nothing(
    db: Database, rep: RepInfo, outcome: str, kwargs: dict[str, object], code: str
) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    before = (_count(db, Activity), _count(db, Task))
    with pytest.raises(CadenceStoreError) as caught:
        complete(db, item.id, outcome, None, MONDAY, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert (_count(db, Activity), _count(db, Task)) == before


def test_only_calls_have_a_duration(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [call] = today(db, rep, MONDAY)
    email_item = complete(db, call.id, "connected", None, MONDAY).next_item
    assert email_item is not None
    with pytest.raises(CadenceStoreError) as caught:
        complete(db, email_item, "sent", None, MONDAY, duration_seconds=10)
    assert caught.value.code == "duration_not_for_channel"


def _enrollment_due(db: Database) -> dt.datetime | None:
    with db.session() as session:
        return session.scalars(select(Enrollment)).one().next_due_at


def test_snooze_moves_the_item_and_its_enrollment(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    later = MONDAY + 2 * HOUR
    written = snooze(db, item.id, later, MONDAY)
    [back] = today(db, rep, MONDAY + HOUR)
    assert (back.id, back.due) == (item.id, later)
    assert _enrollment_due(db) == later
    # Snoozed to tomorrow, it leaves today's queue.
    tomorrow = snooze(db, item.id, MONDAY + 24 * HOUR, MONDAY)
    assert today(db, rep, MONDAY + HOUR) == []
    # Undone newest first, each snooze as a unit.
    for done in (tomorrow, written):
        assert done.changes.change_set_id is not None
        undo_change_set(db, done.changes.change_set_id)
    assert [i.id for i in today(db, rep, MONDAY)] == [item.id]
    with pytest.raises(CadenceStoreError) as caught:
        snooze(db, item.id, MONDAY - HOUR, MONDAY)
    assert caught.value.code == "snooze_in_past"
    complete(db, item.id, "connected", None, MONDAY)
    with pytest.raises(CadenceStoreError) as closed:
        snooze(db, item.id, later, MONDAY)
    assert closed.value.code == "item_closed"


def test_notes_and_tasks_land_on_the_contact_and_in_today(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    note = add_note(db, contact_id, "  Prefers Telegram.  ", rep_id=rep.id, now=MONDAY)
    task = add_task(db, contact_id, "Send the case study", MONDAY + HOUR, rep_id=rep.id,
                    now=MONDAY)  # fmt: skip
    with db.session() as session:
        activity = session.get(Activity, note.id)
        assert activity is not None
        assert (activity.kind, activity.body) == ("note", "Prefers Telegram.")
    [item] = today(db, rep, MONDAY + HOUR)
    assert (item.id, item.title, item.contact_id) == (task.id, "Send the case study", contact_id)
    for call, code in (
        (lambda: add_note(db, contact_id, "   ", rep_id=None, now=MONDAY), "empty_note"),
        (lambda: add_note(db, 999, "x", rep_id=None, now=MONDAY), "unknown_contact"),
        (lambda: add_task(db, contact_id, " ", MONDAY, rep_id=None, now=MONDAY), "empty_title"),
        (
            lambda: add_task(db, contact_id, "x", MONDAY, rep_id=None, now=MONDAY, kind="nap"),
            "unknown_task_kind",
        ),
    ):
        with pytest.raises(CadenceStoreError) as caught:
            call()
        assert caught.value.code == code


def test_the_first_page_of_today_is_the_head_of_the_whole_queue(db: Database, rep: RepInfo) -> None:
    from sqlalchemy import update

    from app.storage.schema import Contact

    ids = [add_contact(db, full_name=f"P{i}", email=f"p{i}@x.lt", email_key=f"p{i}@x.lt")
           for i in range(12)]  # fmt: skip
    with db.transaction() as conn:  # fit scores, and one new inbound lead
        for n, contact_id in enumerate(ids):
            conn.execute(update(Contact).where(Contact.id == contact_id).values(fit_score=n % 5))
        conn.execute(update(Contact).where(Contact.id == ids[7]).values(source="inbound"))
    enroll(db, "Test calls", ids[:6], rep, MONDAY)
    enroll(db, "Test calls", ids[6:], rep, MONDAY + HOUR)
    later = MONDAY + 90 * dt.timedelta(minutes=1)  # the first six are overdue by then
    whole = today(db, rep, later)
    assert whole[0].contact_id == ids[7]  # the new inbound lead first
    for limit in (1, 5, 12, 50):
        assert today(db, rep, later, limit=limit) == whole[:limit]
