"""The pipeline gates' words: reason codes, default questions, refusals, the packet.

Core and storage speak in codes (``no_budget``, ``PipelineError("missing_answers", …)``);
this module turns them into translated text (context ``PipelineWords``; every call names
its context and text literally, so lupdate finds them). A code this
version does not know is shown as the code, never as nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.core.pipeline import ChecklistItem, PacketLabels, PipelineError


def disqualify_reason_label(code: str) -> str:
    """A disqualification reason code as words."""
    labels = {
        "no_budget": QCoreApplication.translate("PipelineWords", "No budget"),
        "no_need": QCoreApplication.translate("PipelineWords", "No need"),
        "not_decision_maker": QCoreApplication.translate("PipelineWords", "Not a decision maker"),
        "bad_timing": QCoreApplication.translate("PipelineWords", "Bad timing"),
        "competitor": QCoreApplication.translate("PipelineWords", "Went with a competitor"),
        "bad_data": QCoreApplication.translate(
            "PipelineWords", "Bad data (wrong person or contact details)"
        ),
        "no_response": QCoreApplication.translate("PipelineWords", "Never responded"),
        "other": QCoreApplication.translate("PipelineWords", "Other"),
    }
    return labels.get(code, code)


def send_back_reason_label(code: str) -> str:
    """An AE's send-back reason code as words."""
    labels = {
        "not_qualified": QCoreApplication.translate("PipelineWords", "Does not meet the criteria"),
        "no_budget": QCoreApplication.translate("PipelineWords", "No budget"),
        "no_need": QCoreApplication.translate("PipelineWords", "No need"),
        "not_decision_maker": QCoreApplication.translate("PipelineWords", "Not a decision maker"),
        "bad_timing": QCoreApplication.translate("PipelineWords", "Bad timing"),
        "wrong_ae": QCoreApplication.translate("PipelineWords", "Belongs to another AE"),
        "no_show": QCoreApplication.translate("PipelineWords", "Did not show up"),
        "other": QCoreApplication.translate("PipelineWords", "Other"),
    }
    return labels.get(code, code)


def question_labels() -> dict[str, str]:
    """The default checklist's questions, translated (a team's own keep their words)."""
    return {
        "company_size": QCoreApplication.translate("PipelineWords", "Company size fits"),
        "industry_fit": QCoreApplication.translate("PipelineWords", "Industry fits"),
        "budget": QCoreApplication.translate("PipelineWords", "Budget"),
        "authority": QCoreApplication.translate("PipelineWords", "Authority (decision maker)"),
        "need": QCoreApplication.translate("PipelineWords", "Need"),
        "timing": QCoreApplication.translate("PipelineWords", "Timing"),
        "serve_companies_like_this": QCoreApplication.translate(
            "PipelineWords", "Do we serve companies like this?"
        ),
    }


def question_label(item: ChecklistItem) -> str:
    """A checklist question as shown: the translation of a default one, else its label."""
    return question_labels().get(item.key, item.label)


def question_list(keys: Iterable[str], checklist: Iterable[ChecklistItem]) -> str:
    """Question keys as their labels, joined by ", "."""
    by_key = {i.key: question_label(i) for i in checklist}
    return ", ".join(by_key.get(k, k) for k in keys)


