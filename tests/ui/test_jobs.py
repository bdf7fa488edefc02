"""Background jobs: results on the GUI thread, readable failures, cooperative cancel."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.ops import CancelToken, OperationCancelled, Progress, check_cancelled, report
from app.storage.errors import NotADatabaseError
from app.ui import jobs
from app.ui.jobs import Job, JobContext

WAIT_MS = 10_000


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """An event a blocked job waits on; always set at the end so no worker hangs."""
    event = threading.Event()
    yield event
    event.set()


def error_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_success_arrives_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[tuple[int, int]] = []

    def work(_ctx: JobContext) -> int:
        return threading.get_ident()

    job = Job(parent, work, on_success=lambda worker: seen.append((worker, threading.get_ident())))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as blocker:
        job.start()
    worker_thread, callback_thread = seen[0]
    assert worker_thread != threading.get_ident()
    assert callback_thread == threading.get_ident()
    assert blocker.args == [worker_thread]
    assert not job.is_running


def test_failure_shows_a_readable_error(qtbot: QtBot, parent: QWidget) -> None:
    called: list[object] = []

    def work(_ctx: JobContext) -> None:
        raise NotADatabaseError("notes.csv is not a Prospect Desk database.")

    job = Job(parent, work, on_success=called.append, title="Open")
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS):
        job.start()
    boxes = error_boxes(parent)
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "Open"
    assert boxes[0].text() == "notes.csv is not a Prospect Desk database."
    assert "Traceback" in boxes[0].detailedText()  # folded away behind "Show Details…"
    assert called == []
    boxes[0].close()


def test_unexpected_failure_names_the_error(qtbot: QtBot, parent: QWidget) -> None:
    def work(_ctx: JobContext) -> None:
        raise ValueError("column 'email' missing")

    job = Job(parent, work, title="Import")
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS):
        job.start()
    assert error_boxes(parent)[0].text() == "ValueError: column 'email' missing"


def test_custom_failure_handler_replaces_the_dialog(qtbot: QtBot, parent: QWidget) -> None:
    failures: list[BaseException] = []

    def work(_ctx: JobContext) -> None:
        raise OSError(28, "No space left on device", "/mnt/full/db.sqlite3")

    job = Job(parent, work, on_failure=failures.append)
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS):
        job.start()
    assert isinstance(failures[0], OSError)
    assert error_boxes(parent) == []


def test_cancel_stops_a_cooperative_job(
    qtbot: QtBot, parent: QWidget, release: threading.Event
) -> None:
    succeeded: list[object] = []
    cancelled: list[bool] = []
    started = threading.Event()

    def work(ctx: JobContext) -> str:
        started.set()
        while not ctx.cancelled():
            release.wait(0.01)
        return "should not be delivered"

    job = Job(parent, work, on_success=succeeded.append, on_cancel=lambda: cancelled.append(True))
    job.start()
    assert started.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        job.cancel()
    assert succeeded == []
    assert cancelled == [True]


def test_raise_if_cancelled_ends_the_job_as_cancelled(
    qtbot: QtBot, parent: QWidget, release: threading.Event
) -> None:
    succeeded: list[object] = []

    def work(ctx: JobContext) -> int:
        release.wait(WAIT_MS / 1000)
        ctx.raise_if_cancelled()
        return 1

    job = Job(parent, work, on_success=succeeded.append).start()
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        release.set()
    assert succeeded == []


def test_progress_updates_arrive_in_order(qtbot: QtBot, parent: QWidget) -> None:
    reports: list[tuple[int, int, str]] = []

    def work(ctx: JobContext) -> None:
        for done in range(1, 501):
            ctx.report(done, 500, f"Row {done}")

    job = Job(parent, work)
    job.progressed.connect(lambda done, total, text: reports.append((done, total, text)))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        job.start()
    assert reports[0] == (1, 500, "Row 1")
    assert reports[-1] == (500, 500, "Row 500")  # the last report always gets through
    assert [r[0] for r in reports] == sorted(r[0] for r in reports)


def test_progress_dialog_cancel_button(
    qtbot: QtBot, parent: QWidget, release: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "PROGRESS_DELAY_MS", 0)
    succeeded: list[object] = []

    def work(ctx: JobContext) -> int:
        ctx.report(3, 10, "Checking addresses…")
        while not ctx.cancelled():
            release.wait(0.01)
        return 1

    job = Job(parent, work, on_success=succeeded.append, title="Validate")
    job.with_progress("Checking…").start()
    qtbot.waitUntil(lambda: job.progress_dialog is not None and job.progress_dialog.isVisible())
    dialog = job.progress_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Validate"
    qtbot.waitUntil(lambda: dialog.labelText() == "Checking addresses…")
    assert (dialog.value(), dialog.maximum()) == (3, 10)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert succeeded == []
    assert job.progress_dialog is None


def test_write_jobs_run_one_at_a_time(
    qtbot: QtBot, parent: QWidget, release: threading.Event
) -> None:
    order: list[str] = []
    lock = threading.Lock()

    def make(name: str, block: bool):  # type: ignore[no-untyped-def]
        def work(_ctx: JobContext) -> str:
            with lock:
                order.append(f"{name} start")
            if block:
                release.wait(WAIT_MS / 1000)
            with lock:
                order.append(f"{name} end")
            return name

        return work

    first = Job(parent, make("first", True), writes=True).start()
    second = Job(parent, make("second", False), writes=True).start()
    qtbot.waitUntil(lambda: "first start" in order)
    qtbot.wait(50)  # give a wrongly parallel second job the chance to start
    with qtbot.waitSignals([first.finished, second.finished], timeout=WAIT_MS):
        release.set()
    assert order == ["first start", "first end", "second start", "second end"]


def test_background_reads_run_one_at_a_time_at_a_lower_priority_beside_reads(
    qtbot: QtBot, parent: QWidget, release: threading.Event
) -> None:
    """Sidebar counts queue behind each other on a lower-priority thread; a search (a plain
    read) started meanwhile runs at once."""
    started: list[str] = []
    priorities: list[tuple[QThread.Priority, int | None]] = []

    def counting(name: str) -> Job[str]:
        def work(_ctx: JobContext) -> str:
            started.append(name)
            nice = (
                os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
                if sys.platform.startswith("linux")
                else None
            )
            priorities.append((QThread.currentThread().priority(), nice))
            release.wait(WAIT_MS / 1000)
            return name

        return Job(parent, work, background=True)

    first, second = counting("first"), counting("second")
    first.start()
    second.start()
    qtbot.waitUntil(lambda: started == ["first"], timeout=WAIT_MS)
    search = Job(parent, lambda _ctx: "matches")
    with qtbot.waitSignal(search.finished, timeout=WAIT_MS):
        search.start()
    assert started == ["first"]  # the second count still waits for the first
    with qtbot.waitSignal(second.finished, timeout=WAIT_MS):
        release.set()
    assert started == ["first", "second"]
    nice = jobs.BACKGROUND_NICE if sys.platform.startswith("linux") else None
    assert priorities == [(QThread.Priority.LowestPriority, nice)] * 2

    def niceness(_ctx: JobContext) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    if sys.platform.startswith("linux"):  # plain reads keep the process's priority
        read = Job(parent, niceness)
        with qtbot.waitSignal(read.finished, timeout=WAIT_MS) as blocker:
            read.start()
        assert blocker.args == [os.getpriority(os.PRIO_PROCESS, 0)] != [jobs.BACKGROUND_NICE]


def test_context_speaks_the_operations_contract(
    qtbot: QtBot, parent: QWidget, release: threading.Event
) -> None:
    """An operation given ``ctx.token`` and ``ctx.progress`` reports into the job and ends
    it as cancelled by raising OperationCancelled."""
    reports: list[tuple[int, int]] = []
    succeeded: list[object] = []

    def operation(cancel: CancelToken | None, progress: Progress | None) -> int:
        report(progress, 1, 2)
        release.wait(WAIT_MS / 1000)
        check_cancelled(cancel)
        return 2

    def work(ctx: JobContext) -> int:
        assert isinstance(ctx.token, CancelToken)
        return operation(ctx.token, ctx.progress)

    job = Job(parent, work, on_success=succeeded.append)
    job.progressed.connect(lambda done, total, _text: reports.append((done, total)))
    job.start()
    qtbot.waitUntil(lambda: reports == [(1, 2)], timeout=WAIT_MS)
    job.cancel()
    assert job.context.token.cancelled and job.context.cancelled()
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        release.set()
    assert succeeded == []


def test_operation_cancelled_is_not_reported_as_a_failure(qtbot: QtBot, parent: QWidget) -> None:
    def work(_ctx: JobContext) -> None:
        raise OperationCancelled

    job = Job(parent, work)
    with qtbot.waitSignal(job.cancelled, timeout=WAIT_MS):
        job.start()
    assert error_boxes(parent) == []
