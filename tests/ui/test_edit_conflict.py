"""Two reps on one file edit the same contact: the conflict dialog and its three answers.

Rep A's contact panel and rep B's saves go through two separate Database objects (two
connections) on one real SQLite file, as two apps on a shared file would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.storage.database import Database, open_database
from app.storage.validation import edit_fields
from app.ui.dialogs.edit_conflict import EditConflictDialog
from app.ui.widgets.contact_detail import ContactDetail
from tests.ui.validation_data import insert_bad_rows, type_text

TIMEOUT = 10_000


@pytest.fixture
def two(db: Database, db_path: Path) -> Iterator[tuple[Database, Database, int]]:
    """Rep A's database (the fixture's), rep B's own connection to the same file, a contact."""
    contact = insert_bad_rows(db).long_name
    other = open_database(db_path)
    try:
        yield db, other, contact
    finally:
        other.close()


def stored(db: Database, contact_id: int) -> dict[str, Any]:
    from sqlalchemy import text

    with db.reading() as conn:
        row = conn.execute(
            text("SELECT first_name, last_name, email_raw, phone_raw FROM contacts WHERE id = :i"),
            {"i": contact_id},
        ).one()
    return dict(row._mapping)


def conflict_after_both_saved(
    qtbot: QtBot, two: tuple[Database, Database, int]
) -> tuple[ContactDetail, EditConflictDialog]:
    """A loads; B saves a new last name and email; A types another email -> the dialog."""
    db_a, db_b, contact = two
    panel = ContactDetail()
    qtbot.addWidget(panel)
    panel.resize(520, 760)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.show_contact(db_a, contact)
    assert panel.data is not None
    edit_fields(
        db_b, contact, {"last_name": "Hohenzollern", "email": "b@theirs.example"},
        expected_version=panel.data.version,
    )  # fmt: skip
    line = panel.findChild(QLineEdit, "edit_email")
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    with qtbot.waitSignal(panel.conflict_shown, timeout=TIMEOUT):
        type_text(qtbot, line, "a@mine.example")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    dialog = panel.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    # Nothing of A's was written by the refused save.
    assert stored(db_a, contact)["email_raw"] == "b@theirs.example"
    return panel, dialog


def cell(dialog: EditConflictDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def click(qtbot: QtBot, dialog: EditConflictDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_dialog_lists_both_versions_field_by_field(
    qtbot: QtBot, two: tuple[Database, Database, int]
) -> None:
    _panel, dialog = conflict_after_both_saved(qtbot, two)
    assert "Someone else changed this contact" in cell(dialog, "conflictText")
    start = "info@hohenzollern-sigmaringen-strategic-partnerships.de"
    assert (cell(dialog, "base_email"), cell(dialog, "theirs_email"), cell(dialog, "mine_email")) \
        == (start, "b@theirs.example", "a@mine.example")  # fmt: skip
    assert cell(dialog, "theirs_last_name") == "Hohenzollern"
    assert cell(dialog, "mine_last_name") == "von Hohenzollern-Sigmaringen"
    # Only they changed the last name: a merge keeps theirs without asking; both changed
    # the email: its row asks.
    assert cell(dialog, "take_last_name") == "Theirs (only they changed it)"
    assert isinstance(dialog.findChild(QComboBox, "choice_email"), QComboBox)
    # Fields nobody changed are not listed.
    assert dialog.findChild(QLabel, "theirs_phone") is None
    dialog.grab().save("/tmp/pt-teamgui-conflict.png")


def test_keep_mine_saves_all_of_mine_over_theirs(
    qtbot: QtBot, two: tuple[Database, Database, int]
) -> None:
    panel, dialog = conflict_after_both_saved(qtbot, two)
    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
        click(qtbot, dialog, "keepMineButton")
    row = stored(two[1], two[2])
    assert row["email_raw"] == "a@mine.example"
    assert row["last_name"] == "von Hohenzollern-Sigmaringen"
    assert panel.findChild(QLineEdit, "edit_email").text() == "a@mine.example"  # type: ignore[union-attr]


def test_take_theirs_drops_my_edit_and_reloads(
    qtbot: QtBot, two: tuple[Database, Database, int]
) -> None:
    panel, dialog = conflict_after_both_saved(qtbot, two)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        click(qtbot, dialog, "takeTheirsButton")
    row = stored(two[1], two[2])
    assert (row["email_raw"], row["last_name"]) == ("b@theirs.example", "Hohenzollern")
    assert panel.findChild(QLineEdit, "edit_email").text() == "b@theirs.example"  # type: ignore[union-attr]
    assert panel.findChild(QLineEdit, "edit_last_name").text() == "Hohenzollern"  # type: ignore[union-attr]


@pytest.mark.parametrize(("choice", "email"), [("mine", "a@mine.example"),
                                               ("theirs", "b@theirs.example")])  # fmt: skip
def test_merge_keeps_their_other_changes_and_asks_for_the_shared_field(
    qtbot: QtBot, two: tuple[Database, Database, int], choice: str, email: str
) -> None:
    panel, dialog = conflict_after_both_saved(qtbot, two)
    dialog.choose("email", choice)  # type: ignore[arg-type]
    if choice == "mine":
        with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
            click(qtbot, dialog, "mergeButton")
    else:  # nothing of mine is left to save: the panel just shows theirs
        with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
            click(qtbot, dialog, "mergeButton")
    row = stored(two[1], two[2])
    assert row["email_raw"] == email
    assert row["last_name"] == "Hohenzollern"  # only they changed it: theirs stays


def test_a_third_save_during_the_question_asks_again(
    qtbot: QtBot, two: tuple[Database, Database, int]
) -> None:
    panel, dialog = conflict_after_both_saved(qtbot, two)
    from sqlalchemy import text

    with two[1].transaction() as conn:  # B saves once more while A looks at the dialog
        conn.execute(
            text("UPDATE contacts SET phone_raw = '+49 30 7654321', version = version + 1"
                 " WHERE id = :i"), {"i": two[2]},
        )  # fmt: skip
    with qtbot.waitSignal(panel.conflict_shown, timeout=TIMEOUT):
        click(qtbot, dialog, "keepMineButton")
    again = panel.conflict_dialog
    assert again is not None and again is not dialog
    assert stored(two[1], two[2])["email_raw"] == "b@theirs.example"  # still nothing lost
    with qtbot.waitSignal(panel.contact_changed, timeout=TIMEOUT):
        click(qtbot, again, "mergeButton")
    row = stored(two[1], two[2])
    assert row["email_raw"] == "a@mine.example"
    assert row["phone_raw"] == "+49 30 7654321"
