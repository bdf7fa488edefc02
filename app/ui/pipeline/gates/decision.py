"""The AE's decision on a hand-off: accept it, or send it back with a reason.

The dialog shows who and when, and collects a
:class:`~app.ui.pipeline.gates.requests.DecisionRequest`; :func:`perform_decision` writes it
(a sent-back prospect returns to Qualified).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.core.pipeline import SEND_BACK_REASONS
from app.storage.pipeline import HandoffInfo
from app.ui.locale_format import short_datetime
from app.ui.pipeline.gates.forms import GateDialog
from app.ui.pipeline.gates.requests import DecisionRequest
from app.ui.pipeline.gates.words import send_back_reason_label


class HandoffDecisionDialog(GateDialog):
    """Accept a hand-off, or send it back with a reason code and a note."""

    def __init__(self, parent: QWidget | None, handoff: HandoffInfo) -> None:
        who = handoff.contact_name + (f" ({handoff.company})" if handoff.company else "")
        super().__init__(
            parent,
            self.tr("Hand-off decision"),
            self.tr("Does %1 meet the criteria for a meeting?").replace("%1", who),
        )
        self.handoff = handoff
        try:
            zone = ZoneInfo(handoff.time_zone)
        except (ValueError, KeyError):
            zone = ZoneInfo("UTC")
        local = handoff.meeting_at.astimezone(zone)
        meeting = QLabel(
            self.tr("%1, %2 min (%3)")
            .replace("%1", short_datetime(local, zone))
            .replace("%2", str(handoff.minutes))
            .replace("%3", handoff.time_zone)
        )
        self.form.addRow(self.tr("Meeting:"), meeting)
        if handoff.summary:
            summary = QLabel(handoff.summary)
            summary.setWordWrap(True)
            self.form.addRow(self.tr("Summary:"), summary)
        self.accept_choice = QRadioButton(self.tr("Accept: the prospect meets the criteria"))
        self.accept_choice.setObjectName("acceptHandoff")
        self.send_back_choice = QRadioButton(self.tr("Send back to the SDR"))
        self.send_back_choice.setObjectName("sendBackHandoff")
        group = QButtonGroup(self)
        group.addButton(self.accept_choice)
        group.addButton(self.send_back_choice)
        self.form.addRow(self.accept_choice)
        self.form.addRow(self.send_back_choice)
        self.reason = QComboBox()
        self.reason.setObjectName("sendBackReason")
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for code in SEND_BACK_REASONS:
            self.reason.addItem(send_back_reason_label(code), code)
        self.reason.setPlaceholderText(self.tr("Choose a reason…"))
        self.reason.setCurrentIndex(-1)
        self.note = QPlainTextEdit()
        self.note.setObjectName("sendBackNote")
        self.note.setPlaceholderText(self.tr("What the SDR should know (optional)"))
        self.note.setFixedHeight(70)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Note:"), self.note)
        for signal in (self.accept_choice.toggled, self.send_back_choice.toggled):
            signal.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def decision(self) -> DecisionRequest:
        """The decision (call after ``exec()`` returned Accepted)."""
        if self.accept_choice.isChecked():
            return DecisionRequest(self.handoff.id, accepted=True)
        data = self.reason.currentData()
        return DecisionRequest(
            self.handoff.id,
            accepted=False,
            reason=str(data) if data is not None else None,
            note=self.note.toPlainText().strip(),
        )

    def _update(self) -> None:
        sending_back = self.send_back_choice.isChecked()
        self.reason.setEnabled(sending_back)
        self.note.setEnabled(sending_back)
        ready = self.accept_choice.isChecked() or (
            sending_back and self.reason.currentData() is not None
        )
        self.ok_button.setEnabled(ready)
        self.ok_button.setText(self.tr("Send back") if sending_back else self.tr("Accept"))
        self.hint.setText(
            self.tr("Choose why it goes back.")
            if sending_back and self.reason.currentData() is None
            else ""
        )


__all__ = ["HandoffDecisionDialog"]
