"""The segment editor: rows of field / operator / value, all or any, a live count.

Fields and operators come from the core (``app.core.segments.available_fields``), so the
editor offers exactly what the storage layer can translate to SQL. The definition is
validated by ``parse_segment`` on every change; the count preview runs in a background
job (a segment over a million contacts can take a second) and only the latest count is
shown.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.segments import (
    FieldSpec,
    FieldType,
    SegmentError,
    available_fields,
    field_spec,
    parse_segment,
)
from app.ui.jobs import Job, JobContext
from app.ui.theme import set_tone

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.segments import SegmentInfo

#: Wait this long after an edit before counting.
PREVIEW_DELAY_MS = 300
_NO_VALUE = frozenset({"is_empty", "is_not_empty", "is_true", "is_false"})
_LISTS = frozenset({"in", "not_in", "has_any", "has_all", "has_none"})


class ConditionRow(QWidget):
    """One condition: a field, an operator and a value editor fitting both.

    Signals:
        changed: the condition was edited.
        remove_requested: the row's × was clicked.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, editor: SegmentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.field = QComboBox(self)
        self.field.setObjectName("conditionField")
        for spec in available_fields():
            self.field.addItem(editor.field_label(spec), spec.name)
        self.op = QComboBox(self)
        self.op.setObjectName("conditionOp")
        self.text = QLineEdit(self)
        self.text.setObjectName("conditionText")
        self.number = QLineEdit(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("conditionChoice")
        self.days = QSpinBox(self)
        self.days.setRange(0, 3650)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.none = QLabel(self)
        self.value = QStackedWidget(self)
        for widget in (self.text, self.number, self.choice, self.days, self.date, self.none):
            self.value.addWidget(widget)
        remove = QPushButton("×", self)
        remove.setObjectName("removeCondition")
        remove.setFixedWidth(28)
        remove.setToolTip(self.tr("Remove this condition"))
        remove.clicked.connect(self.remove_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 2)
        row.addWidget(self.op, 2)
        row.addWidget(self.value, 3)
        row.addWidget(remove)
        self.field.currentIndexChanged.connect(self._on_field)
        self.op.currentIndexChanged.connect(self._on_op)
        for signal in (
            self.text.textChanged, self.number.textChanged, self.choice.currentIndexChanged,
            self.choice.editTextChanged, self.days.valueChanged, self.date.dateChanged,
        ):  # fmt: skip
            signal.connect(lambda *_: self.changed.emit())
        self._on_field()

    def spec(self) -> FieldSpec:
        """The chosen field."""
        spec = field_spec(str(self.field.currentData()))
        assert spec is not None
        return spec

    def _on_field(self) -> None:
        spec = self.spec()
        self.op.blockSignals(True)
        self.op.clear()
        for op in spec.ops:
            self.op.addItem(self.editor.op_label(op), op)
        self.op.blockSignals(False)
        self.choice.clear()
        for label, value in self.editor.choices(spec):
            self.choice.addItem(label, value)
        self.choice.setEditable(spec.type is FieldType.TAGS)
        self._on_op()

    def _on_op(self) -> None:
        spec, op = self.spec(), str(self.op.currentData())
        if op in _NO_VALUE:
            widget: QWidget = self.none
        elif op in ("older_than_days", "within_days"):
            widget = self.days
        elif spec.type is FieldType.DATETIME:
            widget = self.date
        elif spec.type is FieldType.NUMBER:
            widget = self.number
            self.number.setPlaceholderText("10, 50" if op == "between" else "70")
        elif self.choice.count() and (op not in _LISTS):
            widget = self.choice
        else:
            widget = self.text
            self.text.setPlaceholderText(
                self.tr("values, separated by commas") if op in _LISTS else ""
            )
        self.value.setCurrentWidget(widget)
        self.changed.emit()

    def set_condition(self, condition: dict[str, Any]) -> None:
        """Show a stored condition (as far as the editor understands it)."""
        index = self.field.findData(condition.get("field"))
        if index >= 0:
            self.field.setCurrentIndex(index)
        index = self.op.findData(condition.get("op"))
        if index >= 0:
            self.op.setCurrentIndex(index)
        value = condition.get("value")
        current = self.value.currentWidget()
        if current is self.choice:
            found = self.choice.findData(value)
            if found >= 0:
                self.choice.setCurrentIndex(found)
            elif isinstance(value, str):
                self.choice.setEditText(value)
        elif current is self.days and isinstance(value, int):
            self.days.setValue(value)
        elif current is self.date and isinstance(value, str):
            self.date.setDate(QDate.fromString(value[:10], "yyyy-MM-dd"))
        elif current in (self.text, self.number) and value is not None:
            items = value if isinstance(value, list) else [value]
            target = self.text if current is self.text else self.number
            target.setText(", ".join(str(v) for v in items))

    def condition(self) -> dict[str, Any]:
        """The condition as definition data (checked later by ``parse_segment``)."""
        spec, op = self.spec(), str(self.op.currentData())
        out: dict[str, Any] = {"field": spec.name, "op": op}
        current = self.value.currentWidget()
        if current is self.none:
            return out
        if current is self.days:
            out["value"] = self.days.value()
        elif current is self.date:
            d = self.date.date()
            out["value"] = dt.date(d.year(), d.month(), d.day()).isoformat()
        elif current is self.choice:
            data = self.choice.currentData()
            text = self.choice.currentText()
            out["value"] = data if data is not None and text == self.choice.itemText(
                self.choice.currentIndex()
            ) else text  # fmt: skip
        else:
            raw = (self.text if current is self.text else self.number).text()
            parts = [p.strip() for p in raw.split(",") if p.strip()]
            values: list[Any] = [self._convert(spec, p) for p in parts]
            if op in _LISTS or op == "between":
                out["value"] = values
            else:
                out["value"] = values[0] if len(values) == 1 else raw.strip()
        return out

    @staticmethod
    def _convert(spec: FieldSpec, text: str) -> Any:
        if spec.type in (FieldType.NUMBER, FieldType.ID, FieldType.ID_SET):
            try:
                number = float(text.replace(" ", ""))
            except ValueError:
                return text
            return int(number) if number.is_integer() else number
        return text


class SegmentEditor(QDialog):
    """Create or edit a saved segment, with a live count of matching contacts.

    Args:
        database: the open database.
        segment: the segment to edit, or None for a new one.
        parent: the page.

    Signals:
        saved: the segment was saved (carries its id and name).
        preview_counted: a preview count arrived (carries it).
    """

    saved = Signal(int, str)
    preview_counted = Signal(int)

    def __init__(
        self, database: Database, segment: SegmentInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.database = database
        self.segment = segment
        self.setWindowTitle(self.tr("Edit segment") if segment else self.tr("New segment"))
        self.setMinimumWidth(640)
        self._generation = 0
        self._pickers = self._read_pickers()

        self.name = QLineEdit(segment.name if segment else "", self)
        self.name.setObjectName("segmentName")
        self.name.setPlaceholderText(self.tr("e.g. VPs in Germany, not touched for 2 weeks"))
        self.mode = QComboBox(self)
        self.mode.setObjectName("segmentMode")
        self.mode.addItem(self.tr("all of these conditions"), "all")
        self.mode.addItem(self.tr("any of these conditions"), "any")
        self.rows_box = QVBoxLayout()
        self.rows: list[ConditionRow] = []
        add = QPushButton(self.tr("Add condition"), self)
        add.setObjectName("addCondition")
        add.clicked.connect(lambda: self.add_row())  # noqa: PLW0108 (drops "checked")
        self.problem = QLabel(self)
        self.problem.setObjectName("segmentProblem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, "color: {problem};")
        self.preview = QLabel(self)
        self.preview.setObjectName("segmentPreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Contacts matching"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.rows_box)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.count_preview)
        self.name.textChanged.connect(lambda _t: self._validate())
        self.mode.currentIndexChanged.connect(lambda _i: self._changed())
        self._load(segment)

    def _read_pickers(self) -> dict[str, list[tuple[str, Any]]]:
        from app.storage.contacts.choices import reps, stages, tag_names
        from app.storage.lists import lists_with_counts
        from app.ui.pipeline.stage_names import stage_label

        # A few rows each (stages, reps, lists, tags): fine on the GUI thread.
        with self.database.reading() as conn:
            return {
                "stage": [(stage_label(c.key, c.name), c.key) for c in stages(conn)],
                "owner": [(c.name, c.id) for c in reps(conn)],
                "lists": [(i.name, i.id) for i in lists_with_counts(conn)],
                "tags": [(name, name) for name in tag_names(conn)],
            }

    def field_label(self, spec: FieldSpec) -> str:
        """A field's label in the user's language."""
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "full_name": self.tr("Name"), "title": self.tr("Title"),
            "company": self.tr("Company"), "industry": self.tr("Industry"),
            "employees": self.tr("Employees"), "country": self.tr("Country"),
            "city": self.tr("City"), "email": self.tr("Email"),
            "email_status": self.tr("Email status"), "phone_e164": self.tr("Phone"),
            "phone_status": self.tr("Phone status"), "time_zone": self.tr("Time zone"),
            "source": self.tr("Source"), "lead_type": self.tr("Lead type"),
            "stage": self.tr("Stage"), "owner": self.tr("Owner"),
            "fit_score": self.tr("Fit score"), "quality_score": self.tr("Quality"),
            "do_not_contact": self.tr("Do not contact"),
            "last_touched_at": self.tr("Last touched"), "created_at": self.tr("Created"),
            "updated_at": self.tr("Updated"), "tags": self.tr("Tags"),
            "lists": self.tr("Lists"),
        }  # fmt: skip
        return labels.get(spec.name, spec.label)

    def op_label(self, op: str) -> str:
        """An operator as words."""
        labels = {
            "=": self.tr("is"), "!=": self.tr("is not"), "contains": self.tr("contains"),
            "not_contains": self.tr("does not contain"), "starts_with": self.tr("starts with"),
            "ends_with": self.tr("ends with"), "in": self.tr("is one of"),
            "not_in": self.tr("is none of"), "is_empty": self.tr("is empty"),
            "is_not_empty": self.tr("is not empty"), "<": self.tr("is below"),
            "<=": self.tr("is at most"), ">": self.tr("is above"),
            ">=": self.tr("is at least"), "between": self.tr("is between"),
            "older_than_days": self.tr("more than … ago"),
            "within_days": self.tr("within the last"), "before": self.tr("is before"),
            "after": self.tr("is after"), "is_true": self.tr("is yes"),
            "is_false": self.tr("is no"), "has": self.tr("has"),
            "has_any": self.tr("has any of"), "has_all": self.tr("has all of"),
            "has_none": self.tr("has none of"),
        }  # fmt: skip
        return labels.get(op, op)

    def choices(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        """Values to pick from for a field (none: typed in)."""
        if spec.name in self._pickers:
            return self._pickers[spec.name]
        if spec.choices:
            return [(value, value) for value in spec.choices]
        return []

    def _load(self, segment: SegmentInfo | None) -> None:
        definition = segment.definition if segment is not None else None
        items: list[Any] = []
        if isinstance(definition, dict):
            mode = "any" if "any" in definition else "all"
            self.mode.setCurrentIndex(self.mode.findData(mode))
            raw = definition.get(mode)
            items = raw if isinstance(raw, list) else []
        for item in items:
            if isinstance(item, dict) and "field" in item:
                self.add_row().set_condition(item)
        if not self.rows:
            self.add_row()
        self._changed()

    def add_row(self) -> ConditionRow:
        """Add an empty condition row."""
        row = ConditionRow(self, self)
        row.changed.connect(self._changed)
        row.remove_requested.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._changed()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        """Drop a condition row."""
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self._changed()

    def definition(self) -> dict[str, Any]:
        """The segment as definition data."""
        return {str(self.mode.currentData()): [row.condition() for row in self.rows]}

    def _changed(self) -> None:
        if self._validate():
            self.preview.setText(self.tr("Counting…"))
            self.preview_timer.start()
        else:
            self.preview.setText("")

    def _issue_text(self, path: str) -> str:
        """The problem at ``path`` ("all[1].value") in the user's words.

        The parser's own messages are English for the CLI and JSON files; the rows of this
        editor can only leave a value empty or of the wrong kind, or a condition unfinished.
        """
        found = re.match(r"(?:all|any)\[(\d+)\](?:\.(\w+))?", path)
        if found is None:
            return self.tr("The conditions are not complete.")
        number = QLocale().toString(int(found.group(1)) + 1)
        if found.group(2) == "value":
            return self.tr("Condition %1: enter a value that fits the field.").replace("%1", number)
        return self.tr("Condition %1 is not complete.").replace("%1", number)

    def _validate(self) -> bool:
        try:
            parse_segment(self.definition())
        except SegmentError as exc:
            self.problem.setText(self._issue_text(exc.issues[0].path if exc.issues else ""))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return False
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.name.text().strip())
        )
        return True

    def count_preview(self) -> Job[int] | None:
        """Count the contacts the current definition matches, in a job."""
        try:
            segment = parse_segment(self.definition())
        except SegmentError:
            return None
        self._generation += 1
        generation = self._generation
        database = self.database

        def work(_ctx: JobContext) -> int:
            from app.storage.contacts.browse import Scope, count

            with database.reading() as conn:
                return count(conn, Scope(segment=segment))

        def done(n: int) -> None:
            if generation == self._generation:
                self.preview.setText(self.tr("%Ln contact(s) match", "", n))
                self.preview_counted.emit(n)

        job: Job[int] = Job(self, work, on_success=done, title=self.tr("Count"))
        return job.start()

    def save(self) -> Job[int] | None:
        """Save the segment in a job; the dialog closes when it is stored."""
        if not self._validate():
            return None
        name, definition = self.name.text(), self.definition()
        database = self.database
        segment_id = self.segment.id if self.segment is not None else None

        def work(_ctx: JobContext) -> int:
            from app.storage.segments import save_segment

            return save_segment(database, name, definition, segment_id=segment_id)

        def done(new_id: int) -> None:
            self.saved.emit(new_id, " ".join(name.split()))
            self.accept()

        def failed(error: BaseException) -> None:
            from app.ui.lists.messages import error_text

            self.problem.setText(error_text(error))

        job: Job[int] = Job(
            self, work, on_success=done, on_failure=failed, title=self.tr("Save segment"),
            writes=True,
        )  # fmt: skip
        return job.start()
