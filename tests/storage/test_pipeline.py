"""Pipeline storage on real SQLite files: stages, moves through their gates, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.core.pipeline import ChecklistItem, PipelineError
from app.storage import tables
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.pipeline import (
    STAGES_SEEDED_KEY,
    add_stage,
    delete_stage,
    list_stages,
    load_checklist,
    move_contact,
    move_prospects_and_delete,
    rename_stage,
    reorder_stages,
    save_checklist,
    seed_default_stages,
    set_terminal,
    stored_answers,
)
from tests.pipeline_data import FULL_ANSWERS, setup_pipeline, snapshot

DEFAULT_KEYS = [
    "new", "researching", "attempting", "connected", "qualified", "meeting_booked",
    "handed_off", "nurture", "disqualified",
]  # fmt: skip


def _stage_of(db: Database, contact_id: int) -> str | None:
    c, s = tables.contacts, tables.pipeline_stages
    with db.reading() as conn:
        return conn.execute(
            select(s.c.key)
            .select_from(c.outerjoin(s, s.c.id == c.c.stage_id))
            .where(c.c.id == contact_id)
        ).scalar_one()


def test_the_default_pipeline_is_seeded_once_with_the_demo_keys(db: Database) -> None:
    changes = seed_default_stages(db)
    assert changes.count == 9
    with db.reading() as conn:
        stages = list_stages(conn)
    assert [s.key for s in stages] == DEFAULT_KEYS
    assert [s.position for s in stages] == list(range(9))
    assert {s.key for s in stages if s.is_terminal} == {"handed_off", "disqualified"}
    assert seed_default_stages(db).empty
    # A team that deletes a stage does not get it back at the next start.
    delete_stage(db, stages[1].id)
    assert seed_default_stages(db).empty
    with db.reading() as conn:
        assert "researching" not in [s.key for s in list_stages(conn)]
        assert conn.execute(
            select(tables.settings.c.value).where(tables.settings.c.key == STAGES_SEEDED_KEY)
        ).scalar_one()


def test_a_move_logs_a_stage_change_and_counts_follow(db: Database) -> None:
    p = setup_pipeline(db)
    result = move_contact(db, p.contact_id, "attempting", rep_id=p.sdr_id, now=p.now)
    assert (result.from_stage, result.to_stage) == (None, "attempting")
    assert result.enrollments_stopped == ()  # a working stage keeps the cadence going
    assert result.changes.change_set_id is not None
    assert result.changes.ids_in("contacts") == frozenset({p.contact_id})
    second = move_contact(db, p.contact_id, "Connected", rep_id=p.sdr_id, now=p.now)
    assert second.from_stage == "attempting"
    with db.reading() as conn:
        a = tables.activities
        details = conn.execute(
            select(a.c.details).where(a.c.kind == "stage_change").order_by(a.c.id)
        ).scalars()
        assert list(details) == [
            {"from": None, "to": "attempting", "reason": None},
            {"from": "attempting", "to": "connected", "reason": None},
        ]
        counts = {s.key: s.count for s in list_stages(conn)}
    assert counts["connected"] == 1 and counts["attempting"] == 0


def test_qualified_needs_the_required_answers_and_stops_the_cadence(db: Database) -> None:
    p = setup_pipeline(db)
    before = snapshot(db)
    partial = {k: v for k, v in FULL_ANSWERS.items() if k not in ("budget", "timing")}
    with pytest.raises(PipelineError) as caught:
        move_contact(db, p.contact_id, "qualified", answers=partial, now=p.now)
    assert caught.value.code == "missing_answers"
    assert caught.value.arguments == {"keys": "budget, timing"}
    assert snapshot(db) == before  # nothing written, not even a change set's rows
    result = move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=p.now)
    assert result.enrollments_stopped == (p.enrollment_id,)
    with db.reading() as conn:
        e, t = tables.enrollments, tables.tasks
        enrollment = conn.execute(select(e).where(e.c.id == p.enrollment_id)).one()
        assert (enrollment.status, enrollment.stop_reason) == ("stopped", "stage")
        open_items = conn.execute(
            select(t.c.id).where(t.c.contact_id == p.contact_id, t.c.status == "open")
        ).all()
        assert open_items == []  # nothing left in the Today queue
        _, answers = stored_answers(conn, p.contact_id)
    assert answers == FULL_ANSWERS


def test_answers_stored_before_count_for_a_later_move(db: Database) -> None:
    p = setup_pipeline(db)
    half = dict(list(FULL_ANSWERS.items())[:3])
    move_contact(db, p.contact_id, "connected", answers=half, now=p.now)  # no gate: kept
    rest = dict(list(FULL_ANSWERS.items())[3:])
    move_contact(db, p.contact_id, "qualified", answers=rest, now=p.now)
    assert _stage_of(db, p.contact_id) == "qualified"


@pytest.mark.parametrize(
    ("answers", "code", "arguments"),
    [
        ({**FULL_ANSWERS, "favourite_colour": "blue"}, "unknown_answers",
         {"keys": "favourite_colour"}),
        ({**FULL_ANSWERS, "budget": ["a", "list"]}, "bad_answer", {"key": "budget"}),
        ({**FULL_ANSWERS, "need": "   "}, "missing_answers", {"keys": "need"}),
    ],
)  # fmt: skip
def test_bad_answers_are_refused(
    db: Database, answers: dict[str, object], code: str, arguments: dict[str, str]
) -> None:
    p = setup_pipeline(db)
    with pytest.raises(PipelineError) as caught:
        move_contact(db, p.contact_id, "qualified", answers=answers, now=p.now)
    assert (caught.value.code, caught.value.arguments) == (code, arguments)


def test_false_is_an_answer_and_the_optional_question_may_stay_open(db: Database) -> None:
    p = setup_pipeline(db)
    answers = {**FULL_ANSWERS, "industry_fit": False}
    move_contact(db, p.contact_id, "qualified", answers=answers, now=p.now)
    assert _stage_of(db, p.contact_id) == "qualified"


def test_a_team_checklist_replaces_the_default(db: Database) -> None:
    p = setup_pipeline(db)
    save_checklist(
        db, [ChecklistItem("pain", "Pain"), ChecklistItem("champion", "Champion", False)]
    )
    with db.reading() as conn:
        assert [i.key for i in load_checklist(conn)] == ["pain", "champion"]
    with pytest.raises(PipelineError) as caught:
        move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=p.now)
    assert caught.value.code == "unknown_answers"
    move_contact(db, p.contact_id, "qualified", answers={"pain": "churn"}, now=p.now)
    with pytest.raises(PipelineError) as bad:
        save_checklist(db, [ChecklistItem("pain", "Pain"), ChecklistItem("pain", "Again")])
    assert bad.value.arguments == {"detail": "duplicate_key"}


def test_disqualified_needs_a_known_reason(db: Database) -> None:
    p = setup_pipeline(db)
    for reason, code in ((None, "reason_required"), ("hates_us", "unknown_reason")):
        with pytest.raises(PipelineError) as caught:
            move_contact(db, p.contact_id, "disqualified", reason=reason, now=p.now)
        assert caught.value.code == code
    result = move_contact(db, p.contact_id, "disqualified", reason="no_budget", now=p.now)
    assert result.enrollments_stopped == (p.enrollment_id,)
    with db.reading() as conn:
        q, a = tables.qualifications, tables.activities
        assert (
            conn.execute(
                select(q.c.disqualify_reason).where(q.c.contact_id == p.contact_id)
            ).scalar_one()
            == "no_budget"
        )
        assert conn.execute(
            select(a.c.details).where(a.c.id == result.activity_id)
        ).scalar_one() == {"from": None, "to": "disqualified", "reason": "no_budget"}


def test_nurture_needs_a_revisit_day_and_creates_a_reminder_then(db: Database) -> None:
    p = setup_pipeline(db)  # the prospect is in Vilnius (UTC+2 in December)
    with pytest.raises(PipelineError) as missing:
        move_contact(db, p.contact_id, "nurture", now=p.now)
    assert missing.value.code == "revisit_required"
    with pytest.raises(PipelineError) as past:
        move_contact(db, p.contact_id, "nurture", revisit=dt.date(2026, 12, 6), now=p.now)
    assert past.value.arguments == {"revisit": "2026-12-06", "today": "2026-12-07"}
    result = move_contact(
        db, p.contact_id, "nurture", revisit=dt.date(2027, 3, 1), rep_id=p.sdr_id, now=p.now
    )
    assert result.task_id is not None
    assert result.enrollments_stopped == (p.enrollment_id,)
    with db.reading() as conn:
        t, q = tables.tasks, tables.qualifications
        task = conn.execute(select(t).where(t.c.id == result.task_id)).one()
        until = conn.execute(
            select(q.c.nurture_until).where(q.c.contact_id == p.contact_id)
        ).scalar_one()
    due = dt.datetime(2027, 3, 1, 7, 0, tzinfo=dt.UTC)  # 09:00 in Vilnius
    assert (task.kind, task.status, task.rep_id, task.due_at) == (
        "follow_up",
        "open",
        p.sdr_id,
        due,
    )
    assert until == due


def test_handed_off_is_reached_through_a_handoff_only(db: Database) -> None:
    p = setup_pipeline(db)
    with pytest.raises(PipelineError) as caught:
        move_contact(db, p.contact_id, "handed_off", now=p.now)
    assert caught.value.code == "handoff_required"


def test_unknown_contact_stage_and_same_stage_are_refused(db: Database) -> None:
    p = setup_pipeline(db)
    cases = [
        ((999_999, "attempting"), "unknown_contact"),
        ((p.contact_id, "nowhere"), "unknown_stage"),
    ]
    for (contact_id, stage), code in cases:
        with pytest.raises(PipelineError) as caught:
            move_contact(db, contact_id, stage, now=p.now)
        assert caught.value.code == code
    move_contact(db, p.contact_id, "attempting", now=p.now)
    with pytest.raises(PipelineError) as same:
        move_contact(db, p.contact_id, "attempting", now=p.now)
    assert same.value.code == "same_stage"


def test_a_stage_deleted_meanwhile_is_a_clear_refusal(db: Database) -> None:
    p = setup_pipeline(db)
    with db.reading() as conn:
        researching = next(s for s in list_stages(conn) if s.key == "researching")
    delete_stage(db, researching.id)  # somebody else, between drag start and drop
    before = snapshot(db)
    with pytest.raises(PipelineError) as caught:
        move_contact(db, p.contact_id, researching.id, now=p.now)
    assert caught.value.code == "unknown_stage"
    assert snapshot(db) == before


def test_undo_takes_a_whole_move_back(db: Database) -> None:
    p = setup_pipeline(db)
    move_contact(db, p.contact_id, "connected", now=p.now)
    before = snapshot(db)
    result = move_contact(
        db, p.contact_id, "nurture", revisit=dt.date(2027, 1, 15), reason="bad_timing", now=p.now
    )
    assert result.changes.undoable
    assert snapshot(db) != before
    undone = undo_change_set(db, result.changes.change_set_id or 0)
    assert undone.applied and not undone.conflicts
    after = snapshot(db)
    # Undo bumps the version of the rows it restores (so others see the change); the
    # rest is exactly as before: stage, enrollment, its task, no reminder, no activity.
    assert _stage_of(db, p.contact_id) == "connected"
    for name in ("activities", "qualifications"):
        assert after[name] == before[name], name
    with db.reading() as conn:
        e, t = tables.enrollments, tables.tasks
        assert conn.execute(select(e.c.status).where(e.c.id == p.enrollment_id)).scalar_one() == (
            "active"
        )
        assert conn.execute(
            select(t.c.status).where(t.c.enrollment_id == p.enrollment_id)
        ).scalars().all() == ["open"]
        assert conn.execute(select(t.c.id).where(t.c.kind == "follow_up")).all() == []


def test_stage_configuration_rename_reorder_add_terminal(db: Database) -> None:
    seed_default_stages(db)
    with db.reading() as conn:
        stages = list_stages(conn)
    rename_stage(db, stages[0].id, "Fresh leads")
    set_terminal(db, stages[3].id, True)
    added, changes = add_stage(db, "Demo done", position=6)
    assert added.key == "demo_done" and added.position == 6
    assert changes.change_set_id is not None
    with db.reading() as conn:
        stages = list_stages(conn)
    assert [s.key for s in stages][5:8] == ["meeting_booked", "demo_done", "handed_off"]
    assert stages[0].name == "Fresh leads" and stages[0].key == "new"
    assert stages[3].is_terminal
    reorder_stages(db, [s.id for s in reversed(stages)])
    with db.reading() as conn:
        assert [s.key for s in list_stages(conn)][0] == "disqualified"
    with pytest.raises(PipelineError) as caught:
        reorder_stages(db, [stages[0].id])
    assert caught.value.arguments == {"detail": "missing"}
    with pytest.raises(PipelineError) as taken:
        add_stage(db, "Again", key="qualified")
    assert taken.value.code == "stage_exists"


def test_a_stage_with_prospects_is_deleted_only_after_moving_them(db: Database) -> None:
    p = setup_pipeline(db)
    move_contact(db, p.contact_id, "researching", now=p.now)
    with db.reading() as conn:
        stages = {s.key: s for s in list_stages(conn)}
    with pytest.raises(PipelineError) as caught:
        delete_stage(db, stages["researching"].id)
    assert caught.value.arguments == {"stage": "researching", "count": 1}
    with pytest.raises(PipelineError) as gated:
        move_prospects_and_delete(
            db, stages["researching"].id, stages["qualified"].id, rep_id=None, now=p.now
        )
    assert gated.value.code == "stage_gated"
    before = snapshot(db)
    changes = move_prospects_and_delete(
        db, stages["researching"].id, stages["attempting"].id, rep_id=p.sdr_id, now=p.now
    )
    assert _stage_of(db, p.contact_id) == "attempting"
    with db.reading() as conn:
        assert "researching" not in {s.key for s in list_stages(conn)}
    undo_change_set(db, changes.change_set_id or 0)
    assert _stage_of(db, p.contact_id) == "researching"
    assert snapshot(db)["activities"] == before["activities"]


def test_a_move_into_a_stage_without_answers_row_keeps_qualifications_empty(
    db: Database,
) -> None:
    p = setup_pipeline(db)
    move_contact(db, p.contact_id, "attempting", now=p.now)
    with db.reading() as conn:
        assert conn.execute(select(tables.qualifications.c.id)).all() == []
    with db.transaction() as conn:  # somebody clears the stage behind our back
        conn.execute(update(tables.contacts).values(stage_id=None))
    assert move_contact(db, p.contact_id, "attempting", now=p.now).from_stage is None
