"""Step 6, "Result": the counts, the rejected-rows report, Undo, the imported contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.importing import ImportResult, UndoImportResult
from app.ui.importing.messages import report_problem_text, row_warnings_text
from app.ui.theme import set_tone


class ResultPage(QWidget):
    """What the import did, with the ways to act on it.

    Args:
        parent: The wizard.

    Signals:
        open_report_requested: "Open report" was clicked.
        show_folder_requested: "Show in folder" was clicked.
        undo_requested: "Undo import" was clicked.
        show_contacts_requested: "Show imported contacts" was clicked.
    """

    open_report_requested = Signal()
    show_folder_requested = Signal()
    undo_requested = Signal()
    show_contacts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultPage")
        self.result: ImportResult | None = None
        self.title = QLabel(self)
        self.title.setObjectName("resultTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("resultSummary")
        self.summary_label.setWordWrap(True)

        self.count_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        rows = (
            ("rows", self.tr("Rows read:")),
            ("created", self.tr("New contacts:")),
            ("updated", self.tr("Contacts updated:")),
            ("duplicates", self.tr("Duplicates (nothing new):")),
            ("invalid", self.tr("Invalid email or phone (kept as written):")),
            ("rejected", self.tr("Rejected rows:")),
        )
        for key, text in rows:
            label = QLabel(self)
            label.setObjectName(f"resultCount_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(80)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            self.count_labels[key] = label
            form.addRow(text, label)

        self.row_warnings_label = QLabel(self)
        self.row_warnings_label.setObjectName("resultRowWarnings")
        self.row_warnings_label.setWordWrap(True)
        self.row_warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.row_warnings_label.setStyleSheet(
            "QLabel#resultRowWarnings { background: #fff4e5; border: 1px solid #f0c36d;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.report_note = QLabel(self)
        self.report_note.setObjectName("reportNote")
        self.report_note.setWordWrap(True)
        self.report_label = QLabel(self)
        self.report_label.setObjectName("reportPath")
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_report_button = QPushButton(self.tr("Open report"), self)
        self.open_report_button.setObjectName("openReport")
        self.open_report_button.clicked.connect(self.open_report_requested)
        self.show_folder_button = QPushButton(self.tr("Show in folder"), self)
        self.show_folder_button.setObjectName("showReportFolder")
        self.show_folder_button.clicked.connect(self.show_folder_requested)
        report_row = QHBoxLayout()
        report_row.addWidget(self.open_report_button)
        report_row.addWidget(self.show_folder_button)
        report_row.addStretch(1)
        self.report_widget = QWidget(self)
        report_layout = QVBoxLayout(self.report_widget)
        report_layout.setContentsMargins(0, 8, 0, 0)
        report_layout.addWidget(self.report_label)
        report_layout.addLayout(report_row)

        self.show_button = QPushButton(self.tr("Show imported contacts"), self)
        self.show_button.setObjectName("showImported")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_contacts_requested)
        self.undo_button = QPushButton(self.tr("Undo import"), self)
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_label = QLabel(self)
        self.undo_label.setObjectName("undoStatus")
        self.undo_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.show_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary_label)
        layout.addSpacing(8)
        counts = QWidget(self)
        counts.setObjectName("resultCounts")
        counts.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        # The numbers sit right after the longest label, not at the far edge of the window.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addWidget(counts)
        layout.addWidget(self.row_warnings_label)
        layout.addWidget(self.report_note)
        layout.addWidget(self.report_widget)
        layout.addSpacing(12)
        layout.addLayout(actions)
        layout.addWidget(self.undo_label)
        layout.addStretch(1)

    def show_result(self, result: ImportResult, list_name: str | None) -> None:
        """Show a finished import."""
        self.result = result
        n = QLocale().toString
        self.title.setText(self.tr("Import finished"))
        text = self.tr("%Ln contact(s) created", "", result.created)
        text += ", " + self.tr("%Ln updated", "", result.updated)
        if list_name:
            text += " " + self.tr("and added to the list “%1”").replace("%1", list_name)
        if result.seconds >= 1:
            rate = n(round(result.rows / result.seconds))
            text += ". " + self.tr("%1 s, %2 rows per second.").replace(
                "%1", QLocale().toString(result.seconds, "f", 1)
            ).replace("%2", rate)
        else:
            text += ". " + self.tr("Done in under a second.")
        self.summary_label.setText(text)
        for key, label in self.count_labels.items():
            label.setText(n(int(getattr(result, key))))
        rejected = self.count_labels["rejected"]
        set_tone(rejected, "color: {problem};" if result.rejected else "")
        self.report_widget.setVisible(result.report_path is not None)
        if result.report_path is not None:
            self.report_label.setText(
                self.tr("The rejected rows, with the reason for each, are in %1").replace(
                    "%1", result.report_path
                )
            )
        warnings = row_warnings_text(result.row_warnings, result.row_warning_count)
        self.row_warnings_label.setText(warnings)
        self.row_warnings_label.setVisible(bool(warnings))
        note = self._report_note(result)
        self.report_note.setText(note)
        self.report_note.setVisible(bool(note))
        self.undo_button.setEnabled(True)
        self.show_button.setEnabled(True)
        self.undo_label.setText("")

    def _report_note(self, result: ImportResult) -> str:
        """Why the report is not beside the file (or not written at all), else ""."""
        if result.report_fallback and result.report_wanted:
            return (
                self.tr(
                    "The report could not be written to %1 (%2), so it went to the app's "
                    "data folder."
                )
                .replace("%1", result.report_wanted)
                .replace("%2", report_problem_text(result.report_fallback))
            )
        if result.report_error:
            return self.tr(
                "The rejected-rows report could not be written (%1); the import itself is complete."
            ).replace("%1", report_problem_text(result.report_error))
        return ""

    def show_undone(self, undo: UndoImportResult) -> None:
        """The import was undone (all of it, or all but the conflicts)."""
        self.title.setText(self.tr("Import undone"))
        text = self.tr("%Ln contact(s) removed", "", undo.deleted)
        text += ", " + self.tr("%Ln restored as they were", "", undo.restored) + "."
        if undo.conflicts:
            text += " " + self.tr(
                "%Ln contact(s) changed since the import were left as they are.",
                "",
                len(undo.conflicts),
            )
        self.undo_label.setText(text)
        self.undo_button.setEnabled(False)
        self.show_button.setEnabled(False)

    def report_folder(self) -> Path | None:
        """The folder of the rejected-rows report, if there is one."""
        if self.result is None or self.result.report_path is None:
            return None
        return Path(self.result.report_path).parent
