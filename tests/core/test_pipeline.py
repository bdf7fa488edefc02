"""The pipeline's pure rules: gates, the checklist, hand-off checks, the documents."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.core.pipeline import (
    DEFAULT_CHECKLIST,
    Gate,
    Invitation,
    Packet,
    Person,
    PipelineError,
    check_gate,
    check_handoff,
    gate_of,
    invitation_ics,
    packet_html,
    parse_answers_text,
    parse_checklist,
    revisit_due,
    stage_key_for,
)

TODAY = dt.date(2026, 12, 7)
NOW = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)
ANSWERS = {
    "company_size": "50", "industry_fit": True, "budget": "yes", "authority": "CEO",
    "need": "lists", "timing": "Q1",
}  # fmt: skip


def _gate(to: str, **kwargs: object) -> object:
    values: dict[str, object] = {
        "checklist": DEFAULT_CHECKLIST, "answers": None, "stored_answers": None,
        "reason": None, "revisit": None, "today": TODAY,
    }  # fmt: skip
    values.update(kwargs)
    return check_gate(to, **values)  # type: ignore[arg-type]


def test_each_default_stage_has_its_gate() -> None:
    assert gate_of("qualified") is Gate.QUALIFICATION
    assert gate_of("meeting_booked") is Gate.QUALIFICATION
    assert gate_of("disqualified") is Gate.REASON
    assert gate_of("nurture") is Gate.REVISIT
    assert gate_of("handed_off") is Gate.HANDOFF
    assert gate_of("attempting") is Gate.NONE and gate_of("demo_done") is Gate.NONE


def test_the_qualification_gate_merges_stored_answers_and_names_what_is_missing() -> None:
    with pytest.raises(PipelineError) as caught:
        _gate("qualified", answers={"budget": "yes"}, stored_answers={"need": "x"})
    assert caught.value.arguments == {"keys": "company_size, industry_fit, authority, timing"}
    passed = _gate("qualified", answers={"timing": " Q2 "}, stored_answers=ANSWERS)
    assert passed.answers == {**ANSWERS, "timing": "Q2"}  # type: ignore[attr-defined]
    zero = _gate("qualified", answers={**ANSWERS, "company_size": 0})
    assert zero.answers["company_size"] == 0  # type: ignore[attr-defined]


def test_reason_revisit_and_handoff_gates() -> None:
    assert _gate("disqualified", reason="no_need").reason == "no_need"  # type: ignore[attr-defined]
    for to, kwargs, code in [
        ("disqualified", {}, "reason_required"),
        ("attempting", {"reason": "because"}, "unknown_reason"),
        ("nurture", {}, "revisit_required"),
        ("nurture", {"revisit": TODAY - dt.timedelta(days=1)}, "revisit_in_past"),
        ("handed_off", {}, "handoff_required"),
    ]:
        with pytest.raises(PipelineError) as caught:
            _gate(to, **kwargs)
        assert caught.value.code == code
    assert _gate("nurture", revisit=TODAY).revisit == TODAY  # type: ignore[attr-defined]
    assert _gate("handed_off", via_handoff=True).gate is Gate.HANDOFF  # type: ignore[attr-defined]


def test_revisit_reminders_fall_due_at_nine_local_time() -> None:
    due = revisit_due(dt.date(2027, 7, 1), ZoneInfo("America/New_York"))
    assert due == dt.datetime(2027, 7, 1, 13, 0, tzinfo=dt.UTC)


def test_answers_files_and_checklists_are_checked() -> None:
    assert parse_answers_text('{"budget": "yes"}') == {"budget": "yes"}
    with pytest.raises(PipelineError) as not_json:
        parse_answers_text('{"budget": ')
    assert not_json.value.code == "answers_not_json"
    with pytest.raises(PipelineError) as not_object:
        parse_answers_text('"yes"')
    assert not_object.value.code == "answers_not_object"
    items = parse_checklist([{"key": "pain", "label": " Pain ", "required": False}])
    assert items[0].label == "Pain" and not items[0].required
    for bad, detail in [
        ({}, "not_list"), ([], "empty"), (["x"], "not_object"),
        ([{"key": "Bad Key", "label": "x"}], "bad_key"), ([{"key": "a", "label": " "}], "no_label"),
    ]:  # fmt: skip
        with pytest.raises(PipelineError) as caught:
            parse_checklist(bad)
        assert caught.value.arguments == {"detail": detail}


def test_new_stage_keys_come_from_names() -> None:
    assert stage_key_for("Demo done", set()) == "demo_done"
    assert stage_key_for("Demo done", {"demo_done"}) == "demo_done_2"
    assert stage_key_for("Переговоры", set()) == "stage"
    assert stage_key_for("2nd call", set()) == "stage_2nd_call"


def test_handoff_checks() -> None:
    start = NOW + dt.timedelta(days=1)
    ok = {
        "ae_email": "a@x", "ae_role": "ae", "meeting_at": start, "minutes": 30,
        "time_zone": "Asia/Shanghai", "now": NOW,
    }  # fmt: skip
    assert check_handoff(**ok).key == "Asia/Shanghai"  # type: ignore[arg-type]
    for override, code in [
        ({"ae_role": "sdr"}, "not_an_ae"),
        ({"meeting_at": NOW}, "meeting_in_past"),
        ({"time_zone": "Asia/Atlantis"}, "unknown_time_zone"),
        ({"time_zone": "/etc/localtime"}, "unknown_time_zone"),
        ({"minutes": 4}, "bad_minutes"),
    ]:
        with pytest.raises(PipelineError) as caught:
            check_handoff(**{**ok, **override})  # type: ignore[arg-type]
        assert caught.value.code == code


def _invitation(zone: str) -> Invitation:
    return Invitation(
        uid="abc@prospect-desk", start=dt.datetime(2026, 12, 9, 2, 0, tzinfo=dt.UTC),
        minutes=60, zone=ZoneInfo(zone), title="Meeting: 王伟 (阿里巴巴)",
        description="Line one\nLine two; with, punctuation", organizer=Person("Rūta", "r@x.lt"),
        prospect=Person("王伟", "wang@example.cn"), ae=Person("Marcus", "m@x.com"), stamp=NOW,
    )  # fmt: skip


def test_the_invitation_round_trips_in_a_zone_and_in_utc() -> None:
    calendar = Calendar.from_ical(invitation_ics(_invitation("Asia/Shanghai")))
    event = calendar.events[0]
    assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert event["dtstart"].dt.isoformat() == "2026-12-09T10:00:00+08:00"
    assert event["dtend"].dt - event["dtstart"].dt == dt.timedelta(hours=1)
    assert [tz["tzid"] for tz in calendar.timezones] == ["Asia/Shanghai"]
    assert str(event["summary"]) == "Meeting: 王伟 (阿里巴巴)"
    assert str(event["description"]) == "Line one\nLine two; with, punctuation"
    assert [a.params["CN"] for a in event["attendee"]] == ["王伟", "Marcus"]
    utc = Calendar.from_ical(invitation_ics(_invitation("UTC")))
    assert utc.timezones == []
    assert b"DTSTART:20261209T020000Z" in invitation_ics(_invitation("UTC"))
    assert utc.events[0]["dtstart"].dt == dt.datetime(2026, 12, 9, 2, 0, tzinfo=dt.UTC)


def test_the_packet_escapes_every_value() -> None:
    html = packet_html(
        Packet(
            prospect=Person("<b>Bold</b> & Co", "x@y"),
            rep=Person("R", None),
            ae=Person("A", "a@x"),
            meeting_start=NOW,
            minutes=30,
            zone=ZoneInfo("UTC"),
            summary="<script>x</script>",
            answers=[("Budget", False), ("Need", None)],
        )  # fmt: skip
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in html
    assert "<td>No</td>" in html and "<td>—</td>" in html
