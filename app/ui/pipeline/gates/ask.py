"""``ask_for_move``: the one call the board makes when a prospect is dropped on a stage."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from app.core.pipeline import Gate
from app.storage.pipeline import GateContext, Stage
from app.ui.pipeline.gates.forms import DisqualifyDialog, NurtureDialog, QualificationDialog
from app.ui.pipeline.gates.handoff_dialog import HandoffDialog
from app.ui.pipeline.gates.pdf import print_packet_pdf
from app.ui.pipeline.gates.requests import MoveOutcome, MoveRequest


class ContactRef(Protocol):
    """What ``ask_for_move`` needs of the board's contact: its id and the name shown."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def ask_for_move(
    parent: QWidget | None,
    contact: ContactRef,
    to_stage: Stage,
    *,
    context: GateContext | None = None,
    now: dt.datetime | None = None,
) -> MoveRequest | None:
    """Ask for what the target stage's gate needs; None when the user cancelled.

    Args:
        parent: The dialog's parent (the board).
        contact: The dropped prospect (anything with ``id`` and ``name``).
        to_stage: The stage it was dropped on (from ``app.storage.pipeline.list_stages``).
        context: The contact's checklist, stored answers and AEs, read off the GUI thread
            with ``app.storage.pipeline.gate_context``; the default asks the default
            checklist with nothing filled in and offers no AE.
        now: The clock (tests fix it); the system's now in UTC by default.

    Returns:
        The confirmed move (a stage without a gate needs no dialog and returns at once),
        or None when the user cancelled a dialog.
    """
    ctx = context or GateContext()
    moment = now or dt.datetime.now(dt.UTC)
    gate = to_stage.gate
    if gate is Gate.NONE:
        return MoveRequest(contact.id, to_stage.id)
    if gate is Gate.QUALIFICATION:
        form = QualificationDialog(parent, contact.name, ctx.checklist, ctx.answers)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        return MoveRequest(contact.id, to_stage.id, answers=form.answers())
    if gate is Gate.REASON:
        picker = DisqualifyDialog(parent, contact.name)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return MoveRequest(contact.id, to_stage.id, reason=picker.reason())
    if gate is Gate.REVISIT:
        owner_zone = ctx.owner.zone if ctx.owner is not None else dt.UTC
        nurture = NurtureDialog(parent, contact.name, moment.astimezone(owner_zone).date())
        if nurture.exec() != QDialog.DialogCode.Accepted:
            return None
        return MoveRequest(contact.id, to_stage.id, revisit=nurture.revisit())
    dialog = HandoffDialog(
        parent, contact.name, ctx.account_executives, now=moment,
        sdr_time_zone=ctx.owner.time_zone if ctx.owner is not None else None,
        contact_time_zone=ctx.contact_time_zone,
    )  # fmt: skip
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return MoveRequest(contact.id, to_stage.id, handoff=dialog.request())


def finish_move(outcome: MoveOutcome) -> MoveOutcome:
    """After :func:`perform_move`, on the GUI thread: print the hand-off packet to PDF.

    Raises:
        OSError: the PDF could not be written (the hand-off itself stands).
    """
    if outcome.pdf is not None and outcome.packet_html is not None:
        print_packet_pdf(outcome.packet_html, outcome.pdf)
    return outcome


__all__ = ["ContactRef", "ask_for_move", "finish_move"]
