"""Step 3, "Map columns": one row per column of the file with a target picker."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.importing import ColumnMapping
from app.storage.importing import FileInspection
from app.ui.importing.choices import target_label
from app.ui.importing.models import MappingModel

_Index = QModelIndex | QPersistentModelIndex


class TargetDelegate(QStyledItemDelegate):
    """A combo box of targets in the "Import as" column; a pick is committed at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("targetCombo")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMaxVisibleItems(16)
        model = index.model()
        assert isinstance(model, MappingModel)
        for target in model.targets(index.row()):
            combo.addItem(target_label(target), target)
        combo.insertSeparator(2 if combo.count() > 2 else combo.count())  # noqa: PLR2004
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        target = index.data(MappingModel.TargetRole)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(target)))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingPage(QWidget):
    """The column mapping, automatic choices pre-filled and marked, every one changeable.

    Args:
        parent: The wizard.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.title = QLabel(self.tr("Map the columns"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "Each column of the file goes to a contact field. Columns nobody recognised "
                "become custom fields, so nothing is dropped; choose “Ignore this column” to "
                "leave one out. Prospect Desk remembers this mapping for the next file with "
                "the same columns."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.model = MappingModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("mappingTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingModel.TARGET, TargetDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The combos take the focus; a focus frame on a read-only cell only confuses.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        # Tall enough for a combo box and for CJK glyphs.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(MappingModel.COLUMN, 190)
        header.resizeSection(MappingModel.SAMPLES, 260)
        header.resizeSection(MappingModel.TARGET, 230)
        header.resizeSection(MappingModel.CHOSEN, 170)
        self.model.modelReset.connect(self._open_editors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)

    def show_mapping(
        self, inspection: FileInspection, mapping: ColumnMapping | None = None
    ) -> None:
        """Start from ``mapping`` (the user's, kept across steps) or the file's own."""
        remembered = mapping is None and inspection.remembered_mapping is not None
        self.model.set_mapping(
            mapping or inspection.mapping, inspection.preview, remembered=remembered
        )

    def _open_editors(self) -> None:
        # Always-open combos: a person sees every target and changes it with one click.
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.TARGET))

    def combo(self, row: int) -> QComboBox:
        """The target picker of a row."""
        widget = self.view.indexWidget(self.model.index(row, MappingModel.TARGET))
        assert isinstance(widget, QComboBox)
        return widget
