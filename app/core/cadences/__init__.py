"""Cadences: sequences of touches, their file format, and when each step is due.

Plain Python; no Qt, no storage::

    from app.core.cadences import parse_cadence, next_due_step, shipped_cadences
"""

from app.core.cadences.json_format import (
    FORMAT_VERSION,
    CadenceFormatError,
    cadence_to_json,
    parse_cadence,
)
from app.core.cadences.model import (
    MAX_DAY,
    MIN_DAY,
    MON_FRI,
    SUN_THU,
    Cadence,
    CadenceProblem,
    Channel,
    EmailThread,
    Network,
    Step,
    WorkingWeek,
    validate_cadence,
)
from app.core.cadences.schedule import (
    DEFAULT_START,
    DueStep,
    business_day,
    is_business_day,
    next_due_step,
    plan_cadence,
    schedule_step,
    step_deadline,
)
from app.core.cadences.shipped import SHIPPED_CADENCE_FILES, shipped_cadence_text, shipped_cadences

__all__ = [
    "DEFAULT_START",
    "FORMAT_VERSION",
    "MAX_DAY",
    "MIN_DAY",
    "MON_FRI",
    "SHIPPED_CADENCE_FILES",
    "SUN_THU",
    "Cadence",
    "CadenceFormatError",
    "CadenceProblem",
    "Channel",
    "DueStep",
    "EmailThread",
    "Network",
    "Step",
    "WorkingWeek",
    "business_day",
    "cadence_to_json",
    "is_business_day",
    "next_due_step",
    "parse_cadence",
    "plan_cadence",
    "schedule_step",
    "shipped_cadence_text",
    "shipped_cadences",
    "step_deadline",
    "validate_cadence",
]
