"""The one error the pipeline raises, in core and storage: a code and its arguments.

Codes and their arguments (ints for numbers, strings for the rest):

- ``unknown_contact`` ``{contact}``: no contact has this id.
- ``unknown_stage`` ``{stage}``: no stage has this key or name (or it was deleted meanwhile).
- ``same_stage`` ``{stage}``: the contact is in that stage already.
- ``missing_answers`` ``{keys}``: qualification answers the checklist requires (keys joined
  by ", ").
- ``unknown_answers`` ``{keys}``: answers to questions the checklist does not have.
- ``bad_answer`` ``{key}``: an answer that is not text, a number or yes/no.
- ``answers_not_json`` ``{line, column}``, ``answers_not_object`` ``{}``: the answers file.
- ``reason_required`` ``{stage}``: Disqualified needs a reason code.
- ``unknown_reason`` ``{reason, reasons}``: ``reasons`` lists the known codes.
- ``revisit_required`` ``{stage}``: Nurture needs a revisit date.
- ``revisit_in_past`` ``{revisit, today}``.
- ``handoff_required`` ``{stage}``: Handed off is reached through a hand-off only.
- ``bad_checklist`` ``{detail}``: a stored or edited checklist that breaks the rules.
- ``stage_exists`` ``{key}``, ``bad_stage_key`` ``{key}``, ``no_stage_name`` ``{}``.
- ``stage_in_use`` ``{stage, count}``: deleting a stage that still holds prospects.
- ``stage_gated`` ``{stage}``: prospects of a deleted stage can only go to a stage without
  a gate.
- ``stage_order`` ``{detail}``: a reorder that does not name every stage exactly once.
- ``unknown_rep`` ``{email}``; ``not_an_ae`` ``{email, role}``.
- ``meeting_in_past`` ``{meeting_at, now}``.
- ``unknown_time_zone`` ``{time_zone}``.
- ``bad_minutes`` ``{minutes, min, max}``.
- ``already_handed_off`` ``{contact}``: the contact was handed off already.
- ``unknown_handoff`` ``{handoff}``; ``handoff_decided`` ``{handoff, status}``.
"""

from __future__ import annotations

from app.core.ops import CodedError


class PipelineError(CodedError):
    """A refused stage move, hand-off or pipeline setting; nothing was written.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """


__all__ = ["PipelineError"]
