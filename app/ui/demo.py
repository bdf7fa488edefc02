"""Demo data from the window: "Start with demo data" and the empty pages' demo button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.ops import Changes
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.demo import DemoSummary

#: Contacts created by "Start with demo data" in the window (the CLI can make more).
DEMO_CONTACTS = 2000


def create_demo_data(
    parent: QWidget, db: Database, contacts: int = DEMO_CONTACTS
) -> Job[Changes] | None:
    """Fill ``db`` with demo contacts in a write job with progress and Cancel.

    The job's result is the load's :class:`Changes` (operation "demo"), so every page
    refreshes through the change broadcast. A cancelled load leaves the database as it was.

    Returns:
        The started job, or None for a read-only database.
    """
    if db.read_only:
        return None

    def work(ctx: JobContext) -> Changes:
        from app.storage.demo import populate_demo

        summary: DemoSummary = populate_demo(
            db, contacts=contacts, progress=ctx.progress, cancel=ctx.token
        )
        return summary.changes

    job: Job[Changes] = Job(
        parent, work, title=QCoreApplication.translate("DemoData", "Create demo data"), writes=True
    )
    return job.with_progress(
        QCoreApplication.translate("DemoData", "Creating demo contacts…")
    ).start()


__all__ = ["DEMO_CONTACTS", "create_demo_data"]
