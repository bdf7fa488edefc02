"""The stored templates as a table: name, channel, languages, A/B labels, version.

The model holds the small :class:`~app.storage.templates.TemplateInfo` records of one load;
the page reads them in a background job and hands them over with :meth:`set_templates`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.storage.templates import TemplateInfo

_Index = QModelIndex | QPersistentModelIndex

#: The columns, by key, left to right.
COLUMNS = ("name", "languages", "variants", "version")
#: The role that gives a row's template id.
TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesModel(QAbstractTableModel):
    """Every stored template, as a read-only table sorted by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TemplateInfo] = []

    def set_templates(self, templates: Sequence[TemplateInfo]) -> None:
        """Show ``templates`` (a fresh load), in their order."""
        self.beginResetModel()
        self._rows = list(templates)
        self.endResetModel()

    def template(self, row: int) -> TemplateInfo | None:
        """The template on ``row``, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, template_id: int) -> int:
        """The row showing template ``template_id``, or -1."""
        return next((r for r, t in enumerate(self._rows) if t.id == template_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of templates (none under a row: the table is flat)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of columns (none under a row)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Template"),
            "languages": self.tr("Languages"),
            "variants": self.tr("A/B"),
            "version": self.tr("Version"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text and tooltip; ``TEMPLATE_ID_ROLE`` gives the row's template id."""
        info = self.template(index.row()) if index.isValid() else None
        if info is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == TEMPLATE_ID_ROLE:
            return info.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "name":
                return info.name
            if column == "languages":
                return " ".join(info.languages)
            if column == "variants":
                return " ".join(info.labels) if len(info.labels) > 1 else "—"
            return str(info.version)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "version":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
