"""Temporary files that a crash cannot strand in the user's folders.

Reports, exports and backups are written to a temporary file first and take their final
name only when complete. A process killed in between (``kill -9``, a power cut) leaves
that temporary behind, so each one is:

- written in the app's own scratch folder (``<data folder>/tmp``) when that folder is on
  the same file system as the destination, so the final move is an atomic rename and a
  leftover sits where the user never looks; otherwise beside the destination;
- named recognisably, ``.<final name>.<pid>-<random><TEMP_MARK>`` (SQLite may add its
  ``-journal``), so a later run can tell our leftovers from the user's files;
- locked (an advisory ``flock``) for as long as it is being written, so a later run can
  tell a leftover of a dead process from the live file of a concurrent one.

:func:`sweep` removes leftovers: files of ours, older than the running process, that no
live process holds. Every import, export and backup sweeps the scratch folder and the
folders it writes to. Files that older versions left (``.<name>.XXXX.rejected.tmp``,
``.<name>.<hex>.part``) are recognised too; an older backup's ``<name>.partial`` is
removed by the next backup to that name (a user's own file may end so).

No Qt, no SQLAlchemy: the exporters of ``app.core`` use it as well as storage.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

#: What marks a temporary file as ours (after ``.<final name>.<pid>-<random>``).
TEMP_MARK = ".pdtmp"
#: When this process started (near enough: this module is imported before any temporary
#: is made). A leftover must be older than that before a sweep considers it.
PROCESS_STARTED = time.time()

# Our names, and those older versions used; SQLite's side files of each follow it.
_SIDE = r"(?:-journal|-wal|-shm)?"
_OURS = re.compile(
    r"^(?:"
    rf"\..+\.\d+-[0-9a-f]{{8}}{re.escape(TEMP_MARK)}"  # this version
    r"|\..+\.[A-Za-z0-9_]{8}\.rejected\.tmp"  # an older rejected-rows report
    r"|\..+\.[0-9a-f]{8}\.part"  # an older export
    rf"){_SIDE}$"
)


def temp_name(final_name: str) -> str:
    """A hidden, recognisable, unused name for the temporary of ``final_name``."""
    return f".{final_name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_MARK}"


def is_ours(name: str) -> bool:
    """Whether a file name is one of our temporaries (or SQLite's side file of one)."""
    return _OURS.match(name) is not None


def _lock(handle: IO[bytes]) -> bool:
    """Hold an advisory lock on an open temporary (released when the process dies).

    Returns:
        False where there is no ``flock`` (Windows): there the writer's own open handle
        keeps the file from being deleted, and a file held open could not be renamed.
    """
    try:
        import fcntl
    except ImportError:
        return False
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return True


def _held_by_someone(path: Path) -> bool:
    """Whether a live process still holds the lock on ``path``."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        with path.open("rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        return False
    return False


def same_file_system(folder: Path, other: Path) -> bool:
    """Whether two existing folders are on one file system (a rename between them works)."""
    try:
        return folder.stat().st_dev == other.stat().st_dev
    except OSError:
        return False


class TempFile:
    """A temporary file that becomes ``target`` with :meth:`place`, or vanishes.

    Args:
        target: The file it will become (its folder must exist by :meth:`place`).
        scratch: The app's scratch folder; used when it is on the target's file system
            (None, or another file system: the temporary goes beside the target).
        anywhere: Use the scratch folder whatever its file system (small files: the
            copy :meth:`place` then makes is cheap).

    Attributes:
        path: Where to write.
    """

    def __init__(
        self, target: Path, scratch: Path | None = None, *, anywhere: bool = False
    ) -> None:
        self.target = Path(target)
        folder = self.target.parent
        if scratch is not None:
            try:
                scratch.mkdir(parents=True, exist_ok=True)
                if anywhere or same_file_system(scratch, folder) or not folder.is_dir():
                    folder = scratch
            except OSError:
                pass  # no scratch folder: beside the target it is
        self.path = folder / temp_name(self.target.name)
        # Created exclusively and locked before anyone writes to it.
        self._handle: IO[bytes] | None = open(self.path, "xb")  # noqa: SIM115 - held open
        try:
            if not _lock(self._handle):
                self._release()
        except OSError:
            self._release()
            self.path.unlink(missing_ok=True)
            raise

    def _release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def place(self, target: Path | None = None) -> Path:
        """Move the finished temporary to ``target`` (default: the one given at creation).

        A rename when both are on one file system; otherwise a copy into a locked
        temporary beside the target, renamed into place (so the target is never half
        written either way).

        Raises:
            OSError: It could not be moved there (the temporary stays; see
                :meth:`discard`).
        """
        final = Path(target) if target is not None else self.target
        try:
            os.replace(self.path, final)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            beside = TempFile(final)
            try:
                with self.path.open("rb") as source, beside.path.open("r+b") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
                beside.place(final)
            except BaseException:
                beside.discard()
                raise
            self.path.unlink(missing_ok=True)
        self._release()
        return final

    def discard(self) -> None:
        """Remove the temporary (and SQLite's side files of it)."""
        self._release()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def temp_output(target: Path, scratch: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``target``.

    The temporary is removed when the body raises (an error or a cancel), so nothing
    half-written stays; a killed process leaves it for :func:`sweep`.
    """
    temp = TempFile(target, scratch)
    try:
        yield temp.path
        _fsync(temp.path)
        temp.place()
    except BaseException:
        temp.discard()
        raise


def _fsync(path: Path) -> None:
    """Flush a written file to disk, so the rename never exposes an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _base_of(name: str) -> str:
    for suffix in ("-journal", "-wal", "-shm"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def sweep(*folders: Path | None, before: float | None = None) -> list[Path]:
    """Remove our leftover temporaries from ``folders`` (missing folders are skipped).

    A file goes when its name is ours (:func:`is_ours`), it was last changed before
    ``before`` (default: this process's start) and no live process holds it. Never
    raises: a sweep must not stop the work it precedes.

    Returns:
        The files removed.
    """
    cutoff = PROCESS_STARTED if before is None else before
    removed: list[Path] = []
    for folder in folders:
        if folder is None:
            continue
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        # Main files first: a side file (SQLite's -journal) goes only with its file.
        entries.sort(key=lambda e: _base_of(e.name) != e.name)
        for entry in entries:
            if not is_ours(entry.name):
                continue
            path = Path(entry.path)
            try:
                if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime >= cutoff:
                    continue
                base = path.with_name(_base_of(entry.name))
                if base != path and base.exists():
                    continue  # its file is alive (or not ours to judge)
                if _held_by_someone(path):
                    continue
                path.unlink()
                removed.append(path)
            except OSError:
                continue
    return removed


def leftovers(*folders: Path) -> list[Path]:
    """Our temporaries in ``folders``, whatever their age (for checks and benchmarks)."""
    found: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            found.extend(Path(e.path) for e in os.scandir(folder) if is_ours(e.name))
    return found


__all__ = [
    "PROCESS_STARTED",
    "TEMP_MARK",
    "TempFile",
    "is_ours",
    "leftovers",
    "same_file_system",
    "sweep",
    "temp_name",
    "temp_output",
]
