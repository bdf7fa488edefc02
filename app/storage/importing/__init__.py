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
  "fuzzy_truncated": bool, "merge_suggestions": [{"row", "contact_ids", "key"}],
  "unknown_values": {field: {value: rows}}, "bulk_load": bool}``. Fuzzy suggestions
  (possible duplicates that no exact key proves) and merge suggestions (a row whose keys
  led to two different contacts, merged into neither) are kept there for the review
  screen and never applied.
- ``import_batch_items``: one row per created or updated contact (see
  :mod:`app.storage.importing.batch` for the ``raw`` and ``before`` layouts).
- ``import_mappings``: the mapping used, per header signature.
- Rejected rows: ``<name>.rejected.csv`` next to the source (see
  :mod:`app.storage.importing.report`).

Matching (docs/importing.md): every address of a row against every address of the stored
contacts (``+tags`` folded), E.164 phone + a name that agrees (initials too), and for a
file of our own export its ``id`` column; owner, stage, source and lead-type text through
folded names and synonyms (``app.core.importing.codes``); a default phone region from the
options or the file itself (``app.core.importing.regions``). The module map: ``engine``
(the loop), ``lookups`` (what rows are matched against), ``values`` (a row's column
values), ``existing`` (rows matching stored contacts), ``batch`` (writing them),
``prepare`` (file row -> record).

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
