"""The web-form part of the routing dialog: the IMAP folder and the forms' rules table.

Each rule is a row: text the sender contains, text the subject contains, and the form's
labels as ``Label = field`` pairs separated by ``;`` (fields: name, first_name,
last_name, email, phone, company, title, message). Labels a rule does not name fall back
to the common ones ("Name", "E-mail", "Телефон", "公司", ...).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.routing.webforms import FIELDS, FormRule
from app.storage.routing.webforms import WebFormSettings


def labels_text(rule: FormRule) -> str:
    """A rule's labels as ``Label = field; ...``."""
    return "; ".join(f"{label} = {target}" for label, target in rule.labels.items())


def parse_labels(text: str) -> dict[str, str] | None:
    """``Label = field; ...`` as a mapping; None when a pair is malformed or names an
    unknown field."""
    labels: dict[str, str] = {}
    for pair in text.split(";"):
        if not pair.strip():
            continue
        label, equals, target = pair.partition("=")
        if not equals or not label.strip() or target.strip() not in FIELDS:
            return None
        labels[label.strip()] = target.strip()
    return labels


class WebFormRulesBox(QGroupBox):
    """The web-form folder and rules; :meth:`value` reads them back (None when a row is bad).

    Args:
        parent: The dialog.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Web-form mails (from the IMAP account)"), parent)
        self.folder = QLineEdit()
        self.folder.setObjectName("webFormFolder")
        self.folder.setPlaceholderText(self.tr("The IMAP folder form mails land in (none: off)"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("webFormRules")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sender contains"), self.tr("Subject contains"),
             self.tr("Labels (Label = field; …)")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        add = QPushButton(self.tr("Add form"))
        add.clicked.connect(lambda: self.add_rule(FormRule()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        self.problem = QLabel()
        self.problem.setObjectName("webFormProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(
            self.tr(
                "Without rules every mail in the folder is read by the usual labels (Name, "
                "Email, Phone, Company, Message…). Fields: %1. Read mails move to the "
                "folder's “– done” sibling."
            ).replace("%1", ", ".join(FIELDS))
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        self._done_folder: str | None = None

    def show_settings(self, value: WebFormSettings) -> None:
        """Fill the box from stored settings."""
        self.folder.setText(value.folder or "")
        self._done_folder = value.done_folder
        self.table.setRowCount(0)
        for rule in value.rules:
            self.add_rule(rule)

    def add_rule(self, rule: FormRule) -> None:
        """Append a row for ``rule``."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((rule.sender, rule.subject, labels_text(rule))):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def value(self) -> WebFormSettings | None:
        """The settings as edited; None (and the bad row named) when a row is malformed."""
        rules: list[FormRule] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            sender, subject, labels = (c.text().strip() if c else "" for c in cells)
            parsed = parse_labels(labels)
            if parsed is None:
                self.problem.setText(
                    self.tr("Row %1: write the labels as Label = field; fields are %2.")
                    .replace("%1", str(row + 1))
                    .replace("%2", ", ".join(FIELDS))
                )
                self.problem.show()
                return None
            if sender or subject or parsed:
                rules.append(FormRule(sender, subject, parsed))
        self.problem.hide()
        return WebFormSettings(self.folder.text().strip() or None, self._done_folder, tuple(rules))
