"""The watched folder: CSV / vCard files marketing drops, imported as inbound leads.

The app watches one folder (a per-computer setting; the GUI uses a file-system watcher
plus a periodic rescan, since watchers miss changes on many network folders). Each scan:

1. :func:`scan_folder` lists the files that could be imports (``.csv``, ``.tsv``,
   ``.txt``, ``.vcf``, ``.vcard``, ``.xlsx``; not hidden, not an editor's or browser's
   temporary file) with their size and modification time;
2. :func:`ready_files` keeps those that look the same as at the previous scan: a file
   still being written (its size or time still moving) is left for the next scan;
3. :func:`import_dropped_file` imports each ready file:

   - it first **claims** the file by renaming it into ``processing/`` (a rename is atomic:
     of two apps watching the same share, only one gets the file);
   - imports it as ``inbound`` (the arrival time from the file's date column, else the
     file's own modification time: when marketing dropped it) in one transaction;
   - moves it to ``processed/``, with the rejected-rows report beside it when rows were
     rejected, or — when it could not be read at all — to ``failed/`` with
     ``<name>.error.txt`` saying why (the database is unchanged: the import is one
     transaction);
   - routes its new unowned leads round-robin at once when the team turned that on.

A file left in ``processing/`` by an app that died mid-import is not lost: it stays
there, and :func:`scan_folder` offers it again once it is older than
:data:`STALE_PROCESSING`.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from app.core.importing.errors import ImportFileError
from app.core.ops import CancelToken, Changes
from app.storage import tables
from app.storage.routing.rotation import RoutingResult, load_routing_settings, route_leads

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.importing.model import ImportResult

__all__ = [
    "FAILED",
    "PROCESSED",
    "PROCESSING",
    "DroppedFile",
    "FileState",
    "import_dropped_file",
    "ready_files",
    "scan_folder",
]

PROCESSING: Final = "processing"
PROCESSED: Final = "processed"
FAILED: Final = "failed"

#: Suffixes imported from the folder.
SUFFIXES: Final = frozenset({".csv", ".tsv", ".txt", ".vcf", ".vcard", ".xlsx"})

#: Name shapes of files still being written by another program.
_TEMPORARY: Final = (".part", ".tmp", ".crdownload", ".partial", ".download", "~")

#: A file in ``processing/`` this old was left by an app that stopped mid-import.
STALE_PROCESSING: Final = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class FileState:
    """What a file looked like at a scan: size and modification time (nanoseconds)."""

    size: int
    mtime_ns: int


@dataclass(frozen=True)
class DroppedFile:
    """What became of one dropped file.

    Attributes:
        name: The file's name as dropped.
        outcome: ``processed``, ``failed``, or ``gone`` (another app took it first, or it
            vanished).
        moved_to: Where the file is now (None when ``gone``).
        result: The import's counts (``processed`` only).
        error_code: Why the file could not be read (``failed`` only; the importer's key).
        routing: The round-robin's assignments of the new leads (None when routing is off).
        changes: Everything written (the import and the routing).
    """

    name: str
    outcome: str
    moved_to: Path | None
    result: ImportResult | None = None
    error_code: str | None = None
    routing: RoutingResult | None = None
    changes: Changes = Changes()


def _is_candidate(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith((".", "~$")) or name.lower().endswith(_TEMPORARY):
        return False
    if Path(name).suffix.lower() not in SUFFIXES:
        return False
    return entry.is_file(follow_symlinks=False)


def scan_folder(folder: Path, *, wall_now: float | None = None) -> dict[Path, FileState]:
    """The files of ``folder`` that could be imports, with their state now.

    Also offers files stuck in ``processing/`` for longer than :data:`STALE_PROCESSING`.
    A folder that does not exist (a share that is offline) gives nothing.
    """
    found: dict[Path, FileState] = {}
    wall = time.time() if wall_now is None else wall_now
    for place, stale_only in ((folder, False), (folder / PROCESSING, True)):
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for entry in entries:
            try:
                if not _is_candidate(entry):
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stale_only and wall - info.st_mtime < STALE_PROCESSING.total_seconds():
                continue
            found[Path(entry.path)] = FileState(info.st_size, info.st_mtime_ns)
    return found


def ready_files(
    previous: Mapping[Path, FileState], current: Mapping[Path, FileState]
) -> list[Path]:
    """The files that have not changed since the previous scan (and are not empty).

    A file seen for the first time, or whose size or time moved since, is still being
    copied or written: it waits for the next scan.
    """
    return sorted(
        path for path, state in current.items() if state.size > 0 and previous.get(path) == state
    )


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name`` with a counter when that is taken."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 1
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return target


def _claim(path: Path, folder: Path) -> Path | None:
    """Rename the file into ``processing/``; None when another app got it first."""
    if path.parent.name == PROCESSING and path.parent.parent == folder:
        return path  # a stale leftover: already in processing/
    (folder / PROCESSING).mkdir(exist_ok=True)
    target = _free_name(folder / PROCESSING, path.name)
    try:
        os.rename(path, target)
    except FileNotFoundError:
        return None
    return target


def _settle(path: Path, folder: Path, where: str, extras: list[Path]) -> Path:
    """Move the file (and its reports) from ``processing/`` to ``where``."""
    (folder / where).mkdir(exist_ok=True)
    final = _free_name(folder / where, path.name)
    os.replace(path, final)
    for extra in extras:
        if extra.exists():
            # The reports are named after the file: keep them named after it if it
            # had to take a new name ("leads (1).csv") in ``where``.
            tail = extra.name[len(path.stem) :] if extra.name.startswith(path.stem) else ""
            os.replace(extra, folder / where / (final.stem + tail if tail else extra.name))
    return final


def _batch_leads(db: Database, batch_id: int) -> list[int]:
    items, contacts = tables.import_batch_items.c, tables.contacts.c
    with db.reading() as conn:
        rows = conn.execute(
            select(items.contact_id)
            .join(tables.contacts, contacts.id == items.contact_id)
            .where(items.batch_id == batch_id, contacts.source == "inbound",
                   contacts.owner_id.is_(None))
            .order_by(items.row_number, items.contact_id)
        )  # fmt: skip
        return [int(r[0]) for r in rows]


def import_dropped_file(
    db: Database,
    path: Path,
    folder: Path,
    *,
    now: dt.datetime,
    created_by: int | None = None,
    cancel: CancelToken | None = None,
) -> DroppedFile:
    """Claim, import (as inbound), file away and route one dropped file.

    Args:
        db: The database.
        path: The file (in ``folder``, or a stale one in ``folder/processing``).
        folder: The watched folder.
        now: The clock (routing's activities; arrival when the file has no time).
        created_by: The rep whose app imports it.
        cancel: Cancelling stops the import; the file goes back where it was.

    Returns:
        What became of the file.
    """
    from app.storage.importing.api import run_import

    working = _claim(path, folder)
    if working is None:
        return DroppedFile(path.name, "gone", None)
    try:
        dropped_at = dt.datetime.fromtimestamp(working.stat().st_mtime, dt.UTC)
    except OSError:
        return DroppedFile(path.name, "gone", None)
    arrival = min(dropped_at, now)
    try:
        result = run_import(
            db, working, source="inbound", now=arrival, created_by=created_by,
            report_dir=working.parent, cancel=cancel,
        )  # fmt: skip
    except ImportFileError as exc:
        error = working.with_name(working.name + ".error.txt")
        key = getattr(exc, "key", None) or getattr(exc, "code", "unreadable")
        error.write_text(f"{key}\n{exc}\n", encoding="utf-8")
        final = _settle(working, folder, FAILED, [error])
        return DroppedFile(path.name, FAILED, final, error_code=str(key))
    except BaseException:
        # Cancelled or the database failed: nothing was written; the file goes back.
        if working.exists():
            os.replace(working, _free_name(folder, path.name))
        raise
    extras = [Path(result.report_path)] if result.report_path else []
    final = _settle(working, folder, PROCESSED, extras)
    changes = result.changes
    routing = None
    with db.reading() as conn:
        round_robin = load_routing_settings(conn).round_robin
    if round_robin:
        routing = route_leads(db, _batch_leads(db, result.batch_id), now=now)
        changes = changes.merged(routing.changes)
    return DroppedFile(path.name, PROCESSED, final, result=result, routing=routing,
                       changes=changes)  # fmt: skip
