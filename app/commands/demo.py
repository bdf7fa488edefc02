"""``demo``: create a database (or fill an empty one) with realistic demo data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import (
    EXIT_OK,
    CommandError,
    emit_json,
    file_path,
    interruptible,
    is_file_target,
    log,
    progress_printer,
)

if TYPE_CHECKING:
    from app.storage.demo import DemoSummary


def cmd_demo(args: argparse.Namespace) -> int:
    """Create (or fill an empty) database with demo data."""
    target = str(args.db)
    is_file = is_file_target(target)
    path = file_path(target) if is_file else None
    created = path is not None and not path.exists()
    if path is not None and not created:
        _refuse_demo_over_data(target)
    from app.storage.database import open_database
    from app.storage.demo import populate_demo

    try:
        db = open_database(target, shared=args.shared, create_folders=True)
        try:
            with interruptible() as cancel:
                summary = populate_demo(
                    db, contacts=args.contacts, seed=args.seed,
                    progress=progress_printer("Creating demo data"), cancel=cancel,
                )  # fmt: skip
        finally:
            db.close()
    except BaseException:
        if created and path is not None:
            _remove_database_files(path)
        raise
    where = db.display_name
    if args.json:
        emit_json({"ok": True, "database": where, **_summary_dict(summary)})
    else:
        print(
            f"Created {summary.contacts:,} prospects at {summary.companies:,} companies, "
            f"{summary.cadences} cadences, {summary.enrollments:,} enrollments, "
            f"{summary.tasks:,} open tasks and {summary.activities:,} activities in {where} "
            f"({summary.seconds:.1f} s)."
        )
    log.info("demo: %s contacts in %s (%.1f s)", summary.contacts, where, summary.seconds)
    return EXIT_OK


def _summary_dict(summary: DemoSummary) -> dict[str, Any]:
    from dataclasses import asdict

    values = asdict(summary)
    del values["changes"]  # the counts say it for the CLI; Changes is for the GUI's pages
    values["seconds"] = round(values["seconds"], 2)
    return values


def _refuse_demo_over_data(target: str) -> None:
    """Refuse, without writing a byte, to put demo data into a database that has prospects.

    Reads the file with SQLite's read-only URI (no journal side files appear), after the
    storage layer's own checks have turned away files that are not ours.
    """
    import sqlite3

    from app.storage.database import read_schema_revision
    from app.storage.errors import CorruptDatabaseError
    from app.storage.sqlite_file import check_sqlite_header, readonly_uri

    path = file_path(target)
    if not check_sqlite_header(path) or read_schema_revision(path) is None:
        return  # empty: a new database
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            count = int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path.name} cannot be read ({exc}).") from exc
    if count:
        raise CommandError(
            f"{path} already holds {count:,} prospects; demo data only goes into a new or "
            "empty database. Name a new file with --db."
        )


def _remove_database_files(path: Path) -> None:
    """Delete a database file this command created, with its journal side files."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", leftover)
