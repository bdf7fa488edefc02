"""``report [--from DATE] [--to DATE] [--rep EMAIL] [--json] [--out DIR]``: activity,
funnel and speed-to-lead figures (docs/reports.md defines each one)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import (
    EXIT_OK,
    CommandError,
    db_target,
    emit_json,
    interruptible,
    log,
    now_or_clock,
)

if TYPE_CHECKING:
    from app.core.reports import Report


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def summary_lines(report: Report) -> list[str]:
    """The readable summary printed without ``--json``."""
    t = report.totals
    who = report.rep_email or "all reps"
    days = len(report.touches_by_day)
    touches = sum(sum(c.values()) for c in report.touches_by_day.values())
    speed = report.speed_to_lead_minutes
    lines = [
        f"Report {report.range.first} to {report.range.last} ({days} days), {who}",
        f"  Touches        {touches:,} ({touches / days:,.1f} a day)",
        f"  Dials          {t.dials:,}   connects {t.connects:,} ({_percent(t.connect_rate)}),"
        f" conversations {t.conversations:,}",
        f"  Emails sent    {t.emails_sent:,}   replies {t.replies:,} ({_percent(t.reply_rate)})",
        f"  Meetings       {t.meetings_booked:,} booked",
        f"  Hand-offs      {t.handed_off:,} made, {t.handoffs_accepted:,} accepted, "
        f"{report.handoff_statuses.get('sent_back', 0):,} sent back",
        "  Speed-to-lead  "
        + (
            f"median {speed:,.1f} minutes over {len(report.speed_minutes):,} inbound leads"
            if speed is not None
            else "no inbound lead of the range was touched yet"
        )
        + (f" ({report.inbound_untouched:,} not touched yet)" if report.inbound_untouched else ""),
        "  Funnel now     "
        + ", ".join(f"{s.key} {s.current:,}" for s in report.stages if s.current)
        or "  Funnel now     (no stages)",
    ]
    if report.by_rep:
        lines.append("  By rep:")
        for rep, tally in report.by_rep.items():
            lines.append(
                f"    {rep}: {tally.dials:,} dials, {tally.connects:,} connects, "
                f"{tally.emails_sent:,} emails, {tally.replies:,} replies, "
                f"{tally.meetings_booked:,} meetings"
            )
    return lines


def cmd_report(args: argparse.Namespace) -> int:
    """Print the report for the range (and rep); write its CSV files with ``--out``."""
    from app.core.reports import report_json, report_range, report_tables, write_tables
    from app.storage.database import open_database
    from app.storage.reports import read_report

    now = now_or_clock(args)
    # Refused before the database is opened: a reversed range is the caller's mistake.
    span = report_range(args.date_from, args.date_to, now.date())
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.exists() and not out.is_dir():
        raise CommandError(f"--out {out} is a file; give a folder for the CSV files")
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        with interruptible() as cancel:
            report = read_report(db, span, args.rep, cancel=cancel)
    finally:
        db.close()
    from app.storage.paths import scratch_dir

    written = (
        [str(p) for p in write_tables(out, report_tables(report), scratch_dir())] if out else []
    )
    if args.json:
        payload: dict[str, object] = {"ok": True, **report_json(report)}
        if out is not None:
            payload["files"] = written
        emit_json(payload)
    else:
        print("\n".join(summary_lines(report)))
        if out is not None:
            print(f"Wrote {len(written)} CSV files to {out}.")
    log.info("report: %s to %s, rep %s", span.first, span.last, args.rep or "all")
    return EXIT_OK
