"""The import wizard: check the file, map its columns, dry run, import, result.

A stacked dialog rather than a ``QWizard``: every step waits on a background job (reading
the file, the dry run, the import), and the buttons follow those jobs' state, which a
``QWizard``'s synchronous ``validatePage`` does not fit.

Usage::

    wizard = ImportWizard(db, window, chooser=window.choose_import_path)
    wizard.imported.connect(...)
    wizard.show()
    wizard.open_file(path)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.importing import ColumnMapping, ImportFileError
from app.storage.database import Database
from app.storage.importing import (
    FileInspection,
    ImportPlan,
    ImportResult,
    UndoImportResult,
)
from app.ui import settings
from app.ui.importing.check_page import PREVIEW_ROWS, CheckPage
from app.ui.importing.error_page import ErrorPage
from app.ui.importing.mapping_page import MappingPage
from app.ui.importing.messages import error_text
from app.ui.importing.plan_page import PlanPage
from app.ui.importing.progress import ImportProgressDialog
from app.ui.importing.result_page import ResultPage
from app.ui.importing.undo import ImportUndo
from app.ui.jobs import Job, JobContext
from app.ui.undo import undo_stack

#: File types the wizard offers (the readers sniff the content; the name only helps).
IMPORT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods", ".vcf"})


def import_filter() -> str:
    """The file dialog's filter for contact files."""
    return QCoreApplication.translate(
        "ImportWizard", "Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"
    )


def is_importable(path: str | Path) -> bool:
    """True when a file's name says it is a table or vCard the wizard imports."""
    return Path(path).suffix.lower() in IMPORT_SUFFIXES


@dataclass(frozen=True)
class PlanOutcome:
    """A dry run with what the plan page needs besides it."""

    plan: ImportPlan
    contact_names: dict[int, str]
    list_names: list[str]


def _plan_work(
    db: Database,
    path: str,
    options: dict[str, Any],
    ctx: JobContext,
) -> PlanOutcome:
    from app.storage.duplicates import contact_names
    from app.storage.importing import plan_import
    from app.storage.lists import lists_with_counts

    plan = plan_import(db, path, progress=ctx.progress, cancel=ctx.token, **options)
    ids = [s.contact_id for s in plan.fuzzy if s.contact_id is not None]
    with db.reading() as conn:
        names = contact_names(conn, ids) if ids else {}
        lists = [info.name for info in lists_with_counts(conn)]
    return PlanOutcome(plan, names, lists)


