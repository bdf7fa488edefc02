"""The common shape of every reader: headers, what was detected, and lazy rows.

A reader never holds the whole file: :meth:`TableSource.iter_rows` starts a fresh
pass over the file each time it is called and yields one :class:`SourceRow` at a
time. Rows that cannot be read (too many fields, a field over the size limit, bytes
that do not decode) are yielded too, with a :class:`RowProblem`, so that the import
report can list them with their raw text while the good rows carry on.
"""

from __future__ import annotations

import abc
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, NamedTuple, Self

FileFormat = Literal["csv", "xlsx", "xls", "ods", "vcard"]

# Reason codes for rejected rows: short, stable, machine-readable (reports, tests).
TOO_MANY_FIELDS = "too_many_fields"
TOO_FEW_FIELDS = "too_few_fields"
FIELD_TOO_LONG = "field_too_long"
UNBALANCED_QUOTE = "unbalanced_quote"
ENCODING_ERROR = "encoding_error"
MALFORMED_RECORD = "malformed_record"

#: Default longest field, in characters: the sanity limit past which a row is rejected
#: (with the reason ``field_too_long``). Notes and custom fields of a megabyte are real
#: (a CRM's whole activity history pasted into one cell); a field longer than this is
#: a broken quote that swallowed the rest of the file, or not a contact list at all.
#: The contact's own short fields (names, title, city...) have their column sizes as
#: limits (``value_too_long``, in ``app.storage.importing.prepare``).
DEFAULT_MAX_FIELD_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why a row was rejected.

    ``args`` carries what the sentence names, so that the wizard can say it in another
    language without reading ``message`` (whose English wording may change; the args of
    a code do not). Numbers are plain decimal digits (``"8192"``), never grouped:

    - ``too_many_fields``, ``too_few_fields``: ``(found, expected)``, the row's and the
      header's number of fields.
    - ``field_too_long``: ``(limit,)``, the longest value allowed, in characters; ``()``
      when the csv module's own field limit stopped the row.
    - ``encoding_error``: ``(encoding, unit)``, the codec the file is read with and what
      holds the bad bytes, ``"line"`` (text files) or ``"card"`` (vCards).
    - any other code: ``()``.

    Attributes:
        code: One of the reason codes of this module (``too_many_fields``...).
        message: A sentence for the rejected-rows report.
        args: The values ``message`` names, by code (above).
    """

    code: str
    message: str
    args: tuple[str, ...] = ()


class SourceRow(NamedTuple):
    """One record of the file as read, before mapping.

    Attributes:
        number: Where a person finds the record: the physical line of its first line
            for text files (the header is line 1), the sheet row for spreadsheets, the
            line of ``BEGIN:VCARD`` for vCards.
        raw: The record's text as it stood in the file (for spreadsheets, the cell
            texts joined by tabs), for the rejected-rows report.
        values: One string per header column when ``problem`` is None; whatever could
            be read otherwise (may be empty).
        problem: None for a good row, else why the row is rejected.
    """

    number: int
    raw: str
    values: list[str]
    problem: RowProblem | None


class FileWarning(NamedTuple):
    """Something about the whole file the user should know before importing it.

    ``message`` is English and free to be reworded; ``key`` says which sentence it is and
    ``args`` holds the values it names (all strings), so an interface can say it in
    another language without parsing the English:

    - ``mixed_encoding`` ``()``: some lines are not valid UTF-8; those rows are rejected.
    - ``uncertain_encoding`` ``(encoding,)``: the guessed encoding, a Python codec name.
    - ``formulas_without_value`` ``(count, more, cell, ...)``: formula cells without a
      saved value (read as empty): their count and how many are not listed, in digits,
      then the first cells' references ("C2").
    """

    key: str
    message: str
    args: tuple[str, ...] = ()


#: Row warnings a reader keeps with their details (all of them are counted).
MAX_ROW_WARNINGS = 200
#: A cell holds a formula saved without its computed value: the field is read as empty.
FORMULA_WITHOUT_VALUE = "formula_without_value"


class RowWarning(NamedTuple):
    """A row read with something the user should check (it is imported all the same).

    ``code`` says which; ``args`` holds the values it names, all strings, so an interface
    words it in its own language:

    - ``formula_without_value`` ``(cell, column)``: the cell (``"C5"``) of that column
      holds a formula saved without its computed value (a file written by a script and
      never opened in a spreadsheet program); the field was read as empty.
    """

    row: int
    code: str
    args: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """A JSON-ready form (the CLI's ``row_warnings``)."""
        return {"row": self.row, "code": self.code, "args": list(self.args)}


@dataclass(frozen=True, slots=True)
class DetectedFormat:
    """What the reader found out about a file (shown in the import wizard).

    Attributes:
        format: ``csv`` (also TSV/TXT), ``xlsx``, ``xls``, ``ods`` or ``vcard``.
        encoding: Python codec name for text files, None for spreadsheets.
        encoding_confidence: 1.0 for a BOM or clean UTF-8, the detector's score
            otherwise, 1.0 when the user chose the encoding.
        bom: Whether the text file started with a byte-order mark.
        delimiter: Field separator of a delimited text file.
        quotechar: Quote character of a delimited text file.
        sheets: All sheet names of a workbook, in order.
        sheet: The sheet being read.
        encoding_candidates: Encodings worth offering for a manual override, best first.
        warnings: What the wizard should say about the whole file (mixed encodings,
            formulas without a saved value...): see :class:`FileWarning`.
    """

    format: FileFormat
    encoding: str | None = None
    encoding_confidence: float | None = None
    bom: bool = False
    delimiter: str | None = None
    quotechar: str | None = None
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    encoding_candidates: tuple[str, ...] = ()
    warnings: tuple[FileWarning, ...] = field(default=())


def disambiguate_headers(raw_headers: list[str]) -> list[str]:
    """Clean header names and make them unique.

    Strips whitespace and stray byte-order marks, names empty headers
    ``Column N`` (1-based), and suffixes repeats: ``Email``, ``Email (2)``.

    Args:
        raw_headers: Header cells as read.

    Returns:
        One unique, non-empty name per column.
    """
    cleaned = [
        h.replace("\ufeff", "").strip() or f"Column {i}" for i, h in enumerate(raw_headers, 1)
    ]
    seen: dict[str, int] = {}
    taken = {h.casefold() for h in cleaned}
    result: list[str] = []
    for name in cleaned:
        key = name.casefold()
        count = seen.get(key, 0) + 1
        seen[key] = count
        if count == 1:
            result.append(name)
            continue
        # "Email (2)" might itself be a real header further along; skip to a free one.
        for n in itertools.count(count):
            candidate = f"{name} ({n})"
            if candidate.casefold() not in taken:
                break
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


class TableSource(abc.ABC):
    """A file opened for import: headers, detection results and lazy rows.

    Subclasses read one format. Use :func:`app.core.importing.open_table` rather
    than constructing them directly.
    """

    path: str
    headers: list[str]
    detected: DetectedFormat

    @abc.abstractmethod
    def iter_rows(self) -> Iterator[SourceRow]:
        """Yield the data rows (after the header) from the start of the file.

        Each call starts a new pass; rows are produced lazily, so a million-row file
        never sits in memory. Blank rows are skipped. Rejected rows are yielded with
        their ``problem`` set.

        Yields:
            One :class:`SourceRow` per record.
        """

    def preview(self, n: int = 20) -> list[SourceRow]:
        """Read the first rows for the wizard's preview.

        Args:
            n: How many data rows (good or rejected) to return at most.

        Returns:
            Up to ``n`` rows from the start of the file.
        """
        rows = self.iter_rows()
        try:
            return list(itertools.islice(rows, n))
        finally:
            # Closing the generator closes the file it holds.
            close = getattr(rows, "close", None)
            if close is not None:
                close()

    def row_warnings(self) -> tuple[int, tuple[RowWarning, ...]]:
        """Warnings about data rows, found when the file was opened.

        Returns:
            ``(how many, the first MAX_ROW_WARNINGS in file order)``; ``(0, ())`` for
            readers that have none.
        """
        return 0, ()

    def progress(self) -> float:
        """How far the running :meth:`iter_rows` pass has got, from 0.0 to 1.0.

        Returns:
            A fraction suitable for a progress bar; readers that cannot tell
            return 0.0 until they finish.
        """
        return 0.0

    def close(self) -> None:
        """Release whatever the reader keeps open between passes (nothing by default)."""
        return None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
