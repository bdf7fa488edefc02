"""Export contacts to CSV, XLSX and vCard: plain Python, no Qt, no SQLAlchemy.

The writers take an iterable of rows (field name to value) and stream them to a file,
checking a :class:`~app.core.ops.CancelToken` and reporting :data:`~app.core.ops.Progress`
now and then (the operations contract). Each writes to a hidden
temporary file next to the target and renames it at the end, so a failed or cancelled
export leaves nothing half-written. ``app.storage.exporting`` feeds them from the
database. See ``docs/export.md`` for the choices (formula neutralisation, BOM, vCard).
"""

from __future__ import annotations

from app.core.exporting.csv_writer import write_csv
from app.core.exporting.fields import (
    CANONICAL_FIELDS,
    CellValue,
    ExportRow,
    neutralize_cell,
)
from app.core.exporting.vcard import write_vcard
from app.core.exporting.xlsx_writer import write_xlsx

__all__ = [
    "CANONICAL_FIELDS",
    "CellValue",
    "ExportRow",
    "neutralize_cell",
    "write_csv",
    "write_vcard",
    "write_xlsx",
]
