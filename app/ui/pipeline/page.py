"""The Pipeline board: a column per stage, cards that move by drag and drop or number keys.

The main flow (New → … → Handed off) runs left to right; Nurture and Disqualified sit
apart on the right, stacked in one tinted column, because a prospect parked there has
left the flow rather than moved along it.

Opening reads the stages, every column's full count and every column's first page in
ONE background read (:func:`~app.storage.pipeline.board.open_board`); columns then grow
page by page as they are scrolled (``fetchMore``). Filters re-read the same way; a list,
segment or search filter's counts (every matching row read) follow in a second read, the
headers saying "…" meanwhile, so the cards never wait for a count.

Every move goes through :meth:`PipelinePage.move_contact`: one write job, one change set
(undone by the one undo stack), broadcast on the change bus. The board updates itself
from the broadcast like any other page: it re-reads the touched cards and the counts, and
moves the cards between the loaded columns in place, so nobody's scroll position jumps.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.adapters.clock import Clock, SystemClock
from app.core.ops import Changes
from app.storage.pipeline.board import (
    BoardFilter,
    BoardSnapshot,
    Card,
    StageInfo,
    cards_for_ids,
    open_board,
    stage_counts,
)
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.pipeline.card_delegate import CardDelegate
from app.ui.pipeline.column import StageColumn
from app.ui.pipeline.filters import BoardFilters
from app.ui.pipeline.moves import BoardMoves
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.ui.widgets.contact_detail import ContactDetail

log = logging.getLogger(__name__)

#: Tables whose changes can change what a card shows or where it is.
_SHOWN_TABLES = (
    "contacts",
    "companies",
    "reps",
    "activities",
    "enrollments",
    "pipeline_stages",
    "settings",
)
#: Tables that matter only while a filter reads them (a list, a segment's tags and lists).
_FILTER_TABLES = ("list_members", "contact_tags", "tags", "lists")
#: A write touching more contacts than this re-reads the board instead of the cards.
_MAX_IDS_IN_PLACE = 500
#: How often the inbound clocks are repainted.
CLOCK_TICK_MS = 30_000


class PipelinePage(BoardMoves, Page):
    """Where prospects move from New through Qualified to Handed off.

    Args:
        parent: the window.
        clock: the current moment (tests pin it).

    Signals:
        board_loaded: the stages, counts and first pages were shown.
        counts_updated: the column counts were read again.
        cards_updated: cards touched by a write were re-read and placed.
    """

    key = "pipeline"
    icon = QStyle.StandardPixmap.SP_FileDialogListView

    board_loaded = Signal()
    counts_updated = Signal()
    cards_updated = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.database: Database | None = None
        self.stages: list[StageInfo] = []
        self.columns: dict[int, StageColumn] = {}
        self.board_filter = BoardFilter()
        self.counts: dict[int | None, int] = {}
        # False while the columns say "…": a move must not adjust counts nobody read.
        self._counts_known = True
        self._generation = 0
        self._count_generation = 0
        self._built = False
        self._recounting = False
        self.contact_dialog: QWidget | None = None
        self.contact_detail: ContactDetail | None = None
        self.delegate = CardDelegate(self.clock.now, self)
        self._build()
        self.init_moves()
        change_bus().changed.connect(self._on_changes)
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_TICK_MS)
        self._tick.timeout.connect(self._repaint_cards)
        self._tick.start()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        page_layout = self.layout()
        assert page_layout is not None
        self.page_layout = page_layout
        self.content = QWidget(self)
        self.content.setObjectName("pipelineContent")
        page_layout.addWidget(self.content)
        self.content.hide()

        self.filters = BoardFilters(self.content)
        self.filters.changed.connect(self.set_filter)
        self.total_label = QLabel(self.content)
        self.total_label.setObjectName("boardTotal")
        self.stages_button = QPushButton(self.tr("Stages…"), self.content)
        self.stages_button.setObjectName("stageSettingsButton")
        self.stages_button.setToolTip(self.tr("Rename, reorder, add or remove pipeline stages"))
        self.stages_button.clicked.connect(self.edit_stages)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.total_label)
        top.addWidget(self.stages_button)
        self.message_bar = MessageBar(self.content)
        self.message_bar.action_triggered.connect(self.undo_last_move)

        self.board = QWidget()
        self.board.setObjectName("pipelineBoard")
        self.main_row = QHBoxLayout()
        self.main_row.setSpacing(8)
        self.aside = QWidget(self.board)
        self.aside.setObjectName("boardAside")
        self.aside_layout = QVBoxLayout(self.aside)
        self.aside_layout.setContentsMargins(0, 0, 0, 0)
        self.aside_layout.setSpacing(8)
        self.aside_caption = QLabel(self.tr("Set aside"), self.aside)
        self.aside_caption.setObjectName("asideCaption")
        self.aside_caption.setToolTip(
            self.tr("Prospects parked for later or ruled out: off the main path")
        )
        self.aside_layout.addWidget(self.aside_caption)
        separator = QFrame(self.board)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.aside_separator = separator
        row = QHBoxLayout(self.board)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addLayout(self.main_row, 7)
        row.addWidget(separator)
        row.addWidget(self.aside, 1)
        self.board_empty = EmptyState("", "", parent=self.board)
        self.board_empty.setObjectName("boardEmptyState")
        self.board_empty.action_triggered.connect(self.set_up_stages)
        self.board_empty.hide()
        row.addWidget(self.board_empty, 1)
        self.board_scroll = QScrollArea(self.content)
        self.board_scroll.setObjectName("boardScroll")
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board_scroll.setWidget(self.board)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.board_scroll, 1)

    # --- database and empty state -------------------------------------------------------------

    def refresh(self) -> None:
        """Show the board for a database with contacts, the empty state otherwise."""
        ctx = self.context
        has_contacts = ctx.database is not None and ctx.contacts > 0
        if ctx.database is None:
            self.empty_state.set_content(
                self.tr("No database is open"),
                self.tr("Open a database or create a new one from the File menu."),
            )
        elif ctx.contacts == 0:
            self.empty_state.set_content(
                self.tr("The pipeline is empty"),
                self.tr(
                    "Prospects move across stages here: New, Researching, Attempting, "
                    "Connected, Qualified, Meeting booked and Handed off. Add contacts on "
                    "the Lists page to start."
                ),
                self.tr("Go to Lists"),
            )
        margin = 0 if has_contacts else 24
        self.page_layout.setContentsMargins(margin, margin, margin, margin)
        self.empty_state.setVisible(not has_contacts)
        self.content.setVisible(has_contacts)
        self.stages_button.setEnabled(not ctx.read_only)
        for column in self.columns.values():
            column.set_read_only(ctx.read_only)
        database = ctx.database if has_contacts else None
        if database is not self.database:
            self.database = database
            self.filters.load(database)
            self.load()
        elif database is not None:
            self.load()

    def on_action(self) -> None:
        """Take the user to the Lists page, where contacts are added."""
        self.navigation_requested.emit("lists")

    # --- reading ------------------------------------------------------------------------------

    def set_filter(self, board_filter: BoardFilter) -> None:
        """Show only the prospects ``board_filter`` lets through."""
        if board_filter == self.board_filter:
            return
        self.board_filter = board_filter
        self.load()

    def load(self) -> None:
        """Read the stages, counts and first pages in one job, and show them."""
        self._generation += 1
        # The snapshot counts too: a recount still running is older than it.
        self._count_generation += 1
        self._recounting = False
        generation = self._generation
        database, board_filter = self.database, self.board_filter
        if database is None:
            self._show(BoardSnapshot([], {}, {}, self.delegate.sla_minutes))
            return

        def work(_ctx: JobContext) -> BoardSnapshot:
            with database.reading() as conn:
                # Owner, source and lead type are counted from tallies in a millisecond;
                # a list, segment or search reads every match, so it is counted after.
                return open_board(conn, board_filter, count=board_filter.is_tallied)

        def done(snapshot: BoardSnapshot) -> None:
            if not isValid(self):
                return  # closed while the job ran
            if generation == self._generation and database is self.database:
                self._show(snapshot)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._on_read_failed(error)

        job: Job[Any] = Job(None, work, on_success=done, on_failure=failed, title=self.tr("Board"))
        job.start()

    def _on_read_failed(self, error: BaseException) -> None:
        log.warning("reading the board failed: %s", error)
        self.message_bar.show_message(
            self.tr("Could not read the board: %1").replace("%1", str(error))
        )

    def _show(self, snapshot: BoardSnapshot) -> None:
        self.delegate.sla_minutes = snapshot.sla_minutes
        if not self._built or snapshot.stages != self.stages:
            self._rebuild_columns(snapshot.stages)
        for stage in self.stages:
            page = snapshot.pages.get(stage.id)
            if page is not None:
                self.columns[stage.id].model.show_page(self.database, self.board_filter, page)
        if snapshot.counts is None:
            self._show_counting()
            self.recount()
        else:
            self._set_counts(snapshot.counts)
        self.board_loaded.emit()

    def _rebuild_columns(self, stages: list[StageInfo]) -> None:
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns = {}
        self.stages = list(stages)
        self._built = True
        for number, stage in enumerate(self.stages, start=1):
            column = StageColumn(stage, number if number <= 9 else 0, self.delegate, self.board)
            column.model.move_requested.connect(self.move_contact)
            column.view.number_pressed.connect(self.move_by_number)
            column.view.activated.connect(
                lambda index, col=column: self.open_contact(col.model.card(index.row()))
            )
            column.view.neighbour_requested.connect(
                lambda step, key=stage.id: self.focus_neighbour(key, step)
            )
            column.model.load_failed.connect(
                lambda message: self.message_bar.show_message(
                    self.tr("Could not read the board: %1").replace("%1", message)
                )
            )
            column.set_read_only(self.context.read_only)
            self.columns[stage.id] = column
            if stage.is_side:
                self.aside_layout.addWidget(column, 1)
            else:
                self.main_row.addWidget(column, 1)
        has_side = any(stage.is_side for stage in self.stages)
        self.aside.setVisible(has_side)
        self.aside_separator.setVisible(has_side)
        if not self.stages:
            self.board_empty.set_content(
                self.tr("No pipeline stages yet"),
                self.tr(
                    "Stages are the board's columns: New, Researching, Attempting and so "
                    "on. Set them up to start moving prospects along."
                ),
                "" if self.context.read_only else self.tr("Create the default stages"),
            )
        self.board_empty.setVisible(not self.stages)

    def _set_counts(self, counts: dict[int | None, int]) -> None:
        self.counts = dict(counts)
        self._counts_known = True
        filtered = not self.board_filter.is_empty
        for stage in self.stages:
            self.columns[stage.id].set_total(counts.get(stage.id, 0), filtered=filtered)
        locale = QLocale()
        total = sum(counts.values())
        text = self.tr("%Ln prospect(s)", "", total)
        loose = counts.get(None, 0)
        if loose:
            text += " · " + self.tr("%1 without a stage").replace("%1", locale.toString(loose))
        self.total_label.setMinimumWidth(0)
        self.total_label.setText(text)

    def _show_counting(self) -> None:
        """Columns whose counts are being read: "…" until they arrive."""
        self.counts = {}
        self._counts_known = False
        filtered = not self.board_filter.is_empty
        for stage in self.stages:
            self.columns[stage.id].set_total(None, filtered=filtered)
        # Keep the total's width while counting, so the filters beside it do not jump
        # narrower and back within a second.
        self.total_label.setMinimumWidth(self.total_label.width())
        self.total_label.setText(self.tr("Counting…"))

    def recount(self) -> None:
        """Read every column's count again (after a write, or after a board opened with a
        list, segment or search filter showed its cards)."""
        self._count_generation += 1
        generation = self._count_generation
        database, board_filter = self.database, self.board_filter
        if database is None:
            return

        def work(_ctx: JobContext) -> dict[int | None, int]:
            with database.reading() as conn:
                return stage_counts(conn, board_filter)

        def done(counts: dict[int | None, int]) -> None:
            if not isValid(self) or generation != self._count_generation:
                return
            self._recounting = False
            if database is self.database:
                self._set_counts(counts)
                self.counts_updated.emit()

        def failed(error: BaseException) -> None:
            if isValid(self) and generation == self._count_generation:
                self._recounting = False
                self._on_read_failed(error)

        self._recounting = True
        job: Job[Any] = Job(None, work, on_success=done, on_failure=failed, title=self.tr("Board"))
        job.start()

    # --- other writes -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        board_filter = self.board_filter
        filtered_by_them = board_filter.list_id is not None or board_filter.segment is not None
        shown = _SHOWN_TABLES + (_FILTER_TABLES if filtered_by_them else ())
        if self.database is None or not changes.touches(*shown):
            return
        if changes.touches("pipeline_stages", "settings"):
            self.load()
            return
        ids = changes.ids_in("contacts")
        if not ids or len(ids) > _MAX_IDS_IN_PLACE:
            # Unknown contacts (a bulk load; a touch that names its activity, not its
            # contact): read the board again.
            self.load()
            return
        self._update_cards(sorted(ids))

    def _update_cards(self, ids: list[int]) -> None:
        database, board_filter, generation = self.database, self.board_filter, self._generation
        if database is None:
            return
        # Where the board showed the touched cards before the write: their old columns.
        loaded = {stage_id: col.model.loaded_ids() for stage_id, col in self.columns.items()}
        before = {
            contact_id: next((s for s, held in loaded.items() if contact_id in held), None)
            for contact_id in ids
        }

        def work(_ctx: JobContext) -> dict[int, Card]:
            with database.reading() as conn:
                return cards_for_ids(conn, ids, board_filter)

        def done(cards: dict[int, Card]) -> None:
            if not isValid(self) or generation != self._generation or database is not self.database:
                return
            for column in self.columns.values():
                column.model.apply_cards(ids, cards)
            self._count_moves(before, cards)
            self.after_cards_updated(ids)
            self.cards_updated.emit()

        job: Job[Any] = Job(None, work, on_success=done, title=self.tr("Board"))
        job.start()

    def _count_moves(self, before: dict[int, int | None], cards: dict[int, Card]) -> None:
        """Adjust the counts by the cards that changed column; recount when unsure.

        A move's old column is where its card was loaded and its new one is read: the
        counts change by one each, with no count of a 300,000-prospect column. A contact
        whose card was not loaded (further down a column, or off the filters) may have
        come from anywhere, and a count still being read may predate the write: then the
        columns are counted again.
        """
        if (
            self._recounting
            or not self._counts_known
            or any(stage is None for stage in before.values())
        ):
            self.recount()
            return
        counts = dict(self.counts)
        for contact_id, old in before.items():
            counts[old] = counts.get(old, 0) - 1
            card = cards.get(contact_id)
            if card is not None:
                counts[card.stage_id] = counts.get(card.stage_id, 0) + 1
        if any(n < 0 for n in counts.values()):
            self.recount()  # the board's counts were older than its cards
            return
        self._set_counts({stage: n for stage, n in counts.items() if n})
        self.counts_updated.emit()

    def _repaint_cards(self) -> None:
        for column in self.columns.values():
            column.view.viewport().update()

    def open_contact(self, card: Card | None) -> None:
        """Show a card's contact in full (double-click or Enter), beside the board."""
        database = self.database
        if card is None or database is None:
            return
        if self.contact_dialog is None:
            from PySide6.QtWidgets import QDialog

            from app.ui.widgets.contact_detail import ContactDetail

            dialog = QDialog(self)
            dialog.setObjectName("boardContactDialog")
            dialog.resize(420, 640)
            detail = ContactDetail(dialog)
            # An edit there changes the card here (and the detail is not a job's result).
            detail.contact_changed.connect(lambda contact_id: self._update_cards([contact_id]))
            layout = QVBoxLayout(dialog)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(detail)
            self.contact_dialog, self.contact_detail = dialog, detail
        assert self.contact_detail is not None
        self.contact_dialog.setWindowTitle(card.name)
        self.contact_detail.show_contact(database, card.id)
        if self.contact_dialog.isVisible():
            self.contact_dialog.raise_()  # open behind the window: bring it forward
        else:
            self.contact_dialog.show()

    def focus_neighbour(self, stage_id: int, step: int) -> None:
        """Go from a column to the one before or after it, keeping the row (Left/Right)."""
        order = [stage.id for stage in self.stages]
        if stage_id not in order:
            return
        at = order.index(stage_id) + step
        if not 0 <= at < len(order):
            return
        here, there = self.columns[stage_id], self.columns[order[at]]
        there.view.setFocus()
        rows = there.model.rowCount()
        if rows:
            row = min(max(here.view.currentIndex().row(), 0), rows - 1)
            there.view.setCurrentIndex(there.model.index(row, 0))
            there.view.scrollTo(there.model.index(row, 0))
        self.board_scroll.ensureWidgetVisible(there)

    def run_key_command(self, command: str) -> bool:
        """The board's keys act on a selected card: the palette puts the focus on the board
        (on the first column with cards) so the next key press moves one."""
        if command != "focus" or not self.columns:
            return False
        column = next(
            (c for c in self.columns.values() if c.model.rowCount() > 0),
            next(iter(self.columns.values())),
        )
        column.view.setFocus()
        if column.model.rowCount() and not column.view.currentIndex().isValid():
            column.view.setCurrentIndex(column.model.index(0, 0))
        return True

    def column_of_stage(self, stage_id: int) -> StageColumn | None:
        """The column showing ``stage_id``, or None."""
        return self.columns.get(stage_id)


__all__ = ["PipelinePage"]
