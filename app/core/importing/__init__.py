"""Reading contact files for the list builder: CSV/TSV/TXT, XLSX and vCard.

How an import pipeline uses this package::

    from app.core.importing import open_table, auto_map

    with open_table(path) as table:          # sniffs format, encoding, delimiter
        table.detected                       # what was found (for the wizard)
        table.headers                        # unique column names
        table.preview(20)                    # first rows
        mapping = auto_map(table.headers, table.preview(200))
        for row in table.iter_rows():        # lazy, one row at a time
            if row.problem:                  # rejected: report number, raw, reason
                ...
            else:
                record = mapping.apply(row.values)   # {"email": ..., "custom:X": ...}

Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

from app.core.importing.errors import (
    BinaryFileError,
    CorruptSpreadsheetError,
    EmptyFileError,
    EmptySheetError,
    EncodingError,
    FileAccessError,
    ImportFileError,
    NoDataRowsError,
    SheetNotFoundError,
    UnsafeArchiveError,
    UnsupportedFormatError,
)
from app.core.importing.mapping import (
    CUSTOM_PREFIX,
    IGNORE,
    TARGET_FIELDS,
    ColumnGuess,
    ColumnMapping,
    auto_map,
    custom_target,
    header_signature,
    is_valid_target,
    normalize_header,
)
from app.core.importing.sniff import sniff_format
from app.core.importing.table import (
    DEFAULT_MAX_FIELD_CHARS,
    DetectedFormat,
    FileWarning,
    RowProblem,
    RowWarning,
    SourceRow,
    TableSource,
)


def open_table(
    path: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    quotechar: str | None = None,
    sheet: str | int | None = None,
    max_field_chars: int = DEFAULT_MAX_FIELD_CHARS,
    pad_short_rows: bool = False,
) -> TableSource:
    """Open a contact file for import, detecting whatever is not given.

    Args:
        path: A CSV/TSV/TXT, XLSX/XLS/ODS or vCard file; the format is taken from
            the content, the name only breaks ties.
        encoding: Text encoding chosen by the user (None: detect).
        delimiter: Field separator chosen by the user (None: sniff).
        quotechar: Quote character chosen by the user (None: sniff).
        sheet: Sheet name or 0-based index (None: first visible sheet with cells).
        max_field_chars: Longest field accepted; a longer one rejects its row.
        pad_short_rows: Accept text rows with too few fields, padding them.

    Returns:
        The opened table. Close it (or use ``with``) to release a workbook.

    Raises:
        ImportFileError: A subclass saying in plain words why the file cannot be
            read (empty, header only, binary, zip bomb, damaged, missing...).
    """
    file_format = sniff_format(path)
    if file_format in ("xlsx", "xls", "ods"):
        from app.core.importing.xlsx_reader import XlsxTable

        return XlsxTable(
            path, sheet=sheet, file_format=file_format, max_field_chars=max_field_chars
        )
    if file_format == "vcard":
        from app.core.importing.vcard_reader import VCardTable

        return VCardTable(path, encoding=encoding, max_field_chars=max_field_chars)
    from app.core.importing.csv_reader import CsvTable

    return CsvTable(
        path,
        encoding=encoding,
        delimiter=delimiter,
        quotechar=quotechar,
        max_field_chars=max_field_chars,
        pad_short_rows=pad_short_rows,
    )


__all__ = [
    "CUSTOM_PREFIX",
    "IGNORE",
    "TARGET_FIELDS",
    "ColumnGuess",
    "ColumnMapping",
    "auto_map",
    "custom_target",
    "header_signature",
    "is_valid_target",
    "normalize_header",
    "DEFAULT_MAX_FIELD_CHARS",
    "BinaryFileError",
    "CorruptSpreadsheetError",
    "DetectedFormat",
    "EmptyFileError",
    "EmptySheetError",
    "EncodingError",
    "FileAccessError",
    "FileWarning",
    "ImportFileError",
    "NoDataRowsError",
    "RowProblem",
    "RowWarning",
    "SheetNotFoundError",
    "SourceRow",
    "TableSource",
    "UnsafeArchiveError",
    "UnsupportedFormatError",
    "open_table",
    "sniff_format",
]
