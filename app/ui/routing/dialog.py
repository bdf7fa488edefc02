"""Tools → Inbound routing…: the round-robin rotation, the team's switches, the folder.

The reps' rotation settings and the two switches are stored in the database (the team
shares them); the watched folder is this computer's (QSettings), since a share's path
differs from one computer to the next. Loading and saving run as jobs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Changes
from app.core.routing import MAX_WEIGHT
from app.storage.pipeline.board import sla_minutes
from app.storage.routing import (
    RotationRep,
    RoutingSettings,
    list_rotation,
    load_routing_settings,
    save_routing_settings,
    set_rotation,
)
from app.storage.routing.webforms import (
    WebFormSettings,
    load_web_form_settings,
    save_web_form_settings,
)
from app.ui import settings
from app.ui.jobs import Job, JobContext
from app.ui.routing.rotation_model import REP, WEIGHT, RotationEdit, RotationModel
from app.ui.routing.webform_rules import WebFormRulesBox

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class _Loaded:
    reps: list[RotationRep]
    switches: RoutingSettings
    sla_minutes: int
    web_forms: WebFormSettings


class _WeightDelegate(QStyledItemDelegate):
    """A spin box from 1 to MAX_WEIGHT for the weight column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_WEIGHT)
        editor.setFrame(False)
        return editor


class RoutingDialog(QDialog):
    """Edit who takes inbound leads round-robin, the team's switches and the folder.

    Args:
        db: The open database.
        parent: The window.

    Signals (inherited): ``accepted`` once the settings are saved.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Inbound routing"))
        self.setMinimumWidth(600)
        self.model = RotationModel(self)
        self.saved_changes: Changes | None = None

        intro = QLabel(
            self.tr(
                "New inbound leads go to the reps in the round-robin in turn, by weight: "
                "a rep of weight 2 gets twice the leads of a rep of weight 1. Away reps are "
                "skipped until they are back."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("rotationTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WEIGHT, _WeightDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(REP, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr("No reps yet. Add the team's reps first (rep add on the command line).")
        )
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.round_robin = QCheckBox(self.tr("Route new inbound leads round-robin at once"))
        self.reassign = QCheckBox(self.tr("Hand a lead that breaks the SLA to the next rep"))
        self.sla_note = QLabel()
        self.sla_note.setWordWrap(True)
        self.sla_note.setEnabled(False)
        team = QGroupBox(self.tr("For the whole team"))
        team_layout = QVBoxLayout(team)
        team_layout.addWidget(self.table)
        team_layout.addWidget(self.empty)
        team_layout.addWidget(self.round_robin)
        team_layout.addWidget(self.reassign)
        team_layout.addWidget(self.sla_note)

        self.folder = QLineEdit(settings.INBOUND_FOLDER.get())
        self.folder.setObjectName("watchedFolder")
        self.folder.setPlaceholderText(self.tr("No folder: files are imported by hand"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_note = QLabel(
            self.tr(
                "CSV and vCard files dropped here are imported as inbound leads once they "
                "stop changing, then moved to processed/ (or failed/, with the reason)."
            )
        )
        folder_note.setWordWrap(True)
        folder_note.setEnabled(False)
        mine = QGroupBox(self.tr("On this computer: the watched folder"))
        mine_layout = QVBoxLayout(mine)
        mine_layout.addLayout(folder_row)
        mine_layout.addWidget(folder_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(team, 1)
        self.web_forms = WebFormRulesBox(self)
        layout.addWidget(self.web_forms)
        layout.addWidget(mine)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 660), max(self.sizeHint().height(), 760))
        self.load()

    # --- loading and saving ----------------------------------------------------------------

    def load(self) -> Job[_Loaded]:
        """Read the rotation and the switches in a job."""
        db = self.db

        def work(_ctx: JobContext) -> _Loaded:
            with db.reading() as conn:
                return _Loaded(
                    list_rotation(conn), load_routing_settings(conn), sla_minutes(conn),
                    load_web_form_settings(conn),
                )  # fmt: skip

        return Job(self, work, on_success=self._show, title=self.tr("Inbound routing")).start()

    def _show(self, loaded: _Loaded) -> None:
        self.model.load(loaded.reps)
        has_reps = self.model.rowCount() > 0
        self.table.setVisible(has_reps)
        self.empty.setVisible(not has_reps)
        self.web_forms.show_settings(loaded.web_forms)
        self.round_robin.setChecked(loaded.switches.round_robin)
        self.reassign.setChecked(loaded.switches.reassign_on_sla)
        self.sla_note.setText(
            self.tr(
                "The SLA is %n minute(s) of working time (Pipeline → Stages…).",
                "",
                loaded.sla_minutes,
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.db.read_only)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The watched folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> Job[Changes] | None:
        """Store the rotation, switches and web-form rules (a write job); the watched
        folder goes to QSettings. None when a web-form rule is malformed (named in the box)."""
        db = self.db
        web = self.web_forms.value()
        if web is None:
            return None  # the box names the bad row
        edits: list[RotationEdit] = self.model.edits()
        switches = RoutingSettings(
            round_robin=self.round_robin.isChecked(),
            reassign_on_sla=self.reassign.isChecked(),
        )
        settings.INBOUND_FOLDER.set(self.folder.text().strip())

        def work(_ctx: JobContext) -> Changes:
            changes = save_routing_settings(db, switches)
            changes = changes.merged(save_web_form_settings(db, web))
            for edit in edits:
                changes = changes.merged(
                    set_rotation(
                        db,
                        edit.rep_id,
                        in_rotation=edit.in_rotation,
                        weight=edit.weight,
                        away=edit.away,
                    )  # fmt: skip
                )
            return changes

        def done(changes: Changes) -> None:
            self.saved_changes = changes
            self.accept()

        self.buttons.setEnabled(False)
        job: Job[Changes] = Job(
            self, work, on_success=done, title=self.tr("Inbound routing"), writes=True
        )
        job.failed.connect(lambda _e: self.buttons.setEnabled(True))
        return job.start()


__all__ = ["RoutingDialog"]
