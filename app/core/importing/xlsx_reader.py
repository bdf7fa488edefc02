"""Spreadsheets (XLSX, and XLS/ODS which the same engine reads) for import.

Cells are read by python-calamine (Rust, about ten times faster than openpyxl) and
converted to text row by row. Before calamine sees an archive, :func:`check_archive`
refuses zip bombs from the central directory alone (member count, total size,
compression ratio) and then makes :mod:`zipfile` decompress every member within its
declared size, so a bomb that lies about its sizes fails its CRC check after
reading no more than it declared. That same pass notes which parts hold formulas.

Calamine reads a formula's saved (cached) value. A formula saved without a value
(files written by scripts, never opened in Excel) is found with a streaming XML
pass (defusedxml) and reported as a warning naming the cells; sheets without any
formula element (nearly all contact exports) skip that pass.

Memory, and why this is not true streaming: python-calamine (0.9.1, the newest
release) has no lazy reader. ``get_sheet_by_name`` parses the whole sheet into a
dense Rust ``Range`` (about 65 bytes a cell: the cell value plus its own heap copy
of the string), and while it builds it, calamine also holds the sparse list of cells
it read, so the load peaks near 1.6 times the final size: for 1,000,000 rows by 12
columns, about 0.8 GB held and 1.25 GB at the peak. Calamine's Rust crate has a
cell-by-cell reader (``worksheet_cells_reader``) but the binding does not expose it:
its maintainer found PyO3 cannot wrap that borrowing iterator and added
``CalamineSheet.iter_rows`` over the loaded range instead (dimastbk/python-calamine
issue 42). It creates Python objects one row at a time, so what
this module does keep bounded is the Python side: never more than one row of cells
exists as Python objects (no ``to_python()`` list of lists). To keep the Rust side
as short-lived as calamine allows, the workbook (its shared-strings table and zip
handle) is closed as soon as the sheet is loaded, and the sheet itself is dropped
and its pages handed back to the operating system when a pass has read every row;
a later pass loads it again.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import itertools
import posixpath
import re
import sys
import zipfile
from collections.abc import Generator, Iterator
from typing import IO, TYPE_CHECKING

from app.core.importing.errors import (
    CorruptSpreadsheetError,
    EmptySheetError,
    FileAccessError,
    NoDataRowsError,
    SheetNotFoundError,
    UnsafeArchiveError,
)
from app.core.importing.table import (
    DEFAULT_MAX_FIELD_CHARS,
    FIELD_TOO_LONG,
    FORMULA_WITHOUT_VALUE,
    MAX_ROW_WARNINGS,
    DetectedFormat,
    FileFormat,
    FileWarning,
    RowProblem,
    RowWarning,
    SourceRow,
    TableSource,
    disambiguate_headers,
)

if TYPE_CHECKING:
    import python_calamine

#: A real workbook has tens of parts; thousands means something else.
MAX_MEMBERS = 10_000
#: A full Excel sheet (1,048,576 rows) of contact data is about 1-2 GB of XML.
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3
#: Spreadsheet XML compresses 5-30 times, rarely 100; bombs compress a thousand times.
MAX_RATIO = 250
#: Small parts may compress absurdly well (an empty sheet) without being a danger.
RATIO_FLOOR_BYTES = 4 * 1024**2
_CHUNK = 1024 * 1024

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# A formula element, with or without a namespace prefix; see _FormulaFinder.
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ROOT_TAG = re.compile(rb"<(?:(\w+:))?worksheet[\s>/]")
_TAG_END = frozenset(b" \t\r\n>/")
_MAX_REPORTED_CELLS = 20


def check_archive(path: str, *, verify_sizes: bool = True) -> frozenset[str] | None:
    """Refuse a zip archive that would take absurd memory or time to open.

    Args:
        path: An XLSX or ODS file.
        verify_sizes: Also decompress each member (in bounded chunks, nothing kept)
            to prove its declared size and CRC. Costs one pass of decompression;
            protects against archives that lie in their central directory.

    Returns:
        The names of the parts that contain a formula element, found during the
        verifying pass (so the formula check needs no pass of its own); None when
        ``verify_sizes`` is False and nothing was read.

    Raises:
        UnsafeArchiveError: Too many members, too large uncompressed, a member
            compressed too well, or a member whose content does not match its header.
        CorruptSpreadsheetError: Not a readable zip archive.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise UnsafeArchiveError(
                    f"The spreadsheet holds {len(infos):,} parts; a real workbook has far "
                    "fewer. It was not opened.",
                    path=path,
                    key="too_many_parts",
                    message_args=(str(len(infos)),),
                )
            total = sum(info.file_size for info in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise UnsafeArchiveError(
                    f"The spreadsheet would unpack to {total / 1024**3:,.1f} GB, more than "
                    f"the {MAX_UNCOMPRESSED_BYTES / 1024**3:.0f} GB limit. It was not opened.",
                    path=path,
                    key="too_large",
                    message_args=(
                        f"{total / 1024**3:.1f}",
                        f"{MAX_UNCOMPRESSED_BYTES / 1024**3:.0f}",
                    ),
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                    raise UnsafeArchiveError(
                        f"The spreadsheet part “{info.filename}” is compressed {ratio:,.0f} "
                        "times, which only zip bombs do. It was not opened.",
                        path=path,
                        key="part_ratio",
                        message_args=(info.filename, f"{ratio:.0f}"),
                    )
            if not verify_sizes:
                return None
            return frozenset(info.filename for info in infos if _verify_member(zf, info, path))
    except zipfile.BadZipFile as exc:
        raise CorruptSpreadsheetError(
            f"The spreadsheet is damaged or not really an Excel file ({exc}).",
            path=path,
            key="damaged_spreadsheet",
            message_args=(str(exc),),
        ) from exc
    except OSError as exc:
        raise FileAccessError.cannot_open(path, exc) from exc


def _verify_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> bool:
    """Decompress one member within its declared size; True if it holds a formula."""
    if info.is_dir():
        return False
    # Only worksheets hold cell formulas (not the shared strings, often as large).
    finder = _FormulaFinder() if info.filename.startswith("xl/worksheets/") else None
    try:
        with zf.open(info) as member:
            # zipfile stops at the declared size and checks the CRC at the end.
            while chunk := member.read(_CHUNK):
                if finder is not None:
                    finder.feed(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise UnsafeArchiveError(
            f"The spreadsheet part “{info.filename}” does not match its declared size "
            f"or checksum ({exc}). It was not opened.",
            path=path,
            key="part_mismatch",
            message_args=(info.filename, str(exc)),
        ) from exc
    except RuntimeError as exc:  # encrypted member
        raise CorruptSpreadsheetError(
            "The spreadsheet is password-protected; save an unprotected copy first.",
            path=path,
            key="password_protected",
        ) from exc
    return finder is not None and finder.found


class _FormulaFinder:
    """Tell, chunk by chunk, whether a worksheet part contains a formula element.

    Searching a worksheet's hundreds of megabytes costs as much as decompressing
    them, so the search is one ``bytes.find`` per chunk for the formula tag spelled
    with the prefix the root element uses (``<f`` or ``<x:f``). Other elements
    starting with ``f`` (``<filterColumn>``) are told apart by the byte after the
    name; cell text cannot produce a hit since its ``<`` is escaped. A part whose
    root is not found near its start is searched with a (slower) regex instead.
    """

    def __init__(self) -> None:
        self.found = False
        self._needle: bytes | None = None
        self._started = False
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        if self.found or not chunk:
            return
        if not self._started:
            self._started = True
            root = _ROOT_TAG.search(chunk, 0, 4096)
            if root is not None:
                self._needle = b"<" + (root.group(1) or b"") + b"f"
        # A tag cut by the chunk boundary is whole in the window around it.
        window = self._tail + chunk[:32]
        self.found = self._has_tag(window) or self._has_tag(chunk)
        self._tail = (self._tail + chunk[-32:])[-32:]

    def _has_tag(self, data: bytes) -> bool:
        needle = self._needle
        if needle is None:
            return _FORMULA_TAG.search(data) is not None
        after = len(needle)
        at = data.find(needle)
        while at != -1:
            if at + after < len(data) and data[at + after] in _TAG_END:
                return True
            at = data.find(needle, at + after)
        return False


def cell_text(value: object) -> str:
    """Turn a cell value from calamine into the text a person sees.

    Whole numbers lose their ``.0`` (phone numbers typed as numbers stay digits),
    dates become ISO 8601, booleans ``TRUE``/``FALSE`` as Excel shows them.

    Args:
        value: A str, int, float, bool, date, datetime, time or timedelta.

    Returns:
        The cell's text.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Map sheet names to their XML part inside an XLSX archive."""
    from defusedxml.ElementTree import fromstring

    workbook = fromstring(zf.read("xl/workbook.xml"))
    rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_NS_PKG_REL}Relationship")
    }
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[sheet.get("name", "")] = posixpath.normpath(part)
    return parts


def _has_formula(member: IO[bytes]) -> bool:
    finder = _FormulaFinder()
    while not finder.found and (chunk := member.read(_CHUNK)):
        finder.feed(chunk)
    return finder.found


def formulas_without_value(
    path: str,
    sheet: str,
    *,
    parts_with_formulas: frozenset[str] | None = None,
    limit: int = _MAX_REPORTED_CELLS,
) -> tuple[int, tuple[str, ...]]:
    """Find formula cells that were saved without a computed value.

    A fast byte scan skips sheets without formulas; only sheets with formulas get
    the (slower) streaming XML pass.

    Args:
        path: An XLSX file (already checked by :func:`check_archive`).
        sheet: The sheet name.
        parts_with_formulas: What :func:`check_archive` returned; when given, the
            byte scan is skipped (that pass already read every part).
        limit: How many cell references to return at most (all are counted).

    Returns:
        ``(count, first cell references)``, e.g. ``(2, ("C5", "C6"))``.
    """
    from defusedxml.ElementTree import iterparse

    try:
        with zipfile.ZipFile(path) as zf:
            part = _sheet_parts(zf).get(sheet)
            if part is None or part not in zf.namelist():
                return 0, ()
            if parts_with_formulas is not None:
                if part not in parts_with_formulas:
                    return 0, ()
            else:
                with zf.open(part) as member:
                    if not _has_formula(member):
                        return 0, ()
            count = 0
            cells: list[str] = []
            with zf.open(part) as member:
                for _event, elem in iterparse(member, events=("end",)):
                    if elem.tag != f"{_NS_MAIN}c":
                        continue
                    formula = elem.find(f"{_NS_MAIN}f")
                    if formula is not None:
                        value = elem.find(f"{_NS_MAIN}v")
                        if value is None or not (value.text or ""):
                            count += 1
                            if len(cells) < limit:
                                cells.append(elem.get("r", "?"))
                    elem.clear()
            return count, tuple(cells)
    except (KeyError, zipfile.BadZipFile, SyntaxError):
        # Unusual layouts (no workbook.xml where expected): calamine still reads the
        # cells; we only lose this warning.
        return 0, ()


class XlsxTable(TableSource):
    """A worksheet opened for import.

    Args:
        path: An .xlsx (or .xlsm, .xls, .ods) file.
        sheet: Sheet name or 0-based index; default the first visible worksheet.
        file_format: ``xlsx``, ``xls`` or ``ods`` (decides which checks apply).
        max_field_chars: Longest cell accepted; longer ones reject their row.
        verify_sizes: See :func:`check_archive`.

    Raises:
        UnsafeArchiveError: A zip bomb or a lying archive.
        CorruptSpreadsheetError: Damaged, encrypted or not a spreadsheet.
        SheetNotFoundError: ``sheet`` is not in the workbook.
        EmptySheetError: The sheet holds no cells.
        NoDataRowsError: The sheet holds a header row only.
    """

    def __init__(
        self,
        path: str,
        *,
        sheet: str | int | None = None,
        file_format: FileFormat = "xlsx",
        max_field_chars: int = DEFAULT_MAX_FIELD_CHARS,
        verify_sizes: bool = True,
    ) -> None:
        self.path = path
        self.max_field_chars = max_field_chars
        self._file_format = file_format
        self._verify_sizes = verify_sizes
        parts_with_formulas: frozenset[str] | None = None
        if file_format in ("xlsx", "ods"):
            parts_with_formulas = check_archive(path, verify_sizes=verify_sizes)
        self._sheet: python_calamine.CalamineSheet | None = None
        workbook = self._open_workbook()
        try:
            sheets = tuple(workbook.sheet_names)
            self.sheet_name = self._pick_sheet(workbook, sheets, sheet)
            if self._sheet is None:
                self._sheet = self._load_sheet(workbook)
        finally:
            # The sheet owns its cells; the workbook's shared strings and zip handle
            # are no longer needed and can be large (Excel puts every text there).
            workbook.close()
            _return_freed_memory()
        self._total = 0
        self._done = 0

        head = self._first_rows(2)
        if not head:
            others = tuple(s for s in sheets if s != self.sheet_name)
            raise EmptySheetError(
                f"The sheet “{self.sheet_name}” is empty."
                + (f" Other sheets: {', '.join(others)}." if others else ""),
                path=path,
                key="sheet_empty_others" if others else "sheet_empty",
                message_args=(self.sheet_name, *others),
                sheets=sheets,
            )
        self.headers = disambiguate_headers(head[0].values)
        if len(head) < 2:
            raise NoDataRowsError(
                f"The sheet “{self.sheet_name}” has a header row but no data rows.",
                path=path,
                key="sheet_header_only",
                message_args=(self.sheet_name,),
                headers=tuple(self.headers),
            )

        warnings: list[FileWarning] = []
        self.formulas_without_value: tuple[str, ...] = ()
        self._row_warnings: tuple[int, tuple[RowWarning, ...]] = (0, ())
        if file_format == "xlsx":
            # One more than the row warnings kept: the header row's cells may be among them.
            count, every = formulas_without_value(
                path, self.sheet_name, parts_with_formulas=parts_with_formulas,
                limit=MAX_ROW_WARNINGS + 1,
            )  # fmt: skip
            cells = every[:_MAX_REPORTED_CELLS]
            self.formulas_without_value = cells
            self._row_warnings = self._formula_warnings(count, every, head[0].number)
            if count:
                unlisted = count - len(cells)
                more = f" and {unlisted:,} more" if unlisted > 0 else ""
                warnings.append(FileWarning(
                    "formulas_without_value",
                    f"{count:,} formula cell(s) have no saved value ({', '.join(cells)}{more}); "
                    "they are read as empty. Open and save the file in Excel to compute them.",
                    (str(count), str(max(0, unlisted)), *cells),
                ))  # fmt: skip
        self.detected = DetectedFormat(
            format=file_format, sheets=sheets, sheet=self.sheet_name, warnings=tuple(warnings)
        )

    def _formula_warnings(
        self, count: int, cells: tuple[str, ...], header_row: int
    ) -> tuple[int, tuple[RowWarning, ...]]:
        """One warning per formula cell without a value in a data row."""
        found: list[RowWarning] = []
        on_header = 0
        for ref in cells:
            match = _CELL_REF.match(ref)
            if match is None:
                continue
            row = int(match.group(2))
            if row <= header_row:
                on_header += 1
                continue
            column = _column_index(match.group(1))
            header = self.headers[column] if column < len(self.headers) else ""
            found.append(RowWarning(row, FORMULA_WITHOUT_VALUE, (ref, header)))
        return count - on_header, tuple(found[:MAX_ROW_WARNINGS])

    def row_warnings(self) -> tuple[int, tuple[RowWarning, ...]]:
        """Formula cells of data rows saved without a value (read as empty)."""
        return self._row_warnings

    def _open_workbook(self) -> python_calamine.CalamineWorkbook:
        import python_calamine

        try:
            # Lazy: reads the workbook's parts list and sheet names, not the cells.
            return python_calamine.CalamineWorkbook.from_path(self.path)
        except python_calamine.PasswordError as exc:
            raise CorruptSpreadsheetError(
                "The spreadsheet is password-protected; save an unprotected copy first.",
                path=self.path,
                key="password_protected",
            ) from exc
        except (python_calamine.CalamineError, ValueError, OSError) as exc:
            raise CorruptSpreadsheetError(
                f"The spreadsheet is damaged or not really a spreadsheet ({exc}).",
                path=self.path,
                key="damaged_spreadsheet",
                message_args=(str(exc),),
            ) from exc

    def _load_sheet(
        self, workbook: python_calamine.CalamineWorkbook | None = None
    ) -> python_calamine.CalamineSheet:
        """Load the chosen sheet's cells (into Rust memory), opening the file if needed."""
        import python_calamine

        if workbook is None:
            # A pass after a completed one: the sheet was released. The file was
            # checked when opened; check it again in case it was replaced since.
            if self._file_format in ("xlsx", "ods"):
                check_archive(self.path, verify_sizes=self._verify_sizes)
            with self._open_workbook() as reopened:
                return self._load_sheet(reopened)
        try:
            return workbook.get_sheet_by_name(self.sheet_name)
        except python_calamine.CalamineError as exc:
            raise CorruptSpreadsheetError(
                f"The sheet “{self.sheet_name}” cannot be read ({exc}).",
                path=self.path,
                key="sheet_unreadable",
                message_args=(self.sheet_name, str(exc)),
            ) from exc

    def _pick_sheet(
        self,
        workbook: python_calamine.CalamineWorkbook,
        sheets: tuple[str, ...],
        sheet: str | int | None,
    ) -> str:
        """Resolve the sheet argument; by default the first visible worksheet with cells."""
        import python_calamine

        if isinstance(sheet, int) and 0 <= sheet < len(sheets):
            return sheets[sheet]
        if isinstance(sheet, str) and sheet in sheets:
            return sheet
        if sheet is None and sheets:
            visible = [
                str(meta.name)
                for meta in workbook.sheets_metadata
                if meta.visible == python_calamine.SheetVisibleEnum.Visible
                and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            ] or list(sheets)
            for name in visible:
                # Workbooks often open on an empty cover or notes sheet; the picker
                # still lists every sheet.
                try:
                    loaded = workbook.get_sheet_by_name(name)
                    if loaded.height > 0:
                        self._sheet = loaded  # reused by the first pass
                        return name
                except python_calamine.CalamineError:
                    continue
            return visible[0]
        raise SheetNotFoundError(
            f"The workbook has no sheet {sheet!r}. Sheets: {', '.join(sheets) or 'none'}.",
            path=self.path,
            key="no_such_sheet",
            message_args=(repr(sheet), *sheets),
            sheets=sheets,
        )

    def _first_rows(self, n: int) -> list[SourceRow]:
        rows = self._scan()
        try:
            return list(itertools.islice(rows, n))
        finally:
            rows.close()

    def _scan(self) -> Generator[SourceRow, None, None]:
        """Yield every non-blank row, the header first (``problem`` is None)."""
        if self._sheet is None:
            self._sheet = self._load_sheet()
        sheet = self._sheet
        self._total = sheet.height
        max_chars = self.max_field_chars
        header_seen = False
        # calamine yields rows from the sheet's first row; index + 1 is Excel's number.
        # The hot loop: most cells are already str, so the type test saves a call per
        # cell; the joined row bounds every cell's length, so the per-cell length scan
        # runs only for rows long enough to hold a too-long cell.
        for index, cells in enumerate(sheet.iter_rows()):
            self._done = index
            values = [c if type(c) is str else cell_text(c) for c in cells]
            if not any(values):
                continue
            raw = "\t".join(values)
            if header_seen and len(raw) > max_chars and max(map(len, values)) > max_chars:
                problem = RowProblem(
                    FIELD_TOO_LONG,
                    f"A cell is longer than {max_chars:,} characters.",
                    (str(max_chars),),
                )
                yield SourceRow(index + 1, raw, values, problem)
                continue
            header_seen = True
            yield SourceRow(index + 1, raw, values, None)
        self._done = self._total

    def iter_rows(self) -> Iterator[SourceRow]:
        """Yield data rows lazily; see :meth:`TableSource.iter_rows`.

        A pass that reads to the end releases the sheet's cells (the import is the
        last pass); a pass stopped early (the preview) keeps them for the next one.
        """
        rows = self._scan()
        try:
            next(rows, None)  # the header
            yield from rows
        finally:
            rows.close()
        # The exhausted generator has dropped its frame, so this is the last reference.
        self._release_sheet()

    def progress(self) -> float:
        """Fraction of the sheet's rows produced by the running pass."""
        return min(1.0, self._done / self._total) if self._total else 0.0

    def _release_sheet(self) -> None:
        if self._sheet is not None:
            self._sheet = None
            _return_freed_memory()

    def close(self) -> None:
        """Release the sheet's cells (the workbook itself closed after loading)."""
        self._release_sheet()


_CELL_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def _column_index(letters: str) -> int:
    """``A`` → 0, ``Z`` → 25, ``AA`` → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1


def _return_freed_memory() -> None:
    """Hand freed heap pages back to the operating system (glibc only).

    glibc keeps the hundreds of megabytes a big sheet took on its heap after they
    are freed, so the app would stay that large after an import; ``malloc_trim``
    returns them. Other C libraries (macOS, Windows) manage this themselves.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl and other libcs have no malloc_trim
        pass
