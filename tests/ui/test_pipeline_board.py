"""The Pipeline board: columns with full counts, lazy columns, moves, undo and filters."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.adapters.clock import FixedClock
from app.storage import tables
from app.storage.database import Database
from app.storage.pipeline.board import sla_minutes
from app.ui.jobs import wait_for_jobs
from app.ui.pipeline.column import StageColumn
from app.ui.pipeline.column_model import MIME_TYPE, read_card_mime
from app.ui.pipeline.gates import DisqualifyDialog, GateDialog
from app.ui.pipeline.page import PipelinePage
from app.ui.pipeline.stage_settings import StageSettingsDialog
from app.ui.undo import undo_stack
from app.ui.widgets.page import PageContext
from tests.board_data import NEW_COUNT, NOW, Board, seed_board

LOAD_MS = 10_000


@pytest.fixture
def board(db: Database) -> Board:
    return seed_board(db)


@pytest.fixture
def page(qtbot: QtBot, db: Database, board: Board) -> Iterator[PipelinePage]:
    widget = PipelinePage(clock=FixedClock(NOW))
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    undo_stack().set_database(db)
    with qtbot.waitSignal(widget.board_loaded, timeout=LOAD_MS):
        widget.database_changed(PageContext(database=db, contacts=NEW_COUNT + 8))
    yield widget
    wait_for_jobs(LOAD_MS)
    undo_stack().set_database(None)


def column(page: PipelinePage, board: Board, key: str) -> StageColumn:
    found = page.column_of_stage(board.stages[key])
    assert found is not None
    return found


def stage_of(db: Database, contact_id: int) -> int | None:
    with db.reading() as conn:
        return conn.execute(
            select(tables.contacts.c.stage_id).where(tables.contacts.c.id == contact_id)
        ).scalar_one()


def names(col: StageColumn) -> list[str]:
    return [card.name for card in col.model.cards]


def test_the_board_shows_every_stage_with_its_full_count(page: PipelinePage, board: Board) -> None:
    keys = [stage.key for stage in page.stages]
    assert keys == [
        "new", "researching", "attempting", "connected", "qualified", "meeting_booked",
        "handed_off", "nurture", "disqualified",
    ]  # fmt: skip
    new = column(page, board, "new")
    # The full count, though only the first page is loaded.
    assert new.count_label.text() == "100"
    assert new.model.rowCount() == new.model.page_size < NEW_COUNT
    assert column(page, board, "attempting").count_label.text() == "3"
    assert column(page, board, "connected").count_label.text() == "0"
    assert column(page, board, "connected").view.empty_text.startswith("No prospects in this stage")
    assert sorted(names(column(page, board, "attempting"))) == [
        "Ona Kazlauskė",
        "Иван Петров",
        "王 芳",
    ]
    # Nurture and Disqualified sit apart, in the aside.
    assert column(page, board, "nurture").parent() is page.aside
    assert column(page, board, "disqualified").parent() is page.aside
    assert column(page, board, "new").parent() is page.board
    assert column(page, board, "nurture").number_label.text() == "8"
    assert "1 without a stage" in page.total_label.text()
    assert not page.grab().isNull()  # every card painted once: the clock, the chips


def test_a_card_words_its_next_step_and_its_wait(page: PipelinePage, board: Board) -> None:
    attempting = column(page, board, "attempting")
    card = next(c for c in attempting.model.cards if c.next_due is not None)
    words = page.delegate.words
    assert words.next_step(card, NOW).startswith("Next: Call · ")
    assert words.next_step(card, card.next_due) == "Next: Call · due now"  # type: ignore[arg-type]
    other = next(c for c in attempting.model.cards if c.next_due is None)
    assert words.next_step(other, NOW) == "No next step"
    assert words.touched(other.last_touched, NOW) == "Touched 24 h ago"
    assert words.waiting(7 * 60, late=False) == "Inbound: waiting 7 min"
    assert words.waiting(3 * 86400, late=True) == "Inbound: 3 d · SLA missed"


def test_a_column_loads_more_as_it_is_scrolled(
    qtbot: QtBot, page: PipelinePage, board: Board
) -> None:
    new = column(page, board, "new")
    assert new.model.canFetchMore()
    with qtbot.waitSignal(new.model.page_loaded, timeout=LOAD_MS):
        new.view.scrollToBottom()  # the view asks the model for more: fetchMore
    assert new.model.rowCount() == 2 * new.model.page_size
    while new.model.canFetchMore():
        with qtbot.waitSignal(new.model.page_loaded, timeout=LOAD_MS):
            new.model.fetchMore()
    assert new.model.rowCount() == NEW_COUNT
    ids = [card.id for card in new.model.cards]
    assert ids == sorted(board.by_stage["new"], reverse=True)
    assert new.count_label.text() == "100"


def _drop_on(target: StageColumn, mime: QMimeData) -> None:
    """Drag ``mime`` into ``target``'s list and drop it there, as the mouse would.

    Enter, move, drop: Qt delivers a drop only to the widget that accepted the drag's
    entry, and the view decides there whether the model takes the data.
    """
    viewport = target.view.viewport()
    spot = QPoint(viewport.width() // 2, viewport.height() - 5)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(spot, move, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(spot, move, mime, buttons, keys))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(spot), move, mime, buttons, keys))


def test_a_card_dragged_to_another_column_moves_there(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    new, connected = column(page, board, "new"), column(page, board, "connected")
    card = new.model.cards[3]
    mime = new.model.mimeData([new.model.index(3, 0)])
    assert read_card_mime(mime) == (card.id, board.stages["new"])
    assert connected.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    # Dropping on its own column is no move.
    assert not new.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(page.cards_updated, timeout=LOAD_MS):
        _drop_on(connected, mime)
    qtbot.waitUntil(lambda: connected.count_label.text() == "1", timeout=LOAD_MS)
    assert stage_of(db, card.id) == board.stages["connected"]
    assert names(connected) == [card.name]
    assert new.model.row_of(card.id) is None
    assert new.count_label.text() == "99"
    assert page.message_bar.label.text() == f"Moved {card.name} to Connected"
    # The moved card is selected in its new column, ready for the next key.
    assert connected.view.current_contact() == card.id


def test_a_card_not_loaded_yet_is_counted_again_after_its_move(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    new, connected = column(page, board, "new"), column(page, board, "connected")
    oldest = min(board.by_stage["new"])  # the last card of the column: not loaded yet
    assert new.model.row_of(oldest) is None
    with qtbot.waitSignal(page.counts_updated, timeout=LOAD_MS):
        page.move_contact(oldest, board.stages["connected"])
    assert (new.count_label.text(), connected.count_label.text()) == ("99", "1")
    assert connected.model.row_of(oldest) == 0


def test_a_move_while_the_counts_are_unknown_counts_again(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    # The headers say "…" (a count read that failed leaves them so): a move must not
    # adjust counts nobody read, it reads them.
    new, connected = column(page, board, "new"), column(page, board, "connected")
    page.counts = dict.fromkeys(board.stages.values(), 7)  # another filter's numbers
    page._show_counting()
    assert new.count_label.text() == "…"
    card = new.model.cards[0]
    with qtbot.waitSignal(page.counts_updated, timeout=LOAD_MS):
        page.move_contact(card.id, board.stages["connected"])
    assert (new.count_label.text(), connected.count_label.text()) == ("99", "1")


def test_another_pages_bulk_edit_moves_the_loaded_cards_in_place(
    qtbot: QtBot, page: PipelinePage, board: Board
) -> None:
    """The Lists page's "Set stage…" on five cards: the board follows the broadcast."""
    from app.storage.contacts.bulk import set_stage
    from app.ui.changes import change_bus

    new, qualified = column(page, board, "new"), column(page, board, "qualified")
    picked = [card.id for card in new.model.cards[2:7]]
    assert page.database is not None
    changes = set_stage(page.database, board.stages["qualified"], picked)
    with qtbot.waitSignal(page.counts_updated, timeout=LOAD_MS):
        change_bus().publish(changes)
    shown = [card.id for card in qualified.model.cards]
    assert shown == [*board.by_stage["qualified"], *picked]  # newest first
    assert all(new.model.row_of(contact) is None for contact in picked)
    assert (new.count_label.text(), qualified.count_label.text()) == ("95", "6")


