"""A small stacked bar chart of validation statuses, painted with QPainter.

Qt Charts is not part of PySide6 Essentials, and two bars do not need it: each row
(e.g. "Emails", "Phones") is one horizontal bar split into coloured segments by status,
with a legend underneath. Hovering a segment shows its count and share.

Usage::

    chart = StatusBarChart(parent)
    chart.set_rows([("Emails", {"valid": 150, "risky": 20, "invalid": 9}),
                    ("Phones", {"valid": 170, "invalid": 2})])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.widgets.validation_status import STATUSES, status_color, status_text

_BAR_HEIGHT = 18
_ROW_GAP = 8
_LABEL_GAP = 10
_LEGEND_SWATCH = 10


class StatusBarChart(QWidget):
    """Horizontal stacked bars, one per row, segments coloured by status.

    Args:
        parent: the parent widget.
        statuses: which statuses to draw, in order (also the legend's order).
    """

    def __init__(self, parent: QWidget | None = None, statuses: Sequence[str] = STATUSES) -> None:
        super().__init__(parent)
        self.setObjectName("statusBarChart")
        self.statuses = tuple(statuses)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_rows(self, rows: Sequence[tuple[str, Mapping[str, int]]]) -> None:
        """Show ``rows``: (label, counts by status); statuses not drawn are ignored."""
        self.rows = [
            (label, {s: int(counts.get(s, 0)) for s in self.statuses}) for label, counts in rows
        ]
        self.updateGeometry()
        self.update()

    # --- geometry -------------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        rows = max(len(self.rows), 1)
        height = rows * _BAR_HEIGHT + (rows - 1) * _ROW_GAP + _ROW_GAP + self._legend_height()
        return QSize(360, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def _bar_rect(self, index: int) -> QRectF:
        left = self._label_width() + _LABEL_GAP
        top = index * (_BAR_HEIGHT + _ROW_GAP)
        return QRectF(left, top, max(self.width() - left - 1, 1), _BAR_HEIGHT)

    def _segments(self, index: int) -> list[tuple[str, int, QRectF]]:
        _label, counts = self.rows[index]
        total = sum(counts.values())
        bar = self._bar_rect(index)
        if total <= 0:
            return []
        out = []
        x = bar.left()
        for status in self.statuses:
            count = counts.get(status, 0)
            if count <= 0:
                continue
            width = bar.width() * count / total
            out.append((status, count, QRectF(x, bar.top(), width, bar.height())))
            x += width
        return out

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        for index, (label, _counts) in enumerate(self.rows):
            bar = self._bar_rect(index)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, bar.top(), self._label_width(), bar.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(bar, 3, 3)
            for status, _count, rect in self._segments(index):
                painter.setBrush(status_color(status))
                painter.drawRect(rect)
        # Legend: a swatch and the status name, left to right.
        top = len(self.rows) * (_BAR_HEIGHT + _ROW_GAP)
        x = float(self._label_width() + _LABEL_GAP)
        for status in self.statuses:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_color(status))
            swatch_top = top + (metrics.height() - _LEGEND_SWATCH) / 2
            painter.drawRoundedRect(QRectF(x, swatch_top, _LEGEND_SWATCH, _LEGEND_SWATCH), 2, 2)
            x += _LEGEND_SWATCH + 4
            name = status_text(status)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(name) + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            x += metrics.horizontalAdvance(name) + 14
        painter.end()

    # --- tooltips -------------------------------------------------------------------------

    def segment_at(self, pos: QPoint) -> tuple[str, str, int, int] | None:
        """(row label, status, count, row total) under ``pos``, or None."""
        for index, (label, counts) in enumerate(self.rows):
            for status, count, rect in self._segments(index):
                if rect.contains(pos.toPointF()):
                    return label, status, count, sum(counts.values())
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.segment_at(event.pos())
            if hit is None:
                QToolTip.hideText()
                event.ignore()
                return True
            label, status, count, total = hit
            share = round(100 * count / total) if total else 0
            QToolTip.showText(
                event.globalPos(),
                self.tr("%1 — %2: %3 (%4%)")
                .replace("%1", label)
                .replace("%2", status_text(status))
                .replace("%3", QLocale().toString(count))
                .replace("%4", QLocale().toString(share)),
                self,
            )
            return True
        return super().event(event)
