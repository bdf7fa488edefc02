"""The contact table's row painter: what a user sees in the cells, selection and keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from pytestqt.qtbot import QtBot

from app.storage.contacts.detail import edit_name, load_contact_detail
from app.storage.database import Database
from app.ui.lists.cells import COLUMN_KEYS, PLACEHOLDER, placeholder_brush
from app.ui.lists.contact_table_model import ContactTableModel
from app.ui.lists.table_view import ContactTableView
from app.ui.widgets.plain_text_delegate import MARGIN
from tests.conftest import build_demo_template, open_copy

WAIT_MS = 10_000
NAME = COLUMN_KEYS.index("name")
EMAIL = COLUMN_KEYS.index("email")
COMPANY = COLUMN_KEYS.index("company")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return build_demo_template(tmp_path_factory.mktemp("view"), migrated_template, contacts=120)[0]


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_file, tmp_path)


@pytest.fixture
def view(qtbot: QtBot, demo: Database) -> ContactTableView:
    model = ContactTableModel()
    table = ContactTableView(model)
    model.setParent(table)
    qtbot.addWidget(table)
    table.setSelectionBehavior(ContactTableView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.resize(900, 420)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_database(demo)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)
    table.show()
    qtbot.waitExposed(table)
    return table


def shown(view: ContactTableView) -> QImage:
    """The viewport as it is painted now."""
    return view.viewport().grab().toImage()


def cell_edge(view: ContactTableView, row: int, column: int) -> QPoint:
    """A point inside the cell, in its right margin (never under a text)."""
    x = view.columnViewportPosition(column) + view.columnWidth(column) - 2
    return QPoint(x, view.rowViewportPosition(row) + view.rowHeight(row) // 2)


def colour_at(image: QImage, point: QPoint) -> str:
    return image.pixelColor(point).name()


def test_painted_texts_are_the_models_texts(
    qtbot: QtBot, view: ContactTableView, qtmodeltester: object
) -> None:
    model = view.model()
    assert isinstance(model, ContactTableModel)
    view.setColumnWidth(NAME, 400)  # no name elided
    shown(view)
    for row in range(5):
        texts = view.shown_texts(row)
        assert texts is not None
        assert texts[NAME] == model.data(model.index(row, NAME))
        assert texts[NAME] != PLACEHOLDER
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_long_text_is_elided_to_its_column_and_whole_in_its_tooltip(
    view: ContactTableView,
) -> None:
    model = view.model()
    view.setColumnWidth(EMAIL, 70)
    shown(view)
    texts = view.shown_texts(0)
    assert texts is not None
    email = str(model.data(model.index(0, EMAIL)))
    metrics = QFontMetrics(view.font())
    assert texts[EMAIL].endswith("…") and texts[EMAIL] != email
    assert metrics.horizontalAdvance(texts[EMAIL]) <= 70 - 1 - 2 * MARGIN
    tooltip = str(model.data(model.index(0, EMAIL), Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith(email)

    view.setColumnWidth(EMAIL, 600)  # wider: laid out again, whole
    shown(view)
    again = view.shown_texts(0)
    assert again is not None and again[EMAIL] == email


def test_a_clicked_row_is_highlighted_across_its_columns(
    qtbot: QtBot, view: ContactTableView
) -> None:
    highlight = view.palette().color(QPalette.ColorRole.Highlight).name()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=cell_edge(view, 2, NAME) - QPoint(40, 0)
    )
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]
    image = shown(view)
    # (The clicked cell is the current one: it has the focus frame.)
    assert colour_at(image, cell_edge(view, 2, COMPANY)) == highlight
    assert colour_at(image, cell_edge(view, 2, EMAIL)) == highlight
    assert colour_at(image, cell_edge(view, 3, EMAIL)) != highlight
    assert colour_at(image, cell_edge(view, 1, EMAIL)) != highlight


def test_rows_alternate_their_background(view: ContactTableView) -> None:
    image = shown(view)
    palette = view.palette()
    base = palette.color(QPalette.ColorRole.Base).name()
    assert colour_at(image, cell_edge(view, 0, EMAIL)) == base
    alternate = palette.color(QPalette.ColorRole.AlternateBase).name()
    assert colour_at(image, cell_edge(view, 1, EMAIL)) == alternate


def test_the_keyboard_moves_and_extends_the_selection(qtbot: QtBot, view: ContactTableView) -> None:
    highlight = view.palette().color(QPalette.ColorRole.Highlight).name()
    model = view.model()
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        model.index(0, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in view.selectionModel().selectedRows()) == [1, 2]
    image = shown(view)
    assert colour_at(image, cell_edge(view, 0, EMAIL)) != highlight
    assert colour_at(image, cell_edge(view, 1, EMAIL)) == highlight
    assert colour_at(image, cell_edge(view, 2, EMAIL)) == highlight
    # Right moves the current cell along the row: the focus frame follows it.
    before = shown(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() != NAME
    assert shown(view) != before


def test_a_row_not_loaded_shows_the_placeholder_then_its_texts(
    qtbot: QtBot, view: ContactTableView
) -> None:
    model = view.model()
    assert isinstance(model, ContactTableModel)
    shown(view)
    model.forget_rows()
    image = shown(view)  # paints "…" in grey and asks for ONE background read
    assert view.shown_texts(0) is None and model.rows_pending
    grey = placeholder_brush().color()
    left = view.columnViewportPosition(NAME) + MARGIN
    top = view.rowViewportPosition(0)
    band = [
        image.pixelColor(x, y)
        for x in range(left, left + 12)
        for y in range(top, top + view.rowHeight(0))
    ]
    # Something is drawn there, and nothing darker than the placeholder's grey.
    darkest = min(colour.lightness() for colour in band)
    assert (
        grey.lightness() - 8 <= darkest < view.palette().color(QPalette.ColorRole.Base).lightness()
    )
    with qtbot.waitSignal(model.rows_loaded, timeout=WAIT_MS):
        pass
    shown(view)
    texts = view.shown_texts(0)
    assert texts is not None and texts[NAME] == model.data(model.index(0, NAME))


def test_an_edited_row_is_laid_out_again(
    qtbot: QtBot, view: ContactTableView, demo: Database
) -> None:
    model = view.model()
    assert isinstance(model, ContactTableModel)
    view.setColumnWidth(NAME, 400)
    shown(view)
    contact_id = model.ids[0]
    with demo.reading() as conn:
        detail = load_contact_detail(conn, contact_id)
    assert detail is not None
    edit_name(demo, contact_id, "Анна 王芳", "Ёлкина", expected_version=detail.version)
    model.refresh_ids([contact_id])
    with qtbot.waitSignal(model.rows_loaded, timeout=WAIT_MS):
        shown(view)  # the placeholder, and a read
    shown(view)
    texts = view.shown_texts(0)
    assert texts is not None and "王芳" in texts[NAME]
    assert texts[NAME] == model.data(model.index(0, NAME))


def test_right_to_left_paints_through_the_delegate(view: ContactTableView) -> None:
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.relayout()
    image = shown(view)
    assert not image.isNull()
    assert view.shown_texts(0) is None  # the row painter did not run


def test_a_column_too_narrow_for_its_text_leaves_the_next_columns_in_place(
    qtbot: QtBot, view: ContactTableView, demo: Database
) -> None:
    model = view.model()
    assert isinstance(model, ContactTableModel)
    contact_id = model.ids[0]
    with demo.reading() as conn:
        detail = load_contact_detail(conn, contact_id)
    assert detail is not None
    edit_name(demo, contact_id, "Ж", None, expected_version=detail.version)  # one letter
    model.refresh_ids([contact_id])
    with qtbot.waitSignal(model.rows_loaded, timeout=WAIT_MS):
        shown(view)
    view.setColumnWidth(NAME, 400)
    shown(view)
    wide = view.shown_texts(0)
    view.horizontalHeader().setMinimumSectionSize(1)
    view.setColumnWidth(NAME, 6)  # narrower than the letter: eliding leaves it whole
    image = shown(view)
    narrow = view.shown_texts(0)
    assert wide is not None and narrow is not None
    assert narrow[NAME] == wide[NAME] == "Ж"
    assert narrow[COMPANY] == wide[COMPANY] != ""
    # The company still starts at its own column's left edge, not pushed a column on.
    left = view.columnViewportPosition(COMPANY)
    top = view.rowViewportPosition(0)
    base = view.palette().color(QPalette.ColorRole.Base).lightness()
    inked = [
        x
        for x in range(left, left + 40)
        for y in range(top, top + view.rowHeight(0) - 1)
        if image.pixelColor(x, y).lightness() < base - 60
    ]
    assert inked and min(inked) >= left + MARGIN - 1


def test_a_selection_without_the_keyboard_takes_the_inactive_colour(
    qtbot: QtBot, view: ContactTableView
) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, QColor("#0000ff"))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#00ff00"))
    view.setPalette(palette)
    view.activateWindow()
    view.setFocus()
    view.selectRow(1)
    qtbot.waitUntil(view.hasFocus)
    assert colour_at(shown(view), cell_edge(view, 1, EMAIL)) == "#0000ff"
    view.clearFocus()
    assert colour_at(shown(view), cell_edge(view, 1, EMAIL)) == "#00ff00"
