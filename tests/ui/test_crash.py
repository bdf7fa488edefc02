"""Unexpected exceptions are logged to the rotating file and shown, never lost."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.logs import log_file_path, setup_logging
from app.ui.crash import CrashReporter


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[CrashReporter]:
    setup_logging()
    crash = CrashReporter().install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_prospect_desk_handler", False):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_hook_logs_to_file_and_shows_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    assert sys.excepthook == reporter.handle_exception
    try:
        raise RuntimeError("the pipeline board fell over")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what PySide6 calls for an error in a slot

    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Unexpected error"
    assert str(log_file_path()) in dialog.informativeText()
    assert "RuntimeError: the pipeline board fell over" in dialog.informativeText()
    assert "Traceback" in dialog.detailedText()
    logged = log_file_path().read_text(encoding="utf-8")
    assert "Unexpected error" in logged
    assert "RuntimeError: the pipeline board fell over" in logged


def test_thread_exception_reaches_the_gui(qtbot: QtBot, reporter: CrashReporter) -> None:
    def explode() -> None:
        raise KeyError("enrollment 42")

    thread = threading.Thread(target=explode, name="sender")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert "KeyError" in reporter.dialog.informativeText()
    assert "KeyError: 'enrollment 42'" in log_file_path().read_text(encoding="utf-8")


def test_a_burst_of_errors_shows_one_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    for n in range(3):
        try:
            raise ValueError(f"bad row {n}")
        except ValueError:
            reporter.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(
        lambda: reporter.dialog is not None and "bad row 2" in reporter.dialog.detailedText()
    )
    assert reporter.dialog is not None
    assert "bad row 0" in reporter.dialog.detailedText()


def test_uninstall_restores_previous_hooks() -> None:
    previous = sys.excepthook, threading.excepthook
    crash = CrashReporter().install()
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == previous
