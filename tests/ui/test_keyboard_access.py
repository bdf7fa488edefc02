"""Keyboard and accessibility: menus have text and unambiguous shortcuts, the pages' own
keys are discoverable, and every interactive control has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.jobs import running_jobs
from app.ui.main_window import MainWindow
from app.ui.palette.entries import menu_actions, plain_text, shortcut_text
from app.ui.palette.page_keys import all_page_keys, today_keys
from tests.ui.conftest import make_demo_file, window_on_copy

WAIT_MS = 15_000
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QGraphicsView,
)
#: Widgets that are parts of another control (a line edit's clear button, a combo's list).
COMPOUND = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("keyboard"), migrated_template, 120)


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = window_on_copy(qtbot, demo_file, tmp_path)
    yield win
    win.close()


def test_every_menu_action_has_text_and_shortcuts_are_unique(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    actions = [action for _menu, action in menu_actions(window.menuBar())]
    assert len(actions) >= 20
    # Window-wide actions outside the menus count too: a key must mean one thing.
    extra = [
        a
        for a in window.findChildren(QAction)
        if a not in actions and not a.shortcut().isEmpty() and a.parent() is window
    ]
    for action in [*actions, *extra]:
        assert plain_text(action.text()).strip(), f"an action without text: {action!r}"
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} means both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    for must in ("Ctrl+K", "Ctrl+1", "Ctrl+8", "Ctrl+I", "Ctrl+,"):
        assert must in seen


def test_every_shortcut_is_offered_by_the_palette_with_its_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    palette = window.navigation.open_palette()
    offered = {e.title: e.detail for e in palette.model.entries if e.kind == "action"}
    for _menu, action in menu_actions(window.menuBar()):
        if action.isEnabled() and shortcut_text(action):
            assert offered[plain_text(action.text())] == shortcut_text(action)
    palette.hide()


def test_todays_keys_are_all_listed_for_the_palette() -> None:
    from app.ui.today.keys import KEYS as _KEYS
    from app.ui.today.panel import DISPOSITIONS

    listed = {key.command for key in today_keys()}
    assert set(_KEYS.values()) <= listed
    assert {f"outcome:{code}" for _digit, code in DISPOSITIONS} <= listed
    assert {key.page for key in all_page_keys()} == {"lists", "today", "pipeline"}


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with no text, accessible name or label buddy."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    offenders = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, COMPOUND):
                inner = True
                break
            parent = parent.parentWidget()
        if inner:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if text.strip() and text.strip() not in {"×", "…", "?"}:
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        offenders.append(f"{type(widget).__name__} {widget.objectName()!r} in {root.objectName()}")
    return offenders


def test_every_control_on_every_page_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    offenders: list[str] = []
    for entry in window.page_entries:
        window.show_page(entry.key)
        page = window.current_page()
        if entry.key == "pipeline":
            qtbot.waitUntil(lambda: "stageCards_new" in tab_order(page), timeout=WAIT_MS)  # noqa: B023
        # The page's first reads fill it (the board's columns, the report's charts).
        qtbot.waitUntil(lambda: not running_jobs(), timeout=WAIT_MS)
        qtbot.wait(50)
        offenders += unnamed_controls(page)
    offenders += unnamed_controls(window.sidebar.parentWidget())
    assert offenders == [], "\n".join(offenders)


def tab_order(page: QWidget) -> list[str]:
    """The object names Tab visits on ``page``, in order (visible, enabled stops only)."""
    names: list[str] = []
    widget = page.nextInFocusChain()
    while widget is not page and len(names) < 500:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if page.isAncestorOf(widget) and widget.isVisible() and takes_tab and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def test_tab_follows_the_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("lists")
    qtbot.waitUntil(lambda: not running_jobs(), timeout=WAIT_MS)
    order = tab_order(window.current_page())
    assert order.index("contactSearch") < order.index("importButton") < order.index("contactTable")
    window.show_page("pipeline")
    board = window.current_page()
    qtbot.waitUntil(lambda: "stageCards_new" in tab_order(board), timeout=WAIT_MS)
    order = tab_order(board)
    assert order[:2] == ["boardSearch", "boardOwnerFilter"]
    assert order.index("stageSettingsButton") < order.index("stageCards_new")
    window.show_page("reports")
    qtbot.waitUntil(lambda: not running_jobs(), timeout=WAIT_MS)
    order = tab_order(window.current_page())
    assert order.index("fromDate") < order.index("toDate") < order.index("reportRep")


def test_the_keyboard_page_lists_every_shortcut_and_page_key(window: MainWindow) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "keyboard.md").read_text(encoding="utf-8")
    rows = [line for line in doc.splitlines() if line.startswith("|")]
    for _menu, action in menu_actions(window.menuBar()):
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            title = plain_text(action.text())
            assert any(title in row and key in row for row in rows), f"{title} {key}"
    for key in all_page_keys():
        assert any(f"| {key.keys} |" in row for row in rows), key
