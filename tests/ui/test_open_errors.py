"""Bad files: each gets a clear message and safe choices, and nothing is modified."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage.database import Database, open_database
from app.ui.main_window import MainWindow
from tests.ui.conftest import OPEN_TIMEOUT_MS, add_contacts


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fail_to_open(qtbot: QtBot, window: MainWindow, target: Path) -> None:
    window.databases.choose_database_path = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.open_failed, timeout=OPEN_TIMEOUT_MS):
        window.action_open.trigger()
    assert window.open_error_dialog is not None
    qtbot.waitExposed(window.open_error_dialog)


def visible_choices(window: MainWindow) -> dict[str, bool]:
    dialog = window.open_error_dialog
    assert dialog is not None
    return {
        choice: button.isEnabled()
        for choice, button in dialog.choice_buttons.items()
        if button.isVisible()
    }


def made_elsewhere(tmp_path: Path, name: str) -> Path:
    """A closed Prospect Desk database file with two contacts."""
    path = tmp_path / name
    made = open_database(path)
    add_contacts(made, [("Ivan", "Petrov"), ("Wei", "Wang")])
    made.close()
    return path


def test_not_a_database(qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("first_name,last_name\nIvan,Petrov\n", encoding="utf-8")
    before = digest(notes)

    fail_to_open(qtbot, window, notes)

    dialog = window.open_error_dialog
    assert dialog is not None
    assert "notes.sqlite3 is not a Prospect Desk database" in dialog.text()
    assert "The file was not changed." in dialog.informativeText()
    assert visible_choices(window) == {"cancel": True}
    qtbot.mouseClick(dialog.choice_buttons["cancel"], Qt.MouseButton.LeftButton)
    assert dialog.chosen == "cancel"
    assert digest(notes) == before
    assert window.status_path_label.text() == str(db.path)


def test_truncated_database_offers_restore(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = made_elsewhere(tmp_path, "source.sqlite3")
    broken = tmp_path / "broken.sqlite3"
    data = source.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    before = digest(broken)

    fail_to_open(qtbot, window, broken)

    dialog = window.open_error_dialog
    assert dialog is not None
    assert "damaged" in dialog.text()
    choices = visible_choices(window)
    assert set(choices) == {"restore", "cancel"}
    # Restore is offered only when the storage layer finds a backup of this file.
    assert choices["restore"] is bool(window.databases.backups_of(str(broken)))
    qtbot.mouseClick(dialog.choice_buttons["cancel"], Qt.MouseButton.LeftButton)
    assert digest(broken) == before
    assert not Path(f"{broken}-wal").exists()
    assert not Path(f"{broken}-journal").exists()


def test_newer_schema_opens_read_only(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    future = made_elsewhere(tmp_path, "future.sqlite3")
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(future)

    fail_to_open(qtbot, window, future)

    dialog = window.open_error_dialog
    assert dialog is not None
    assert "newer version of Prospect Desk" in dialog.text()
    assert visible_choices(window) == {"read_only": True, "cancel": True}
    assert dialog.choice_buttons["read_only"].text() == "Open read-only"
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(dialog.choice_buttons["read_only"], Qt.MouseButton.LeftButton)

    assert window.status_path_label.text() == str(future)
    assert window.status_mode_label.text() == "Solo · Read-only"
    assert window.status_count_label.text() == "2 contacts"
    assert window.windowTitle() == "future.sqlite3 (read-only) — Prospect Desk"
    # Read-only: the contacts are shown, and nothing offers to create or change anything.
    lists = window.page("lists")
    offers_demo = (
        lists.empty_state.isVisibleTo(window)
        and lists.empty_state.action_button.isVisibleTo(window)
        and lists.empty_state.action_button.text().startswith("Create")
    )
    assert not offers_demo
    assert not lists.new_list_button.isEnabled()
    window.close()
    assert digest(future) == before


def test_read_only_file_offers_read_only(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    locked_dir = tmp_path / "locked"
    locked_dir.mkdir()
    locked = made_elsewhere(locked_dir, "locked.sqlite3")
    locked.chmod(0o444)
    locked_dir.chmod(0o555)
    try:
        fail_to_open(qtbot, window, locked)
        assert visible_choices(window) == {"read_only": True, "cancel": True}
        dialog = window.open_error_dialog
        assert dialog is not None
        with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
            qtbot.mouseClick(dialog.choice_buttons["read_only"], Qt.MouseButton.LeftButton)
        assert "Read-only" in window.status_mode_label.text()
    finally:
        locked_dir.chmod(0o755)


def test_missing_file_offers_to_create(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    missing = tmp_path / "gone.sqlite3"
    fail_to_open(qtbot, window, missing)
    assert not missing.exists()
    dialog = window.open_error_dialog
    assert dialog is not None
    assert visible_choices(window) == {"create": True, "cancel": True}
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(dialog.choice_buttons["create"], Qt.MouseButton.LeftButton)
    assert missing.exists()
    assert window.status_path_label.text() == str(missing)


def test_sync_folder_warns_once(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "sales"
    folder.mkdir(parents=True)
    shared = made_elsewhere(folder, "team.sqlite3")
    before_journal = sqlite3.connect(shared).execute("PRAGMA journal_mode").fetchone()[0]
    assert before_journal == "delete"

    from tests.ui.conftest import open_in

    open_in(qtbot, window, shared)
    warning = window.databases.shared_warning
    assert warning is not None
    qtbot.waitExposed(warning)
    assert "Dropbox" in warning.text()
    assert "PostgreSQL" in warning.informativeText()
    assert "WAL" in warning.informativeText()
    assert window.status_mode_label.text() == "Shared file"
    warning.close()

    window.databases.shared_warning = None
    open_in(qtbot, window, shared)
    assert window.databases.shared_warning is None
    conn = sqlite3.connect(shared)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_restore_choice_restores_and_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from app.storage import backup

    good = made_elsewhere(tmp_path, "crm.sqlite3")
    made = open_database(good)
    copy = backup.default_backup_dir() / backup.timestamped_name(good, "backup")
    backup.backup_database(made, copy)
    made.close()
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])

    fail_to_open(qtbot, window, good)
    assert visible_choices(window)["restore"] is True
    window.databases.choose_backup = lambda backups: backups[0]  # type: ignore[method-assign]
    dialog = window.open_error_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(dialog.choice_buttons["restore"], Qt.MouseButton.LeftButton)
    assert window.status_count_label.text() == "2 contacts"
    assert "Restored" in window.statusBar().currentMessage()
    moved_aside = list(tmp_path.glob("crm-damaged-*.sqlite3"))
    assert len(moved_aside) == 1  # the damaged file is kept, not deleted
