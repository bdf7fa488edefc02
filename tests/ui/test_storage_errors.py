"""Demo, export and backup errors are worded in the interface from their codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.storage.backup import BackupError
from app.storage.demo import DemoRefusedError
from app.storage.exporting import ExportError, UnknownListError, UnsupportedExportFormatError
from app.ui.dialogs.error import readable_message
from app.ui.dialogs.storage_errors import storage_error_text

OUT = Path("/tmp/contacts.csv")

ERRORS = [
    DemoRefusedError("contacts.sqlite3", 1200),
    UnsupportedExportFormatError(Path("/tmp/contacts.json")),
    ExportError("Refusing to export over the database file /tmp/contacts.csv.",
                code="export_over_database", path=OUT),
    ExportError("Cannot write /tmp/contacts.csv: Permission denied.", code="cannot_write",
                path=OUT, reason="Permission denied"),
    UnknownListError("April", [], OUT),
    UnknownListError("April", ["Empty list", "March webinar"], OUT),
    BackupError("A backup cannot overwrite the database it copies.",
                code="backup_onto_itself", path=OUT),
    BackupError("The backup to /tmp/contacts.csv failed: disk I/O error",
                code="backup_failed", path=OUT, detail="disk I/O error"),
    BackupError("A server database is backed up with the server's own tools (pg_dump).",
                code="backup_server_database", path=None),
    BackupError("A database cannot be restored from itself.", code="restore_from_itself",
                path=OUT),
]  # fmt: skip


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.code)
def test_each_code_is_worded_like_the_english_log_line(qtbot: QtBot, error: Exception) -> None:
    # Untranslated, the interface's sentence is the English one storage logs.
    assert storage_error_text(error) == str(error)
    assert readable_message(error) == str(error)


def test_other_errors_are_not_this_module_s(qtbot: QtBot) -> None:
    assert storage_error_text(ValueError("x")) is None
    assert readable_message(RuntimeError("boom")) == "RuntimeError: boom"


def test_every_code_is_translated_into_russian(qapp: QApplication) -> None:
    from app.ui.application import install_translations

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, "ru")
    try:
        for error in ERRORS:
            assert storage_error_text(error) != str(error), error.code
        assert storage_error_text(ERRORS[0]) == (
            "В базе contacts.sqlite3 уже 1\u00a0200 потенциальных клиентов; демо-данные "
            "добавляются только в пустую базу."
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")