def test_a_card_opens_its_contact_on_enter(qtbot: QtBot, page: PipelinePage, board: Board) -> None:
    attempting = column(page, board, "attempting")
    index = attempting.model.index(0, 0)
    card = attempting.model.card(0)
    assert card is not None
    attempting.view.activated.emit(index)  # double-click or Enter
    detail = page.contact_detail
    assert detail is not None and page.contact_dialog is not None
    qtbot.waitUntil(lambda: detail.contact_id == card.id, timeout=LOAD_MS)
    assert page.contact_dialog.isVisible()
    assert page.contact_dialog.windowTitle() == card.name
    page.contact_dialog.close()


def test_a_drop_of_something_else_is_refused(page: PipelinePage, board: Board) -> None:
    target = column(page, board, "connected").model
    other = QMimeData()
    other.setText("hello")
    assert not target.canDropMimeData(other, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not target.dropMimeData(other, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"not numbers")
    assert read_card_mime(broken) is None


def test_a_number_key_moves_the_selected_card(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    attempting, connected = column(page, board, "attempting"), column(page, board, "connected")
    row = next(i for i, c in enumerate(attempting.model.cards) if c.name == "Иван Петров")
    contact = attempting.model.cards[row].id
    attempting.view.setFocus()
    attempting.view.setCurrentIndex(attempting.model.index(row, 0))
    with qtbot.waitSignal(page.cards_updated, timeout=LOAD_MS):
        qtbot.keyClick(attempting.view, Qt.Key.Key_4)
    assert stage_of(db, contact) == board.stages["connected"]
    assert "Иван Петров" in names(connected)
    assert "Иван Петров" not in names(attempting)
    # Left and Right go to the neighbouring columns, keeping the row where they can.
    qtbot.keyClick(connected.view, Qt.Key.Key_Left)
    assert attempting.view.current_contact() == attempting.model.cards[0].id
    qtbot.keyClick(attempting.view, Qt.Key.Key_Right)
    assert connected.view.current_contact() == contact
    # Its own stage's number does nothing; a number without a stage neither.
    assert page.move_by_number(contact, 4) is None
    assert page.move_by_number(contact, 10) is None


def when_a_gate_asks(act: Callable[[GateDialog], None]) -> None:
    """Answer the gate dialog the move opens (modal: it runs its own event loop)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, GateDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_gated_stage_asks_first_and_a_cancel_moves_nothing(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    new, disqualified = column(page, board, "new"), column(page, board, "disqualified")
    contact = new.model.cards[1].id
    when_a_gate_asks(lambda dialog: dialog.reject())
    job = page.move_contact(contact, board.stages["disqualified"])
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running, timeout=LOAD_MS)
    wait_for_jobs(LOAD_MS)
    assert stage_of(db, contact) == board.stages["new"]

    def choose_a_reason(dialog: GateDialog) -> None:
        assert isinstance(dialog, DisqualifyDialog)
        dialog.reasons.setCurrentIndex(0)
        dialog.ok_button.click()

    when_a_gate_asks(choose_a_reason)
    with qtbot.waitSignal(page.cards_updated, timeout=LOAD_MS):
        page.move_contact(contact, board.stages["disqualified"])
    assert stage_of(db, contact) == board.stages["disqualified"]
    ids = [card.id for card in disqualified.model.cards]
    assert contact in ids and ids == sorted(ids, reverse=True)  # placed in order
    with db.reading() as conn:
        reason = conn.execute(
            select(tables.qualifications.c.disqualify_reason).where(
                tables.qualifications.c.contact_id == contact
            )
        ).scalar_one()
    assert reason


def test_a_move_is_undone_through_the_one_undo_stack(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    new, nurture = column(page, board, "new"), column(page, board, "nurture")
    contact = new.model.cards[0].id
    when_a_gate_asks(lambda dialog: dialog.ok_button.click())  # the revisit day proposed
    with qtbot.waitSignal(page.cards_updated, timeout=LOAD_MS):
        page.move_contact(contact, board.stages["nurture"])
    assert stage_of(db, contact) == board.stages["nurture"]
    qtbot.waitUntil(lambda: undo_stack().can_undo(), timeout=LOAD_MS)
    assert undo_stack().top == page.last_move
    with qtbot.waitSignal(page.cards_updated, timeout=LOAD_MS):
        page.message_bar.action_button.click()  # "Undo" in the message bar
    assert stage_of(db, contact) == board.stages["new"]
    assert new.model.row_of(contact) == 0  # back in its place, newest first
    assert nurture.model.row_of(contact) is None
    qtbot.waitUntil(lambda: new.count_label.text() == "100", timeout=LOAD_MS)
    assert nurture.count_label.text() == "2"


def test_filters_narrow_counts_and_cards(qtbot: QtBot, page: PipelinePage, board: Board) -> None:
    filters = page.filters
    qtbot.waitUntil(lambda: filters.owner.count() == 3, timeout=LOAD_MS)
    new = column(page, board, "new")
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.owner.setCurrentIndex(filters.owner.findData(board.reps["anna"]))
    assert new.count_label.text() == "50"
    assert all(card.owner == "Anna Berg" for card in new.model.cards)
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.lead_type.setCurrentIndex(filters.lead_type.findData("spear"))
    assert new.count_label.text() == "10"
    assert new.model.rowCount() == 10 and not new.model.canFetchMore()
    connected = column(page, board, "connected")
    assert connected.view.empty_text == "No prospects here match the filters"
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.clear()
    assert new.count_label.text() == "100"
    # A search or a list is counted over its matching rows in a read of its own: the
    # cards come first, the headers say "…" until the counts arrive.
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.search.setText("Петров")  # typed: the search waits for a pause
    assert new.count_label.text() == "…"
    assert page.total_label.text() == "Counting…"
    assert column(page, board, "attempting").model.rowCount() == 1
    qtbot.waitUntil(lambda: new.count_label.text() == "0", timeout=LOAD_MS)
    assert column(page, board, "attempting").count_label.text() == "1"
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.search.clear()  # no filter: counted with the cards
    with qtbot.waitSignals([page.board_loaded, page.counts_updated], timeout=LOAD_MS):
        filters.list.setCurrentIndex(filters.list.findData(board.list_id))
    assert column(page, board, "attempting").count_label.text() == "2"
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        filters.list.setCurrentIndex(0)
        filters.source.setCurrentIndex(filters.source.findData("inbound"))
    assert new.count_label.text() == "50"


def test_the_inbound_clock_turns_red_past_the_sla(page: PipelinePage, board: Board) -> None:
    new = column(page, board, "new")
    card = next(c for c in new.model.cards if c.source == "inbound")
    assert card.waits_for_first_touch
    # Arrived a month before the fixed "now": far past five working minutes.
    assert page.delegate.is_late(card, NOW)
    assert not page.delegate.is_late(card, card.arrived_at)  # type: ignore[arg-type]
    outbound = next(c for c in new.model.cards if c.source == "outbound")
    assert not page.delegate.is_late(outbound, NOW)


def test_every_column_model_passes_the_model_tester(
    qtbot: QtBot, page: PipelinePage, board: Board, qtmodeltester: Any
) -> None:
    qtmodeltester.check(column(page, board, "new").model)
    qtmodeltester.check(column(page, board, "attempting").model)
    qtmodeltester.check(column(page, board, "connected").model)  # empty
    wait_for_jobs(LOAD_MS)


def test_without_contacts_the_page_says_where_to_add_them(qtbot: QtBot, db: Database) -> None:
    widget = PipelinePage(clock=FixedClock(NOW))
    qtbot.addWidget(widget)
    widget.database_changed(PageContext(database=db, contacts=0))
    assert widget.empty_state.isVisibleTo(widget)
    assert not widget.content.isVisibleTo(widget)
    with qtbot.waitSignal(widget.navigation_requested) as asked:
        widget.on_action()
    assert asked.args == ["lists"]


def test_a_database_without_stages_offers_to_set_them_up(qtbot: QtBot, db: Database) -> None:
    from tests.ui.conftest import add_contacts

    add_contacts(db, [("Ann", "Lee")])
    widget = PipelinePage(clock=FixedClock(NOW))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.board_loaded, timeout=LOAD_MS):
        widget.database_changed(PageContext(database=db, contacts=1))
    assert widget.board_empty.isVisibleTo(widget)
    assert widget.board_empty.title_label.text() == "No pipeline stages yet"
    assert widget.columns == {}


# --- stage settings -------------------------------------------------------------------------


def when_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog of ``kind`` (an input box, a question) once it shows."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def open_settings(qtbot: QtBot, page: PipelinePage) -> StageSettingsDialog:
    page.stages_button.click()
    dialog = page.stage_dialog
    assert isinstance(dialog, StageSettingsDialog)
    qtbot.waitUntil(lambda: dialog.stage_list.count() == 9, timeout=LOAD_MS)
    return dialog


def settle(qtbot: QtBot, dialog: StageSettingsDialog, page: PipelinePage) -> None:
    """Wait until the edit was written, the list re-read and the board rebuilt."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_MS)
    wait_for_jobs(LOAD_MS)
    qtbot.wait(50)
    wait_for_jobs(LOAD_MS)


def test_stages_are_renamed_reordered_and_marked_in_the_settings(
    qtbot: QtBot, page: PipelinePage, board: Board
) -> None:
    dialog = open_settings(qtbot, page)
    # (Plural endings come from the translations, compiled when the strings are merged.)
    assert dialog.stage_list.item(0).text().startswith("1. New — 100 prospect")
    assert dialog.stage_list.item(4).text().startswith("5. Qualified — 1 prospect")
    dialog.stage_list.setCurrentRow(1)

    def answer(box: QInputDialog) -> None:
        box.setTextValue("Research")
        box.accept()

    when_modal(QInputDialog, answer)
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.rename_button.click()
    settle(qtbot, dialog, page)
    assert column(page, board, "researching").name_label.text() == "Research"
    assert dialog.stage_list.item(1).text().startswith("2. Research")

    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.down_button.click()  # Research after Attempting
    settle(qtbot, dialog, page)
    assert [s.key for s in page.stages][:3] == ["new", "attempting", "researching"]
    assert column(page, board, "attempting").number_label.text() == "2"
    assert dialog.stage_list.currentRow() == 2  # the moved stage stays selected

    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.terminal_box.click()
    settle(qtbot, dialog, page)
    assert next(s for s in page.stages if s.key == "researching").is_terminal

    dialog.stage_list.setCurrentRow(0)

    def name_it(box: QInputDialog) -> None:
        box.setTextValue("Discovery call")
        box.accept()

    when_modal(QInputDialog, name_it)
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.add_button.click()  # after the selected stage
    settle(qtbot, dialog, page)
    assert [s.name for s in page.stages][:2] == ["New", "Discovery call"]
    added = page.stages[1]
    assert page.columns[added.id].count_label.text() == "0"
    dialog.close()


def test_a_stage_with_prospects_is_deleted_only_after_they_moved(
    qtbot: QtBot, page: PipelinePage, board: Board, db: Database
) -> None:
    dialog = open_settings(qtbot, page)
    dialog.stage_list.setCurrentRow(2)  # Attempting: 3 prospects

    def pick(box: QInputDialog) -> None:
        assert "holds 3 prospects" in box.labelText()
        box.setTextValue("Connected")
        box.accept()

    when_modal(QInputDialog, pick)
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.delete_button.click()
    settle(qtbot, dialog, page)
    assert "attempting" not in [s.key for s in page.stages]
    assert column(page, board, "connected").count_label.text() == "3"
    for contact in board.by_stage["attempting"]:
        assert stage_of(db, contact) == board.stages["connected"]
    assert dialog.stage_list.count() == 8

    dialog.stage_list.setCurrentRow(4)  # Meeting booked: empty
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.delete_button.click()
    settle(qtbot, dialog, page)
    assert "meeting_booked" not in [s.key for s in page.stages]
    dialog.close()


def test_the_sla_is_set_in_the_settings_and_the_board_follows(
    qtbot: QtBot, page: PipelinePage, db: Database
) -> None:
    dialog = open_settings(qtbot, page)
    assert dialog.sla.value() == 5
    dialog.sla.setValue(15)
    with qtbot.waitSignal(page.board_loaded, timeout=LOAD_MS):
        dialog.sla.editingFinished.emit()
    assert page.delegate.sla_minutes == 15
    with db.reading() as conn:
        assert sla_minutes(conn) == 15
    dialog.close()


def test_a_board_without_stages_creates_the_default_ones(qtbot: QtBot, db: Database) -> None:
    from tests.ui.conftest import add_contacts

    add_contacts(db, [("Ann", "Lee")])
    widget = PipelinePage(clock=FixedClock(NOW))
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.board_loaded, timeout=LOAD_MS):
        widget.database_changed(PageContext(database=db, contacts=1))
    assert widget.board_empty.action_button.text() == "Create the default stages"
    with qtbot.waitSignal(widget.board_loaded, timeout=LOAD_MS):
        widget.board_empty.action_button.click()
    assert [s.key for s in widget.stages][0] == "new"
    assert not widget.board_empty.isVisibleTo(widget)
    assert "1 without a stage" in widget.total_label.text()
