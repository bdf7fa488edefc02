"""Backups with SQLite's online backup API: consistent even while the app is writing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.core.ops import Progress, report
from app.storage import errors

if TYPE_CHECKING:
    pass


class HasPath(Protocol):
    """What a backup needs of an open ``app.storage.database.Database``: its file.

    A protocol, not that class: ``database`` imports this module to back a file up before
    a schema upgrade, so this module must not import ``database`` (not even for types).
    """

    @property
    def path(self) -> Path | None:
        """The SQLite file, ``None`` for a database server."""


# Pages copied per step, so a progress callback can report and a big file is not one stall.
_PAGES_PER_STEP = 4096


class BackupError(errors.StorageError):
    """A backup (or a restore) could not be made; nothing was changed.

    ``str()`` is an English sentence for logs and the CLI; an interface words ``code``
    with the values itself.

    Attributes:
        code: ``"backup_onto_itself"`` (the destination is the database),
            ``"backup_failed"`` (``detail`` is SQLite's complaint),
            ``"backup_server_database"`` (a server database: its own tools back it up) or
            ``"restore_from_itself"``.
        path: The file written to, or restored from.
        detail: SQLite's complaint, for ``backup_failed``.
    """

    def __init__(self, message: str, *, code: str, path: Path | None, detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.detail = detail


def default_backup_dir() -> Path:
    """The user's backup folder (``<data dir>/backups``)."""
    from app.storage.paths import user_data_dir

    return user_data_dir() / "backups"


def _remove_partial(partial: Path) -> None:
    """Delete a half-written backup with the journal SQLite keeps beside it while writing."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def backup_file(
    source: Path,
    destination: Path,
    *,
    progress: Progress | None = None,
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

    Raises:
        BackupError: The destination is the database, or the copy failed (no file left).
    """
    destination = destination.expanduser().absolute()
    if destination == source.expanduser().absolute():
        raise BackupError(
            "A backup cannot overwrite the database it copies.",
            code="backup_onto_itself",
            path=destination,
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    _remove_partial(partial)  # what a backup killed midway left behind
    from app.storage.sqlite_file import readonly_uri

    # readonly_uri: backing up a closed WAL database must not leave -wal/-shm files behind.
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:

            def _step(_status: int, remaining: int, total: int) -> None:
                report(progress, total - remaining, total)

            src.backup(dst, pages=_PAGES_PER_STEP, progress=_step)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        _remove_partial(partial)
        raise BackupError(
            f"The backup to {destination} failed: {exc}",
            code="backup_failed",
            path=destination,
            detail=str(exc),
        ) from exc
    except BaseException:  # cancelled (the operations contract), interrupted
        _remove_partial(partial)
        raise
    finally:
        src.close()
    partial.replace(destination)
    return destination


def backup_database(db: HasPath, destination: Path, *, progress: Progress | None = None) -> Path:
    """Back up an open database to ``destination`` (SQLite files only)."""
    if db.path is None:
        raise BackupError(
            "A server database is backed up with the server's own tools (pg_dump).",
            code="backup_server_database",
            path=destination,
        )
    return backup_file(db.path, destination, progress=progress)


def timestamped_name(path: Path, label: str) -> str:
    """``contacts.sqlite3`` → ``contacts-<label>-20261123-101500.sqlite3``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".sqlite3"
    return f"{path.stem}-{label}-{stamp}{suffix}"


def backup_before_upgrade(db: HasPath, revision: str, *, backup_dir: Path | None) -> Path:
    """Back up a database that is about to be upgraded from ``revision``."""
    assert db.path is not None
    folder = backup_dir if backup_dir is not None else default_backup_dir()
    return backup_file(db.path, folder / timestamped_name(db.path, f"before-upgrade-{revision}"))


# Side files SQLite keeps next to a database; they belong to that file and move with it.
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def list_backups(path: Path, *, backup_dir: Path | None = None) -> list[Path]:
    """Backups of the database ``path``, newest first, for the "restore from backup" choice.

    Looks in ``backup_dir`` (default: the user's backup folder) and next to the database
    for files named like ``timestamped_name`` makes them (``<stem>-<label>-<stamp><suffix>``)
    that start like an SQLite file. Half-written ``.partial`` files are never listed.

    Args:
        path: the database file the backups were taken of.
        backup_dir: the folder the backups were written to, when not the default one.

    Returns:
        Backup files, the most recently modified first.
    """
    from app.storage.sqlite_file import SQLITE_MAGIC

    path = path.expanduser().absolute()
    suffix = path.suffix or ".sqlite3"
    folders = {backup_dir if backup_dir is not None else default_backup_dir(), path.parent}
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for match in folder.glob(f"{path.stem}-*{suffix}"):
            candidate = match.absolute()
            if candidate == path or not candidate.is_file():
                continue
            try:
                with candidate.open("rb") as fh:
                    if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                        continue
            except OSError:
                continue
            found.add(candidate)
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def restore_from_backup(backup: Path, target: Path, *, aside_label: str = "damaged") -> Path | None:
    """Put a backup back in place of a damaged (or unwanted) database, deleting nothing.

    The backup is first copied with the backup API to a temporary file next to
    ``target`` and checked; only then is the current file (with its ``-wal``/``-shm``/
    ``-journal``, which belong to it and would corrupt the restored copy) moved aside to
    ``<stem>-damaged-<stamp><suffix>``, and the copy renamed into place. A failure at any
    step leaves ``target`` as it was. Close the database before calling this.

    Args:
        backup: the backup file to restore.
        target: where the database belongs.
        aside_label: the word in the moved-aside file's name: ``damaged`` when a broken
            file is replaced, ``before-restore`` when a working one is (its safety copy,
            listed among the backups so the restore can itself be undone).

    Returns:
        Where the previous file was moved, or ``None`` when there was no file at ``target``.

    Raises:
        CorruptDatabaseError: the backup itself is damaged (nothing was changed).
        NotADatabaseError: the backup is not an SQLite file (nothing was changed).
        StorageError: the copy failed (nothing was changed).
    """
    from app.storage.sqlite_file import check_sqlite_header

    backup = backup.expanduser().absolute()
    target = target.expanduser().absolute()
    if backup == target:
        raise BackupError(
            "A database cannot be restored from itself.", code="restore_from_itself", path=backup
        )
    check_sqlite_header(backup)
    staged = target.with_name(target.name + ".restoring")
    backup_file(backup, staged)
    try:
        conn = sqlite3.connect(f"file:{staged.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        row = (str(exc),)
    finally:
        for side in _SIDE_SUFFIXES:
            Path(f"{staged}{side}").unlink(missing_ok=True)
    if not row or row[0] != "ok":
        staged.unlink(missing_ok=True)
        raise errors.CorruptDatabaseError(
            f"The backup {backup.name} is damaged too ({row[0] if row else 'no answer'}); "
            "choose another one."
        )
    aside: Path | None = None
    if target.exists():
        first_choice = aside = target.with_name(timestamped_name(target, aside_label))
        counter = 1
        while aside.exists():  # two restores within one second: never overwrite the first
            aside = first_choice.with_name(f"{first_choice.stem}-{counter}{first_choice.suffix}")
            counter += 1
        target.replace(aside)
        for side in _SIDE_SUFFIXES:
            leftover = Path(f"{target}{side}")
            if leftover.exists():
                leftover.replace(Path(f"{aside}{side}"))
    staged.replace(target)
    return aside
