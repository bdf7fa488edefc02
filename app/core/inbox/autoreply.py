"""Automatic replies: RFC 3834 and the headers and subjects of out-of-office messages.

A message is automatic when any of these holds:

- ``Auto-Submitted`` is present and not ``no`` (RFC 3834: ``auto-replied``,
  ``auto-generated``, ...);
- ``X-Autoreply`` or ``X-Autorespond`` is present (common responders), or Exchange's
  ``X-Auto-Response-Suppress``-free ``X-MS-Exchange-Inbox-Rules-Loop`` is not used: only
  the documented headers count;
- ``Precedence: auto_reply``;
- the subject starts with (or, after a ``Re:``, contains) an out-of-office phrase in
  English, Russian, Chinese, Lithuanian or German (:data:`OUT_OF_OFFICE_SUBJECTS`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

#: Phrases of out-of-office and automatic-reply subjects, lower case.
OUT_OF_OFFICE_SUBJECTS: Final = (
    # en
    "out of office", "out of the office", "automatic reply", "auto reply", "autoreply",
    "auto-reply", "away from the office", "on vacation", "on holiday", "annual leave",
    # ru
    "автоматический ответ", "автоответ", "нет на месте", "вне офиса", "в отпуске", "отпуск",
    # zh
    "自动回复", "不在办公室", "休假", "外出",
    # lt
    "automatinis atsakymas", "nesu biure", "atostogauju", "atostogos",
    # de
    "abwesenheitsnotiz", "automatische antwort", "abwesend", "nicht im büro", "urlaub",
)  # fmt: skip

_SUBJECT = re.compile("|".join(re.escape(p) for p in OUT_OF_OFFICE_SUBJECTS), re.IGNORECASE)


def automatic_header(headers: Mapping[str, str]) -> str | None:
    """The header that marks the message automatic (``auto-submitted``, ...), or None."""
    submitted = headers.get("auto-submitted", "").strip().lower()
    if submitted and not submitted.startswith("no"):
        return "auto-submitted"
    for name in ("x-autoreply", "x-autorespond"):
        if name in headers:
            return name
    if headers.get("precedence", "").strip().lower() == "auto_reply":
        return "precedence"
    return None


def out_of_office_subject(subject: str) -> bool:
    """True when the subject reads like an out-of-office or automatic reply."""
    return _SUBJECT.search(subject) is not None


def is_automatic(headers: Mapping[str, str], subject: str) -> bool:
    """True for an automatic reply by its headers or its subject (module docstring)."""
    return automatic_header(headers) is not None or out_of_office_subject(subject)


__all__ = ["OUT_OF_OFFICE_SUBJECTS", "automatic_header", "is_automatic", "out_of_office_subject"]
