"""The Reports page's charts, built from a :class:`~app.core.reports.Report` (Qt Charts).

Each function returns a ready :class:`QChart` (no title: the card above it carries the
title and the one-line summary) or None when the report has nothing for it, so the card
can say what to do instead of drawing empty axes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QPen

from app.core.reports import TOUCH_CHANNELS, Report, Tally
from app.ui.pipeline.stage_names import stage_label
from app.ui.reports.words import (
    bucket_label,
    channel_label,
    lead_type_label,
    outcome_label,
    source_label,
)
from app.ui.theme import is_dark, tone

#: One colour per touch channel, kept in every chart that shows channels.
CHANNEL_COLORS = {"call": "#1e88e5", "email": "#43a047", "message": "#8e24aa", "task": "#fb8c00"}
#: Colours for series that are not channels, in order.
SERIES_COLORS = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935", "#00897b")
GOAL_COLOR = "#d32f2f"
#: Beyond this many categories the axis labels are turned to stay readable.
_CROWDED = 14


def _chart() -> QChart:
    chart = QChart()
    if is_dark():
        # The dark theme's axes, grid and legend, on the window's own background.
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setBackgroundBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _value_axis(top: float, *, percent: bool = False) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top * 1.1, 1.0 if not percent else 10.0))
    axis.setLabelFormat("%.0f%%" if percent else "%.0f")
    axis.applyNiceNumbers()
    return axis


def _bar_set(label: str, values: Sequence[float], color: str) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(color))
    bar_set.setBorderColor(QColor(color))
    # The default label colour is white, meant for labels inside the bars.
    bar_set.setLabelColor(tone("chart_label"))
    return bar_set


def _bars(
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float], str]],
    *,
    horizontal: bool = False,
    stacked: bool = False,
    percent: bool = False,
    labels: bool = False,
) -> QChart:
    """A bar chart of ``sets`` (label, values, colour) over ``categories``."""
    chart = _chart()
    series: QAbstractBarSeries
    if stacked:
        series = QStackedBarSeries()
    elif horizontal:
        series = QHorizontalBarSeries()
    else:
        series = QBarSeries()
    for label, values, color in sets:
        series.append(_bar_set(label, values, color))
    if labels:
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    if len(categories) > _CROWDED:
        category_axis.setLabelsAngle(-90)
        font = QFont(category_axis.labelsFont())
        font.setPointSizeF(max(font.pointSizeF() - 1, 6))
        category_axis.setLabelsFont(font)
    if stacked:
        top = max((sum(s[1][i] for s in sets) for i in range(len(categories))), default=0)
    else:
        top = max((max(s[1], default=0) for s in sets), default=0)
    value_axis = _value_axis(float(top), percent=percent)
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def _day_label(day: dt.date) -> str:
    # The day-and-month pattern is the translator's: "8 Nov", "11月8日", "11-08".
    pattern = QCoreApplication.translate("ReportWords", "d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def touches_chart(report: Report, daily_goal: int) -> QChart | None:
    """Touches per day, stacked by channel, with the team's daily goal as a line."""
    days = list(report.touches_by_day)
    if not any(any(c.values()) for c in report.touches_by_day.values()):
        return None
    sets = [
        (channel_label(ch), [report.touches_by_day[d][ch] for d in days], CHANNEL_COLORS[ch])
        for ch in TOUCH_CHANNELS
    ]
    chart = _bars([_day_label(d) for d in days], sets, stacked=True)
    if daily_goal > 0:
        goal = QLineSeries()
        goal.setName(
            QCoreApplication.translate("ReportWords", "Daily goal (%1)").replace(
                "%1", str(daily_goal)
            )
        )
        goal.append([QPointF(-0.5, daily_goal), QPointF(len(days) - 0.5, daily_goal)])
        pen = QPen(QColor(GOAL_COLOR))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        goal.setPen(pen)
        chart.addSeries(goal)
        for axis in chart.axes():
            goal.attachAxis(axis)
        value_axis = chart.axes(Qt.Orientation.Vertical)[0]
        if isinstance(value_axis, QValueAxis) and value_axis.max() < daily_goal * 1.1:
            value_axis.setRange(0, daily_goal * 1.15)
            value_axis.applyNiceNumbers()
    return chart


def call_funnel_chart(report: Report) -> QChart | None:
    """Dials → answered → connects → conversations, as bars with their counts."""
    t = report.totals
    if not t.dials:
        return None
    steps = [
        (QCoreApplication.translate("ReportWords", "Dials"), t.dials),
        (QCoreApplication.translate("ReportWords", "Answered"), t.answered),
        (QCoreApplication.translate("ReportWords", "Connects"), t.connects),
        (QCoreApplication.translate("ReportWords", "Conversations"), t.conversations),
    ]
    # Horizontal bars list their first category at the bottom: reverse for top-down.
    steps.reverse()
    return _bars(
        [name for name, _ in steps],
        [
            (
                QCoreApplication.translate("ReportWords", "Calls"),
                [n for _, n in steps],
                SERIES_COLORS[0],
            )
        ],
        horizontal=True,
        labels=True,
    )


