"""``copy --db PATH --to URL``: this SQLite database into an empty PostgreSQL database.

Every table is copied in one server transaction and its row count verified on both sides
(``app.storage.team.copy``); Ctrl+C stops the copy and leaves the target empty.
"""

from __future__ import annotations

import argparse

from app.commands.common import (
    EXIT_OK,
    CommandError,
    db_target,
    emit_json,
    file_path,
    interruptible,
    is_file_target,
    log,
    progress_printer,
)


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy the SQLite database named by ``--db`` into the empty server database ``--to``."""
    from app.storage.database import open_database
    from app.storage.team import TeamError, copy_to_server

    target = db_target(args)
    if not is_file_target(target):
        raise TeamError("not_sqlite", {"source": target})
    if not file_path(target).exists():
        raise CommandError(f"there is no database at {file_path(target)}")
    source = open_database(target, create=False, shared=args.shared)
    try:
        with interruptible() as cancel:
            result = copy_to_server(
                source, args.to, progress=progress_printer("Copying"), cancel=cancel
            )
    finally:
        source.close()
    log.info("copy: %s rows to %s in %.1f s", sum(result.tables.values()), result.target,
             result.seconds)  # fmt: skip
    if args.json:
        emit_json({"ok": True, "tables": dict(result.tables), "seconds": result.seconds})
    else:
        rows = sum(result.tables.values())
        print(
            f"Copied {rows:,} rows in {len(result.tables)} tables to {result.target} "
            f"in {result.seconds:.1f} s; every table's row count matches."
        )
        print(f"Open it with: --db {result.target}")
    return EXIT_OK
