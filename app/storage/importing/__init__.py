"""Importing contact files into the database: inspect, dry run, import, undo.

The API the CLI (``python main.py import``) and the Qt import wizard use; no Qt here::

    from app.storage.importing import inspect_file, plan_import, run_import, undo_import

    info = inspect_file(path, db=db)               # detection, headers, preview, mappings
    mapping = info.mapping.with_target(3, "email") # the user's changes
    plan = plan_import(db, path, mapping=mapping)  # dry run: counts + rows behind them
    result = run_import(db, path, mapping=mapping, list_name="Berlin fintech")
    undo_import(db, result.batch_id)

Long runs take the operations contract's ``cancel`` (a ``CancelToken``) and ``progress``
(``progress(done, total)``) and raise ``OperationCancelled`` after rolling back; writes
return their ``Changes`` (``result.changes``).

Where things are kept:

- ``import_batches``: one row per import with its counts, the file's SHA-256 and the
  report path. Its ``mapping`` JSON holds ``{"mapping": ColumnMapping.to_dict(),
  "options": {...}, "list_created": bool, "companies_created": [[first_id, last_id],
  ...], "fuzzy_suggestions": [{"row", "other_row", "contact_id", "score", "reasons"}],
  "fuzzy_truncated": bool, "bulk_load": bool}``. Fuzzy suggestions (possible duplicates
  that no exact key proves) are kept there for the review screen and never applied.
- ``import_batch_items``: one row per created or updated contact (see
  :mod:`app.storage.importing.batch` for the ``raw`` and ``before`` layouts).
- ``import_mappings``: the mapping used, per header signature.
- Rejected rows: ``<name>.rejected.csv`` next to the source (see
  :mod:`app.storage.importing.report`).

Counting: every row is exactly one of created / updated / unchanged / in_file /
rejected; ``duplicates`` = unchanged + in_file; ``invalid`` counts stored rows (created
or updated) whose email or phone is invalid (their raw values are kept).
"""

from app.storage.changes import AlreadyUndoneError
from app.storage.importing.api import (
    inspect_file,
    plan_import,
    recent_imports,
    remember_mapping,
    remembered_mapping,
    run_import,
)
from app.storage.importing.model import (
    CATEGORIES,
    Category,
    FileInspection,
    FuzzySuggestion,
    ImportOptions,
    ImportPlan,
    ImportResult,
    ImportSummary,
    MappingMismatchError,
    RowDetail,
    RowLedger,
    UndoConflict,
    UndoImportResult,
    is_finishing,
)
from app.storage.importing.undo import undo_import

__all__ = [
    "CATEGORIES",
    "AlreadyUndoneError",
    "Category",
    "FileInspection",
    "FuzzySuggestion",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "ImportSummary",
    "MappingMismatchError",
    "RowDetail",
    "RowLedger",
    "UndoConflict",
    "UndoImportResult",
    "inspect_file",
    "is_finishing",
    "plan_import",
    "recent_imports",
    "remember_mapping",
    "remembered_mapping",
    "run_import",
    "undo_import",
]
