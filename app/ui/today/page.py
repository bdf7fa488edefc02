"""The Today page: the rep's queue for the day and the call panel, driven by the keyboard.

Layout: who the queue belongs to (a rep picker) and the day's progress against the goal
on top, the queue's table, and the call panel beside it once an item is opened. The queue
is read in a background job (``today``, the items' companies and scripts, the touches
logged today); completing an item is a write job whose change is broadcast, and the page
reloads from the broadcast like any other page, keeping the selection on the same row, so
the next item comes up.

Who am I: the rep is chosen once per machine (``settings.TODAY_REP``, by address). With
one active rep nothing needs choosing; with several and none chosen, the picker asks.
Picking a rep remembers them as this machine's rep, unless the remembered rep is a
manager: a manager looks at anyone's Today from the same picker and stays who they are.

Keys (on the queue and the panel; a text field keeps its letters): J/K next/previous,
Enter opens the panel, C calls, D done, S skip, 1-9 a call's outcome
(:data:`~app.ui.today.panel.DISPOSITIONS`), Esc closes the panel, ? shows the keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.adapters.clock import Clock, SystemClock
from app.adapters.urls import CALL_SCHEMES, UrlError, UrlHandler, UrlOpener
from app.core.ops import Changes
from app.storage.cadences import (
    RepAdded,
    TodayItem,
    complete,
)
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.reps.dialog import RepDialog
from app.ui.theme import set_tone
from app.ui.today.claims import TodayClaims, my_rep_id
from app.ui.today.followups import TodayFollowUps, WhenDialog
from app.ui.today.keys import DIGIT_OUTCOMES, key_action
from app.ui.today.loading import FIRST_PAGE, TodayLoad, load_today
from app.ui.today.messages import error_text, outcome_label
from app.ui.today.model import COLUMNS, TodayModel
from app.ui.today.panel import DISPOSITIONS, CallPanel
from app.ui.widgets.claims import ClaimKeeper
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from app.storage.database import Database


#: Tables whose changes can change the queue or the day's count.
_QUEUE_TABLES = ("tasks", "activities", "enrollments", "contacts", "reps", "suppressions")


class TodayPage(Page):
    """Where the rep works the steps due today, one prospect at a time.

    Args:
        parent: The parent widget.
        clock: What "now" is (tests fix it); the system clock by default.
        opener: Opens dial links (tests record them); the operating system's by default.

    Attributes:
        last_job: The most recent job the page started (tests wait on it).
        load: The data shown (the last load that finished).

    Signals:
        loaded: a load finished and is on screen.
    """

    loaded = Signal()
    key = "today"
    icon = QStyle.StandardPixmap.SP_MediaPlay

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        opener: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self._opener = opener
        self.last_job: Job[object] | None = None
        self.load = TodayLoad()
        self.workspace: QWidget | None = None
        self._shown_db: Database | None = None
        self._viewed = ""  # the rep looked at in this session (address), else the setting
        self._loading = False
        self._reload_pending = False
        self._completing = False
        change_bus().changed.connect(self._on_changes)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        workspace = QWidget(self)
        workspace.setObjectName("todayWorkspace")
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Today for:"), workspace))
        self.rep_combo = QComboBox(workspace)
        self.rep_combo.setObjectName("repCombo")
        self.rep_combo.setAccessibleName(self.tr("Today for"))
        self.rep_combo.setMinimumWidth(240)
        self.rep_combo.activated.connect(self._on_rep_picked)
        top.addWidget(self.rep_combo)
        top.addStretch(1)
        self.goal_label = QLabel(workspace)
        self.goal_label.setObjectName("goalLabel")
        top.addWidget(self.goal_label)
        self.goal_bar = QProgressBar(workspace)
        self.goal_bar.setObjectName("goalBar")
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setMaximumWidth(160)
        top.addWidget(self.goal_bar)
        self.help_button = QPushButton(self.tr("Keys (?)"), workspace)
        self.help_button.setObjectName("keyHelpButton")
        self.help_button.setToolTip(self._key_help_text())
        self.help_button.clicked.connect(self.toggle_key_help)
        top.addWidget(self.help_button)
        layout.addLayout(top)
        self.followups = TodayFollowUps(self, self)
        layout.addWidget(self.followups.bar)

        self.key_help = QLabel(self._key_help_text(), workspace)
        self.key_help.setObjectName("keyHelp")
        self.key_help.setWordWrap(True)
        self.key_help.setStyleSheet(
            "QLabel#keyHelp { background: palette(alternate-base); padding: 6px; }"
        )
        self.key_help.hide()
        layout.addWidget(self.key_help)
        self.problem_label = QLabel(workspace)
        self.problem_label.setObjectName("todayProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "color: {problem};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.model = TodayModel(self)
        self.table = QTableView(workspace)
        self.table.setObjectName("todayTable")
        self.table.setAccessibleName(self.tr("Today's queue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Never narrower than the column's title or, for "due", its words: Russian
        # "Просрочено" is wider than "Overdue".
        metrics = header.fontMetrics()
        due_words = (
            QCoreApplication.translate("TodayWords", "Overdue"),
            QCoreApplication.translate("TodayWords", "New lead"),
        )
        for column, width in enumerate((80, 190, 70, 45, 140)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = (title, *due_words) if column == 0 else (title,)
            fit = max(metrics.horizontalAdvance(w) for w in words) + 24
            header.resizeSection(column, max(width, fit))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _index: self.open_panel())
        self.table.installEventFilter(self)

        self.queue_message = QLabel(workspace)
        self.queue_message.setObjectName("queueMessage")
        self.queue_message.setWordWrap(True)
        self.queue_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_stack = QStackedWidget(workspace)
        self.queue_stack.addWidget(self.table)
        self.queue_stack.addWidget(self.queue_message)

        self.panel = CallPanel(workspace)
        self.panel.call_requested.connect(self.call_current)
        self.panel.outcome_chosen.connect(self.complete_current)
        self.panel.close_requested.connect(self.close_panel)
        self.panel.hide()
        self.claims = ClaimKeeper(self, TodayClaims(self, self.panel))
        self.claims.claimed.connect(self._dial_if_waiting)

        splitter = QSplitter(Qt.Orientation.Horizontal, workspace)
        splitter.setObjectName("todaySplitter")
        splitter.addWidget(self.queue_stack)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        # The queue keeps most of the width; the panel needs about a third of a laptop's.
        splitter.setSizes([760, 380])
        layout.addWidget(splitter, 1)

        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace

    def _key_help_text(self) -> str:
        lines = [
            self.tr("J / K: next / previous item"),
            self.tr("Enter: open the call panel · Esc: close it"),
            self.tr("C: call · D: done · S: skip · Z: snooze · N: note · T: task or reminder"),
            self.tr("M: open a message step's profile · P: power hour (calls one after another)"),
            self.tr("E: write an email (a cadence email step opens ready to review and send)"),
            self.tr("In a call: %1").replace(
                "%1", " · ".join(f"{d} {outcome_label(code)}" for d, code in DISPOSITIONS)
            ),
            self.tr("?: show or hide these keys"),
        ]
        return "\n".join(lines)

    # --- database and rep -----------------------------------------------------------------

    def refresh(self) -> None:
        """Load the queue of the open database (or explain that one must be opened)."""
        db = self.context.database
        if db is None:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("Nothing due today"),
                self.tr(
                    "Your calls, emails and LinkedIn touches for the day appear here, "
                    "ordered by priority and each prospect's local time, once a database "
                    "is open."
                ),
            )
            self._shown_db = None
            return
        if self.workspace is None:
            self._build()
        if self._shown_db is not db:
            self._shown_db = db
            self._viewed = ""
            self.load = TodayLoad()
            self.claims.reset()
            assert self.workspace is not None
            self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("Nothing due today"), self.tr("Reading today's queue…")
            )
        self.reload()

    @property
    def database(self) -> Database | None:
        """The open database."""
        return self.context.database

    def reload(self, *, whole: bool = False) -> Job[object] | None:
        """Re-read the reps, the queue and the day's count in a background job.

        The queue's first page is read first, so the page paints at once; when there is
        more, a second read brings the whole queue (``whole``) and the selection stays.
        """
        db = self.database
        if db is None or self.workspace is None:
            return None
        if self._loading:
            self._reload_pending = True
            return self.last_job
        self._loading = True
        wanted = self._viewed or settings.TODAY_REP.get()
        clock = self.clock
        limit = None if whole else FIRST_PAGE
        rest: list[bool] = []

        def work(ctx: JobContext) -> TodayLoad:
            return load_today(db, wanted, clock, ctx, limit=limit)

        def done(result: object) -> None:
            if isinstance(result, TodayLoad) and self.database is db:
                self._show(result)
                self.followups.after_load()
                self.loaded.emit()
                rest.append(not result.complete)

        def ended(*_args: object) -> None:
            self._loading = False
            if self._reload_pending:
                self._reload_pending = False
                self.reload()
            elif rest and rest[0]:
                self.reload(whole=True)

        job: Job[object] = Job(self, work, on_success=done, title=self.tr("Load today's queue"))
        job.finished.connect(ended)
        job.failed.connect(ended)
        job.cancelled.connect(ended)
        self.last_job = job
        return job.start()

    def _show(self, load: TodayLoad) -> None:
        self.load = load
        if not load.reps:
            self._show_no_reps()
            return
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        self._fill_reps(load)
        self.model.set_claims(load.claims, my_rep_id(load))
        self.table.setColumnHidden(COLUMNS.index("claimed"), not self.claims.active)
        if load.rep is None:
            self.model.set_items(())
            self.goal_label.clear()
            self.goal_bar.hide()
            self.queue_message.setText(
                self.tr(
                    "Who are you? Pick yourself in the list above; this computer remembers "
                    "it. A manager can look at any rep's day from the same list."
                )
            )
            self.queue_stack.setCurrentWidget(self.queue_message)
            self.close_panel()
            return
        goal = max(settings.DAILY_GOAL.get(), 1)
        self.goal_label.setText(
            self.tr("%1 of %2 touches today")
            .replace("%1", self.locale().toString(load.touches))
            .replace("%2", self.locale().toString(goal))
        )
        self.goal_bar.setRange(0, goal)
        self.goal_bar.setValue(min(load.touches, goal))
        self.goal_bar.show()
        self._set_items(load.items)

    def _show_no_reps(self) -> None:
        if self.workspace is not None:
            self.workspace.hide()
        self.empty_state.show()
        self.empty_state.set_content(
            self.tr("Who are you?"),
            self.tr(
                "Today shows one rep's queue: the calls, emails and touches due for the "
                "prospects they enrolled in a cadence. This database has no reps yet: add "
                "yourself (your name, address, time zone and country), then enroll "
                "prospects from the Lists page."
            ),
            self.tr("Add me…"),
        )

    def on_action(self) -> None:
        """The empty state's button: with no reps, add the person at this computer."""
        if self.database is not None and not self.load.reps:
            self.add_me()

    def add_me(self) -> RepDialog | None:
        """Ask who uses this computer, add them as a rep and show their queue."""
        db = self.database
        if db is None:
            return None
        dialog = RepDialog(db, None, self)

        def saved(result: object) -> None:
            if isinstance(result, RepAdded) and result.rep.email:
                settings.TODAY_REP.set(result.rep.email)
            self.reload()

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def _fill_reps(self, load: TodayLoad) -> None:
        roles = {"sdr": self.tr("SDR"), "ae": self.tr("AE"), "manager": self.tr("Manager")}
        combo = self.rep_combo
        combo.blockSignals(True)
        combo.clear()
        if load.rep is None:
            combo.addItem(self.tr("Choose who you are…"), "")
        for rep in load.reps:
            if not rep.active and rep != load.rep:
                continue
            combo.addItem(f"{rep.name} ({roles.get(rep.role, rep.role)})", rep.email or "")
        combo.setCurrentIndex(max(combo.findData(load.rep.email if load.rep else ""), 0))
        combo.blockSignals(False)

    def _on_rep_picked(self, index: int) -> None:
        email = str(self.rep_combo.itemData(index) or "")
        if not email:
            return
        saved = settings.TODAY_REP.get().strip().lower()
        remembered = next((r for r in self.load.reps if (r.email or "").lower() == saved), None)
        # A manager looks at others' days and stays who they are; anyone else picking a
        # rep says who uses this computer.
        if remembered is None or remembered.role != "manager":
            settings.TODAY_REP.set(email)
        self._viewed = email
        self.close_panel()
        self.model.set_items(())  # the other rep's queue starts at its top
        self.reload()

    # --- the queue ------------------------------------------------------------------------

    def _set_items(self, items: tuple[TodayItem, ...]) -> None:
        current = self.current_item()
        row = self.table.currentIndex().row()
        self.model.set_items(items)
        if not items:
            self.queue_message.setText(
                self.tr(
                    "Nothing due today. New steps appear here when they fall due; enroll "
                    "prospects in a cadence to fill tomorrow's queue."
                )
            )
            self.queue_stack.setCurrentWidget(self.queue_message)
            self.panel.show_item(None, None)
            return
        self.queue_stack.setCurrentWidget(self.table)
        # The same item if it is still there; else the row it was on: the next item.
        keep = self.model.row_of(current.id) if current is not None else -1
        self.select_row(keep if keep >= 0 else min(max(row, 0), len(items) - 1))

    def current_item(self) -> TodayItem | None:
        """The selected item, or None."""
        if self.workspace is None:
            return None
        return self.model.item(self.table.currentIndex().row())

    def select_row(self, row: int) -> None:
        """Make ``row`` the current row (clamped to the table)."""
        count = self.model.rowCount()
        if count == 0:
            return
        row = min(max(row, 0), count - 1)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        self._show_current()

    def step_selection(self, step: int) -> None:
        """Select the next (1) or previous (-1) item."""
        self.select_row(max(self.table.currentIndex().row(), 0) + step)

    def _show_current(self) -> None:
        item = self.current_item()
        if self.panel.isVisible() or item is None:
            self.panel.show_item(item, self.load.details.get(item.id) if item else None)
        self.panel.set_writable(not self.context.read_only)
        shown = self.panel.item if self.panel.isVisible() else None
        self.claims.follow(shown.contact_id if shown is not None else None)

    def open_panel(self) -> None:
        """Show the call panel for the selected item; if it shows it already, go to the note.

        The keys stay on the queue when the panel opens (J/K, C, digits); a second Enter
        moves to the note field, and Esc comes back.
        """
        item = self.current_item()
        if item is None:
            return
        if self.panel.isVisible() and self.panel.item is not None and self.panel.item.id == item.id:
            self.panel.note_edit.setFocus()
            return
        self.panel.show()
        self._show_current()

    def close_panel(self) -> None:
        """Hide the call panel; the keys go back to the queue."""
        if self.workspace is None:
            return
        self.panel.stop_timer()
        self.panel.hide()
        self.claims.follow(None)
        self.table.setFocus()

    def toggle_key_help(self) -> None:
        """Show or hide the list of keys."""
        self.key_help.setVisible(not self.key_help.isVisible())

    def show_problem(self, text: str) -> None:
        """Say what went wrong above the queue (empty text hides it)."""
        self._problem(text)

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # --- calling and completing -----------------------------------------------------------

    def url_handler(self) -> UrlHandler:
        """Dials through the injected opener, else the operating system's."""
        if self._opener is None:
            from app.ui.urls import qt_open_url

            self._opener = qt_open_url
        return UrlHandler(self._opener)

    def call_current(self) -> bool:
        """Dial the selected call (tel:, sip: or callto: per the setting); start the timer.

        Returns:
            True when a dial link was handed to the system. A do-not-contact prospect,
            one without a usable number, or an item that is not a call is refused, and
            the panel says why.
        """
        item = self.current_item()
        if item is None or item.channel != "call":
            return False
        if not self.panel.isVisible():
            self.open_panel()
        if self.claims.pending:  # dials once the lease is ours (or says who is on it)
            self.claims.call_when_claimed = True
            return False
        if not self.panel.can_dial or item.phone is None:
            return False  # the panel's warning says why
        scheme = settings.CALL_URL_SCHEME.get()
        scheme = scheme if scheme in CALL_SCHEMES else "tel"
        try:
            opened = self.url_handler().call(item.phone, scheme=scheme)
        except UrlError as error:
            self._problem(error_text(error))
            return False
        if not opened:
            self._problem(
                self.tr("No program on this computer handles %1: links.").replace("%1", scheme)
            )
            return False
        self._problem("")
        self.panel.start_timer()
        self.followups.power.dialled()
        return True

    def _dial_if_waiting(self, contact_id: int) -> None:
        item = self.current_item()
        if self.claims.call_when_claimed and item is not None and item.contact_id == contact_id:
            self.claims.call_when_claimed = False
            self.call_current()

    def complete_current(self, outcome: str, note: str = "") -> Job[object] | None:
        """Close the selected item with ``outcome`` in a write job.

        The job's result carries the change, which the job broadcasts; the page reloads
        from the broadcast and the next item comes up.
        """
        item = self.current_item()
        db = self.database
        if item is None or db is None or self._completing or self.context.read_only:
            return None
        callback_at = None
        if outcome == "call_back_later":
            dialog = WhenDialog(self, self.tr("Call back"), item, self.clock.now())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            callback_at = dialog.moment()
        now = self.clock.now()
        # The call's length, when it was dialled from here (the timer runs from Call).
        seconds = self.panel.elapsed_seconds if self.panel.is_timing else None
        seconds = seconds if item.channel == "call" else None
        self._completing = True
        self.panel.set_busy(True)

        def work(_ctx: JobContext) -> object:
            return complete(
                db, item.id, outcome, note or None, now,
                duration_seconds=seconds, callback_at=callback_at,
            )  # fmt: skip

        def ended(*_args: object) -> None:
            self._completing = False
            self.panel.set_busy(False)

        def failed(error: BaseException) -> None:
            self._problem(error_text(error))
            self.reload()

        job: Job[object] = Job(
            self, work, on_failure=failed, title=self.tr("Log the outcome"), writes=True
        )
        job.finished.connect(lambda _result: self._problem(""))
        job.finished.connect(lambda _result: self.followups.power.logged(outcome, seconds or 0))
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(ended)
        self.last_job = job
        started = job.with_progress(self.tr("Saving the outcome…")).start()
        self._show_next_at_once(item)
        return started

    def _show_next_at_once(self, done: TodayItem) -> None:
        """Put the next prospect up while the outcome is saved (the rep's rhythm must not
        wait for the write and the reload); a failed save reloads the queue as it was."""
        row = self.model.remove_item(done.id)
        if row < 0:
            return
        if self.model.rowCount() == 0:
            self._set_items(())
            return
        self.select_row(min(row, self.model.rowCount() - 1))

    def _on_changes(self, changes: Changes) -> None:
        if self.workspace is not None and self.database is not None:
            if any(changes.touches(table) for table in _QUEUE_TABLES):
                self.reload()

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The queue's keys come here before the table's own (it would search by letter)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the panel's buttons pass up (a text field keeps its own)."""
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one of the page's keys; False for any other key."""
        if self.workspace is None or not self.workspace.isVisible():
            return False
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = int(event.key())
        text = event.text().lower()
        action = key_action(key, text)
        if action is None and key in DIGIT_OUTCOMES and self.panel.isVisible():
            self._choose(DIGIT_OUTCOMES[key])
            return True
        if action == "close" and self.panel.note_edit.hasFocus():
            self.table.setFocus()
        elif action == "close" and self.panel.isVisible():
            self.close_panel()
        elif action is not None and action in self._actions:
            self._actions[action]()
        else:
            return False
        return True

    @property
    def _actions(self) -> dict[str, Callable[[], object]]:
        return {
            "help": self.toggle_key_help,
            "next": lambda: self.step_selection(1),
            "previous": lambda: self.step_selection(-1),
            "open": self.open_panel,
            "call": self.call_current,
            "done": lambda: self._choose("done"),
            "skip": lambda: self._choose("skipped"),
            "snooze": self.followups.snooze_current,
            "note": self.followups.note_current,
            "task": self.followups.task_current,
            "message": self.followups.message_current,
            "email": self.followups.email_current,
            "power": self.followups.toggle_power_hour,
        }

    def run_key_command(self, command: str) -> bool:
        """Do what a key does (the command palette's entries for the queue's keys)."""
        run = {**self._actions, "close": self.close_panel}.get(command)
        outcome = command.startswith("outcome:")
        if self.workspace is None or not self.workspace.isVisible() or not (run or outcome):
            return False
        self.table.setFocus()
        if run is None:
            self._choose(command.removeprefix("outcome:"))
        else:
            run()
        return True

    def _choose(self, code: str) -> None:
        item = self.current_item()
        if item is None:
            return
        if self.panel.item is None or self.panel.item.id != item.id:
            self.panel.show_item(item, self.load.details.get(item.id))
        self.panel.choose(code)
