"""The main window as a user meets it: status bar, sidebar pages, File and Help menus."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from app import __version__
from app.storage.database import Database, open_database
from app.ui import settings
from app.ui.main_window import MainWindow
from tests.ui.conftest import OPEN_TIMEOUT_MS, add_contacts, open_in


def click_sidebar(qtbot: QtBot, sidebar: QListWidget, title: str) -> None:
    item = sidebar.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    rect: QRect = sidebar.visualItemRect(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_status_bar_shows_path_mode_and_count(qtbot: QtBot, db: Database) -> None:
    add_contacts(db, [("Ivan", "Petrov"), ("Анна", "Иванова"), ("伟", "王")])
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert db.path is not None
    open_in(qtbot, win, db.path)

    assert win.status_path_label.text() == str(db.path)
    assert win.status_mode_label.text() == "Solo"
    assert win.status_count_label.text() == "3 contacts"
    assert win.windowTitle() == f"{db.path.name} — Prospect Desk"
    lists = win.current_page()
    qtbot.waitUntil(lambda: lists.count_label.text() == "3 contacts")  # type: ignore[attr-defined]
    assert lists.empty_state.isHidden()


def test_one_contact_is_singular(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    add_contacts(db, [("Ona", "Kazlauskienė")])
    with qtbot.waitSignal(window.summary_changed):
        window.refresh_summary()
    assert window.status_count_label.text() == "1 contact"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Validate", "Nothing to check yet"),
        ("Today", "Nothing due today"),
        ("Pipeline", "The pipeline is empty"),
        ("Reports", "No activity to report yet"),
        ("Lists", "No contacts yet"),
    ],
)
def test_each_page_is_reachable_and_explains_itself(
    qtbot: QtBot, window: MainWindow, title: str, expected: str
) -> None:
    if title == "Lists":
        click_sidebar(qtbot, window.sidebar, "Reports")
    click_sidebar(qtbot, window.sidebar, title)
    page = window.current_page()
    assert page.isVisible()
    assert page.empty_state.title_label.text() == expected
    assert page.empty_state.text_label.isVisible()
    assert page.empty_state.text_label.text()


def test_empty_page_button_goes_to_lists(qtbot: QtBot, window: MainWindow) -> None:
    click_sidebar(qtbot, window.sidebar, "Pipeline")
    button = window.current_page().empty_state.action_button
    assert button.text() == "Go to Lists"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "lists"
    assert window.sidebar.currentItem().text() == "Lists"


def test_file_open_switches_database(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "team.sqlite3"
    other_db = open_database(other)
    add_contacts(other_db, [("Li", "Wei")])
    other_db.close()
    window.databases.choose_database_path = lambda: str(other)  # type: ignore[method-assign]

    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        window.action_open.trigger()

    assert window.status_path_label.text() == str(other)
    assert window.status_count_label.text() == "1 contact"
    assert settings.LAST_DATABASE.get() == str(other)
    assert settings.RECENT_DATABASES.get()[0] == str(other)


def test_file_open_cancelled_keeps_database(window: MainWindow, db: Database) -> None:
    window.databases.choose_database_path = lambda: None  # type: ignore[method-assign]
    window.action_open.trigger()
    assert window.open_error_dialog is None
    assert window.status_path_label.text() == str(db.path)


def test_new_database_creates_and_opens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    new = tmp_path / "fresh.sqlite3"
    window.databases.choose_new_database_path = lambda: str(new)  # type: ignore[method-assign]
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        window.action_new.trigger()
    assert new.exists()
    assert window.status_path_label.text() == str(new)
    assert window.status_count_label.text() == "0 contacts"


def test_back_up_now_writes_a_valid_backup(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    add_contacts(db, [("Maria", "García"), ("Jonas", "Jonaitis")])
    destination = tmp_path / "backups" / "copy.sqlite3"
    suggested: list[Path] = []

    def choose(path: Path) -> str:
        suggested.append(path)
        return str(destination)

    window.databases.choose_backup_destination = choose  # type: ignore[method-assign]
    with qtbot.waitSignal(window.backup_written, timeout=OPEN_TIMEOUT_MS):
        window.action_backup.trigger()

    assert suggested[0].name.startswith("test-backup-")
    conn = sqlite3.connect(destination)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    finally:
        conn.close()
    assert str(destination) in window.statusBar().currentMessage()


def test_geometry_page_and_last_database_are_restored(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.resize(713, 547)  # within the offscreen screen (800×600)
    click_sidebar(qtbot, window.sidebar, "Pipeline")
    window.close()

    from app.ui.application import initial_target

    assert initial_target(None) == (str(db.path), False)
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (713, 547)
    assert second.current_page().key == "pipeline"
    assert second.sidebar.currentItem().text() == "Pipeline"


def test_about_shows_version_database_mode_and_libraries(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    import sqlalchemy

    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    joined = "\n".join(texts)
    assert __version__ in joined
    assert str(db.path) in texts
    assert "Solo" in texts
    assert sqlalchemy.__version__ in texts
    dialog.close()


def test_sidebar_model_is_sound(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.sidebar.model())


def test_switching_does_not_wait_for_the_previous_databases_checkpoint(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A checkpoint still copying a big import's log into the old file runs on; the window
    switches at once and the old database closes when the checkpoint is done."""
    import threading

    previous = window.database
    assert previous is not None
    release = threading.Event()
    checkpoint = threading.Thread(target=release.wait, args=(60,), daemon=True)
    checkpoint.start()
    previous._checkpointer = checkpoint  # what a bulk import's commit leaves running
    other = tmp_path / "other.sqlite3"
    open_database(other).close()
    try:
        open_in(qtbot, window, other)
        # The GUI thread did not join the checkpoint: it is still running.
        assert checkpoint.is_alive()
        assert window.database is not previous
    finally:
        release.set()
    qtbot.waitUntil(lambda: previous._checkpointer is None, timeout=10_000)
