"""The call panel: one prospect at a time, with what to say, a Call button and the outcomes.

The panel only shows and asks: the page decides. It says who the prospect is (name,
company, number in E.164), what time it is at theirs and whether a call may be placed now
(with the next good time when not), the step's script and instructions, and takes a
note. Call and the outcome buttons emit signals; the page dials through the URL adapter
and completes the item in a write job. A do-not-contact prospect cannot be dialled: Call
is disabled and the panel says why.

The digit keys give a call's outcome (:data:`DISPOSITIONS`); for "call back later" the
page asks when, in the prospect's time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.cadences import ItemDetail, TodayItem
from app.ui.locale_format import short_time
from app.ui.theme import set_tone
from app.ui.today.messages import (
    availability_text,
    channel_label,
    local_time_text,
    outcome_label,
    reason_label,
    step_text,
    viewer_time,
)

#: Digit key -> a call's outcome; ``call_back_later`` asks when (the page does).
DISPOSITIONS: tuple[tuple[str, str], ...] = (
    ("1", "connected"),
    ("2", "no_answer"),
    ("3", "voicemail"),
    ("4", "busy"),
    ("5", "wrong_number"),
    ("6", "gatekeeper"),
    ("7", "not_interested"),
    ("8", "meeting_booked"),
    ("9", "call_back_later"),
)

#: What stands in the way of dialling at all (a warning only, for calling hours).
BLOCKING = ("do_not_contact", "no_phone")


class CallPanel(QFrame):
    """The side panel of the Today page for the selected item.

    Signals:
        call_requested: the user clicked Call.
        outcome_chosen: an outcome button was clicked; carries (outcome code, note). A
            call-back arrives as ``call_back_later`` (the page asks when).
        close_requested: the user closed the panel.
    """

    call_requested = Signal()
    outcome_chosen = Signal(str, str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # No fixed minimum width: the outcome buttons' texts (in any language) set it.
        self.item: TodayItem | None = None
        self._busy = False
        self._writable = True
        self._claimed_by: str | None = None
        self._elapsed = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_elapsed)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("panelName")
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        top.addWidget(self.name_label, 1)
        close = QPushButton("×", self)
        close.setObjectName("panelClose")
        close.setFlat(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_requested)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.company_label = self._label("panelCompany")
        self.step_label = self._label("panelStep")
        self.phone_label = self._label("panelPhone")
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_label = self._label("panelLocalTime")
        self.warning_label = self._label("panelWarning")
        set_tone(self.warning_label, "color: {problem};")
        # Another rep's lease on the prospect (team mode): nothing may be dialled or logged.
        self.claim_label = self._label("panelClaim")
        set_tone(
            self.claim_label,
            "QLabel#panelClaim {{ color: {warning}; background: {warning_background};"
            " border-radius: 4px; padding: 4px 8px; }}",
        )
        self.claim_label.hide()
        layout.addWidget(self.claim_label)
        for label in (
            self.company_label,
            self.step_label,
            self.phone_label,
            self.local_label,
            self.warning_label,
        ):
            layout.addWidget(label)

        self.script_label = self._label("panelScript")
        self.script_label.setTextFormat(Qt.TextFormat.PlainText)
        self.script_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.script_label.setStyleSheet(
            "QLabel#panelScript { background: palette(alternate-base); padding: 6px; }"
        )
        layout.addWidget(self.script_label)

        layout.addWidget(QLabel(self.tr("Note:"), self))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("panelNote")
        self.note_edit.setPlaceholderText(self.tr("What was said, what to do next…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        layout.addWidget(self.note_edit)

        call_row = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Call (C)"), self)
        self.call_button.setObjectName("callButton")
        self.call_button.clicked.connect(self.call_requested)
        call_row.addWidget(self.call_button)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("callTimer")
        call_row.addWidget(self.timer_label)
        call_row.addStretch(1)
        layout.addLayout(call_row)

        self.outcome_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, (digit, code) in enumerate(DISPOSITIONS):
            button = QPushButton(f"{digit}  {outcome_label(code)}", self)
            button.setObjectName(f"outcome_{code}")
            button.setToolTip(self.tr("Key: %1").replace("%1", digit))
            button.clicked.connect(lambda _=False, c=code: self.choose(c))
            grid.addWidget(button, index // 3, index % 3)
            self.outcome_buttons[code] = button
        layout.addLayout(grid)
        done_row = QHBoxLayout()
        for code, text in (("done", self.tr("Done (D)")), ("skipped", self.tr("Skip (S)"))):
            button = QPushButton(text, self)
            button.setObjectName(f"outcome_{code}")
            button.clicked.connect(lambda _=False, c=code: self.choose(c))
            done_row.addWidget(button)
            self.outcome_buttons[code] = button
        done_row.addStretch(1)
        layout.addLayout(done_row)
        layout.addStretch(1)
        self.show_item(None, None)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # --- content --------------------------------------------------------------------------

    def show_item(self, item: TodayItem | None, detail: ItemDetail | None) -> None:
        """Show ``item`` (None: nothing selected); a new item starts with no note or timer."""
        if item is None or self.item is None or item.id != self.item.id:
            self.note_edit.clear()
            self.stop_timer()
        self.item = item
        if item is None:
            self.name_label.setText(self.tr("Nothing selected"))
            for label in (
                self.company_label,
                self.step_label,
                self.phone_label,
                self.local_label,
                self.warning_label,
                self.script_label,
            ):
                label.clear()
                label.hide()
            self._update_buttons()
            return
        self.name_label.setText(item.name)
        self._set(self.company_label, detail.company if detail else None)
        step = step_text(item)
        where = f"{item.cadence} · {step}" if item.cadence and step else item.cadence or ""
        self._set(
            self.step_label,
            f"{channel_label(item.channel)} · {where}" if where else channel_label(item.channel),
        )
        phone = item.phone or self.tr("no usable phone number")
        reach = self.tr("Phone: %1").replace("%1", phone)
        if item.email:
            reach += "\n" + self.tr("Email: %1").replace("%1", item.email)
        self._set(self.phone_label, reach)
        self._set(self.local_label, self.tr("Their time: %1").replace("%1", local_time_text(item)))
        self._set(self.warning_label, self._warning(item))
        self._set(self.script_label, self._script(item, detail))
        self._update_buttons()

    def _set(self, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))

    def _warning(self, item: TodayItem) -> str:
        if "do_not_contact" in item.why_not:
            return self.tr(
                "Do not contact: this prospect asked not to be contacted, or their email, "
                "domain or phone is on the suppression list. Calling is disabled."
            )
        if item.channel != "call" or item.callable_now:
            return ""
        if "no_phone" in item.why_not:
            return self.tr("No usable phone number: nothing to dial.")
        reasons = ", ".join(reason_label(code, item.holiday_name) for code in item.why_not)
        if item.next_good_time is not None:
            return (
                self.tr("Not a good time to call (%1). Next good time: %2 (your time).")
                .replace("%1", reasons)
                .replace("%2", viewer_time(item.next_good_time))
            )
        return availability_text(item)

    def _script(self, item: TodayItem, detail: ItemDetail | None) -> str:
        if detail is None:
            return ""
        parts = []
        if detail.script:
            parts.append(self.tr("Script: %1").replace("%1", detail.script))
        if detail.instructions:
            parts.append(self.tr("Instructions: %1").replace("%1", detail.instructions))
        if detail.template and item.channel != "call":
            parts.append(self.tr("Template: %1").replace("%1", detail.template))
        return "\n\n".join(parts)

    # --- state ----------------------------------------------------------------------------

    @property
    def can_dial(self) -> bool:
        """True when the shown item is a call that may be dialled (hours only warn)."""
        item = self.item
        return (
            item is not None
            and item.channel == "call"
            and not self._busy
            and self._claimed_by is None
            and not any(code in item.why_not for code in BLOCKING)
        )

    def set_claim(self, name: str | None, until: dt.datetime | None = None) -> None:
        """Someone else (``name``) is on the shown prospect until ``until``; None: nobody."""
        self._claimed_by = name
        if name is None:
            self.claim_label.clear()
            self.claim_label.hide()
        else:
            text = self.tr("%1 is on this prospect").replace("%1", name)
            if until is not None:
                text += " " + self.tr("(until %1)").replace("%1", short_time(until))
            self.claim_label.setText(text)
            self.claim_label.setToolTip(
                self.tr("Calling and logging are off until their lease ends.")
            )
            self.claim_label.show()
        self._update_buttons()

    @property
    def claimed_by(self) -> str | None:
        """Who else is on the shown prospect, or None."""
        return self._claimed_by

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while the item is being completed (no double logging)."""
        self._busy = busy
        self._update_buttons()

    def set_writable(self, writable: bool) -> None:
        """A read-only database: outcomes cannot be logged (calls still can be placed)."""
        self._writable = writable
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.item
        self.call_button.setEnabled(self.can_dial)
        if item is not None and "do_not_contact" in item.why_not:
            self.call_button.setToolTip(self.tr("Do not contact: calling is disabled."))
        elif self._claimed_by is not None:
            self.call_button.setToolTip(
                self.tr("%1 is on this prospect").replace("%1", self._claimed_by)
            )
        else:
            self.call_button.setToolTip("")
        for code, button in self.outcome_buttons.items():
            button.setEnabled(self.allows(code))
            button.setVisible(item is None or item.channel == "call" or code in ("done", "skipped"))

    def allows(self, code: str) -> bool:
        """Whether outcome ``code`` may be logged for the shown item now.

        A call's outcomes need a call that could be placed: not for a do-not-contact
        prospect, nor for an email or a task.
        """
        item = self.item
        if item is None or self._busy or not self._writable:
            return False
        if self._claimed_by is not None:
            return code == "skipped"  # someone else is on it: only passing it over
        if code in ("done", "skipped"):
            return True
        return item.channel == "call" and not any(c in item.why_not for c in BLOCKING)

    def choose(self, code: str) -> None:
        """Log outcome ``code`` with the note."""
        if not self.allows(code):
            return
        note = self.note_edit.toPlainText().strip()
        self.outcome_chosen.emit(code, note)

    # --- the call timer -------------------------------------------------------------------

    def start_timer(self) -> None:
        """Start timing the call (on Call)."""
        self._elapsed.start()
        self._ticker.start()
        self._show_elapsed()

    def stop_timer(self) -> None:
        """Stop and hide the call timer."""
        self._ticker.stop()
        self._elapsed.invalidate()
        self.timer_label.clear()

    @property
    def is_timing(self) -> bool:
        """A call is being timed (between Call and its outcome)."""
        return self._elapsed.isValid()

    @property
    def elapsed_seconds(self) -> int:
        """Seconds since Call, 0 when no call is being timed."""
        return self._elapsed.elapsed() // 1000 if self._elapsed.isValid() else 0

    def _show_elapsed(self) -> None:
        seconds = self.elapsed_seconds
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
