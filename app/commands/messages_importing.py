"""English lines for the import's codes: row warnings and where the report went.

Storage and core give a code with arguments; the CLI words them here, the wizard with
``tr()`` (``app.ui.importing.messages``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

#: ``RowWarning`` codes (``app.core.importing.table``); arguments by position.
ROW_WARNINGS: Final[Mapping[str, str]] = {
    "formula_without_value": "cell {0} ({1}) holds a formula saved without its value; "
    "the field was left empty (open and save the file in a spreadsheet program to "
    "compute it)",
}

#: Why the rejected-rows report is not where it was wanted (``report_fallback``) or
#: not written at all (``report_error``).
REPORT_PROBLEMS: Final[Mapping[str, str]] = {
    "read_only": "the folder is read-only",
    "disk_full": "the disk is full",
    "cannot_write": "the folder cannot be written to",
}


def describe_row_warning(code: str, args: Sequence[str]) -> str:
    """One row warning in English (an unknown code still says its code and values)."""
    template = ROW_WARNINGS.get(code)
    if template is None or len(args) < template.count("{"):
        return f"{code} ({', '.join(args)})" if args else code
    return template.format(*args)


def describe_report_problem(code: str) -> str:
    """Why a report could not be written where it was wanted."""
    return REPORT_PROBLEMS.get(code, code)


__all__ = ["REPORT_PROBLEMS", "ROW_WARNINGS", "describe_report_problem", "describe_row_warning"]
