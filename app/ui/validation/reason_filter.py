"""The list of problem reasons with their counts; picking one filters the problems table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.jobs import Job, JobContext
from app.ui.widgets.validation_status import reason_label

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.validation import ReasonCount

_KEY = Qt.ItemDataRole.UserRole


class ReasonFilter(QListWidget):
    """ "All problems" plus one entry per (field, reason) with how many contacts have it.

    Signals:
        reason_selected: the user picked an entry; carries (field, reason), both "" for
            "All problems".
        counts_loaded: the counts were (re)read and are on screen.
    """

    reason_selected = Signal(str, str)
    counts_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonFilter")
        self.setAccessibleName(self.tr("Problems by reason"))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.counts: list[ReasonCount] = []
        self._jobs: list[Job[Any]] = []
        self._fill([], ("", ""))
        self.currentItemChanged.connect(self._on_current)

    def current_key(self) -> tuple[str, str]:
        """(field, reason) of the selected entry; ("", "") for all problems."""
        item = self.currentItem()
        return tuple(item.data(_KEY)) if item is not None else ("", "")  # type: ignore[return-value]

    def count_of(self, field: str, reason: str) -> int:
        """How many contacts have ``reason`` in ``field`` (0 when it is not listed)."""
        return next((c.count for c in self.counts if (c.field, c.reason) == (field, reason)), 0)

    def load(self, db: Database | None, list_id: int | None) -> Job[Any] | None:
        """Read the counts for the scope in the background, keeping the selection."""
        if db is None:
            self._fill([], ("", ""))
            return None

        def work(_ctx: JobContext) -> list[ReasonCount]:
            from app.storage.validation import problem_counts

            with db.reading() as conn:
                return problem_counts(conn, list_id=list_id)

        def done(counts: list[ReasonCount]) -> None:
            self._fill(counts, self.current_key())
            self.counts_loaded.emit()

        job: Job[list[ReasonCount]] = Job(self, work, on_success=done, title=self.tr("Count"))
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job.start()

    def select(self, field: str, reason: str) -> None:
        """Select the entry for (field, reason) as if the user clicked it."""
        for row in range(self.count()):
            if tuple(self.item(row).data(_KEY)) == (field, reason):
                self.setCurrentRow(row)
                return

    def _fill(self, counts: list[ReasonCount], keep: tuple[str, str]) -> None:
        self.counts = counts
        self.blockSignals(True)
        self.clear()
        everything = QListWidgetItem(self.tr("All problems"))
        everything.setData(_KEY, ["", ""])
        everything.setToolTip(self.tr("Every invalid, risky or unverified email and phone."))
        self.addItem(everything)
        current = everything
        for entry in counts:
            field = self.tr("Email") if entry.field == "email" else self.tr("Phone")
            item = QListWidgetItem(f"{field}: {reason_label(entry.reason)}  ({entry.count})")
            item.setData(_KEY, [entry.field, entry.reason])
            item.setToolTip(
                self.tr("%1 — %n contact(s)", "", entry.count).replace("%1", entry.explanation)
            )
            self.addItem(item)
            if (entry.field, entry.reason) == keep:
                current = item
        self.setCurrentItem(current)
        self.blockSignals(False)

    def _on_current(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            field, reason = current.data(_KEY)
            self.reason_selected.emit(field, reason)
