"""Export contacts to CSV, XLSX and vCard: plain Python, no Qt, no SQLAlchemy.

The writers take an iterable of rows (field name to value) and stream them to a file,
checking a cancel callable and reporting progress now and then. Each writes to a hidden
temporary file next to the target and renames it at the end, so a failed or cancelled
export leaves nothing half-written. ``app.storage.exporting`` feeds them from the
database. See ``docs/export.md`` for the choices (formula neutralisation, BOM, vCard).
"""

from __future__ import annotations

from app.core.exporting.csv_writer import write_csv
from app.core.exporting.fields import (
    CANONICAL_FIELDS,
    CancelCallback,
    CellValue,
    ExportCancelled,
    ExportRow,
    ProgressCallback,
    neutralize_cell,
)
from app.core.exporting.vcard import write_vcard
from app.core.exporting.xlsx_writer import write_xlsx

__all__ = [
    "CANONICAL_FIELDS",
    "CancelCallback",
    "CellValue",
    "ExportCancelled",
    "ExportRow",
    "ProgressCallback",
    "neutralize_cell",
    "write_csv",
    "write_vcard",
    "write_xlsx",
]
