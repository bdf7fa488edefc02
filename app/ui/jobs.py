"""One way to run work off the GUI thread (after Anki's QueryOp and CollectionOp).

Usage::

    def fetch(ctx: JobContext) -> ImportResult:
        # The operations contract: the job's token and progress go straight to storage,
        # which raises OperationCancelled (after rolling back) when the user cancels.
        return import_rows(db, rows, cancel=ctx.token, progress=ctx.progress)

    Job(window, fetch, on_success=show_count, title="Import", writes=True) \
        .with_progress("Importing contacts…").start()

``fn`` runs on a worker thread and must never touch widgets; it gets a :class:`JobContext`
whose ``token`` (a :class:`~app.core.ops.CancelToken`) and ``progress`` (a
:data:`~app.core.ops.Progress`) it hands to the operation. A cancelled job raises
:class:`~app.core.ops.OperationCancelled` (or returns after ``ctx.token.cancelled``); either
way it ends as cancelled. Results, failures and progress
come back to the GUI thread through queued signals, where the callbacks run.

A result that is a :class:`~app.core.ops.Changes`, or carries one in ``changes``, is
published on the change broadcast (:mod:`app.ui.changes`) after ``on_success``.

Writes are serialised: jobs started with ``writes=True`` run one at a time on a pool with
a single thread (SQLite has one writer; Anki's taskman does the same). Reads run on a
small shared pool. Reads nobody waits for (``background=True``: the sidebar's segment
counts) run one at a time on a third pool at a lower priority, so they never take both
cores from what the user is waiting for (a search as they type).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from app.core.ops import CancelToken, OperationCancelled, Progress
from app.ui.changes import change_bus
from app.ui.dialogs.error import show_exception

log = logging.getLogger(__name__)

T = TypeVar("T")

# Wait this long before showing a progress dialog: quick jobs should not flash one.
PROGRESS_DELAY_MS = 400
# Progress signals at most this often; a loop may report every row.
_REPORT_INTERVAL_S = 0.05
# QProgressDialog counts in a C int.
_MAX_PROGRESS = 2**31 - 1

_pools: dict[str, QThreadPool] = {}
# Jobs that have started and not yet reported back; keeps their Python objects alive.
_running: set[Job[Any]] = set()


def _pool(kind: str) -> QThreadPool:
    """The pool for "write", "read" or "background" jobs, made on first use."""
    pool = _pools.get(kind)
    if pool is None:
        pool = QThreadPool()
        pool.setObjectName(f"prospect-desk-{kind}-jobs")
        pool.setMaxThreadCount(4 if kind == "read" else 1)
        if kind == "background":
            # Windows and macOS honour this; on Linux it changes nothing (see _lower_priority).
            pool.setThreadPriority(QThread.Priority.LowestPriority)
        _pools[kind] = pool
    return pool


def wait_for_jobs(timeout_ms: int = -1) -> bool:
    """Block until every started job's worker has returned (used on quit and in tests).

    Returns:
        True when all workers finished within the timeout.
    """
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())


def running_jobs() -> list[Job[Any]]:
    """The jobs started and not yet finished, failed or cancelled."""
    return list(_running)


def cancel_all_jobs() -> None:
    """Ask every running job to stop (on quit, or when the database is closed)."""
    for job in list(_running):
        job.cancel()


class JobContext:
    """What a job's function gets: the operations contract's token and progress callback.

    Attributes:
        token: cancelled when the user cancels the job; pass it as an operation's
            ``cancel`` argument.
        progress: ``progress(done, total)``, a :data:`~app.core.ops.Progress` feeding the
            job's progress dialog; pass it as an operation's ``progress`` argument.

    Thread-safe; meant to be called from the worker thread.
    """

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self.token = CancelToken()
        self.progress: Progress = self._progress
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        self.report(done, total)

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the GUI how far the job got; ``total`` 0 means "unknown" (a busy bar).

        Calls are throttled, except the last one (``done == total``), so reporting every
        row is fine.
        """
        now = time.monotonic()
        if done != total and now - self._last_report < _REPORT_INTERVAL_S:
            return
        self._last_report = now
        self._report(done, total, text)

    def cancelled(self) -> bool:
        """True once the user asked the job to stop (``token.cancelled``)."""
        return self.token.cancelled

    def raise_if_cancelled(self) -> None:
        """Raise :class:`~app.core.ops.OperationCancelled` once the job was cancelled."""
        self.token.raise_if_cancelled()

    def cancel(self) -> None:
        """Cancel the token (called from the GUI thread)."""
        self.token.cancel()


