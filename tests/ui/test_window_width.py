"""No page pushes the main window wider than it opens, in any language.

The window opens at 1,200 px (a 1,280 px laptop screen less its frame). A page whose minimum
width is larger makes Qt widen the window the moment it is shown, past the screen's edge on
a laptop; Russian and Lithuanian captions, a third longer than English ones, are where it
happens first (a check box's caption cannot wrap, a row of buttons cannot shrink).
"""

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
from tests.conftest import build_demo_template, open_copy
from tests.ui.conftest import open_in

DEFAULT_WIDTH = 1200


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("window-width")
    return build_demo_template(folder, migrated_template, contacts=60)[0]


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_template, tmp_path)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
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


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN", "lt"], indirect=True)
def test_every_page_fits_the_window_it_opens_in(
    qtbot: QtBot, language: str, demo: Database
) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.resize(DEFAULT_WIDTH, 760)
    window.show()
    qtbot.waitExposed(window)
    assert demo.path is not None
    open_in(qtbot, window, demo.path)
    widths: dict[str, int] = {}
    for entry in window.page_entries:
        window.show_page(entry.key)
        assert wait_for_jobs(15_000)
        qtbot.wait(5)
        widths[entry.key] = window.width()
    assert set(widths.values()) == {DEFAULT_WIDTH}, (language, widths)
    assert window.minimumSizeHint().width() <= DEFAULT_WIDTH
