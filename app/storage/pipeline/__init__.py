"""Storage of the pipeline: stages, stage moves through their gates, and hand-offs.

Feature ``pipeline`` (docs/pipeline.md): the rules live in ``app.core.pipeline``; this
package stores and queries::

    from app.storage.pipeline import list_stages, move_contact, create_handoff

Errors are the core's :class:`~app.core.pipeline.PipelineError` (a code and its
arguments); every write returns ``Changes`` or a result with ``changes``.
"""

from app.storage.pipeline.checklist import load_checklist, save_checklist
from app.storage.pipeline.context import GateContext, gate_context
from app.storage.pipeline.documents import (
    HandoffFiles,
    invitation_bytes,
    load_invitation,
    load_packet,
    write_handoff_files,
)
from app.storage.pipeline.handoffs import (
    HANDOFF_ACTIVITY,
    HandoffInfo,
    HandoffResult,
    accept_handoff,
    create_handoff,
    get_handoff,
    list_handoffs,
    send_back_handoff,
)
from app.storage.pipeline.moves import (
    STAGE_CHANGE,
    STOP_REASON,
    MoveResult,
    move_contact,
    stored_answers,
)
from app.storage.pipeline.stages import (
    STAGES_SEEDED_KEY,
    Stage,
    add_stage,
    delete_stage,
    find_stage,
    list_stages,
    move_prospects_and_delete,
    rename_stage,
    reorder_stages,
    require_stage,
    seed_default_stages,
    set_terminal,
)

__all__ = [
    "HANDOFF_ACTIVITY",
    "GateContext",
    "gate_context",
    "HandoffFiles",
    "HandoffInfo",
    "HandoffResult",
    "accept_handoff",
    "create_handoff",
    "get_handoff",
    "invitation_bytes",
    "list_handoffs",
    "load_invitation",
    "load_packet",
    "send_back_handoff",
    "write_handoff_files",
    "STAGES_SEEDED_KEY",
    "STAGE_CHANGE",
    "STOP_REASON",
    "MoveResult",
    "Stage",
    "add_stage",
    "delete_stage",
    "find_stage",
    "list_stages",
    "load_checklist",
    "move_contact",
    "move_prospects_and_delete",
    "rename_stage",
    "reorder_stages",
    "require_stage",
    "save_checklist",
    "seed_default_stages",
    "set_terminal",
    "stored_answers",
]
