"""A report as JSON (``report --json``) and as one CSV table per figure (``--out DIR``,
the Reports page's "Export CSV").

The CSV files are for people: UTF-8 with a byte-order mark (Excel), every cell through
the export's formula neutralisation (a rep's address or a stage name that starts with
``=`` must not run in a spreadsheet), each file written next to its target and moved
into place only when complete.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.exporting.atomic import atomic_output
from app.core.exporting.fields import neutralize_cell
from app.core.reports.definitions import HANDOFF_STATUSES, TOUCH_CHANNELS
from app.core.reports.figures import Report, Tally

Cell = str | int | float | None


@dataclass(frozen=True)
class FigureTable:
    """One figure's data as a table: a header and rows."""

    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


def _breakdown_json(slices: dict[str, Tally]) -> dict[str, dict[str, int | float]]:
    return {label: tally.as_dict() for label, tally in slices.items()}


def report_json(report: Report) -> dict[str, object]:
    """The report as the JSON object docs/headless.md promises (``ok`` not included)."""
    t = report.totals
    return {
        "from": report.range.first.isoformat(),
        "to": report.range.last.isoformat(),
        "rep": report.rep_email,
        **t.as_dict(),
        "handoffs_pending": report.handoff_statuses.get("pending", 0),
        "handoffs_sent_back": report.handoff_statuses.get("sent_back", 0),
        "answered": t.answered,
        "conversations": t.conversations,
        "touches": sum(sum(c.values()) for c in report.touches_by_day.values()),
        "touches_by_day": {
            day.isoformat(): counts for day, counts in report.touches_by_day.items()
        },
        "funnel": {s.key: s.current for s in report.stages},
        "funnel_reached": {s.key: s.reached for s in report.stages},
        "median_days_in_stage": report.median_days_in_stage(),
        "speed_to_lead_minutes": report.speed_to_lead_minutes,
        "speed_to_lead": {
            "median_minutes": report.speed_to_lead_minutes,
            "touched": len(report.speed_minutes),
            "untouched": report.inbound_untouched,
            "buckets": report.speed_buckets(),
        },
        "outcomes": report.outcomes,
        "meetings_by_week": {w.isoformat(): n for w, n in report.meetings_by_week.items()},
        "handoffs_by_week": {w.isoformat(): s for w, s in report.handoffs_by_week.items()},
        "by_rep": _breakdown_json(report.by_rep),
        "by_source": _breakdown_json(report.by_source),
        "by_lead_type": _breakdown_json(report.by_lead_type),
        "variants": {
            v.variant: {
                "sent": v.sent,
                "replied": v.replied,
                "reply_rate": round(v.replied / v.sent, 4) if v.sent else 0.0,
            }
            for v in report.variants
        },
    }


def _breakdown_table(label: str, slices: dict[str, Tally]) -> FigureTable:
    names = tuple(Tally().as_dict())
    return FigureTable(
        (label, *names),
        [(key, *tally.as_dict().values()) for key, tally in slices.items()],
    )


def report_tables(report: Report) -> dict[str, FigureTable]:
    """Each figure's data as a table, keyed by the CSV file's stem."""
    t = report.totals
    stays = report.median_days_in_stage()
    buckets = report.speed_buckets()
    return {
        "summary": FigureTable(
            ("figure", "value"),
            # The single numbers (a median with no lead to measure is an empty cell).
            [
                (k, v)
                for k, v in report_json(report).items()
                if (v is None or isinstance(v, int | float)) and k not in ("from", "to", "rep")
            ],
        ),
        "touches_by_day": FigureTable(
            ("day", *TOUCH_CHANNELS, "total"),
            [
                (day.isoformat(), *(c[ch] for ch in TOUCH_CHANNELS), sum(c.values()))
                for day, c in report.touches_by_day.items()
            ],
        ),
        "call_funnel": FigureTable(
            ("step", "count"),
            [
                ("dials", t.dials),
                ("answered", t.answered),
                ("connects", t.connects),
                ("conversations", t.conversations),
            ],
        ),  # fmt: skip
        "rates": FigureTable(
            ("rate", "numerator", "denominator", "value"),
            [
                ("connect_rate", t.connects, t.dials, t.connect_rate),
                ("reply_rate", t.replies, t.emails_sent, t.reply_rate),
            ],
        ),  # fmt: skip
        "meetings_by_week": FigureTable(
            ("week", "meetings_booked", *(f"handoffs_{s}" for s in HANDOFF_STATUSES)),
            [
                (
                    week.isoformat(),
                    report.meetings_by_week.get(week, 0),
                    *(report.handoffs_by_week.get(week, {}).get(s, 0) for s in HANDOFF_STATUSES),
                )
                for week in report.range.weeks()
            ],
        ),
        "meetings_by_rep": FigureTable(
            ("rep", "week", "meetings_booked"),
            [
                (rep, week.isoformat(), count)
                for rep, weeks in report.meetings_by_rep_week.items()
                for week, count in weeks.items()
            ],
        ),
        "funnel": FigureTable(
            ("stage", "name", "position", "current", "reached", "median_days_in_stage"),
            [
                (s.key, s.name, s.position, s.current, s.reached, stays[s.key])
                for s in report.stages
            ],
        ),  # fmt: skip
        "speed_to_lead": FigureTable(("bucket", "leads"), list(buckets.items())),
        "outcomes": FigureTable(("outcome", "calls"), list(report.outcomes.items())),
        "by_rep": _breakdown_table("rep", report.by_rep),
        "by_source": _breakdown_table("source", report.by_source),
        "by_lead_type": _breakdown_table("lead_type", report.by_lead_type),
        "variants": FigureTable(
            ("variant", "sent", "replied", "reply_rate"),
            [
                (v.variant, v.sent, v.replied, round(v.replied / v.sent, 4) if v.sent else 0.0)
                for v in report.variants
            ],
        ),  # fmt: skip
    }


def write_table(path: Path, table: FigureTable, scratch: Path | None = None) -> None:
    """Write one figure's table as a spreadsheet-safe CSV file at ``path``.

    Args:
        path: The file to write.
        table: The figure's rows.
        scratch: The app's scratch folder for the temporary file (None: beside ``path``).

    Raises:
        OSError: the file could not be written; nothing was left behind.
    """
    with (
        atomic_output(path, scratch) as temp,
        temp.open("w", encoding="utf-8-sig", newline="") as fh,
    ):
        writer = csv.writer(fh, dialect="excel")
        writer.writerow([neutralize_cell(h) for h in table.header])
        writer.writerows([neutralize_cell(c) for c in row] for row in table.rows)


def write_tables(
    folder: Path, tables: dict[str, FigureTable], scratch: Path | None = None
) -> Sequence[Path]:
    """Write every table as ``<folder>/<name>.csv``; returns the paths written, in order.

    Raises:
        OSError: the folder or a file could not be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = folder / f"{name}.csv"
        write_table(path, table, scratch)
        written.append(path)
    return written


__all__ = ["FigureTable", "report_json", "report_tables", "write_table", "write_tables"]
