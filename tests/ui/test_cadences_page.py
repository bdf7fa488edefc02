"""The Cadences page on a real SQLite file: list, build, validate, save, duplicate, delete."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.cadences import Channel
from app.storage.cadences import RepInfo, add_rep, enroll, list_cadences, load_cadence
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.schema import ChangeSet
from app.ui.cadences.page import CadencesPage
from app.ui.widgets.page import PageContext
from tests.cadences_data import MONDAY, add_contact

WAIT_MS = 10_000
OUTBOUND = "Outbound — 17 days"


def show_page(qtbot: QtBot, db: Database) -> CadencesPage:
    page = CadencesPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.database_changed(PageContext(database=db))
    return page


def names(page: CadencesPage) -> list[str]:
    return [info.name for info in page.list_model.cadences]


def test_the_shipped_cadences_are_listed_and_open_in_the_builder(
    qtbot: QtBot, db: Database, qtmodeltester: Any
) -> None:
    page = show_page(qtbot, db)
    assert OUTBOUND in names(page) and len(names(page)) == 2
    qtmodeltester.check(page.list_model)
    page._select_row(names(page).index(OUTBOUND))
    assert page.name_edit.text() == OUTBOUND and page.name_edit.isReadOnly()
    assert page.steps_model.rowCount() == 8
    qtmodeltester.check(page.steps_model)
    assert page.steps_model.data(page.steps_model.index(0, 0)).startswith("1. Day 1 · Email")
    assert [box.isChecked() for box in page.day_boxes] == [True] * 5 + [False] * 2
    assert page.problems_label.text() == "" and page.save_button.isEnabled()


def test_a_new_cadence_is_checked_as_it_is_built_then_saved(qtbot: QtBot, db: Database) -> None:
    page = show_page(qtbot, db)
    page.new_cadence()
    assert page.problems_label.text() == "The cadence needs a name."
    assert not page.save_button.isEnabled()
    page.name_edit.setText("Короткий — 3 дня")
    for box in page.day_boxes[:5]:
        box.setChecked(True)
    assert page.save_button.isEnabled()
    page.add_step()  # day 2, a task
    form = page.step_form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("message"))
    form.network_combo.setCurrentIndex(form.network_combo.findData("telegram"))
    form.template_edit.setText("Здравствуйте, {{ first_name }}!")
    page.add_step()
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("email"))
    form.day_spin.setValue(1)  # before the step above it
    assert "comes on an earlier day" in page.problems_label.text()
    assert not page.save_button.isEnabled()
    form.day_spin.setValue(3)
    assert page.save_button.isEnabled()

    assert page.save() is not None
    qtbot.waitUntil(lambda: "Короткий — 3 дня" in names(page), timeout=WAIT_MS)
    with db.reading() as conn:
        _id, stored = load_cadence(conn, "Короткий — 3 дня")
    assert [(s.day, str(s.channel)) for s in stored.steps] == [
        (1, "call"), (2, "message"), (3, "email"),
    ]  # fmt: skip
    assert stored.steps[1].template == "Здравствуйте, {{ first_name }}!"
    assert page.name_edit.isReadOnly() and page.stored_name == "Короткий — 3 дня"


def test_editing_a_cadence_with_people_in_it_keeps_them(qtbot: QtBot, db: Database) -> None:
    rep: RepInfo = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    page = show_page(qtbot, db)
    contact = add_contact(db)
    enroll(db, OUTBOUND, [contact], rep, MONDAY)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload(OUTBOUND)
    page.steps_view.setCurrentIndex(page.steps_model.index(7, 0))
    page.step_form.instructions_edit.setPlainText("Break-up email, kindly.")
    assert page.save() is not None
    qtbot.waitUntil(lambda: page.last_job is not None and not page.last_job.is_running)
    info = {i.name: i for i in list_cadences(db)}[OUTBOUND]
    assert info.active_enrollments == 1
    with db.reading() as conn:
        assert load_cadence(conn, OUTBOUND)[1].steps[7].instructions == "Break-up email, kindly."


def test_duplicate_then_delete_and_undo(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_page(qtbot, db)
    page._select_row(names(page).index(OUTBOUND))
    page.duplicate()
    assert page.name_edit.text() == f"{OUTBOUND} (copy)" and not page.name_edit.isReadOnly()
    page.save()
    qtbot.waitUntil(lambda: f"{OUTBOUND} (copy)" in names(page), timeout=WAIT_MS)
    assert page.selected_info() is not None
    assert page.selected_info().name == f"{OUTBOUND} (copy)"  # type: ignore[union-attr]

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert page.delete_selected() is not None
    qtbot.waitUntil(lambda: f"{OUTBOUND} (copy)" not in names(page), timeout=WAIT_MS)
    # Edit → Undo takes the delete back: the change set restores the cadence.
    with db.reading() as conn:
        newest = conn.execute(select(ChangeSet.id).order_by(ChangeSet.id.desc())).scalars().first()
    assert newest is not None
    undo_change_set(db, newest)
    assert f"{OUTBOUND} (copy)" in [i.name for i in list_cadences(db)]


def test_a_step_keeps_only_the_fields_its_channel_takes(qtbot: QtBot, db: Database) -> None:
    page = show_page(qtbot, db)
    page.new_cadence()
    form = page.step_form
    form.script_edit.setPlainText("Ask about the budget")
    assert form.step().script == "Ask about the budget"
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("email"))
    step = form.step()
    assert (step.channel, step.script, step.thread) == (Channel.EMAIL, "", "new")
    assert not form.script_edit.isVisibleTo(page) and form.thread_combo.isVisibleTo(page)
    # "Review first" is an email's: ticked, the step says so; on a call it is gone.
    assert form.review_box.isVisibleTo(page) and not form.step().review
    form.review_box.setChecked(True)
    assert form.step().review
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("call"))
    assert not form.review_box.isVisibleTo(page) and not form.step().review


def test_a_cadence_deleted_meanwhile_is_said_not_raised(qtbot: QtBot, db: Database) -> None:
    from app.storage.cadences import delete_cadence

    page = show_page(qtbot, db)
    delete_cadence(db, OUTBOUND)  # a colleague, or another window, deleted it
    page._select_row(names(page).index(OUTBOUND))  # the list on screen still has it
    assert page.problems_label.text() == f"The cadence “{OUTBOUND}” no longer exists."
    qtbot.waitUntil(lambda: OUTBOUND not in names(page), timeout=WAIT_MS)
