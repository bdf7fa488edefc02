"""Scheduled backups in the running app, and File → Restore from backup…."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.storage.backup_schedule import ScheduledBackupResult
from app.storage.database import Database
from app.ui import settings
from app.ui.main_window import MainWindow
from tests.ui.conftest import OPEN_TIMEOUT_MS, add_contacts

NOON = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
TIMEOUT = 15_000


def _run(qtbot: QtBot, window: MainWindow, now: dt.datetime) -> ScheduledBackupResult:
    window.backups.clock = lambda: now
    with qtbot.waitSignal(window.backups.backup_checked, timeout=TIMEOUT) as checked:
        assert window.backups.run_due() is not None
    result = checked.args[0]
    assert isinstance(result, ScheduledBackupResult)
    return result


def test_a_due_backup_is_made_in_the_background_and_pruned(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "chosen-backups"
    settings.BACKUP_FOLDER.set(str(folder))
    settings.BACKUP_KEEP_DAYS.set(3)
    first = _run(qtbot, window, NOON)
    assert first.made is not None and first.made.parent == folder and first.made.exists()
    assert "Backed up to" in window.backups.note
    assert _run(qtbot, window, NOON + dt.timedelta(hours=5)).made is None  # not due
    later = _run(qtbot, window, NOON + dt.timedelta(days=5))
    assert later.made is not None and later.pruned == (first.made,)
    settings.BACKUP_INTERVAL.set("off")
    assert window.backups.run_due() is None


def _names(db: Database) -> list[str]:
    with db.reading() as conn:
        return [str(r[0]) for r in conn.execute(text("SELECT full_name FROM contacts ORDER BY id"))]


def test_restore_from_the_file_menu_keeps_a_safety_copy_and_reopens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    settings.BACKUP_FOLDER.set(str(tmp_path / "backups"))
    db = window.database
    assert db is not None and db.path is not None
    path = db.path
    add_contacts(db, [("Анна", "Кузнецова")])
    made = _run(qtbot, window, NOON).made
    assert made is not None
    add_contacts(db, [("王", "伟")])  # after the backup: the restore takes it away

    with qtbot.waitSignal(window.backups.restored, timeout=TIMEOUT):
        # The menu action lists the backups in the background, then opens the dialog.
        window.action_restore.trigger()
        qtbot.waitUntil(lambda: window.backups.dialog is not None, timeout=TIMEOUT)
        dialog = window.backups.dialog
        assert dialog is not None
        names = [
            dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())
        ]  # type: ignore[union-attr]
        assert made.name in names
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(names.index(made.name)))
        dialog.grab().save("/tmp/pt-teamgui-restore.png")
        button = dialog.findChild(QPushButton, "restoreButton")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.database is not None, timeout=OPEN_TIMEOUT_MS)
    reopened = window.database
    assert reopened is not None and reopened.path == path
    assert _names(reopened) == ["Анна Кузнецова"]
    safety = [p for p in path.parent.glob("test-before-restore-*.sqlite3")]
    assert len(safety) == 1  # the file as it was before the restore, kept


def test_the_settings_dialog_stores_folder_interval_and_days(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from app.ui.shell.backups import BackupSettingsDialog, backup_folder, backup_interval

    assert backup_interval() == dt.timedelta(days=1)  # daily by default
    assert backup_folder().name == "backups" and settings.BACKUP_KEEP_DAYS.get() == 14
    dialog = window.backups.settings_dialog()
    assert isinstance(dialog, BackupSettingsDialog)
    dialog.grab().save("/tmp/pt-teamgui-backup-settings.png")
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData("weekly"))
    dialog.folder_edit.setText(str(tmp_path / "nas"))
    dialog.keep_spin.setValue(30)
    with qtbot.waitSignal(window.backups.backup_checked, timeout=TIMEOUT) as checked:
        dialog.accept()  # a backup is due at once into the new folder
    assert backup_interval() == dt.timedelta(days=7)
    assert backup_folder() == tmp_path / "nas"
    assert settings.BACKUP_KEEP_DAYS.get() == 30
    made = checked.args[0].made
    assert made is not None and made.parent == tmp_path / "nas"
