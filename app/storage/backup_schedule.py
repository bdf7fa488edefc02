"""Scheduled backups: one copy per interval into a folder, old copies pruned after N days.

The running app asks :func:`run_scheduled_backup` now and then (off the GUI thread). A
backup is due when the folder holds no scheduled backup of this database taken within the
interval; the copy is made with SQLite's backup API (:func:`app.storage.backup.backup_file`,
consistent while the app writes) under a name that carries its UTC time::

    prospects-scheduled-20261207-063000Z.sqlite3

so "when was the last one" is read from the names, not from file times a sync tool may
change. Pruning deletes scheduled backups older than the keep period, never the newest one
(a laptop off for a month still has its last good copy). Backups made by hand, before an
upgrade or before a restore are never pruned.

A server database is not backed up here: its administrator's tools (pg_dump, the
server's own schedule) do that; the result says so with ``skipped="server"``.

Usage::

    result = run_scheduled_backup(db, folder, now=now, every=dt.timedelta(days=1),
                                  keep_days=14, progress=ctx.report)
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from app.core.ops import Progress
from app.storage.backup import backup_file, list_backups

if TYPE_CHECKING:
    from app.storage.backup import HasPath

__all__ = [
    "SCHEDULED_LABEL",
    "BackupInfo",
    "ScheduledBackupResult",
    "backup_due",
    "backup_info",
    "backup_is_good",
    "latest_good_backup",
    "prune_scheduled",
    "run_scheduled_backup",
    "scheduled_backups",
    "scheduled_name",
]

#: The label in a scheduled backup's name (``<stem>-scheduled-<stamp>Z<suffix>``).
SCHEDULED_LABEL: Final = "scheduled"
_STAMP: Final = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, for lists and the restore dialog.

    Attributes:
        path: The file.
        taken_at: When it was taken (UTC): from its name when it carries a stamp, else
            the file's modification time.
        size: Its size in bytes.
        scheduled: Made by the schedule (only those are pruned).
    """

    path: Path
    taken_at: dt.datetime
    size: int
    scheduled: bool


@dataclass(frozen=True)
class ScheduledBackupResult:
    """What one scheduled run did.

    Attributes:
        made: The backup written, or None when none was due (or skipped).
        pruned: The old scheduled backups deleted.
        skipped: ``"server"`` for a server database (nothing done), else None.
    """

    made: Path | None = None
    pruned: tuple[Path, ...] = field(default=())
    skipped: str | None = None


def _suffix(database: Path) -> str:
    return database.suffix or ".sqlite3"


def scheduled_name(database: Path, now: dt.datetime) -> str:
    """``prospects.sqlite3`` at ``now`` -> ``prospects-scheduled-20261207-063000Z.sqlite3``."""
    stamp = now.astimezone(dt.UTC).strftime(_STAMP)
    return f"{database.stem}-{SCHEDULED_LABEL}-{stamp}Z{_suffix(database)}"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(database.stem)}-(?P<label>[a-z-]+)-(?P<stamp>\d{{8}}-\d{{6}})(?P<utc>Z?)"
        rf"(?:-\d+)?{re.escape(_suffix(database))}$"
    )


def backup_info(path: Path, database: Path) -> BackupInfo:
    """Describe one backup of ``database`` (its time from the name when it has one)."""
    stat = path.stat()
    match = _pattern(database).match(path.name)
    taken: dt.datetime | None = None
    if match is not None:
        naive = dt.datetime.strptime(match["stamp"], _STAMP)
        # Scheduled names are UTC ("Z"); the older hand-made names are local time.
        taken = naive.replace(tzinfo=dt.UTC) if match["utc"] else naive.astimezone(dt.UTC)
    if taken is None:
        taken = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
    scheduled = match is not None and match["label"] == SCHEDULED_LABEL and bool(match["utc"])
    return BackupInfo(path=path, taken_at=taken, size=stat.st_size, scheduled=scheduled)


def scheduled_backups(folder: Path, database: Path) -> list[BackupInfo]:
    """The scheduled backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    prefix = f"{database.stem}-{SCHEDULED_LABEL}-"
    found = [
        backup_info(p, database)
        for p in folder.glob(f"{prefix}*{_suffix(database)}")
        if p.is_file()
    ]
    return sorted((b for b in found if b.scheduled), key=lambda b: b.taken_at, reverse=True)


def backup_due(folder: Path, database: Path, *, now: dt.datetime, every: dt.timedelta) -> bool:
    """True when no scheduled backup of ``database`` in ``folder`` is younger than ``every``.

    A backup stamped in the future (a clock that was wrong) does not count as recent.
    """
    for backup in scheduled_backups(folder, database):
        if backup.taken_at <= now and now - backup.taken_at < every:
            return False
    return True


def prune_scheduled(
    folder: Path, database: Path, *, now: dt.datetime, keep_days: int
) -> tuple[Path, ...]:
    """Delete scheduled backups older than ``keep_days``, always keeping the newest one.

    Returns:
        The files deleted.
    """
    backups = scheduled_backups(folder, database)
    cutoff = now - dt.timedelta(days=max(keep_days, 1))
    gone: list[Path] = []
    for backup in backups[1:]:
        if backup.taken_at < cutoff:
            backup.path.unlink(missing_ok=True)
            gone.append(backup.path)
    return tuple(gone)


def run_scheduled_backup(
    db: HasPath,
    folder: Path,
    *,
    now: dt.datetime,
    every: dt.timedelta,
    keep_days: int,
    progress: Progress | None = None,
) -> ScheduledBackupResult:
    """Back up ``db`` into ``folder`` when due, then prune old scheduled backups.

    Args:
        db: The open database (a server database is skipped).
        folder: Where scheduled backups go (created when missing).
        now: The clock's now (aware).
        every: The interval between backups.
        keep_days: Scheduled backups older than this many days are deleted.
        progress: Pages copied, for a progress bar.

    Returns:
        What was done.

    Raises:
        BackupError: the copy failed (no half-written file is left).
    """
    source = db.path
    if source is None:
        return ScheduledBackupResult(skipped="server")
    made = None
    if backup_due(folder, source, now=now, every=every):
        made = backup_file(source, folder / scheduled_name(source, now), progress=progress)
    pruned = prune_scheduled(folder, source, now=now, keep_days=keep_days)
    return ScheduledBackupResult(made=made, pruned=pruned)


def backup_is_good(backup: Path) -> bool:
    """True when ``backup`` is an SQLite file whose ``quick_check`` says ok (read-only)."""
    from app.storage.sqlite_file import readonly_uri

    try:
        conn = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == "ok"


def latest_good_backup(path: Path, *, backup_dir: Path | None = None) -> Path | None:
    """The newest backup of ``path`` that is itself undamaged, for ``check`` to offer.

    Files a restore moved aside because they were damaged are passed over.

    Args:
        path: The database file.
        backup_dir: Where backups were written (default: the user's backup folder).

    Returns:
        The backup, or None when there is no good one.
    """
    # Newest by the time in the name where there is one: copying a file changes its mtime.
    found = [backup_info(b, path) for b in list_backups(path, backup_dir=backup_dir)]
    for backup in (b.path for b in sorted(found, key=lambda b: b.taken_at, reverse=True)):
        if "-damaged-" in backup.name:
            continue
        if backup_is_good(backup):
            return backup
    return None
