"""The board's filter bar: owner, list, segment, source, lead type and a search.

The pick lists (reps, static lists, saved segments) are read in a background job when a
database is opened. A segment is parsed with the same parser as the Lists page, and a
stored segment that no longer parses is left out rather than offered broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget
from shiboken6 import isValid

from app.storage.pipeline.board import LEAD_TYPES, SOURCES, BoardFilter
from app.ui.jobs import Job, JobContext
from app.ui.widgets.focus import tab_chain

if TYPE_CHECKING:
    from app.core.segments import Segment
    from app.storage.database import Database

#: Wait this long after the last keystroke before filtering by the search.
SEARCH_DEBOUNCE_MS = 250


@dataclass
class FilterChoices:
    """The pick lists' entries: (id, name), segments with their parsed definition."""

    owners: list[tuple[int, str]] = field(default_factory=list)
    lists: list[tuple[int, str]] = field(default_factory=list)
    segments: list[tuple[int, str, Segment]] = field(default_factory=list)


def read_choices(database: Database) -> FilterChoices:
    """Read the pick lists (runs in a read job)."""
    from app.core.segments import SegmentError, parse_segment
    from app.storage.contacts.choices import reps
    from app.storage.lists import static_lists
    from app.storage.segments import saved_segments

    choices = FilterChoices()
    with database.reading() as conn:
        choices.owners = [(c.id, c.name) for c in reps(conn)]
        choices.lists = static_lists(conn)
        for info in saved_segments(conn):
            try:
                choices.segments.append((info.id, info.name, parse_segment(info.definition)))
            except SegmentError:
                continue
    return choices


class BoardFilters(QWidget):
    """The filter bar above the board.

    Signals:
        changed: the filters changed; carries the new :class:`BoardFilter`.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: dict[int, Segment] = {}
        self._quiet = False
        self.owner = self._combo("boardOwnerFilter", self.tr("Owner"))
        self.list = self._combo("boardListFilter", self.tr("List"))
        self.segment = self._combo("boardSegmentFilter", self.tr("Segment"))
        self.source = self._combo("boardSourceFilter", self.tr("Source"))
        self.lead_type = self._combo("boardLeadTypeFilter", self.tr("Lead type"))
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setAccessibleName(self.tr("Search the board"))
        self.search.setPlaceholderText(self.tr("Search name, email, company, title…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in (self.owner, self.list, self.segment, self.source, self.lead_type):
            layout.addWidget(combo, 1)
        # The search box is drawn first (left), though made last.
        tab_chain(self.search, self.owner, self.list, self.segment, self.source, self.lead_type)
        self._fill_fixed()
        self.set_choices(FilterChoices())

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Short enough that five filters, the total and Stages… fit a 1280-pixel window in
        # every language; longer choices are elided in the box and shown whole in the list.
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(lambda _i: self._emit())
        return combo

    def _fill_fixed(self) -> None:
        self._quiet = True
        try:
            words = {
                "inbound": self.tr("Inbound"),
                "outbound": self.tr("Outbound"),
                "referral": self.tr("Referral"),
                "seed": self.tr("Seeds (referrals)"),
                "net": self.tr("Nets (marketing)"),
                "spear": self.tr("Spears (outbound)"),
            }
            self.source.addItem(self.tr("Any source"), None)
            for code in SOURCES:
                self.source.addItem(words[code], code)
            self.lead_type.addItem(self.tr("Any lead type"), None)
            for code in LEAD_TYPES:
                self.lead_type.addItem(words[code], code)
        finally:
            self._quiet = False

    def load(self, database: Database | None) -> None:
        """Read the pick lists of ``database`` in the background."""
        if database is None:
            self.set_choices(FilterChoices())
            return

        def work(_ctx: JobContext) -> FilterChoices:
            return read_choices(database)

        def done(choices: FilterChoices) -> None:
            if isValid(self):  # the page may have been closed while the job ran
                self.set_choices(choices)

        job: Job[Any] = Job(None, work, on_success=done, title=self.tr("Read the board's filters"))
        job.start()

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the owner, list and segment pickers, keeping what was picked if it is there."""
        self._quiet = True
        try:
            self._segments = {sid: segment for sid, _name, segment in choices.segments}
            for combo, everything, entries in (
                (self.owner, self.tr("All owners"), choices.owners),
                (self.list, self.tr("All lists"), choices.lists),
                (self.segment, self.tr("All segments"), [(s, n) for s, n, _ in choices.segments]),
            ):
                picked = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for entry_id, name in entries:
                    combo.addItem(name, entry_id)
                found = combo.findData(picked) if picked is not None else 0
                combo.setCurrentIndex(max(found, 0))
        finally:
            self._quiet = False

    def board_filter(self) -> BoardFilter:
        """The filters as picked now."""
        segment_id = self.segment.currentData()
        return BoardFilter(
            owner_id=self.owner.currentData(),
            list_id=self.list.currentData(),
            segment=self._segments.get(segment_id) if segment_id is not None else None,
            source=self.source.currentData(),
            lead_type=self.lead_type.currentData(),
            search=self.search.text().strip(),
        )

    def clear(self) -> None:
        """Show everything again (one ``changed``)."""
        self._quiet = True
        try:
            for combo in (self.owner, self.list, self.segment, self.source, self.lead_type):
                combo.setCurrentIndex(0)
            self.search.clear()
            self._timer.stop()
        finally:
            self._quiet = False
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.board_filter())


__all__ = ["BoardFilters", "FilterChoices", "read_choices"]
