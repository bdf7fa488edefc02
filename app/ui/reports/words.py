"""The Reports page's words for the report's codes (context ``ReportWords``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportWords", text)


def channel_label(channel: str) -> str:
    """A touch channel (call, email, message, task)."""
    labels = {
        "call": _t("Calls"),
        "email": _t("Emails"),
        "message": _t("Messages"),
        "task": _t("Tasks"),
    }
    return labels.get(channel, channel)


def outcome_label(code: str) -> str:
    """A call's disposition code."""
    labels = {
        "connected": _t("Connected"),
        "no_answer": _t("No answer"),
        "busy": _t("Busy"),
        "gatekeeper": _t("Gatekeeper"),
        "voicemail": _t("Voicemail"),
        "wrong_number": _t("Wrong number"),
        "meeting_booked": _t("Meeting booked"),
        "not_interested": _t("Not interested"),
        "call_back_later": _t("Call back later"),
        "replied": _t("Replied"),
        "opt_out": _t("Opted out"),
        "none": _t("No outcome"),
    }
    return labels.get(code, code.replace("_", " "))


def source_label(code: str) -> str:
    """A contact source."""
    labels = {
        "inbound": _t("Inbound"),
        "outbound": _t("Outbound"),
        "referral": _t("Referral"),
        "unknown": _t("Not set"),
    }
    return labels.get(code, code)


def lead_type_label(code: str) -> str:
    """A lead type (Predictable Revenue's seeds, nets and spears)."""
    labels = {
        "seed": _t("Seeds"),
        "net": _t("Nets"),
        "spear": _t("Spears"),
        "unknown": _t("Not set"),
    }
    return labels.get(code, code)


def bucket_label(code: str) -> str:
    """A speed-to-lead bucket."""
    labels = {
        "under_5_min": _t("≤ 5 min"),
        "5_to_15_min": _t("5–15 min"),
        "15_to_60_min": _t("15–60 min"),
        "1_to_4_hours": _t("1–4 h"),
        "4_to_24_hours": _t("4–24 h"),
        "over_1_day": _t("> 1 day"),
        "untouched": _t("Not yet"),
    }
    return labels.get(code, code)


def error_text(code: str, arguments: dict[str, str | int]) -> str:
    """A report's error code as a sentence."""
    if code == "reversed_range":
        return (
            _t("The first day (%1) is after the last (%2).")
            .replace("%1", str(arguments.get("date_from", "")))
            .replace("%2", str(arguments.get("date_to", "")))
        )
    if code == "unknown_rep":
        return _t("There is no rep with the address %1.").replace(
            "%1", str(arguments.get("email", ""))
        )
    return code


__all__ = [
    "bucket_label",
    "channel_label",
    "error_text",
    "lead_type_label",
    "outcome_label",
    "source_label",
]
