"""Duplicates already in the database: finding them, and merging them with undo.

The core decides what is a duplicate (:mod:`app.core.duplicates.matching`) and how two
versions of a contact merge (:mod:`app.core.duplicates.merge`); this package reads the
contacts, groups them, and applies a merge the user confirmed on the duplicates screen.
Nothing here merges on its own: :func:`find_duplicate_groups` only suggests.

For now everything lives in :mod:`~app.storage.duplicates.search` (moved as it was).
"""

from app.storage.duplicates.search import (
    GROUP_FIELDS,
    NOT_MERGED,
    DuplicateGroup,
    DuplicateSearchCancelledError,
    GroupKind,
    GroupPlan,
    MergeContext,
    contact_names,
    dismiss_duplicates,
    dismissed_pairs,
    find_duplicate_groups,
    find_exact_groups,
    find_fuzzy_pairs,
    load_merge_context,
    merge_contacts,
    plan_group_merge,
)

__all__ = [
    "GROUP_FIELDS",
    "NOT_MERGED",
    "DuplicateGroup",
    "DuplicateSearchCancelledError",
    "GroupKind",
    "GroupPlan",
    "MergeContext",
    "contact_names",
    "dismiss_duplicates",
    "dismissed_pairs",
    "find_duplicate_groups",
    "find_exact_groups",
    "find_fuzzy_pairs",
    "load_merge_context",
    "merge_contacts",
    "plan_group_merge",
]
