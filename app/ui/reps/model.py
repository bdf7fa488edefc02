"""The reps as a table: name, address, role, time zone, country, and who has left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

from app.storage.cadences import RepInfo
from app.ui.widgets.record_table import RecordTableModel


def role_label(role: str) -> str:
    """A rep's role as a word."""
    labels = {
        "sdr": QCoreApplication.translate("RepWords", "SDR"),
        "ae": QCoreApplication.translate("RepWords", "Account executive"),
        "manager": QCoreApplication.translate("RepWords", "Manager"),
    }
    return labels.get(role, role)


def country_label(code: str | None) -> str:
    """An ISO country code as the country's name in the interface language ("" for none)."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class RepsModel(RecordTableModel[RepInfo]):
    """Every rep of the database, one row each; reps who left are greyed."""

    columns = ("name", "email", "role", "time_zone", "country")

    def column_titles(self) -> dict[str, str]:
        """The titles, translated."""
        return {
            "name": self.tr("Name"), "email": self.tr("Email"), "role": self.tr("Role"),
            "time_zone": self.tr("Time zone"), "country": self.tr("Country (holidays)"),
        }  # fmt: skip

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """A cell's text; reps who left say so and are greyed."""
        cell = self.cell(index)
        if cell is None:
            return None
        rep, column = cell
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                "name": rep.name if rep.active else self.tr("%1 (left)").replace("%1", rep.name),
                "email": rep.email or "", "role": role_label(rep.role),
                "time_zone": rep.time_zone or self.tr("UTC (not set)"),
                "country": country_label(rep.country),
            }  # fmt: skip
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and not rep.active:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None
