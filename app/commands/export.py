"""``export``: contacts to CSV, XLSX or vCard, chosen by the output file's suffix."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import (
    EXIT_OK,
    db_target,
    emit_json,
    interruptible,
    log,
    progress_printer,
)


def cmd_export(args: argparse.Namespace) -> int:
    """Export contacts (all, or one list) to CSV, XLSX or vCard, chosen by ``--out``'s suffix.

    The file is written to a temporary file and renamed at the end, so an existing file is
    replaced whole or not at all.
    """
    from app.storage.database import open_database
    from app.storage.exporting import export_contacts

    out = Path(args.out).expanduser()
    # Read-only: an export must never create, upgrade or otherwise touch the database.
    db = open_database(db_target(args), read_only=True, shared=args.shared)
    try:
        progress = progress_printer("Exporting")
        with interruptible() as cancel:
            summary = export_contacts(
                db, out, list_name=args.list, raw=args.raw, progress=progress, cancel=cancel
            )
        where = db.display_name
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, "database": where, "out": str(summary.path),
                    "format": summary.format, "rows": summary.rows, "list": args.list})  # fmt: skip
    else:
        scope = f' from list "{args.list}"' if args.list else ""
        print(f"Exported {summary.rows:,} contacts{scope} to {summary.path} ({summary.format}).")
    log.info("export: %s rows from %s to %s", summary.rows, where, summary.path)
    return EXIT_OK
