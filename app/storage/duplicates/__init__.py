"""Duplicates already in the database: finding them, and merging them with undo.

The core decides what is a duplicate (:mod:`app.core.duplicates.matching`) and how two
versions of a contact merge (:mod:`app.core.duplicates.merge`); this package reads the
contacts, groups them, and applies a merge the user confirmed on the duplicates screen.
Nothing here merges on its own: :func:`find_duplicate_groups` only suggests.

- :mod:`~app.storage.duplicates.search`: exact groups and fuzzy pairs, in two passes.
- :mod:`~app.storage.duplicates.merge`: what the duplicates screen shows of a group, the
  plan of a group's merge, and the merge itself (one undoable change set).
- :mod:`~app.storage.duplicates.dismissals`: "Not duplicates", stored for everybody.
  The search also lists contacts one imported row matched (the import merged it into
  neither).
"""

from app.storage.duplicates.dismissals import dismiss_duplicates, dismissed_pairs
from app.storage.duplicates.merge import (
    GROUP_FIELDS,
    NOT_MERGED,
    GroupPlan,
    MergeContext,
    load_merge_context,
    merge_contacts,
    plan_group_merge,
)
from app.storage.duplicates.search import (
    IMPORT_CONFLICT,
    DuplicateGroup,
    GroupKind,
    contact_names,
    find_duplicate_groups,
    find_exact_groups,
    find_fuzzy_pairs,
    find_import_suggestions,
)

__all__ = [
    "GROUP_FIELDS",
    "IMPORT_CONFLICT",
    "NOT_MERGED",
    "DuplicateGroup",
    "GroupKind",
    "GroupPlan",
    "MergeContext",
    "contact_names",
    "dismiss_duplicates",
    "dismissed_pairs",
    "find_duplicate_groups",
    "find_exact_groups",
    "find_fuzzy_pairs",
    "find_import_suggestions",
    "load_merge_context",
    "merge_contacts",
    "plan_group_merge",
]
