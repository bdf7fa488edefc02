"""Streaming CSV export with the canonical header and formula-safe cells.

Two flavours:

- the default, for people: UTF-8 **with** a byte-order mark, because Excel on Windows
  reads a CSV without one in the ANSI code page and turns Cyrillic and Chinese names
  into mojibake; every cell goes through :func:`neutralize_cell`;
- ``raw=True``, for programs: plain UTF-8 without a BOM and without neutralisation, so
  the values are exactly those in the database.

Both use the csv module's ``excel`` dialect: comma, ``"`` quoting where needed, CRLF
line ends (RFC 4180).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from app.core.exporting.atomic import atomic_output
from app.core.exporting.fields import (
    FORMULA_TRIGGERS,
    REPORT_EVERY,
    ExportRow,
    cell_text,
    checkpoint,
    header_for,
    neutralize_cell,
)
from app.core.ops import CancelToken, Progress, check_cancelled, report

__all__ = ["REPORT_EVERY", "write_csv"]


def write_csv(
    path: Path,
    rows: Iterable[ExportRow],
    *,
    raw: bool = False,
    extra_fields: Iterable[str] = (),
    total: int = 0,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    scratch: Path | None = None,
) -> int:
    """Write ``rows`` to a CSV file at ``path``, streaming, replacing it only when done.

    Args:
        path: the target file; its folder must exist.
        rows: contacts keyed by field name; missing fields are empty cells.
        raw: write for programs (no BOM, no neutralisation) instead of for spreadsheets.
        extra_fields: columns written after the canonical ones.
        total: how many rows ``rows`` holds, for progress (0: not known).
        progress: called with (rows written, ``total``), now and then and at the end.
        cancel: checked now and then; once cancelled the export stops.
        scratch: the app's scratch folder for the temporary file (None: beside the
            target).

    Returns:
        The number of data rows written (the header not counted).

    Raises:
        OperationCancelled: ``cancel`` was cancelled; no file was written.
        OSError: the file could not be written; no file was left behind.
    """
    header = header_for(extra_fields)
    count = 0
    with atomic_output(path, scratch) as temp:
        encoding = "utf-8" if raw else "utf-8-sig"
        with temp.open("w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh, dialect="excel")
            writer.writerow(header if raw else [neutralize_cell(h) for h in header])
            batch: list[list[str]] = []
            for row in rows:
                # Most values are already str: skip the call for them (a million rows of
                # eighteen cells make this loop the hot spot).
                cells = [v if v.__class__ is str else cell_text(v) for v in map(row.get, header)]
                if not raw:
                    # Likewise call the full rule only for cells starting with a trigger.
                    cells = [
                        neutralize_cell(c) if c and c[0] in FORMULA_TRIGGERS else c for c in cells
                    ]
                batch.append(cells)
                count += 1
                if len(batch) >= REPORT_EVERY:
                    writer.writerows(batch)
                    batch.clear()
                    checkpoint(count, total, cancel, progress)
            writer.writerows(batch)
            check_cancelled(cancel)
    report(progress, count, total)
    return count