class _Dispatcher(QObject):
    """Carries workers' outcomes to the GUI thread, where it lives for the whole run.

    Workers hold no Qt object of a job, only its number: a job (and its dialogs) is then
    only ever created and destroyed on the GUI thread, whatever the timing of the worker's
    exit.
    """

    delivered = Signal(int, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, job_id: int, kind: str, payload: object) -> None:
        job = _by_id.get(job_id)
        if job is not None:
            job._receive(kind, payload)


_dispatcher: _Dispatcher | None = None
_by_id: dict[int, Job[Any]] = {}
_next_id = 0


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher  # noqa: PLW0603 (one per process, created on the GUI thread)
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


#: Linux niceness of a background job's thread, as the import's check workers.
BACKGROUND_NICE = 10


def _lower_priority() -> None:
    """Lower the calling thread's priority on Linux (a thread has its own niceness there).

    Not idle priority (SCHED_IDLE): a thread that gets a core only when nothing else wants
    one may be parked while it holds the GIL, and then every Python thread waits, the GUI
    thread included. At nice 10 it still gets a tenth of a busy core.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)


class _Runner(QRunnable):
    def __init__(
        self,
        fn: Callable[[JobContext], Any],
        ctx: JobContext,
        job_id: int,
        post: Any,
        *,
        lower_priority: bool = False,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._ctx = ctx
        self._job_id = job_id
        self._post = post
        self._lower_priority = lower_priority

    def run(self) -> None:
        if self._lower_priority:
            _lower_priority()
        try:
            result = self._fn(self._ctx)
        except OperationCancelled:
            self._post(self._job_id, "stopped", None)
        except BaseException as exc:  # noqa: BLE001 (every failure must reach the GUI)
            self._post(self._job_id, "error", exc)
        else:
            if self._ctx.cancelled():
                self._post(self._job_id, "stopped", None)
            else:
                self._post(self._job_id, "result", result)


class Job(QObject, Generic[T]):
    """A function run off the GUI thread, with callbacks on the GUI thread.

    Args:
        parent: the window the job belongs to: its progress and error dialogs are modal
            to it, and callbacks are skipped if it was closed meanwhile.
        fn: the work; takes a :class:`JobContext`, returns the result. Must not touch
            widgets.
        on_success: called with the result on the GUI thread.
        on_failure: called with the exception on the GUI thread; by default an error
            dialog shows the message, with the traceback under "Show Details".
        on_cancel: called on the GUI thread when the job stopped because it was cancelled.
        title: names the job in dialogs ("Back up", "Create demo data").
        cancellable: whether the progress dialog has a Cancel button.
        writes: the job writes to the database; such jobs run one at a time.
        background: a read nobody waits for (counts for the sidebar); such jobs run one
            at a time, at a lower priority.

    Signals:
        finished: the job succeeded; carries the result. Emitted after ``on_success`` and
            after the result's :class:`~app.core.ops.Changes` (if any) was broadcast.
        failed: the job raised; carries the exception. Emitted after the failure was
            handled (dialog shown or ``on_failure`` called).
        cancelled: the job stopped because the user cancelled it (after ``on_cancel``).
        progressed: the job reported (done, total, text).
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(object, object, str)

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[JobContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        title: str = "",
        cancellable: bool = True,
        writes: bool = False,
        background: bool = False,
    ) -> None:
        # No Qt parent: the job must outlive a window closed while it runs (the worker
        # still reports back); the window is kept only to parent dialogs.
        super().__init__(None)
        self._window = parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self.title = title or self.tr("Working")
        self.cancellable = cancellable
        self.writes = writes
        self._kind = "write" if writes else "background" if background else "read"
        self._progress_label: str | None = None
        self._progress_dialog: QProgressDialog | None = None
        self._done = False
        global _next_id  # noqa: PLW0603 (job numbers are unique per process)
        _next_id += 1
        self._id = _next_id
        post = _get_dispatcher().delivered.emit
        job_id = self._id
        self.context = JobContext(
            lambda done, total, text: post(job_id, "progress", (done, total, text))
        )
        self._post = post

    # --- set-up ---------------------------------------------------------------------------

    def with_progress(self, label: str = "") -> Job[T]:
        """Show a progress dialog (after a short delay) with ``label`` and a Cancel button."""
        self._progress_label = label or self.title
        return self

    def start(self) -> Job[T]:
        """Run the job on its pool; returns at once."""
        _running.add(self)
        _by_id[self._id] = self
        log.debug("job %r started", self.title)
        if self._progress_label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        background = self._kind == "background"
        runner = _Runner(self._fn, self.context, self._id, self._post, lower_priority=background)
        _pool(self._kind).start(runner)
        return self

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next ``cancelled()`` check."""
        # QProgressDialog hides itself on Cancel; the outcome still arrives (cancelled or,
        # if the work was already done, finished) and is reported as usual.
        self.context.cancel()

    @property
    def is_running(self) -> bool:
        """True until the job has reported its outcome."""
        return not self._done

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog while it is shown (None before the delay or without one)."""
        return self._progress_dialog

    # --- progress -------------------------------------------------------------------------

    def _window_alive(self) -> bool:
        return self._window is None or isValid(self._window)

    def _show_progress(self) -> None:
        if self._done or self._progress_label is None or not self._window_alive():
            return
        dialog = QProgressDialog(self._window)
        dialog.setObjectName("jobProgressDialog")
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self._progress_label)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if self.cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        self._progress_dialog = dialog
        dialog.show()

    def _receive(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self._handle_progress(*payload)
        elif kind == "result":
            self._handle_result(payload)
        elif kind == "error":
            self._handle_error(payload)
        else:
            self._handle_stopped()

    def _handle_progress(self, done: int, total: int, text: str) -> None:
        if self._done:
            return
        self.progressed.emit(done, total, text)
        dialog = self._progress_dialog
        if dialog is None or self.context.cancelled():
            return
        if total > _MAX_PROGRESS:
            done, total = done * 1000 // total, 1000
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    # --- outcome --------------------------------------------------------------------------

    def _finish(self) -> None:
        self._done = True
        _running.discard(self)
        _by_id.pop(self._id, None)
        if self._progress_dialog is not None:
            if isValid(self._progress_dialog):
                self._progress_dialog.hide()
                self._progress_dialog.deleteLater()
            self._progress_dialog = None

    def _handle_result(self, result: T) -> None:
        self._finish()
        log.debug("job %r finished", self.title)
        # Callback first, then the broadcast, then the signal: whoever listens sees the
        # state the callback made, and every page has refreshed from the change.
        try:
            if self._on_success is not None and self._window_alive():
                self._on_success(result)
        finally:
            try:
                # Broadcast even when the window closed meanwhile: the data changed anyway.
                change_bus().publish_result(result)
            finally:
                self.finished.emit(result)

    def _handle_error(self, error: BaseException) -> None:
        self._finish()
        log.error("job %r failed", self.title, exc_info=error)
        try:
            if not self._window_alive():
                pass
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                show_exception(self._window, self.title, error)
        finally:
            self.failed.emit(error)

    def _handle_stopped(self) -> None:
        self._finish()
        log.info("job %r cancelled", self.title)
        try:
            if self._on_cancel is not None and self._window_alive():
                self._on_cancel()
        finally:
            self.cancelled.emit()


def run_job(
    parent: QWidget | None,
    fn: Callable[[JobContext], T],
    on_success: Callable[[T], None] | None = None,
    **options: Any,
) -> Job[T]:
    """Shorthand for ``Job(parent, fn, on_success=..., **options).start()`` without a dialog."""
    return Job(parent, fn, on_success=on_success, **options).start()