def rates_chart(report: Report, rep_names: Mapping[str, str]) -> QChart | None:
    """Connect rate and reply rate, for the team and for each rep, in percent."""
    if not (report.totals.dials or report.totals.emails_sent):
        return None
    whole = rep_names.get(report.rep_email, report.rep_email) if report.rep_email else None
    rows: list[tuple[str, Tally]] = [
        (whole or QCoreApplication.translate("ReportWords", "Everyone"), report.totals)
    ]
    if report.rep_email is None:
        rows += [(rep_names.get(k, k), v) for k, v in report.by_rep.items() if k != "unassigned"]
    # Horizontal: a rep's whole name fits beside the bars (below them it is cut short).
    rows.reverse()
    return _bars(
        [name for name, _ in rows],
        [
            (
                QCoreApplication.translate("ReportWords", "Connect rate"),
                [round(t.connect_rate * 100, 1) for _, t in rows],
                SERIES_COLORS[0],
            ),
            (
                QCoreApplication.translate("ReportWords", "Reply rate"),
                [round(t.reply_rate * 100, 1) for _, t in rows],
                SERIES_COLORS[1],
            ),
        ],
        horizontal=True,
        percent=True,
    )


def meetings_week_chart(report: Report) -> QChart | None:
    """Meetings booked and hand-offs accepted, per week."""
    weeks = list(report.meetings_by_week)
    booked = [report.meetings_by_week[w] for w in weeks]
    accepted = [report.handoffs_by_week.get(w, {}).get("accepted", 0) for w in weeks]
    if not (any(booked) or any(accepted)):
        return None
    # Each week by its Monday; the card's title says they are weeks.
    return _bars(
        [_day_label(w) for w in weeks],
        [
            (
                QCoreApplication.translate("ReportWords", "Meetings booked"),
                booked,
                SERIES_COLORS[2],
            ),
            (
                QCoreApplication.translate("ReportWords", "Hand-offs accepted"),
                accepted,
                SERIES_COLORS[3],
            ),
        ],
        labels=True,
    )


def meetings_rep_chart(report: Report, rep_names: Mapping[str, str]) -> QChart | None:
    """Meetings booked and hand-offs accepted, per rep."""
    reps = [k for k, v in report.by_rep.items() if v.meetings_booked or v.handed_off]
    if not reps:
        return None
    reps.reverse()
    return _bars(
        [rep_names.get(k, k) for k in reps],
        [
            (
                QCoreApplication.translate("ReportWords", "Meetings booked"),
                [report.by_rep[k].meetings_booked for k in reps],
                SERIES_COLORS[2],
            ),
            (
                QCoreApplication.translate("ReportWords", "Hand-offs accepted"),
                [report.by_rep[k].handoffs_accepted for k in reps],
                SERIES_COLORS[3],
            ),
        ],
        horizontal=True,
        labels=True,
    )


def _days_text(days: float | None) -> str:
    if days is None:
        return "—"
    return QCoreApplication.translate("ReportWords", "%1 d").replace(
        "%1", QLocale().toString(days, "f", 1)
    )


def funnel_chart(report: Report) -> QChart | None:
    """Contacts reaching each stage in the range, with the median days spent in it."""
    stages = [s for s in report.stages if s.reached or s.current]
    if not any(s.reached for s in stages):
        return None
    medians = report.median_days_in_stage()
    stages.reverse()
    return _bars(
        [f"{stage_label(s.key, s.name)} · {_days_text(medians.get(s.key))}" for s in stages],
        [
            (
                QCoreApplication.translate("ReportWords", "Reached in the range"),
                [s.reached for s in stages],
                SERIES_COLORS[5],
            )
        ],
        horizontal=True,
        labels=True,
    )


def speed_chart(report: Report) -> QChart | None:
    """How fast inbound leads got their first touch, by bucket (and the untouched)."""
    buckets = report.speed_buckets()
    if not any(buckets.values()):
        return None
    codes = list(buckets)
    codes.reverse()  # fastest at the top
    return _bars(
        [bucket_label(code) for code in codes],
        [
            (
                QCoreApplication.translate("ReportWords", "Inbound leads"),
                [buckets[c] for c in codes],
                SERIES_COLORS[0],
            )
        ],
        horizontal=True,
        labels=True,
    )


def outcomes_chart(report: Report) -> QChart | None:
    """Calls by disposition, most frequent at the top."""
    if not report.outcomes:
        return None
    codes = list(report.outcomes)
    codes.reverse()
    return _bars(
        [outcome_label(c) for c in codes],
        [
            (
                QCoreApplication.translate("ReportWords", "Calls"),
                [report.outcomes[c] for c in codes],
                SERIES_COLORS[0],
            )
        ],
        horizontal=True,
        labels=True,
    )


def _results_chart(slices: Mapping[str, Tally], label: Callable[[str], str]) -> QChart | None:
    keys = [k for k, t in slices.items() if t.dials or t.emails_sent or t.meetings_booked]
    if not keys:
        return None
    return _bars(
        [label(k) for k in keys],
        [
            (
                QCoreApplication.translate("ReportWords", "Connects"),
                [slices[k].connects for k in keys],
                SERIES_COLORS[0],
            ),
            (
                QCoreApplication.translate("ReportWords", "Replies"),
                [slices[k].replies for k in keys],
                SERIES_COLORS[1],
            ),
            (
                QCoreApplication.translate("ReportWords", "Meetings booked"),
                [slices[k].meetings_booked for k in keys],
                SERIES_COLORS[2],
            ),
        ],
        labels=True,
    )


def source_chart(report: Report) -> QChart | None:
    """Connects, replies and meetings by the contacts' source."""
    return _results_chart(report.by_source, source_label)


def lead_type_chart(report: Report) -> QChart | None:
    """Connects, replies and meetings by lead type (seeds, nets, spears)."""
    return _results_chart(report.by_lead_type, lead_type_label)


__all__ = [
    "call_funnel_chart",
    "funnel_chart",
    "lead_type_chart",
    "meetings_rep_chart",
    "meetings_week_chart",
    "outcomes_chart",
    "rates_chart",
    "source_chart",
    "speed_chart",
    "touches_chart",
]
