"""Step 2, "Check the file": what was detected, overrides, warnings and a preview."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.importing import FileInspection
from app.ui.importing.choices import (
    COMMON_ENCODINGS,
    delimiter_choices,
    delimiter_label,
    encoding_key,
    encoding_label,
    format_label,
)
from app.ui.importing.messages import warning_text
from app.ui.importing.models import TextTableModel, preview_rows
from app.ui.theme import set_tone

#: Rows the preview shows.
PREVIEW_ROWS = 50
#: Below this detector confidence the encoding is called a guess.
SURE_CONFIDENCE = 0.9


class CheckPage(QWidget):
    """Detected format, encoding, delimiter and sheet, each with an override; the preview.

    Args:
        parent: The wizard.

    Signals:
        overrides_changed: the user picked another encoding, delimiter or sheet; carries
            ``(encoding, delimiter, sheet)``, None meaning "as detected".
    """

    overrides_changed = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCheckPage")
        self.inspection: FileInspection | None = None
        self.title = QLabel(self)
        self.title.setObjectName("importCheckTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)

        self.format_label = QLabel(self)
        self.format_label.setObjectName("detectedFormat")
        self.encoding_label = QLabel(self)
        self.encoding_label.setObjectName("detectedEncoding")
        self.delimiter_label = QLabel(self)
        self.delimiter_label.setObjectName("detectedDelimiter")
        self.sheet_label = QLabel(self)
        self.sheet_label.setObjectName("detectedSheet")
        for label in (self.format_label, self.encoding_label, self.delimiter_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingOverride")
        self.encoding_combo.setMinimumContentsLength(24)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterOverride")
        self.delimiter_combo.setMinimumContentsLength(20)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetPicker")
        self.sheet_combo.setMinimumContentsLength(20)
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.activated.connect(self._on_override)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Format:"), self.format_label)
        self._encoding_row = self._pair(self.encoding_label, self.encoding_combo)
        self._delimiter_row = self._pair(self.delimiter_label, self.delimiter_combo)
        self._sheet_row = self._pair(self.sheet_label, self.sheet_combo)
        form.addRow(self.tr("Encoding:"), self._encoding_row)
        form.addRow(self.tr("Delimiter:"), self._delimiter_row)
        form.addRow(self.tr("Sheet:"), self._sheet_row)
        self.form = form

        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("importWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(
            self.warnings_label,
            "QLabel#importWarnings {{ background: {note_background}; border: 1px solid"
            " {note_border}; border-radius: 4px; padding: 6px; }}",
        )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("previewStatus")
        self.status_label.setWordWrap(True)

        self.preview_model = TextTableModel(parent=self)
        self.preview = QTableView(self)
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, 1)

    def _pair(self, label: QLabel, combo: QComboBox) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addSpacing(12)
        box.addWidget(QLabel(self.tr("Read as:"), row))
        box.addWidget(combo)
        box.addStretch(1)
        return row

    # --- showing an inspection --------------------------------------------------------------

    def show_inspection(
        self,
        inspection: FileInspection,
        *,
        encoding: str | None,
        delimiter: str | None,
        sheet: str | None,
    ) -> None:
        """Show what was found, with the overrides in force selected in the combos."""
        self.inspection = inspection
        detected = inspection.detected
        name = inspection.path.replace("\\", "/").rsplit("/", 1)[-1]
        self.title.setText(self.tr("Check the file: %1").replace("%1", name))
        self.title.setToolTip(inspection.path)
        self.format_label.setText(format_label(detected.format))
        text_file = detected.format in ("csv", "vcard")
        self.form.setRowVisible(self._encoding_row, text_file)
        self.form.setRowVisible(self._delimiter_row, detected.format == "csv")
        self.form.setRowVisible(self._sheet_row, bool(detected.sheets))
        self._fill_encodings(detected.encoding, detected.encoding_candidates, encoding)
        self.encoding_label.setText(self._encoding_text(encoding is not None))
        self._fill_delimiters(delimiter)
        self.delimiter_label.setText(
            self.tr("%1 (you chose it)").replace("%1", delimiter_label(detected.delimiter))
            if delimiter
            else self.tr("%1 (detected)").replace("%1", delimiter_label(detected.delimiter))
        )
        self._fill_sheets(detected.sheets, detected.sheet if sheet is None else sheet)
        self.sheet_label.setText(self.tr("%Ln sheet(s) in the workbook", "", len(detected.sheets)))
        self.preview_model.set_rows(
            preview_rows(inspection.preview[:PREVIEW_ROWS], len(inspection.headers)),
            headers=[h for h in inspection.headers],
        )
        self._show_warnings(inspection)

    def _encoding_text(self, chosen: bool) -> str:
        assert self.inspection is not None
        detected = self.inspection.detected
        label = encoding_label(detected.encoding or "")
        if chosen:
            return self.tr("%1 (you chose it)").replace("%1", label)
        confidence = detected.encoding_confidence or 0.0
        percent = QLocale().toString(round(confidence * 100)) + "%"
        if detected.bom:
            return self.tr("%1 (byte-order mark, certain)").replace("%1", label)
        if confidence >= SURE_CONFIDENCE:
            return self.tr("%1 (detected, %2 sure)").replace("%1", label).replace("%2", percent)
        return (
            self.tr("%1 (a guess, %2 sure — check the preview)")
            .replace("%1", label)
            .replace("%2", percent)
        )

    def _fill_encodings(
        self, detected: str | None, candidates: tuple[str, ...], chosen: str | None
    ) -> None:
        combo = self.encoding_combo
        combo.blockSignals(True)
        combo.clear()
        # The label beside the combo names the detected encoding; the entry stays short.
        combo.addItem(self.tr("As detected"), None)
        seen: set[str] = set()
        for name in (*candidates, *COMMON_ENCODINGS):
            key = encoding_key(name)
            if key in seen:
                continue
            seen.add(key)
            combo.addItem(encoding_label(name), name)
        if chosen is not None:
            found = next(
                (
                    i
                    for i in range(1, combo.count())
                    if encoding_key(combo.itemData(i)) == encoding_key(chosen)
                ),
                -1,
            )
            if found < 0:
                combo.addItem(encoding_label(chosen), chosen)
                found = combo.count() - 1
            combo.setCurrentIndex(found)
        combo.blockSignals(False)

    def _fill_delimiters(self, chosen: str | None) -> None:
        combo = self.delimiter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("As detected"), None)
        for label, char in delimiter_choices():
            combo.addItem(label, char)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def _fill_sheets(self, sheets: tuple[str, ...], current: str | None) -> None:
        combo = self.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        for sheet in sheets:
            combo.addItem(sheet, sheet)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _show_warnings(self, inspection: FileInspection) -> None:
        lines = [warning_text(w) for w in inspection.detected.warnings]
        shown = inspection.preview[:PREVIEW_ROWS]
        unreadable = sum(
            1 for r in shown if r.problem is not None and r.problem.code == "encoding_error"
        )
        if unreadable:
            lines.insert(
                0,
                self.tr(
                    "%Ln of the first rows cannot be read in this encoding (shown as \\x.. "
                    "codes); pick another encoding under “Read as”.",
                    "",
                    unreadable,
                ),
            )
        self.warnings_label.setText("\n".join(f"• {line}" for line in lines))
        self.warnings_label.setVisible(bool(lines))
        rejected = sum(1 for r in shown if r.problem is not None)
        text = self.tr("The first %Ln row(s) of the file.", "", len(shown))
        if rejected:
            text += " " + self.tr(
                "%Ln row(s) in red cannot be read; point at one to see why.", "", rejected
            )
        self.status_label.setText(text)

    def show_busy(self, text: str) -> None:
        """Say that the file is being read again (after an override)."""
        self.status_label.setText(text)

    def show_problem(self, text: str) -> None:
        """Show an error of the last override (e.g. an empty sheet) above the preview."""
        self.warnings_label.setText(text)
        self.warnings_label.setVisible(True)

    # --- overrides ------------------------------------------------------------------------

    def _on_override(self, _index: int) -> None:
        self.overrides_changed.emit(*self.overrides())

    def overrides(self) -> tuple[str | None, str | None, str | None]:
        """The overrides selected: (encoding, delimiter, sheet); None for "as detected"."""
        # A workbook's sheet is always named: the picker shows the one being read.
        sheet = self.sheet_combo.currentData() if self.sheet_combo.count() else None
        return self.encoding_combo.currentData(), self.delimiter_combo.currentData(), sheet

    def select_encoding(self, name: str) -> None:
        """Choose an encoding in the override combo as a person would (for tests, shortcuts)."""
        combo = self.encoding_combo
        index = next(
            i
            for i in range(1, combo.count())
            if encoding_key(combo.itemData(i)) == encoding_key(name)
        )
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
