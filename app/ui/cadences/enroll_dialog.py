"""Enrolling contacts in a cadence from the GUI: which cadence, for which rep, and the result.

The dialog only asks; the caller runs ``enroll`` in a write job (the Lists page's bulk
actions do, with Undo). Contacts on the do-not-contact list are never enrolled; contacts
already in a cadence are left where they are; those another rep owns are enrolled only
when the user ticks the box, as ``enroll --force`` does on the command line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.storage.cadences import CadenceInfo, EnrollResult, RepInfo


class EnrollDialog(QDialog):
    """Asks for the cadence and the rep for ``count`` contacts.

    Args:
        parent: The parent widget.
        count: How many contacts are about to be enrolled.
        cadences: The stored cadences.
        reps: The reps (inactive ones are not offered).
        preferred_rep: The address of the rep to pre-select (this machine's rep).
    """

    def __init__(
        self,
        parent: QWidget | None,
        count: int,
        cadences: Sequence[CadenceInfo],
        reps: Sequence[RepInfo],
        preferred_rep: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll in a cadence"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enroll %Ln contact(s):", "", count), self))
        form = QFormLayout()
        self.cadence_combo = QComboBox(self)
        self.cadence_combo.setObjectName("cadenceCombo")
        for info in cadences:
            days = self.tr("%Ln step(s)", "", info.steps)
            self.cadence_combo.addItem(f"{info.name} ({days})", info.name)
        form.addRow(self.tr("Cadence:"), self.cadence_combo)
        self.rep_combo = QComboBox(self)
        self.rep_combo.setObjectName("enrollRepCombo")
        for rep in reps:
            if rep.active:
                self.rep_combo.addItem(rep.name, rep.id)
                if (rep.email or "").lower() == preferred_rep.strip().lower():
                    self.rep_combo.setCurrentIndex(self.rep_combo.count() - 1)
        form.addRow(self.tr("Worked by:"), self.rep_combo)
        layout.addLayout(form)
        self.force_box = QCheckBox(self.tr("Also enroll contacts another rep owns"), self)
        self.force_box.setObjectName("forceBox")
        layout.addWidget(self.force_box)
        note = QLabel(
            self.tr(
                "Contacts on the do-not-contact list and those already in a cadence are left out."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enroll"))
        ok = bool(cadences) and self.rep_combo.count() > 0
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._reps = {rep.id: rep for rep in reps}

    @property
    def cadence(self) -> str:
        """The chosen cadence's name."""
        return str(self.cadence_combo.currentData())

    @property
    def rep(self) -> RepInfo:
        """The chosen rep."""
        return self._reps[int(self.rep_combo.currentData())]

    @property
    def force(self) -> bool:
        """Whether contacts another rep owns are enrolled too."""
        return self.force_box.isChecked()


class EnrollWords(QObject):
    """The words of an enrollment's result (a QObject so plurals are translated)."""

    def summary(self, result: EnrollResult, cadence: str) -> str:
        """One line: who was enrolled and why others were left out."""
        n = len(result.enrolled)
        text = self.tr("Enrolled %Ln contact(s) in “%1”.", "", n).replace("%1", cadence)
        reasons: Mapping[str, str] = {
            "do_not_contact": self.tr("do not contact"),
            "already_enrolled": self.tr("already in a cadence"),
            "owned_by_other_rep": self.tr("owned by another rep"),
            "not_found": self.tr("deleted meanwhile"),
        }
        locale = QLocale()
        left = [
            f"{locale.toString(len(ids))} {reasons.get(c, c)}"
            for c, ids in result.skipped.items()
            if ids
        ]
        if left:
            text += " " + self.tr("Left out: %1.").replace("%1", ", ".join(left))
        if result.guessed_time_zones:
            text += " " + self.tr("%Ln time zone(s) guessed.", "", result.guessed_time_zones)
        return text


def enroll_summary(result: EnrollResult, cadence: str) -> str:
    """One line for the message bar: who was enrolled and why others were left out."""
    return EnrollWords().summary(result, cadence)
