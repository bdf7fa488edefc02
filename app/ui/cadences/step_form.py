"""The form for one cadence step: day, channel, time, and what the rep does or sends.

Only the fields the channel takes are shown (a call has a script, an email a thread and a
template, a message a network), so a step can never carry a field its channel does not
take — the file format refuses that.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.core.cadences import Channel, EmailThread, Network, Step
from app.ui.cadences.models import channel_label


class StepForm(QWidget):
    """Edits one :class:`Step`; emits ``changed`` with the new step on every edit.

    Signals:
        changed: the step as the form now says (a :class:`Step`).
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.day_spin = QSpinBox(self)
        self.day_spin.setObjectName("daySpin")
        self.day_spin.setRange(1, 365)
        self.day_spin.setToolTip(self.tr("Business day of the cadence: 1 is the day of enrolling"))
        form.addRow(self.tr("Day:"), self.day_spin)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        for channel in Channel:
            self.channel_combo.addItem(channel_label(str(channel)), str(channel))
        form.addRow(self.tr("Channel:"), self.channel_combo)
        time_row = QHBoxLayout()
        self.time_box = QCheckBox(self.tr("At"), self)
        self.time_box.setObjectName("timeBox")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setAccessibleName(self.tr("Time (theirs)"))
        self.time_edit.setDisplayFormat("HH:mm")
        time_row.addWidget(self.time_box)
        time_row.addWidget(self.time_edit)
        time_row.addStretch(1)
        form.addRow(self.tr("Time (theirs):"), time_row)
        self.thread_combo = QComboBox(self)
        self.thread_combo.setObjectName("threadCombo")
        self.thread_combo.addItem(self.tr("New thread"), str(EmailThread.NEW))
        self.thread_combo.addItem(self.tr("Reply in the last thread"), str(EmailThread.REPLY))
        form.addRow(self.tr("Thread:"), self.thread_combo)
        self.network_combo = QComboBox(self)
        self.network_combo.setObjectName("networkCombo")
        for network, label in (
            (Network.LINKEDIN, "LinkedIn"),
            (Network.TELEGRAM, "Telegram"),
            (Network.WHATSAPP, "WhatsApp"),
            (Network.WECHAT, self.tr("WeChat")),
        ):
            self.network_combo.addItem(label, str(network))
        form.addRow(self.tr("Network:"), self.network_combo)
        self.template_edit = QLineEdit(self)
        self.template_edit.setObjectName("templateEdit")
        self.template_edit.setPlaceholderText(self.tr("A template's name, or the text itself"))
        form.addRow(self.tr("Template:"), self.template_edit)
        # A short caption (a check box does not wrap: the long one pushed the window past a
        # laptop's width in Russian); the tooltip says what it means.
        self.review_box = QCheckBox(self.tr("Review before sending"))
        self.review_box.setObjectName("reviewBox")
        self.review_box.setToolTip(
            self.tr(
                "Ticked, the email waits in Today until you edit and send it; unticked, it goes "
                "to the outbox by itself when it falls due."
            )
        )
        form.addRow("", self.review_box)
        self.script_edit = QPlainTextEdit(self)
        self.script_edit.setObjectName("scriptEdit")
        self.script_edit.setPlaceholderText(self.tr("What to say on the call"))
        self.script_edit.setMaximumHeight(90)
        form.addRow(self.tr("Script:"), self.script_edit)
        self.instructions_edit = QPlainTextEdit(self)
        self.instructions_edit.setObjectName("instructionsEdit")
        self.instructions_edit.setPlaceholderText(
            self.tr("What the rep does, e.g. voicemail: leave a message and set a reminder")
        )
        self.instructions_edit.setMaximumHeight(90)
        form.addRow(self.tr("Instructions:"), self.instructions_edit)
        self.within_spin = QSpinBox(self)
        self.within_spin.setObjectName("withinSpin")
        self.within_spin.setRange(0, 24 * 60)
        self.within_spin.setSpecialValueText(self.tr("no deadline"))
        self.within_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Within:"), self.within_spin)
        self._form = form
        # Numbers and choices need little room; the texts take the width.
        for narrow in (self.day_spin, self.within_spin):
            narrow.setMaximumWidth(140)
        for combo in (self.channel_combo, self.thread_combo, self.network_combo):
            combo.setMaximumWidth(280)

        for signal in (
            self.day_spin.valueChanged, self.channel_combo.currentIndexChanged,
            self.time_box.toggled, self.time_edit.timeChanged,
            self.thread_combo.currentIndexChanged, self.network_combo.currentIndexChanged,
            self.template_edit.textChanged, self.script_edit.textChanged,
            self.instructions_edit.textChanged, self.within_spin.valueChanged,
            self.review_box.toggled,
        ):  # fmt: skip
            signal.connect(self._emit)
        self.channel_combo.currentIndexChanged.connect(self._show_fields)
        self.time_box.toggled.connect(self.time_edit.setEnabled)
        self._show_fields()

    def set_step(self, step: Step) -> None:
        """Show ``step`` (without emitting ``changed``)."""
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        self.day_spin.setValue(step.day)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(str(step.channel)))
        self.time_box.setChecked(step.time is not None)
        self.time_edit.setEnabled(step.time is not None)
        when = step.time or dt.time(9, 0)
        self.time_edit.setTime(QTime(when.hour, when.minute))
        thread = str(step.thread or EmailThread.NEW)
        self.thread_combo.setCurrentIndex(self.thread_combo.findData(thread))
        network = str(step.network or Network.LINKEDIN)
        self.network_combo.setCurrentIndex(self.network_combo.findData(network))
        self.template_edit.setText(step.template)
        self.script_edit.setPlainText(step.script)
        self.instructions_edit.setPlainText(step.instructions)
        self.within_spin.setValue(step.within_minutes or 0)
        self.review_box.setChecked(step.review)
        del blockers
        self._show_fields()

    def step(self) -> Step:
        """The step the form shows; fields its channel does not take are left empty."""
        channel = Channel(str(self.channel_combo.currentData()))
        when = self.time_edit.time()
        return Step(
            day=self.day_spin.value(),
            channel=channel,
            time=dt.time(when.hour(), when.minute()) if self.time_box.isChecked() else None,
            thread=(
                EmailThread(str(self.thread_combo.currentData()))
                if channel is Channel.EMAIL
                else None
            ),
            network=(
                Network(str(self.network_combo.currentData()))
                if channel is Channel.MESSAGE
                else None
            ),
            template=(
                self.template_edit.text().strip()
                if channel in (Channel.EMAIL, Channel.MESSAGE)
                else ""
            ),
            script=self.script_edit.toPlainText().strip() if channel is Channel.CALL else "",
            instructions=self.instructions_edit.toPlainText().strip(),
            within_minutes=self.within_spin.value() or None,
            review=channel is Channel.EMAIL and self.review_box.isChecked(),
        )

    def _show_fields(self) -> None:
        channel = str(self.channel_combo.currentData())
        for widget, channels in (
            (self.thread_combo, ("email",)),
            (self.network_combo, ("message",)),
            (self.template_edit, ("email", "message")),
            (self.review_box, ("email",)),
            (self.script_edit, ("call",)),
        ):
            self._form.setRowVisible(widget, channel in channels)

    def _emit(self) -> None:
        self.changed.emit(self.step())
