"""The change broadcast: jobs publish what they changed, once, on the GUI thread."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.ops import Changes
from app.ui.changes import ChangeBus, change_bus, changes_of
from app.ui.jobs import Job, JobContext

WAIT_MS = 10_000


@dataclass(frozen=True)
class _Result:
    fixed: int
    changes: Changes


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_write_job_broadcasts_its_changes_after_its_callback(qtbot: QtBot) -> None:
    order: list[str] = []
    seen: list[tuple[Changes, int]] = []
    changes = Changes.of({"contacts"}, ids={"contacts": [3, 5]}, operation="delete", count=2)

    def on_change(value: Changes) -> None:
        order.append("broadcast")
        seen.append((value, threading.get_ident()))

    change_bus().changed.connect(on_change)
    try:
        job = Job(
            _parent(qtbot),
            lambda _ctx: _Result(2, changes),
            on_success=lambda _r: order.append("callback"),
            writes=True,
        )
        job.finished.connect(lambda _r: order.append("finished"))
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            job.start()
    finally:
        change_bus().changed.disconnect(on_change)
    assert order == ["callback", "broadcast", "finished"]
    assert seen == [(changes, threading.get_ident())]
    assert seen[0][0].ids_in("contacts") == {3, 5}


def test_results_without_changes_broadcast_nothing(qtbot: QtBot) -> None:
    seen: list[Changes] = []
    change_bus().changed.connect(seen.append)
    try:
        for result in (7, Changes(), None):
            job: Job[object] = Job(_parent(qtbot), lambda _ctx, r=result: r)
            with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
                job.start()
    finally:
        change_bus().changed.disconnect(seen.append)
    assert seen == []


def test_a_remote_change_from_a_poller_thread_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    bus = ChangeBus()
    seen: list[tuple[Changes, int]] = []
    bus.changed.connect(lambda c: seen.append((c, threading.get_ident())))
    remote = Changes.of({"contacts"}, ids={"contacts": [9]}, source="remote")

    def poll(_ctx: JobContext) -> None:
        bus.publish(remote)

    job = Job(None, poll)
    with qtbot.waitSignal(bus.changed, timeout=WAIT_MS):
        job.start()
    assert seen == [(remote, threading.get_ident())]
    assert not seen[0][0].undoable


def test_changes_of_reads_a_result_or_its_changes_field() -> None:
    changes = Changes.of({"contacts"})
    assert changes_of(changes) is changes
    assert changes_of(_Result(1, changes)) is changes
    assert changes_of(12) is None
