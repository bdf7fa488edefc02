"""How a card looks: who, where, how warm, what is next, and the inbound clock.

A card is painted, not a widget: a column may scroll through thousands of them. Its lines:

1. the name (bold, elided) and the fit score as a small chip;
2. title · company;
3. the next step of the active cadence ("Next: Call · Tue 10:00") and the owner;
4. the last touch ("Touched 3 d ago") and the days in the stage;
5. for an inbound lead nobody has touched yet: the speed-to-lead clock, red once the
   lead has waited past the SLA in working time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.pipeline.speed_to_lead import DEFAULT_SLA_MINUTES, sla_breached
from app.storage.pipeline.board import Card
from app.ui.locale_format import short_time
from app.ui.pipeline.column_model import CardRole
from app.ui.theme import tone

_Index = QModelIndex | QPersistentModelIndex

#: Space around a card inside its row, and inside the card around its text.
MARGIN = 4
PADDING = 7


def _zone(name: str | None) -> dt.tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    local = dt.datetime.now().astimezone().tzinfo
    return local if local is not None else dt.UTC


class CardWords(QObject):
    """The card's words (durations, channels, the clock), translatable."""

    def ago(self, seconds: float) -> str:
        """A compact age: "4 min", "3 h", "12 d"."""
        minutes = max(int(seconds // 60), 0)
        if minutes < 60:
            return self.tr("%1 min").replace("%1", str(minutes))
        if minutes < 48 * 60:
            return self.tr("%1 h").replace("%1", str(minutes // 60))
        return self.tr("%1 d").replace("%1", QLocale().toString(minutes // (24 * 60)))

    def touched(self, when: dt.datetime | None, now: dt.datetime) -> str:
        if when is None:
            return self.tr("Not touched yet")
        return self.tr("Touched %1 ago").replace("%1", self.ago((now - when).total_seconds()))

    def in_stage(self, since: dt.datetime | None, now: dt.datetime) -> str:
        if since is None:
            return ""
        days = max((now - since).days, 0)
        return self.tr("%n d in stage", "", days)

    def channel(self, code: str | None) -> str:
        names = {
            "email": self.tr("Email"),
            "call": self.tr("Call"),
            "linkedin": self.tr("LinkedIn"),
            "message": self.tr("Message"),
            "task": self.tr("Task"),
        }
        return names.get(code or "", self.tr("Step"))

    def next_step(self, card: Card, now: dt.datetime) -> str:
        if card.next_due is None:
            return self.tr("No next step")
        channel = self.channel(card.next_channel)
        if card.next_due <= now:
            return self.tr("Next: %1 · due now").replace("%1", channel)
        # As short as tells the day: the time today, the weekday this week, else the date.
        local, today = card.next_due.astimezone(), now.astimezone().date()
        if local.date() == today:
            when = short_time(local)
        elif (local.date() - today).days < 6:
            when = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        else:
            day = QDate(local.year, local.month, local.day)
            when = QLocale().toString(day, self.tr("d MMM"))
        return self.tr("Next: %1 · %2").replace("%1", channel).replace("%2", when)

    def waiting(self, seconds: float, *, late: bool) -> str:
        waited = self.ago(seconds)
        if late:
            return self.tr("Inbound: %1 · SLA missed").replace("%1", waited)
        return self.tr("Inbound: waiting %1").replace("%1", waited)


class CardDelegate(QStyledItemDelegate):
    """Paints the board's cards.

    Args:
        now: the current moment (the board's clock), aware UTC.
        parent: the owning object.
    """

    def __init__(self, now: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.sla_minutes = DEFAULT_SLA_MINUTES
        self.words = CardWords(self)

    def is_late(self, card: Card, now: dt.datetime) -> bool:
        """True when ``card`` is an untouched inbound lead past the SLA."""
        if not card.waits_for_first_touch or card.arrived_at is None:
            return False
        return sla_breached(card.arrived_at, now, _zone(card.owner_zone), self.sla_minutes)

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFontMetrics(bold), QFontMetrics(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        card = index.data(CardRole)
        _bold, bold_metrics, metrics = self._lines(option)
        lines = 3 + (1 if isinstance(card, Card) and card.waits_for_first_touch else 0)
        height = bold_metrics.height() + lines * (metrics.height() + 2)
        return QSize(200, height + 2 * (PADDING + MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        now = self.now()
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        late = self.is_late(card, now)
        bold, bold_metrics, metrics = self._lines(option)
        rect: QRect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        if late and not selected:
            border = tone("late", palette)
        painter.setPen(QPen(border, 2 if selected or late else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)

        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        text_color = palette.color(QPalette.ColorRole.Text)
        grey = palette.color(QPalette.ColorRole.PlaceholderText)
        y = inner.top()

        # 1. name and fit chip
        chip_width = 0
        if card.fit_score is not None:
            chip = str(card.fit_score)
            chip_width = metrics.horizontalAdvance(chip) + 10
            chip_rect = QRect(inner.right() - chip_width + 1, y, chip_width, metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_fit_color(card.fit_score))
            painter.drawRoundedRect(chip_rect, 7, 7)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(option.font)
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip)
        painter.setFont(bold)
        painter.setPen(text_color)
        name_width = inner.width() - chip_width - (6 if chip_width else 0)
        name = bold_metrics.elidedText(card.name or "—", Qt.TextElideMode.ElideRight, name_width)
        painter.drawText(
            QRect(inner.left(), y, name_width, bold_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        y += bold_metrics.height() + 2
        painter.setFont(option.font)
        line_height = metrics.height()

        def line(left: str, right: str = "", color: QColor = grey) -> None:
            nonlocal y
            right_width = metrics.horizontalAdvance(right) + 2 if right else 0
            right_width = min(right_width, inner.width() // 2)
            left_width = inner.width() - right_width - (6 if right else 0)
            painter.setPen(color)
            painter.drawText(
                QRect(inner.left(), y, left_width, line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(left, Qt.TextElideMode.ElideRight, left_width),
            )
            if right:
                painter.setPen(grey)
                painter.drawText(
                    QRect(inner.right() - right_width + 1, y, right_width, line_height),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(right, Qt.TextElideMode.ElideRight, right_width),
                )
            y += line_height + 2

        words = self.words
        # 2-4. who, how warm, what next
        line(" · ".join(part for part in (card.title, card.company) if part) or "—", "", text_color)
        line(words.next_step(card, now), _short_name(card.owner))
        line(words.touched(card.last_touched, now), words.in_stage(card.in_stage_since, now))
        # 5. the inbound clock
        if card.waits_for_first_touch and card.arrived_at is not None:
            waited = (now - card.arrived_at).total_seconds()
            painter.setFont(bold)
            line(words.waiting(waited, late=late), "", tone("late" if late else "warning", palette))
        painter.restore()


def _short_name(name: str | None) -> str:
    """ "Dmitri S." for "Dmitri Sokolov": the owner fits beside the next step."""
    parts = (name or "").split()
    if len(parts) < 2:
        return name or ""
    return f"{parts[0]} {parts[-1][0]}."


def _fit_color(score: int) -> QColor:
    if score >= 70:
        return QColor("#2e7d32")
    if score >= 40:
        return QColor("#ef6c00")
    return QColor("#757575")


__all__ = ["CardDelegate", "CardWords"]
