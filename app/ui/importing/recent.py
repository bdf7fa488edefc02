"""File → Recent imports…: the import history, each batch undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.database import Database
from app.storage.importing import ImportSummary, UndoImportResult
from app.ui.importing.models import TextRow, TextTableModel
from app.ui.importing.undo import ImportUndo
from app.ui.jobs import Job, JobContext
from app.ui.locale_format import short_datetime
from app.ui.undo import undo_stack


class RecentImportsDialog(QDialog):
    """The latest imports with their counts; "Undo import" takes back the selected one.

    Args:
        db: The database.
        parent: The main window.

    Signals:
        loaded: the history was read.
        undone: an import was undone; carries the ``UndoImportResult``.
    """

    loaded = Signal()
    undone = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentImportsDialog")
        self.setWindowTitle(self.tr("Recent imports"))
        self.resize(860, 420)
        self.db = db
        self.summaries: list[ImportSummary] = []
        self.undo: ImportUndo | None = None
        self.model = TextTableModel(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("Rows"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Duplicates"),
                self.tr("Rejected"),
                self.tr("State"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("recentImports")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(self.tr("No imports yet."), self)
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button: QPushButton = buttons.addButton(
            self.tr("Undo import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setObjectName("recentUndo")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self._update_buttons()

    def reload(self) -> Job[Any]:
        """Read the history in the background."""
        db = self.db

        def work(_ctx: JobContext) -> list[ImportSummary]:
            from app.storage.importing import recent_imports

            with db.reading() as conn:
                return recent_imports(conn)

        return Job(self, work, on_success=self._fill, title=self.tr("Recent imports")).start()

    def _fill(self, summaries: list[ImportSummary]) -> None:
        self.summaries = summaries
        locale = QLocale()
        n = locale.toString
        rows = []
        for s in summaries:
            when = s.created_at
            if hasattr(when, "astimezone"):
                when = short_datetime(when)
            rows.append(
                TextRow(
                    (
                        str(when),
                        s.file_name,
                        n(s.rows),
                        n(s.created),
                        n(s.updated),
                        n(s.duplicates),
                        n(s.rejected),
                        self.tr("undone") if s.undone else self.tr("imported"),
                    ),
                    tooltip=s.report_path or "",
                    payload=s.batch_id,
                )
            )
        self.model.set_rows(rows)
        self.empty_label.setVisible(not summaries)
        if summaries:
            self.view.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> ImportSummary | None:
        """The import selected in the list."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(
            chosen is not None and not chosen.undone and not self.db.read_only and self.undo is None
        )

    def undo_selected(self) -> Job[Any] | None:
        """Undo the selected import."""
        chosen = self.selected()
        if chosen is None or chosen.undone:
            return None
        undo = undo_stack().undo_import(self, chosen.batch_id, self._on_undone, db=self.db)
        if undo is None or undo.job is None:
            return None
        self.undo = undo
        self._update_buttons()
        job = undo.job
        job.finished.connect(lambda _r: self._undo_over())
        job.failed.connect(lambda _e: self._undo_over())
        return job

    def _undo_over(self) -> None:
        self.undo_button.setEnabled(False)
        dialog = self.undo.conflict_dialog if self.undo is not None else None
        if dialog is None:
            self.undo = None
            self._update_buttons()
        else:
            dialog.finished.connect(lambda _r: self._forget_undo())

    def _forget_undo(self) -> None:
        self.undo = None
        self._update_buttons()

    def _on_undone(self, result: UndoImportResult) -> None:
        self.undone.emit(result)
        self.reload()


__all__ = ["RecentImportsDialog"]
