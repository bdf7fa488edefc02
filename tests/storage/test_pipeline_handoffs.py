"""Hand-offs on real SQLite files: the two moves, the row, the documents, the AE's decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.core.pipeline import PipelineError
from app.storage import tables
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.pipeline import (
    accept_handoff,
    create_handoff,
    get_handoff,
    invitation_bytes,
    list_handoffs,
    move_contact,
    send_back_handoff,
    write_handoff_files,
)
from tests.pipeline_data import FULL_ANSWERS, Pipeline, setup_pipeline, snapshot

MEETING = dt.datetime(2026, 12, 9, 15, 0, tzinfo=dt.UTC)  # 10:00 in New York


def _stage_changes(db: Database, contact_id: int) -> list[dict[str, object]]:
    a = tables.activities
    with db.reading() as conn:
        return list(
            conn.execute(
                select(a.c.details)
                .where(a.c.contact_id == contact_id, a.c.kind == "stage_change")
                .order_by(a.c.id)
            ).scalars()
        )


def _qualified(db: Database) -> Pipeline:
    p = setup_pipeline(db)
    move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=p.now)
    return p


def test_a_handoff_books_the_meeting_hands_off_and_stays_pending(db: Database) -> None:
    p = setup_pipeline(db)
    before = snapshot(db)
    result = create_handoff(
        db, p.contact_id, "MARCUS@example.com", MEETING, minutes=45, summary=" Budget set ",
        answers=FULL_ANSWERS, rep_id=p.sdr_id, now=p.now,
    )  # fmt: skip
    assert result.ae.id == p.ae_id and result.status == "pending"
    assert result.time_zone == "America/New_York"  # the AE's own zone
    assert result.enrollments_stopped == (p.enrollment_id,)
    assert _stage_changes(db, p.contact_id) == [
        {"from": None, "to": "meeting_booked", "reason": None},
        {"from": "meeting_booked", "to": "handed_off", "reason": None},
    ]
    with db.reading() as conn:
        info = get_handoff(conn, result.handoff_id)
    assert (info.meeting_at, info.minutes, info.summary) == (MEETING, 45, "Budget set")
    assert info.ics_uid == result.ics_uid and info.status == "pending"
    undone = undo_change_set(db, result.changes.change_set_id or 0)
    assert undone.applied and not undone.conflicts
    after = snapshot(db)
    for name in ("handoffs", "activities", "qualifications"):
        assert after[name] == before[name], name


def test_a_handoff_refuses_what_the_rules_refuse(db: Database) -> None:
    p = _qualified(db)
    cases = [
        ({"ae_email": "ruta@example.lt"}, "not_an_ae"),
        ({"ae_email": "ghost@example.com"}, "unknown_rep"),
        ({"meeting_at": p.now - dt.timedelta(minutes=1)}, "meeting_in_past"),
        ({"time_zone": "Europe/Atlantis"}, "unknown_time_zone"),
        ({"time_zone": "../../etc/passwd"}, "unknown_time_zone"),
        ({"minutes": 0}, "bad_minutes"),
    ]
    before = snapshot(db)
    for override, code in cases:
        kwargs: dict[str, object] = {"ae_email": "marcus@example.com", "meeting_at": MEETING}
        kwargs.update(override)
        with pytest.raises(PipelineError) as caught:
            create_handoff(
                db, p.contact_id, str(kwargs.pop("ae_email")), kwargs.pop("meeting_at"),  # type: ignore[arg-type]
                now=p.now, **kwargs,  # type: ignore[arg-type]
            )  # fmt: skip
        assert caught.value.code == code, override
    assert snapshot(db) == before
    create_handoff(db, p.contact_id, "marcus@example.com", MEETING, now=p.now)
    with pytest.raises(PipelineError) as twice:
        create_handoff(db, p.contact_id, "marcus@example.com", MEETING, now=p.now)
    assert twice.value.code == "already_handed_off"


def test_the_invitation_round_trips_through_icalendar(db: Database, tmp_path: Path) -> None:
    p = _qualified(db)
    result = create_handoff(
        db, p.contact_id, "marcus@example.com", MEETING, time_zone="Europe/Vilnius",
        summary="Wants a demo for 12 reps", rep_id=p.sdr_id, now=p.now,
    )  # fmt: skip
    files = write_handoff_files(db, result.handoff_id, tmp_path / "out")
    data = files.ics.read_bytes()
    assert data == invitation_bytes(db, result.handoff_id)  # what the outbox would attach
    calendar = Calendar.from_ical(data)
    assert str(calendar["method"]) == "REQUEST"
    assert [tz["tzid"] for tz in calendar.timezones] == ["Europe/Vilnius"]
    event = calendar.events[0]
    assert str(event["uid"]) == result.ics_uid
    start, end = event["dtstart"], event["dtend"]
    assert start.params["TZID"] == "Europe/Vilnius"
    assert start.dt == MEETING and start.dt.isoformat() == "2026-12-09T17:00:00+02:00"
    assert end.dt - start.dt == dt.timedelta(minutes=30)
    assert str(event["organizer"]) == "mailto:ruta@example.lt"
    attendees = {str(a): a.params for a in event["attendee"]}
    assert set(attendees) == {"mailto:jurgis@example.lt", "mailto:marcus@example.com"}
    for params in attendees.values():
        assert (params["ROLE"], params["PARTSTAT"], params["RSVP"]) == (
            "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE",
        )  # fmt: skip
    assert attendees["mailto:jurgis@example.lt"]["CN"] == "Jurgis Šimkus"
    assert "Wants a demo for 12 reps" in str(event["description"])
    assert "Jurgis Šimkus" in str(event["summary"])


def test_the_packet_shows_the_answers_and_the_timeline_escaped(
    db: Database, tmp_path: Path
) -> None:
    p = setup_pipeline(db, full_name="Anna <script>alert(1)</script> Berg")
    with db.transaction() as conn:
        conn.execute(
            tables.activities.insert().values(
                contact_id=p.contact_id,
                kind="note",
                occurred_at=p.now,
                body="Call back after <budget> review & board",
            )  # fmt: skip
        )
    move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=p.now)
    result = create_handoff(db, p.contact_id, "marcus@example.com", MEETING, now=p.now)
    html = write_handoff_files(db, result.handoff_id, tmp_path).packet.read_text("utf-8")
    assert "<script>" not in html
    assert "Anna &lt;script&gt;alert(1)&lt;/script&gt; Berg" in html
    assert "Call back after &lt;budget&gt; review &amp; board" in html
    assert "approved for Q1" in html and "Authority (decision maker)" in html
    assert "Qualified → Meeting booked" in html and "Meeting booked → Handed off" in html
    assert "2026-12-09 10:00 (America/New_York" in html


def test_the_ae_accepts_or_sends_back(db: Database) -> None:
    p = _qualified(db)
    first = create_handoff(db, p.contact_id, "marcus@example.com", MEETING, now=p.now)
    later = p.now + dt.timedelta(hours=2)
    accept_handoff(db, first.handoff_id, now=later)
    with db.reading() as conn:
        accepted = get_handoff(conn, first.handoff_id)
    assert (accepted.status, accepted.decided_at) == ("accepted", later)
    with pytest.raises(PipelineError) as decided:
        send_back_handoff(db, first.handoff_id, "no_budget", now=later)
    assert decided.value.code == "handoff_decided"

    other = setup_pipeline_second(db, p)
    sent = create_handoff(db, other, "marcus@example.com", MEETING, now=p.now)
    with pytest.raises(PipelineError) as unknown:
        send_back_handoff(db, sent.handoff_id, "meh", now=later)
    assert unknown.value.code == "unknown_reason"
    changes = send_back_handoff(
        db, sent.handoff_id, "not_decision_maker", note="Talk to the CFO", now=later
    )
    assert changes.undoable
    with db.reading() as conn:
        back = get_handoff(conn, sent.handoff_id)
        pending = list_handoffs(conn, ae_id=p.ae_id, status="pending")
    assert (back.status, back.decision_reason) == ("sent_back", "not_decision_maker")
    assert pending == []
    assert _stage_changes(db, other)[-1] == {
        "from": "handed_off", "to": "qualified", "reason": "not_decision_maker",
    }  # fmt: skip
    with pytest.raises(PipelineError) as missing:
        accept_handoff(db, 9999, now=later)
    assert missing.value.code == "unknown_handoff"


def setup_pipeline_second(db: Database, p: Pipeline) -> int:
    """A second qualified prospect of the same SDR."""
    from tests.cadences_data import add_contact

    contact_id = add_contact(db, email="second@example.lt", owner_id=p.sdr_id)
    move_contact(db, contact_id, "qualified", answers=FULL_ANSWERS, now=p.now)
    return contact_id
