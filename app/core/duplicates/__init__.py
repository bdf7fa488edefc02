"""Duplicates: which contacts are one person, and how two versions of one merge.

- :mod:`app.core.duplicates.matching`: exact keys (email; phone plus name), the index an
  import classifies rows with, and fuzzy suggestions for review.
- :mod:`app.core.duplicates.merge`: the field-by-field merge planner shared by the import
  (updating an existing contact) and the duplicates screen.

Import the submodule you need: the merge planner alone does not pull in the fuzzy
matcher's dependencies.
"""
