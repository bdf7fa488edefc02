"""The board's moves: the ONE method a card move goes through, its message and its undo.

Drag and drop and the number keys both end in :meth:`BoardMoves.move_contact`. It runs
the stage move as a write job (one transaction, one change set); the job broadcasts the
move's :class:`~app.core.ops.Changes`, which puts it on the one undo stack and makes
every page (this board included) refresh. A message bar names the move and offers Undo.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.ops import Changes
from app.ui import settings
from app.ui.jobs import Job, JobContext
from app.ui.page_parts import PagePart
from app.ui.pipeline.stage_names import stage_label
from app.ui.undo import undo_stack

if TYPE_CHECKING:
    from app.adapters.clock import Clock
    from app.storage.database import Database
    from app.storage.pipeline.board import StageInfo
    from app.ui.pipeline.column import StageColumn
    from app.ui.pipeline.gates import MoveOutcome, MoveRequest
    from app.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ContactRef:
    """The moved prospect as the gate dialogs name it."""

    id: int
    name: str


def _rep_id(database: Database, email: str) -> int | None:
    """The rep using the app (the one picked on the Today page), logged with the move."""
    if not email:
        return None
    from app.storage.cadences.reps import find_rep

    with database.reading() as conn:
        rep = find_rep(conn, email)
    return None if rep is None else rep.id


class BoardMoves(PagePart):
    """Moving cards between stages (a part of the board page)."""

    clock: Clock
    database: Database | None
    stages: list[StageInfo]
    columns: dict[int, StageColumn]
    message_bar: MessageBar

    def init_moves(self) -> None:
        """Set up the move state (called by the page's constructor)."""
        #: The last move made here, for the message bar's Undo.
        self.last_move: Changes | None = None
        #: The running move, if any (a second one waits for it: writes are serialised).
        self.move_job: Job[Any] | None = None
        # The contact just moved: its card is selected again once it arrived.
        self._follow: int | None = None
        #: The stage settings dialog while it is open.
        self.stage_dialog: QWidget | None = None

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def stage_by_id(self, stage_id: int) -> StageInfo | None:
        """The stage ``stage_id`` among the board's columns, or None."""
        return next((s for s in self.stages if s.id == stage_id), None)

    def stage_of_contact(self, contact_id: int) -> int | None:
        """The stage whose column holds the loaded card of ``contact_id``, or None."""
        for stage_id, column in self.columns.items():
            if column.model.row_of(contact_id) is not None:
                return stage_id
        return None

    def move_by_number(self, contact_id: int, number: int) -> Job[Any] | None:
        """Move a card to the stage with key ``number`` (1 = the first column)."""
        if not 1 <= number <= min(len(self.stages), 9):
            return None
        target = self.stages[number - 1]
        if self.stage_of_contact(contact_id) == target.id:
            return None
        return self.move_contact(contact_id, target.id)

    def move_contact(self, contact_id: int, stage_id: int) -> Job[Any] | None:
        """Move a prospect to a stage: the one way the board changes a stage.

        A stage with a gate (Qualified, Meeting booked, Handed off, Nurture, Disqualified)
        first reads what its dialog needs (the checklist, stored answers, the AEs) in a
        read job, then asks (``ask_for_move``); a cancelled dialog moves nothing. The move
        itself is a write job (``perform_move``: one change set), whose :class:`Changes`
        is broadcast: the undo stack and every page pick it up.

        Returns:
            The first job started (the context read or the write), or None when there was
            nothing to do.
        """
        database = self.database
        target = self.stage_by_id(stage_id)
        if database is None or database.read_only or target is None:
            return None
        from app.core.pipeline import Gate
        from app.storage.pipeline import Stage

        stage = Stage(
            target.id, target.key, target.name, target.position, target.is_terminal, target.color
        )
        contact = _ContactRef(contact_id, self._card_name(contact_id))
        if stage.gate is Gate.NONE:
            from app.ui.pipeline.gates import MoveRequest

            return self._perform(MoveRequest(contact_id, stage.id), target)
        from app.storage.pipeline import GateContext, gate_context

        def read(_ctx: JobContext) -> GateContext:
            with database.reading() as conn:
                return gate_context(conn, contact_id)

        def ask(context: GateContext) -> None:
            from app.ui.pipeline.gates import ask_for_move

            request = ask_for_move(
                self._widget(), contact, stage, context=context, now=self.clock.now()
            )
            if request is not None:
                self._perform(request, target)

        job: Job[Any] = Job(self._widget(), read, on_success=ask, title=self.tr("Move prospect"))
        return job.start()

    def _perform(self, request: MoveRequest, target: StageInfo) -> Job[Any] | None:
        database = self.database
        if database is None:
            return None
        from app.ui.pipeline.gates import finish_move, perform_move

        now, rep_email = self.clock.now(), settings.TODAY_REP.get()
        contact_id = request.contact_id

        def work(_ctx: JobContext) -> MoveOutcome:
            return perform_move(database, request, rep_id=_rep_id(database, rep_email), now=now)

        def done(outcome: MoveOutcome) -> None:
            self._on_moved(contact_id, target, outcome.changes)
            try:
                finish_move(outcome)
            except OSError as error:
                self.message_bar.show_message(
                    self.tr("The hand-off is saved, but its PDF could not be written: %1").replace(
                        "%1", str(error)
                    )
                )

        self._follow = contact_id
        job: Job[Any] = Job(
            self._widget(),
            work,
            on_success=done,
            on_failure=self._on_move_failed,
            title=self.tr("Move prospect"),
            writes=True,
        )
        self.move_job = job
        return job.start()

    def _card_name(self, contact_id: int) -> str:
        for column in self.columns.values():
            row = column.model.row_of(contact_id)
            card = column.model.card(row) if row is not None else None
            if card is not None:
                return card.name
        return ""

    def _on_moved(self, contact_id: int, target: StageInfo, changes: Changes) -> None:
        self.last_move = changes
        name = self._card_name(contact_id)
        stage = stage_label(target.key, target.name)
        if name:
            text = self.tr("Moved %1 to %2").replace("%1", name).replace("%2", stage)
        else:
            text = self.tr("Moved to %1").replace("%1", stage)
        self.message_bar.show_message(text, self.tr("Undo"))

    def _on_move_failed(self, error: BaseException) -> None:
        from app.core.pipeline import PipelineError
        from app.ui.pipeline.gates import error_text

        self._follow = None
        if isinstance(error, PipelineError):
            text = error_text(error)
        else:
            log.error("moving a card failed", exc_info=error)
            text = self.tr("Could not move the prospect: %1").replace("%1", str(error))
        self.message_bar.show_message(text)

    def undo_last_move(self) -> Job[Any] | None:
        """Undo the move the message bar named (through the one undo stack)."""
        changes, self.last_move = self.last_move, None
        if changes is None:
            return None
        return undo_stack().undo(self._widget(), changes, db=self.database)

    def after_cards_updated(self, ids: list[int]) -> None:
        """Select the card just moved in its new column (so keys can move it on)."""
        follow = self._follow
        if follow is None or follow not in ids:
            return
        self._follow = None
        for column in self.columns.values():
            if column.select_contact(follow):
                column.view.setFocus()
                return

    def edit_stages(self) -> None:
        """Open the stage settings (rename, reorder, add, terminal, delete, the SLA)."""
        database = self.database
        if database is None:
            return
        from app.ui.pipeline.stage_settings import StageSettingsDialog

        dialog = StageSettingsDialog(database, self._widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stage_dialog = dialog
        dialog.open()

    def set_up_stages(self) -> Job[Any] | None:
        """Store the default stages in a database without any (else open the settings)."""
        database = self.database
        if database is None or database.read_only:
            return None
        from app.storage.pipeline import seed_default_stages

        def work(_ctx: JobContext) -> Changes:
            return seed_default_stages(database)

        def done(changes: Changes) -> None:
            if changes.empty:  # seeded once before and deleted since: the team's choice
                self.edit_stages()

        job: Job[Any] = Job(
            self._widget(), work, on_success=done, title=self.tr("Pipeline stages"), writes=True
        )
        return job.start()


__all__ = ["BoardMoves"]
