"""The change broadcast: one signal that says what a write changed (after Anki's
``operation_did_execute``).

Every write the GUI runs returns a :class:`~app.core.ops.Changes` (or a result with a
``changes`` field); the job helper publishes it here on the GUI thread after the job's own
success callback. Pages subscribe and refresh only what the change touched::

    change_bus().changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("contacts"):
            ids = changes.ids_in("contacts")      # None: any row may have changed
            ...

No page calls another page to make it refresh; the bus is the only path. A job that only
reads must therefore not return a bare ``Changes`` (the undo stack's history read wraps
its finding in a tuple). Changes other
people made to a shared database (polling, server notifications) arrive on the same bus
with ``source="remote"``; :meth:`ChangeBus.publish` may be called from any thread for that.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QThread, Signal

from app.core.ops import Changes, HasChanges

log = logging.getLogger(__name__)


def changes_of(result: object) -> Changes | None:
    """The :class:`Changes` a job's result carries: itself, its ``changes`` field, or None."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, HasChanges):
        changes = result.changes
        if isinstance(changes, Changes):
            return changes
    return None


class ChangeBus(QObject):
    """Carries every :class:`Changes` to whoever shows data.

    Signals:
        changed: a write changed the database; carries the :class:`Changes`. Always
            emitted on the GUI thread, never for an empty change.
    """

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A poller's thread posts here; the queued connection delivers on the bus's thread.
        self._posted.connect(self._emit, Qt.ConnectionType.QueuedConnection)

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber about ``changes`` (ignored when nothing changed).

        Safe to call from any thread: from another thread the signal is delivered on the
        GUI thread a moment later.
        """
        if changes.empty:
            return
        if QThread.currentThread() is self.thread():
            self._emit(changes)
        else:
            self._posted.emit(changes)

    def publish_result(self, result: object) -> Changes | None:
        """Publish what ``result`` (a job's result) changed, if it carries :class:`Changes`."""
        changes = changes_of(result)
        if changes is not None:
            self.publish(changes)
        return changes

    def _emit(self, changes: Changes) -> None:
        log.debug("changed %s (%s, %s)", sorted(changes.tables), changes.operation, changes.source)
        self.changed.emit(changes)


_bus: ChangeBus | None = None


def change_bus() -> ChangeBus:
    """The process's one bus, created on first use (on the GUI thread)."""
    global _bus  # noqa: PLW0603 (one per process, like the application object)
    if _bus is None:
        _bus = ChangeBus()
    return _bus


__all__ = ["ChangeBus", "change_bus", "changes_of"]
