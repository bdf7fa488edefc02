"""Add or edit one rep: name, address, role, time zone and country.

The time zone decides where the rep's working day ends and is the last-resort guess for a
prospect's zone; the country's public holidays are not business days of the rep's
cadences. New reps get this computer's zone by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.validation.countries import supported_regions
from app.storage.cadences import ROLES, RepAdded, RepInfo, add_rep, update_rep
from app.storage.cadences.errors import CadenceStoreError
from app.ui.jobs import Job
from app.ui.reps.model import country_label, role_label

if TYPE_CHECKING:
    from app.storage.database import Database


@dataclass(frozen=True)
class RepForm:
    """What the rep form says."""

    name: str
    email: str
    role: str
    time_zone: str | None
    country: str | None
    active: bool = True


def save_rep(db: Database, rep_id: int | None, form: RepForm) -> RepAdded:
    """Add the rep (``rep_id`` None) or save the edit: one small write."""
    if rep_id is None:
        return add_rep(db, form.name, form.email, role=form.role, time_zone=form.time_zone,
                       country=form.country)  # fmt: skip
    return update_rep(db, rep_id, name=form.name, email=form.email, role=form.role,
                      time_zone=form.time_zone, country=form.country,
                      active=form.active)  # fmt: skip


def rep_error_text(error: BaseException) -> str:
    """Why a rep was not saved, in words."""
    if not isinstance(error, CadenceStoreError):
        return str(error)
    a = error.arguments
    texts = {
        "no_name": QCoreApplication.translate("RepWords", "The rep needs a name."),
        "bad_email": QCoreApplication.translate("RepWords", "“%1” is not an email address.")
        .replace("%1", str(a.get("email", ""))),
        "rep_exists": QCoreApplication.translate("RepWords", "A rep with %1 exists already.")
        .replace("%1", str(a.get("email", ""))),
        "unknown_time_zone": QCoreApplication.translate(
            "RepWords", "“%1” is not a time zone; pick one from the list."
        ).replace("%1", str(a.get("time_zone", ""))),
        "unknown_country": QCoreApplication.translate("RepWords", "“%1” is not a country.")
        .replace("%1", str(a.get("country", ""))),
        "unknown_rep_id": QCoreApplication.translate(
            "RepWords", "This rep was removed meanwhile."
        ),
    }  # fmt: skip
    return texts.get(error.code, error.code)


def _system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in available_timezones() else "UTC"


class RepDialog(QDialog):
    """The form for one rep; OK saves it in the background and closes when saved.

    Args:
        db: The open database.
        rep: The rep to edit, or None to add one.
        parent: The parent widget.

    Signals:
        saved: the rep as saved (a :class:`RepAdded`: the rep and the change).
    """

    saved = Signal(object)

    def __init__(
        self, db: Database, rep: RepInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.last_job: Job[object] | None = None
        self.setObjectName("repDialog")
        self.setWindowTitle(self.tr("Add a rep") if rep is None else self.tr("Edit rep"))
        self.rep = rep
        form = QFormLayout()
        self.name_edit = QLineEdit(rep.name if rep else "", self)
        self.name_edit.setObjectName("repName")
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.email_edit = QLineEdit(rep.email or "" if rep else "", self)
        self.email_edit.setObjectName("repEmail")
        self.email_edit.setPlaceholderText("you@example.com")
        form.addRow(self.tr("&Email:"), self.email_edit)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("repRole")
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(
            max(0, self.role_combo.findData(rep.role if rep else "sdr"))
        )
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("repTimeZone")
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(available_timezones()))
        completer = self.zone_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.setCurrentText(rep.time_zone or "" if rep else _system_zone())
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("repCountry")
        self.country_combo.addItem(self.tr("None (no holidays skipped)"), "")
        for code in sorted(supported_regions(), key=lambda c: country_label(c).casefold()):
            self.country_combo.addItem(country_label(code), code)
        default = rep.country if rep else QLocale.territoryToCode(QLocale.system().territory())
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(default or "")))
        form.addRow(self.tr("&Country:"), self.country_combo)
        self.active_box = QCheckBox(self.tr("Works here (untick for someone who left)"), self)
        self.active_box.setObjectName("repActive")
        self.active_box.setChecked(rep.active if rep else True)
        self.active_box.setVisible(rep is not None)
        form.addRow("", self.active_box)
        note = QLabel(
            self.tr(
                "The time zone says when the rep's day ends. The country's public holidays "
                "are not business days of the rep's cadences."
            ),
            self,
        )
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("repError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def form(self) -> RepForm:
        """What the form says."""
        return RepForm(
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            role=str(self.role_combo.currentData()),
            time_zone=self.zone_combo.currentText().strip() or None,
            country=str(self.country_combo.currentData() or "") or None,
            active=self.active_box.isChecked(),
        )

    def save(self) -> Job[object]:
        """Save the rep off the GUI thread; close when saved, else say why and stay."""
        db, form = self.db, self.form()
        rep_id = self.rep.id if self.rep is not None else None

        def saved(result: object) -> None:
            self.saved.emit(result)
            self.accept()

        job: Job[object] = Job(
            self, lambda _ctx: save_rep(db, rep_id, form), on_success=saved,
            on_failure=lambda error: self.show_error(rep_error_text(error)),
            title=self.windowTitle(), writes=True,
        )  # fmt: skip
        self.last_job = job
        return job.start()

    def show_error(self, text: str) -> None:
        """Say why the rep was not saved (the dialog stays open)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
