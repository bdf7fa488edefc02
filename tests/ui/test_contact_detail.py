"""The contact detail panel, driven like a person on a real demo database file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.core.validation import REASONS
from app.storage.database import Database
from app.ui.dialogs.edit_conflict import EditConflictDialog
from app.ui.widgets.contact_detail import ContactDetail
from tests.ui.validation_data import BadIds, column, fill, type_text

TIMEOUT = 10_000


@pytest.fixture
def bad(db: Database) -> BadIds:
    return fill(db)


@pytest.fixture
def panel(qtbot: QtBot) -> ContactDetail:
    widget = ContactDetail()
    qtbot.addWidget(widget)
    widget.resize(520, 760)
    widget.show()
    return widget


def show(qtbot: QtBot, panel: ContactDetail, db: Database, contact_id: int) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.show_contact(db, contact_id)


def label(panel: ContactDetail, name: str) -> QLabel:
    found = panel.findChild(QLabel, name)
    assert found is not None, name
    return found


def edit(panel: ContactDetail, field: str) -> QLineEdit:
    found = panel.findChild(QLineEdit, f"edit_{field}")
    assert found is not None, field
    return found


def type_into(qtbot: QtBot, line: QLineEdit, value: str) -> None:
    """Replace the text as a person would: select all, delete, type, press Return."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, value)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_shows_statuses_with_reasons(
    qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail
) -> None:
    assert "Select a contact" in label(panel, "contactDetailPlaceholder").text()
    show(qtbot, panel, db, bad.cyrillic)
    assert label(panel, "contactName").text() == "Анна Кузнецова-Римская"
    assert edit(panel, "email").text() == "anna.kuznetsova@gmial.com"
    badge = label(panel, "emailBadge")
    assert badge.text() == "Risky"
    assert REASONS["possible_typo"] in badge.toolTip()
    assert REASONS["disposable_domain"] in badge.toolTip()
    assert label(panel, "emailSuggestion").text() == "Did you mean anna.kuznetsova@gmail.com?"
    assert label(panel, "phoneBadge").text() == "Valid"
    assert "+74951234567" in label(panel, "phoneDetails").text()
    assert "Europe/Moscow" in label(panel, "localTime").text()
    assert label(panel, "value_location").text() == "Russia"

    show(qtbot, panel, db, bad.chinese)
    assert label(panel, "contactName").text() == "伟 王"
    assert label(panel, "emailBadge").text() == "Invalid"
    assert REASONS["no_dot_domain"] in label(panel, "emailBadge").toolTip()
    assert REASONS["not_a_number"] in label(panel, "phoneBadge").toolTip()
    assert not label(panel, "emailSuggestion").isVisible()


def test_use_suggestion(qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail) -> None:
    show(qtbot, panel, db, bad.cyrillic)
    button = panel.findChild(QPushButton, "useSuggestionButton")
    assert button is not None and button.isVisible()
    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args == [bad.cyrillic]
    assert edit(panel, "email").text() == "anna.kuznetsova@gmail.com"
    assert label(panel, "emailBadge").text() == "Valid"
    assert column(db, bad.cyrillic, "email_raw") == "anna.kuznetsova@gmail.com"


def test_inline_edits_of_phone_and_name(
    qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail
) -> None:
    show(qtbot, panel, db, bad.chinese)
    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
        type_into(qtbot, edit(panel, "phone"), "+86 10 6552 9988")
    assert label(panel, "phoneBadge").text() == "Valid"
    assert column(db, bad.chinese, "phone_e164") == "+861065529988"
    assert column(db, bad.chinese, "phone_raw") == "+86 10 6552 9988"

    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
        type_into(qtbot, edit(panel, "first_name"), "小伟")
    assert label(panel, "contactName").text() == "小伟 王"
    assert column(db, bad.chinese, "first_name") == "小伟"


def _someone_else_sets_email(db: Database, contact_id: int, value: str) -> None:
    with db.transaction() as conn:
        conn.execute(
            text("UPDATE contacts SET email_raw = :v, version = version + 1 WHERE id = :i"),
            {"v": value, "i": contact_id},
        )


def _conflict_box(qtbot: QtBot, panel: ContactDetail, field: str, value: str) -> EditConflictDialog:
    with qtbot.waitSignal(panel.conflict_shown, timeout=TIMEOUT):
        type_into(qtbot, edit(panel, field), value)
    box = panel.conflict_dialog
    assert box is not None and box.isVisible()
    assert "Someone else changed this contact" in box.text_label.text()
    return box


def _click(qtbot: QtBot, box: EditConflictDialog, name: str) -> None:
    button: Any = box.findChild(QPushButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_conflict_reload_keeps_their_change(
    qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail
) -> None:
    show(qtbot, panel, db, bad.cyrillic)
    _someone_else_sets_email(db, bad.cyrillic, "anna@romashka.ru")
    box = _conflict_box(qtbot, panel, "email", "anna.k@example.org")
    assert column(db, bad.cyrillic, "email_raw") == "anna@romashka.ru"
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        _click(qtbot, box, "takeTheirsButton")
    assert edit(panel, "email").text() == "anna@romashka.ru"
    assert column(db, bad.cyrillic, "email_raw") == "anna@romashka.ru"


def test_conflict_keep_my_change(
    qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail
) -> None:
    show(qtbot, panel, db, bad.cyrillic)
    _someone_else_sets_email(db, bad.cyrillic, "anna@romashka.ru")
    box = _conflict_box(qtbot, panel, "email", "anna.k@example.org")
    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
        _click(qtbot, box, "keepMineButton")
    assert edit(panel, "email").text() == "anna.k@example.org"
    assert column(db, bad.cyrillic, "email_raw") == "anna.k@example.org"


def test_deleted_contact(qtbot: QtBot, db: Database, panel: ContactDetail) -> None:
    show(qtbot, panel, db, 999_999)
    assert label(panel, "contactDetailPlaceholder").text() == "This contact no longer exists."


def test_middle_name_shows_only_when_there_is_one(
    qtbot: QtBot, db: Database, bad: BadIds, panel: ContactDetail
) -> None:
    with db.transaction() as conn:
        conn.execute(
            text("UPDATE contacts SET middle_name = 'Петровна' WHERE id = :id"),
            {"id": bad.cyrillic},
        )
    show(qtbot, panel, db, bad.cyrillic)
    middle = label(panel, "contactMiddleName")
    assert middle.isVisible() and middle.text() == "Петровна"
    show(qtbot, panel, db, bad.chinese)
    assert not middle.isVisible()
