"""The rejected-rows report: ``<name>.rejected.csv`` next to the source file.

Columns: ``row`` (the row's number in the file), ``raw`` (the line as it stood, at most
:data:`EXCERPT_CHARS` characters and then ``…``), ``reason`` (a stable code such as
``too_many_fields``), ``message`` (for people), ``offset`` (where the row starts in the
file, in bytes, for text files in an ASCII-compatible encoding; empty otherwise) and
``characters`` (the row's full length). A 300 MB one-line row costs the report a
thousand characters; the offset finds the rest in the file.

The report is written to a temporary file in the app's scratch folder while the import
runs (:mod:`app.core.scratch`: a killed import strands nothing beside the source, and
the next run sweeps it) and moved into place only after the import committed, so a
cancelled or failed import leaves no report. When the source's folder cannot take it
(read-only, full), the report goes to ``<user data folder>/import-reports`` and
:attr:`RejectReport.fallback` says why; when even the scratch folder cannot be written,
the import still completes and :attr:`RejectReport.failure` says so (the counts and the
first rejected rows are in the result either way).

UTF-8 with a byte-order mark, so spreadsheet programs open Cyrillic and Chinese right.
The raw line is neutralised like an export's cells (``app.core.exporting.neutralize_cell``):
a user opens this report in a spreadsheet, and a hostile source row such as
``=HYPERLINK(...)`` must show as text there, not run.
"""

from __future__ import annotations

import csv
import errno
import io
import logging
import os
import re
from pathlib import Path
from typing import IO, Any

from app.core.exporting import neutralize_cell
from app.core.scratch import TempFile, sweep
from app.storage.importing.prepare import Rejection
from app.storage.paths import import_reports_dir, scratch_dir

HEADER = ("row", "raw", "reason", "message", "offset", "characters")
#: How much of a rejected row the report keeps.
EXCERPT_CHARS = 1000
ELLIPSIS = "…"
_CHUNK = 1 << 20
_LINE_END = re.compile(rb"\r\n|\r|\n")

_log = logging.getLogger(__name__)


def excerpt(raw: str) -> str:
    """A rejected row as the report keeps it: without its line end, bounded."""
    if len(raw) > EXCERPT_CHARS:
        return raw[:EXCERPT_CHARS] + ELLIPSIS
    return raw.rstrip("\r\n")


