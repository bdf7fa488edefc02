"""The pipeline's gate dialogs, and the one call the board makes on a drop.

Usage (the board, on dropping prospect ``contact`` on ``stage``)::

    from app.ui.pipeline.gates import ask_for_move, finish_move, perform_move

    context = gate_context(conn, contact.id)        # read in a job, off the GUI thread
    request = ask_for_move(self, contact, stage, context=context)
    if request is not None:                          # None: the user cancelled
        Job(self, lambda ctx: perform_move(db, request, rep_id=me, now=now),
            on_success=finish_move, writes=True).start()

:func:`ask_for_move` ``(parent, contact, to_stage, *, context=None, now=None) ->
MoveRequest | None``:

- ``contact`` is anything with ``id`` and ``name``; ``to_stage`` an
  ``app.storage.pipeline.Stage`` (from ``list_stages``), whose ``gate`` picks the dialog;
- a stage without a gate returns a request at once (no dialog);
- Qualified and Meeting booked open the qualification form (required answers marked, OK
  disabled until they are given, stored answers filled in); Disqualified the reason
  picker; Nurture the revisit date picker; Handed off the hand-off dialog (AEs only);
- it returns a :class:`MoveRequest` (``contact_id``, ``to_stage`` id, ``answers``,
  ``reason``, ``revisit``, ``handoff``) or None when the user cancelled.

:func:`perform_move` writes the request (``move_contact`` or ``create_handoff`` plus the
``.ics`` and HTML packet) and touches no widget, so it runs in a write job; its
:class:`MoveOutcome` carries ``changes`` (broadcast, undoable as a unit). A stage deleted
meanwhile raises ``PipelineError("unknown_stage")`` there: show ``error_text(error)``.
:func:`finish_move` prints the packet to PDF on the GUI thread. The AE's decision:
:class:`HandoffDecisionDialog` and :func:`perform_decision`.
"""

from app.ui.pipeline.gates.ask import ContactRef, ask_for_move, finish_move
from app.ui.pipeline.gates.decision import HandoffDecisionDialog
from app.ui.pipeline.gates.forms import (
    DisqualifyDialog,
    GateDialog,
    NurtureDialog,
    QualificationDialog,
)
from app.ui.pipeline.gates.handoff_dialog import HandoffDialog, default_folder
from app.ui.pipeline.gates.pdf import print_packet_pdf
from app.ui.pipeline.gates.requests import (
    DecisionRequest,
    HandoffRequest,
    MoveOutcome,
    MoveRequest,
    perform_decision,
    perform_move,
)
from app.ui.pipeline.gates.words import error_text, packet_labels

__all__ = [
    "ContactRef",
    "DecisionRequest",
    "DisqualifyDialog",
    "GateDialog",
    "HandoffDecisionDialog",
    "HandoffDialog",
    "HandoffRequest",
    "MoveOutcome",
    "MoveRequest",
    "NurtureDialog",
    "QualificationDialog",
    "ask_for_move",
    "default_folder",
    "error_text",
    "finish_move",
    "packet_labels",
    "perform_decision",
    "perform_move",
    "print_packet_pdf",
]