class ImportWizard(QDialog):
    """Imports one file into the database, step by step, every slow step in a job.

    Args:
        db: The database to import into.
        parent: The main window.
        chooser: Asks for a file (None when cancelled); the main window's file dialog,
            replaced in tests.

    Signals:
        inspected: the file was read for the check page; carries the ``FileInspection``.
        inspect_failed: the file cannot be imported; carries the message shown.
        planned: a dry run finished; carries the ``ImportPlan``.
        imported: the import was committed; carries the ``ImportResult``.
        import_cancelled: the import was stopped; nothing was written.
        undone: the import was undone; carries the ``UndoImportResult``.
        show_contacts_requested: "Show imported contacts"; carries the list id (0 for
            none) and the list's name.
    """

    ERROR, CHECK, MAPPING, PLAN, RESULT = range(5)

    inspected = Signal(object)
    inspect_failed = Signal(str)
    planned = Signal(object)
    imported = Signal(object)
    import_cancelled = Signal()
    undone = Signal(object)
    show_contacts_requested = Signal(int, str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        chooser: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setSizeGripEnabled(True)
        self.resize(1040, 700)
        self.db = db
        self.chooser = chooser
        #: Opens a file or folder with the desktop's program (tests replace it).
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.path = ""
        self.inspection: FileInspection | None = None
        self.overrides: tuple[str | None, str | None, str | None] = (None, None, None)
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.list_name: str | None = None
        self.inspect_job: Job[FileInspection] | None = None
        self.plan_job: Job[PlanOutcome] | None = None
        self.import_job: Job[ImportResult] | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.undo: ImportUndo | None = None
        self._generation = 0
        self._build()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("importSteps")
        self.error_page = ErrorPage(self)
        self.error_page.choose_another.connect(self.choose_another_file)
        self.check_page = CheckPage(self)
        self.check_page.overrides_changed.connect(self._on_overrides)
        self.mapping_page = MappingPage(self)
        self.mapping_page.model.mapping_changed.connect(self._on_mapping_changed)
        self.plan_page = PlanPage(self)
        self.plan_page.set_default_region(settings.IMPORT_REGION.get())
        self.plan_page.options_changed.connect(self.start_plan)
        self.plan_page.recheck_requested.connect(self.start_plan)
        self.result_page = ResultPage(self)
        self.result_page.open_report_requested.connect(self.open_report)
        self.result_page.show_folder_requested.connect(self.show_report_folder)
        self.result_page.undo_requested.connect(self.undo_import)
        self.result_page.show_contacts_requested.connect(self._show_contacts)
        self.stack = QStackedWidget(self)
        for page in (
            self.error_page,
            self.check_page,
            self.mapping_page,
            self.plan_page,
            self.result_page,
        ):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< Back"), self)
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.next_button.setObjectName("importNext")
        self.next_button.clicked.connect(self.go_next)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_step(self.CHECK)

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [
            self.tr("File"),
            self.tr("Check"),
            self.tr("Columns"),
            self.tr("Dry run"),
            self.tr("Result"),
        ]
        current = {self.ERROR: 0, self.CHECK: 1, self.MAPPING: 2, self.PLAN: 3}.get(step, 4)
        parts = [
            f"<b>{i + 1}&nbsp;{name}</b>" if i == current else f"{i + 1}&nbsp;{name}"
            for i, name in enumerate(names)
        ]
        self.steps_label.setText(" &nbsp;›&nbsp; ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        busy = self.inspect_job is not None or self.plan_job is not None
        importing = self.import_job is not None
        self.back_button.setVisible(step in (self.MAPPING, self.PLAN))
        self.back_button.setEnabled(not importing)
        self.next_button.setVisible(step in (self.CHECK, self.MAPPING))
        self.next_button.setEnabled(self.inspection is not None and not busy)
        self.import_button.setVisible(step == self.PLAN)
        if self.plan is not None:
            rows = self.plan.rows - self.plan.rejected
            self.import_button.setText(self.tr("Import %Ln row(s)", "", rows))
        else:
            self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(self.plan is not None and not busy and not importing)
        self.import_button.setDefault(step == self.PLAN)
        self.next_button.setDefault(step in (self.CHECK, self.MAPPING))
        self.close_button.setText(
            self.tr("Close") if step in (self.RESULT, self.ERROR) else self.tr("Cancel")
        )

    # --- step 1: the file -----------------------------------------------------------------

    def open_file(self, path: str | Path) -> Job[FileInspection]:
        """Start with ``path``: read it for the check page (the error page when it fails)."""
        self.path = str(path)
        self.overrides = (None, None, None)
        self.mapping = None
        self.plan = None
        self.plan_page.clear()
        self.check_page.show_busy(self.tr("Reading the file…"))
        self._show_step(self.CHECK)
        return self._inspect()

    def choose_another_file(self) -> Job[FileInspection] | None:
        """ "Choose another file…": ask for a file and start over with it."""
        path = self.chooser() if self.chooser is not None else None
        return self.open_file(path) if path else None

    def _inspect(self) -> Job[FileInspection]:
        from app.storage.importing import inspect_file

        db, path = self.db, self.path
        encoding, delimiter, sheet = self.overrides
        self._generation += 1
        generation = self._generation

        def work(_ctx: JobContext) -> FileInspection:
            return inspect_file(
                path,
                encoding=encoding,
                delimiter=delimiter,
                sheet=sheet,
                db=db,
                preview_rows=PREVIEW_ROWS,
            )

        job: Job[FileInspection] = Job(
            self,
            work,
            on_success=lambda info: self._on_inspected(info, generation),
            on_failure=lambda error: self._on_inspect_failed(error, generation),
            title=self.tr("Read the file"),
        )
        self.inspect_job = job
        self._update_buttons()
        return job.with_progress(self.tr("Reading the file…")).start()

    def _on_inspected(self, inspection: FileInspection, generation: int) -> None:
        if generation != self._generation:
            return  # an older read finished after a newer override
        self.inspect_job = None
        previous = self.inspection
        self.inspection = inspection
        encoding, delimiter, sheet = self.overrides
        self.check_page.show_inspection(
            inspection, encoding=encoding, delimiter=delimiter, sheet=sheet
        )
        if previous is None or previous.signature != inspection.signature or self.mapping is None:
            # Other columns (another sheet, delimiter or encoding): map them afresh.
            self.mapping = inspection.mapping
            self.mapping_page.show_mapping(inspection)
        self.plan = None
        self._update_buttons()
        self.inspected.emit(inspection)

    def _on_inspect_failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self.inspect_job = None
        if not isinstance(error, ImportFileError):
            from app.ui.dialogs.error import show_exception

            show_exception(self, self.tr("Read the file"), error)
        message = error_text(error)
        if self.inspection is not None and any(self.overrides):
            # An override made the file unreadable: say so on the check page, keep the rest.
            self.inspection = None
            self.check_page.show_problem(message)
        else:
            self.inspection = None
            self.error_page.show_error(message, self.path)
            self._show_step(self.ERROR)
        self._update_buttons()
        self.inspect_failed.emit(message)

    # --- step 2: overrides ----------------------------------------------------------------

    def _on_overrides(self, encoding: str | None, delimiter: str | None, sheet: str | None) -> None:
        self.overrides = (encoding, delimiter, sheet)
        self.check_page.show_busy(self.tr("Reading the file again…"))
        self._inspect()

    # --- step 3: mapping ------------------------------------------------------------------

    def _on_mapping_changed(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.plan = None
        self._update_buttons()

    # --- navigation -----------------------------------------------------------------------

    def go_next(self) -> None:
        """Next: from the check to the mapping, from the mapping to the dry run."""
        step = self.stack.currentIndex()
        if step == self.CHECK and self.inspection is not None:
            self._show_step(self.MAPPING)
        elif step == self.MAPPING and self.inspection is not None:
            self._show_step(self.PLAN)
            if self.plan is None:
                self.start_plan()

    def go_back(self) -> None:
        """Back one step (not while importing)."""
        step = self.stack.currentIndex()
        if step == self.MAPPING:
            self._show_step(self.CHECK)
        elif step == self.PLAN:
            if self.plan_job is not None:
                self.plan_job.cancel()
            self._show_step(self.MAPPING)

    # --- step 4: the dry run --------------------------------------------------------------

    def _options(self) -> dict[str, Any]:
        encoding, delimiter, sheet = self.overrides
        return {
            "mapping": self.mapping,
            "encoding": encoding,
            "delimiter": delimiter,
            "sheet": sheet,
            "merge_rule": self.plan_page.merge_rule(),
            **self.plan_page.choices(),
        }

    def start_plan(self) -> Job[PlanOutcome] | None:
        """Run the dry run in a job with progress and cancel."""
        if self.inspection is None or self.mapping is None:
            return None
        if self.plan_job is not None:
            self.plan_job.cancel()
        db, path, options = self.db, self.path, self._options()
        self.plan = None
        self.plan_page.clear(self.tr("Checking every row against your contacts…"))

        def work(ctx: JobContext) -> PlanOutcome:
            return _plan_work(db, path, options, ctx)

        job: Job[PlanOutcome] = Job(
            self,
            work,
            on_success=lambda outcome: self._on_planned(outcome, job),
            on_failure=lambda error: self._on_plan_stopped(job, error),
            on_cancel=lambda: self._on_plan_stopped(job, None),
            title=self.tr("Dry run"),
        )
        self.plan_job = job
        self._update_buttons()
        return job.with_progress(self.tr("Checking the rows (nothing is written)…")).start()

    def _on_planned(self, outcome: PlanOutcome, job: Job[PlanOutcome]) -> None:
        if job is not self.plan_job:
            return
        self.plan_job = None
        self.plan = outcome.plan
        self.plan_page.show_plan(outcome.plan, outcome.contact_names)
        self.plan_page.set_list_names(outcome.list_names, Path(self.path).stem)
        self._update_buttons()
        self.planned.emit(outcome.plan)

    def _on_plan_stopped(self, job: Job[PlanOutcome], error: BaseException | None) -> None:
        if job is not self.plan_job:
            return
        self.plan_job = None
        if error is None:
            self.plan_page.show_stopped(self.tr("The dry run was stopped."))
        else:
            message = error_text(error)
            self.plan_page.show_stopped(self.tr("The dry run failed: %1").replace("%1", message))
            if not isinstance(error, (ImportFileError, ValueError)):
                from app.ui.dialogs.error import show_exception

                show_exception(self, self.tr("Dry run"), error)
        self._update_buttons()

    # --- step 5: the import ---------------------------------------------------------------

    def start_import(self) -> Job[ImportResult] | None:
        """Import for real, in a write job with a progress dialog and a confirmed Cancel."""
        if self.plan is None or self.import_job is not None:
            return None
        from app.storage.importing import run_import

        db, path, options = self.db, self.path, self._options()
        list_name = self.plan_page.chosen_list()
        self.list_name = list_name
        # The region chosen is the rep's country next time (keep it simple: the last one).
        settings.IMPORT_REGION.set(options.get("default_region") or "")
        latest: list[tuple[int, int]] = []
        finished: list[ImportResult] = []

        def work(ctx: JobContext) -> ImportResult:
            def progress(done: int, total: int) -> None:
                # The newest report, read on the GUI thread when the job relays progress.
                latest[:] = [(done, total)]
                # "Finishing" (rows, 0) goes on as (0, 0), which the job never holds
                # back, so the dialog names the index rebuild as soon as it starts.
                ctx.progress(done if total else 0, total)

            result = run_import(
                db, path, list_name=list_name, progress=progress, cancel=ctx.token, **options
            )
            finished.append(result)
            return result

        dialog = ImportProgressDialog(self)
        self.progress_dialog = dialog

        def cancelled() -> None:
            # Cancel came too late: the import had already committed; show what it did.
            if finished:
                self._on_imported(finished[0])
            else:
                self._on_import_stopped(None)

        job: Job[ImportResult] = Job(
            self,
            work,
            on_success=self._on_imported,
            on_failure=self._on_import_stopped,
            on_cancel=cancelled,
            title=self.tr("Import contacts"),
            writes=True,
        )

        def relay(*_args: object) -> None:
            if latest:
                dialog.update_progress(*latest[0])

        job.progressed.connect(relay)
        dialog.cancel_confirmed.connect(job.cancel)
        self.import_job = job
        self._update_buttons()
        dialog.open()
        return job.start()

    def _end_import(self) -> None:
        self.import_job = None
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_imported(self, result: ImportResult) -> None:
        self._end_import()
        self.import_result = result
        self.result_page.show_result(result, self.list_name)
        self._show_step(self.RESULT)
        self.imported.emit(result)

    def _on_import_stopped(self, error: BaseException | None) -> None:
        self._end_import()
        if error is None:
            self.plan_page.show_stopped(
                self.tr("The import was cancelled. The database is as it was.")
            )
            self._update_buttons()
            self.import_cancelled.emit()
            return
        message = error_text(error)
        self.plan_page.show_stopped(
            self.tr("The import failed and nothing was written: %1").replace("%1", message)
        )
        self._update_buttons()
        from app.ui.dialogs.error import show_exception

        show_exception(self, self.tr("Import contacts"), error)

    # --- step 6: the result ---------------------------------------------------------------

    def open_report(self) -> None:
        """Open the rejected-rows report with the desktop's program for CSV files."""
        if self.import_result is not None and self.import_result.report_path:
            self.open_url(QUrl.fromLocalFile(self.import_result.report_path))

    def show_report_folder(self) -> None:
        """Open the folder that holds the rejected-rows report."""
        folder = self.result_page.report_folder()
        if folder is not None:
            self.open_url(QUrl.fromLocalFile(str(folder)))

    def undo_import(self) -> Job[Any] | None:
        """Undo the import just made (asks about contacts changed since)."""
        if self.import_result is None:
            return None
        undo = undo_stack().undo_import(
            self, self.import_result.batch_id, self._on_undone, db=self.db
        )
        if undo is None or undo.job is None:
            return None
        self.result_page.undo_button.setEnabled(False)
        self.undo = undo
        job = undo.job
        job.failed.connect(lambda _e: self.result_page.undo_button.setEnabled(True))
        return job

    def _on_undone(self, undo: UndoImportResult) -> None:
        self.result_page.show_undone(undo)
        self.undone.emit(undo)

    def _show_contacts(self) -> None:
        list_id = self.import_result.list_id if self.import_result is not None else None
        self.show_contacts_requested.emit(list_id or 0, self.list_name or "")
        self.accept()

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None:
            # The progress dialog asks; closing the wizard under an import would hide it.
            event.ignore()
            if self.progress_dialog is not None:
                self.progress_dialog.ask_cancel()
            return
        for job in (self.inspect_job, self.plan_job):
            if job is not None:
                job.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.import_job is not None:
            if self.progress_dialog is not None:
                self.progress_dialog.ask_cancel()
            return
        for job in (self.inspect_job, self.plan_job):
            if job is not None:
                job.cancel()
        super().reject()
