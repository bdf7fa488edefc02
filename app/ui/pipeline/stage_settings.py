"""Pipeline settings: the stages (rename, reorder, add, terminal, delete) and the inbound SLA.

Every edit is written at once, as its own write job and its own change set (so Edit →
Undo takes back the last one), through the pipeline's stage functions; the board follows
through the change broadcast. A stage that still holds prospects is deleted only after
they were moved to another stage the user picks (one change set for both), and only a
stage without a gate can take them: a gate asks something of each prospect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.ops import Changes
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.pipeline import Stage

log = logging.getLogger(__name__)

_StageIdRole = Qt.ItemDataRole.UserRole + 1


class StageSettingsDialog(QDialog):
    """The pipeline's stages and the inbound SLA, edited in place.

    Signals are not needed: each edit is broadcast as a change by its job.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageSettingsDialog")
        self.setWindowTitle(self.tr("Pipeline stages"))
        self.database = database
        self.stages: list[Stage] = []
        self.busy = False
        self.saved_sla: int | None = None

        intro = QLabel(
            self.tr(
                "The board shows a column per stage, in this order. Keys 1–9 move a "
                "selected card to the stage with that number."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.stage_list = QListWidget(self)
        self.stage_list.setObjectName("stageList")
        self.stage_list.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.terminal_box = QCheckBox(self.tr("Ends the prospect's active life"), self)
        self.terminal_box.setToolTip(
            self.tr("Terminal stages (Handed off, Disqualified) are where prospects end up")
        )
        self.add_button.clicked.connect(self.add_stage)
        self.rename_button.clicked.connect(self.rename_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.delete_button.clicked.connect(self.delete_stage)
        self.terminal_box.clicked.connect(self.set_terminal)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.stage_list, 1)
        row.addLayout(buttons)

        self.sla = QSpinBox(self)
        self.sla.setObjectName("slaMinutes")
        self.sla.setRange(1, 24 * 60)
        self.sla.setSuffix(self.tr(" min"))
        self.sla.setToolTip(
            self.tr(
                "An inbound lead nobody has touched turns red on the board after this many "
                "minutes of working time (weekdays 09:00–18:00 in its owner's zone)."
            )
        )
        self.sla.editingFinished.connect(self.save_sla)
        form = QFormLayout()
        form.addRow(self.tr("Inbound speed-to-lead SLA:"), self.sla)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.terminal_box)
        layout.addLayout(form)
        layout.addWidget(close)
        self.resize(520, 460)
        self.reload()

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> Job[Any]:
        """Read the stages (with their prospect counts) and the SLA."""
        database = self.database

        def work(_ctx: JobContext) -> tuple[list[Stage], int]:
            from app.storage.pipeline import list_stages
            from app.storage.pipeline.board import sla_minutes

            with database.reading() as conn:
                return list_stages(conn), sla_minutes(conn)

        def done(result: tuple[list[Stage], int]) -> None:
            if isValid(self):
                self._show(*result)

        return Job(None, work, on_success=done, title=self.tr("Pipeline stages")).start()

    def _show(self, stages: list[Stage], sla_minutes: int) -> None:
        current = self.current_stage()
        self.stages = stages
        self.stage_list.clear()
        for number, stage in enumerate(stages, start=1):
            held = self.tr("%Ln prospect(s)", "", stage.count)
            text = f"{number}. {stage.name} — {held}"
            if stage.is_terminal:
                text += " · " + self.tr("terminal")
            item = QListWidgetItem(text)
            item.setData(_StageIdRole, stage.id)
            self.stage_list.addItem(item)
        ids = [s.id for s in stages]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        self.stage_list.setCurrentRow(row if stages else -1)
        self.saved_sla = sla_minutes
        self.sla.blockSignals(True)
        self.sla.setValue(sla_minutes)
        self.sla.blockSignals(False)
        self._update_buttons()

    def current_stage(self) -> Stage | None:
        """The selected stage, or None."""
        row = self.stage_list.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _update_buttons(self, *_args: object) -> None:
        stage, row = self.current_stage(), self.stage_list.currentRow()
        editable = stage is not None and not self.busy and not self.database.read_only
        self.add_button.setEnabled(not self.busy and not self.database.read_only)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and row < len(self.stages) - 1)
        self.terminal_box.setEnabled(editable)
        self.terminal_box.setChecked(stage is not None and stage.is_terminal)

    # --- writing ----------------------------------------------------------------------------

    def _write(self, fn: Callable[[Database], Changes]) -> Job[Any]:
        """Run one edit as a write job; the list is read again when it is done."""
        database = self.database
        self.busy = True
        self._update_buttons()

        def work(_ctx: JobContext) -> Changes:
            return fn(database)

        def finished(_result: object) -> None:
            if isValid(self):
                self.busy = False
                self.reload()

        def failed(error: BaseException) -> None:
            if isValid(self):
                QMessageBox.warning(self, self.tr("Pipeline stages"), self.error_text(error))
                finished(None)

        return Job(
            self, work, on_success=finished, on_failure=failed, title=self.tr("Pipeline stages"),
            writes=True,
        ).start()  # fmt: skip

    def error_text(self, error: BaseException) -> str:
        """A refused edit in one sentence."""
        from app.core.pipeline import PipelineError
        from app.ui.pipeline.gates import error_text

        if not isinstance(error, PipelineError):
            return str(error)
        own = {
            "no_stage_name": self.tr("A stage needs a name."),
            "stage_exists": self.tr("There is a stage with this name already."),
            "bad_stage_key": self.tr("This name cannot be made into a stage key."),
            "stage_order": self.tr("The stages changed meanwhile; try again."),
        }
        return own.get(error.code) or error_text(error)

    def add_stage(self) -> Job[Any] | None:
        """Ask for a name and add the stage after the selected one (at the end if none)."""
        name, ok = QInputDialog.getText(self, self.tr("Add stage"), self.tr("Name:"))
        if not ok or not name.strip():
            return None
        stage = self.current_stage()
        at = None if stage is None else self.stages.index(stage) + 1

        def add(database: Database) -> Changes:
            from app.storage.pipeline import add_stage

            return add_stage(database, name, position=at)[1]

        return self._write(add)

    def rename_stage(self) -> Job[Any] | None:
        """Ask for the selected stage's new name."""
        stage = self.current_stage()
        if stage is None:
            return None
        name, ok = QInputDialog.getText(
            self, self.tr("Rename stage"), self.tr("Name:"), text=stage.name
        )
        if not ok or not name.strip() or name.strip() == stage.name:
            return None
        from app.storage.pipeline import rename_stage

        return self._write(lambda database: rename_stage(database, stage.id, name))

    def move_stage(self, step: int) -> Job[Any] | None:
        """Move the selected stage one place up (-1) or down (+1)."""
        stage = self.current_stage()
        if stage is None:
            return None
        order = [s.id for s in self.stages]
        at = order.index(stage.id)
        to = at + step
        if not 0 <= to < len(order):
            return None
        order[at], order[to] = order[to], order[at]
        from app.storage.pipeline import reorder_stages

        return self._write(lambda database: reorder_stages(database, order))

    def set_terminal(self, terminal: bool) -> Job[Any] | None:
        """Mark the selected stage terminal or not (the checkbox)."""
        stage = self.current_stage()
        if stage is None or stage.is_terminal == terminal:
            return None
        from app.storage.pipeline import set_terminal

        return self._write(lambda database: set_terminal(database, stage.id, terminal))

    def delete_stage(self) -> Job[Any] | None:
        """Delete the selected stage; its prospects first go to a stage the user picks."""
        stage = self.current_stage()
        if stage is None:
            return None
        if stage.count == 0:
            answer = QMessageBox.question(
                self,
                self.tr("Delete stage"),
                self.tr("Delete the stage “%1”?").replace("%1", stage.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            from app.storage.pipeline import delete_stage

            return self._write(lambda database: delete_stage(database, stage.id))
        from app.core.pipeline import Gate

        targets = [s for s in self.stages if s.id != stage.id and s.gate is Gate.NONE]
        if not targets:
            QMessageBox.information(
                self,
                self.tr("Delete stage"),
                self.tr("Its prospects need a stage without questions to go to; add one first."),
            )
            return None
        label = self.tr("“%1” holds %2 prospects. Move them to:")
        label = label.replace("%1", stage.name).replace("%2", QLocale().toString(stage.count))
        names = [s.name for s in targets]
        picked, ok = QInputDialog.getItem(
            self, self.tr("Delete stage"), label, names, 0, editable=False
        )
        if not ok:
            return None
        target = targets[names.index(picked)]
        return self.move_and_delete(stage.id, target.id)

    def move_and_delete(self, stage_id: int, to_stage_id: int) -> Job[Any]:
        """Move a stage's prospects to another stage and delete it (one change set)."""
        import datetime as dt

        from app.storage.pipeline import move_prospects_and_delete

        now = dt.datetime.now(dt.UTC)
        return self._write(
            lambda database: move_prospects_and_delete(
                database, stage_id, to_stage_id, rep_id=None, now=now
            )
        )

    def save_sla(self) -> Job[Any] | None:
        """Store the inbound SLA when the spin box was left with a new value."""
        from app.storage.pipeline.board import set_sla_minutes

        minutes = self.sla.value()
        if minutes == self.saved_sla:
            return None
        self.saved_sla = minutes
        return self._write(lambda database: set_sla_minutes(database, minutes))


__all__ = ["StageSettingsDialog"]
