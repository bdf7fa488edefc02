"""The Cadences page: the stored cadences and a builder for their steps.

Left, the cadences with how many people are in each now; right, the one being edited:
name, description, working week, its steps in order and the selected step's form. The
core checks the cadence as it is edited (the problems show under the steps, in words) and
Save stores it through the same path as ``cadence import``: a cadence with people in it
keeps them, and they go on with the new steps they have not reached yet. A stored
cadence keeps its name (enrollments refer to it); "Duplicate" starts a copy under a new
name. Import and export read and write the documented JSON file, so a team can share
cadences. Every write runs in a job and is undoable with Edit → Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.cadences import (
    Cadence,
    CadenceFormatError,
    CadenceProblem,
    Step,
    WorkingWeek,
    cadence_to_json,
    validate_cadence,
)
from app.core.cadences.model import WEEKDAY_NAMES
from app.core.ops import Changes
from app.storage.cadences import (
    CadenceInfo,
    CadenceStoreError,
    delete_cadence,
    export_cadence,
    import_cadence,
    list_cadences,
    load_cadence,
)
from app.ui.cadences.models import CadenceListModel, StepListModel, new_step
from app.ui.cadences.step_form import StepForm
from app.ui.changes import change_bus
from app.ui.jobs import Job
from app.ui.theme import set_tone
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.storage.database import Database


def problem_text(problem: CadenceProblem | CadenceFormatError | CadenceStoreError) -> str:
    """A cadence problem in words (the codes the core and storage raise)."""
    args = {k: str(v) for k, v in problem.arguments.items()}
    words = {
        "no_name": QCoreApplication.translate("CadenceWords", "The cadence needs a name."),
        "no_steps": QCoreApplication.translate("CadenceWords", "Add at least one step."),
        "no_business_days": QCoreApplication.translate(
            "CadenceWords", "Tick at least one working day."
        ),
        "day_out_of_range": QCoreApplication.translate(
            "CadenceWords", "Step %step is on day %day; days run from 1 to 365."
        ),
        "days_decreasing": QCoreApplication.translate(
            "CadenceWords", "Step %step comes on an earlier day than the step before it."
        ),
        "times_decreasing": QCoreApplication.translate(
            "CadenceWords", "Step %step is timed before the step above it on the same day."
        ),
        "message_without_network": QCoreApplication.translate(
            "CadenceWords", "Step %step is a message: choose its network."
        ),
        "reply_without_email": QCoreApplication.translate(
            "CadenceWords", "Step %step replies in a thread, but no email comes before it."
        ),
        "too_many_steps": QCoreApplication.translate(
            "CadenceWords", "A cadence has at most %max steps."
        ),
        "name_taken": QCoreApplication.translate(
            "CadenceWords", "A cadence named “%name” exists already."
        ),
        "unknown_cadence": QCoreApplication.translate(
            "CadenceWords", "The cadence “%name” no longer exists."
        ),
    }
    text = words.get(problem.code)
    if text is None:
        detail = ", ".join(f"{k}={v}" for k, v in args.items())
        return QCoreApplication.translate("CadenceWords", "The cadence is not valid (%1).").replace(
            "%1", f"{problem.code}: {detail}" if detail else problem.code
        )
    for key, value in args.items():
        text = text.replace(f"%{key}", value)
    return text


class CadencesPage(Page):
    """Where cadences are listed, built, imported and exported.

    Signals:
        loaded: the list of cadences was read and is on screen.
    """

    loaded = Signal()
    key = "cadences"
    icon = QStyle.StandardPixmap.SP_FileDialogStart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: QWidget | None = None
        self.last_job: Job[object] | None = None
        self.stored_name: str | None = None  # the stored cadence being edited, if any
        self._generation = 0  # of reads: only the newest one's result is shown
        change_bus().changed.connect(self._on_changes)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        workspace = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, workspace)
        outer = QVBoxLayout(workspace)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_model = CadenceListModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("cadenceTable")
        self.table.setAccessibleName(self.tr("Cadences"))
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_selected())
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()

        def add_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(text, left)
            made.setObjectName(name)
            made.clicked.connect(slot)
            buttons.addWidget(made)
            return made

        self.new_button = add_button("newButton", self.tr("New"), self.new_cadence)
        self.duplicate_button = add_button("duplicateButton", self.tr("Duplicate"), self.duplicate)
        self.import_button = add_button("importButton", self.tr("Import…"), self.import_file)
        self.export_button = add_button("exportButton", self.tr("Export…"), self.export_file)
        self.delete_button = add_button("deleteButton", self.tr("Delete…"), self.delete_selected)
        left_layout.addLayout(buttons)

        right = QWidget(splitter)
        form_layout = QVBoxLayout(right)
        head = QFormLayout()
        self.name_edit = QLineEdit(right)
        self.name_edit.setObjectName("cadenceName")
        head.addRow(self.tr("Name:"), self.name_edit)
        self.description_edit = QLineEdit(right)
        self.description_edit.setObjectName("cadenceDescription")
        head.addRow(self.tr("What it is for:"), self.description_edit)
        week = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        day_names = (
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
            self.tr("Fri"), self.tr("Sat"), self.tr("Sun"),
        )  # fmt: skip
        for weekday, text in enumerate(day_names):
            box = QCheckBox(text, right)
            box.setObjectName(f"day_{WEEKDAY_NAMES[weekday]}")
            box.toggled.connect(self._check)
            week.addWidget(box)
            self.day_boxes.append(box)
        week.addStretch(1)
        head.addRow(self.tr("Working days:"), week)
        form_layout.addLayout(head)
        self.name_edit.textChanged.connect(self._check)

        steps_row = QHBoxLayout()
        self.steps_model = StepListModel(self)
        self.steps_view = QListView(right)
        self.steps_view.setObjectName("stepList")
        self.steps_view.setAccessibleName(self.tr("Steps"))
        self.steps_view.setModel(self.steps_model)
        self.steps_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_step())
        steps_row.addWidget(self.steps_view, 1)
        step_buttons = QVBoxLayout()
        for name, text, slot in (
            ("addStep", self.tr("Add step"), self.add_step),
            ("removeStep", self.tr("Remove"), self.remove_step),
            ("stepUp", self.tr("Up"), lambda: self.move_step(-1)),
            ("stepDown", self.tr("Down"), lambda: self.move_step(1)),
        ):
            button = QPushButton(text, right)
            button.setObjectName(name)
            button.clicked.connect(slot)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_row.addLayout(step_buttons)
        form_layout.addLayout(steps_row, 1)
        self.step_form = StepForm(right)
        self.step_form.changed.connect(self._step_edited)
        form_layout.addWidget(self.step_form)
        self.problems_label = QLabel(right)
        self.problems_label.setObjectName("cadenceProblems")
        self.problems_label.setWordWrap(True)
        set_tone(self.problems_label, "color: {problem};")
        form_layout.addWidget(self.problems_label)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), right)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 760])
        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the empty state without a database, else the cadences (read in a job)."""
        if self.context.database is None:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("No database open"),
                self.tr("Open or create a database to build cadences."),
            )
            return
        if self.workspace is None:
            self._build()
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        writable = not self.context.read_only
        for button in (self.save_button, self.new_button, self.duplicate_button,
                       self.import_button, self.delete_button):  # fmt: skip
            button.setEnabled(writable)
        self.reload()

    def reload(self, select: str | None = None) -> Job[object] | None:
        """Read the cadences again; select ``select`` (else keep the selection)."""
        db = self.context.database
        if db is None:
            return None

        def done(result: object) -> None:
            if not isinstance(result, tuple) or self.context.database is not db:
                return
            # Decided when the read is back: a save may have finished meanwhile.
            keep = select or self.stored_name
            self.list_model.set_cadences(result)
            names = [info.name for info in self.list_model.cadences]
            if keep in names:
                self._select_row(names.index(keep))
            elif names and self.stored_name is None and not self.name_edit.text():
                self._select_row(0)
            self.loaded.emit()

        # list_cadences seeds the shipped cadences the first time: a write.
        job: Job[object] = Job(
            self, lambda _ctx: tuple(list_cadences(db)), on_success=done,
            title=self.tr("Read cadences"), writes=not db.read_only,
        )  # fmt: skip
        self.last_job = job
        return job.start()

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_info(self) -> CadenceInfo | None:
        """The cadence selected in the list."""
        return self.list_model.record(self.table.currentIndex().row())

    def _open_selected(self) -> None:
        info = self.selected_info()
        db = self.context.database
        if info is None or db is None or info.name == self.stored_name:
            return
        try:
            with db.reading() as conn:  # one row: quick enough on the GUI thread
                _id, cadence = load_cadence(conn, info.name)
        except CadenceStoreError as error:
            # Deleted meanwhile (here or by a colleague): say so and show the list as it is.
            self.problems_label.setText(problem_text(error))
            self.reload()
            return
        self.show_cadence(cadence, stored=True)

    def show_cadence(self, cadence: Cadence, *, stored: bool) -> None:
        """Put ``cadence`` in the editor (``stored``: it is the stored one of that name)."""
        self.stored_name = cadence.name if stored else None
        self.name_edit.setText(cadence.name)
        # A stored cadence keeps its name: enrollments refer to it (Duplicate to rename).
        self.name_edit.setReadOnly(stored)
        self.description_edit.setText(cadence.description)
        self.description_edit.setCursorPosition(0)  # show its beginning, not its end
        for weekday, box in enumerate(self.day_boxes):
            box.setChecked(weekday in cadence.working_week)
        self.steps_model.set_steps(cadence.steps)
        if cadence.steps:
            self.steps_view.setCurrentIndex(self.steps_model.index(0, 0))
        self._show_step()
        self._check()

    def _show_step(self) -> None:
        row = self.steps_view.currentIndex().row()
        steps = self.steps_model.steps
        self.step_form.setEnabled(0 <= row < len(steps))
        if 0 <= row < len(steps):
            self.step_form.set_step(steps[row])

    # --- editing --------------------------------------------------------------------------

    def edited_cadence(self) -> Cadence:
        """The cadence as the editor shows it."""
        days = frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        return Cadence(
            name=self.name_edit.text().strip(),
            steps=tuple(self.steps_model.steps),
            description=self.description_edit.text().strip(),
            working_week=WorkingWeek(days),
        )

    def _check(self) -> tuple[CadenceProblem, ...]:
        problems = validate_cadence(self.edited_cadence())
        self.problems_label.setText("\n".join(problem_text(p) for p in problems[:5]))
        self.save_button.setEnabled(not problems and not self.context.read_only)
        return problems

    def _step_edited(self, step: Step) -> None:
        self.steps_model.replace(self.steps_view.currentIndex().row(), step)
        self._check()

    def add_step(self) -> None:
        """Add a step after the selected one."""
        row = self.steps_view.currentIndex().row()
        steps = self.steps_model.steps
        after = steps[row] if 0 <= row < len(steps) else (steps[-1] if steps else None)
        at = row + 1 if 0 <= row < len(steps) else len(steps)
        self.steps_model.insert(at, new_step(after))
        self.steps_view.setCurrentIndex(self.steps_model.index(at, 0))
        self._check()

    def remove_step(self) -> None:
        """Remove the selected step."""
        row = self.steps_view.currentIndex().row()
        self.steps_model.remove(row)
        self._show_step()
        self._check()

    def move_step(self, offset: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row = self.steps_model.move(self.steps_view.currentIndex().row(), offset)
        self.steps_view.setCurrentIndex(self.steps_model.index(row, 0))
        self._check()

    def new_cadence(self) -> None:
        """Start an empty cadence (Monday to Friday, one call on day 1)."""
        self.table.clearSelection()
        self.show_cadence(Cadence(name="", steps=(new_step(None),)), stored=False)
        self.name_edit.setFocus()

    def duplicate(self) -> None:
        """Start a copy of the cadence being edited, under a new name."""
        cadence = self.edited_cadence()
        copy = self.tr("%1 (copy)").replace("%1", cadence.name)
        self.table.clearSelection()
        self.show_cadence(
            Cadence(copy, cadence.steps, cadence.description, cadence.working_week), stored=False
        )

    # --- writing --------------------------------------------------------------------------

    def _write(
        self, work: Callable[[Database], object], title: str, select: str | None
    ) -> Job[object] | None:
        db = self.context.database
        if db is None or self.context.read_only:
            return None

        def failed(error: BaseException) -> None:
            if isinstance(error, CadenceFormatError | CadenceStoreError):
                self.problems_label.setText(problem_text(error))
            else:
                self.problems_label.setText(str(error))

        job: Job[object] = Job(
            self, lambda _ctx: work(db), on_failure=failed, title=title, writes=True
        )
        job.finished.connect(lambda _result: self.reload(select))
        self.last_job = job
        return job.start()

    def save(self) -> Job[object] | None:
        """Store the cadence (a stored one is replaced; its people go on with it)."""
        if self._check():
            return None
        cadence = self.edited_cadence()
        text = cadence_to_json(cadence)
        replace = self.stored_name == cadence.name
        job = self._write(
            lambda db: import_cadence(db, text, replace=replace), self.tr("Save cadence"),
            cadence.name,
        )  # fmt: skip
        if job is not None:
            # Stored now: it keeps its name from here on.
            job.finished.connect(lambda _result: self.show_cadence(cadence, stored=True))
        return job

    def delete_selected(self) -> Job[object] | None:
        """Delete the selected cadence after asking (people in it are taken out of it)."""
        info = self.selected_info()
        if info is None:
            return None
        question = self.tr("Delete the cadence “%1”?").replace("%1", info.name)
        if info.active_enrollments:
            question += "\n\n" + self.tr(
                "%Ln prospect(s) are in it now; their remaining steps are dropped.",
                "", info.active_enrollments,
            )  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Delete cadence"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        name = info.name
        self.stored_name = None
        self.name_edit.clear()
        self.steps_model.set_steps(())
        return self._write(lambda db: delete_cadence(db, name), self.tr("Delete cadence"), None)

    def import_file(self) -> Job[object] | None:
        """Store a cadence file chosen by the user (a cadence of the same name is asked about)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a cadence"), "", self.tr("Cadence files (*.json)")
        )
        if not path:
            return None
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problems_label.setText(
                self.tr("The file could not be read: %1").replace("%1", str(error))
            )
            return None
        return self._write(lambda db: import_cadence(db, text), self.tr("Import cadence"), None)

    def export_file(self) -> bool:
        """Write the selected cadence to a JSON file chosen by the user."""
        info, db = self.selected_info(), self.context.database
        if info is None or db is None:
            return False
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a cadence"), f"{info.name}.json",
            self.tr("Cadence files (*.json)"),
        )  # fmt: skip
        if not path:
            return False
        try:
            Path(path).write_text(export_cadence(db, info.name), encoding="utf-8")
        except OSError as error:
            self.problems_label.setText(
                self.tr("The file could not be written: %1").replace("%1", str(error))
            )
            return False
        return True

    def _on_changes(self, changes: Changes) -> None:
        # Enrollments change the "in it now" counts; undo brings a deleted cadence back.
        if self.workspace is not None and self.isVisible():
            if changes.touches("cadences") or changes.touches("enrollments"):
                self.reload()
