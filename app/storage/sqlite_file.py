"""Reading an SQLite file with the standard library alone: its header and a read-only URI.

Opening (``app.storage.database``), backups and the integrity check all look at a file
before, or instead of, opening it through SQLAlchemy; they share these helpers here so
that none of them has to import another for them.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import errors

SQLITE_MAGIC = b"SQLite format 3\x00"


def _has_wal(path: Path) -> bool:
    """True when a non-empty write-ahead log lies beside the database file."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def check_sqlite_header(path: Path) -> bool:
    """Refuse a file that is not an SQLite database, or a truncated one, by its header alone.

    Reads the first 100 bytes and the size; opens nothing through SQLite, writes nothing.

    Returns:
        False for an empty file (SQLite treats it as a new database), True otherwise.

    Raises:
        MissingDatabaseError: there is no such file.
        ReadOnlyDatabaseError: the file cannot even be read.
        NotADatabaseError: the file is not an SQLite database.
        CorruptDatabaseError: the file is shorter than its header says (truncated).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError as exc:
        raise errors.MissingDatabaseError(f"There is no database at {path}.") from exc
    except PermissionError as exc:
        raise errors.ReadOnlyDatabaseError(
            f"Prospect Desk is not allowed to read {path}. Check the file's permissions."
        ) from exc
    except OSError as exc:
        raise errors.DatabaseOpenError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if size == 0:
        return False
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotADatabaseError(
            f"{path.name} is not a Prospect Desk database (it is not an SQLite file)."
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # The in-header page count is only trustworthy when the "version-valid-for" number
    # matches the change counter (files written by SQLite before 3.7.0 leave it stale).
    count_valid = header[24:28] == header[92:96]
    page_count = int.from_bytes(header[28:32], "big") if count_valid else 0
    if len(header) < 100:
        raise errors.CorruptDatabaseError(
            f"{path.name} is damaged: its header is cut short. Restore it from a backup."
        )
    # With a write-ahead log beside it, the file may be shorter than its header says and
    # still whole: a checkpoint that ran out of disk space wrote page 1 but not the pages
    # after it, which are all still in the log. SQLite reads them from there and finishes
    # the checkpoint once there is room; refusing the file would strand committed data.
    if page_count and size < page_size * page_count and not _has_wal(path):
        raise errors.CorruptDatabaseError(
            f"{path.name} is damaged: the file is shorter than its header says "
            f"({size:,} of {page_size * page_count:,} bytes). Restore it from a backup."
        )
    return True


def readonly_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without writing or creating anything next to it.

    A read-only reader of a WAL database creates ``-wal``/``-shm`` files when they are
    missing. A WAL database without a ``-wal`` has no connection open and nothing waiting
    for a checkpoint, so ``immutable=1`` reads it as it is. Otherwise ``mode=ro``: it reads
    the WAL too (its side files exist already), and for a rollback-journal file, which
    others may be writing on a share, it takes SQLite's shared lock as it should.
    """
    try:
        with path.open("rb") as fh:
            wal_format = fh.read(20)[18:19] == b"\x02"
    except OSError:
        wal_format = False
    if wal_format and not Path(f"{path}-wal").exists():
        return f"file:{path.as_posix()}?mode=ro&immutable=1"
    return f"file:{path.as_posix()}?mode=ro"
