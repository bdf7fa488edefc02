"""Tools → Reps…: everyone who works the queue, added and edited here.

A rep who left is made inactive, never deleted: their calls, emails and hand-offs keep
their name in the reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.cadences import RepInfo, list_reps
from app.ui.jobs import Job, JobContext
from app.ui.reps.dialog import RepDialog
from app.ui.reps.model import RepsModel

if TYPE_CHECKING:
    from app.storage.database import Database


class RepsDialog(QDialog):
    """The reps of the open database, with Add and Edit.

    Args:
        db: The open database.
        parent: The parent widget.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repsDialog")
        self.setWindowTitle(self.tr("Reps"))
        self.db = db
        self.last_job: Job[object] | None = None
        self.model = RepsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("repsTable")
        self.table.setAccessibleName(self.tr("Reps"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addRepButton")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editRepButton")
        self.edit_button.clicked.connect(self.edit_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 380)

    def reload(self) -> Job[object]:
        """Read the reps in the background."""
        db = self.db

        def work(_ctx: JobContext) -> list[RepInfo]:
            with db.reading() as conn:
                return list_reps(conn)

        def done(result: object) -> None:
            if isinstance(result, list):
                self.model.set_records(result)
                self.edit_button.setEnabled(bool(result))

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Reps"))
        self.last_job = job
        return job.start()

    def selected(self) -> RepInfo | None:
        """The rep on the current row."""
        return self.model.record(self.table.currentIndex().row())

    def add(self) -> RepDialog:
        """Open the form for a new rep."""
        return self._open(None)

    def edit_selected(self) -> RepDialog | None:
        """Open the form on the selected rep."""
        rep = self.selected()
        return None if rep is None else self._open(rep)

    def _open(self, rep: RepInfo | None) -> RepDialog:
        dialog = RepDialog(self.db, rep, self)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        return dialog
