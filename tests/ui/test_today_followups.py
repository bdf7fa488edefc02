"""Today's follow-up keys on a real SQLite file with a fixed clock: power hour, snooze, note."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.storage.cadences import RepInfo
from app.storage.database import Database
from app.storage.schema import Activity, Contact, Enrollment, Task
from app.ui.today.followups import PowerHour, WhenDialog
from tests.ui.today_support import LOAD_MS, Opener, activities, make_rep, press, show_page


@pytest.fixture
def rep(db: Database) -> RepInfo:
    """Rūta (Vilnius) with three Lithuanian prospects in a call-first cadence."""
    return make_rep(db)


@pytest.fixture
def opener() -> Opener:
    """The recording opener."""
    return Opener()


def _answer_when(choice: str) -> None:
    """Answer the next "when" dialog with one of its quick choices, then OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WhenDialog)
        if choice == "tomorrow":
            dialog.findChild(QPushButton, "tomorrowButton").click()
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_power_hour_walks_the_callable_calls_and_counts(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    # Jonas is in Los Angeles: at 10:01 in Vilnius it is past midnight there.
    with db.transaction() as conn:
        jonas = conn.execute(
            update(Contact)
            .where(Contact.full_name == "Jonas Petraitis")
            .values(time_zone="America/Los_Angeles", country="US")
            .returning(Contact.id)
        ).scalar_one()
        conn.execute(
            update(Enrollment)
            .where(Enrollment.contact_id == jonas)
            .values(time_zone="America/Los_Angeles")
        )
    page = show_page(qtbot, db, opener)
    press(qtbot, page, Qt.Key.Key_P)
    assert page.followups.bar.isVisible() and page.followups.power.active
    first = page.current_item()
    assert first is not None and first.name == "Ona Kazlauskienė" and page.panel.isVisible()

    press(qtbot, page, Qt.Key.Key_C)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_1)  # connected
    # Jonas cannot be called now: the power hour passes over him to Eglė.
    nxt = page.current_item()
    assert nxt is not None and nxt.name == "Eglė Vaitkutė" and page.panel.isVisible()
    press(qtbot, page, Qt.Key.Key_C)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_8)  # meeting booked
    power = page.followups.power
    assert (power.dials, power.connects, power.meetings) == (2, 2, 1)
    assert power.finished  # only Jonas is left, outside his calling hours
    counters = page.followups.bar.counters.text()
    assert counters.startswith("Dials: 2 · Connects: 2 · Talk time: 0:0")
    assert "Meetings: 1" in counters
    assert "no more calls can be placed now" in counters
    assert [a.outcome for a in activities(db)] == ["connected", "meeting_booked"]
    press(qtbot, page, Qt.Key.Key_P)
    assert not page.followups.power.active and not page.followups.bar.isVisible()


def test_power_hour_counts_nothing_when_not_running() -> None:
    power = PowerHour()
    power.dialled()
    power.logged("connected", 30)
    assert (power.dials, power.connects, power.talk_seconds) == (0, 0, 0)
    power.start()
    power.logged("connected", 30)
    power.logged("no_answer", 5)
    assert (power.connects, power.talk_seconds) == (1, 30)


def test_snooze_moves_the_item_to_tomorrow_in_the_prospects_time(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    first = page.current_item()
    assert first is not None
    _answer_when("tomorrow")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_Z)
    assert first.id not in [item.id for item in page.model.items]
    with db.session() as session:
        task = session.get(Task, first.id)
        assert task is not None and task.status == "open"
        assert task.due_at == dt.datetime(2026, 12, 8, 7, 0, tzinfo=dt.UTC)  # 9:00 Vilnius


def test_a_cancelled_snooze_changes_nothing(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert page.followups.snooze_current() is None
    assert len(page.model.items) == 3


def test_a_note_is_logged_on_the_prospect(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    first = page.current_item()
    assert first is not None

    def type_note() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Говорит: перезвонить после праздников.")
        dialog.accept()

    QTimer.singleShot(0, type_note)
    press(qtbot, page, Qt.Key.Key_N)
    assert page.last_job is not None
    qtbot.waitUntil(lambda: len(activities(db)) == 1, timeout=LOAD_MS)
    with db.session() as session:
        [note] = session.scalars(select(Activity))
    assert (note.kind, note.contact_id, note.rep_id) == ("note", first.contact_id, rep.id)
    assert note.body == "Говорит: перезвонить после праздников."


def test_a_task_is_added_on_the_prospect_at_the_time_asked(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener
) -> None:
    page = show_page(qtbot, db, opener)
    first = page.current_item()
    assert first is not None

    def type_title() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Send the case study")
        _answer_when("tomorrow")  # the next dialog asks when
        dialog.accept()

    QTimer.singleShot(0, type_title)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_T)
    with db.session() as session:
        [task] = session.scalars(select(Task).where(Task.title == "Send the case study"))
    assert (task.contact_id, task.rep_id, task.kind) == (first.contact_id, rep.id, "follow_up")
    assert task.due_at == dt.datetime(2026, 12, 8, 7, 0, tzinfo=dt.UTC)  # 9:00 in Vilnius


def test_done_puts_the_next_prospect_up_before_the_save_finishes(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener, qtmodeltester: Any
) -> None:
    page = show_page(qtbot, db, opener)
    first, second = page.model.items[0], page.model.items[1]
    press(qtbot, page, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        press(qtbot, page, Qt.Key.Key_D)
        # At once, while the outcome is still being written: the next prospect is up.
        assert page.current_item() == second and page.panel.item == second
        assert first.id not in [item.id for item in page.model.items]
    assert page.current_item() is not None and page.current_item().id == second.id  # type: ignore[union-attr]
    qtmodeltester.check(page.model)


def test_a_long_queue_paints_its_first_page_then_the_rest(
    qtbot: QtBot, db: Database, rep: RepInfo, opener: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.today import page as today_page

    monkeypatch.setattr(today_page, "FIRST_PAGE", 2)
    page = show_page(qtbot, db, opener)  # returns after the first load
    names = [item.name for item in page.model.items]
    assert names == ["Ona Kazlauskienė", "Jonas Petraitis"]
    page.select_row(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=LOAD_MS)
    assert [item.name for item in page.model.items][:2] == names
    assert page.current_item() is not None and page.current_item().name == "Jonas Petraitis"  # type: ignore[union-attr]
