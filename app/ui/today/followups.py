"""Today's follow-up keys: snooze (Z), note (N), task (T), message step (M), email (E),
power hour (P).

The page owns the queue and the call panel; this module adds what a rep does beside
logging an outcome. Times are asked in the PROSPECT's wall-clock time, with their zone
named, because "call me back at three" means their three o'clock.

E opens the composer: on a cadence email step (one marked "review first", or one the
outbox could not send by itself) it shows that step's email to read, edit and send,
which completes the step; on any other item it writes to the prospect from a template.

The power hour walks through the due calls one after another: after each outcome the
next call that may be placed now is selected and its panel opened (calls outside calling
hours, on a weekend or a holiday are passed over), with counters of dials, connects, talk
time and meetings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.adapters.clock import Clock
from app.adapters.urls import UrlError, UrlHandler
from app.core.templating import RenderedEmail
from app.storage.cadences import TodayItem, add_note, add_task, snooze
from app.ui.jobs import Job, JobContext
from app.ui.mail.compose import queue_composed, queue_reviewed
from app.ui.templates.composer import ComposerDialog
from app.ui.today.loading import TodayLoad
from app.ui.today.messages import error_text
from app.ui.today.panel import CallPanel
from app.ui.widgets.page import PageContext

if TYPE_CHECKING:
    from app.storage.database import Database

#: Call outcomes where a person answered: the power hour's connects.
CONNECTS = frozenset({"connected", "meeting_booked", "not_interested", "call_back_later"})


def zone_of(item: TodayItem) -> ZoneInfo:
    """The prospect's zone (UTC when the stored name is unknown to this computer)."""
    try:
        return ZoneInfo(item.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class WhenDialog(QDialog):
    """Asks for a moment in the prospect's local time, with quick choices.

    Args:
        parent: The parent widget.
        title: The window's title ("Call back", "Snooze").
        item: Whose local time is meant.
        now: The current moment (aware).
    """

    def __init__(self, parent: QWidget | None, title: str, item: TodayItem, now: dt.datetime):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("whenDialog")
        self._zone = zone_of(item)
        self._now = now.astimezone(self._zone)
        layout = QVBoxLayout(self)
        where = self.tr("%1's local time (%2)").replace("%1", item.name)
        layout.addWidget(QLabel(where.replace("%2", item.time_zone), self))
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("whenEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        layout.addWidget(self.edit)
        quick = QHBoxLayout()
        for text, minutes in ((self.tr("In 1 hour"), 60), (self.tr("In 3 hours"), 180)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, m=minutes: self._set_in(m))
            quick.addWidget(button)
        tomorrow = QPushButton(self.tr("Tomorrow 9:00"), self)
        tomorrow.setObjectName("tomorrowButton")
        tomorrow.clicked.connect(self._set_tomorrow)
        quick.addWidget(tomorrow)
        layout.addLayout(quick)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_in(60)

    def _show(self, local: dt.datetime) -> None:
        self.edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def _set_in(self, minutes: int) -> None:
        self._show(self._now + dt.timedelta(minutes=minutes))

    def _set_tomorrow(self) -> None:
        day = self._now.date() + dt.timedelta(days=1)
        self._show(dt.datetime.combine(day, dt.time(9, 0), tzinfo=self._zone))

    def moment(self) -> dt.datetime:
        """The chosen wall-clock time in the prospect's zone, as an aware UTC moment."""
        value = self.edit.dateTime()
        d, t = value.date(), value.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone)
        return local.astimezone(dt.UTC)


class PowerHourBar(QFrame):
    """The counters of a running power hour, with a Stop button."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("powerHourBar")
        self.setStyleSheet("QFrame#powerHourBar { background: palette(alternate-base); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.title = QLabel(self.tr("Power hour"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.counters = QLabel(self)
        self.counters.setObjectName("powerHourCounters")
        layout.addWidget(self.counters, 1)
        stop = QPushButton(self.tr("Stop (P)"), self)
        stop.setObjectName("powerHourStop")
        stop.clicked.connect(self.stop_requested)
        layout.addWidget(stop)

    def show_counts(self, power: PowerHour) -> None:
        """Show the counters as they stand."""
        minutes, seconds = divmod(power.talk_seconds, 60)
        # Labels before numbers: no plural forms to get wrong in any language.
        text = self.tr("Dials: %1 · Connects: %2 · Talk time: %3 · Meetings: %4")
        for number, value in (
            ("%1", str(power.dials)),
            ("%2", str(power.connects)),
            ("%3", f"{minutes}:{seconds:02d}"),
            ("%4", str(power.meetings)),
        ):
            text = text.replace(number, value)
        if power.finished:
            text += " · " + self.tr("no more calls can be placed now")
        self.counters.setText(text)


class PowerHour(QObject):
    """Counters and the walk through the due calls.

    Signals:
        changed: the counters or the state changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self.finished = False
        self.dials = self.connects = self.talk_seconds = self.meetings = 0

    def start(self) -> None:
        """Begin with fresh counters."""
        self.active, self.finished = True, False
        self.dials = self.connects = self.talk_seconds = self.meetings = 0
        self.changed.emit()

    def stop(self) -> None:
        """End it; the counters stay readable."""
        self.active = False
        self.changed.emit()

    def dialled(self) -> None:
        """Count a dial."""
        if self.active:
            self.dials += 1
            self.changed.emit()

    def logged(self, outcome: str, seconds: int) -> None:
        """Count a call's outcome and, for a connect, its talk time."""
        if not self.active:
            return
        if outcome in CONNECTS:
            self.connects += 1
            self.talk_seconds += seconds
        if outcome == "meeting_booked":
            self.meetings += 1
        self.changed.emit()

    def next_row(self, items: tuple[TodayItem, ...]) -> int | None:
        """The row of the first call that may be placed now, or None (then it is finished)."""
        for row, item in enumerate(items):
            if item.channel == "call" and item.callable_now and item.phone:
                self.finished = False
                return row
        self.finished = True
        self.changed.emit()
        return None


class TodayHost(Protocol):
    """What the follow-ups need of the Today page."""

    clock: Clock
    load: TodayLoad
    last_job: Job[object] | None
    panel: CallPanel
    context: PageContext

    @property
    def database(self) -> Database | None: ...

    def current_item(self) -> TodayItem | None: ...

    def select_row(self, row: int) -> None: ...

    def open_panel(self) -> None: ...

    def show_problem(self, text: str) -> None: ...

    def url_handler(self) -> UrlHandler: ...

    def reload(self) -> Job[object] | None: ...


class TodayFollowUps(QObject):
    """The follow-up keys of the Today page (see the module docstring).

    Args:
        page: The Today page.
        widget: The same page as a widget: the parent of dialogs and the power hour bar.
    """

    def __init__(self, page: TodayHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.page = page
        self.widget = widget
        self.power = PowerHour(self)
        self.bar = PowerHourBar(widget)
        self.bar.hide()
        self.bar.stop_requested.connect(self.toggle_power_hour)
        self.power.changed.connect(lambda: self.bar.show_counts(self.power))

    # --- power hour -----------------------------------------------------------------------

    def toggle_power_hour(self) -> None:
        """Start the power hour at the first callable call, or stop it."""
        if self.power.active:
            self.power.stop()
            self.bar.hide()
            return
        self.power.start()
        self.bar.show()
        self._go_to_next_call()

    def after_load(self) -> None:
        """The page showed a new load: in a power hour, go to the next callable call."""
        # Never move away from a call in progress (a colleague's change reloads too).
        if self.power.active and not self.page.panel.is_timing:
            self._go_to_next_call()

    def _go_to_next_call(self) -> None:
        row = self.power.next_row(self.page.load.items)
        if row is not None:
            self.page.select_row(row)
            self.page.open_panel()

    # --- snooze, note, message ------------------------------------------------------------

    def snooze_current(self) -> Job[object] | None:
        """Ask for a time and move the selected item there."""
        item, db = self.page.current_item(), self.page.database
        if item is None or db is None or self.page.context.read_only:
            return None
        dialog = WhenDialog(self.widget, self.tr("Snooze until"), item, self.page.clock.now())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        until, now = dialog.moment(), self.page.clock.now()
        return self._write(lambda _ctx: snooze(db, item.id, until, now), self.tr("Snooze"))

    def note_current(self) -> Job[object] | None:
        """Ask for a note and log it on the selected item's prospect."""
        item, db = self.page.current_item(), self.page.database
        if item is None or db is None or self.page.context.read_only:
            return None
        text, ok = QInputDialog.getMultiLineText(
            self.widget, self.tr("Note"), self.tr("A note on %1:").replace("%1", item.name)
        )
        if not ok or not text.strip():
            return None
        rep = self.page.load.rep
        rep_id, now = (rep.id if rep else None), self.page.clock.now()
        return self._write(
            lambda _ctx: add_note(db, item.contact_id, text, rep_id=rep_id, now=now),
            self.tr("Note"),
        )

    def task_current(self) -> Job[object] | None:
        """Ask for a task or reminder on the selected prospect and when it is due."""
        item, db = self.page.current_item(), self.page.database
        if item is None or db is None or self.page.context.read_only:
            return None
        title, ok = QInputDialog.getText(
            self.widget, self.tr("Task or reminder"), self.tr("What to do for %1:").replace(
                "%1", item.name
            ),
        )  # fmt: skip
        if not ok or not title.strip():
            return None
        dialog = WhenDialog(self.widget, self.tr("Remind me"), item, self.page.clock.now())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        rep = self.page.load.rep
        rep_id, due, now = (rep.id if rep else None), dialog.moment(), self.page.clock.now()
        return self._write(
            lambda _ctx: add_task(db, item.contact_id, title, due, rep_id=rep_id, now=now),
            self.tr("Task"),
        )

    def message_current(self) -> bool:
        """Open a message step's profile (or a search for the prospect) in the browser."""
        item = self.page.current_item()
        if item is None or item.channel != "message":
            return False
        from app.ui.today.claims import someone_else_on

        held = someone_else_on(self.page.load, item.contact_id, self.page.clock.now())
        shown = self.page.panel.item
        on_it = self.page.panel.claimed_by if shown is not None and shown.id == item.id else None
        if held is not None or on_it is not None:
            name = on_it or (held.name if held is not None else "")
            self.page.show_problem(self.tr("%1 is on this prospect").replace("%1", name))
            return False
        detail = self.page.load.details.get(item.id)
        try:
            opened = self.page.url_handler().message(
                detail.network if detail else "",
                phone_e164=item.phone,
                linkedin_url=detail.linkedin_url if detail else None,
                name=item.name,
                company=detail.company if detail else None,
            )
        except UrlError as error:
            self.page.show_problem(error_text(error))
            return False
        self.page.show_problem("" if opened else self.tr("No browser opened the link."))
        return opened

    def email_current(self) -> ComposerDialog | None:
        """Open the composer on the selected item (its step's email, or a template)."""
        item, db = self.page.current_item(), self.page.database
        if item is None or db is None or self.page.context.read_only:
            return None
        if not item.email:
            self.page.show_problem(self.tr("%1 has no email address.").replace("%1", item.name))
            return None
        if "do_not_contact" in item.why_not:
            self.page.show_problem(
                self.tr("%1 is on the do-not-contact list.").replace("%1", item.name)
            )
            return None
        task_id = item.id if item.channel == "email" and item.cadence else None
        self.page.show_problem("")  # an earlier item's problem no longer applies
        dialog = ComposerDialog(db, item.contact_id, parent=self.widget, task_id=task_id)
        clock, parent = self.page.clock, self.widget

        def send(contact_id: int, email: object, queue_only: bool) -> None:
            if not isinstance(email, RenderedEmail):
                return
            if task_id is None:
                job = queue_composed(parent, db, contact_id, email, queue_only=queue_only,
                                     clock=clock)  # fmt: skip
            else:
                job = queue_reviewed(parent, db, task_id, email, queue_only=queue_only,
                                     clock=clock)  # fmt: skip
            self.page.last_job = job

        dialog.send_requested.connect(send)
        dialog.load()
        dialog.open()
        return dialog

    def _write(self, work: Callable[[JobContext], object], title: str) -> Job[object]:
        def failed(error: BaseException) -> None:
            self.page.show_problem(error_text(error))
            self.page.reload()

        job: Job[object] = Job(self.widget, work, on_failure=failed, title=title, writes=True)
        job.finished.connect(lambda _result: self.page.show_problem(""))
        self.page.last_job = job
        return job.start()
