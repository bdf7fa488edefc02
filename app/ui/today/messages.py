"""The Today page's words: channels, why a call must wait, outcomes, refusals.

Storage says ``why_not=("outside_hours", "holiday")`` and ``CadenceStoreError("item_closed",
…)``; this module turns those codes into translated text (context ``TodayWords``), so the
queue's table, the call panel and the page word them the same way. A code this version
does not know is shown as the code, never as nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from app.adapters.urls import UrlError
from app.storage.cadences import CadenceStoreError, TodayItem
from app.ui.locale_format import short_time


def channel_label(channel: str) -> str:
    """``call`` -> "Call", and so on for ``email``, ``message`` and ``task``."""
    labels = {
        "call": QCoreApplication.translate("TodayWords", "Call"),
        "email": QCoreApplication.translate("TodayWords", "Email"),
        "message": QCoreApplication.translate("TodayWords", "Message"),
        "task": QCoreApplication.translate("TodayWords", "Task"),
    }
    return labels.get(channel, channel)


def reason_label(code: str, holiday_name: str | None = None) -> str:
    """One ``why_not`` code as words: "outside calling hours", "public holiday: Christmas"."""
    if code == "holiday" and holiday_name:
        return QCoreApplication.translate("TodayWords", "public holiday: %1").replace(
            "%1", holiday_name
        )
    labels = {
        "outside_hours": QCoreApplication.translate("TodayWords", "outside calling hours"),
        "weekend": QCoreApplication.translate("TodayWords", "weekend"),
        "holiday": QCoreApplication.translate("TodayWords", "public holiday"),
        "do_not_contact": QCoreApplication.translate("TodayWords", "do not contact"),
        "no_phone": QCoreApplication.translate("TodayWords", "no phone"),
    }
    if code in labels:
        return labels[code]
    # Why the outbox could not queue an automatic email step (no postal address, ...).
    from app.ui.mail.messages import reason_label as mail_reason

    return mail_reason(code)


def viewer_time(moment: dt.datetime) -> str:
    """A UTC moment on the viewer's clock, with the weekday: "Tue 09:00"."""
    local = moment.astimezone()
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {short_time(local)}"


def local_time_text(item: TodayItem) -> str:
    """Now at the prospect's: "14:05 Vilnius", with "(guessed)" when the zone is a guess."""
    place = item.time_zone.rsplit("/", 1)[-1].replace("_", " ")
    text = f"{short_time(item.local_time, item.local_time.tzinfo)} {place}"
    if item.time_zone_guessed:
        return QCoreApplication.translate("TodayWords", "%1 (guessed)").replace("%1", text)
    return text


def availability_text(item: TodayItem) -> str:
    """Whether the item may be acted on now, and if not why and from when.

    "Callable now" for a call inside hours; "Outside calling hours, weekend · next: Mon
    09:00" for one that must wait; "Do not contact" on any channel it applies to; empty
    for an email, message or task with nothing in the way.
    """
    if item.callable_now:
        return QCoreApplication.translate("TodayWords", "Callable now")
    if not item.why_not:
        return ""
    reasons = ", ".join(reason_label(code, item.holiday_name) for code in item.why_not)
    reasons = reasons[:1].upper() + reasons[1:]
    blocked = "do_not_contact" in item.why_not or "no_phone" in item.why_not
    if item.next_good_time is not None and not blocked:
        return (
            QCoreApplication.translate("TodayWords", "%1 · next: %2")
            .replace("%1", reasons)
            .replace("%2", viewer_time(item.next_good_time))
        )
    return reasons


def due_text(item: TodayItem) -> str:
    """The due column: "Overdue", "New lead" (inbound, untouched) or the due time."""
    if item.overdue:
        return QCoreApplication.translate("TodayWords", "Overdue")
    if item.inbound_uncontacted:
        return QCoreApplication.translate("TodayWords", "New lead")
    return viewer_time(item.due)


def step_text(item: TodayItem) -> str:
    """The step as "2/7", or empty for a task outside any cadence."""
    if item.step is None:
        return ""
    return f"{item.step}/{item.steps}" if item.steps else str(item.step)


def outcome_label(code: str) -> str:
    """An outcome code as the button and the key help name it."""
    labels = {
        "done": QCoreApplication.translate("TodayWords", "Done"),
        "skipped": QCoreApplication.translate("TodayWords", "Skip"),
        "connected": QCoreApplication.translate("TodayWords", "Connected"),
        "no_answer": QCoreApplication.translate("TodayWords", "No answer"),
        "voicemail": QCoreApplication.translate("TodayWords", "Voicemail"),
        "busy": QCoreApplication.translate("TodayWords", "Busy"),
        "wrong_number": QCoreApplication.translate("TodayWords", "Wrong number"),
        "gatekeeper": QCoreApplication.translate("TodayWords", "Gatekeeper"),
        "not_interested": QCoreApplication.translate("TodayWords", "Not interested"),
        "meeting_booked": QCoreApplication.translate("TodayWords", "Meeting booked"),
        "call_back_later": QCoreApplication.translate("TodayWords", "Call back later"),
    }
    return labels.get(code, code)


def error_text(error: BaseException) -> str:
    """A refused completion or dial in words; anything unexpected as its message."""
    if isinstance(error, CadenceStoreError):
        texts = {
            "item_closed": QCoreApplication.translate(
                "TodayWords", "This item was already completed (perhaps on another computer)."
            ),
            "unknown_item": QCoreApplication.translate("TodayWords", "This item no longer exists."),
            "outcome_not_for_channel": QCoreApplication.translate(
                "TodayWords", "That outcome is only for calls."
            ),
        }
        return texts.get(error.code, error.code)
    if isinstance(error, UrlError):
        texts = {
            "invalid_phone": QCoreApplication.translate(
                "TodayWords", "The phone number %1 cannot be dialled."
            ),
            "empty": QCoreApplication.translate("TodayWords", "There is no number to dial."),
            "scheme_not_allowed": QCoreApplication.translate(
                "TodayWords", "Calls cannot be placed with %1."
            ),
        }
        return texts.get(error.code, error.code).replace("%1", error.value)
    return str(error)
