"""The import wizard: choose a file, check it, map columns, dry run, import, undo.

The wizard is a thin face over :mod:`app.storage.importing`: every step that reads the
file or the database runs as a background :class:`~app.ui.jobs.Job`, and every number it
shows comes from the pipeline's ``FileInspection`` / ``ImportPlan`` / ``ImportResult``.

Modules: :mod:`choices` (labels of fields, encodings, categories), :mod:`models` (item
models), one module per page, :mod:`progress` (the import's progress dialog),
:mod:`undo` (undo with conflicts), :mod:`recent` (File → Recent imports…) and
:mod:`wizard` (the dialog that runs the steps).
"""
