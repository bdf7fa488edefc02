"""The pipeline gates' words: reason codes, default questions, refusals, the packet.

Core and storage speak in codes (``no_budget``, ``PipelineError("missing_answers", …)``);
this module turns them into translated text (context ``PipelineWords``). A code this
version does not know is shown as the code, never as nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.core.pipeline import ChecklistItem, PacketLabels, PipelineError


def _t(text: str) -> str:
    return QCoreApplication.translate("PipelineWords", text)


def disqualify_reason_label(code: str) -> str:
    """A disqualification reason code as words."""
    labels = {
        "no_budget": _t("No budget"),
        "no_need": _t("No need"),
        "not_decision_maker": _t("Not a decision maker"),
        "bad_timing": _t("Bad timing"),
        "competitor": _t("Went with a competitor"),
        "bad_data": _t("Bad data (wrong person or contact details)"),
        "no_response": _t("Never responded"),
        "other": _t("Other"),
    }
    return labels.get(code, code)


def send_back_reason_label(code: str) -> str:
    """An AE's send-back reason code as words."""
    labels = {
        "not_qualified": _t("Does not meet the criteria"),
        "no_budget": _t("No budget"),
        "no_need": _t("No need"),
        "not_decision_maker": _t("Not a decision maker"),
        "bad_timing": _t("Bad timing"),
        "wrong_ae": _t("Belongs to another AE"),
        "no_show": _t("Did not show up"),
        "other": _t("Other"),
    }
    return labels.get(code, code)


def question_labels() -> dict[str, str]:
    """The default checklist's questions, translated (a team's own keep their words)."""
    return {
        "company_size": _t("Company size fits"),
        "industry_fit": _t("Industry fits"),
        "budget": _t("Budget"),
        "authority": _t("Authority (decision maker)"),
        "need": _t("Need"),
        "timing": _t("Timing"),
        "serve_companies_like_this": _t("Do we serve companies like this?"),
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
        "unknown_contact": _t("This contact no longer exists."),
        "unknown_stage": _t("This stage no longer exists; somebody deleted it meanwhile."),
        "same_stage": _t("The prospect is in this stage already."),
        "missing_answers": _t("Required answers are missing: %1").replace("%1", a.get("keys", "")),
        "unknown_answers": _t("These questions are not on the checklist: %1").replace(
            "%1", a.get("keys", "")
        ),
        "bad_answer": _t("The answer to “%1” must be text, a number or yes/no.").replace(
            "%1", a.get("key", "")
        ),
        "reason_required": _t("Choose why the prospect is disqualified."),
        "unknown_reason": _t("“%1” is not a known reason.").replace("%1", a.get("reason", "")),
        "revisit_required": _t("Choose when to revisit the prospect."),
        "revisit_in_past": _t("The revisit date is in the past."),
        "handoff_required": _t("A prospect is handed off through the hand-off dialog."),
        "bad_checklist": _t("The qualification checklist is damaged; check the settings."),
        "stage_in_use": _t("Move the prospects out of this stage before deleting it."),
        "stage_gated": _t("Prospects can be moved in bulk only to a stage without a gate."),
        "unknown_rep": _t("There is no rep with the address %1.").replace("%1", a.get("email", "")),
        "not_an_ae": _t("%1 is not an account executive.").replace("%1", a.get("email", "")),
        "meeting_in_past": _t("The meeting time is in the past."),
        "unknown_time_zone": _t("“%1” is not a time zone.").replace("%1", a.get("time_zone", "")),
        "bad_minutes": _t("The meeting must last %1 to %2 minutes.")
        .replace("%1", a.get("min", ""))
        .replace("%2", a.get("max", "")),
        "already_handed_off": _t("The prospect was handed off already."),
        "unknown_handoff": _t("This hand-off no longer exists."),
        "handoff_decided": _t("This hand-off was decided already."),
    }
    found = texts.get(error.code)
    if found is not None:
        return found
    detail = ", ".join(f"{k}={v}" for k, v in a.items())
    return f"{error.code} ({detail})" if detail else error.code


def packet_labels() -> PacketLabels:
    """The packet's and the invitation's words, translated."""
    return PacketLabels(
        title=_t("Hand-off: {prospect}"),
        who=_t("Who"),
        name=_t("Name"),
        job_title=_t("Title"),
        email=_t("Email"),
        phone=_t("Phone"),
        linkedin=_t("LinkedIn"),
        location=_t("Location"),
        time_zone=_t("Time zone"),
        company=_t("Company"),
        industry=_t("Industry"),
        employees=_t("Employees"),
        website=_t("Website"),
        meeting=_t("Meeting"),
        when=_t("When"),
        length=_t("Length"),
        minutes=_t("{minutes} min"),
        account_executive=_t("Account executive"),
        sdr=_t("Booked by"),
        summary=_t("Summary"),
        qualification=_t("Qualification"),
        timeline=_t("Timeline"),
        notes=_t("Notes"),
        yes=_t("Yes"),
        no=_t("No"),
        unanswered=_t("—"),
        nothing=_t("None yet"),
        invitation_title=_t("Meeting: {prospect}"),
        invitation_title_company=_t("Meeting: {prospect} ({company})"),
        kinds={
            "call": _t("Call"), "email": _t("Email"), "linkedin": _t("LinkedIn"),
            "message": _t("Message"), "note": _t("Note"), "meeting": _t("Meeting"),
            "task": _t("Task"), "stage_change": _t("Stage"), "handoff": _t("Hand-off"),
        },
    )  # fmt: skip


__all__ = [
    "disqualify_reason_label",
    "error_text",
    "packet_labels",
    "question_label",
    "question_labels",
    "question_list",
    "send_back_reason_label",
]
