"""The command palette: a search box over a result list, opened with Ctrl+K.

Typing filters the menus' actions and the pages' keys at once (word starts, case and
accents ignored); lists, segments and cadences are read once when the palette opens and
filtered the same way; contacts are searched in the full-text index in a read job,
debounced, twenty at most, so typing never waits for the database. Up/Down (and Page
Up/Down) move through the results, Enter runs the current one, Esc closes.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.jobs import Job, JobContext
from app.ui.palette.entries import (
    KINDS,
    PaletteEntry,
    action_entries,
    key_entries,
    section_name,
)
from app.ui.palette.matching import match_score
from app.ui.palette.model import PaletteDelegate, PaletteModel
from app.ui.palette.page_keys import all_page_keys
from app.ui.palette.search import ContactHit, NamedRecord, find_contacts, read_names

if TYPE_CHECKING:
    from app.storage.database import Database

log = logging.getLogger(__name__)

#: Wait this long after the last keystroke before searching contacts.
CONTACT_DEBOUNCE_MS = 120
#: How many results show without scrolling.
VISIBLE_ROWS = 12
#: A match found only through the section's name ("today next") ranks after title matches.
_SECTION_PENALTY = 50


class PaletteHost(Protocol):
    """What the palette needs of the main window."""

    @property
    def database(self) -> Database | None: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def page_titles(self) -> dict[str, str]: ...

    def run_page_command(self, page: str, command: str) -> None: ...

    def open_record(self, kind: str, record_id: int, name: str, hint: str) -> None: ...


class CommandPalette(QFrame):
    """The palette popup (see the module docstring).

    Args:
        host: the main window (its menus, pages and database).
        parent: the widget the popup is centred on.

    Signals:
        results_changed: the result list was filled again (a keystroke, names or contacts
            arrived).
        contacts_found: a contact search finished and its results are shown.
    """

    results_changed = Signal()
    contacts_found = Signal()

    def __init__(self, host: PaletteHost, parent: QWidget) -> None:
        # A child drawn over the window, not a popup window of its own: it needs no
        # keyboard grab, and it closes when the focus leaves it (like a popup would).
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # A rim in the highlight colour sets it apart from the page under it, light or dark.
        self.setStyleSheet(
            "QFrame#commandPalette { border: 1px solid palette(highlight); border-radius: 4px;"
            " background: palette(window); }"
        )
        self.hide()
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        self.setGraphicsEffect(shadow)
        self.host = host
        self._static: list[PaletteEntry] = []
        self._names: list[NamedRecord] = []
        self._contacts: list[ContactHit] = []
        self._contacts_query = ""
        self._generation = 0
        self._contact_job: Job[list[ContactHit]] | None = None
        self.names_job: Job[list[NamedRecord]] | None = None
        self._return_focus: QWidget | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("paletteSearch")
        self.search.setPlaceholderText(
            self.tr("Type a command, a contact, a list, a segment or a cadence…")
        )
        self.search.setAccessibleName(self.tr("Command palette search"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._on_text)

        self.model = PaletteModel(self)
        self.view = QListView(self)
        self.view.setObjectName("paletteResults")
        self.view.setAccessibleName(self.tr("Command palette results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(PaletteDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search box
        self.view.activated.connect(lambda index: self.run_row(index.row()))
        self.view.clicked.connect(lambda index: self.run_row(index.row()))

        self.hint = QLabel(self._keys_hint(), self)
        self.hint.setObjectName("paletteHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)

        self._contact_timer = QTimer(self)
        self._contact_timer.setSingleShot(True)
        self._contact_timer.setInterval(CONTACT_DEBOUNCE_MS)
        self._contact_timer.timeout.connect(self._search_contacts)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # --- opening and closing --------------------------------------------------------------

    def open(self) -> None:
        """Show the palette over the window, empty, with the actions as they are now."""
        focused = QApplication.focusWidget()
        # Esc gives the focus back to where the user was typing or reading.
        self._return_focus = (
            focused if focused is not None and not self.isAncestorOf(focused) else None
        )
        self._static = [*action_entries(self.host.menuBar()), *self._key_entries()]
        self._names = []
        self._contacts = []
        self._contacts_query = ""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._place()
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        self._refilter()
        self._read_names()

    def _place(self) -> None:
        anchor = self.parentWidget()
        assert anchor is not None
        width = min(640, max(420, anchor.width() - 80))
        self.resize(width, self.height())
        self.move(QPoint((anchor.width() - width) // 2, 48))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the results (up to :data:`VISIBLE_ROWS`), never past the window."""
        anchor = self.parentWidget()
        assert anchor is not None
        row = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(rows * row, self.fontMetrics().height()) + frame)
        self.view.setVisible(rows > 0)
        height = self.sizeHint().height()
        self.resize(self.width(), min(height, max(anchor.height() - 60, 120)))

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A click elsewhere in the window (or another window) takes the focus: close.
        if self.isVisible() and new is not None and not self.isAncestorOf(new):
            self.hide()

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        # A search still running for a closed palette is of no use any more.
        self._contact_timer.stop()
        self._generation += 1
        if self._contact_job is not None:
            self._contact_job.cancel()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _key_entries(self) -> list[PaletteEntry]:
        return key_entries(all_page_keys(), self.host.page_titles(), self.host.run_page_command)

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up/Down, Enter and Esc in the search box drive the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(Qt.Key(event.key())):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, key: Qt.Key) -> bool:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 8,
            Qt.Key.Key_PageUp: -8,
        }
        if key in steps:
            self.move_current(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run_row(self.view.currentIndex().row())
        elif key == Qt.Key.Key_Escape:
            self.hide()
            back = self._return_focus
            if back is not None and isValid(back) and back.isVisible():
                back.setFocus(Qt.FocusReason.PopupFocusReason)
        else:
            return False
        return True

    def move_current(self, step: int) -> None:
        """Move the current result by ``step`` rows (kept inside the list)."""
        count = self.model.rowCount()
        if count == 0:
            return
        row = max(0, min(count - 1, self.view.currentIndex().row() + step))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current_entry(self) -> PaletteEntry | None:
        """The result Enter would run."""
        return self.model.entry(self.view.currentIndex().row())

    def run_row(self, row: int) -> None:
        """Close the palette and run the entry on ``row``."""
        entry = self.model.entry(row)
        if entry is None:
            return
        self.hide()
        # After the popup has gone: a dialog the action opens gets the focus back.
        QTimer.singleShot(0, entry.run)

    # --- filtering ------------------------------------------------------------------------

    def _on_text(self, _text: str) -> None:
        self._refilter()
        self._contact_timer.start()

    def _refilter(self) -> None:
        query = self.search.text()
        scored: list[tuple[int, int, int, PaletteEntry]] = []
        for order, entry in enumerate([*self._static, *self._name_entries()]):
            score = match_score(query, entry.title)
            if score is None:
                found = match_score(query, f"{entry.section} {entry.title}")
                score = None if found is None else found + _SECTION_PENALTY
            if score is not None:
                scored.append((score, KINDS.index(entry.kind), order, entry))
        scored.sort(key=lambda item: item[:3])
        results = [item[3] for item in scored]
        if self._contacts_query == query.strip():
            results += self._contact_entries()
        current = self.current_entry()
        self.model.set_entries(results)
        keep = next(
            (r for r, e in enumerate(results) if current is not None and e.ident == current.ident),
            0,
        )
        if results:
            self.view.setCurrentIndex(self.model.index(keep if query else 0, 0))
        if results or not query.strip():
            self.hint.setText(self._keys_hint())
        elif self.host.database is not None and self._contacts_query != query.strip():
            self.hint.setText(self.tr("Searching contacts…"))
        else:
            self.hint.setText(self.tr("Nothing found for “%1”").replace("%1", query.strip()))
        if self.isVisible():
            self._fit_height()
        self.results_changed.emit()

    def _keys_hint(self) -> str:
        return self.tr("↑ ↓ move · Enter runs · Esc closes")

    def _name_entries(self) -> list[PaletteEntry]:
        host = self.host
        return [
            PaletteEntry(
                record.kind,
                record.name,
                "",
                section_name(record.kind),
                partial(host.open_record, record.kind, record.id, record.name, record.name),
                f"{record.kind}:{record.id}",
            )
            for record in self._names
        ]

    def _contact_entries(self) -> list[PaletteEntry]:
        host = self.host
        return [
            PaletteEntry(
                "contact",
                hit.name or hit.email,
                hit.company or hit.email,
                section_name("contact"),
                partial(host.open_record, "contact", hit.id, hit.name, hit.email or hit.name),
                f"contact:{hit.id}",
            )
            for hit in self._contacts
        ]

    # --- reading --------------------------------------------------------------------------

    def _read_names(self) -> None:
        db = self.host.database
        if db is None:
            return

        def done(names: list[NamedRecord]) -> None:
            if self.host.database is db and self.isVisible():
                self._names = names
                self._refilter()

        self.names_job = Job(
            self.window(),
            lambda _ctx: read_names(db),
            on_success=done,
            on_failure=lambda error: log.warning("palette: names not read: %s", error),
            title=self.tr("Read lists, segments and cadences"),
        ).start()

    def _search_contacts(self) -> None:
        db = self.host.database
        query = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if self._contact_job is not None:
            self._contact_job.cancel()
        if db is None or not query:
            self._contacts, self._contacts_query = [], query
            self._refilter()
            return

        def work(ctx: JobContext) -> list[ContactHit]:
            return find_contacts(db, query, ctx)

        def done(hits: list[ContactHit]) -> None:
            if generation == self._generation and self.isVisible():
                self._contacts, self._contacts_query = hits, query
                self._refilter()
                self.contacts_found.emit()

        self._contact_job = Job(
            self.window(),
            work,
            on_success=done,
            on_failure=lambda error: log.warning("palette: contact search failed: %s", error),
            title=self.tr("Search contacts"),
        ).start()
