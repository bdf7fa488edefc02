"""The contact-data validator over the database, one module per job.

- :mod:`~app.storage.validation.run`: a validation run (raw columns in, derived out);
- :mod:`~app.storage.validation.dns_cache`: mail-domain answers kept between runs;
- :mod:`~app.storage.validation.summary`: data-quality figures from SQL aggregates;
- :mod:`~app.storage.validation.problems`: the problem table and its reason filter;
- :mod:`~app.storage.validation.fixes`: undoable fixes (suggestions, edits, bulk actions).

The derived columns themselves are computed by :mod:`app.storage.contacts.derived`, which
the import and the demo loader share. The public names are re-exported here.
"""

from app.storage.validation.dns_cache import DbDomainCache
from app.storage.validation.fixes import (
    BULK_ACTIONS,
    BulkAction,
    accept_suggestions,
    apply_to_reason,
    edit_field,
    edit_fields,
)
from app.storage.validation.problems import (
    PROBLEM_STATUSES,
    Field,
    ProblemRow,
    ReasonCount,
    problem_counts,
    problem_rows,
)
from app.storage.validation.run import ValidationRun, validate_database
from app.storage.validation.summary import ValidationSummary, validation_summary

__all__ = [
    "BULK_ACTIONS",
    "PROBLEM_STATUSES",
    "BulkAction",
    "DbDomainCache",
    "Field",
    "ProblemRow",
    "ReasonCount",
    "ValidationRun",
    "ValidationSummary",
    "accept_suggestions",
    "apply_to_reason",
    "edit_field",
    "edit_fields",
    "problem_counts",
    "problem_rows",
    "validate_database",
    "validation_summary",
]
