"""Where the composer's "Send now" and "Queue" land: the outbox.

Connect a :class:`~app.ui.templates.composer.ComposerDialog` with::

    composer.send_requested.connect(
        lambda contact_id, email, queue_only: queue_composed(window, db, contact_id, email,
                                                             queue_only=queue_only))

A reviewed cadence step (the composer opened on a Today item) goes through
:func:`queue_reviewed` instead, which also completes the step.

The email is queued in a write job (with the compliance foot and headers); "Send now" then
asks the background sender for a run at once. A refusal (do not contact, no postal
address, no account) is shown in a message box, worded by :mod:`app.ui.mail.messages`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.adapters.clock import Clock, SystemClock
from app.core.ops import Changes
from app.core.templating import RenderedEmail
from app.storage.mail.compose import queue_for_contact
from app.storage.mail.due import queue_reviewed_step
from app.storage.mail.errors import MailStoreError
from app.ui.jobs import Job
from app.ui.mail.messages import reason_label
from app.ui.mail.sender import BackgroundSender, background_sender

if TYPE_CHECKING:
    from app.storage.database import Database


def queue_composed(
    parent: QWidget | None,
    db: Database,
    contact_id: int,
    email: RenderedEmail,
    *,
    queue_only: bool,
    sender: BackgroundSender | None = None,
    clock: Clock | None = None,
) -> Job[object]:
    """Queue the composer's email; send at once unless ``queue_only``."""
    now = (clock or SystemClock()).now()

    def write() -> Changes:
        return queue_for_contact(
            db, contact_id, subject=email.subject, text=email.text, html=email.html, now=now,
            template_id=email.template_id, variant=email.variant, language=email.language,
        )[1]  # fmt: skip

    return _queue(parent, db, write, queue_only=queue_only, sender=sender)


def queue_reviewed(
    parent: QWidget | None,
    db: Database,
    task_id: int,
    email: RenderedEmail,
    *,
    queue_only: bool,
    sender: BackgroundSender | None = None,
    clock: Clock | None = None,
) -> Job[object]:
    """Queue a reviewed cadence step's email (completing the step); send unless ``queue_only``."""
    now = (clock or SystemClock()).now()
    return _queue(
        parent, db, lambda: queue_reviewed_step(db, task_id, email, now)[1],
        queue_only=queue_only, sender=sender,
    )  # fmt: skip


def _queue(
    parent: QWidget | None,
    db: Database,
    write: Callable[[], Changes],
    *,
    queue_only: bool,
    sender: BackgroundSender | None,
) -> Job[object]:
    runner = sender or background_sender()

    def queued(_result: object) -> None:
        if not queue_only:
            if runner.database is not db:
                runner.set_database(db)
            runner.run_now()

    def refused(error: BaseException) -> None:
        text = reason_label(error.code) if isinstance(error, MailStoreError) else str(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MailWords", "Email not queued"),
            QCoreApplication.translate("MailWords", "The email was not queued: %1").replace(
                "%1", text
            ),
        )

    title = QCoreApplication.translate("MailWords", "Queue email")
    job: Job[object] = Job(
        parent, lambda _ctx: write(), on_success=queued, on_failure=refused, title=title,
        writes=True,
    )  # fmt: skip
    return job.start()


__all__ = ["queue_composed", "queue_reviewed"]
