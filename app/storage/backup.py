"""Backups with SQLite's online backup API: consistent even while the app is writing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage import errors

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.storage.database import Database

# Pages copied per step, so a progress callback can report and a big file is not one stall.
_PAGES_PER_STEP = 4096


def default_backup_dir() -> Path:
    """The user's backup folder (``<data dir>/backups``)."""
    from app.storage.paths import user_data_dir

    return user_data_dir() / "backups"


def backup_file(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy an SQLite file to ``destination`` with the backup API.

    The copy is written to a temporary name and renamed at the end, so a failed or
    interrupted backup never leaves a file that looks complete.

    Args:
        source: the database file.
        destination: the backup file to write (its folder is created).
        progress: called with (pages done, pages total) after each step.

    Returns:
        The destination path.
    """
    destination = destination.expanduser().absolute()
    if destination == source.expanduser().absolute():
        raise errors.StorageError("A backup cannot overwrite the database it copies.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:

            def _step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=_PAGES_PER_STEP, progress=_step)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise errors.StorageError(f"The backup to {destination} failed: {exc}") from exc
    finally:
        src.close()
    partial.replace(destination)
    return destination


def backup_database(
    db: Database, destination: Path, *, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Back up an open database to ``destination`` (SQLite files only)."""
    if db.path is None:
        raise errors.StorageError(
            "A server database is backed up with the server's own tools (pg_dump)."
        )
    return backup_file(db.path, destination, progress=progress)


def timestamped_name(path: Path, label: str) -> str:
    """``contacts.sqlite3`` → ``contacts-<label>-20261123-101500.sqlite3``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".sqlite3"
    return f"{path.stem}-{label}-{stamp}{suffix}"


def backup_before_upgrade(db: Database, revision: str, *, backup_dir: Path | None) -> Path:
    """Back up a database that is about to be upgraded from ``revision``."""
    assert db.path is not None
    folder = backup_dir if backup_dir is not None else default_backup_dir()
    return backup_file(db.path, folder / timestamped_name(db.path, f"before-upgrade-{revision}"))
