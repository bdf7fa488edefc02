"""The keys pages handle themselves (not menu actions), declared once.

The Today queue and the board read plain letter and number keys in their own key
handlers, where a menu shortcut would steal them from text fields. They are listed here
so the command palette can offer them, the pages' tooltips can name them, and
``docs/keyboard.md`` can be checked against them. Running one from the palette shows its
page and asks it to act (:meth:`app.ui.widgets.page.Page.run_key_command`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PageKey:
    """A key a page handles.

    Attributes:
        page: the page's key ("today", "pipeline").
        command: what the page does, as its ``run_key_command`` names it.
        keys: the key as shown ("J", "1", "Ctrl+A").
        title: what it does, in words.
    """

    page: str
    command: str
    keys: str
    title: str


# Each title is a literal QCoreApplication.translate call: lupdate reads only literals, so
# a helper taking the text as a variable would leave every title in English.


def today_keys() -> list[PageKey]:
    """The Today queue's keys (the queue and the call panel; a text field keeps letters)."""
    from app.ui.today.messages import outcome_label
    from app.ui.today.panel import DISPOSITIONS

    keys = [
        PageKey("today", "next", "J", QCoreApplication.translate("PageKeys", "Next item")),
        PageKey("today", "previous", "K", QCoreApplication.translate("PageKeys", "Previous item")),
        PageKey(
            "today", "open", "Enter", QCoreApplication.translate("PageKeys", "Open the call panel")
        ),
        PageKey(
            "today", "close", "Esc", QCoreApplication.translate("PageKeys", "Close the call panel")
        ),
        PageKey("today", "call", "C", QCoreApplication.translate("PageKeys", "Call the prospect")),
        PageKey("today", "done", "D", QCoreApplication.translate("PageKeys", "Mark the step done")),
        PageKey("today", "skip", "S", QCoreApplication.translate("PageKeys", "Skip the step")),
        PageKey("today", "snooze", "Z", QCoreApplication.translate("PageKeys", "Snooze the step")),
        PageKey("today", "note", "N", QCoreApplication.translate("PageKeys", "Add a note")),
        PageKey(
            "today", "task", "T", QCoreApplication.translate("PageKeys", "Add a task or reminder")
        ),
        PageKey(
            "today",
            "message",
            "M",
            QCoreApplication.translate("PageKeys", "Open a message step's profile"),
        ),
        PageKey(
            "today",
            "email",
            "E",
            QCoreApplication.translate("PageKeys", "Review and send an email step in the composer"),
        ),
        PageKey(
            "today",
            "power",
            "P",
            QCoreApplication.translate("PageKeys", "Start or stop the power hour"),
        ),
        PageKey(
            "today",
            "help",
            "?",
            QCoreApplication.translate("PageKeys", "Show or hide the Today keys"),
        ),
    ]
    keys += [
        PageKey(
            "today",
            f"outcome:{code}",
            digit,
            QCoreApplication.translate("PageKeys", "Log the call: %1").replace("%1", label),
        )
        for digit, code in DISPOSITIONS
        for label in (outcome_label(code),)
    ]
    return keys


def pipeline_keys() -> list[PageKey]:
    """The board's keys (on a selected card)."""
    return [
        PageKey(
            "pipeline",
            "focus",
            "1–9",
            QCoreApplication.translate("PageKeys", "Move the selected card to stage 1–9"),
        ),
        PageKey(
            "pipeline",
            "focus",
            "←  →",
            QCoreApplication.translate("PageKeys", "Go to the column before or after"),
        ),
    ]


def lists_keys() -> list[PageKey]:
    """The contact table's keys."""
    return [
        PageKey(
            "lists",
            "select_all",
            "Ctrl+A",
            QCoreApplication.translate("PageKeys", "Select every contact in the view"),
        )
    ]


def all_page_keys() -> list[PageKey]:
    """Every page's own keys, page by page."""
    return [*lists_keys(), *today_keys(), *pipeline_keys()]
