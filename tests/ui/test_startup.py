"""Start-up: first run, the demo offer, translations and ``--startup-check``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.gui_args import parse_gui_args
from app.storage.paths import default_database_path
from app.ui.application import initial_target, install_translations
from app.ui.main_window import MainWindow
from tests.ui.conftest import OPEN_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def bare_window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_first_run_is_detected_when_there_is_no_database() -> None:
    assert initial_target(None) == (default_database_path(), True)
    assert initial_target("/tmp/elsewhere.sqlite3") == ("/tmp/elsewhere.sqlite3", False)


def test_first_run_dialog_start_empty(qtbot: QtBot, bare_window: MainWindow) -> None:
    target = default_database_path()
    dialog = bare_window.start_first_run(target)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Welcome to Prospect Desk"
    assert [b.text() for b in (dialog.demo_button, dialog.empty_button, dialog.open_button)] == [
        "Start with demo data",
        "Start empty",
        "Open existing…",
    ]
    assert bare_window.status_path_label.text() == "No database open"

    with qtbot.waitSignal(bare_window.database_opened, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert bare_window.status_count_label.text() == "0 contacts"
    assert bare_window.current_page().empty_state.title_label.text() == "No contacts yet"
    assert initial_target(None) == (str(target), False)


def test_first_run_dialog_demo_data(qtbot: QtBot, bare_window: MainWindow) -> None:
    dialog = bare_window.start_first_run(default_database_path())
    assert dialog.demo_button.isEnabled()
    with qtbot.waitSignal(bare_window.database_opened, timeout=OPEN_TIMEOUT_MS):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bare_window.summary_contacts > 0, timeout=60_000)
    count = QLocale().toString(2000)  # "2,000" in an English locale, "2000" in C
    assert bare_window.status_count_label.text() == f"{count} contacts"
    lists = bare_window.page("lists")
    qtbot.waitUntil(lambda: lists.count_label.text() == f"{count} contacts")  # type: ignore[attr-defined]
    assert lists.empty_state.isHidden()


def test_first_run_open_existing_uses_the_file_chooser(
    qtbot: QtBot, bare_window: MainWindow
) -> None:
    asked: list[bool] = []
    bare_window.databases.choose_database_path = lambda: asked.append(True)  # type: ignore[method-assign,func-returns-value]
    dialog = bare_window.start_first_run(default_database_path())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert not default_database_path().exists()


def test_gui_arguments() -> None:
    args = parse_gui_args(["--db", "x.sqlite3", "--startup-check"])
    assert (args.db, args.startup_check, args.read_only) == ("x.sqlite3", True, False)


def test_russian_interface(qtbot: QtBot, qapp: QApplication, db_path: Path) -> None:
    assert (ROOT / "resources/i18n/prospect_desk_ru.qm").exists()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, "ru")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        titles = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert titles == [
            "Списки",
            "Проверка",
            "Сегодня",
            "Каденции",
            "Шаблоны",
            "Исходящие",
            "Воронка",
            "Отчёты",
        ]
        assert win.file_menu.title() == "&Файл"
        with qtbot.waitSignal(win.database_opened, timeout=OPEN_TIMEOUT_MS):
            win.open_database_at(db_path, create=True)
        assert win.status_count_label.text() == "0 контактов"
        assert win.current_page().empty_state.title_label.text() == "Контактов пока нет"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")


def _run_offscreen(*args: str) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``args`` on Qt's offscreen platform, from the checkout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=120, check=False,
    )  # fmt: skip


def test_startup_check_prints_seconds_and_exits_0(db_path: Path) -> None:
    done = _run_offscreen(str(ROOT / "main.py"), "--db", str(db_path), "--startup-check")
    assert done.returncode == 0, done.stderr
    seconds = float(done.stdout.strip())
    assert seconds > 0
    assert db_path.exists()


#: Libraries the first frame never needs: they load with the first database read, the
#: first invitation, the first validation... on worker threads after the window painted.
_NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "alembic",
    "icalendar",
    "dateutil",
    "jinja2",
    "keyring",
    "phonenumbers",
    "email_validator",
    "holidays",
    "psycopg",
    "rapidfuzz",
    "openpyxl",
    "app.storage.database",
)

_RECORD_FIRST_PAINT = """
import json, sys
import app.ui.main_window as main_window

build = main_window.MainWindow.__init__

def record(window, *args, **kwargs):
    build(window, *args, **kwargs)
    def painted():
        heavy = [m for m in json.loads(sys.argv[1]) if m in sys.modules]
        print("loaded before the first paint: " + json.dumps(heavy))
    window.first_painted.connect(painted)

main_window.MainWindow.__init__ = record
from app.entry import run
raise SystemExit(run(["--db", sys.argv[2], "--startup-check"]))
"""


def test_the_window_paints_before_the_database_layer_loads(db_path: Path) -> None:
    import json

    done = _run_offscreen(
        "-c", _RECORD_FIRST_PAINT, json.dumps(_NOT_BEFORE_FIRST_PAINT), str(db_path)
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("loaded before"))
    assert json.loads(line.partition(": ")[2]) == []
    # The database still opened (after the paint): --startup-check waits for it.
    assert db_path.exists()
    assert "CPU to first paint" in done.stderr
