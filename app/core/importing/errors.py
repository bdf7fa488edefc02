"""Typed errors for files that cannot be imported at all.

A whole-file problem (empty, binary, a zip bomb) raises one of these, each with a
message a user can read as is. A problem with a single row never raises: the row is
yielded with a :class:`~app.core.importing.table.RowProblem` instead, so good rows
are never lost because of bad ones.
"""

from __future__ import annotations


class ImportFileError(Exception):
    """A file that cannot be read as a table of contacts.

    ``message`` is English and free to be reworded; ``key`` says which sentence it is
    and ``message_args`` holds the values it names, so an interface can say the same
    thing in another language without parsing the English. (Not ``args``: that is
    ``BaseException.args``, the constructor's arguments that ``str()`` shows.) The keys
    and their ``message_args``, all strings:

    - ``folder`` ``()``: the path is a folder.
    - ``cannot_open`` ``(reason,)``: the system's reason (``strerror``).
    - ``empty`` ``()``: no bytes, or only a byte-order mark and whitespace.
    - ``binary`` ``(kind,)``: what the file is instead, in English ("a PDF document").
    - ``unknown_encoding`` ``(encoding,)``: the name asked for.
    - ``no_rows`` ``()``: delimited text without a single row.
    - ``header_only`` ``()``: delimited text with a header row only.
    - ``no_vcard`` ``()``: no BEGIN:VCARD line.
    - ``zip_not_spreadsheet`` ``()``: a zip archive without a workbook inside.
    - ``damaged_archive`` ``(detail,)``: the zip module's complaint.
    - ``too_many_parts`` ``(count,)``: decimal digits.
    - ``too_large`` ``(gigabytes, limit_gigabytes)``: "12.3" (one decimal) and "4".
    - ``part_ratio`` ``(part, ratio)``: the part's name and its ratio in digits.
    - ``part_mismatch`` ``(part, detail)``: the part's name and the zip module's
      complaint.
    - ``password_protected`` ``()``.
    - ``damaged_spreadsheet`` ``(detail,)``: the spreadsheet library's complaint.
    - ``sheet_unreadable`` ``(sheet, detail)``.
    - ``sheet_empty`` ``(sheet,)``: the workbook has no other sheet.
    - ``sheet_empty_others`` ``(sheet, other, ...)``: the other sheets, one per item.
    - ``sheet_header_only`` ``(sheet,)``.
    - ``no_such_sheet`` ``(asked, sheet, ...)``: ``repr()`` of the sheet asked for, then
      the workbook's sheets (none when it has none).

    Attributes:
        code: A short machine code for the kind of problem (stable, for logs and tests).
        message: A sentence the user can read, naming the file when known.
        path: The file the problem is about, when known.
        key: Which sentence ``message`` is (see above); None for a sentence without
            one, which an interface shows as is.
        message_args: The values ``message`` names, by ``key``.
    """

    code = "unreadable_file"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        key: str | None = None,
        message_args: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.key = key
        self.message_args = message_args


class FileAccessError(ImportFileError):
    """The file is missing, a folder, or not readable by this user."""

    code = "file_access"

    @classmethod
    def cannot_open(cls, path: str, exc: OSError) -> FileAccessError:
        """The error for a file the system would not open (key ``cannot_open``)."""
        return cls(
            f"The file cannot be opened: {exc.strerror}.",
            path=path,
            key="cannot_open",
            message_args=(str(exc.strerror),),
        )


class EmptyFileError(ImportFileError):
    """The file holds no bytes, or nothing but whitespace and a byte-order mark."""

    code = "empty_file"


class NoDataRowsError(ImportFileError):
    """The file has a header row and nothing under it."""

    code = "header_only"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        key: str | None = None,
        message_args: tuple[str, ...] = (),
        headers: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, path=path, key=key, message_args=message_args)
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
        self,
        message: str,
        *,
        path: str | None = None,
        key: str | None = None,
        message_args: tuple[str, ...] = (),
        sheets: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, path=path, key=key, message_args=message_args)
        self.sheets = sheets


class EmptySheetError(ImportFileError):
    """The chosen sheet has no cells; the other sheets are listed for the picker."""

    code = "empty_sheet"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        key: str | None = None,
        message_args: tuple[str, ...] = (),
        sheets: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, path=path, key=key, message_args=message_args)
        self.sheets = sheets
