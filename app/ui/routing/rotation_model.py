"""The editable table of reps in the routing dialog: in the rotation, weight, away."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.routing import MAX_WEIGHT
from app.storage.routing import RotationRep

_Index = QModelIndex | QPersistentModelIndex

#: Column numbers.
REP, IN_ROTATION, WEIGHT, AWAY, SHARE = range(5)


@dataclass(frozen=True)
class RotationEdit:
    """One rep's wanted rotation settings."""

    rep_id: int
    in_rotation: bool
    weight: int
    away: bool


class RotationModel(QAbstractTableModel):
    """Reps (id and a few values each) with their rotation settings, editable in place.

    The two switches are check boxes, the weight a number (1..MAX_WEIGHT); :meth:`edits`
    gives what changed since :meth:`load`.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stored: list[RotationRep] = []
        self._rows: list[RotationRep] = []

    def load(self, reps: list[RotationRep]) -> None:
        """Show these reps (inactive ones are left out: they take no leads)."""
        self.beginResetModel()
        self._stored = [r for r in reps if r.active]
        self._rows = list(self._stored)
        self.endResetModel()

    def edits(self) -> list[RotationEdit]:
        """The reps whose settings were changed in the table."""
        return [
            RotationEdit(now.id, now.in_rotation, now.weight, now.away)
            for before, now in zip(self._stored, self._rows, strict=True)
            if before != now
        ]

    def share_text(self, row: int) -> str:
        """The rep's share of new leads as a percentage ("" when they take none)."""
        rep = self._rows[row]
        total = sum(r.weight for r in self._rows if r.takes_leads)
        if not rep.takes_leads or not total:
            return ""
        return f"{round(100 * rep.weight / total)} %"

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Rep"), self.tr("Round-robin"), self.tr("Weight"), self.tr("Away"),
            self.tr("Share"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (IN_ROTATION, AWAY):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == WEIGHT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rep = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == REP:
                return f"{rep.name} <{rep.email}>" if rep.email else rep.name
            if column == WEIGHT:
                return rep.weight
            if column == SHARE:
                return self.share_text(index.row())
            return None
        if role == Qt.ItemDataRole.EditRole and column == WEIGHT:
            return rep.weight
        if role == Qt.ItemDataRole.CheckStateRole and column in (IN_ROTATION, AWAY):
            on = rep.in_rotation if column == IN_ROTATION else rep.away
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == WEIGHT:
            share = self.share_text(index.row())
            return self.tr("Share of new leads: %1").replace("%1", share) if share else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WEIGHT, SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        rep = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (IN_ROTATION, AWAY):
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = (
                replace(rep, in_rotation=on) if column == IN_ROTATION else replace(rep, away=on)
            )
        elif role == Qt.ItemDataRole.EditRole and column == WEIGHT:
            try:
                weight = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= weight <= MAX_WEIGHT:
                return False
            changed = replace(rep, weight=weight)
        else:
            return False
        self._rows[index.row()] = changed
        # The shares of every rep change with one rep's weight or presence.
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SHARE))
        return True
