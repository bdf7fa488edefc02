"""Reminders raise a notification once when they fall due (real SQLite file, fixed clock)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.adapters.clock import FixedClock
from app.storage.cadences import (
    add_rep,
    add_task,
    complete,
    due_reminders,
    enroll,
    import_cadence,
    today,
)
from app.storage.database import Database
from app.ui import settings
from app.ui.reminders import ReminderWatcher
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact

HOUR = dt.timedelta(hours=1)


def test_reminders_and_call_backs_are_due_but_cadence_steps_are_not(db: Database) -> None:
    import_cadence(db, CALLS_CADENCE)
    rep = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    other = add_rep(db, "Ona", "ona@example.lt").rep
    contact = add_contact(db)
    enroll(db, "Test calls", [contact], rep, MONDAY)
    [step] = today(db, rep, MONDAY)
    back = complete(db, step.id, "call_back_later", None, MONDAY, callback_at=MONDAY + 2 * HOUR)
    task = add_task(db, contact, "Send the case study", MONDAY + HOUR, rep_id=rep.id, now=MONDAY)
    add_task(db, contact, "Not mine", MONDAY + HOUR, rep_id=other.id, now=MONDAY)
    found = due_reminders(db, rep.id, MONDAY, MONDAY + 3 * HOUR)
    assert [(r.id, r.call_back) for r in found] == [(task.id, False), (back.next_item, True)]
    assert found[0].title == "Send the case study" and found[0].name == "Jurgis Šimkus"
    assert due_reminders(db, rep.id, MONDAY + HOUR, MONDAY + 90 * dt.timedelta(minutes=1)) == []
    assert len(due_reminders(db, None, MONDAY, MONDAY + HOUR)) == 2


def test_the_watcher_notifies_each_reminder_once(qtbot: QtBot, db: Database) -> None:
    rep = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    settings.TODAY_REP.set("ruta@example.lt")
    contact = add_contact(db)
    add_task(db, contact, "Send the case study", MONDAY + HOUR, rep_id=rep.id, now=MONDAY)
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    clock = FixedClock(MONDAY)
    watcher = ReminderWatcher(window, lambda title, text: shown.append((title, text)), clock)
    watcher.set_database(db)
    assert watcher.timer.isActive()

    def look(at: dt.datetime) -> None:
        clock.set(at)
        job = watcher.check()
        assert job is not None
        qtbot.waitUntil(lambda: not job.is_running, timeout=10_000)

    look(MONDAY + 30 * dt.timedelta(minutes=1))
    assert shown == []
    look(MONDAY + 61 * dt.timedelta(minutes=1))
    assert shown == [("Reminder", "Jurgis Šimkus: Send the case study")]
    look(MONDAY + 62 * dt.timedelta(minutes=1))
    assert len(shown) == 1  # told once
    watcher.set_database(None)
    assert not watcher.timer.isActive() and watcher.check() is None
