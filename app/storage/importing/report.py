"""The rejected-rows report: ``<name>.rejected.csv`` next to the source file.

Columns: ``row`` (the row's number in the file), ``raw`` (the line as it stood),
``reason`` (a stable code such as ``too_many_fields``) and ``message`` (for people). The
report is written to a temporary file while the import runs and renamed into place only
after the import committed, so a cancelled or failed import leaves no report. When the
source's folder is not writable the report goes to ``<user data folder>/import-reports``.
UTF-8 with a byte-order mark, so spreadsheet programs open Cyrillic and Chinese right.
The raw line is neutralised like an export's cells (``app.core.exporting.neutralize_cell``):
a user opens this report in a spreadsheet, and a hostile source row such as
``=HYPERLINK(...)`` must show as text there, not run.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import IO

from app.core.exporting import neutralize_cell
from app.storage.importing.prepare import Rejection
from app.storage.paths import user_data_dir

HEADER = ("row", "raw", "reason", "message")


class RejectReport:
    """Collects rejected rows into a report file that appears only on success.

    Args:
        source: The imported file.
        report_dir: Where to put the report (None: next to the source).
    """

    def __init__(self, source: str, report_dir: str | os.PathLike[str] | None = None) -> None:
        self.source = Path(source)
        self.report_dir = Path(report_dir) if report_dir is not None else None
        self.count = 0
        self._file: IO[str] | None = None
        self._writer: object = None
        self._temp: Path | None = None
        self.path: Path | None = None

    def _open(self) -> None:
        folders = [self.report_dir] if self.report_dir else [self.source.parent]
        folders.append(user_data_dir() / "import-reports")
        last_error: OSError | None = None
        for folder in folders:
            assert folder is not None
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(
                    prefix=f".{self.source.stem}.", suffix=".rejected.tmp", dir=folder
                )
            except OSError as exc:  # read-only folder, full disk...
                last_error = exc
                continue
            self._temp = Path(name)
            self._file = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            writer = csv.writer(self._file)
            writer.writerow(HEADER)
            self._writer = writer
            return
        raise OSError(f"No folder could take the rejected-rows report: {last_error}")

    def add(self, rejection: Rejection) -> None:
        """Write one rejected row."""
        if self._file is None:
            self._open()
        self.count += 1
        self._writer.writerow(  # type: ignore[attr-defined]
            (
                rejection.number,
                neutralize_cell(rejection.raw.rstrip("\r\n")),
                rejection.code,
                neutralize_cell(rejection.message),
            )
        )

    def final_path(self, batch_id: int) -> Path | None:
        """Choose the report's final name (None when nothing was rejected).

        ``<stem>.rejected.csv``, or ``<stem>.rejected-<batch id>.csv`` when an earlier
        report holds that name (it belongs to an earlier batch).
        """
        if self._temp is None:
            return None
        folder = self._temp.parent
        path = folder / f"{self.source.stem}.rejected.csv"
        if path.exists():
            path = folder / f"{self.source.stem}.rejected-{batch_id}.csv"
        self.path = path
        return path

    def commit(self) -> None:
        """Move the finished report into place (after the import committed)."""
        if self._file is not None:
            self._file.close()
        if self._temp is not None and self.path is not None:
            os.replace(self._temp, self.path)
            self._temp = None

    def discard(self) -> None:
        """Remove the temporary report (the import failed or was cancelled)."""
        if self._file is not None and not self._file.closed:
            self._file.close()
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None
        self.path = None
