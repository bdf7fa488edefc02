"""Item models of the import wizard.

:class:`TextTableModel` shows read-only rows of short strings (the file preview, the rows
behind a number of the dry run, fuzzy suggestions, undo conflicts, the import history);
:class:`MappingModel` is the editable column mapping; :class:`SummaryModel` is the dry
run's clickable numbers. All hold small values only: a preview of fifty rows, at most a
few hundred example rows per category, never a whole file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from app.core.importing import CUSTOM_PREFIX, IGNORE, ColumnMapping, SourceRow, custom_target
from app.core.importing.encoding import MARK
from app.ui.importing.choices import (
    PLAN_CATEGORIES,
    basis_label,
    category_label,
    field_labels,
    target_label,
    target_note,
)
from app.ui.importing.messages import problem_text
from app.ui.theme import tone

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
#: Longest cell text shown in a table; the tooltip has the rest.
MAX_CELL_CHARS = 200


def clean_cell(value: str) -> str:
    """A cell's text for the screen: no undecodable-byte markers, no line breaks, bounded.

    The reader marks bytes it could not decode with U+FDD0 followed by ``\\xNN`` escapes;
    the escapes stay (they tell the user the encoding is wrong) but the marker, a
    noncharacter that fonts draw as a box, goes.
    """
    text = value.replace(MARK, "").replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


@dataclass(frozen=True)
class TextRow:
    """One row of a :class:`TextTableModel`.

    Attributes:
        cells: The texts, one per column.
        tooltip: Shown over every cell of the row (e.g. why it is rejected).
        problem: Draw the row in the problem colour.
        payload: Whatever the view needs back (a batch id, a category).
        header: The row's vertical header (e.g. the file's row number).
    """

    cells: tuple[str, ...]
    tooltip: str = ""
    problem: bool = False
    payload: Any = None
    header: str = ""


class TextTableModel(QAbstractTableModel):
    """A read-only table of short strings, replaced as a whole.

    Args:
        headers: Column titles.
        parent: The owning object.
    """

    PayloadRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list[TextRow] = []

    def set_rows(self, rows: Sequence[TextRow], headers: Sequence[str] | None = None) -> None:
        """Show these rows (and, when given, these column titles)."""
        self.beginResetModel()
        if headers is not None:
            self.headers = list(headers)
        width = len(self.headers)
        # Every row gets exactly one cell per column: views and testers rely on it.
        self.rows = [
            TextRow(
                tuple(r.cells[:width]) + ("",) * (width - len(r.cells)),
                r.tooltip,
                r.problem,
                r.payload,
                r.header,
            )
            for r in rows
        ]
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == _DISPLAY:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            cell = row.cells[index.column()]
            return row.tooltip or (cell if len(cell) > 40 else None)
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return QBrush(tone("problem"))
        if role == self.PayloadRole:
            return row.payload
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        if 0 <= section < len(self.rows):
            return self.rows[section].header or str(section + 1)
        return None

    def payload(self, row: int) -> Any:
        """The payload of a row (None when out of range)."""
        return self.rows[row].payload if 0 <= row < len(self.rows) else None


def preview_rows(rows: Sequence[SourceRow], width: int) -> list[TextRow]:
    """The file preview: one row per source row, problems marked with their reason."""
    out: list[TextRow] = []
    for row in rows:
        values = list(row.values) if row.values else [row.raw.rstrip("\r\n")]
        cells = tuple(clean_cell(v) for v in values[:width])
        why = row.problem
        out.append(
            TextRow(
                cells,
                tooltip=problem_text(why.code, why.message, why.args) if why else "",
                problem=why is not None,
                payload=row.number,
                header=str(row.number),
            )
        )
    return out


# --- the column mapping -----------------------------------------------------------------


@dataclass
class _Column:
    header: str
    samples: str
    origin: str  # auto | remembered | yours
    basis: str = ""
    extra_targets: list[str] = field(default_factory=list)


class MappingModel(QAbstractTableModel):
    """One row per column of the file: header, sample values, target, how it was chosen.

    The target column is editable (``EditRole`` takes a target string); a change goes
    through :meth:`ColumnMapping.with_target`, which moves a field taken by another column
    to that column's custom field, so no data is ever dropped by a change.

    Args:
        parent: The owning object.

    Signals:
        mapping_changed: the user changed a target; carries the new ``ColumnMapping``.
    """

    COLUMN, SAMPLES, TARGET, CHOSEN, NOTE = range(5)
    TargetRole = Qt.ItemDataRole.UserRole + 1

    mapping_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mapping: ColumnMapping | None = None
        self._columns: list[_Column] = []

    def set_mapping(
        self, mapping: ColumnMapping, preview: Sequence[SourceRow], *, remembered: bool
    ) -> None:
        """Show a fresh mapping for a file (automatic, or remembered for its headers)."""
        bases = {g.index: g.basis for g in mapping.guesses}
        columns: list[_Column] = []
        for index, header in enumerate(mapping.headers):
            seen: list[str] = []
            for row in preview:
                if row.problem is None and index < len(row.values):
                    value = clean_cell(row.values[index]).strip()
                    if value and value not in seen:
                        seen.append(value)
                if len(seen) == 3:  # noqa: PLR2004 (three samples fit a cell)
                    break
            origin = "remembered" if remembered else "auto"
            columns.append(_Column(header, " · ".join(seen), origin, bases.get(index, "")))
        self.beginResetModel()
        self.mapping = mapping
        self._columns = columns
        self.endResetModel()

    def targets(self, row: int) -> list[str]:
        """The targets offered for a column: ignore, its custom field, then every field."""
        if self.mapping is None:
            return []
        header = self.mapping.headers[row]
        current = self.mapping.target(row)
        options = [IGNORE, custom_target(header)]
        if current.startswith(CUSTOM_PREFIX) and current not in options:
            options.append(current)  # a remembered custom name other than the header
        return options + list(field_labels())

    def set_target(self, row: int, target: str) -> bool:
        """The user's choice of target for a column; returns False when nothing changed."""
        if self.mapping is None or not 0 <= row < len(self._columns):
            return False
        if self.mapping.target(row) == target:
            return False
        new = self.mapping.with_target(row, target)
        old = self.mapping
        self.mapping = new
        last = self.columnCount() - 1
        for index in range(len(self._columns)):
            if old.target(index) != new.target(index):
                # A column moved aside to its custom field changed because of the user too.
                self._columns[index].origin = "yours"
                self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        self.mapping_changed.emit(new)
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else 5

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:  # noqa: PLR0911 (one per role)
        if not index.isValid() or self.mapping is None or not 0 <= index.row() < len(self._columns):
            return None
        column = self._columns[index.row()]
        target = self.mapping.target(index.row())
        col = index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            if col == self.COLUMN:
                return column.header
            if col == self.SAMPLES:
                return column.samples
            if col == self.TARGET:
                return target if role == Qt.ItemDataRole.EditRole else target_label(target)
            if col == self.CHOSEN:
                return basis_label(column.origin, column.basis)
            return target_note(target)
        if role == self.TargetRole:
            return target
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COLUMN, self.SAMPLES):
            return column.header if col == self.COLUMN else column.samples or None
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.CHOSEN, self.NOTE):
            return QBrush(tone("muted"))
        if role == Qt.ItemDataRole.FontRole and col == self.CHOSEN and column.origin == "yours":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.TARGET
            or role != Qt.ItemDataRole.EditRole
            or not isinstance(value, str)
        ):
            return False
        try:
            return self.set_target(index.row(), value)
        except ValueError:
            return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._columns) else None
        titles = (
            self.tr("Column in the file"),
            self.tr("Sample values"),
            self.tr("Import as"),
            self.tr("Chosen"),
            self.tr("What happens"),
        )
        return titles[section] if 0 <= section < len(titles) else None


# --- the dry run's numbers --------------------------------------------------------------


class SummaryModel(QAbstractTableModel):
    """The dry run's numbers, one clickable row per category.

    Args:
        parent: The owning object.
    """

    CategoryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show these counts (category → rows)."""
        self.beginResetModel()
        self.counts = dict(counts)
        self.endResetModel()

    def category(self, row: int) -> str | None:
        """The category shown in a row."""
        return PLAN_CATEGORIES[row] if 0 <= row < self.rowCount() else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() or not self.counts else len(PLAN_CATEGORIES)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        category = self.category(index.row()) if index.isValid() else None
        if category is None:
            return None
        count = self.counts.get(category, 0)
        if role == _DISPLAY:
            return category_label(category) if index.column() == 0 else QLocale().toString(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and category == "rejected" and count:
            return QBrush(tone("problem"))
        if role == Qt.ItemDataRole.FontRole and index.column() == 1 and count:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full label too: a narrow column elides the longer ones.
            return (
                category_label(category)
                + "\n"
                + self.tr("Click to see the rows behind this number")
            )
        if role == self.CategoryRole:
            return category
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("What the import would do"), self.tr("Rows"))
        return titles[section] if section in (0, 1) else None
