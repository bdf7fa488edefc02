"""The data-quality summary: number tiles per status for emails and phones, and a chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.theme import set_tone
from app.ui.widgets.status_bar_chart import StatusBarChart
from app.ui.widgets.validation_status import status_text

if TYPE_CHECKING:
    from app.storage.validation import ValidationSummary

#: The statuses with a tile (and a chart segment), in this order.
TILE_STATUSES = ("valid", "risky", "invalid", "unknown", "unchecked")


class ValidationSummaryView(QFrame):
    """Counts of valid / risky / invalid / unknown emails and phones, duplicates, missing
    fields and the average quality score, as numbers and a small stacked bar chart.

    The numbers are QLabels named ``count_<field>_<status>``, ``count_duplicates``,
    ``count_missing`` and ``count_quality``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validationSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: ValidationSummary | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self.numbers: dict[str, QLabel] = {}
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        for column, status in enumerate(TILE_STATUSES, start=1):
            head = QLabel(status_text(status), self)
            set_tone(head, f"color: {{{status}}}; font-weight: 600;")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, column)
        for row, (field, title) in enumerate(
            (("email", self.tr("Emails")), ("phone", self.tr("Phones"))), start=1
        ):
            grid.addWidget(QLabel(title, self), row, 0)
            for column, status in enumerate(TILE_STATUSES, start=1):
                label = QLabel("—", self)
                label.setObjectName(f"count_{field}_{status}")
                label.setFont(big)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.numbers[f"{field}_{status}"] = label
                grid.addWidget(label, row, column)

        extras = QGridLayout()
        extras.setHorizontalSpacing(18)
        extras.setVerticalSpacing(2)
        for column, (key, title) in enumerate(
            (
                ("duplicates", self.tr("Duplicates")),
                ("missing", self.tr("Missing fields")),
                ("quality", self.tr("Avg. quality")),
            )
        ):
            head = QLabel(title, self)
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            extras.addWidget(head, 0, column)
            label = QLabel("—", self)
            label.setObjectName(f"count_{key}")
            label.setFont(big)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.numbers[key] = label
            extras.addWidget(label, 1, column)

        self.caption = QLabel(self)
        self.caption.setObjectName("summaryCaption")
        self.caption.setWordWrap(True)
        self.chart = StatusBarChart(self, TILE_STATUSES)

        left = QVBoxLayout()
        left.addLayout(grid)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(extras)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addSpacing(24)
        top.addLayout(right)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.caption)

    def number(self, key: str) -> str:
        """The text of a number tile ("email_valid", "duplicates", "quality", ...)."""
        return self.numbers[key].text()

    def set_summary(self, summary: ValidationSummary | None) -> None:
        """Show ``summary`` (None: dashes)."""
        self.summary = summary
        locale_number = self.locale().toString
        if summary is None:
            for label in self.numbers.values():
                label.setText("—")
                label.setToolTip("")
            self.chart.set_rows([])
            self.caption.setText("")
            return
        for field, counts in (("email", summary.email), ("phone", summary.phone)):
            for status in TILE_STATUSES:
                self.numbers[f"{field}_{status}"].setText(locale_number(counts.get(status, 0)))
        self.numbers["duplicates"].setText(locale_number(summary.duplicates))
        self.numbers["duplicates"].setToolTip(
            self.tr("%1 share an email address, %2 share a phone number and last name.")
            .replace("%1", locale_number(summary.duplicate_emails))
            .replace("%2", locale_number(summary.duplicate_phones))
        )
        missing = summary.missing
        self.numbers["missing"].setText(locale_number(sum(missing.values())))
        names = {
            "email": self.tr("email"),
            "phone": self.tr("phone"),
            "name": self.tr("name"),
            "company": self.tr("company"),
            "title": self.tr("job title"),
        }
        self.numbers["missing"].setToolTip(
            "\n".join(
                self.tr("No %1: %2").replace("%1", names.get(k, k)).replace("%2", locale_number(n))
                for k, n in missing.items()
            )
        )
        quality = summary.average_quality
        self.numbers["quality"].setText("—" if quality is None else f"{quality:.0f}")
        self.numbers["quality"].setToolTip(
            self.tr("Average data quality score of the checked contacts, 0–100.")
        )
        self.chart.set_rows(
            [(self.tr("Emails"), summary.email), (self.tr("Phones"), summary.phone)]
        )
        caption = self.tr("%n contact(s) in scope", "", summary.contacts)
        if summary.stale:
            caption += " · " + self.tr(
                "%n not checked with the current rules — use Validate now", "", summary.stale
            )
        self.caption.setText(caption)
