"""One column of the board: its header (number, name, full count) and its list of cards.

The list is a ``QListView`` over a :class:`StageColumnModel`; cards are dragged out of it
and dropped into another column's list. Pressing a stage's number (1-9) with a card
selected asks to move the card there. An empty column keeps its list (a drop target) and
says so in the list's own viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.storage.pipeline.board import StageInfo
from app.ui.pipeline.card_delegate import CardDelegate
from app.ui.pipeline.column_model import StageColumnModel
from app.ui.pipeline.stage_names import stage_label

#: A column's width: room for "Touched 25 h ago" beside "36 d in stage".
COLUMN_MIN_WIDTH = 240
COLUMN_MAX_WIDTH = 320

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class CardListView(QListView):
    """A column's list of cards: drags cards out, takes drops, and moves by number keys.

    Signals:
        number_pressed: a number key 1-9 was pressed on a selected card; carries
            (contact id, number).
        neighbour_requested: Left or Right was pressed: go to the column before (-1) or
            after (+1).
    """

    number_pressed = Signal(int, int)
    neighbour_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)

    def current_contact(self) -> int | None:
        """The selected card's contact id, or None."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        model = self.model()
        if isinstance(model, StageColumnModel):
            card = model.card(index.row())
            return None if card is None else card.id
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = _NUMBER_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        contact = self.current_contact()
        if number is not None and plain and contact is not None:
            self.number_pressed.emit(contact, number)
            event.accept()
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is not None and plain:
            self.neighbour_requested.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 24, -12, -12)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text)
        painter.end()


class StageColumn(QFrame):
    """A stage's column: "3  Attempting   261,345" above its cards.

    Args:
        stage: the stage.
        number: the key (1-9) that moves a selected card here, or 0 for none.
        delegate: paints the cards (shared by every column).
        parent: the board.
    """

    def __init__(
        self,
        stage: StageInfo,
        number: int,
        delegate: CardDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.number = number
        self.setObjectName(f"stageColumn_{stage.key}")
        self.setProperty("sideStage", stage.is_side)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.model = StageColumnModel(stage, self)
        self.model.modelReset.connect(self._update_empty_text)
        self.model.rowsInserted.connect(self._update_empty_text)
        self.model.rowsRemoved.connect(self._update_empty_text)

        self.name_label = QLabel(stage_label(stage.key, stage.name), self)
        self.name_label.setObjectName("stageName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.number_label = QLabel(str(number) if number else "", self)
        self.number_label.setObjectName("stageNumber")
        self.number_label.setToolTip(
            self.tr("Select a card and press %1 to move it here").replace("%1", str(number))
        )
        self.count_label = QLabel("…", self)
        self.count_label.setObjectName("stageCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.setSpacing(6)
        header.addWidget(self.number_label)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.count_label)
        if stage.color:
            self.setStyleSheet(
                f"QFrame#stageColumn_{stage.key} {{ border-top: 3px solid {stage.color}; }}"
            )

        self.view = CardListView(self)
        self.view.setObjectName(f"stageCards_{stage.key}")
        self.view.setAccessibleName(stage_label(stage.key, stage.name))
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        if stage.is_side:
            # Set apart from the main flow: a tinted background behind the cards.
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Midlight))
            self.setPalette(palette)
        self._filtered = False
        self._update_empty_text()

    def set_total(self, total: int | None, *, filtered: bool) -> None:
        """Show the column's full count (None: not counted yet)."""
        self.model.total = total
        self._filtered = filtered
        text = "…" if total is None else QLocale().toString(total)
        self.count_label.setText(text)
        loaded = self.model.rowCount()
        if total is not None and total > loaded:
            tip = self.tr("%1 prospects; the first %2 are loaded, more load as you scroll")
            self.count_label.setToolTip(
                tip.replace("%1", QLocale().toString(total)).replace(
                    "%2", QLocale().toString(loaded)
                )
            )
        else:
            self.count_label.setToolTip("")
        self._update_empty_text()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: cards cannot be dragged (nor moved by keys: the board)."""
        self.view.setDragEnabled(not read_only)
        self.view.setAcceptDrops(not read_only)

    def _update_empty_text(self, *_args: object) -> None:
        if self.model.rowCount() > 0:
            self.view.empty_text = ""
        elif self._filtered:
            self.view.empty_text = self.tr("No prospects here match the filters")
        else:
            self.view.empty_text = self.tr("No prospects in this stage.\nDrag a card here.")
        self.view.viewport().update()

    def select_contact(self, contact_id: int) -> bool:
        """Select the card of ``contact_id`` if it is loaded here; True when it was."""
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def current_index(self) -> QModelIndex:
        """The column's current card index (invalid when none)."""
        return self.view.currentIndex()


__all__ = ["COLUMN_MAX_WIDTH", "COLUMN_MIN_WIDTH", "CardListView", "StageColumn"]
