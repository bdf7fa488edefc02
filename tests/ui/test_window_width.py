"""No page pushes the main window wider than it opens, in any language.

The window opens at 1,200 px (a 1,280 px laptop screen less its frame). A page whose minimum
width is larger makes Qt widen the window the moment it is shown, past the screen's edge on
a laptop; Russian and Lithuanian captions, a third longer than English ones, are where it
happens first (a check box's caption cannot wrap, a row of buttons cannot shrink).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.storage.database import Database
from app.ui.jobs import wait_for_jobs
from app.ui.main_window import MainWindow
from tests.ui.conftest import open_in

DEFAULT_WIDTH = 1200


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN", "lt"], indirect=True)
def test_every_page_fits_the_window_it_opens_in(
    qtbot: QtBot, language: str, small_demo: Database
) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.resize(DEFAULT_WIDTH, 760)
    window.show()
    qtbot.waitExposed(window)
    assert small_demo.path is not None
    open_in(qtbot, window, small_demo.path)
    widths: dict[str, int] = {}
    for entry in window.page_entries:
        window.show_page(entry.key)
        assert wait_for_jobs(15_000)
        qtbot.wait(5)
        widths[entry.key] = window.width()
    assert set(widths.values()) == {DEFAULT_WIDTH}, (language, widths)
    assert window.minimumSizeHint().width() <= DEFAULT_WIDTH
