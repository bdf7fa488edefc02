"""The small gate dialogs: qualification checklist, disqualification reason, nurture date.

Each collects what its gate asks for and keeps OK disabled until it is there, so a move
the storage would refuse cannot be confirmed. They write nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.pipeline import DISQUALIFY_REASONS, ChecklistItem, is_given, missing_answers
from app.ui.pipeline.gates.words import disqualify_reason_label, question_label


def _header(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class GateDialog(QDialog):
    """A dialog with a header line, a form, a hint line and OK/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, header: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(_header(header))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("gateHint")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        """The OK button (enabled once the gate's needs are met)."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button


class QualificationDialog(GateDialog):
    """The qualification checklist: one answer per question, required ones marked with *.

    OK stays disabled until every required question has an answer; the hint line names
    the ones still open. Answers stored before are filled in.
    """

    def __init__(
        self,
        parent: QWidget | None,
        contact_name: str,
        checklist: Sequence[ChecklistItem],
        answers: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Qualify"),
            self.tr("Qualify %1: answer the checklist. Questions marked * are required.").replace(
                "%1", contact_name
            ),
        )
        self.setMinimumWidth(540)
        self.checklist = tuple(checklist)
        self._stored = dict(answers or {})
        self.fields: dict[str, QLineEdit] = {}
        for item in self.checklist:
            edit = QLineEdit()
            edit.setObjectName(f"answer_{item.key}")
            edit.setText(self._shown(self._stored.get(item.key)))
            edit.setPlaceholderText(self.tr("Required") if item.required else self.tr("Optional"))
            edit.textChanged.connect(self._update)
            label = question_label(item) + (" *" if item.required else "")
            self.form.addRow(label, edit)
            self.fields[item.key] = edit
        self.ok_button.setText(self.tr("Qualify"))
        self._update()

    def _shown(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else str(value)

    def answers(self) -> dict[str, Any]:
        """The answers as typed (an unchanged stored yes/no stays a yes/no)."""
        out: dict[str, Any] = {}
        for key, edit in self.fields.items():
            text = edit.text().strip()
            stored = self._stored.get(key)
            if stored is not None and text == self._shown(stored):
                out[key] = stored
            elif text:
                out[key] = text
        return out

    def missing(self) -> tuple[str, ...]:
        """The required questions still without an answer."""
        return missing_answers(self.checklist, self.answers())

    def _update(self) -> None:
        missing = self.missing()
        self.ok_button.setEnabled(not missing)
        labels = {i.key: question_label(i) for i in self.checklist}
        self.hint.setText(
            self.tr("Still needed: %1").replace("%1", ", ".join(labels[k] for k in missing))
            if missing
            else ""
        )
        for item in self.checklist:
            edit = self.fields[item.key]
            edit.setProperty("missing", item.required and not is_given(edit.text()))


class DisqualifyDialog(GateDialog):
    """Why the prospect is disqualified: a reason code, chosen from a list."""

    def __init__(self, parent: QWidget | None, contact_name: str) -> None:
        super().__init__(
            parent,
            self.tr("Disqualify"),
            self.tr("Why is %1 disqualified?").replace("%1", contact_name),
        )
        self.reasons = QComboBox()
        self.reasons.setObjectName("disqualifyReason")
        for code in DISQUALIFY_REASONS:
            self.reasons.addItem(disqualify_reason_label(code), code)
        self.reasons.setPlaceholderText(self.tr("Choose a reason…"))
        self.reasons.setCurrentIndex(-1)
        self.reasons.currentIndexChanged.connect(self._update)
        self.form.addRow(self.tr("Reason:"), self.reasons)
        self.ok_button.setText(self.tr("Disqualify"))
        self._update()

    def reason(self) -> str | None:
        """The chosen reason code, or None."""
        data = self.reasons.currentData()
        return str(data) if data is not None else None

    def _update(self) -> None:
        self.ok_button.setEnabled(self.reason() is not None)


class NurtureDialog(GateDialog):
    """When to revisit a prospect parked in Nurture (a reminder falls due that day)."""

    def __init__(self, parent: QWidget | None, contact_name: str, today: dt.date) -> None:
        super().__init__(
            parent,
            self.tr("Nurture"),
            self.tr(
                "When should %1 be revisited? A reminder appears in the Today queue that day."
            ).replace("%1", contact_name),
        )
        self.date = QDateEdit()
        self.date.setObjectName("revisitDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        later = today + dt.timedelta(days=90)
        self.date.setDate(QDate(later.year, later.month, later.day))
        self.form.addRow(self.tr("Revisit on:"), self.date)
        self.ok_button.setText(self.tr("Move to Nurture"))

    def revisit(self) -> dt.date:
        """The chosen day."""
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())


__all__ = ["DisqualifyDialog", "GateDialog", "NurtureDialog", "QualificationDialog"]
