"""The stored templates as a table: name, channel, languages, A/B labels, version.

The model holds the small :class:`~app.storage.templates.TemplateInfo` records of one load;
the page reads them in a background job and hands them over with :meth:`set_templates`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.storage.templates import TemplateInfo
from app.ui.widgets.record_table import Index, RecordTableModel

#: The columns, by key, left to right.
COLUMNS = ("name", "languages", "variants", "version")
#: The role that gives a row's template id.
TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplatesModel(RecordTableModel[TemplateInfo]):
    """Every stored template, as a read-only table sorted by name."""

    columns = COLUMNS

    # The page's names for the shared operations.
    set_templates = RecordTableModel.set_records
    template = RecordTableModel.record

    def column_titles(self) -> dict[str, str]:
        """The column titles."""
        return {
            "name": self.tr("Template"),
            "languages": self.tr("Languages"),
            "variants": self.tr("A/B"),
            "version": self.tr("Version"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text and tooltip; ``TEMPLATE_ID_ROLE`` gives the row's template id."""
        found = self.cell(index)
        if found is None:
            return None
        info, column = found
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
