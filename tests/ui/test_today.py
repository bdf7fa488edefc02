"""The Today page on a real SQLite file with a fixed clock: keys, calls, do-not-contact, reps."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.adapters.clock import FixedClock
from app.storage.cadences import (
    CadenceStoreError,
    RepInfo,
    add_rep,
    enroll,
    list_reps,
    today,
)
from app.storage.database import Database
from app.storage.schema import Contact, Task
from app.ui import settings
from app.ui.reps.dialog import RepDialog
from app.ui.today.followups import WhenDialog
from app.ui.today.messages import availability_text, error_text, reason_label
from app.ui.today.model import TodayModel
from app.ui.today.page import TodayPage
from app.ui.widgets.page import PageContext
from tests.cadences_data import MONDAY, add_contact
from tests.ui.today_support import (
    LOAD_MS,
    NOW,
    Opener,
    activities,
    make_rep,
    press,
    show_page,
    task_status,
)


@pytest.fixture
def rep(db: Database) -> RepInfo:
    """Rūta (Vilnius) with three Lithuanian prospects in a call-first cadence."""
    return make_rep(db)


@pytest.fixture
def opener() -> Opener:
    """The recording opener."""
    return Opener()


def test_the_queue_is_worked_by_keys_alone(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    names = [item.name for item in page.model.items]
    assert names == ["Ona Kazlauskienė", "Jonas Petraitis", "Eglė Vaitkutė"]
    assert page.current_item() == page.model.items[0]
    assert page.goal_label.text() == "0 of 50 touches today"

    press(qtbot, page, Qt.Key.Key_J)
    # The J key on a Russian layout types "о": it moves down too.
    QApplication.sendEvent(
        page.table, QKeyEvent(QEvent.Type.KeyPress, 0x41E, Qt.KeyboardModifier.NoModifier, "о")
    )
    assert page.table.currentIndex().row() == 2
    press(qtbot, page, Qt.Key.Key_K)
    second = page.current_item()
    assert second is not None and second.name == "Jonas Petraitis"
    assert not page.panel.isVisible()
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.panel.isVisible() and page.panel.item == second
    assert page.panel.name_label.text() == "Jonas Petraitis"
    assert "+37061234567" in page.panel.phone_label.text()

    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_2)  # no answer
    assert task_status(db, second.id) == "done"
    [logged] = activities(db)
    assert (logged.contact_id, logged.outcome, logged.kind) == (
        second.contact_id,
        "no_answer",
        "call",
    )
    # The item left the queue; the next one took its row and is selected.
    assert [i.name for i in page.model.items] == ["Ona Kazlauskienė", "Eglė Vaitkutė"]
    following = page.current_item()
    assert following is not None and following.name == "Eglė Vaitkutė"
    assert page.panel.item == following
    assert page.goal_label.text() == "1 of 50 touches today"

    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_S)
    assert task_status(db, following.id) == "skipped"
    assert [i.name for i in page.model.items] == ["Ona Kazlauskienė"]

    assert not page.key_help.isVisible()
    qtbot.keyClicks(page.table, "?")
    assert page.key_help.isVisible() and "J / K" in page.key_help.text()
    press(qtbot, page, Qt.Key.Key_Escape)
    assert not page.panel.isVisible()


def test_a_call_is_dialled_timed_and_logged_with_a_key(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    settings.CALL_URL_SCHEME.set("sip")
    page = show_page(qtbot, db, opener)
    first = page.current_item()
    assert first is not None and first.callable_now
    press(qtbot, page, Qt.Key.Key_C)
    assert opener.urls == ["sip:+37061234567"]
    assert page.panel.isVisible() and page.panel.timer_label.text() == "00:00"
    page.panel.note_edit.setPlainText("Asked for a demo next week.")

    def pick_tomorrow() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WhenDialog)
        dialog.findChild(QPushButton, "tomorrowButton").click()
        dialog.accept()

    QTimer.singleShot(0, pick_tomorrow)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_9)  # call back later: asks when, in her time
    [logged] = activities(db)
    assert logged.outcome == "call_back_later"
    assert logged.body == "Asked for a demo next week."
    assert logged.duration_seconds is not None and logged.duration_seconds < 60
    assert task_status(db, first.id) == "done"
    # Tomorrow 9:00 in Vilnius is 07:00 UTC; the same step comes back then.
    with db.session() as session:
        [back] = session.scalars(
            select(Task).where(Task.contact_id == first.contact_id, Task.status == "open")
        )
        tuesday_nine = dt.datetime(2026, 12, 8, 7, 0, tzinfo=dt.UTC)
        assert (back.kind, back.due_at) == ("call_back", tuesday_nine)
    assert page.panel.note_edit.toPlainText() == ""  # the next item starts clean


def test_do_not_contact_cannot_be_dialled(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    with db.transaction() as conn:
        conn.execute(
            update(Contact)
            .where(Contact.full_name == "Ona Kazlauskienė")
            .values(do_not_contact=True)
        )
    page = show_page(qtbot, db, opener)
    first = page.current_item()
    assert first is not None and first.name == "Ona Kazlauskienė"
    assert "do_not_contact" in first.why_not
    assert not page.call_current()
    press(qtbot, page, Qt.Key.Key_C)
    press(qtbot, page, Qt.Key.Key_1)  # a call's outcome: refused too, nothing was dialled
    assert opener.urls == []
    assert page.panel.isVisible() and not page.panel.call_button.isEnabled()
    assert "Do not contact" in page.panel.warning_label.text()
    assert page.model.data(page.model.index(0, 5)) == "Do not contact"
    assert activities(db) == []


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener, qtmodeltester: Any
) -> None:
    page = show_page(qtbot, db, opener)
    qtmodeltester.check(page.model)
    empty = TodayModel()
    qtmodeltester.check(empty)
    empty.set_items(today(db, rep, NOW))
    qtmodeltester.check(empty)
    assert empty.row_of(empty.items[1].id) == 1 and empty.row_of(-5) == -1


def test_a_call_outside_hours_says_when_to_call(db: Database, rep: RepInfo) -> None:
    dallas = add_contact(
        db, full_name="Dale Cooper", email="dale@example.com", email_key="dale@example.com",
        phone_raw="+1 214 555 0101", phone_e164="+12145550101", time_zone="America/Chicago",
        country="US", city="Dallas",
    )  # fmt: skip
    enroll(db, "Test calls", [dallas], rep, MONDAY)
    [item] = [i for i in today(db, rep, NOW) if i.contact_id == dallas]
    assert item.why_not == ("outside_hours",) and item.next_good_time is not None
    text = availability_text(item)
    assert text.startswith("Outside calling hours · next: ")
    model = TodayModel()
    model.set_items([item])
    assert "Chicago" in str(model.data(model.index(0, 4)))


def test_the_rep_picker_asks_remembers_and_lets_a_manager_look(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    add_rep(db, "Tomas", "tomas@example.lt", role="sdr")
    add_rep(db, "Mindaugas", "boss@example.lt", role="manager")
    page = show_page(qtbot, db, opener)
    assert page.load.rep is None and page.model.rowCount() == 0
    assert page.queue_stack.currentWidget() is page.queue_message
    assert page.rep_combo.currentText() == "Choose who you are…"

    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.rep_combo.setCurrentIndex(page.rep_combo.findData("ruta@example.lt"))
        page.rep_combo.activated.emit(page.rep_combo.currentIndex())
    assert settings.TODAY_REP.get() == "ruta@example.lt"
    assert page.model.rowCount() == 3

    # A manager who looks at Rūta's day stays the machine's rep.
    settings.TODAY_REP.set("boss@example.lt")
    manager = show_page(qtbot, db, opener)
    assert manager.load.rep is not None and manager.load.rep.email == "boss@example.lt"
    assert manager.queue_stack.currentWidget() is manager.queue_message  # nothing due
    with qtbot.waitSignal(manager.loaded, timeout=LOAD_MS):
        index = manager.rep_combo.findData("ruta@example.lt")
        manager.rep_combo.setCurrentIndex(index)
        manager.rep_combo.activated.emit(index)
    assert manager.model.rowCount() == 3
    assert settings.TODAY_REP.get() == "boss@example.lt"


def test_without_reps_the_page_asks_who_you_are_and_adds_you(
    qtbot: QtBot, db: Database, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    assert page.workspace is not None and not page.workspace.isVisible()
    assert page.empty_state.isVisible()
    assert page.empty_state.title_label.text() == "Who are you?"
    assert "This database has no reps yet" in page.empty_state.text_label.text()
    assert page.empty_state.action_button.text() == "Add me…"
    page.empty_state.action_button.click()
    dialog = page.findChild(RepDialog)
    assert dialog is not None and dialog.isVisible()
    # A bad address keeps the dialog open with the reason; a good one saves and closes.
    dialog.name_edit.setText("Rūta Jonaitienė")
    dialog.email_edit.setText("not an address")
    dialog.zone_combo.setCurrentText("Europe/Vilnius")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("LT"))
    dialog.save()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=LOAD_MS)
    assert "is not an email address" in dialog.error_label.text() and dialog.isVisible()
    dialog.email_edit.setText("ruta@example.lt")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        dialog.save()
    assert not dialog.isVisible()
    assert settings.TODAY_REP.get() == "ruta@example.lt"
    with db.reading() as conn:
        [rep] = list_reps(conn)
    assert (rep.name, rep.time_zone, rep.country) == ("Rūta Jonaitienė", "Europe/Vilnius", "LT")
    assert page.workspace.isVisible() and page.rep_combo.currentData() == "ruta@example.lt"


def test_a_dial_nobody_handles_is_reported_and_not_timed(
    qtbot: QtBot, db: Database, rep: RepInfo
) -> None:
    refused: list[str] = []

    def no_handler(url: str) -> bool:
        refused.append(url)
        return False

    settings.CALL_URL_SCHEME.set("gopher")  # not a call scheme: tel: is used
    settings.DAILY_GOAL.set(2)
    page = TodayPage(clock=FixedClock(NOW), opener=no_handler)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.database_changed(PageContext(database=db, contacts=3))
    assert page.goal_label.text() == "0 of 2 touches today"
    assert not page.call_current()
    assert refused == ["tel:+37061234567"]
    assert page.problem_label.text() == "No program on this computer handles tel: links."
    assert page.panel.timer_label.text() == ""


def test_reasons_are_worded_with_the_holiday_named() -> None:
    assert reason_label("holiday", "Christmas Day") == "public holiday: Christmas Day"
    assert reason_label("holiday") == "public holiday"
    assert reason_label("weekend") == "weekend"
    assert reason_label("no_phone") == "no phone"
    assert reason_label("some_new_code") == "some_new_code"
    assert error_text(CadenceStoreError("item_closed", {"item": 3, "status": "done"})).startswith(
        "This item was already completed"
    )
