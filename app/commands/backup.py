"""``backup``: copy the database with SQLite's online backup API."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import (
    EXIT_OK,
    CommandError,
    db_target,
    file_path,
    human_size,
    is_file_target,
    log,
    progress_printer,
)


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database to ``--out`` with SQLite's online backup."""
    from app.storage.backup import backup_database
    from app.storage.database import open_database

    target = db_target(args)
    out = Path(args.out).expanduser().absolute()
    if out.is_dir():
        raise CommandError(
            f"{out} is a folder; name the backup file, e.g. {out / 'backup.sqlite3'}."
        )
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; choose another name or add --force.")
    if is_file_target(target) and out == file_path(target):
        raise CommandError("The backup cannot overwrite the database it copies.")
    # Read-only: a backup must never upgrade, create or otherwise touch the database.
    db = open_database(target, read_only=True, shared=args.shared)
    try:
        written = backup_database(db, out, progress=progress_printer("Backing up"))
        where = db.display_name
    finally:
        db.close()
    print(f"Backed up {where} to {written} ({human_size(written.stat().st_size)}).")
    log.info("backup: %s -> %s", where, written)
    return EXIT_OK
