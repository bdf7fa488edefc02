"""The Reports page: the team's (or one rep's) figures for a range of days, as charts.

On top the range (from, to) and whose work (everybody or one rep), then the headline
figures, then a grid of charts: touches per day against the daily goal, the call funnel,
connect and reply rates, meetings and accepted hand-offs per week and per rep, the
stage funnel with the median days in each stage, speed-to-lead, call outcomes, and
results by source and by lead type. docs/reports.md defines every number.

The report is read in a background job (``app.storage.reports.read_report``); a newer
request while one runs waits for it and then reads again. Each chart exports its numbers
as CSV and itself as PNG. Writes anywhere (a call logged, a stage moved, a hand-off)
arrive on the change broadcast and refresh the page when it is showing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.adapters.clock import Clock, SystemClock
from app.core.ops import Changes
from app.core.reports import Report, ReportError, ReportRange, report_range, report_tables
from app.storage.cadences import RepInfo
from app.storage.reports import read_report, report_reps
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.reports import charts
from app.ui.reports.card import ChartCard
from app.ui.reports.words import error_text
from app.ui.theme import set_tone, theme_watcher
from app.ui.widgets.page import Page

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart

    from app.storage.database import Database

#: Tables whose changes can change a figure.
_REPORT_TABLES = ("activities", "handoffs", "contacts", "reps", "pipeline_stages")


@dataclass(frozen=True)
class ReportLoad:
    """One read of the page's data, made off the GUI thread.

    Attributes:
        reps: Every rep (for the filter and the charts' names).
        report: The report, or None when it could not be made.
        error: The report's error (a code with arguments), or None.
    """

    reps: tuple[RepInfo, ...] = ()
    report: Report | None = None
    error: ReportError | None = field(default=None)


def load_report(
    db: Database, span: ReportRange, rep_email: str | None, ctx: JobContext | None = None
) -> ReportLoad:
    """Read the reps and the report (the job's work; never touches widgets)."""
    reps = tuple(report_reps(db))
    try:
        found = read_report(
            db,
            span,
            rep_email,
            cancel=ctx.token if ctx else None,
            progress=ctx.progress if ctx else None,
        )
    except ReportError as exc:
        return ReportLoad(reps, None, exc)
    return ReportLoad(reps, found)


class ReportsPage(Page):
    """Where the rep and the manager see touches, rates, meetings and speed-to-lead.

    Args:
        parent: The parent widget.
        clock: What "today" is (tests fix it); the system clock by default.

    Attributes:
        cards: figure name -> its chart card.
        load: The data shown (the last load that finished).
        last_job: The most recent job the page started (tests wait on it).

    Signals:
        loaded: a load finished and is on screen.
    """

    loaded = Signal()
    key = "reports"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView

    def __init__(self, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()
        self.cards: dict[str, ChartCard] = {}
        self.load = ReportLoad()
        self.last_job: Job[ReportLoad] | None = None
        self.workspace: QWidget | None = None
        self._shown_db: Database | None = None
        self._loading = False
        self._reload_pending = False
        self._stale = False
        change_bus().changed.connect(self._on_changes)
        # Charts take their colours when they are made: light or dark, they are made again.
        theme_watcher().theme_changed.connect(self._on_theme_changed)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        workspace = QWidget(self)
        workspace.setObjectName("reportsWorkspace")
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        from_label = QLabel(self.tr("From:"), workspace)
        bar.addWidget(from_label)
        self.from_edit = self._date_edit(workspace, "fromDate")
        from_label.setBuddy(self.from_edit)
        bar.addWidget(self.from_edit)
        to_label = QLabel(self.tr("To:"), workspace)
        bar.addWidget(to_label)
        self.to_edit = self._date_edit(workspace, "toDate")
        to_label.setBuddy(self.to_edit)
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Whose work:"), workspace))
        self.rep_combo = QComboBox(workspace)
        self.rep_combo.setObjectName("reportRep")
        self.rep_combo.setAccessibleName(self.tr("Whose work"))
        self.rep_combo.setMinimumWidth(220)
        self.rep_combo.addItem(self.tr("Everyone"), "")
        self.rep_combo.activated.connect(lambda _i: self.reload())
        bar.addWidget(self.rep_combo)
        self.refresh_button = QPushButton(self.tr("Refresh"), workspace)
        self.refresh_button.clicked.connect(self.reload)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.status_label = QLabel(workspace)
        self.status_label.setObjectName("reportStatus")
        bar.addWidget(self.status_label)
        layout.addLayout(bar)

        self.problem_label = QLabel(workspace)
        self.problem_label.setObjectName("reportProblem")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "color: {problem};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.tiles = QHBoxLayout()
        self.tile_labels: dict[str, QLabel] = {}
        for name in ("touches", "dials", "connects", "replies", "meetings", "handoffs", "speed"):
            tile = QLabel(workspace)
            tile.setObjectName(f"tile_{name}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setMargin(8)
            tile.setWordWrap(True)
            self.tile_labels[name] = tile
            self.tiles.addWidget(tile, 1)
        layout.addLayout(self.tiles)

        scroll = QScrollArea(workspace)
        scroll.setObjectName("reportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_host = QWidget(scroll)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        titles = (
            ("touches_by_day", self.tr("Touches per day against the daily goal")),
            ("call_funnel", self.tr("Calls: reach → connect → conversation")),
            ("rates", self.tr("Connect rate and reply rate")),
            ("meetings_by_week", self.tr("Meetings booked and hand-offs accepted per week")),
            ("meetings_by_rep", self.tr("Meetings and accepted hand-offs per rep")),
            ("funnel", self.tr("Stage funnel, with median days in each stage")),
            ("speed_to_lead", self.tr("Speed-to-lead: first touch of inbound leads")),
            ("outcomes", self.tr("Calls by disposition")),
            ("by_source", self.tr("Results by lead source")),
            ("by_lead_type", self.tr("Results by lead type (seeds, nets, spears)")),
        )
        for index, (name, title) in enumerate(titles):
            card = ChartCard(name, title, grid_host)
            self.cards[name] = card
            if index == 0:
                grid.addWidget(card, 0, 0, 1, 2)  # a month of days needs the full width
            else:
                grid.addWidget(card, 1 + (index - 1) // 2, (index - 1) % 2)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        page_layout = self.layout()
        assert page_layout is not None
        page_layout.addWidget(workspace)
        self.workspace = workspace
        self.set_range(report_range(None, None, self.clock.now().date()))

    def _date_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def set_range(self, span: ReportRange) -> None:
        """Show ``span`` in the date fields (without a reload per field)."""
        for edit, day in ((self.from_edit, span.first), (self.to_edit, span.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_rep(self, email: str) -> None:
        """Choose whose work to show by address ("" for everyone) and reload."""
        index = self.rep_combo.findData(email)
        self.rep_combo.setCurrentIndex(max(index, 0))
        self.reload()

    # --- loading --------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The open database."""
        return self.context.database

    def refresh(self) -> None:
        """Load the report of the open database (or explain that one must be opened)."""
        db = self.context.database
        if db is None:
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("No activity to report yet"),
                self.tr(
                    "Touches per day against your goal, connect and reply rates, meetings "
                    "booked, the stage funnel and speed-to-lead appear here once a database "
                    "is open. File → Open, or create demo data to look around."
                ),
            )
            self._shown_db = None
            return
        if self.context.contacts == 0:
            # Nothing can have happened yet: say how to get figures instead of charts.
            if self.workspace is not None:
                self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(
                self.tr("No activity to report yet"),
                self.tr(
                    "This database has no contacts. Import your prospects and work them "
                    "from Today: touches, rates, meetings and speed-to-lead appear here. "
                    "Or create demo data to see every chart filled in."
                ),
                "" if self.context.read_only else self.tr("Create demo data"),
            )
            self._shown_db = None
            return
        if self.workspace is None:
            self._build()
        if self._shown_db is not db:
            self._shown_db = db
            assert self.workspace is not None
            self.workspace.hide()
            self.empty_state.show()
            self.empty_state.set_content(self.tr("Reports"), self.tr("Reading the figures…"))
        self.reload()

    def on_action(self) -> None:
        """Create demo data (the empty state's button for an empty database)."""
        if self.context.database is not None and self.context.contacts == 0:
            self.demo_requested.emit()

    def _span(self) -> ReportRange | ReportError:
        first = self.from_edit.date().toPython()
        last = self.to_edit.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        try:
            return report_range(first, last, last)
        except ReportError as exc:
            return exc

    def _on_theme_changed(self, _dark: bool) -> None:
        self.reload()

    def reload(self) -> Job[ReportLoad] | None:
        """Read the report for the chosen range and rep in a background job."""
        db = self.database
        if db is None or self.workspace is None:
            return None
        span = self._span()
        if isinstance(span, ReportError):
            self._show_problem(error_text(span.code, span.arguments))
            return None
        if self._loading:
            self._reload_pending = True
            return self.last_job
        self._loading = True
        rep_email = str(self.rep_combo.currentData() or "") or None
        self.status_label.setText(self.tr("Reading…"))

        def work(ctx: JobContext) -> ReportLoad:
            return load_report(db, span, rep_email, ctx)

        def done(result: ReportLoad) -> None:
            if self.database is db:
                self._show(result)
                self.loaded.emit()

        def ended(*_args: object) -> None:
            self._loading = False
            if self._reload_pending:
                self._reload_pending = False
                self.reload()

        job: Job[ReportLoad] = Job(self, work, on_success=done, title=self.tr("Read the report"))
        job.finished.connect(ended)
        job.failed.connect(ended)
        job.cancelled.connect(ended)
        self.last_job = job
        return job.start()

    def _on_changes(self, changes: Changes) -> None:
        if self.workspace is None or self.database is None:
            return
        if any(changes.touches(table) for table in _REPORT_TABLES):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # read again when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another page was showing."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # --- showing --------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _fill_reps(self, reps: tuple[RepInfo, ...]) -> None:
        combo = self.rep_combo
        chosen = str(combo.currentData() or "")
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Everyone"), "")
        for rep in reps:
            if rep.email and rep.role != "ae" and (rep.active or rep.email == chosen):
                combo.addItem(rep.name, rep.email)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _show(self, load: ReportLoad) -> None:
        self.load = load
        self.status_label.clear()
        assert self.workspace is not None
        self.empty_state.hide()
        self.workspace.show()
        self._fill_reps(load.reps)
        if load.error is not None:
            self._show_problem(error_text(load.error.code, load.error.arguments))
            return
        self._show_problem("")
        report = load.report
        if report is None:
            return
        if report.is_empty:
            self.status_label.setText(
                self.tr("Nothing happened in this range. Pick earlier days, or log calls and "
                        "emails from Today.")
            )  # fmt: skip
        self._fill_tiles(report)
        self._fill_charts(report, load.reps)

    def _fill_tiles(self, report: Report) -> None:
        locale = QLocale()
        t = report.totals

        def pct(value: float) -> str:
            return locale.toString(value * 100, "f", 1) + "%"

        touches = sum(sum(c.values()) for c in report.touches_by_day.values())
        days = max(len(report.touches_by_day), 1)
        speed = report.speed_to_lead_minutes
        # caption, the figure, a smaller line that says what it is out of
        texts = {
            "touches": (
                self.tr("Touches"),
                locale.toString(touches),
                self.tr("%1 a day").replace("%1", locale.toString(touches / days, "f", 1)),
            ),
            "dials": (
                self.tr("Dials"),
                locale.toString(t.dials),
                self.tr("%1 answered").replace("%1", locale.toString(t.answered)),
            ),
            "connects": (
                self.tr("Connects"),
                locale.toString(t.connects),
                self.tr("%1 of dials").replace("%1", pct(t.connect_rate)),
            ),
            "replies": (
                self.tr("Replies"),
                locale.toString(t.replies),
                self.tr("%1 of emails sent").replace("%1", pct(t.reply_rate)),
            ),
            "meetings": (
                self.tr("Meetings booked"),
                locale.toString(t.meetings_booked),
                self.tr("%1 conversations").replace("%1", locale.toString(t.conversations)),
            ),
            "handoffs": (
                self.tr("Hand-offs"),
                locale.toString(t.handed_off),
                self.tr("%1 accepted").replace("%1", locale.toString(t.handoffs_accepted)),
            ),
            "speed": (
                self.tr("Speed-to-lead"),
                self.tr("%1 min").replace("%1", locale.toString(speed, "f", 1))
                if speed is not None
                else "—",
                self.tr("median of %1 leads").replace(
                    "%1", locale.toString(len(report.speed_minutes))
                ),
            ),
        }
        for name, (caption, value, detail) in texts.items():
            self.tile_labels[name].setText(
                f"{caption}<br><span style='font-size: 15pt; font-weight: 600'>{value}</span>"
                f"<br><small>{detail}</small>"
            )

    def _daily_goal(self, report: Report, reps: tuple[RepInfo, ...]) -> int:
        """The goal line: one rep's daily goal, or the goal times the active SDRs."""
        goal = max(settings.DAILY_GOAL.get(), 0)
        if report.rep_email is not None:
            return goal
        return goal * max(sum(1 for r in reps if r.role == "sdr" and r.active), 1)

    def _fill_charts(self, report: Report, reps: tuple[RepInfo, ...]) -> None:
        names = {r.email or r.name: r.name for r in reps}
        tables = report_tables(report)
        t = report.totals
        locale = QLocale()
        goal = self._daily_goal(report, reps)
        touches = sum(sum(c.values()) for c in report.touches_by_day.values())
        days = max(len(report.touches_by_day), 1)
        speed = report.speed_to_lead_minutes
        no_calls = self.tr("No calls in this range. Calls logged from Today appear here.")
        built: dict[str, tuple[QChart | None, str, str]] = {
            "touches_by_day": (
                charts.touches_chart(report, goal),
                self.tr("%1 touches, %2 a day on average; goal %3 a day.")
                .replace("%1", locale.toString(touches))
                .replace("%2", locale.toString(touches / days, "f", 1))
                .replace("%3", locale.toString(goal)),
                self.tr("No touches in this range. Work the queue on Today, or pick other days."),
            ),
            "call_funnel": (
                charts.call_funnel_chart(report),
                self.tr(
                    "Answered: anyone picked up; connect: the prospect; conversation: a "
                    "connect of a minute or more, or a meeting booked."
                ),
                no_calls,
            ),  # fmt: skip
            "rates": (
                charts.rates_chart(report, names),
                self.tr("Connects per dial %1; replies per email sent %2.")
                .replace("%1", locale.toString(t.connect_rate * 100, "f", 1) + "%")
                .replace("%2", locale.toString(t.reply_rate * 100, "f", 1) + "%"),
                self.tr("No calls or emails in this range."),
            ),
            "meetings_by_week": (
                charts.meetings_week_chart(report),
                self.tr("%1 meetings booked; %2 of %3 hand-offs accepted.")
                .replace("%1", locale.toString(t.meetings_booked))
                .replace("%2", locale.toString(t.handoffs_accepted))
                .replace("%3", locale.toString(t.handed_off)),
                self.tr("No meetings booked in this range. Book one from a call's outcome."),
            ),
            "meetings_by_rep": (
                charts.meetings_rep_chart(report, names),
                "",
                self.tr("No meetings or hand-offs in this range."),
            ),
            "funnel": (
                charts.funnel_chart(report),
                self.tr(
                    "Contacts moved into each stage in the range; the median days they "
                    "stayed before the next move."
                ),
                self.tr("No stage moves in this range. Move prospects on the Pipeline board."),
            ),  # fmt: skip
            "speed_to_lead": (
                charts.speed_chart(report),
                self.tr("Median %1 minutes from arrival to first call, email or message.").replace(
                    "%1", locale.toString(speed, "f", 1)
                )
                if speed is not None
                else "",
                self.tr(
                    "No inbound leads arrived in this range. Import them with source "
                    "inbound to time the first touch."
                ),
            ),  # fmt: skip
            "outcomes": (charts.outcomes_chart(report), "", no_calls),
            "by_source": (
                charts.source_chart(report),
                "",
                self.tr("Nothing to compare yet: no work on contacts in this range."),
            ),
            "by_lead_type": (
                charts.lead_type_chart(report),
                "",
                self.tr("Nothing to compare yet: no work on contacts in this range."),
            ),
        }
        for name, (chart, summary, empty) in built.items():
            self.cards[name].show_chart(chart, summary, empty, tables[name])


__all__ = ["ReportLoad", "ReportsPage", "load_report"]
