"""The Validate page's bulk fixes: accept suggestions, do-not-contact, delete, by reason.

Each fix runs in a write job as one change set; the message bar then says what changed
and offers Undo. A fix of the selected rows re-reads those rows; a fix by reason (every
contact with it, after a confirmation) re-runs the query.

A part of ``ValidatePage`` (a mixin): its texts are in the ``ValidationFixes`` translation
context; ``PagePart.tr`` finds them through the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.ops import Changes
from app.ui.jobs import Job, JobContext
from app.ui.page_parts import PagePart
from app.ui.undo import undo_stack

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.ui.validation.problems_model import ProblemsModel
    from app.ui.validation.reason_filter import ReasonFilter
    from app.ui.widgets.message_bar import MessageBar
    from app.ui.widgets.page import Page

    class _PageBase(Page):
        """What ``ValidatePage`` provides (its read-only properties)."""

        @property
        def database(self) -> Database | None: ...
        @property
        def list_id(self) -> int | None: ...

else:
    _PageBase = object


class ValidationFixes(PagePart, _PageBase):
    """The fixes' part of ``ValidatePage``: the bulk fixes, their jobs and their undo."""

    # What the page provides (declared for the type checker; no values here).
    model: ProblemsModel
    reason_filter: ReasonFilter
    message_bar: MessageBar
    last_job: Job[Any] | None
    last_change_set: int | None
    confirm_box: QMessageBox | None
    _refresh_hints: dict[int | None, tuple[list[int] | None, bool]]
    _jobs: list[Job[Any]]
    selected_contact_ids: Callable[[], list[int]]
    _selected_with_suggestion: Callable[[], list[int]]
    _after_change: Callable[..., None]
    _start: Callable[[Job[Any]], Job[Any]]

    def accept_selected(self) -> Job[Any] | None:
        """Replace the selected emails with their suggestions (one undoable change)."""
        ids = self._selected_with_suggestion()
        if not ids:
            return None

        def fix(db: Database) -> int:
            from app.storage.validation import accept_suggestions

            return accept_suggestions(db, ids).change_set_id or 0

        return self._fix(
            fix, ids, lambda n: self.tr("%n suggestion(s) accepted.", "", n), removes=False
        )

    def mark_selected_do_not_contact(self) -> Job[Any] | None:
        """Flag the selected contacts do-not-contact (one undoable change)."""
        ids = self.selected_contact_ids()
        if not ids:
            return None
        reason = self.tr("Marked on the Validate page")

        def fix(db: Database) -> int:
            from app.storage.suppressions import mark_do_not_contact

            return mark_do_not_contact(db, ids, reason).change_set_id or 0

        return self._fix(
            fix,
            ids,
            lambda n: self.tr("%n contact(s) marked do-not-contact.", "", n),
            removes=False,
        )

    def delete_selected(self) -> Job[Any] | None:
        """Delete the selected contacts (one undoable change)."""
        ids = self.selected_contact_ids()
        if not ids:
            return None

        def fix(db: Database) -> int:
            from app.storage.contacts.delete import delete_contacts

            return delete_contacts(db, ids).change_set_id or 0

        return self._fix(fix, ids, lambda n: self.tr("%n contact(s) deleted.", "", n), removes=True)

    def confirm_apply(self, action: str) -> QMessageBox | None:
        """Ask "Accept the suggestions for all 12 contacts with …?" and apply on Yes."""
        field, reason = self.reason_filter.current_key()
        if not reason or self.database is None:
            return None
        from app.ui.widgets.validation_status import reason_text

        count = self.reason_filter.count_of(field, reason)
        explanation = reason_text(reason)
        questions = {
            "accept_suggestion": self.tr(
                "Accept the suggested correction for all %n contact(s) with this reason?",
                "",
                count,
            ),
            "mark_do_not_contact": self.tr(
                "Mark all %n contact(s) with this reason do-not-contact?", "", count
            ),
            "delete": self.tr("Delete all %n contact(s) with this reason?", "", count),
        }
        box = QMessageBox(self)
        box.setObjectName("applyConfirmBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Apply to all with this reason"))
        box.setText(questions[action])
        box.setInformativeText(
            explanation + "\n\n" + self.tr("This is one change: you can undo it afterwards.")
        )
        yes = box.addButton(
            self.tr("Apply to %n contact(s)", "", count), QMessageBox.ButtonRole.AcceptRole
        )
        yes.setObjectName("applyYesButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("applyCancelButton")
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        list_id = self.list_id
        dnc_reason = explanation

        def answered(button: Any) -> None:
            self.confirm_box = None
            if button is not yes:
                return

            def fix(db: Database) -> int:
                from app.storage.validation import apply_to_reason

                change = apply_to_reason(
                    db,
                    reason,
                    action,  # type: ignore[arg-type]
                    field=field or None,  # type: ignore[arg-type]
                    list_id=list_id,
                    dnc_reason=dnc_reason,
                )
                return change.change_set_id or 0

            messages = {
                "accept_suggestion": lambda n: self.tr("%n suggestion(s) accepted.", "", n),
                "mark_do_not_contact": lambda n: self.tr(
                    "%n contact(s) marked do-not-contact.", "", n
                ),
                "delete": lambda n: self.tr("%n contact(s) deleted.", "", n),
            }
            self._fix(fix, None, messages[action], removes=True)

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _fix(
        self,
        fix: Any,
        ids: list[int] | None,
        message: Any,
        *,
        removes: bool,
    ) -> Job[Any] | None:
        """Run one bulk fix in a write job; then show "N fixed. [Undo]" and refresh.

        ``ids`` None (a fix by reason) or ``removes`` re-runs the query; otherwise only
        the touched rows are re-read, so the user sees each fixed row's new state.
        """
        db = self.database
        if db is None:
            return None

        def work(_ctx: JobContext) -> Changes:
            from app.storage.contacts.counts import contacts_in_change_set
            from app.storage.history import change_set_changes

            change_set = int(fix(db))
            with db.reading() as conn:
                count = contacts_in_change_set(conn, change_set)
                return replace(change_set_changes(conn, change_set), count=count)

        def done(changes: Changes) -> None:
            self.last_change_set = changes.change_set_id
            self.message_bar.show_message(message(changes.count), self.tr("Undo"))
            if changes.empty:  # nothing to broadcast, but the page still shows the outcome
                self._after_change(ids, removes=removes)
                return
            # The broadcast that follows refreshes the page the way this fix needs.
            self._refresh_hints[changes.change_set_id] = (ids, removes)

        job: Job[Changes] = Job(
            self, work, on_success=done, title=self.tr("Fix"), writes=True, cancellable=False
        )
        return self._start(job)

    # --- undo -----------------------------------------------------------------------------

    def undo_last(self) -> Job[Any] | None:
        """Undo the change the message bar announced."""
        db = self.database
        change_set = self.last_change_set
        if db is None or change_set is None:
            return None

        def done(undone: Changes) -> None:
            # The undo's broadcast reloads the page; this only says what happened.
            self.last_change_set = None
            self.message_bar.show_message(self.tr("Undone: %n row(s) restored.", "", undone.count))

        job = undo_stack().undo(self, Changes(change_set_id=change_set), done, db=db)
        if job is None:
            return None
        self._jobs.append(job)
        self.last_job = job
        return job
