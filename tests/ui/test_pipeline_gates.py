"""The pipeline's gate dialogs, driven like a person: the form blocks until it may pass,
the hand-off writes an invitation icalendar reads back, the AE accepts or sends back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.storage import tables
from app.storage.database import Database
from app.storage.pipeline import Stage, gate_context, get_handoff, list_stages, move_contact
from app.ui.pipeline.gates import (
    DisqualifyDialog,
    HandoffDecisionDialog,
    HandoffDialog,
    NurtureDialog,
    QualificationDialog,
    ask_for_move,
    finish_move,
    perform_decision,
    perform_move,
)
from app.ui.undo import UndoChange
from tests.pipeline_data import FULL_ANSWERS, setup_pipeline

NOW = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Card:
    """What the board would pass: a contact's id and name."""

    id: int
    name: str


def _stage(db: Database, key: str) -> Stage:
    with db.reading() as conn:
        return next(s for s in list_stages(conn) if s.key == key)


def _stage_key(db: Database, contact_id: int) -> str:
    c, s = tables.contacts, tables.pipeline_stages
    with db.reading() as conn:
        return str(
            conn.execute(
                select(s.c.key).join(c, c.c.stage_id == s.c.id).where(c.c.id == contact_id)
            ).scalar_one()
        )


def test_the_qualification_form_blocks_ok_until_the_required_answers_are_given(
    qtbot: QtBot, db: Database
) -> None:
    p = setup_pipeline(db)
    with db.reading() as conn:
        context = gate_context(conn, p.contact_id)
    form = QualificationDialog(None, "Jurgis Šimkus", context.checklist, {"budget": "yes"})
    qtbot.addWidget(form)
    assert form.fields["budget"].text() == "yes"  # stored answers are filled in
    assert not form.ok_button.isEnabled()
    assert "Company size fits" in form.hint.text() and "Budget" not in form.hint.text()
    for key, value in FULL_ANSWERS.items():
        if key == "timing":
            continue
        form.fields[key].clear()
        qtbot.keyClicks(form.fields[key], str(value))
    assert not form.ok_button.isEnabled()
    assert form.hint.text() == "Still needed: Timing"
    qtbot.keyClicks(form.fields["timing"], "Q1")
    assert form.ok_button.isEnabled() and form.hint.text() == ""
    # The optional question may stay open; blanking a required one blocks again.
    form.fields["need"].setText("   ")
    assert not form.ok_button.isEnabled()


def test_ask_for_move_returns_the_answers_and_the_move_goes_through(
    qtbot: QtBot, db: Database
) -> None:
    p = setup_pipeline(db)
    with db.reading() as conn:
        context = gate_context(conn, p.contact_id)
    qualified = _stage(db, "qualified")

    def answer() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, QualificationDialog)
        assert not form.ok_button.isEnabled()
        for key, value in FULL_ANSWERS.items():
            form.fields[key].setText(str(value))
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    request = ask_for_move(None, Card(p.contact_id, "Jurgis"), qualified, context=context, now=NOW)
    assert request is not None and request.to_stage == qualified.id
    assert request.answers == {k: str(v) for k, v in FULL_ANSWERS.items()}
    outcome = perform_move(db, request, rep_id=p.sdr_id, now=NOW)
    assert outcome.changes.undoable
    assert UndoChange().undo(outcome.changes) == "&Undo Stage change"
    assert _stage_key(db, p.contact_id) == "qualified"


def test_cancelling_a_gate_moves_nothing_and_plain_stages_need_no_dialog(
    qtbot: QtBot, db: Database
) -> None:
    p = setup_pipeline(db)
    card = Card(p.contact_id, "Jurgis")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DisqualifyDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert ask_for_move(None, card, _stage(db, "disqualified"), now=NOW) is None
    plain = ask_for_move(None, card, _stage(db, "attempting"), now=NOW)
    assert plain is not None and plain.answers is None and plain.handoff is None


def test_the_reason_and_revisit_pickers(qtbot: QtBot) -> None:
    picker = DisqualifyDialog(None, "Jurgis")
    qtbot.addWidget(picker)
    assert not picker.ok_button.isEnabled()
    picker.reasons.setCurrentIndex(picker.reasons.findData("competitor"))
    assert picker.ok_button.isEnabled() and picker.reason() == "competitor"
    nurture = NurtureDialog(None, "Jurgis", dt.date(2026, 12, 7))
    qtbot.addWidget(nurture)
    assert nurture.revisit() == dt.date(2027, 3, 7)  # 90 days on by default
    nurture.date.setDate(QDate(2026, 12, 1))  # before today: the picker keeps today
    assert nurture.revisit() == dt.date(2026, 12, 7)


