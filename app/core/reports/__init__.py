"""Reports: touches, connect and reply rates, meetings, hand-offs, funnel, speed-to-lead.

Pure Python. Storage (``app.storage.reports``) reads grouped rows; :func:`build_report`
sums them into a :class:`Report`; :mod:`~app.core.reports.output` writes it as JSON or
CSV. docs/reports.md defines every figure.
"""

from app.core.reports.dates import ReportError, ReportRange, report_range, week_of
from app.core.reports.definitions import (
    CONNECT_OUTCOMES,
    DEFAULT_DAYS,
    EMAIL_SENT_OUTCOMES,
    FIRST_TOUCH_KINDS,
    HANDOFF_STATUSES,
    LEAD_TYPES,
    SOURCES,
    SPEED_BUCKETS,
    TOUCH_CHANNELS,
    TOUCH_KIND_CHANNEL,
)
from app.core.reports.figures import (
    ActivityGroup,
    Booking,
    BookingGroup,
    DayTouches,
    HandoffGroup,
    Report,
    ReportInput,
    StageCount,
    Tally,
    VariantCount,
    build_report,
    median_of_union,
    median_or_none,
    rate,
    stage_stays,
)
from app.core.reports.output import (
    FigureTable,
    report_json,
    report_tables,
    write_table,
    write_tables,
)

__all__ = [
    "CONNECT_OUTCOMES",
    "DEFAULT_DAYS",
    "EMAIL_SENT_OUTCOMES",
    "FIRST_TOUCH_KINDS",
    "HANDOFF_STATUSES",
    "LEAD_TYPES",
    "SOURCES",
    "SPEED_BUCKETS",
    "TOUCH_CHANNELS",
    "TOUCH_KIND_CHANNEL",
    "ActivityGroup",
    "Booking",
    "BookingGroup",
    "DayTouches",
    "FigureTable",
    "HandoffGroup",
    "Report",
    "ReportError",
    "ReportInput",
    "ReportRange",
    "StageCount",
    "Tally",
    "VariantCount",
    "build_report",
    "median_of_union",
    "median_or_none",
    "rate",
    "report_json",
    "report_range",
    "report_tables",
    "stage_stays",
    "week_of",
    "write_table",
    "write_tables",
]
