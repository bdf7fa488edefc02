"""Demo data: ``populate_demo`` fills an empty database so every screen has something to show.

The package's modules, entry point first:

- ``populate``: ``populate_demo``, its ``DemoSummary`` and ``DemoRefusedError``.
- ``builder``: ``_DemoBuilder``, which builds and inserts the rows in foreign-key order.
- ``story``: ``_Story``, one prospect's history, and the rows of a chunk (``_Batch``).
- ``loader``: the chunked ``_Loader`` and the validation (``validate_records``, ``_Validator``).
- ``content``: the fixed content (stages, reps, templates, cadences, tags, the ICP).
"""

from __future__ import annotations

from app.storage.demo.content import DEFAULT_STAGES, DEMO_REPS, DEMO_SETTING_KEY, StageSpec
from app.storage.demo.loader import ValidationRecord, _Validator, validate_records
from app.storage.demo.populate import DemoRefusedError, DemoSummary, populate_demo

__all__ = [
    "DEFAULT_STAGES",
    "DEMO_REPS",
    "DEMO_SETTING_KEY",
    "DemoRefusedError",
    "DemoSummary",
    "StageSpec",
    "ValidationRecord",
    "_Validator",
    "populate_demo",
    "validate_records",
]
