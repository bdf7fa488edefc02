"""English one-liners for the reports' codes (``app.core.reports.ReportError``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: ``ReportError`` codes.
REPORT: Final[Mapping[str, str]] = {
    "reversed_range": "--from {date_from} is after --to {date_to}; the first day must come first",
    "unknown_rep": "there is no rep with the address {email} (see: rep list)",
}


def describe_report_error(exc: Exception) -> str | None:
    """The line for a report's coded error, or None for any other error."""
    from app.core.reports import ReportError

    if not isinstance(exc, ReportError):
        return None
    template = REPORT.get(exc.code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in exc.arguments.items())
        return f"{exc.code} ({detail})" if detail else exc.code
    return template.format(**exc.arguments)


__all__ = ["REPORT", "describe_report_error"]
