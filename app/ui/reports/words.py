"""The Reports page's words for the report's codes (context ``ReportWords``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def channel_label(channel: str) -> str:
    """A touch channel (call, email, message, task)."""
    labels = {
        "call": QCoreApplication.translate("ReportWords", "Calls"),
        "email": QCoreApplication.translate("ReportWords", "Emails"),
        "message": QCoreApplication.translate("ReportWords", "Messages"),
        "task": QCoreApplication.translate("ReportWords", "Tasks"),
    }
    return labels.get(channel, channel)


def outcome_label(code: str) -> str:
    """A call's disposition code."""
    labels = {
        "connected": QCoreApplication.translate("ReportWords", "Connected"),
        "no_answer": QCoreApplication.translate("ReportWords", "No answer"),
        "busy": QCoreApplication.translate("ReportWords", "Busy"),
        "gatekeeper": QCoreApplication.translate("ReportWords", "Gatekeeper"),
        "voicemail": QCoreApplication.translate("ReportWords", "Voicemail"),
        "wrong_number": QCoreApplication.translate("ReportWords", "Wrong number"),
        "meeting_booked": QCoreApplication.translate("ReportWords", "Meeting booked"),
        "not_interested": QCoreApplication.translate("ReportWords", "Not interested"),
        "call_back_later": QCoreApplication.translate("ReportWords", "Call back later"),
        "replied": QCoreApplication.translate("ReportWords", "Replied"),
        "opt_out": QCoreApplication.translate("ReportWords", "Opted out"),
        "none": QCoreApplication.translate("ReportWords", "No outcome"),
    }
    return labels.get(code, code.replace("_", " "))


def source_label(code: str) -> str:
    """A contact source."""
    labels = {
        "inbound": QCoreApplication.translate("ReportWords", "Inbound"),
        "outbound": QCoreApplication.translate("ReportWords", "Outbound"),
        "referral": QCoreApplication.translate("ReportWords", "Referral"),
        "unknown": QCoreApplication.translate("ReportWords", "Not set"),
    }
    return labels.get(code, code)


def lead_type_label(code: str) -> str:
    """A lead type (Predictable Revenue's seeds, nets and spears)."""
    labels = {
        "seed": QCoreApplication.translate("ReportWords", "Seeds"),
        "net": QCoreApplication.translate("ReportWords", "Nets"),
        "spear": QCoreApplication.translate("ReportWords", "Spears"),
        "unknown": QCoreApplication.translate("ReportWords", "Not set"),
    }
    return labels.get(code, code)


def bucket_label(code: str) -> str:
    """A speed-to-lead bucket."""
    labels = {
        "under_5_min": QCoreApplication.translate("ReportWords", "≤ 5 min"),
        "5_to_15_min": QCoreApplication.translate("ReportWords", "5–15 min"),
        "15_to_60_min": QCoreApplication.translate("ReportWords", "15–60 min"),
        "1_to_4_hours": QCoreApplication.translate("ReportWords", "1–4 h"),
        "4_to_24_hours": QCoreApplication.translate("ReportWords", "4–24 h"),
        "over_1_day": QCoreApplication.translate("ReportWords", "> 1 day"),
        "untouched": QCoreApplication.translate("ReportWords", "Not yet"),
    }
    return labels.get(code, code)


def error_text(code: str, arguments: dict[str, str | int]) -> str:
    """A report's error code as a sentence."""
    if code == "reversed_range":
        return (
            QCoreApplication.translate("ReportWords", "The first day (%1) is after the last (%2).")
            .replace("%1", str(arguments.get("date_from", "")))
            .replace("%2", str(arguments.get("date_to", "")))
        )
    if code == "unknown_rep":
        return QCoreApplication.translate(
            "ReportWords", "There is no rep with the address %1."
        ).replace("%1", str(arguments.get("email", "")))
    return code


__all__ = [
    "bucket_label",
    "channel_label",
    "error_text",
    "lead_type_label",
    "outcome_label",
    "source_label",
]