def failure_code(exc: OSError) -> str:
    """``read_only``, ``disk_full`` or ``cannot_write`` for a failed write."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return "disk_full"
    return "cannot_write"


class LineOffsets:
    """Byte offsets of physical lines, found by one forward pass over the file.

    Rejected rows arrive in file order, so the pass never goes back: a report of any
    number of rows reads the file once more at most, a chunk at a time. Lines end as the
    readers end them (``\\r\\n``, ``\\r`` or ``\\n``). Only for encodings that write a
    line end as one ASCII byte (UTF-8, Windows code pages...); None otherwise.
    """

    def __init__(self, path: Path, encoding: str | None) -> None:
        self._path = path
        self._usable = _ascii_line_ends(encoding)
        self._file: IO[bytes] | None = None
        self._line = 1  # the line that starts at self._offset
        self._offset = 0
        self._buffer = b""  # a window of the file, starting at byte self._base
        self._base = 0
        self._pos = 0  # where the current line starts in the window

    def offset_of(self, line: int) -> int | None:
        """Where ``line`` (1 = the first) starts, or None when it cannot be told."""
        if not self._usable or line < self._line:
            return None
        try:
            if self._file is None:
                self._file = self._path.open("rb")
            while self._line < line:
                match = _LINE_END.search(self._buffer, self._pos)
                if match is None or (match.end() == len(self._buffer) and match.group() == b"\r"):
                    chunk = self._file.read(_CHUNK)
                    if chunk:
                        # Bytes before the last possible line end are done with; a
                        # trailing CR stays to meet the LF that may follow it.
                        keep = match.start() if match is not None else len(self._buffer)
                        self._base += keep
                        self._buffer = self._buffer[keep:] + chunk
                        self._pos = 0
                        continue
                    if match is None:
                        return None
                self._line += 1
                self._pos = match.end()
                self._offset = self._base + self._pos
        except OSError:
            self._usable = False
            return None
        return self._offset

    def close(self) -> None:
        """Close the file (the pass is over)."""
        if self._file is not None:
            self._file.close()
            self._file = None


def _ascii_line_ends(encoding: str | None) -> bool:
    if not encoding:
        return False
    try:
        return "\r\n".encode(encoding) == b"\r\n"
    except (LookupError, UnicodeError):
        return False


class RejectReport:
    """Collects rejected rows into a report file that appears only on success.

    Args:
        source: The imported file.
        report_dir: Where to put the report (None: next to the source).
        encoding: The source's text encoding (None for spreadsheets): the byte offsets
            of text rows are found with it.

    Attributes:
        count: Rows written.
        path: Where the report went (after :meth:`commit`).
        fallback: Why the report is not where it was wanted (``read_only``,
            ``disk_full``, ``cannot_write``), else None.
        wanted: The folder it was wanted in, when ``fallback`` is set.
        failure: Why no report could be written at all, else None.
    """

    def __init__(
        self,
        source: str,
        report_dir: str | os.PathLike[str] | None = None,
        *,
        encoding: str | None = None,
    ) -> None:
        self.source = Path(source)
        self.report_dir = Path(report_dir) if report_dir is not None else None
        self.count = 0
        self.path: Path | None = None
        self.fallback: str | None = None
        self.wanted: Path | None = None
        self.failure: str | None = None
        self._batch_id = 0
        self._temp: TempFile | None = None
        self._file: IO[str] | None = None
        self._writer: Any = None
        self._offsets = LineOffsets(self.source, encoding)
        # What killed imports left: in our scratch folder and beside this source.
        sweep(scratch_dir(), self.source.parent, self.report_dir)

    @property
    def folder(self) -> Path:
        """The folder the report is wanted in."""
        return self.report_dir if self.report_dir is not None else self.source.parent

    def _open(self) -> None:
        target = self.folder / f"{self.source.stem}.rejected.csv"
        # Always in the scratch folder, whatever file system the source is on: a crash
        # must not leave a temporary in the user's folder.
        temp = TempFile(target, scratch_dir(), anywhere=True)
        self._temp = temp
        self._file = io.TextIOWrapper(
            open(temp.path, "wb"),  # noqa: SIM115 - closed in _close
            encoding="utf-8-sig", newline="",
        )  # fmt: skip
        self._writer = csv.writer(self._file)
        self._writer.writerow(HEADER)

    def add(self, rejection: Rejection) -> None:
        """Write one rejected row (a write failure is kept in :attr:`failure`)."""
        self.count += 1
        if self.failure is not None:
            return
        raw = rejection.raw
        offset = self._offsets.offset_of(rejection.number)
        try:
            if self._file is None:
                self._open()
            self._writer.writerow(
                (
                    rejection.number,
                    neutralize_cell(excerpt(raw)),
                    rejection.code,
                    neutralize_cell(rejection.message),
                    "" if offset is None else offset,
                    _length(raw),
                )
            )
        except OSError as exc:
            # The data folder itself is full or read-only: the import goes on, the
            # result says the report is missing.
            self.failure = failure_code(exc)
            _log.warning("the rejected-rows report cannot be written (%s)", self.failure)
            self._drop_temp()

    def final_path(self, batch_id: int) -> Path | None:
        """Choose the report's final name (None when nothing was written).

        ``<stem>.rejected.csv``, or ``<stem>.rejected-<batch id>.csv`` when an earlier
        report holds that name (it belongs to an earlier batch).
        """
        if self._temp is None:
            return None
        self.path = _free_name(self.folder, self.source.stem, batch_id)
        self._batch_id = batch_id
        return self.path

    def commit(self) -> Path | None:
        """Move the finished report into place (after the import committed).

        Returns:
            Where it went, when that differs from :meth:`final_path` (the wanted folder
            could not take it and the data folder did), else None.
        """
        self._offsets.close()
        if self._temp is None or self.path is None:
            self._drop_temp()
            return None
        try:
            self._close()  # the last rows reach the disk here: a full disk is a failure
        except OSError as exc:
            self.failure = failure_code(exc)
            _log.warning("the rejected-rows report cannot be written (%s)", self.failure)
            self.path = None
            self._drop_temp()
            return None
        try:
            self._temp.place(self.path)
        except OSError as exc:
            self.fallback = failure_code(exc)
            self.wanted = self.path.parent
            try:
                folder = import_reports_dir()
                folder.mkdir(parents=True, exist_ok=True)
                self.path = self._temp.place(_free_name(folder, self.source.stem, self._batch_id))
            except OSError as second:
                self.failure = failure_code(second)
                self.path = None
                self._drop_temp()
                return None
            self._temp = None
            return self.path
        self._temp = None
        return None

    def discard(self) -> None:
        """Remove the temporary report (the import failed or was cancelled)."""
        self._offsets.close()
        self._drop_temp()
        self.path = None

    def _close(self) -> None:
        if self._file is not None and not self._file.closed:
            self._file.close()

    def _drop_temp(self) -> None:
        try:
            self._close()
        except OSError:
            pass  # the last buffer did not fit; the file goes anyway
        if self._temp is not None:
            self._temp.discard()
            self._temp = None


def _length(raw: str) -> int:
    """The row's length without its line end (no copy of a long row)."""
    if raw.endswith("\r\n"):
        return len(raw) - 2
    return len(raw) - 1 if raw.endswith(("\n", "\r")) else len(raw)


def _free_name(folder: Path, stem: str, batch_id: int) -> Path:
    path = folder / f"{stem}.rejected.csv"
    if path.exists():
        path = folder / f"{stem}.rejected-{batch_id}.csv"
    return path
