"""Fixtures for the UI tests: English plurals, a main window on a real database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.storage.database import Database
from app.ui.jobs import wait_for_jobs
from app.ui.main_window import MainWindow

OPEN_TIMEOUT_MS = 15_000
# The offscreen platform plugin says this whenever a window's minimum size changes; it is
# about the test platform, not our code (a real display's plugin supports size hints).
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Let the offscreen plugin's size-hint notice through in UI tests; any other fails."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Load the interface strings as the app does, in English (plural forms included)."""
    from app.ui.application import create_application, install_translations

    create_application([])
    translators = install_translations(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in ``request.param`` (use ``indirect=True``) for one test, English
    again afterwards."""
    from app.ui.application import install_translations

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, request.param)
    try:
        yield str(request.param)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A 60-prospect demo database, made once per run (open copies of it)."""
    from tests.conftest import build_demo_template

    folder = tmp_path_factory.mktemp("small-demo")
    return build_demo_template(folder, migrated_template, contacts=60)[0]


@pytest.fixture
def small_demo(small_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """An open copy of :func:`small_demo_template` for one test."""
    from tests.conftest import open_copy

    yield from open_copy(small_demo_template, tmp_path)


@pytest.fixture(autouse=True)
def no_jobs_left() -> Iterator[None]:
    """Every test's background workers finish before the next test starts."""
    yield
    assert wait_for_jobs(30_000)


def add_contacts(db: Database, names: list[tuple[str, str]]) -> None:
    """Insert contacts with plain SQL (the UI tests only need rows to count)."""
    from sqlalchemy import text

    with db.transaction() as conn:
        for first, last in names:
            conn.execute(
                text(
                    "INSERT INTO contacts (first_name, last_name, full_name, do_not_contact,"
                    " custom_fields, version, created_at, updated_at)"
                    " VALUES (:f, :l, :full, 0, '{}', 1, '2026-01-01', '2026-01-01')"
                ),
                {"f": first, "l": last, "full": f"{first} {last}"},
            )


def make_demo_file(folder: Path, migrated_template: Path, contacts: int) -> Path:
    """A demo database of ``contacts`` prospects in ``folder`` (made once per module)."""
    import shutil

    from app.storage.database import open_database
    from app.storage.demo import populate_demo

    path = folder / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        populate_demo(db, contacts=contacts)
    finally:
        db.close()
    return path


def window_on_copy(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> MainWindow:
    """A shown 1280×800 main window with a fresh copy of ``demo_file`` open."""
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    open_in(qtbot, win, path)
    return win


def open_in(qtbot: QtBot, window: MainWindow, target: Path | str, **options: bool) -> None:
    """Open ``target`` in ``window`` and wait until it is open."""
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        assert window.open_database_at(target, **options) is not None


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    """A shown main window with the ``db`` fixture's file open."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert db.path is not None
    open_in(qtbot, win, db.path)
    return win
