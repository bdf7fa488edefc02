"""The Cadences page's models: the stored cadences, and the steps of the one being edited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.core.cadences import Channel, Step
from app.storage.cadences import CadenceInfo
from app.ui.locale_format import short_time
from app.ui.widgets.record_table import Index, RecordTableModel

_Index = QModelIndex | QPersistentModelIndex


def channel_label(channel: str) -> str:
    """A step's channel in words."""
    labels = {
        "email": QCoreApplication.translate("CadenceWords", "Email"),
        "call": QCoreApplication.translate("CadenceWords", "Call"),
        "message": QCoreApplication.translate("CadenceWords", "Message"),
        "task": QCoreApplication.translate("CadenceWords", "Task"),
    }
    return labels.get(channel, channel)


def step_summary(step: Step) -> str:
    """One line for a step: "Day 3 · Email · 09:30 · Follow-up"."""
    parts = [
        QCoreApplication.translate("CadenceWords", "Day %1").replace("%1", str(step.day)),
        channel_label(str(step.channel)),
    ]
    if step.time is not None:
        parts.append(short_time(step.time))
    if step.network is not None:
        parts.append(str(step.network).capitalize())
    what = step.template or step.script or step.instructions
    if what:
        first = what.splitlines()[0]
        parts.append(first if len(first) <= 60 else first[:59] + "…")
    return " · ".join(parts)


class CadenceListModel(RecordTableModel[CadenceInfo]):
    """The stored cadences: name, steps, length in business days, people in it now."""

    columns = ("name", "steps", "days", "active")
    # The page's names for the shared operations.
    set_cadences = RecordTableModel.set_records
    cadences = RecordTableModel.records

    def column_titles(self) -> dict[str, str]:
        """The column titles."""
        return {
            "name": self.tr("Cadence"),
            "steps": self.tr("Steps"),
            "days": self.tr("Days"),
            "active": self.tr("In it now"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cadence's name and figures."""
        found = self.cell(index)
        if found is None:
            return None
        info = found[0]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (info.name, info.steps, info.days, info.active_enrollments)
            return values[index.column()] if index.column() < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StepListModel(QAbstractListModel):
    """The steps of the cadence being edited, one line each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Step] = []

    def set_steps(self, steps: Sequence[Step]) -> None:
        """Show ``steps``."""
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per step."""
        return 0 if parent.isValid() else len(self.steps)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A step's summary line."""
        if not index.isValid() or not 0 <= index.row() < len(self.steps):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {step_summary(self.steps[index.row()])}"
        return None

    def replace(self, row: int, step: Step) -> None:
        """Put ``step`` in place of row ``row``."""
        if 0 <= row < len(self.steps):
            self.steps[row] = step
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def insert(self, row: int, step: Step) -> None:
        """Insert ``step`` before row ``row`` (at the end for ``len``)."""
        row = max(0, min(row, len(self.steps)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.insert(row, step)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Remove row ``row``."""
        if 0 <= row < len(self.steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.steps[row]
            self.endRemoveRows()

    def move(self, row: int, offset: int) -> int:
        """Move row ``row`` up (-1) or down (+1); return where it is now."""
        target = row + offset
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return row
        # Qt's destination index is "before this row" in the model before the move.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.steps.insert(target, self.steps.pop(row))
        self.endMoveRows()
        return target


def new_step(after: Step | None) -> Step:
    """A new step a day after ``after`` (a call on day 1 for the first)."""
    if after is None:
        return Step(day=1, channel=Channel.CALL)
    return Step(day=min(after.day + 1, 365), channel=Channel.TASK, instructions="")
