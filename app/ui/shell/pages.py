"""The sidebar's pages: what each entry is and how it is built, on first use.

Each page's module is imported when the page is first shown (cold-start speed: the window
paints before any page's imports), so the factories import inside their bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle

from app.ui.widgets.page import Page


@dataclass(frozen=True)
class PageEntry:
    """A page of the sidebar: how to build it and how to show it in the list."""

    key: str
    title: str
    icon: QStyle.StandardPixmap
    factory: Callable[[], Page]


def lists_page() -> Page:
    from app.ui.lists.page import ListsPage

    return ListsPage()


def validate_page() -> Page:
    from app.ui.validation.page import ValidatePage

    return ValidatePage()


def today_page() -> Page:
    from app.ui.today.page import TodayPage

    return TodayPage()


def cadences_page() -> Page:
    from app.ui.cadences.page import CadencesPage

    return CadencesPage()


def outbox_page() -> Page:
    from app.ui.mail.outbox_page import OutboxPage

    return OutboxPage()


def templates_page() -> Page:
    from app.ui.templates.page import TemplatesPage

    page = TemplatesPage()

    def send(contact_id: int, email: object, queue_only: bool) -> None:
        # The composer's "Send now" and "Queue" go through the outbox like cadence emails:
        # the same do-not-contact check, caps, window and compliance footer.
        from app.core.templating import RenderedEmail
        from app.ui.mail.compose import queue_composed

        db = page.context.database
        if db is not None and isinstance(email, RenderedEmail):
            queue_composed(page, db, contact_id, email, queue_only=queue_only)

    page.send_requested.connect(send)
    return page


def pipeline_page() -> Page:
    from app.ui.pipeline.page import PipelinePage

    return PipelinePage()


def reports_page() -> Page:
    from app.ui.reports.page import ReportsPage

    return ReportsPage()


__all__ = [
    "PageEntry",
    "lists_page",
    "validate_page",
    "today_page",
    "cadences_page",
    "outbox_page",
    "templates_page",
    "pipeline_page",
    "reports_page",
]
