"""The one undo stack: Edit → Undo names the operation, undoes it as a job, broadcasts the
undo, shows conflicts instead of overwriting, and Redo says honestly that it cannot."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.core.ops import Changes
from app.storage.contacts.delete import delete_contacts
from app.storage.database import Database
from app.storage.suppressions import mark_do_not_contact
from app.ui.changes import change_bus
from app.ui.jobs import Job
from app.ui.main_window import MainWindow
from app.ui.undo import UndoStack
from tests.ui.conftest import add_contacts

WAIT_MS = 10_000


def contact_ids(db: Database) -> list[int]:
    with db.reading() as conn:
        return [int(r[0]) for r in conn.execute(text("SELECT id FROM contacts ORDER BY id"))]


def delete_in_a_job(qtbot: QtBot, window: MainWindow, db: Database, ids: list[int]) -> Changes:
    job: Job[Changes] = Job(window, lambda _ctx: delete_contacts(db, ids), writes=True)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as blocker:
        job.start()
    result = blocker.args[0]
    assert isinstance(result, Changes)
    return result


def test_undo_names_the_operation_and_takes_it_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [("Ivan", "Petrov"), ("Anna", "Kuznetsova"), ("Wei", "Wang")])
    ids = contact_ids(db)
    broadcast: list[Changes] = []
    change_bus().changed.connect(broadcast.append)
    try:
        deleted = delete_in_a_job(qtbot, window, db, ids[:2])
        assert window.action_undo.isEnabled()
        assert window.action_undo.text() == "&Undo Delete 2 contacts"
        assert window.undo_stack.top == deleted
        with qtbot.waitSignal(window.undo_stack.undone, timeout=WAIT_MS) as undone:
            window.action_undo.trigger()
    finally:
        change_bus().changed.disconnect(broadcast.append)
    assert contact_ids(db) == ids
    undo_changes = undone.args[0]
    assert undo_changes.operation == "undo" and undo_changes.count >= 2
    assert undo_changes.ids_in("contacts") == set(ids[:2])
    assert broadcast[0] == deleted and broadcast[-1] == undo_changes  # the undo is broadcast
    assert "Undone: " in window.statusBar().currentMessage()
    # Nothing left to undo: the stack re-read the history and the action says so.
    qtbot.waitUntil(lambda: not window.action_undo.isEnabled(), timeout=WAIT_MS)
    assert window.action_undo.text() == "&Undo"


def test_undo_after_someone_edited_shows_the_conflict_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    add_contacts(db, [("Ivan", "Petrov"), ("Anna", "Kuznetsova")])
    ids = contact_ids(db)
    job: Job[Changes] = Job(window, lambda _ctx: mark_do_not_contact(db, ids[:1]), writes=True)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        job.start()
    assert window.action_undo.text() == "&Undo Do not contact (1 contact)"
    with db.transaction() as conn:  # a colleague changes the contact afterwards
        conn.execute(
            text("UPDATE contacts SET do_not_contact = 0, version = version + 1 WHERE id = :i"),
            {"i": ids[0]},
        )
    job_undo = window.undo_actions.trigger_undo()
    assert job_undo is not None
    qtbot.waitUntil(lambda: window.property("undoConflictDialog") is not None, timeout=WAIT_MS)
    box = window.property("undoConflictDialog")
    assert isinstance(box, QMessageBox)
    assert "changed after this fix" in box.text()
    with db.reading() as conn:
        assert (
            conn.execute(
                text("SELECT do_not_contact FROM contacts WHERE id = :i"), {"i": ids[0]}
            ).scalar_one()
            == 0
        )  # the colleague's edit stands
    box.reject()


def test_redo_is_disabled_and_says_why(window: MainWindow) -> None:
    assert not window.action_redo.isEnabled()
    assert "Redo is not available" in window.action_redo.toolTip()


def test_a_new_stack_finds_the_newest_undoable_change_in_the_database(
    qtbot: QtBot, db: Database
) -> None:
    """After a restart Edit → Undo still offers the last change (storage is the history)."""
    add_contacts(db, [("Ivan", "Petrov"), ("Anna", "Kuznetsova"), ("Wei", "Wang")])
    delete_contacts(db, contact_ids(db)[:3])
    stack = UndoStack()
    job = stack.set_database(db)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert stack.top is not None and stack.top.change_set_id is not None
    assert stack.undo_text() == "&Undo Delete 3 contacts"
    assert stack.can_undo()


def test_reading_the_history_broadcasts_nothing(qtbot: QtBot, db: Database) -> None:
    """Pages must not reload because the Edit menu looked at the history."""
    add_contacts(db, [("Ivan", "Petrov")])
    delete_contacts(db, contact_ids(db))
    seen: list[Changes] = []
    change_bus().changed.connect(seen.append)
    try:
        stack = UndoStack()
        job = stack.set_database(db)
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            pass
    finally:
        change_bus().changed.disconnect(seen.append)
    assert stack.top is not None
    assert seen == []


def test_undo_of_a_change_undone_elsewhere_says_so_and_rereads(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from app.storage.changes import undo_change_set

    add_contacts(db, [("Ivan", "Petrov")])
    deleted = delete_in_a_job(qtbot, window, db, contact_ids(db))
    assert deleted.change_set_id is not None
    undo_change_set(db, deleted.change_set_id)  # another process, no broadcast here
    assert window.action_undo.isEnabled()
    job = window.undo_actions.trigger_undo()
    assert job is not None
    assert not window.action_undo.isEnabled()  # no second Undo while the first runs
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS):
        pass
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in boxes] == ["This change was undone already."]
    boxes[0].close()
    qtbot.waitUntil(lambda: not window.action_undo.isEnabled(), timeout=WAIT_MS)
    assert window.action_undo.text() == "&Undo"
