"""``python main.py import FILE --db PATH [--list NAME] [--dry-run] [--json]``.

The import command of the headless interface.
Unreadable files are refused before the database is opened or created; a failed or
interrupted import rolls back, and a database file this command created is removed again.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import EXIT_OK, CommandError, db_target, emit_json, one_line

if TYPE_CHECKING:
    # Only for annotations: the importing package is heavy, and app/cli.py imports every
    # command module, so loading it here would slow down every other command.
    from app.storage.importing.model import ImportProgress, ProgressCallback


class _TerminalProgress:
    """``Importing… 42% 123,456 rows 31,000 rows/s`` on one stderr line (a TTY only)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._last = 0.0

    def __call__(self, update: ImportProgress) -> None:
        now = time.monotonic()
        if update.phase == "reading" and now - self._last < 0.25:
            return
        self._last = now
        if update.phase == "finishing":
            text = f"{self.label}… building indexes and the search index ({update.rows:,} rows)"
        else:
            text = (
                f"{self.label}… {100 * update.fraction:3.0f}% {update.rows:,} rows "
                f"{update.rows_per_second:,.0f} rows/s"
            )
        end = "\n" if update.phase == "done" else ""
        print(f"\r\x1b[2K{text}", end=end, file=sys.stderr, flush=True)


def _progress(label: str) -> ProgressCallback | None:
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
        ImportCancelled: Interrupted.
    """
    from app.core.importing import open_table
    from app.storage.database import is_url, open_database
    from app.storage.importing import plan_import, run_import

    source = Path(args.file).expanduser()
    with open_table(str(source)):
        pass  # an unreadable file is refused before any database is opened or created
    path = None if is_url(target) and not target.startswith("sqlite") else Path(target)
    created = path is not None and not path.exists()
    db = open_database(target, create=not args.dry_run)
    try:
        if args.dry_run:
            plan = plan_import(db, source, progress=_progress("Checking"))
            payload = plan.to_json()
        else:
            result = run_import(db, source, list_name=args.list, progress=_progress("Importing"))
            payload = result.to_json()
    except BaseException:
        db.close()
        if created and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
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
    if payload.get("report_path"):
        lines.append(f"Rejected rows and reasons: {payload['report_path']}")
    for row in payload.get("rejected_rows") or []:
        lines.append(f"  row {row['row']}: {row['reason']} - {row['message']}")
    if payload.get("batch_id") is not None:
        lines.append(f"Import batch {payload['batch_id']} (it can be undone as a whole).")
    return "\n".join(lines)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a contact file (or, with ``--dry-run``, report what an import would do)."""
    from app.core.importing import ImportFileError
    from app.storage.importing import ImportCancelled

    try:
        payload = _run(args, db_target(args))
    except ImportFileError as exc:
        raise CommandError(one_line(exc.message)) from exc
    except ImportCancelled as exc:
        raise KeyboardInterrupt from exc
    except ValueError as exc:
        raise CommandError(one_line(str(exc))) from exc
    if args.json:
        emit_json(payload)
    else:
        print(describe(payload))
    return EXIT_OK
