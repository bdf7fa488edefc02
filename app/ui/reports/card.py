"""One chart on the Reports page: title, one-line summary, the chart, its two exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.reports import FigureTable, write_table

#: The chart area's height: tall enough for a week of bars or nine stages.
CHART_HEIGHT = 280


class ChartCard(QFrame):
    """A titled chart with "CSV…" and "PNG…" buttons, or a sentence when it has no data.

    Args:
        name: The figure's name (its CSV file's stem, e.g. ``touches_by_day``).
        title: What the chart shows.
        parent: The parent widget.

    Attributes:
        name: As given.
        table: The figure's data, exported by "CSV…" (None before the first load).
    """

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"chart_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.table: FigureTable | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        # Wraps rather than widening the card: a Lithuanian title runs a third longer, and
        # a card that will not shrink pushes its PNG… button off the page.
        self.title_label.setWordWrap(True)
        top.addWidget(self.title_label, 1)
        self.csv_button = QPushButton(self.tr("CSV…"), self)
        self.csv_button.setToolTip(self.tr("Save this chart's numbers as a CSV file"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button = QPushButton(self.tr("PNG…"), self)
        self.png_button.setToolTip(self.tr("Save this chart as a picture"))
        self.png_button.clicked.connect(self._ask_png)
        top.addWidget(self.csv_button)
        top.addWidget(self.png_button)
        layout.addLayout(top)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.view = QChartView(self)
        self.view.setAccessibleName(title)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(CHART_HEIGHT)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

    def chart(self) -> QChart | None:
        """The chart shown, or None while the card shows its empty sentence."""
        return self.view.chart() if self.stack.currentWidget() is self.view else None

    def show_chart(
        self, chart: QChart | None, summary: str, empty_text: str, table: FigureTable
    ) -> None:
        """Show ``chart`` (or ``empty_text`` when it is None) with its summary and data."""
        self.table = table
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.view.setAccessibleDescription(summary)
        if chart is None:
            self.empty_label.setText(empty_text)
            self.stack.setCurrentWidget(self.empty_label)
            self.png_button.setEnabled(False)
        else:
            old = self.view.chart()
            self.view.setChart(chart)
            if old is not None and old is not chart:
                old.deleteLater()
            self.stack.setCurrentWidget(self.view)
            self.png_button.setEnabled(True)
        self.csv_button.setEnabled(bool(table.rows))

    # --- exports ---------------------------------------------------------------------------

    def save_csv(self, path: Path) -> None:
        """Write the figure's data to ``path`` (spreadsheet-safe CSV).

        Raises:
            OSError: the file could not be written; nothing was left behind.
        """
        if self.table is not None:
            write_table(path, self.table)

    def save_png(self, path: Path) -> bool:
        """Save the card (title, summary and chart) as a PNG picture at ``path``."""
        return self.grab().save(str(path), "PNG")

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the numbers"), f"{self.name}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            try:
                self.save_csv(Path(path))
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Save the numbers"),
                    self.tr("The file could not be written: %1").replace("%1", str(exc)),
                )

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), f"{self.name}.png", self.tr("PNG pictures (*.png)")
        )
        if path and not self.save_png(Path(path)):
            QMessageBox.warning(
                self, self.tr("Save the chart"), self.tr("The picture could not be written.")
            )


__all__ = ["CHART_HEIGHT", "ChartCard"]
