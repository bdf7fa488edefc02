"""The pipeline: stages, their gates, qualification, and the hand-off to an AE.

Plain Python; no Qt, no storage::

    from app.core.pipeline import check_gate, DEFAULT_CHECKLIST, PipelineError

Errors are :class:`PipelineError` (a code and its arguments; the codes are listed in
``app.core.pipeline.errors``).
"""

from app.core.pipeline.errors import PipelineError
from app.core.pipeline.gates import REVISIT_HOUR, GatePassed, check_gate, revisit_due
from app.core.pipeline.handoff import (
    AE_ROLE,
    DEFAULT_MINUTES,
    MAX_MINUTES,
    MIN_MINUTES,
    check_handoff,
    meeting_zone,
)
from app.core.pipeline.invitation import PRODID, Invitation, Person, invitation_ics
from app.core.pipeline.packet import (
    Packet,
    PacketLabels,
    TimelineEntry,
    invitation_description,
    invitation_title,
    packet_html,
)
from app.core.pipeline.qualification import (
    CHECKLIST_SETTING,
    DEFAULT_CHECKLIST,
    MAX_ANSWER_LENGTH,
    Answer,
    ChecklistItem,
    checklist_to_json,
    is_given,
    missing_answers,
    normalize_answers,
    parse_answers_text,
    parse_checklist,
    require_answers,
)
from app.core.pipeline.stages import (
    CADENCE_STOP_STAGES,
    DEFAULT_STAGES,
    DISQUALIFIED,
    DISQUALIFY_REASONS,
    HANDED_OFF,
    MEETING_BOOKED,
    NURTURE,
    QUALIFIED,
    SEND_BACK_REASONS,
    DefaultStage,
    Gate,
    gate_of,
    is_valid_stage_key,
    stage_key_for,
    stops_cadences,
)

__all__ = [
    "AE_ROLE",
    "DEFAULT_MINUTES",
    "MAX_MINUTES",
    "MIN_MINUTES",
    "PRODID",
    "Invitation",
    "Packet",
    "PacketLabels",
    "Person",
    "TimelineEntry",
    "check_handoff",
    "invitation_description",
    "invitation_ics",
    "invitation_title",
    "meeting_zone",
    "packet_html",
    "CADENCE_STOP_STAGES",
    "CHECKLIST_SETTING",
    "DEFAULT_CHECKLIST",
    "DEFAULT_STAGES",
    "DISQUALIFIED",
    "DISQUALIFY_REASONS",
    "HANDED_OFF",
    "MAX_ANSWER_LENGTH",
    "MEETING_BOOKED",
    "NURTURE",
    "QUALIFIED",
    "REVISIT_HOUR",
    "SEND_BACK_REASONS",
    "Answer",
    "ChecklistItem",
    "DefaultStage",
    "Gate",
    "GatePassed",
    "PipelineError",
    "check_gate",
    "checklist_to_json",
    "gate_of",
    "is_given",
    "is_valid_stage_key",
    "missing_answers",
    "normalize_answers",
    "parse_answers_text",
    "parse_checklist",
    "require_answers",
    "revisit_due",
    "stage_key_for",
    "stops_cadences",
]
