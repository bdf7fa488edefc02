"""The hand-off dialog: the AE, the meeting (date, time, zone, length), the summary.

It collects a :class:`~app.ui.pipeline.gates.requests.HandoffRequest`; the write (stage
moves, the ``handoffs`` row, the ``.ics`` and the HTML packet) happens in
:func:`~app.ui.pipeline.gates.requests.perform_move`, and the PDF in
:func:`~app.ui.pipeline.gates.ask.finish_move` on the GUI thread.

Only reps with the role ``ae`` are offered. The meeting is entered as a wall-clock time in
the chosen zone (by default the AE's, else the SDR's, else UTC); the line under it says
what time that is for the prospect. OK stays disabled while the time is in the past, the
zone is not a zone, or no AE is chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QDateTime, QStandardPaths, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.pipeline import AE_ROLE, DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from app.storage.cadences import RepInfo
from app.ui.locale_format import short_datetime
from app.ui.pipeline.gates.forms import GateDialog
from app.ui.pipeline.gates.requests import HandoffRequest


@cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def default_folder() -> Path:
    """Where hand-off documents go unless the user picks another folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Prospect Desk hand-offs"


class HandoffDialog(GateDialog):
    """Book the meeting and hand a prospect to an account executive."""

    def __init__(
        self,
        parent: QWidget | None,
        contact_name: str,
        account_executives: Sequence[RepInfo],
        *,
        now: dt.datetime,
        sdr_time_zone: str | None = None,
        contact_time_zone: str | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Hand off"),
            self.tr(
                "Hand %1 to an account executive: the meeting invitation (.ics) and the "
                "hand-off packet are written to the folder below."
            ).replace("%1", contact_name),
        )
        self.setMinimumWidth(580)
        self._now = now
        self._sdr_zone = sdr_time_zone
        self._contact_zone = contact_time_zone
        self._zone_touched = False

        self.ae = QComboBox()
        self.ae.setObjectName("handoffAe")
        # A long "Name <address>" must not widen the dialog past its labels.
        self.ae.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ae.setMinimumContentsLength(28)
        for rep in account_executives:
            if rep.role == AE_ROLE:
                text = f"{rep.name} <{rep.email}>" if rep.email else rep.name
                self.ae.addItem(text, rep)
        self.ae.setPlaceholderText(self.tr("Choose an account executive…"))
        self.ae.setCurrentIndex(0 if self.ae.count() == 1 else -1)
        self.form.addRow(self.tr("Account executive:"), self.ae)

        self.when = QDateTimeEdit()
        self.when.setObjectName("handoffWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.zone = QComboBox()
        self.zone.setObjectName("handoffZone")
        self.zone.setEditable(True)
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone.setMinimumContentsLength(28)
        self.zone.addItems(list(_zones()))
        self.zone.setCurrentText(self._default_zone())
        self.form.addRow(self.tr("Starts at:"), self.when)
        self.form.addRow(self.tr("Time zone:"), self.zone)
        self.prospect_time = QLabel()
        self.prospect_time.setObjectName("prospectTime")
        self.form.addRow("", self.prospect_time)
        self._set_default_time()

        self.minutes = QSpinBox()
        self.minutes.setObjectName("handoffMinutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.form.addRow(self.tr("Length:"), self.minutes)

        self.summary = QPlainTextEdit()
        self.summary.setObjectName("handoffSummary")
        self.summary.setPlaceholderText(self.tr("What the AE should know: pains, next steps…"))
        self.summary.setFixedHeight(90)
        self.form.addRow(self.tr("Summary:"), self.summary)

        self.folder = QLineEdit(str(folder or default_folder()))
        self.folder.setObjectName("handoffFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("Save to:"), row)
        self.pdf = QCheckBox(self.tr("Also save the packet as PDF"))
        self.pdf.setChecked(True)
        self.form.addRow("", self.pdf)

        self.ok_button.setText(self.tr("Hand off"))
        self.ae.currentIndexChanged.connect(self._ae_changed)
        self.zone.currentTextChanged.connect(self._zone_edited)
        self.when.dateTimeChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self._update()

    # --- values --------------------------------------------------------------------------

    def chosen_ae(self) -> RepInfo | None:
        """The chosen account executive, or None."""
        data = self.ae.currentData()
        return data if isinstance(data, RepInfo) else None

    def zone_name(self) -> str | None:
        """The typed zone when it is a real one, else None."""
        name = self.zone.currentText().strip()
        return name if name in _zones() else None

    def meeting_at(self) -> dt.datetime | None:
        """The meeting's start as an aware moment in the chosen zone (None: no valid zone)."""
        name = self.zone_name()
        if name is None:
            return None
        value = self.when.dateTime()
        date, time = value.date(), value.time()
        naive = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
        return naive.replace(tzinfo=ZoneInfo(name))

    def request(self) -> HandoffRequest:
        """What the user asked for (call after ``exec()`` returned Accepted)."""
        ae, start, zone = self.chosen_ae(), self.meeting_at(), self.zone_name()
        assert ae is not None and ae.email and start is not None and zone is not None
        return HandoffRequest(
            ae_email=ae.email,
            meeting_at=start,
            minutes=self.minutes.value(),
            time_zone=zone,
            summary=self.summary.toPlainText().strip(),
            folder=Path(self.folder.text().strip()).expanduser(),
            pdf=self.pdf.isChecked(),
        )

    # --- behaviour -----------------------------------------------------------------------

    def _default_zone(self) -> str:
        ae = self.chosen_ae()
        for name in (ae.time_zone if ae else None, self._sdr_zone):
            if name and name in _zones():
                return name
        return "UTC"

    def _set_default_time(self) -> None:
        """The next working day at 10:00 in the meeting's zone."""
        name = self.zone_name() or "UTC"
        local = self._now.astimezone(ZoneInfo(name)).date() + dt.timedelta(days=1)
        while local.weekday() >= 5:
            local += dt.timedelta(days=1)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(10, 0)))

    def _ae_changed(self) -> None:
        if not self._zone_touched:
            self.zone.blockSignals(True)
            self.zone.setCurrentText(self._default_zone())
            self.zone.blockSignals(False)
        self._update()

    def _zone_edited(self) -> None:
        self._zone_touched = True
        self._update()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Save the hand-off documents to"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        problem = ""
        start = self.meeting_at()
        if self.ae.count() == 0:
            problem = self.tr(
                "There is no account executive yet: add a rep with the role “ae” first."
            )
        elif self.chosen_ae() is None:
            problem = self.tr("Choose the account executive.")
        elif start is None:
            problem = self.tr("“%1” is not a time zone.").replace("%1", self.zone.currentText())
        elif start <= self._now:
            problem = self.tr("The meeting time is in the past.")
        elif not self.folder.text().strip():
            problem = self.tr("Choose a folder for the documents.")
        self.hint.setText(problem)
        self.ok_button.setEnabled(not problem)
        self.prospect_time.setText(self._prospect_time(start))

    def _prospect_time(self, start: dt.datetime | None) -> str:
        if start is None or not self._contact_zone or self._contact_zone not in _zones():
            return ""
        there = start.astimezone(ZoneInfo(self._contact_zone))
        place = self._contact_zone.rsplit("/", 1)[-1].replace("_", " ")
        return (
            self.tr("For the prospect: %1 (%2)")
            .replace("%1", short_datetime(there, there.tzinfo))
            .replace("%2", place)
        )


__all__ = ["HandoffDialog", "default_folder"]
