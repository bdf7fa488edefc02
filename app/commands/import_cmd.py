"""``python main.py import FILE --db PATH [--list NAME] [--region CC] [--source S] …``.

Also ``[--create-owners] [--now ISO8601] [--dry-run] [--json]``.

The import command of the headless interface.
Unreadable files are refused before the database is opened or created; a failed or
interrupted import rolls back, and a database file this command created is removed again.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_OK,
    CommandError,
    db_target,
    emit_json,
    interruptible,
    now_or_clock,
    one_line,
)


class _TerminalProgress:
    """``Importing… 42% 123,456 rows 31,000 rows/s`` on one stderr line (a TTY only).

    A :data:`~app.core.ops.Progress`: the import reports (rows read, rows the file
    holds), and (rows, 0) while it rebuilds its indexes.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._started = time.monotonic()
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total and done < total and now - self._last < 0.25:
            return
        self._last = now
        if not total:  # every row is in: the indexes are being rebuilt
            text = f"{self.label}… building indexes and the search index ({done:,} rows)"
        else:
            elapsed = now - self._started
            rate = done / elapsed if elapsed > 0 else 0.0
            text = f"{self.label}… {100 * done / total:3.0f}% {done:,} rows {rate:,.0f} rows/s"
        self._shown = True
        print(f"\r\x1b[2K{text}", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        """End the progress line (once the command is done with it)."""
        if self._shown:
            print(file=sys.stderr, flush=True)


def _progress(label: str) -> _TerminalProgress | None:
    return _TerminalProgress(label) if sys.stderr.isatty() else None


def _run(args: argparse.Namespace, target: str) -> dict[str, Any]:
    """Run ``import``; return the JSON object (printed by the caller).

    Args:
        args: Parsed arguments (``file``, ``list``, ``dry_run``, ``json``).
        target: The database path or URL.

    Returns:
        The result object: ``rows``, ``created``, ``updated``, ``duplicates``, ``invalid``,
        ``rejected``, ``batch_id`` (None for a dry run), ``report_path`` and more.

    Raises:
        ImportFileError: The file cannot be read (nothing was opened or written).
        KeyboardInterrupt: Ctrl+C (the import rolled back).
    """
    from app.core.importing import open_table
    from app.storage.database import is_url, open_database
    from app.storage.importing import plan_import, run_import

    source = Path(args.file).expanduser()
    with open_table(str(source)):
        pass  # an unreadable file is refused before any database is opened or created
    path = None if is_url(target) and not target.startswith("sqlite") else Path(target)
    created = path is not None and not path.exists()
    db = open_database(target, create=not args.dry_run, shared=args.shared)
    db.busy_waiting = _say_busy
    progress = _progress("Checking" if args.dry_run else "Importing")
    choices: dict[str, Any] = {
        "default_region": getattr(args, "region", None),
        "source": getattr(args, "source", None),
        "create_owners": bool(getattr(args, "create_owners", False)),
        "now": now_or_clock(args),
    }
    try:
        with interruptible() as cancel:
            if args.dry_run:
                payload = plan_import(
                    db, source, progress=progress, cancel=cancel, **choices
                ).to_json()
            else:
                payload = run_import(
                    db, source, list_name=args.list, progress=progress, cancel=cancel,
                    **choices,
                ).to_json()  # fmt: skip
    except BaseException:
        db.close()
        if created and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    finally:
        if progress is not None:
            progress.close()
    db.close()
    from app.commands.messages_importing import describe_row_warning

    for warning in payload.get("row_warnings") or []:
        warning["message"] = describe_row_warning(warning["code"], warning["args"])
    return {"ok": True, "file": str(source), "database": db.display_name, **payload}


def describe(payload: dict[str, Any]) -> str:
    """The human-readable summary of an import or dry run."""
    verb = "Would import" if payload.get("dry_run") else "Imported"
    lines = [
        f"{verb} {payload['rows']:,} rows from {payload['file']}: "
        f"{payload['created']:,} new, {payload['updated']:,} updated, "
        f"{payload['duplicates']:,} duplicates, {payload['invalid']:,} invalid (kept), "
        f"{payload['rejected']:,} rejected."
    ]
    matched = payload.get("matched_by") or {}
    if matched:
        lines.append(
            "Matched by: " + ", ".join(f"{key} {count:,}" for key, count in matched.items())
        )
    phones = payload.get("phones") or {}
    if phones.get("rows"):
        region = payload.get("region")
        where = {"option": "given", "file": "read from the file"}.get(
            payload.get("region_from") or "", ""
        )
        lines.append(
            f"Phones: {phones['parsed']:,} of {phones['rows']:,} read"
            + (f" (default region {region}, {where})" if region else " (no default region)")
        )
    for row in payload.get("updated_rows") or []:
        fields = ", ".join(row["fields"]) or "contact points or tags"
        lines.append(f"  row {row['row']} would change contact {row['contact_id']}: {fields}")
    for suggestion in payload.get("merge_suggestions") or []:
        ids = ", ".join(str(i) for i in suggestion["contact_ids"])
        lines.append(f"  row {suggestion['row']} matches contacts {ids}: left for review")
    for name, values in (payload.get("unknown_values") or {}).items():
        shown = ", ".join(f"{value!r} ({count:,})" for value, count in list(values.items())[:10])
        more = f" and {len(values) - 10:,} more" if len(values) > 10 else ""
        lines.append(f"Unknown {name}: {shown}{more} (kept as written)")
    if payload.get("owners_created"):
        lines.append(f"Reps created for unknown owners: {payload['owners_created']:,}")
    lines.extend(_warning_lines(payload))
    lines.extend(_report_lines(payload))
    for row in payload.get("rejected_rows") or []:
        lines.append(f"  row {row['row']}: {row['reason']} - {row['message']}")
    if payload.get("batch_id") is not None:
        lines.append(f"Import batch {payload['batch_id']} (it can be undone as a whole).")
    return "\n".join(lines)


def _warning_lines(payload: dict[str, Any]) -> list[str]:
    """``Warnings: N`` and one line per row warning kept."""
    warnings = payload.get("row_warnings") or []
    count = payload.get("row_warning_count") or 0
    if not count:
        return []
    lines = [f"Warnings: {count:,} (the rows were imported; check these fields)"]
    lines.extend(f"  row {w['row']}: {w['message']}" for w in warnings)
    if count > len(warnings):
        lines.append(f"  and {count - len(warnings):,} more")
    return lines


def _report_lines(payload: dict[str, Any]) -> list[str]:
    """Where the rejected-rows report is, and why when it is not beside the file."""
    from app.commands.messages_importing import describe_report_problem

    lines: list[str] = []
    if payload.get("report_fallback"):
        lines.append(
            f"The rejected-rows report could not be written to {payload['report_wanted']} "
            f"({describe_report_problem(payload['report_fallback'])}); "
            "it went to the data folder instead."
        )
    if payload.get("report_path"):
        lines.append(f"Rejected rows and reasons: {payload['report_path']}")
    elif payload.get("report_error"):
        lines.append(
            "The rejected-rows report could not be written "
            f"({describe_report_problem(payload['report_error'])}); "
            "the rejected rows are listed above."
            if payload.get("rejected_rows")
            else "The rejected-rows report could not be written "
            f"({describe_report_problem(payload['report_error'])})."
        )
    return lines


def _say_busy(waited: float, limit: float) -> None:
    """Another program holds the database: say so instead of looking frozen."""
    print(f"The database is busy (another import or write is running); waited {waited:.0f} "
          f"s, waiting up to {limit:.0f} s…", file=sys.stderr)  # fmt: skip


def cmd_import(args: argparse.Namespace) -> int:
    """Import a contact file (or, with ``--dry-run``, report what an import would do)."""
    from app.core.importing import ImportFileError

    try:
        payload = _run(args, db_target(args))
    except ImportFileError as exc:
        raise CommandError(one_line(exc.message)) from exc
    except ValueError as exc:
        raise CommandError(one_line(str(exc))) from exc
    if args.json:
        emit_json(payload)
    else:
        print(describe(payload))
    return EXIT_OK