def test_the_handoff_dialog_writes_an_invitation_and_a_packet(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    p = setup_pipeline(db)
    move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=NOW)
    with db.reading() as conn:
        context = gate_context(conn, p.contact_id)
    dialog = HandoffDialog(
        None, "Jurgis Šimkus", context.account_executives, now=NOW,
        sdr_time_zone="Europe/Vilnius", contact_time_zone=context.contact_time_zone,
        folder=tmp_path / "handoffs",
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.ae.count() == 1  # the SDR is not offered
    assert dialog.zone.currentText() == "America/New_York"  # the AE's zone
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0)))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "The meeting time is in the past."
    dialog.zone.setCurrentText("Europe/Nowhere")
    assert dialog.hint.text() == "“Europe/Nowhere” is not a time zone."
    dialog.zone.setCurrentText("Europe/Vilnius")
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 9), QTime(16, 30)))
    assert dialog.ok_button.isEnabled()
    # Written as the interface's locale writes a date and time.
    there = QLocale().toString(
        QDateTime(QDate(2026, 12, 9), QTime(16, 30)), QLocale.FormatType.ShortFormat
    )
    assert dialog.prospect_time.text() == f"For the prospect: {there} (Vilnius)"
    dialog.minutes.setValue(45)
    qtbot.keyClicks(dialog.summary, "Wants a demo <now>")
    request = dialog.request()

    from app.ui.pipeline.gates import MoveRequest

    outcome = finish_move(
        perform_move(
            db,
            MoveRequest(p.contact_id, "handed_off", handoff=request),
            rep_id=p.sdr_id,
            now=NOW,
        )  # fmt: skip
    )
    assert outcome.files is not None and outcome.pdf is not None
    assert outcome.pdf.read_bytes().startswith(b"%PDF")
    event = Calendar.from_ical(outcome.files.ics.read_bytes()).events[0]
    assert event["dtstart"].params["TZID"] == "Europe/Vilnius"
    assert event["dtstart"].dt == dt.datetime(2026, 12, 9, 14, 30, tzinfo=dt.UTC)
    assert event["dtend"].dt - event["dtstart"].dt == dt.timedelta(minutes=45)
    assert {str(a) for a in event["attendee"]} == {
        "mailto:jurgis@example.lt", "mailto:marcus@example.com",
    }  # fmt: skip
    packet = outcome.files.packet.read_text("utf-8")
    assert "Wants a demo &lt;now&gt;" in packet and "approved for Q1" in packet
    assert _stage_key(db, p.contact_id) == "handed_off"


def test_the_ae_accepts_or_sends_back(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    p = setup_pipeline(db)
    from app.storage.pipeline import create_handoff

    move_contact(db, p.contact_id, "qualified", answers=FULL_ANSWERS, now=NOW)
    meeting = NOW + dt.timedelta(days=2)
    first = create_handoff(db, p.contact_id, "marcus@example.com", meeting, now=NOW)
    with db.reading() as conn:
        info = get_handoff(conn, first.handoff_id)
    dialog = HandoffDecisionDialog(None, info)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.send_back_choice.setChecked(True)
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Send back"
    dialog.reason.setCurrentIndex(dialog.reason.findData("not_decision_maker"))
    qtbot.keyClicks(dialog.note, "Talk to the CFO")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    perform_decision(db, dialog.decision(), rep_id=p.ae_id, now=NOW)
    with db.reading() as conn:
        back = get_handoff(conn, first.handoff_id)
    assert (back.status, back.decision_reason) == ("sent_back", "not_decision_maker")
    assert _stage_key(db, p.contact_id) == "qualified"

    second = create_handoff(db, p.contact_id, "marcus@example.com", meeting, now=NOW)
    with db.reading() as conn:
        info = get_handoff(conn, second.handoff_id)
    accepting = HandoffDecisionDialog(None, info)
    qtbot.addWidget(accepting)
    accepting.accept_choice.setChecked(True)
    assert accepting.ok_button.isEnabled() and accepting.ok_button.text() == "Accept"
    perform_decision(db, accepting.decision(), rep_id=p.ae_id, now=NOW)
    with db.reading() as conn:
        assert get_handoff(conn, second.handoff_id).status == "accepted"
