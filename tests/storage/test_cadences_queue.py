"""Enrollment, the Today queue and completing items, on real SQLite files with fixed clocks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select, update

from app.storage.cadences import (
    CadenceStoreError,
    RepInfo,
    add_rep,
    complete,
    enroll,
    import_cadence,
    today,
)
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.schema import Activity, Contact, Enrollment, Suppression, Task
from app.storage.suppressions import suppression_hash
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact


@pytest.fixture
def rep(db: Database) -> RepInfo:
    import_cadence(db, CALLS_CADENCE)
    return add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep


def _open_tasks(db: Database, contact_id: int) -> list[Task]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Task).where(Task.contact_id == contact_id, Task.status == "open")
            )
        )


def _enrollment(db: Database, contact_id: int) -> Enrollment:
    with db.session() as session:
        found = session.scalars(select(Enrollment).where(Enrollment.contact_id == contact_id))
        return found.one()


def test_enroll_skips_by_reason_and_force_overrides_only_ownership(
    db: Database, rep: RepInfo
) -> None:
    other = add_rep(db, "Other", "other@example.lt").rep
    fine = add_contact(db)
    flagged = add_contact(db, email="no@example.lt", do_not_contact=True)
    listed = add_contact(db, email="listed@blocked.example")
    owned = add_contact(db, email="owned@example.lt", owner_id=other.id)
    with db.transaction() as conn:
        conn.execute(
            insert(Suppression).values(
                kind="domain",
                value="blocked.example",
                value_hash=suppression_hash("blocked.example"),
            )
        )
    ids = [fine, flagged, listed, owned, 9999, fine]
    result = enroll(db, "Test calls", ids, rep, MONDAY)
    assert result.enrolled == (fine,)
    assert dict(result.skipped) == {
        "not_found": (9999,),
        "do_not_contact": (flagged, listed),
        "owned_by_other_rep": (owned,),
    }
    assert result.changes.ids["enrollments"] and result.changes.count == 1

    again = enroll(db, "Test calls", ids, rep, MONDAY, force=True)
    assert again.enrolled == (owned,)
    assert dict(again.skipped) == {
        "not_found": (9999,),
        "do_not_contact": (flagged, listed),
        "already_enrolled": (fine,),
    }
    with db.reading() as conn:
        owner = conn.execute(select(Contact.owner_id).where(Contact.id == owned)).scalar()
    assert owner == other.id  # enrolling never changes ownership


def test_enrolling_nobody_or_in_an_unknown_cadence_is_refused(db: Database, rep: RepInfo) -> None:
    with pytest.raises(CadenceStoreError) as nobody:
        enroll(db, "Test calls", [], rep, MONDAY)
    assert nobody.value.code == "no_contacts"
    with pytest.raises(CadenceStoreError) as unknown:
        enroll(db, "Nope", [add_contact(db)], rep, MONDAY)
    assert unknown.value.code == "unknown_cadence"
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(Enrollment)).scalar() == 0


def test_the_first_step_is_scheduled_on_the_prospects_clock(db: Database, rep: RepInfo) -> None:
    import_cadence(
        db,
        CALLS_CADENCE.replace('"name": "Test calls"', '"name": "Emails"').replace(
            '{"day": 1, "channel": "call"}', '{"day": 1, "channel": "email"}'
        ),
    )
    vilnius = add_contact(db)
    shanghai = add_contact(
        db, email="li@example.cn", phone_e164=None, time_zone=None, country="CN", city=None
    )
    saturday = dt.datetime(2026, 12, 12, 10, 0, tzinfo=dt.UTC)
    result = enroll(db, "Emails", [vilnius, shanghai], rep, saturday)
    assert result.guessed_time_zones == 1
    first = _enrollment(db, vilnius)
    assert (first.time_zone, first.time_zone_guessed) == ("Europe/Vilnius", False)
    # Enrolled on Saturday: day 1 is Monday, 09:00 in Vilnius (07:00 UTC).
    assert first.next_due_at == dt.datetime(2026, 12, 14, 7, 0, tzinfo=dt.UTC)
    [task] = _open_tasks(db, vilnius)
    assert (task.kind, task.due_at, task.rep_id) == ("email", first.next_due_at, rep.id)
    # China has two zones and no phone says which: the rep's zone, marked guessed.
    second = _enrollment(db, shanghai)
    assert (second.time_zone, second.time_zone_guessed) == ("Europe/Vilnius", True)


def test_an_enrollment_is_undone_as_a_unit(db: Database, rep: RepInfo) -> None:
    ids = [add_contact(db, email=f"p{i}@example.lt") for i in range(3)]
    result = enroll(db, "Test calls", ids, rep, MONDAY)
    assert result.changes.change_set_id is not None
    undo_change_set(db, result.changes.change_set_id)
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(Enrollment)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(Task)).scalar() == 0


def _set_due(db: Database, contact_id: int, due: dt.datetime) -> None:
    with db.transaction() as conn:
        conn.execute(update(Task).where(Task.contact_id == contact_id).values(due_at=due))


def test_today_puts_uncontacted_inbound_first_then_overdue_then_fit(
    db: Database, rep: RepInfo
) -> None:
    low_fit = add_contact(db, email="a@example.lt", fit_score=50)
    overdue = add_contact(db, email="b@example.lt", fit_score=20)
    inbound = add_contact(db, email="c@example.lt", fit_score=10, source="inbound")
    high_fit = add_contact(db, email="d@example.lt", fit_score=90)
    touched_inbound = add_contact(
        db,
        email="e@example.lt",
        fit_score=5,
        source="inbound",
        last_touched_at=MONDAY - dt.timedelta(days=3),
    )
    tomorrow = add_contact(db, email="f@example.lt", fit_score=99)
    enroll(
        db,
        "Test calls",
        [low_fit, overdue, inbound, high_fit, touched_inbound, tomorrow],
        rep,
        MONDAY,
    )
    _set_due(db, overdue, MONDAY - dt.timedelta(days=2))
    _set_due(db, tomorrow, MONDAY + dt.timedelta(days=1))  # after the rep's midnight
    items = today(db, rep, MONDAY)  # due this very moment: due, not overdue
    assert [i.contact_id for i in items] == [inbound, overdue, high_fit, low_fit, touched_inbound]
    assert [i.overdue for i in items] == [False, True, False, False, False]
    first = items[0]
    assert (first.channel, first.cadence, first.step, first.steps) == ("call", "Test calls", 1, 4)
    assert first.local_time.isoformat() == "2026-12-07T10:00:00+02:00"
    assert first.inbound_uncontacted and not items[-1].inbound_uncontacted


@pytest.mark.parametrize(
    ("moment", "contact", "why_not"),
    [
        (MONDAY, {}, ()),
        # 02:00 in Chicago (the city names the zone among the country's).
        (
            MONDAY,
            {"phone_e164": "+13125550100", "time_zone": None, "country": "US", "city": "Chicago"},
            ("outside_hours",),
        ),
        (dt.datetime(2026, 12, 24, 8, 0, tzinfo=dt.UTC), {}, ("holiday",)),
        # Saturday: the step fell due on Friday and waits.
        (dt.datetime(2026, 12, 12, 8, 0, tzinfo=dt.UTC), {}, ("weekend",)),
        # Friday is the weekend in Saudi Arabia.
        (
            dt.datetime(2026, 12, 11, 8, 0, tzinfo=dt.UTC),
            {
                "phone_e164": "+966112345678",
                "time_zone": "Asia/Riyadh",
                "country": "SA",
                "city": "Riyadh",
            },
            ("weekend",),
        ),
        (MONDAY, {"phone_e164": None}, ("no_phone",)),
        (MONDAY, {"do_not_contact": True}, ("do_not_contact",)),
    ],
)
def test_calls_carry_calling_hours_on_known_dates(
    db: Database,
    rep: RepInfo,
    moment: dt.datetime,
    contact: dict[str, object],
    why_not: tuple[str, ...],
) -> None:
    flag = bool(contact.pop("do_not_contact", False))
    contact_id = add_contact(db, **contact)
    enrolled = moment - dt.timedelta(days=1) if moment.weekday() == 5 else moment
    enroll(db, "Test calls", [contact_id], rep, enrolled)
    if flag:  # flagged after enrolling: the queue still shows it, marked
        with db.transaction() as conn:
            conn.execute(
                update(Contact).where(Contact.id == contact_id).values(do_not_contact=True)
            )
    [item] = today(db, rep, moment)
    assert item.channel == "call"
    assert item.why_not == why_not
    assert item.callable_now is (why_not == ())
    if why_not == ("holiday",):
        assert item.holiday_name == "Christmas Eve"
        assert item.next_good_time == dt.datetime(2026, 12, 28, 7, 0, tzinfo=dt.UTC)


def test_done_logs_the_outcome_and_schedules_the_next_step(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    done = complete(db, item.id, "no_answer", "rang out", MONDAY + dt.timedelta(minutes=5))
    assert done.enrollment_status == "active"
    # Day 2 is Tuesday: the email is due at 09:00 in Vilnius.
    assert done.next_due == dt.datetime(2026, 12, 8, 7, 0, tzinfo=dt.UTC)
    [task] = _open_tasks(db, contact_id)
    assert (task.id, task.kind) == (done.next_item, "email")
    with db.reading() as conn:
        activity = conn.execute(select(Activity.kind, Activity.outcome, Activity.body)).one()
        touched = conn.execute(select(Contact.last_touched_at)).scalar()
    assert tuple(activity) == ("call", "no_answer", "rang out")
    assert touched == MONDAY + dt.timedelta(minutes=5)
    assert _enrollment(db, contact_id).current_step == 2
    assert today(db, rep, MONDAY + dt.timedelta(minutes=6)) == []  # the email is tomorrow


def test_days_away_give_one_overdue_step_not_a_burst(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    back = MONDAY + dt.timedelta(days=10)  # Thursday the week after
    [item] = today(db, rep, back)
    assert item.overdue and item.step == 1
    done = complete(db, item.id, "voicemail", None, back)
    # Step 2 (day 2) was due long ago, but never before the moment step 1 was done.
    assert done.next_due == back
    [item] = today(db, rep, back)
    assert (item.step, item.channel) == (2, "email")
    done = complete(db, item.id, "sent", None, back)
    # Step 3 (day 3) is due at once too, but only one step is ever open.
    assert done.next_due == back
    assert len(_open_tasks(db, contact_id)) == 1


def test_meeting_booked_stops_the_cadence(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    done = complete(db, item.id, "meeting_booked", "Thursday 14:00", MONDAY)
    assert (done.enrollment_status, done.next_item) == ("stopped", None)
    enrollment = _enrollment(db, contact_id)
    assert (enrollment.status, enrollment.stop_reason, enrollment.next_due_at) == (
        "stopped",
        "meeting",
        None,
    )
    assert _open_tasks(db, contact_id) == []


def test_opt_out_stops_and_marks_do_not_contact_but_not_interested_does_not(
    db: Database, rep: RepInfo
) -> None:
    out = add_contact(db, email="out@example.lt")
    no = add_contact(db, email="no@example.lt")
    enroll(db, "Test calls", [out, no], rep, MONDAY)
    items = {i.contact_id: i for i in today(db, rep, MONDAY)}
    complete(db, items[out].id, "opt_out", None, MONDAY)
    complete(db, items[no].id, "not_interested", None, MONDAY)
    with db.reading() as conn:
        flags = dict(conn.execute(select(Contact.id, Contact.do_not_contact)).all())
    assert flags == {out: True, no: False}
    assert _enrollment(db, no).stop_reason == "not_interested"
    assert _enrollment(db, out).stop_reason == "opt_out"


def test_wrong_number_marks_the_phone_invalid_and_keeps_its_raw_value(
    db: Database, rep: RepInfo
) -> None:
    contact_id = add_contact(db, phone_reasons="mobile_guess")
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [item] = today(db, rep, MONDAY)
    done = complete(db, item.id, "wrong_number", None, MONDAY)
    assert done.enrollment_status == "active"  # the email goes on
    with db.reading() as conn:
        phone = conn.execute(
            select(Contact.phone_raw, Contact.phone_status, Contact.phone_reasons)
        ).one()
    assert tuple(phone) == ("+370 612 34567", "invalid", "mobile_guess wrong_number")
    # The next call says there is no number to dial.
    [email] = today(db, rep, dt.datetime(2026, 12, 8, 8, 0, tzinfo=dt.UTC))
    step3 = complete(db, email.id, "sent", None, dt.datetime(2026, 12, 8, 8, 0, tzinfo=dt.UTC))
    assert step3.next_due is not None
    [call] = today(db, rep, step3.next_due)
    assert (call.channel, call.phone, call.why_not) == ("call", None, ("no_phone",))


def test_the_last_step_finishes_the_enrollment(db: Database, rep: RepInfo) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    moment = MONDAY + dt.timedelta(days=30)
    for _ in range(4):
        [item] = today(db, rep, moment)
        done = complete(db, item.id, "done", None, moment)
    assert (done.enrollment_status, done.next_item) == ("finished", None)
    assert _enrollment(db, contact_id).status == "finished"


@pytest.mark.parametrize(
    ("item", "outcome", "code"),
    [
        (9999, "done", "unknown_item"),
        (None, "teleported", "unknown_outcome"),
        ("email", "voicemail", "outcome_not_for_channel"),
        ("closed", "done", "item_closed"),
    ],
)
def test_bad_completions_are_refused_and_change_nothing(
    db: Database, rep: RepInfo, item: object, outcome: str, code: str
) -> None:
    contact_id = add_contact(db)
    enroll(db, "Test calls", [contact_id], rep, MONDAY)
    [call] = today(db, rep, MONDAY)
    item_id = call.id if item is None else item
    if item in ("email", "closed"):
        done = complete(db, call.id, "done", None, MONDAY)
        item_id = done.next_item if item == "email" else call.id
    with db.reading() as conn:
        before = conn.execute(select(func.count()).select_from(Activity)).scalar()
    with pytest.raises(CadenceStoreError) as caught:
        complete(db, item_id, outcome, None, MONDAY)  # type: ignore[arg-type]
    assert caught.value.code == code
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(Activity)).scalar() == before
