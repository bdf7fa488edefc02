"""Delimited text (CSV, TSV, TXT): dialect sniffing and a streaming row reader.

Parsing is done by the C ``csv`` module over the file's lines; the Python work per
row is a few length checks, so a million rows take seconds. A small generator
keeps the physical lines of the current record, which gives each row its line
number and raw text, and lets the reader recover from a stray quote: the record's
first line is rejected and the lines it swallowed are parsed again.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass

from app.core.importing.encoding import (
    HEAD_BYTES,
    MARK,
    MARK_ERRORS,
    EncodingGuess,
    MarkCounter,
    candidate_encodings,
    codec_name,
    detect_encoding,
    read_samples,
)
from app.core.importing.errors import EmptyFileError, FileAccessError, NoDataRowsError
from app.core.importing.table import (
    DEFAULT_MAX_FIELD_CHARS,
    ENCODING_ERROR,
    FIELD_TOO_LONG,
    MALFORMED_RECORD,
    TOO_FEW_FIELDS,
    TOO_MANY_FIELDS,
    UNBALANCED_QUOTE,
    DetectedFormat,
    FileWarning,
    RowProblem,
    SourceRow,
    TableSource,
    disambiguate_headers,
)

#: Delimiters tried by the sniffer, in order of preference on a tie.
DELIMITERS = (",", ";", "\t", "|")
QUOTECHARS = ('"', "'")
#: A quoted field still open after this many lines is taken for a stray quote.
DEFAULT_MAX_RECORD_LINES = 20_000
_SNIFF_LINES = 60


@dataclass(frozen=True, slots=True)
class Dialect:
    """The separator and quote character of a delimited file."""

    delimiter: str
    quotechar: str


def sniff_dialect(text: str) -> Dialect:
    """Pick the delimiter and quote character that split the sample most regularly.

    Each candidate is tried with the real ``csv`` parser on the first lines; the one
    giving the most rows of the same width (at least two columns) wins, ties going
    to the wider split, then to comma, semicolon, tab, pipe in that order.

    Args:
        text: The start of the file, decoded.

    Returns:
        The dialect; a comma when nothing splits (a one-column file).
    """
    lines = text.splitlines(keepends=True)[:_SNIFF_LINES]
    best: tuple[tuple[int, float, int, int], Dialect] | None = None
    for priority, delimiter in enumerate(DELIMITERS):
        # Single quotes are apostrophes (O'Brien) unless they open fields.
        opens_with_apostrophe = text.count(f"{delimiter}'") + text.count("\n'") >= 2
        for quotechar in QUOTECHARS if opens_with_apostrophe else QUOTECHARS[:1]:
            rows = _parse_sample(lines, delimiter, quotechar)
            if not rows:
                continue
            width, frequency = Counter(len(r) for r in rows).most_common(1)[0]
            if width < 2:
                continue
            key = (
                int(len(rows[0]) == width),  # the header agrees with the body
                round(frequency / len(rows), 1),
                width,
                -priority,
            )
            # Only strictly better keys replace: a double quote beats a single one
            # unless single quotes really split the file better.
            if best is None or key > best[0]:
                best = (key, Dialect(delimiter, quotechar))
    return best[1] if best else Dialect(",", '"')


def _parse_sample(lines: list[str], delimiter: str, quotechar: str) -> list[list[str]]:
    rows: list[list[str]] = []
    reader = csv.reader(lines, delimiter=delimiter, quotechar=quotechar)
    try:
        rows.extend(row for row in reader if row)
    except csv.Error:
        pass  # an oversized field: judge on the rows before it
    return rows


class CsvTable(TableSource):
    """A delimited text file opened for import.

    Args:
        path: The file.
        encoding: Codec to use instead of detection (the wizard's manual override).
        delimiter: Separator to use instead of sniffing.
        quotechar: Quote character to use instead of sniffing.
        max_field_chars: Longest field accepted; longer ones reject their row.
        pad_short_rows: Accept rows with too few fields by padding them with empty
            values instead of rejecting them.
        max_record_lines: Lines a quoted field may span before it is taken for a
            stray quote.

    Raises:
        FileAccessError: The file cannot be opened.
        EmptyFileError: Nothing but whitespace in the file.
        NoDataRowsError: A header and nothing else.
        BinaryFileError: The file is not text.
        EncodingError: ``encoding`` is not a known codec.
    """

    def __init__(
        self,
        path: str,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        quotechar: str | None = None,
        max_field_chars: int = DEFAULT_MAX_FIELD_CHARS,
        pad_short_rows: bool = False,
        max_record_lines: int = DEFAULT_MAX_RECORD_LINES,
    ) -> None:
        self.path = path
        self.max_field_chars = max_field_chars
        self.pad_short_rows = pad_short_rows
        self.max_record_lines = max_record_lines
        try:
            self._size = os.path.getsize(path)
        except OSError as exc:
            raise FileAccessError.cannot_open(path, exc) from exc

        guess = self._choose_encoding(encoding)
        self.encoding = guess.encoding
        head, _ = read_samples(path)
        sample = head.decode(self.encoding, MARK_ERRORS)
        if len(head) == HEAD_BYTES:
            # Drop the last, probably cut, line so it does not skew the sniffer.
            sample = sample[: max(sample.rfind("\n"), 0)] or sample
        sample = sample.lstrip("\ufeff")
        sniffed = sniff_dialect(sample)
        self.dialect = Dialect(delimiter or sniffed.delimiter, quotechar or sniffed.quotechar)
        self._progress_file: io.TextIOWrapper | None = None
        self._binary: io.BufferedReader | None = None

        header, first = self._read_head()
        if header is None:
            raise EmptyFileError("The file has no rows.", path=path, key="no_rows")
        self.headers = disambiguate_headers(header.values)
        if first is None:
            raise NoDataRowsError(
                "The file has a header row but no data rows.",
                path=path,
                key="header_only",
                headers=tuple(self.headers),
            )

        warnings: list[FileWarning] = []
        if guess.mixed:
            warnings.append(FileWarning(
                "mixed_encoding",
                "Some lines are not valid UTF-8 (another encoding was pasted in); "
                "those rows will be rejected and listed in the report.",
            ))  # fmt: skip
        if guess.confidence < 0.5:
            warnings.append(FileWarning(
                "uncertain_encoding",
                f"The text encoding is uncertain (guessed {guess.encoding}); "
                "check the preview and pick another encoding if names look wrong.",
                (guess.encoding,),
            ))  # fmt: skip
        self.detected = DetectedFormat(
            format="csv",
            encoding=guess.encoding,
            encoding_confidence=guess.confidence,
            bom=guess.bom,
            delimiter=self.dialect.delimiter,
            quotechar=self.dialect.quotechar,
            encoding_candidates=guess.candidates,
            warnings=tuple(warnings),
        )

    def _choose_encoding(self, encoding: str | None) -> EncodingGuess:
        if encoding is None:
            return detect_encoding(self.path)
        name = codec_name(encoding)
        with open(self.path, "rb") as f:
            start = f.read(4)
        bom = start.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
        if name == "utf-8" and start.startswith(b"\xef\xbb\xbf"):
            name = "utf-8-sig"  # never leave the BOM in the first header
        head, _ = read_samples(self.path)
        return EncodingGuess(name, 1.0, bom, False, candidate_encodings(head, (name,)))

    def _read_head(self) -> tuple[SourceRow | None, SourceRow | None]:
        with self._open() as f:
            rows = self._scan(f)
            try:
                return next(rows, None), next(rows, None)
            finally:
                rows.close()

    def _open(self) -> io.TextIOWrapper:
        try:
            binary = open(self.path, "rb")  # closed with the text wrapper
        except OSError as exc:
            raise FileAccessError.cannot_open(self.path, exc) from exc
        self._binary = binary
        return io.TextIOWrapper(binary, encoding=self.encoding, errors=MARK_ERRORS, newline="")

    def iter_rows(self) -> Iterator[SourceRow]:
        """Yield data rows lazily; see :meth:`TableSource.iter_rows`."""
        with self._open() as f:
            self._progress_file = f
            rows = self._scan(f)
            try:
                next(rows, None)  # the header
                yield from rows
            finally:
                rows.close()
                self._progress_file = None

    def progress(self) -> float:
        """Fraction of the file's bytes consumed by the running pass."""
        f = self._progress_file
        if f is None or self._binary is None or self._size == 0 or f.closed:
            return 0.0
        return min(1.0, self._binary.tell() / self._size)

    def _scan(self, f: io.TextIOWrapper) -> Generator[SourceRow, None, None]:
        """Yield every record of the file, the header first (``problem`` is None).

        The hot loop: no per-line Python code (``tee`` keeps a copy of the lines in C
        for the raw text) and no per-field work on good rows.
        """
        dialect = self.dialect
        max_chars = self.max_field_chars
        max_lines = self.max_record_lines
        # The csv module stops at its own limit (128 KiB by default): ours decides.
        if csv.field_size_limit() <= max_chars:
            csv.field_size_limit(max_chars + 1)
        width: int | None = None
        lines: Iterator[str] = iter(f)
        line_no = 1  # physical line where the next record starts
        counter = MarkCounter
        marks_base = counter.count
        marks_found = 0
        new_row = tuple.__new__  # skips NamedTuple's Python-level __new__

        while True:
            feed, copy = itertools.tee(lines)
            reader = csv.reader(feed, delimiter=dialect.delimiter, quotechar=dialect.quotechar)
            consumed = 0  # reader.line_num after the previous record
            pushback: list[str] | None = None
            try:
                for values in reader:
                    n_lines = reader.line_num - consumed
                    consumed += n_lines
                    number = line_no
                    line_no += n_lines
                    raw = next(copy) if n_lines == 1 else "".join(itertools.islice(copy, n_lines))
                    n_values = len(values)
                    if n_values == 0 or (n_values == 1 and not values[0].strip()):
                        continue  # a blank line
                    if width is None:
                        width = n_values
                        yield new_row(SourceRow, (number, raw, values, None))
                        continue

                    problem: RowProblem | None = None
                    if n_lines > 1 and (n_values != width or n_lines > max_lines):
                        # A record spanning lines with the wrong width: a quote opened
                        # and never closed. Reject its first line only and read the
                        # lines it swallowed again.
                        physical = raw.splitlines(keepends=True)
                        pushback = physical[1:]
                        line_no = number + 1
                        yield _rejected(number, physical[0], [], UNBALANCED_QUOTE)
                        break
                    if n_values != width:
                        if n_values > width:
                            if any(values[width:]):
                                problem = _problem(TOO_MANY_FIELDS, n_values, width)
                            else:
                                del values[width:]  # trailing separators (Excel does it)
                        elif self.pad_short_rows:
                            values.extend([""] * (width - n_values))
                        else:
                            problem = _problem(TOO_FEW_FIELDS, n_values, width)
                    if (
                        problem is None
                        and len(raw) > max_chars
                        and max(map(len, values)) > max_chars
                    ):
                        problem = RowProblem(
                            FIELD_TOO_LONG,
                            f"A field is longer than {max_chars:,} characters.",
                            (str(max_chars),),
                        )
                    if counter.count - marks_base > marks_found and MARK in raw:
                        marks_found += raw.count(MARK)
                        raw = raw.replace(MARK, "")
                        values[:] = [v.replace(MARK, "") for v in values]
                        problem = RowProblem(
                            ENCODING_ERROR,
                            f"The line has bytes that are not valid {self.encoding} "
                            "(shown as \\x.. escapes).",
                            (self.encoding, "line"),
                        )
                    if problem is None:
                        if any(values):  # else only separators: an empty spreadsheet row
                            yield new_row(SourceRow, (number, raw, values, None))
                    else:
                        yield new_row(SourceRow, (number, raw, values, problem))
                else:
                    return
            except csv.Error as exc:
                # csv stops a field at csv.field_size_limit() characters, which also
                # bounds how much a stray quote can swallow.
                n_lines = reader.line_num - consumed
                taken = list(itertools.islice(copy, n_lines))
                number = line_no
                if len(taken) <= 1:
                    code = FIELD_TOO_LONG if "field larger" in str(exc) else MALFORMED_RECORD
                    pushback = []
                    line_no = number + max(n_lines, 1)
                else:
                    code = UNBALANCED_QUOTE
                    pushback = taken[1:]
                    line_no = number + 1
                detail = str(exc) if code == MALFORMED_RECORD else ""
                yield _rejected(number, taken[0] if taken else "", [], code, detail)
            if pushback is not None:
                # Both tee branches are level here, so the file itself continues.
                lines = itertools.chain(pushback, f)


_MESSAGES = {
    UNBALANCED_QUOTE: "A quote opens a field that is never closed; this line was skipped "
    "and the lines after it were read again.",
    FIELD_TOO_LONG: "A field is longer than the limit.",
    MALFORMED_RECORD: "The line cannot be read as delimited text.",
}


def _rejected(number: int, raw: str, values: list[str], code: str, detail: str = "") -> SourceRow:
    message = _MESSAGES[code] + (f" ({detail})" if detail else "")
    return SourceRow(number, raw.replace(MARK, ""), values, RowProblem(code, message))


def _problem(code: str, found: int, expected: int) -> RowProblem:
    return RowProblem(
        code,
        f"The row has {found} fields; the header has {expected}.",
        (str(found), str(expected)),
    )
