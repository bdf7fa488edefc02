"""Typed errors for files that cannot be imported at all.

A whole-file problem (empty, binary, a zip bomb) raises one of these, each with a
message a user can read as is. A problem with a single row never raises: the row is
yielded with a :class:`~app.core.importing.table.RowProblem` instead, so good rows
are never lost because of bad ones.
"""

from __future__ import annotations


class ImportFileError(Exception):
    """A file that cannot be read as a table of contacts.

    Attributes:
        code: A short machine code for the kind of problem (stable, for logs and tests).
        message: A sentence the user can read, naming the file when known.
        path: The file the problem is about, when known.
    """

    code = "unreadable_file"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class FileAccessError(ImportFileError):
    """The file is missing, a folder, or not readable by this user."""

    code = "file_access"


class EmptyFileError(ImportFileError):
    """The file holds no bytes, or nothing but whitespace and a byte-order mark."""

    code = "empty_file"


class NoDataRowsError(ImportFileError):
    """The file has a header row and nothing under it."""

    code = "header_only"

    def __init__(
        self, message: str, *, path: str | None = None, headers: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, path=path)
        self.headers = headers


class BinaryFileError(ImportFileError):
    """The file is not text (an image, a PDF, an executable renamed to .csv...)."""

    code = "binary_file"


class UnsupportedFormatError(ImportFileError):
    """A recognisable file type that the list builder does not import."""

    code = "unsupported_format"


class EncodingError(ImportFileError):
    """The requested text encoding is unknown to Python."""

    code = "unknown_encoding"


class UnsafeArchiveError(ImportFileError):
    """A spreadsheet archive whose size or compression ratio is absurd (a zip bomb)."""

    code = "unsafe_archive"


class CorruptSpreadsheetError(ImportFileError):
    """A spreadsheet that is damaged, encrypted, or not what its name says."""

    code = "corrupt_spreadsheet"


class SheetNotFoundError(ImportFileError):
    """The sheet asked for is not in the workbook."""

    code = "sheet_not_found"

    def __init__(
        self, message: str, *, path: str | None = None, sheets: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, path=path)
        self.sheets = sheets


class EmptySheetError(ImportFileError):
    """The chosen sheet has no cells; the other sheets are listed for the picker."""

    code = "empty_sheet"

    def __init__(
        self, message: str, *, path: str | None = None, sheets: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, path=path)
        self.sheets = sheets