def error_text(error: PipelineError) -> str:
    """A refused move or hand-off in one translated sentence."""
    a = {k: str(v) for k, v in error.arguments.items()}
    texts = {
        "unknown_contact": QCoreApplication.translate(
            "PipelineWords", "This contact no longer exists."
        ),
        "unknown_stage": QCoreApplication.translate(
            "PipelineWords", "This stage no longer exists; somebody deleted it meanwhile."
        ),
        "same_stage": QCoreApplication.translate(
            "PipelineWords", "The prospect is in this stage already."
        ),
        "missing_answers": QCoreApplication.translate(
            "PipelineWords", "Required answers are missing: %1"
        ).replace("%1", a.get("keys", "")),
        "unknown_answers": QCoreApplication.translate(
            "PipelineWords", "These questions are not on the checklist: %1"
        ).replace("%1", a.get("keys", "")),
        "bad_answer": QCoreApplication.translate(
            "PipelineWords", "The answer to “%1” must be text, a number or yes/no."
        ).replace("%1", a.get("key", "")),
        "reason_required": QCoreApplication.translate(
            "PipelineWords", "Choose why the prospect is disqualified."
        ),
        "unknown_reason": QCoreApplication.translate(
            "PipelineWords", "“%1” is not a known reason."
        ).replace("%1", a.get("reason", "")),
        "revisit_required": QCoreApplication.translate(
            "PipelineWords", "Choose when to revisit the prospect."
        ),
        "revisit_in_past": QCoreApplication.translate(
            "PipelineWords", "The revisit date is in the past."
        ),
        "handoff_required": QCoreApplication.translate(
            "PipelineWords", "A prospect is handed off through the hand-off dialog."
        ),
        "bad_checklist": QCoreApplication.translate(
            "PipelineWords", "The qualification checklist is damaged; check the settings."
        ),
        "stage_in_use": QCoreApplication.translate(
            "PipelineWords", "Move the prospects out of this stage before deleting it."
        ),
        "stage_gated": QCoreApplication.translate(
            "PipelineWords", "Prospects can be moved in bulk only to a stage without a gate."
        ),
        "unknown_rep": QCoreApplication.translate(
            "PipelineWords", "There is no rep with the address %1."
        ).replace("%1", a.get("email", "")),
        "not_an_ae": QCoreApplication.translate(
            "PipelineWords", "%1 is not an account executive."
        ).replace("%1", a.get("email", "")),
        "meeting_in_past": QCoreApplication.translate(
            "PipelineWords", "The meeting time is in the past."
        ),
        "unknown_time_zone": QCoreApplication.translate(
            "PipelineWords", "“%1” is not a time zone."
        ).replace("%1", a.get("time_zone", "")),
        "bad_minutes": QCoreApplication.translate(
            "PipelineWords", "The meeting must last %1 to %2 minutes."
        )
        .replace("%1", a.get("min", ""))
        .replace("%2", a.get("max", "")),
        "already_handed_off": QCoreApplication.translate(
            "PipelineWords", "The prospect was handed off already."
        ),
        "unknown_handoff": QCoreApplication.translate(
            "PipelineWords", "This hand-off no longer exists."
        ),
        "handoff_decided": QCoreApplication.translate(
            "PipelineWords", "This hand-off was decided already."
        ),
    }
    found = texts.get(error.code)
    if found is not None:
        return found
    detail = ", ".join(f"{k}={v}" for k, v in a.items())
    return f"{error.code} ({detail})" if detail else error.code


def packet_labels() -> PacketLabels:
    """The packet's and the invitation's words, translated."""
    return PacketLabels(
        title=QCoreApplication.translate("PipelineWords", "Hand-off: {prospect}"),
        who=QCoreApplication.translate("PipelineWords", "Who"),
        name=QCoreApplication.translate("PipelineWords", "Name"),
        job_title=QCoreApplication.translate("PipelineWords", "Title"),
        email=QCoreApplication.translate("PipelineWords", "Email"),
        phone=QCoreApplication.translate("PipelineWords", "Phone"),
        linkedin=QCoreApplication.translate("PipelineWords", "LinkedIn"),
        location=QCoreApplication.translate("PipelineWords", "Location"),
        time_zone=QCoreApplication.translate("PipelineWords", "Time zone"),
        company=QCoreApplication.translate("PipelineWords", "Company"),
        industry=QCoreApplication.translate("PipelineWords", "Industry"),
        employees=QCoreApplication.translate("PipelineWords", "Employees"),
        website=QCoreApplication.translate("PipelineWords", "Website"),
        meeting=QCoreApplication.translate("PipelineWords", "Meeting"),
        when=QCoreApplication.translate("PipelineWords", "When"),
        length=QCoreApplication.translate("PipelineWords", "Length"),
        minutes=QCoreApplication.translate("PipelineWords", "{minutes} min"),
        account_executive=QCoreApplication.translate("PipelineWords", "Account executive"),
        sdr=QCoreApplication.translate("PipelineWords", "Booked by"),
        summary=QCoreApplication.translate("PipelineWords", "Summary"),
        qualification=QCoreApplication.translate("PipelineWords", "Qualification"),
        timeline=QCoreApplication.translate("PipelineWords", "Timeline"),
        notes=QCoreApplication.translate("PipelineWords", "Notes"),
        yes=QCoreApplication.translate("PipelineWords", "Yes"),
        no=QCoreApplication.translate("PipelineWords", "No"),
        unanswered=QCoreApplication.translate("PipelineWords", "—"),
        nothing=QCoreApplication.translate("PipelineWords", "None yet"),
        invitation_title=QCoreApplication.translate("PipelineWords", "Meeting: {prospect}"),
        invitation_title_company=QCoreApplication.translate(
            "PipelineWords", "Meeting: {prospect} ({company})"
        ),
        kinds={
            "call": QCoreApplication.translate("PipelineWords", "Call"),
            "email": QCoreApplication.translate("PipelineWords", "Email"),
            "linkedin": QCoreApplication.translate("PipelineWords", "LinkedIn"),
            "message": QCoreApplication.translate("PipelineWords", "Message"),
            "note": QCoreApplication.translate("PipelineWords", "Note"),
            "meeting": QCoreApplication.translate("PipelineWords", "Meeting"),
            "task": QCoreApplication.translate("PipelineWords", "Task"),
            "stage_change": QCoreApplication.translate("PipelineWords", "Stage"),
            "handoff": QCoreApplication.translate("PipelineWords", "Hand-off"),
        },
    )


__all__ = [
    "disqualify_reason_label",
    "error_text",
    "packet_labels",
    "question_label",
    "question_labels",
    "question_list",
    "send_back_reason_label",
]
