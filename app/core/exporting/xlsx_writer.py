"""Streaming XLSX export with xlsxwriter in constant-memory mode.

Every value is written with an explicit ``write_string`` or ``write_number``, never
with the generic ``write``, so no text (``=HYPERLINK(...)``, ``+7 495 ...``) can become a
formula, a URL or a number: in a workbook the cell type, not the first character,
decides. That is why the XLSX export needs no ``'`` prefix and shows ``+4930123456``
exactly. (A user who opens such a cell for editing and presses Enter makes Excel parse
it again, as with any text cell; that is the user's own act.)

A worksheet holds at most 1,048,576 rows. Rather than stop or drop contacts, the writer
continues on a new sheet ("Contacts (2)", ...) with the header repeated.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.exporting.atomic import atomic_output
from app.core.exporting.fields import (
    REPORT_EVERY,
    ExportRow,
    checkpoint,
    header_for,
)
from app.core.ops import CancelToken, Progress, check_cancelled, report

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

#: Excel's limit on rows per worksheet, the header included.
EXCEL_MAX_ROWS = 1_048_576
#: Integers beyond this lose digits as Excel's doubles; they are written as text.
_EXACT_INT_LIMIT = 2**53
#: Column widths in characters: enough for typical values without a sea of white.
COLUMN_WIDTHS: dict[str, float] = {
    "first_name": 14,
    "last_name": 16,
    "email": 30,
    "phone": 18,
    "phone_e164": 16,
    "company": 26,
    "title": 24,
    "industry": 18,
    "employees": 11,
    "country": 12,
    "city": 14,
    "website": 26,
    "linkedin_url": 34,
    "stage": 14,
    "owner": 16,
    "source": 10,
    "tags": 20,
}
DEFAULT_WIDTH = 14.0
SHEET_NAME = "Contacts"


def write_xlsx(
    path: Path,
    rows: Iterable[ExportRow],
    *,
    extra_fields: Iterable[str] = (),
    total: int = 0,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    scratch: Path | None = None,
    max_rows_per_sheet: int = EXCEL_MAX_ROWS,
) -> int:
    """Write ``rows`` to an XLSX workbook at ``path``, replacing it only when done.

    Text is written as text and numbers as numbers; booleans as ``true``/``false`` text,
    like the CSV export. The header row is bold, frozen and has an autofilter.

    Args:
        path: the target file; its folder must exist.
        rows: contacts keyed by field name; missing fields are empty cells.
        extra_fields: columns written after the canonical ones.
        total: how many rows ``rows`` holds, for progress (0: not known).
        progress: called with (rows written, ``total``), now and then and at the end.
        cancel: checked now and then; once cancelled the export stops.
        max_rows_per_sheet: rows per sheet including the header (tests lower it).
        scratch: the app's scratch folder for the temporary file (None: beside the
            target).

    Returns:
        The number of data rows written.

    Raises:
        OperationCancelled: ``cancel`` was cancelled; no file was written.
        OSError: the file could not be written; no file was left behind.
    """
    # Imported here: xlsxwriter is only needed when someone exports to XLSX.
    import xlsxwriter

    if max_rows_per_sheet < 2:
        raise ValueError("a sheet needs room for the header and one row")
    header = header_for(extra_fields)
    count = 0
    with atomic_output(path, scratch) as temp:
        workbook = xlsxwriter.Workbook(
            str(temp),
            {
                # Rows go to disk as they are written: a million rows in little memory.
                "constant_memory": True,
                # Belt and braces: we never call write(), but if anything did, text
                # would still stay text.
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        try:
            bold = workbook.add_format({"bold": True})
            sheets = 0
            sheet: Worksheet | None = None
            row_index = 0

            def new_sheet() -> Worksheet:
                nonlocal sheets
                sheets += 1
                name = SHEET_NAME if sheets == 1 else f"{SHEET_NAME} ({sheets})"
                ws: Worksheet = workbook.add_worksheet(name)
                for col, field in enumerate(header):
                    ws.set_column(col, col, COLUMN_WIDTHS.get(field, DEFAULT_WIDTH))
                    ws.write_string(0, col, field, bold)
                ws.freeze_panes(1, 0)
                return ws

            def finish_sheet(ws: Worksheet, last_row: int) -> None:
                ws.autofilter(0, 0, last_row, len(header) - 1)

            for row in rows:
                if sheet is None or row_index + 1 >= max_rows_per_sheet:
                    if sheet is not None:
                        finish_sheet(sheet, row_index)
                    sheet = new_sheet()
                    write_string = sheet.write_string
                    row_index = 0
                row_index += 1
                for col, value in enumerate(map(row.get, header)):
                    if value.__class__ is str:
                        if value:  # the common case, without _write_cell's type checks
                            write_string(row_index, col, value)
                    elif value is not None:
                        _write_cell(sheet, row_index, col, value)
                count += 1
                if count % REPORT_EVERY == 0:
                    checkpoint(count, total, cancel, progress)
            if sheet is None:
                sheet = new_sheet()
            finish_sheet(sheet, row_index)
            check_cancelled(cancel)
        finally:
            # Always close, even when cancelled: close() is what removes xlsxwriter's own
            # row files from the temp folder. It also zips what was written so far, which
            # atomic_output then deletes.
            workbook.close()
    report(progress, count, total)
    return count


def _write_cell(sheet: Any, row: int, col: int, value: object) -> None:
    """Write one value with an explicit type; empty values leave the cell blank."""
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_string(row, col, "true" if value else "false")
    elif isinstance(value, int) and abs(value) < _EXACT_INT_LIMIT:
        sheet.write_number(row, col, value)
    elif isinstance(value, float) and math.isfinite(value):
        sheet.write_number(row, col, value)
    else:
        # Text, and numbers a spreadsheet cannot hold exactly. Over 32,767 characters
        # xlsxwriter truncates (Excel's cell limit); contact fields are far shorter.
        sheet.write_string(row, col, str(value))
